package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func mergesort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	m := len(a) / 2
	l, r := mergesort(a[:m]), mergesort(a[m:])
	out := make([]int, 0, len(a))
	for len(l) > 0 && len(r) > 0 {
		if l[0] <= r[0] {
			out, l = append(out, l[0]), l[1:]
		} else {
			out, r = append(out, r[0]), r[1:]
		}
	}
	return append(append(out, l...), r...)
}

func insertion(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func heapsort(a []int) {
	n := len(a)
	sift := func(i, n int) {
		for {
			c := 2*i + 1
			if c >= n {
				return
			}
			if c+1 < n && a[c+1] > a[c] {
				c++
			}
			if a[i] >= a[c] {
				return
			}
			a[i], a[c] = a[c], a[i]
			i = c
		}
	}
	for i := n/2 - 1; i >= 0; i-- {
		sift(i, n)
	}
	for end := n - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		sift(0, end)
	}
}

func data() []int {
	out := make([]int, 20)
	x := uint32(12345)
	for i := range out {
		x = x*1103515245 + 12345
		out[i] = int(x>>16) % 100
	}
	return out
}

func main() {
	d := data()
	fmt.Println(d)
	q := append([]int(nil), d...)
	quicksort(q)
	fmt.Println(q)
	fmt.Println(mergesort(d))
	h := append([]int(nil), d...)
	heapsort(h)
	fmt.Println(h)
	s := []string{"pear", "fig", "apple", "kiwi", "banana"}
	insertion(s)
	fmt.Println(s)
}

// Output:
// [36 56 85 98 95 45 9 90 10 29 52 27 58 87 75 68 1 80 61 64]
// [1 9 10 27 29 36 45 52 56 58 61 64 68 75 80 85 87 90 95 98]
// [1 9 10 27 29 36 45 52 56 58 61 64 68 75 80 85 87 90 95 98]
// [1 9 10 27 29 36 45 52 56 58 61 64 68 75 80 85 87 90 95 98]
// [apple banana fig kiwi pear]
