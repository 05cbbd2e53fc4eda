package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

func describe(v any, indent string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("%s%s: (%T)\n", indent, k, x[k])
			describe(x[k], indent+"  ")
		}
	case []any:
		for i, e := range x {
			fmt.Printf("%s[%d] (%T)\n", indent, i, e)
			describe(e, indent+"  ")
		}
	default:
		fmt.Printf("%s= %v\n", indent, x)
	}
}

func main() {
	var v any
	err := json.Unmarshal([]byte(`{"n": 1, "f": 2.5, "big": 12345678901234567890, "s": "x", "b": false, "nil": null, "arr": [1, "a", [true]], "obj": {"k": {}}}`), &v)
	fmt.Println(err)
	describe(v, "")
	m := v.(map[string]any)
	fmt.Println(m["n"].(float64) + 1)
	var arr []any
	json.Unmarshal([]byte(`[1, 2, 3]`), &arr)
	fmt.Println(arr, len(arr))
	var mm map[string]int
	err = json.Unmarshal([]byte(`{"a": 1, "b": 2}`), &mm)
	fmt.Println(mm, err)
	var mi map[int]string
	err = json.Unmarshal([]byte(`{"1": "one", "20": "twenty"}`), &mi)
	fmt.Println(mi, err)
	var scalar any
	json.Unmarshal([]byte(`"just a string"`), &scalar)
	fmt.Printf("%T %v\n", scalar, scalar)
	fmt.Println(json.Valid([]byte(`{"a":[1,2]}`)), json.Valid([]byte(`{a:1}`)), json.Valid([]byte(``)))
}

// Output:
// <nil>
// arr: ([]interface {})
//   [0] (float64)
//     = 1
//   [1] (string)
//     = a
//   [2] ([]interface {})
//     [0] (bool)
//       = true
// b: (bool)
//   = false
// big: (float64)
//   = 1.2345678901234567e+19
// f: (float64)
//   = 2.5
// n: (float64)
//   = 1
// nil: (<nil>)
//   = <nil>
// obj: (map[string]interface {})
//   k: (map[string]interface {})
// s: (string)
//   = x
// 2
// [1 2 3] 3
// map[a:1 b:2] <nil>
// map[1:one 20:twenty] <nil>
// string just a string
// true false false
