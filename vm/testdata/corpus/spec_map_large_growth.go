package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 20000; i++ {
		m[i*7] = i
	}
	fmt.Println(len(m))
	for i := 0; i < 20000; i += 2 {
		delete(m, i*7)
	}
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += k - v
	}
	fmt.Println(sum)
	for i := 0; i < 5000; i++ {
		m[i*7] = -i
	}
	fmt.Println(len(m), m[0], m[7], m[14], m[139993])
	sm := map[string]int{}
	for i := 0; i < 3000; i++ {
		sm[fmt.Sprintf("key-%05d", i%1000)] += i
	}
	fmt.Println(len(sm), sm["key-00000"], sm["key-00999"])
	clear(m)
	m[1] = 1
	fmt.Println(len(m))
}

// Output:
// 20000
// 10000
// 600000000
// 12500 0 -1 -2 19999
// 1000 3000 5997
// 1
