// Command hello is the first program to run in the Amigo VM.
package main

import (
	"fmt"
	"strings"
)

type greeter struct{ greeting string }

func (g greeter) greet(names ...string) string {
	return fmt.Sprintf("%s, %s!", g.greeting, strings.Join(names, " and "))
}

func main() {
	g := greeter{"Hello"}
	fmt.Println(g.greet("world"))
	squares := map[int]int{}
	for i := range 5 {
		squares[i] = i * i
	}
	fmt.Println(squares)
}
