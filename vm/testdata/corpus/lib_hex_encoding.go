package main

import (
	"encoding/hex"
	"fmt"
)

func main() {
	src := []byte("Hello, Gopher! \x00\xff")
	enc := hex.EncodeToString(src)
	fmt.Println(enc)
	dec, err := hex.DecodeString(enc)
	fmt.Printf("%q %v\n", dec, err)
	dec, err = hex.DecodeString("DEADbeef")
	fmt.Println(dec, err)
	_, err = hex.DecodeString("abc")
	fmt.Println(err)
	_, err = hex.DecodeString("zz")
	fmt.Println(err)
	dst := make([]byte, hex.EncodedLen(3))
	n := hex.Encode(dst, []byte{1, 2, 255})
	fmt.Println(n, string(dst), hex.DecodedLen(10))
	fmt.Print(hex.Dump([]byte("0123456789abcdefXYZ")))
	fmt.Println(string(hex.AppendEncode([]byte("0x"), []byte{0xab})))
}

// Output:
// 48656c6c6f2c20476f70686572212000ff
// "Hello, Gopher! \x00\xff" <nil>
// [222 173 190 239] <nil>
// encoding/hex: odd length hex string
// encoding/hex: invalid byte: U+007A 'z'
// 6 0102ff 5
// 00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|
// 00000010  58 59 5a                                          |XYZ|
// 0xab
