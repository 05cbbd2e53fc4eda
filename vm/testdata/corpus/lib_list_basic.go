package main

import (
	"container/list"
	"fmt"
)

func dump(l *list.List) {
	fmt.Print("[")
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, ";")
	}
	fmt.Println("] len", l.Len())
}

func main() {
	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	dump(l)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value)
	}
	fmt.Println()
	l.MoveToFront(e4)
	dump(l)
	l.MoveToBack(e4)
	l.MoveBefore(e1, e4)
	dump(l)
	v := l.Remove(e1)
	fmt.Println("removed", v)
	dump(l)
	other := list.New()
	other.PushBack("a")
	other.PushBack("b")
	l.PushBackList(other)
	l.PushFrontList(other)
	dump(l)
	fmt.Println(l.Front().Value, l.Back().Value)
	l.Init()
	dump(l)
	fmt.Println(l.Front() == nil)
	var zero list.List
	zero.PushBack(9)
	dump(&zero)
	fmt.Println(l.Remove(e4))
}

// Output:
// [1;2;3;4;] len 4
// 4321
// [4;1;2;3;] len 4
// [2;3;1;4;] len 4
// removed 1
// [2;3;4;] len 3
// [a;b;2;3;4;a;b;] len 7
// a b
// [] len 0
// true
// [9;] len 1
// 4
