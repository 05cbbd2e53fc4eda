package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Event struct {
	Type string `json:"type"`
	N    int    `json:"n"`
}

func main() {
	in := `{"type":"a","n":1} {"type":"b","n":2}
	{"type":"c","n":3}`
	dec := json.NewDecoder(strings.NewReader(in))
	for dec.More() {
		var e Event
		if err := dec.Decode(&e); err != nil {
			fmt.Println("err", err)
			break
		}
		fmt.Printf("%+v\n", e)
	}
	var e Event
	fmt.Println(dec.Decode(&e))
	d2 := json.NewDecoder(strings.NewReader(`{"type":"x","extra":1}`))
	d2.DisallowUnknownFields()
	fmt.Println(d2.Decode(&e))
	d3 := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890, "f": 1.5}`))
	d3.UseNumber()
	var m map[string]any
	d3.Decode(&m)
	fmt.Printf("%T %v %T\n", m["big"], m["big"], m["f"])
	tk := json.NewDecoder(strings.NewReader(`{"a": [1, "two", true, null], "b": {}}`))
	for {
		t, err := tk.Token()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Printf("%T %v\n", t, t)
	}
}

// Output:
// {Type:a N:1}
// {Type:b N:2}
// {Type:c N:3}
// EOF
// json: unknown field "extra"
// json.Number 12345678901234567890 json.Number
// json.Delim {
// string a
// json.Delim [
// float64 1
// string two
// bool true
// <nil> <nil>
// json.Delim ]
// string b
// json.Delim {
// json.Delim }
// json.Delim }
// end: EOF
