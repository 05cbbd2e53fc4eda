package main

import (
	"container/list"
	"fmt"
	"strings"
)

func str(l *list.List) string {
	var parts []string
	for e := l.Front(); e != nil; e = e.Next() {
		parts = append(parts, fmt.Sprint(e.Value))
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func main() {
	l := list.New()
	for i := 1; i <= 10; i++ {
		l.PushBack(i)
	}
	for e := l.Front(); e != nil; {
		next := e.Next()
		if e.Value.(int)%3 == 0 {
			l.Remove(e)
		}
		e = next
	}
	fmt.Println(str(l), l.Len())
	for e := l.Back(); e != nil; e = e.Prev() {
		if e.Value.(int)%2 == 0 {
			l.InsertAfter(e.Value.(int)*100, e)
		}
	}
	fmt.Println(str(l))
	mixed := list.New()
	mixed.PushBack("s")
	mixed.PushBack(2.5)
	mixed.PushBack([]int{1})
	mixed.PushBack(nil)
	for e := mixed.Front(); e != nil; e = e.Next() {
		fmt.Printf("%T ", e.Value)
	}
	fmt.Println("|")
	other := list.New()
	foreign := other.PushBack("foreign")
	fmt.Println(l.Remove(foreign), l.Len(), other.Len())
	l.MoveToFront(foreign)
	fmt.Println(l.Front().Value)
	stack := list.New()
	for _, c := range "({[]})" {
		switch c {
		case '(', '{', '[':
			stack.PushBack(c)
		default:
			top := stack.Back()
			fmt.Print(string(top.Value.(rune)), string(c), " ")
			stack.Remove(top)
		}
	}
	fmt.Println(stack.Len())
}

// Output:
// [1 2 4 5 7 8 10] 7
// [1 2 200 4 400 5 7 8 800 10 1000]
// string float64 []int <nil> |
// foreign 11 1
// 1
// [] {} () 0
