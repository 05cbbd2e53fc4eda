package main

import "fmt"

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return steps
}

func find(xs []int, t int) (idx int) {
	i := 0
next:
	if i >= len(xs) {
		return -1
	}
	if xs[i] == t {
		goto found
	}
	i++
	goto next
found:
	return i
}

func main() {
	fmt.Println(collatz(27), collatz(1), collatz(6))
	fmt.Println(find([]int{4, 5, 6}, 6), find([]int{1}, 9))
	i := 0
back:
	i++
	if i < 5 {
		goto back
	}
	fmt.Println(i)
	for j := 0; j < 3; j++ {
		if j == 1 {
			goto skip
		}
		fmt.Println("j", j)
	skip:
	}
	fmt.Println("end")
}

// Output:
// 111 0 8
// 2 -1
// 5
// j 0
// j 2
// end
