package main

import "fmt"

type Token struct{}

func (Token) Kind() string { return "token" }

type Wrapper struct {
	Token
	N int
}

func main() {
	var a, b struct{}
	fmt.Println(a == b, a)
	set := map[string]struct{}{}
	for _, w := range []string{"x", "y", "x"} {
		set[w] = struct{}{}
	}
	fmt.Println(len(set), set)
	_, ok := set["y"]
	fmt.Println(ok)
	arr := [5]struct{}{}
	fmt.Println(len(arr), arr)
	s := make([]struct{}, 3)
	s = append(s, struct{}{})
	fmt.Println(len(s), s)
	w := Wrapper{N: 2}
	fmt.Println(w.Kind(), w)
	fmt.Printf("%+v %#v\n", w, w)
	var t Token
	var iface any = t
	_, isTok := iface.(Token)
	fmt.Println(isTok, iface == any(Token{}))
	done := map[int]Token{1: {}}
	fmt.Println(done)
}

// Output:
// true {}
// 2 map[x:{} y:{}]
// true
// 5 [{} {} {} {} {}]
// 4 [{} {} {} {}]
// token {{} 2}
// {Token:{} N:2} main.Wrapper{Token:main.Token{}, N:2}
// true true
// map[1:{}]
