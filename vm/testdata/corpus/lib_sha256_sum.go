package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%x\n", sha256.Sum256(nil))
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))
	sum := sha256.Sum256([]byte("The quick brown fox jumps over the lazy dog"))
	fmt.Println(hex.EncodeToString(sum[:]))
	fmt.Printf("%X\n", sum[:4])
	h := sha256.New()
	h.Write([]byte("The quick brown fox "))
	h.Write([]byte("jumps over the lazy dog"))
	fmt.Printf("%x\n", h.Sum(nil))
	fmt.Println(h.Size(), h.BlockSize(), sha256.Size)
	h.Reset()
	h.Write([]byte(strings.Repeat("a", 1000)))
	fmt.Printf("%x\n", h.Sum([]byte("prefix")))
	fmt.Printf("%x\n", sha256.Sum224([]byte("abc")))
	a := sha256.Sum256([]byte("x"))
	b := sha256.Sum256([]byte("x"))
	fmt.Println(a == b, len(a))
}

// Output:
// e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855
// ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
// d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592
// D7A8FBB3
// d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592
// 32 64 32
// 70726566697841edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3
// 23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7
// true 32
