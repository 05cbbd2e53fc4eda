package main

import (
	"encoding/json"
	"fmt"
)

type Envelope[T any] struct {
	Kind string `json:"kind"`
	Data T      `json:"data"`
}

type Point struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

func roundtrip[T any](v T) (T, string) {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	var out T
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out, string(b)
}

func main() {
	e, s := roundtrip(Envelope[Point]{"pt", Point{1.5, -2}})
	fmt.Println(s)
	fmt.Printf("%+v\n", e)
	e2, s2 := roundtrip(Envelope[[]string]{"list", []string{"a", "b"}})
	fmt.Println(s2, e2.Data, len(e2.Data))
	e3, s3 := roundtrip(map[string][]int{"x": {1}, "a": nil})
	fmt.Println(s3, e3, e3["a"] == nil)
	e4, s4 := roundtrip([]*Point{{1, 2}, nil})
	fmt.Println(s4, *e4[0], e4[1] == nil)
	e5, s5 := roundtrip(Envelope[map[string]any]{"m", map[string]any{"n": 1, "b": true, "s": "x", "l": []any{1.5}}})
	fmt.Println(s5, e5.Data["n"], e5.Data["l"])
	type Tiny struct {
		U8  uint8
		I64 int64
		F32 float32
	}
	t, st := roundtrip(Tiny{255, -1 << 62, 0.1})
	fmt.Println(st, t)
}

// Output:
// {"kind":"pt","data":{"x":1.5,"y":-2}}
// {Kind:pt Data:{X:1.5 Y:-2}}
// {"kind":"list","data":["a","b"]} [a b] 2
// {"a":null,"x":[1]} map[a:[] x:[1]] true
// [{"x":1,"y":2},null] {1 2} true
// {"kind":"m","data":{"b":true,"l":[1.5],"n":1,"s":"x"}} 1 [1.5]
// {"U8":255,"I64":-4611686018427387904,"F32":0.1} {255 -4611686018427387904 0.1}
