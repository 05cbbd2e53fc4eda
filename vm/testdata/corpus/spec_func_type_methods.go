package main

import (
	"fmt"
	"strings"
)

type Handler interface{ Handle(string) string }

type HandlerFunc func(string) string

func (f HandlerFunc) Handle(s string) string { return f(s) }

type Middleware func(Handler) Handler

func Upper() Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(s string) string { return strings.ToUpper(next.Handle(s)) })
	}
}

func Wrap(tag string) Middleware {
	return func(next Handler) Handler {
		return HandlerFunc(func(s string) string { return "<" + tag + ">" + next.Handle(s) + "</" + tag + ">" })
	}
}

func Chain(h Handler, ms ...Middleware) Handler {
	for i := len(ms) - 1; i >= 0; i-- {
		h = ms[i](h)
	}
	return h
}

type Pred func(int) bool

func (p Pred) And(q Pred) Pred { return func(n int) bool { return p(n) && q(n) } }
func (p Pred) Not() Pred       { return func(n int) bool { return !p(n) } }

func main() {
	base := HandlerFunc(func(s string) string { return "hello " + s })
	fmt.Println(base.Handle("x"))
	h := Chain(base, Wrap("b"), Upper(), Wrap("i"))
	fmt.Println(h.Handle("world"))
	even := Pred(func(n int) bool { return n%2 == 0 })
	big := Pred(func(n int) bool { return n > 5 })
	f := even.And(big.Not())
	for i := range 10 {
		if f(i) {
			fmt.Print(i, ",")
		}
	}
	fmt.Println()
	fmt.Printf("%T\n", base)
}

// Output:
// hello x
// <b><I>HELLO WORLD</I></b>
// 0,2,4,
// main.HandlerFunc
