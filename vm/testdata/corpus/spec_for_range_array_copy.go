package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over array copy sees", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range arr[:] {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over slice sees", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("range over pointer sees", v)
		}
	}
	s := []int{1, 2, 3}
	for i := range s {
		if i == 0 {
			s = s[:1]
		}
		fmt.Print(i)
	}
	fmt.Println(" len", len(s))
	m := [2][2]int{{1, 2}, {3, 4}}
	for _, row := range m {
		row[0] = 0
	}
	fmt.Println(m)
	for i := range m {
		m[i][0] = 0
	}
	fmt.Println(m)
	str := "abc"
	for i, c := range str {
		str = "xyz"
		fmt.Print(i, string(c))
	}
	fmt.Println(" ", str)
	type T struct{ n int }
	ts := []T{{1}, {2}}
	for _, t := range ts {
		t.n *= 10
	}
	fmt.Println(ts)
	pts := []*T{{1}, {2}}
	for _, t := range pts {
		t.n *= 10
	}
	fmt.Println(*pts[0], *pts[1])
}

// Output:
// range over array copy sees 3
// range over slice sees 100
// range over pointer sees 100
// 012 len 1
// [[1 2] [3 4]]
// [[0 2] [0 4]]
// 0a1b2c  xyz
// [{1} {2}]
// {10} {20}
