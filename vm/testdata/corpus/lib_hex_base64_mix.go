package main

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
)

func main() {
	msg := []byte("amigo platform")
	sum := sha256.Sum256(msg)
	h := hex.EncodeToString(sum[:])
	b64 := base64.StdEncoding.EncodeToString(sum[:])
	u64 := base64.RawURLEncoding.EncodeToString(sum[:])
	fmt.Println(h)
	fmt.Println(b64)
	fmt.Println(u64)
	raw, _ := base64.StdEncoding.DecodeString(b64)
	fmt.Println(hex.EncodeToString(raw) == h, len(raw))
	up := strings.ToUpper(h[:16])
	dec, err := hex.DecodeString(up)
	fmt.Println(dec, err)
	var all []byte
	for i := 0; i < 256; i++ {
		all = append(all, byte(i))
	}
	e := base64.StdEncoding.EncodeToString(all)
	fmt.Println(len(e), e[:20], e[len(e)-8:])
	fmt.Println(base64.URLEncoding.EncodeToString(all[250:]))
	fmt.Println(base64.StdEncoding.EncodeToString(all[250:]))
	d, err := base64.StdEncoding.DecodeString("YWJj\nZGVm")
	fmt.Println(string(d), err)
	_, err = base64.StdEncoding.Strict().DecodeString("YR==")
	fmt.Println(err)
	d, err = base64.StdEncoding.DecodeString("YR==")
	fmt.Println(d, err)
}

// Output:
// 82b440844ebfaadc37043c54ca181f218f871462efdeb94683a7904697d069f3
// grRAhE6/qtw3BDxUyhgfIY+HFGLv3rlGg6eQRpfQafM=
// grRAhE6_qtw3BDxUyhgfIY-HFGLv3rlGg6eQRpfQafM
// true 32
// [130 180 64 132 78 191 170 220] <nil>
// 344 AAECAwQFBgcICQoLDA0O /P3+/w==
// -vv8_f7_
// +vv8/f7/
// abcdef <nil>
// illegal base64 data at input byte 2
// [97] <nil>
