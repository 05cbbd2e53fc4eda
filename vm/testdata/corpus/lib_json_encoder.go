package main

import (
	"bytes"
	"encoding/json"
	"fmt"
)

type Msg struct {
	Text string   `json:"text"`
	Tags []string `json:"tags"`
}

func main() {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.Encode(Msg{"a < b && c > d", []string{"x"}})
	enc.Encode([]int{1, 2})
	enc.Encode("str")
	fmt.Print(buf.String())
	buf.Reset()
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	enc.Encode(Msg{"a < b", nil})
	fmt.Print(buf.String())
	buf.Reset()
	enc2 := json.NewEncoder(&buf)
	enc2.SetIndent("//", "\t")
	enc2.Encode(map[string]int{"k": 1})
	fmt.Printf("%q\n", buf.String())
	err := json.NewEncoder(&buf).Encode(map[string]any{"bad": complex(1, 2)})
	fmt.Println(err)
}

// Output:
// {"text":"a \u003c b \u0026\u0026 c \u003e d","tags":["x"]}
// [1,2]
// "str"
// {
//   "text": "a < b",
//   "tags": null
// }
// "{\n//\t\"k\": 1\n//}\n"
// json: unsupported type: complex128
