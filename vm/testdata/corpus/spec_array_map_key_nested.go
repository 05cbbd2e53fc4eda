package main

import "fmt"

type Board [3][3]byte

func (b Board) String() string {
	s := ""
	for _, r := range b {
		s += string(r[:]) + "/"
	}
	return s
}

func main() {
	var b Board
	for i := range b {
		for j := range b[i] {
			b[i][j] = '.'
		}
	}
	seen := map[Board]int{}
	seen[b]++
	b2 := b
	b2[1][1] = 'X'
	seen[b2]++
	b3 := b
	b3[1][1] = 'X'
	seen[b3]++
	fmt.Println(len(seen), seen[b], seen[b2])
	fmt.Println(b2)
	fmt.Println(b == b3, b2 == b3)
	type key struct {
		name string
		pos  [2]int
	}
	m := map[key][]string{}
	m[key{"a", [2]int{1, 2}}] = append(m[key{"a", [2]int{1, 2}}], "first")
	m[key{"a", [2]int{1, 2}}] = append(m[key{"a", [2]int{1, 2}}], "second")
	fmt.Println(m)
	ptrArr := &[2][2]int{{1, 2}, {3, 4}}
	cp := *ptrArr
	cp[0][0] = 100
	fmt.Println(*ptrArr, cp)
	var arrOfSlices [2][]int
	arrOfSlices[0] = []int{1}
	copyArr := arrOfSlices
	copyArr[0][0] = 99
	fmt.Println(arrOfSlices, copyArr)
}

// Output:
// 2 1 2
// .../.X./.../
// false true
// map[{a [1 2]}:[first second]]
// [[1 2] [3 4]] [[100 2] [3 4]]
// [[99] []] [[99] []]
