package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

func hmacSHA256(key, msg []byte) []byte {
	const block = 64
	if len(key) > block {
		k := sha256.Sum256(key)
		key = k[:]
	}
	k := make([]byte, block)
	copy(k, key)
	ipad := make([]byte, block)
	opad := make([]byte, block)
	for i := range k {
		ipad[i] = k[i] ^ 0x36
		opad[i] = k[i] ^ 0x5c
	}
	inner := sha256.New()
	inner.Write(ipad)
	inner.Write(msg)
	outer := sha256.New()
	outer.Write(opad)
	outer.Write(inner.Sum(nil))
	return outer.Sum(nil)
}

func main() {
	fmt.Println(hex.EncodeToString(hmacSHA256([]byte("key"), []byte("The quick brown fox jumps over the lazy dog"))))
	fmt.Println(hex.EncodeToString(hmacSHA256([]byte{}, []byte{})))
	long := make([]byte, 100)
	for i := range long {
		long[i] = 0xaa
	}
	fmt.Println(hex.EncodeToString(hmacSHA256(long, []byte("Test Using Larger Than Block-Size Key - Hash Key First"))))
	a := hmacSHA256([]byte("k"), []byte("m"))
	b := hmacSHA256([]byte("k"), []byte("m"))
	fmt.Println(string(a) == string(b), len(a))
}

// Output:
// f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8
// b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad
// ae7784e245977b78cd7a9414f496ddbba31ea448bdd61e91c37f002c72f52442
// true 32
