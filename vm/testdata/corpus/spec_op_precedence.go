package main

import "fmt"

func main() {
	fmt.Println(2+3*4, (2+3)*4, 10-4-3, 100/10/5, 7%4*3)
	fmt.Println(1<<2+1, 1<<(2+1), 6&3|8, 6&(3|8), 5^3&1)
	fmt.Println(-2*-3, - -4, ^0, -^0, ^-1)
	fmt.Println(3 > 2 && 2 > 1 || false, !true || true && false)
	fmt.Println(1+2 == 3, 2*3 != 6 == false)
	a, b, c := 5, 3, 2
	fmt.Println(a-b-c, a-(b-c), a/b*c, a*c/b, a%b%c)
	fmt.Println(a<<b>>c, a&^b|c, a|b&^c)
	x := 0xF0
	fmt.Println(x&0x3C>>2, (x&0x3C)>>2)
	var u uint8 = 200
	fmt.Println(u+100-50, u*2/2, u/2*2)
	f := 1.0
	fmt.Println(f/3*3 == f, 1/3*3, 1.0/3*3)
	s := "a" + "b" + "c"
	fmt.Println(s+s[1:] == "abcbc")
	i := 3
	i += i * 2
	i -= 1 + 1
	i *= 2 + 1
	i /= 2
	i %= 7
	i <<= 2
	i |= 1
	fmt.Println(i)
}

// Output:
// 14 20 3 2 9
// 5 8 10 2 4
// 6 4 -1 1 0
// true false
// true true
// 0 4 2 3 0
// 10 6 5
// 12 12
// 250 72 200
// true 0 1
// true
// 13
