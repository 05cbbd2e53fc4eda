package main

import (
	"fmt"
	"sort"
)

type Trie struct {
	children map[rune]*Trie
	end      bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = NewTrie()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.end = true
}

func (t *Trie) find(p string) *Trie {
	n := t
	for _, r := range p {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) WithPrefix(p string) []string {
	n := t.find(p)
	var out []string
	var walk func(*Trie, []rune)
	walk = func(n *Trie, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for k := range n.children {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			walk(n.children[k], append(acc, k))
		}
	}
	if n != nil {
		walk(n, []rune(p))
	}
	return out
}

func main() {
	t := NewTrie()
	for _, w := range []string{"car", "card", "care", "cart", "cat", "dog", "do", "über", "übel"} {
		t.Insert(w)
	}
	fmt.Println(t.WithPrefix("car"))
	fmt.Println(t.WithPrefix("d"))
	fmt.Println(t.WithPrefix("üb"))
	fmt.Println(t.WithPrefix("x") == nil, len(t.WithPrefix("")))
	fmt.Println(t.find("ca").count, t.find("do").end, t.find("ca").end)
}

// Output:
// [car card care cart]
// [do dog]
// [übel über]
// true 9
// 5 true false
