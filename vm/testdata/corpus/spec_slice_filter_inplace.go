package main

import "fmt"

func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	clear(s[len(out):])
	return out
}

func reverse[T any](s []T) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func removeAt(s []string, i int) []string {
	return append(s[:i], s[i+1:]...)
}

func insertAt(s []string, i int, v string) []string {
	s = append(s, "")
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func dedupe(s []int) []int {
	seen := map[int]bool{}
	j := 0
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			s[j] = v
			j++
		}
	}
	return s[:j]
}

func rotate(s []int, k int) {
	k %= len(s)
	reverse(s[:k])
	reverse(s[k:])
	reverse(s)
}

func main() {
	data := []int{1, 2, 3, 4, 5, 6, 7, 8}
	evens := filter(data, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, data)
	words := []string{"a", "b", "c", "d"}
	words = removeAt(words, 1)
	fmt.Println(words, len(words), cap(words))
	words = insertAt(words, 0, "z")
	fmt.Println(words)
	fmt.Println(dedupe([]int{3, 1, 3, 2, 1, 4}))
	r := []int{1, 2, 3, 4, 5}
	rotate(r, 2)
	fmt.Println(r)
	rs := []rune("hello")
	reverse(rs)
	fmt.Println(string(rs))
	var stack []int
	for i := range 4 {
		stack = append(stack, i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top)
	}
	fmt.Println()
	queue := []string{"x", "y", "z"}
	for len(queue) > 0 {
		fmt.Print(queue[0])
		queue = queue[1:]
	}
	fmt.Println()
}

// Output:
// [2 4 6 8] [2 4 6 8 0 0 0 0]
// [a c d] 3 4
// [z a c d]
// [3 1 2 4]
// [3 4 5 1 2]
// olleh
// 3210
// xyz
