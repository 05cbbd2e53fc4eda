package main

import (
	"encoding/json"
	"fmt"
)

type Base struct {
	ID      int    `json:"id"`
	Created string `json:"created"`
}

type Named struct {
	Name string `json:"name"`
}

type Article struct {
	Base
	*Named
	Title string `json:"title"`
	ID    string `json:"id"`
}

type Inner struct{ V int }
type Wrap struct {
	Inner `json:"inner"`
	W     int
}

func main() {
	a := Article{Base: Base{1, "2024"}, Named: &Named{"n"}, Title: "t", ID: "override"}
	b, _ := json.Marshal(a)
	fmt.Println(string(b))
	a2 := Article{Base: Base{2, "x"}}
	b, _ = json.Marshal(a2)
	fmt.Println(string(b))
	var back Article
	err := json.Unmarshal([]byte(`{"id":"s","created":"c","name":"nm","title":"tt"}`), &back)
	fmt.Println(err, back.ID, back.Base.ID, back.Created, back.Name, back.Title)
	w := Wrap{Inner{5}, 6}
	b, _ = json.Marshal(w)
	fmt.Println(string(b))
	type anon struct {
		A int `json:"a"`
		B struct {
			C []int `json:"c"`
		} `json:"b"`
	}
	var x anon
	json.Unmarshal([]byte(`{"a":1,"b":{"c":[1,2,3]}}`), &x)
	fmt.Printf("%+v\n", x)
}

// Output:
// {"created":"2024","name":"n","title":"t","id":"override"}
// {"created":"x","title":"","id":""}
// <nil> s 0 c nm tt
// {"inner":{"V":5},"W":6}
// {A:1 B:{C:[1 2 3]}}
