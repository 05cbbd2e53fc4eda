package main

import (
	"crypto/sha256"
	"fmt"
)

func main() {
	data := []byte("seed")
	for i := 0; i < 5; i++ {
		s := sha256.Sum256(data)
		data = s[:]
		fmt.Printf("%d %x\n", i, s[:8])
	}
	h := sha256.New()
	for i := 0; i < 100; i++ {
		fmt.Fprintf(h, "line %d\n", i)
	}
	fmt.Printf("%x\n", h.Sum(nil))
	var block [64]byte
	for i := range block {
		block[i] = byte(i)
	}
	fmt.Printf("%x\n", sha256.Sum256(block[:]))
	fmt.Printf("%x\n", sha256.Sum256(block[:55]))
	fmt.Printf("%x\n", sha256.Sum256(block[:56]))
}

// Output:
// 0 19b25856e1c150ca
// 1 a7e130694166cdb9
// 2 ddd372d8dc1992eb
// 3 07603027237f9513
// 4 1ead088e64aee649
// cc91c5e2f81f5630b61baf89247c8990dac83bcba0b3f13d49b9f31961b8021a
// fdeab9acf3710362bd2658cdc9a29e8f9c757fcf9811603a8c447cd1d9151108
// 463eb28e72f82e0a96c0a4cc53690c571281131f672aa229e0d45ae59b598b59
// da2ae4d6b36748f2a318f23e7ab1dfdf45acdc9d049bd80e59de82a60895f562
