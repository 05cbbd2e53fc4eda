package main

import (
	"fmt"
	"strings"
)

type Node struct {
	Name     string
	Children []*Node
}

func (n *Node) String() string {
	if len(n.Children) == 0 {
		return n.Name
	}
	parts := make([]string, len(n.Children))
	for i, c := range n.Children {
		parts[i] = c.String()
	}
	return n.Name + "(" + strings.Join(parts, " ") + ")"
}

func (n *Node) Depth() int {
	d := 0
	for _, c := range n.Children {
		d = max(d, c.Depth())
	}
	return d + 1
}

func (n *Node) Walk(prefix string, f func(string)) {
	f(prefix + n.Name)
	for i, c := range n.Children {
		branch := "├─"
		if i == len(n.Children)-1 {
			branch = "└─"
		}
		c.Walk(strings.Repeat(" ", len([]rune(prefix)))+branch, f)
	}
}

type List struct {
	Val  int
	Next *List
}

func (l *List) String() string {
	if l == nil {
		return "nil"
	}
	return fmt.Sprintf("%d->%v", l.Val, l.Next)
}

func main() {
	tree := &Node{"root", []*Node{
		{"a", []*Node{{"a1", nil}, {"a2", nil}}},
		{"b", nil},
		{"c", []*Node{{"c1", []*Node{{"c1x", nil}}}}},
	}}
	fmt.Println(tree)
	fmt.Println(tree.Depth())
	tree.Walk("", func(s string) { fmt.Println(s) })
	var l *List
	for i := 3; i > 0; i-- {
		l = &List{i, l}
	}
	fmt.Println(l)
	fmt.Printf("%v|%s\n", l.Next, (*List)(nil))
}

// Output:
// root(a(a1 a2) b c(c1(c1x)))
// 4
// root
// ├─a
//   ├─a1
//   └─a2
// ├─b
// └─c
//   └─c1
//     └─c1x
// 1->2->3->nil
// 2->3->nil|nil
