package main

import (
	"fmt"
	"strings"
)

func toRoman(n int) string {
	vals := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	syms := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var sb strings.Builder
	for i, v := range vals {
		for n >= v {
			sb.WriteString(syms[i])
			n -= v
		}
	}
	return sb.String()
}

func fromRoman(s string) int {
	m := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50, 'C': 100, 'D': 500, 'M': 1000}
	total := 0
	for i := 0; i < len(s); i++ {
		v := m[s[i]]
		if i+1 < len(s) && m[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	return total
}

func toBase(n int64, base int) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if n == 0 {
		return "0"
	}
	neg := n < 0
	u := uint64(n)
	if neg {
		u = uint64(-n)
	}
	var out []byte
	for u > 0 {
		out = append(out, digits[u%uint64(base)])
		u /= uint64(base)
	}
	if neg {
		out = append(out, '-')
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return string(out)
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999} {
		r := toRoman(n)
		fmt.Println(n, r, fromRoman(r))
	}
	fmt.Println(toBase(255, 2), toBase(255, 16), toBase(-255, 7), toBase(0, 3), toBase(1<<62, 36))
	fmt.Println(toBase(-9223372036854775808, 16))
}

// Output:
// 1 I 1
// 4 IV 4
// 9 IX 9
// 14 XIV 14
// 40 XL 40
// 90 XC 90
// 400 CD 400
// 1994 MCMXCIV 1994
// 2024 MMXXIV 2024
// 3999 MMMCMXCIX 3999
// 11111111 ff -513 0 z1ci99jj7474
// -8000000000000000
