package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

type Config struct {
	Name    string         `json:"name"`
	Ports   []int          `json:"ports"`
	Limits  map[string]int `json:"limits"`
	Enabled bool           `json:"enabled"`
	Empty   []string       `json:"empty"`
	Nested  struct {
		Level int `json:"level"`
	} `json:"nested"`
}

func main() {
	c := Config{Name: "svc", Ports: []int{80, 443}, Limits: map[string]int{"mem": 512, "cpu": 2}, Enabled: true, Empty: []string{}}
	c.Nested.Level = 3
	b, err := json.MarshalIndent(c, "", "  ")
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent([]any{1, map[string]any{}, []int{}}, ">", "\t")
	fmt.Printf("%q\n", b)
	var out bytes.Buffer
	json.Indent(&out, []byte(`{"a":[1,2,{"b":null}],"c":{}}`), "", " ")
	fmt.Println(out.String())
	out.Reset()
	json.Compact(&out, []byte("{ \"a\" : [ 1 , 2 ] ,\n \"b\" : \"x y\" }"))
	fmt.Println(out.String())
	b, _ = json.Marshal(map[string]string{"html": "<b>&</b>"})
	fmt.Println(string(b))
	out.Reset()
	json.HTMLEscape(&out, []byte(`"<x>"`))
	fmt.Println(out.String())
}

// Output:
// {
//   "name": "svc",
//   "ports": [
//     80,
//     443
//   ],
//   "limits": {
//     "cpu": 2,
//     "mem": 512
//   },
//   "enabled": true,
//   "empty": [],
//   "nested": {
//     "level": 3
//   }
// } <nil>
// "[\n>\t1,\n>\t{},\n>\t[]\n>]"
// {
//  "a": [
//   1,
//   2,
//   {
//    "b": null
//   }
//  ],
//  "c": {}
// }
// {"a":[1,2],"b":"x y"}
// {"html":"\u003cb\u003e\u0026\u003c/b\u003e"}
// "\u003cx\u003e"
