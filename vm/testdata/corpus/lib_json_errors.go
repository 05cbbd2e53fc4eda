package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type T struct {
	A int    `json:"a"`
	B string `json:"b"`
}

func main() {
	var t T
	inputs := []string{
		`{"a": "notanint"}`,
		`{"a": 1.5}`,
		`{"a": 1,}`,
		`{"a": 1`,
		``,
		`[1,2]`,
		`{"b": 5}`,
		`{"a": 99999999999999999999}`,
		`nul`,
		`{"a":1} extra`,
	}
	for _, in := range inputs {
		err := json.Unmarshal([]byte(in), &t)
		fmt.Printf("%q: %v\n", in, err)
	}
	err := json.Unmarshal([]byte(`{"a":"x"}`), &t)
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Println("type error:", ute.Value, ute.Field, ute.Offset)
	}
	err = json.Unmarshal([]byte(`{"a":}`), &t)
	var se *json.SyntaxError
	if errors.As(err, &se) {
		fmt.Println("syntax error at", se.Offset)
	}
	err = json.Unmarshal([]byte(`1`), t)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`1`), nil)
	fmt.Println(err)
	_, err = json.Marshal(map[string]any{"f": func() {}})
	fmt.Println(err)
	_, err = json.Marshal([]complex128{1})
	fmt.Println(err)
}

// Output:
// "{\"a\": \"notanint\"}": json: cannot unmarshal string into Go struct field T.a of type int
// "{\"a\": 1.5}": json: cannot unmarshal number 1.5 into Go struct field T.a of type int
// "{\"a\": 1,}": invalid character '}' looking for beginning of object key string
// "{\"a\": 1": unexpected end of JSON input
// "": unexpected end of JSON input
// "[1,2]": json: cannot unmarshal array into Go value of type main.T
// "{\"b\": 5}": json: cannot unmarshal number into Go struct field T.b of type string
// "{\"a\": 99999999999999999999}": json: cannot unmarshal number 99999999999999999999 into Go struct field T.a of type int
// "nul": invalid character ' ' in literal null (expecting 'l')
// "{\"a\":1} extra": invalid character 'e' after top-level value
// type error: string a 8
// syntax error at 6
// json: Unmarshal(non-pointer main.T)
// json: Unmarshal(nil)
// json: unsupported type: func()
// json: unsupported type: complex128
