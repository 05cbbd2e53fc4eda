package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i)
	}
	fmt.Println()
	n := 0
	for n < 5 {
		n += 2
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
	}
	fmt.Println(k)
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, "-", j, ";")
	}
	fmt.Println()
	var i int
	for i = 0; i < 3; i++ {
	}
	fmt.Println(i)
	for i := 10; i > 0; i /= 3 {
		fmt.Print(i, ",")
	}
	fmt.Println()
	sum := 0
	for x := 1; x <= 100; x++ {
		if x%3 != 0 {
			continue
		}
		sum += x
	}
	fmt.Println(sum)
	cnt := 0
	for cnt < 3 {
		cnt++
	}
	fmt.Println(cnt)
	arr := [3]string{"a", "b", "c"}
	for idx := range arr {
		fmt.Print(idx)
	}
	for _, s := range arr {
		fmt.Print(s)
	}
	fmt.Println()
	s := []int{1, 2, 3}
	for i, v := range s {
		s = append(s, v*10)
		if i == 0 {
			s[2] = 99
		}
	}
	fmt.Println(s)
}

// Output:
// 012
// 6
// 4
// 0-10;1-8;2-6;3-4;
// 3
// 10,3,1,
// 1683
// 3
// 012abc
// [1 2 99 10 20 30]
