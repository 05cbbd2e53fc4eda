package main

import (
	"container/list"
	"fmt"
)

type Deque[T any] struct{ l list.List }

func (d *Deque[T]) PushFront(v T) { d.l.PushFront(v) }
func (d *Deque[T]) PushBack(v T)  { d.l.PushBack(v) }
func (d *Deque[T]) PopFront() (T, bool) {
	var z T
	e := d.l.Front()
	if e == nil {
		return z, false
	}
	return d.l.Remove(e).(T), true
}
func (d *Deque[T]) PopBack() (T, bool) {
	var z T
	e := d.l.Back()
	if e == nil {
		return z, false
	}
	return d.l.Remove(e).(T), true
}
func (d *Deque[T]) Len() int { return d.l.Len() }

func (d *Deque[T]) All() func(func(T) bool) {
	return func(yield func(T) bool) {
		for e := d.l.Front(); e != nil; e = e.Next() {
			if !yield(e.Value.(T)) {
				return
			}
		}
	}
}

func slidingMax(xs []int, k int) []int {
	var dq Deque[int]
	var out []int
	idx := []int{}
	_ = dq
	for i, x := range xs {
		for len(idx) > 0 && xs[idx[len(idx)-1]] <= x {
			idx = idx[:len(idx)-1]
		}
		idx = append(idx, i)
		if idx[0] <= i-k {
			idx = idx[1:]
		}
		if i >= k-1 {
			out = append(out, xs[idx[0]])
		}
	}
	return out
}

func main() {
	var d Deque[string]
	d.PushBack("b")
	d.PushFront("a")
	d.PushBack("c")
	for v := range d.All() {
		fmt.Print(v)
	}
	fmt.Println(d.Len())
	f, _ := d.PopFront()
	b, _ := d.PopBack()
	fmt.Println(f, b, d.Len())
	d.PopBack()
	_, ok := d.PopBack()
	fmt.Println(ok)
	fmt.Println(slidingMax([]int{1, 3, -1, -3, 5, 3, 6, 7}, 3))
	var nums Deque[int]
	for i := range 5 {
		if i%2 == 0 {
			nums.PushFront(i)
		} else {
			nums.PushBack(i)
		}
	}
	for v := range nums.All() {
		fmt.Print(v, ";")
	}
	fmt.Println()
}

// Output:
// abc3
// a c 1
// false
// [3 3 5 5 6 7]
// 4;2;0;1;3;
