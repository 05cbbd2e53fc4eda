package main

import (
	"encoding/json"
	"fmt"
)

type Address struct {
	City string `json:"city"`
	Zip  string `json:"zip"`
}

type Person struct {
	Name    string            `json:"name"`
	Age     int               `json:"age"`
	Emails  []string          `json:"emails"`
	Addr    *Address          `json:"address"`
	Extra   map[string]int    `json:"extra"`
	Scores  [3]int            `json:"scores"`
	Nothing any               `json:"nothing"`
	Labels  map[string]string `json:"labels"`
}

func main() {
	data := `{
		"name": "Zoë",
		"AGE": 41,
		"emails": ["a@x.io", "b@y.io"],
		"address": {"city": "Paris", "zip": "75001", "unknown": true},
		"extra": {"k": 1, "j": 2},
		"scores": [1, 2, 3, 4],
		"nothing": null,
		"ignored": [1, {"deep": true}]
	}`
	var p Person
	err := json.Unmarshal([]byte(data), &p)
	fmt.Println(err)
	fmt.Println(p.Name, p.Age, p.Emails, *p.Addr, p.Extra, p.Scores, p.Nothing, p.Labels == nil)
	p2 := Person{Name: "keep", Age: 5, Emails: []string{"old"}}
	json.Unmarshal([]byte(`{"age": 6, "emails": null}`), &p2)
	fmt.Println(p2.Name, p2.Age, p2.Emails == nil)
	var ps []Person
	err = json.Unmarshal([]byte(`[{"name":"a"},{"name":"b","age":2}]`), &ps)
	fmt.Println(len(ps), ps[1].Name, ps[1].Age, err)
	var arr [2]string
	json.Unmarshal([]byte(`["x"]`), &arr)
	fmt.Printf("%q\n", arr)
	var n int
	var s string
	var f float64
	var b bool
	fmt.Println(json.Unmarshal([]byte("123"), &n), json.Unmarshal([]byte(`"str\u00e9\n"`), &s), json.Unmarshal([]byte("1e2"), &f), json.Unmarshal([]byte("true"), &b))
	fmt.Printf("%d %q %v %v\n", n, s, f, b)
	var bs []byte
	json.Unmarshal([]byte(`"aGVsbG8="`), &bs)
	fmt.Println(string(bs))
}

// Output:
// <nil>
// Zoë 41 [a@x.io b@y.io] {Paris 75001} map[j:2 k:1] [1 2 3] <nil> true
// keep 6 true
// 2 b 2 <nil>
// ["x" ""]
// <nil> <nil> <nil> <nil>
// 123 "stré\n" 100 true
// hello
