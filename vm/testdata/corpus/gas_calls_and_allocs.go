package main

type node struct {
	v    int
	next *node
}

func build(n int) *node {
	var head *node
	for i := range n {
		head = &node{i, head}
	}
	return head
}

func sum(l *node) int {
	if l == nil {
		return 0
	}
	return l.v + sum(l.next)
}

func main() {
	if sum(build(100)) != 4950 {
		panic("sum")
	}
}

// Output:
// Gas: 2352
