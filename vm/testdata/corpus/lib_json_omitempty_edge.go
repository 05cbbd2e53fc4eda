package main

import (
	"encoding/json"
	"fmt"
)

type Inner struct {
	A int `json:"a,omitempty"`
}

type T struct {
	I     int            `json:"i,omitempty"`
	F     float64        `json:"f,omitempty"`
	S     string         `json:"s,omitempty"`
	B     bool           `json:"b,omitempty"`
	P     *int           `json:"p,omitempty"`
	Sl    []int          `json:"sl,omitempty"`
	M     map[string]int `json:"m,omitempty"`
	St    Inner          `json:"st,omitempty"`
	Arr   [0]int         `json:"arr,omitempty"`
	Arr2  [1]int         `json:"arr2,omitempty"`
	Iface any            `json:"iface,omitempty"`
	Zero  Inner          `json:"zero,omitzero"`
}

func main() {
	b, _ := json.Marshal(T{})
	fmt.Println(string(b))
	zero := 0
	b, _ = json.Marshal(T{P: &zero, Sl: []int{}, M: map[string]int{}, Iface: 0, Zero: Inner{1}})
	fmt.Println(string(b))
	b, _ = json.Marshal(T{I: -1, F: 0.5, S: " ", B: true, Sl: []int{0}})
	fmt.Println(string(b))
	var t T
	json.Unmarshal([]byte(`{"p": 5, "iface": {"k": [1]}}`), &t)
	fmt.Println(*t.P, t.Iface)
}

// Output:
// {"st":{},"arr2":[0]}
// {"p":0,"st":{},"arr2":[0],"iface":0,"zero":{"a":1}}
// {"i":-1,"f":0.5,"s":" ","b":true,"sl":[0],"st":{},"arr2":[0]}
// 5 map[k:[1]]
