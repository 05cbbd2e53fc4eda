package main

import "fmt"

func swap(a, b *int) { *a, *b = *b, *a }

func swapPtr(a, b **int) { *a, *b = *b, *a }

type Tree struct {
	Left, Right *Tree
	V           int
}

func insert(t **Tree, v int) {
	for *t != nil {
		if v < (*t).V {
			t = &(*t).Left
		} else {
			t = &(*t).Right
		}
	}
	*t = &Tree{V: v}
}

func (t *Tree) inorder(f func(int)) {
	if t == nil {
		return
	}
	t.Left.inorder(f)
	f(t.V)
	t.Right.inorder(f)
}

func mirror(t *Tree) {
	if t == nil {
		return
	}
	t.Left, t.Right = t.Right, t.Left
	mirror(t.Left)
	mirror(t.Right)
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	px, py := &x, &y
	swapPtr(&px, &py)
	fmt.Println(*px, *py, x, y)
	var root *Tree
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35} {
		insert(&root, v)
	}
	var out []int
	root.inorder(func(v int) { out = append(out, v) })
	fmt.Println(out)
	mirror(root)
	out = out[:0]
	root.inorder(func(v int) { out = append(out, v) })
	fmt.Println(out)
	arr := []int{5, 6, 7}
	p := &arr[0]
	for i := range arr {
		q := &arr[i]
		*q *= 10
	}
	fmt.Println(*p, arr)
}

// Output:
// 2 1
// 1 2 2 1
// [20 30 35 40 50 60 70 80]
// [80 70 60 50 40 35 30 20]
// 50 [50 60 70]
