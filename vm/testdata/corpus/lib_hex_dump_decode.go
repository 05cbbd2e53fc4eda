package main

import (
	"encoding/hex"
	"errors"
	"fmt"
)

func main() {
	data := []byte{0, 1, 2, 0x7f, 0x80, 0xfe, 0xff}
	s := hex.EncodeToString(data)
	fmt.Println(s, len(s))
	for _, in := range []string{"00ff", "00FF", "0g", "abc", "", "  "} {
		out, err := hex.DecodeString(in)
		var ib hex.InvalidByteError
		fmt.Printf("%q -> %v err=%v invalidByte=%v length=%v\n", in, out, err, errors.As(err, &ib), errors.Is(err, hex.ErrLength))
	}
	dst := make([]byte, 2)
	n, err := hex.Decode(dst, []byte("cafe"))
	fmt.Println(n, err, dst)
	fmt.Print(hex.Dump(data))
	fmt.Print(hex.Dump(nil))
	fmt.Println(hex.AppendDecode(nil, []byte("4142")))
}

// Output:
// 0001027f80feff 14
// "00ff" -> [0 255] err=<nil> invalidByte=false length=false
// "00FF" -> [0 255] err=<nil> invalidByte=false length=false
// "0g" -> [] err=encoding/hex: invalid byte: U+0067 'g' invalidByte=true length=false
// "abc" -> [171] err=encoding/hex: odd length hex string invalidByte=false length=true
// "" -> [] err=<nil> invalidByte=false length=false
// "  " -> [] err=encoding/hex: invalid byte: U+0020 ' ' invalidByte=true length=false
// 2 <nil> [202 254]
// 00000000  00 01 02 7f 80 fe ff                              |.......|
// [65 66] <nil>
