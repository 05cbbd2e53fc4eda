package main

import "fmt"

func search(a []int, x int) int {
	lo, hi := 0, len(a)-1
	for lo <= hi {
		mid := lo + (hi-lo)/2
		switch {
		case a[mid] == x:
			return mid
		case a[mid] < x:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -(lo + 1)
}

func lowerBound(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if a[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

func isqrt(n uint64) uint64 {
	lo, hi := uint64(0), uint64(1<<32)
	for lo < hi {
		m := lo + (hi-lo+1)/2
		if m*m <= n && m <= 1<<32-1 {
			lo = m
		} else {
			hi = m - 1
		}
	}
	return lo
}

func main() {
	a := []int{1, 3, 3, 3, 7, 9, 11, 15}
	for _, x := range []int{1, 3, 8, 15, 0, 20} {
		fmt.Println(x, search(a, x), lowerBound(a, x))
	}
	for _, n := range []uint64{0, 1, 15, 16, 17, 1 << 40, 1<<64 - 1} {
		fmt.Println(n, isqrt(n))
	}
}

// Output:
// 1 0 0
// 3 3 1
// 8 -6 5
// 15 7 7
// 0 -1 0
// 20 -9 8
// 0 0
// 1 1
// 15 3
// 16 4
// 17 4
// 1099511627776 1048576
// 18446744073709551615 4294967295
