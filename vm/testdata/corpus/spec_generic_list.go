package main

import "fmt"

type node[T any] struct {
	val  T
	next *node[T]
}

type List[T any] struct {
	head, tail *node[T]
	size       int
}

func (l *List[T]) PushBack(v T) {
	n := &node[T]{val: v}
	if l.tail == nil {
		l.head, l.tail = n, n
	} else {
		l.tail.next = n
		l.tail = n
	}
	l.size++
}

func (l *List[T]) PushFront(v T) {
	n := &node[T]{val: v, next: l.head}
	l.head = n
	if l.tail == nil {
		l.tail = n
	}
	l.size++
}

func (l *List[T]) All() func(yield func(int, T) bool) {
	return func(yield func(int, T) bool) {
		i := 0
		for n := l.head; n != nil; n = n.next {
			if !yield(i, n.val) {
				return
			}
			i++
		}
	}
}

func (l *List[T]) Reverse() {
	var prev *node[T]
	cur := l.head
	l.tail = l.head
	for cur != nil {
		nxt := cur.next
		cur.next = prev
		prev, cur = cur, nxt
	}
	l.head = prev
}

func MapList[T, U any](l *List[T], f func(T) U) *List[U] {
	out := &List[U]{}
	for _, v := range l.All() {
		out.PushBack(f(v))
	}
	return out
}

func main() {
	l := &List[int]{}
	for i := 1; i <= 5; i++ {
		l.PushBack(i)
	}
	l.PushFront(0)
	for i, v := range l.All() {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println(l.size)
	l.Reverse()
	for _, v := range l.All() {
		if v < 2 {
			break
		}
		fmt.Print(v, ",")
	}
	fmt.Println()
	sl := MapList(l, func(i int) string { return fmt.Sprintf("<%d>", i) })
	for _, s := range sl.All() {
		fmt.Print(s)
	}
	fmt.Println()
	fmt.Println(l.tail.val, sl.size)
}

// Output:
// 0=0 1=1 2=2 3=3 4=4 5=5 6
// 5,4,3,2,
// <5><4><3><2><1><0>
// 0 6
