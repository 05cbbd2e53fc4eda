package main

import (
	"encoding/json"
	"fmt"
)

type Key int

func main() {
	m1 := map[int]string{10: "ten", 9: "nine", -1: "neg", 100: "hundred"}
	b, _ := json.Marshal(m1)
	fmt.Println(string(b))
	m2 := map[Key]bool{3: true, 1: false}
	b, _ = json.Marshal(m2)
	fmt.Println(string(b))
	m3 := map[uint8][]int{255: {1}, 0: nil}
	b, _ = json.Marshal(m3)
	fmt.Println(string(b))
	var back map[int]string
	err := json.Unmarshal([]byte(`{"10":"x","-5":"y"}`), &back)
	fmt.Println(back, err)
	err = json.Unmarshal([]byte(`{"abc":"x"}`), &back)
	fmt.Println(err)
	nested := map[string]map[string][]float64{"z": {"b": {1.5}, "a": {}}, "a": nil}
	b, _ = json.Marshal(nested)
	fmt.Println(string(b))
	var anyMap map[string]any
	json.Unmarshal(b, &anyMap)
	fmt.Println(anyMap)
	b, _ = json.Marshal(map[string]int{"é": 1, "e": 2, "E": 3, "": 4})
	fmt.Println(string(b))
}

// Output:
// {"-1":"neg","10":"ten","100":"hundred","9":"nine"}
// {"1":false,"3":true}
// {"0":null,"255":[1]}
// map[-5:y 10:x] <nil>
// json: cannot unmarshal number abc into Go value of type int
// {"a":null,"z":{"a":[],"b":[1.5]}}
// map[a:<nil> z:map[a:[] b:[1.5]]]
// {"":4,"E":3,"e":2,"é":1}
