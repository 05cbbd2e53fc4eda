package main

import "fmt"

type Speaker interface{ Speak() string }
type Mover interface{ Move() string }

type Dog struct{ name string }

func (d Dog) Speak() string { return d.name + " barks" }
func (d *Dog) Move() string { return d.name + " runs" }

type Robot struct{ id int }

func (r *Robot) Speak() string { return fmt.Sprint("robot ", r.id, " beeps") }

type Wrapper struct{ Dog }
type PWrapper struct{ *Dog }

func check(v any) {
	_, s := v.(Speaker)
	_, m := v.(Mover)
	fmt.Printf("%T speaker=%v mover=%v\n", v, s, m)
}

func main() {
	d := Dog{"rex"}
	check(d)
	check(&d)
	check(Robot{1})
	check(&Robot{2})
	check(Wrapper{d})
	check(&Wrapper{d})
	check(PWrapper{&d})
	var s Speaker = &Robot{3}
	fmt.Println(s.Speak())
	var m Mover = PWrapper{&Dog{"fido"}}
	fmt.Println(m.Move())
	d.Move()
	fmt.Println(d.Move())
	speakers := []Speaker{d, &d, &Robot{4}, Wrapper{Dog{"w"}}}
	for _, sp := range speakers {
		fmt.Println(sp.Speak())
	}
}

// Output:
// main.Dog speaker=true mover=false
// *main.Dog speaker=true mover=true
// main.Robot speaker=false mover=false
// *main.Robot speaker=true mover=false
// main.Wrapper speaker=true mover=false
// *main.Wrapper speaker=true mover=true
// main.PWrapper speaker=true mover=true
// robot 3 beeps
// fido runs
// rex runs
// rex barks
// rex barks
// robot 4 beeps
// w barks
