package main

import "fmt"

type Animal interface {
	Name() string
	Sound() string
}

type Base struct{ name string }

func (b Base) Name() string  { return b.name }
func (b Base) Sound() string { return "..." }
func (b Base) Describe() string {
	return b.Name() + " says " + b.Sound()
}

type Cat struct{ Base }

func (Cat) Sound() string { return "meow" }

type Lion struct{ Cat }

func (Lion) Sound() string  { return "ROAR" }
func (l Lion) Name() string { return "king " + l.Cat.Name() }

func describe(a Animal) string { return a.Name() + " says " + a.Sound() }

func main() {
	c := Cat{Base{"tom"}}
	l := Lion{Cat{Base{"leo"}}}
	fmt.Println(c.Describe())
	fmt.Println(describe(c))
	fmt.Println(l.Describe())
	fmt.Println(describe(l))
	fmt.Println(l.Cat.Sound(), l.Base.Sound(), l.Cat.Base.Name())
	animals := []Animal{Base{"generic"}, c, l}
	for _, a := range animals {
		fmt.Printf("%T: %s\n", a, describe(a))
	}
}

// Output:
// tom says ...
// tom says meow
// leo says ...
// king leo says ROAR
// meow ... leo
// main.Base: generic says ...
// main.Cat: tom says meow
// main.Lion: king leo says ROAR
