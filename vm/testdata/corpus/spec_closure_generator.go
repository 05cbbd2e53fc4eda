package main

import "fmt"

func primes() func() int {
	found := []int{}
	n := 1
	return func() int {
		for {
			n++
			isP := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isP = false
					break
				}
			}
			if isP {
				found = append(found, n)
				return n
			}
		}
	}
}

func take(g func() int, k int) []int {
	out := make([]int, k)
	for i := range out {
		out[i] = g()
	}
	return out
}

func cycle(items ...string) func() string {
	i := -1
	return func() string {
		i = (i + 1) % len(items)
		return items[i]
	}
}

func accumulate() func(float64) (float64, int) {
	sum, n := 0.0, 0
	return func(x float64) (float64, int) {
		sum += x
		n++
		return sum / float64(n), n
	}
}

func main() {
	p := primes()
	fmt.Println(take(p, 10))
	fmt.Println(take(p, 5))
	c := cycle("r", "g", "b")
	for range 7 {
		fmt.Print(c())
	}
	fmt.Println()
	avg := accumulate()
	for _, x := range []float64{2, 4, 9} {
		fmt.Println(avg(x))
	}
}

// Output:
// [2 3 5 7 11 13 17 19 23 29]
// [31 37 41 43 47]
// rgbrgbr
// 2 1
// 3 2
// 5 3
