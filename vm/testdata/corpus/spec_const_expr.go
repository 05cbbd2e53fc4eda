package main

import "fmt"

const (
	a = 7
	b = a * a
	c = b % 10
	d = -a / 2
	e = a << 3 >> 1
	f = ^a
	g = a &^ 2
	h = len("hello, world")
	i = 'x' - 'a'
	j = 1e3
	k = int(j) / 7
	l = 5.0 / 2
	m = 5 / 2
	n = complex(1, 2) * complex(3, 4)
	o = real(n)
	p = "ab" < "b"
	q = !p || a > b
)

func main() {
	fmt.Println(a, b, c, d, e, f, g, h, i)
	fmt.Println(j, k, l, m)
	fmt.Println(n, o, p, q)
	var arr [h]int
	fmt.Println(len(arr))
	const maxU8 = 1<<8 - 1
	var u uint8 = maxU8
	fmt.Println(u)
	const shifted = 1 << 62 >> 60
	fmt.Println(shifted)
	const bigDiv = (1 << 80) / (1 << 78)
	fmt.Println(bigDiv)
}

// Output:
// 7 49 9 -3 28 -8 5 12 23
// 1000 142 2.5 2
// (-5+10i) -5 true false
// 12
// 255
// 4
// 4
