package main

import (
	"bytes"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strings"
)

func main() {
	var buf bytes.Buffer
	enc := base64.NewEncoder(base64.StdEncoding, &buf)
	enc.Write([]byte("Hello, "))
	enc.Write([]byte("streaming "))
	enc.Write([]byte("world!"))
	fmt.Println(buf.String())
	enc.Close()
	fmt.Println(buf.String())
	dec := base64.NewDecoder(base64.StdEncoding, strings.NewReader(buf.String()))
	out := make([]byte, 100)
	n, _ := dec.Read(out)
	total := n
	for n > 0 {
		n, _ = dec.Read(out[total:])
		total += n
	}
	fmt.Println(string(out[:total]))
	var hb bytes.Buffer
	d := hex.Dumper(&hb)
	d.Write([]byte("abcdefghij"))
	d.Write([]byte("klmnopqrstuvwxyz"))
	d.Close()
	fmt.Print(hb.String())
	dst := make([]byte, 10)
	n, err := base64.StdEncoding.Decode(dst, []byte("AQID"))
	fmt.Println(n, err, dst[:n])
	fmt.Println(base64.StdEncoding.AppendEncode([]byte("b64:"), []byte{0xff}))
	fmt.Println(string(base64.StdEncoding.AppendEncode([]byte("b64:"), []byte{0xff})))
}

// Output:
// SGVsbG8sIHN0cmVhbWluZyB3b3Js
// SGVsbG8sIHN0cmVhbWluZyB3b3JsZCE=
// Hello, streaming world!
// 00000000  61 62 63 64 65 66 67 68  69 6a 6b 6c 6d 6e 6f 70  |abcdefghijklmnop|
// 00000010  71 72 73 74 75 76 77 78  79 7a                    |qrstuvwxyz|
// 3 <nil> [1 2 3]
// [98 54 52 58 47 119 61 61]
// b64:/w==
