package main

import (
	"encoding/base64"
	"fmt"
)

func main() {
	inputs := []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "\xfb\xff\xfe"}
	for _, in := range inputs {
		fmt.Printf("%q std=%s url=%s rawstd=%s rawurl=%s\n", in,
			base64.StdEncoding.EncodeToString([]byte(in)),
			base64.URLEncoding.EncodeToString([]byte(in)),
			base64.RawStdEncoding.EncodeToString([]byte(in)),
			base64.RawURLEncoding.EncodeToString([]byte(in)))
	}
	d, err := base64.StdEncoding.DecodeString("aGVsbG8gd29ybGQ=")
	fmt.Println(string(d), err)
	_, err = base64.StdEncoding.DecodeString("aGVsbG8gd29ybGQ")
	fmt.Println(err)
	d, err = base64.RawStdEncoding.DecodeString("aGVsbG8gd29ybGQ")
	fmt.Println(string(d), err)
	_, err = base64.StdEncoding.DecodeString("a$==")
	fmt.Println(err)
	d, err = base64.URLEncoding.DecodeString("-_-_")
	fmt.Println(d, err)
	fmt.Println(base64.StdEncoding.EncodedLen(10), base64.RawStdEncoding.EncodedLen(10), base64.StdEncoding.DecodedLen(16))
	buf := make([]byte, base64.StdEncoding.EncodedLen(2))
	base64.StdEncoding.Encode(buf, []byte{0, 0})
	fmt.Println(string(buf))
	custom := base64.StdEncoding.WithPadding('*')
	fmt.Println(custom.EncodeToString([]byte("ab")))
}

// Output:
// "" std= url= rawstd= rawurl=
// "f" std=Zg== url=Zg== rawstd=Zg rawurl=Zg
// "fo" std=Zm8= url=Zm8= rawstd=Zm8 rawurl=Zm8
// "foo" std=Zm9v url=Zm9v rawstd=Zm9v rawurl=Zm9v
// "foob" std=Zm9vYg== url=Zm9vYg== rawstd=Zm9vYg rawurl=Zm9vYg
// "fooba" std=Zm9vYmE= url=Zm9vYmE= rawstd=Zm9vYmE rawurl=Zm9vYmE
// "foobar" std=Zm9vYmFy url=Zm9vYmFy rawstd=Zm9vYmFy rawurl=Zm9vYmFy
// "\xfb\xff\xfe" std=+//+ url=-__- rawstd=+//+ rawurl=-__-
// hello world <nil>
// illegal base64 data at input byte 12
// hello world <nil>
// illegal base64 data at input byte 1
// [251 255 191] <nil>
// 16 14 12
// AAA=
// YWI*
