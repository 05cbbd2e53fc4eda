package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Point struct {
	X, Y int
}

type Shape struct {
	Name   string
	Points []Point
	Closed bool
	Area   float64
	Meta   map[string]any
	next   *Shape
}

func show(v any) {
	b, err := json.Marshal(v)
	fmt.Println(string(b), err)
}

func main() {
	show(42)
	show(-3.5)
	show(1e21)
	show(1e-7)
	show(100.0)
	show("quote\" <tag> & \u2028 é")
	show(true)
	show(nil)
	show([]int{1, 2})
	show([]byte("hi"))
	show([0]int{})
	show(map[string]int{"b": 2, "a": 1})
	show(map[int]string{10: "x", 2: "y"})
	show(Point{1, 2})
	show(&Point{3, 4})
	show(Shape{Name: "tri", Points: []Point{{0, 0}, {1, 0}, {0, 1}}, Closed: true, Area: 0.5, Meta: map[string]any{"z": nil, "a": []any{1, "x"}}})
	show(Shape{})
	show([]any{1, "two", 3.0, nil, map[string]any{}})
	show(math.Inf(1))
	show(map[bool]int{true: 1})
	show(struct{}{})
	show([]*Point{nil, {5, 6}})
}

// Output:
// 42 <nil>
// -3.5 <nil>
// 1e+21 <nil>
// 1e-7 <nil>
// 100 <nil>
// "quote\" \u003ctag\u003e \u0026 \u2028 é" <nil>
// true <nil>
// null <nil>
// [1,2] <nil>
// "aGk=" <nil>
// [] <nil>
// {"a":1,"b":2} <nil>
// {"10":"x","2":"y"} <nil>
// {"X":1,"Y":2} <nil>
// {"X":3,"Y":4} <nil>
// {"Name":"tri","Points":[{"X":0,"Y":0},{"X":1,"Y":0},{"X":0,"Y":1}],"Closed":true,"Area":0.5,"Meta":{"a":[1,"x"],"z":null}} <nil>
// {"Name":"","Points":null,"Closed":false,"Area":0,"Meta":null} <nil>
// [1,"two",3,null,{}] <nil>
//  json: unsupported value: +Inf
//  json: unsupported type: map[bool]int
// {} <nil>
// [null,{"X":5,"Y":6}] <nil>
