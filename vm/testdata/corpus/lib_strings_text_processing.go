package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity.`

func main() {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r)
	})
	fmt.Println(len(words))
	freq := map[string]int{}
	for _, w := range words {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	for _, e := range kvs[:6] {
		fmt.Printf("%-8s %d\n", e.k, e.v)
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		fmt.Printf("%d: %d chars, %d words, ends %q\n", i+1, len(l), len(strings.Fields(l)), l[len(l)-1:])
	}
	caps := strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, lines[0])
	fmt.Println(caps)
	var acronym strings.Builder
	for _, w := range strings.Fields("portable network graphics") {
		acronym.WriteRune(unicode.ToUpper([]rune(w)[0]))
	}
	fmt.Println(acronym.String())
}

// Output:
// 36
// it       6
// of       6
// the      6
// was      6
// age      2
// epoch    2
// 1: 52 chars, 12 words, ends ","
// 2: 56 chars, 12 words, ends ","
// 3: 60 chars, 12 words, ends "."
// IT WAS THE BEST OF TIMES IT WAS THE WORST OF TIMES
// PNG
