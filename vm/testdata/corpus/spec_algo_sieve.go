package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factor(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), ps)
	fmt.Println(len(sieve(10000)))
	for _, n := range []int{360, 97, 1001, 1 << 20, 999999} {
		fmt.Println(n, factor(n))
	}
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9), 48/gcd(48, 18)*18)
}

// Output:
// 25 [2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97]
// 1229
// 360 map[2:3 3:2 5:1]
// 97 map[97:1]
// 1001 map[7:1 11:1 13:1]
// 1048576 map[2:20]
// 999999 map[3:3 7:1 11:1 13:1 37:1]
// 6 1 9 144
