package main

import "fmt"

type Handle uintptr

func main() {
	var p uintptr = 1 << 20
	p += 4096
	fmt.Println(p)
	p = p &^ 4095
	fmt.Println(p)
	var h Handle = 42
	h *= 3
	fmt.Println(h, uint64(h))
	fmt.Printf("%T %T %x\n", p, h, p)
	var z uintptr
	z -= 1
	fmt.Println(z>>60, z == ^uintptr(0))
	fmt.Println(uintptr(7)%3, uintptr(7)/3, uintptr(1)<<10)
}

// Output:
// 1052672
// 1052672
// 126 126
// uintptr main.Handle 101000
// 15 true
// 1 2 1024
