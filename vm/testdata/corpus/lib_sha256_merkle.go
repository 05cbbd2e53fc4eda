package main

import (
	"crypto/sha256"
	"fmt"
)

func leaf(s string) [32]byte { return sha256.Sum256(append([]byte{0}, s...)) }

func node(a, b [32]byte) [32]byte {
	buf := append([]byte{1}, a[:]...)
	buf = append(buf, b[:]...)
	return sha256.Sum256(buf)
}

func root(items []string) [32]byte {
	level := make([][32]byte, len(items))
	for i, it := range items {
		level[i] = leaf(it)
	}
	for len(level) > 1 {
		var next [][32]byte
		for i := 0; i < len(level); i += 2 {
			if i+1 < len(level) {
				next = append(next, node(level[i], level[i+1]))
			} else {
				next = append(next, level[i])
			}
		}
		level = next
	}
	return level[0]
}

func main() {
	r1 := root([]string{"a", "b", "c", "d", "e"})
	fmt.Printf("%x\n", r1)
	r2 := root([]string{"a", "b", "c", "d", "E"})
	fmt.Printf("%x\n", r2[:8])
	fmt.Println(r1 == r2, r1 == root([]string{"a", "b", "c", "d", "e"}))
	h := sha256.New()
	h.Write([]byte("partial"))
	s1 := h.Sum(nil)
	h.Write([]byte(" more"))
	s2 := h.Sum(nil)
	whole := sha256.Sum256([]byte("partial more"))
	fmt.Printf("%x\n%x\n", s1[:6], s2[:6])
	fmt.Println(string(s2) == string(whole[:]))
}

// Output:
// fe14a5426fbd70c0fa73f52342afed0da0bd23c4838662ccf6b88a3070ead97b
// 7ae7acbc7a7523fa
// false true
// 9834a14ab9bc
// c60fc61f19c5
// true
