package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Loud struct {
	*Animal
	Volume int
}

type Base struct{ ID int }

func (b Base) Hello() string { return fmt.Sprint("base ", b.ID) }

type Mid struct{ Base }
type Top struct {
	Mid
	ID string
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Animal.Name)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Name)
	fmt.Printf("%+v\n", d)
	l := Loud{&Animal{"Bird", 2}, 11}
	l.Rename("Parrot")
	fmt.Println(l.Describe(), l.Volume)
	t := Top{Mid{Base{7}}, "top"}
	fmt.Println(t.ID, t.Mid.ID, t.Base.ID, t.Hello())
	fmt.Printf("%+v\n", t)
	var i interface{ Describe() string } = d
	fmt.Println(i.Describe())
}

// Output:
// Rex 4 Rex
// Rex has 4 legs
// Max
// {Animal:{Name:Max Legs:4} Breed:lab}
// Parrot has 2 legs 11
// top 7 7 base 7
// {Mid:{Base:{ID:7}} ID:top}
// Max has 4 legs
