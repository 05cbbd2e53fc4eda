package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	vals := []any{
		0, -1, 3.0, 2.5, 1e6, 1e21, 1e-6, 123456789012345678,
		"", "ü", "\x00", "\u2028", `\`, true, nil,
		[]any{}, map[string]any{}, []int(nil), map[string]int(nil),
		[]byte(nil), []byte{}, [2]bool{}, struct{}{}, &struct{ A *int }{},
		float32(0.1), uint64(1 << 63), int8(-128),
	}
	for _, v := range vals {
		b, err := json.Marshal(v)
		var back any
		json.Unmarshal(b, &back)
		fmt.Printf("%-24s %-26T -> %T %+q %v\n", string(b), v, back, back, err)
	}
}

// Output:
// 0                        int                        -> float64 %!q(float64=+0) <nil>
// -1                       int                        -> float64 %!q(float64=-1) <nil>
// 3                        float64                    -> float64 %!q(float64=+3) <nil>
// 2.5                      float64                    -> float64 %!q(float64=+2.5) <nil>
// 1000000                  float64                    -> float64 %!q(float64=+1e+06) <nil>
// 1e+21                    float64                    -> float64 %!q(float64=+1e+21) <nil>
// 0.000001                 float64                    -> float64 %!q(float64=+1e-06) <nil>
// 123456789012345678       int                        -> float64 %!q(float64=+1.2345678901234568e+17) <nil>
// ""                       string                     -> string "" <nil>
// "ü"                      string                     -> string "\u00fc" <nil>
// "\u0000"                 string                     -> string "\x00" <nil>
// "\u2028"                 string                     -> string "\u2028" <nil>
// "\\"                     string                     -> string "\\" <nil>
// true                     bool                       -> bool %!q(bool=true) <nil>
// null                     <nil>                      -> <nil> %!q(<nil>) <nil>
// []                       []interface {}             -> []interface {} [] <nil>
// {}                       map[string]interface {}    -> map[string]interface {} map[] <nil>
// null                     []int                      -> <nil> %!q(<nil>) <nil>
// null                     map[string]int             -> <nil> %!q(<nil>) <nil>
// null                     []uint8                    -> <nil> %!q(<nil>) <nil>
// ""                       []uint8                    -> string "" <nil>
// [false,false]            [2]bool                    -> []interface {} [%!q(bool=false) %!q(bool=false)] <nil>
// {}                       struct {}                  -> map[string]interface {} map[] <nil>
// {"A":null}               *struct { A *int }         -> map[string]interface {} map["A":<nil>] <nil>
// 0.1                      float32                    -> float64 %!q(float64=+0.1) <nil>
// 9223372036854775808      uint64                     -> float64 %!q(float64=+9.223372036854776e+18) <nil>
// -128                     int8                       -> float64 %!q(float64=-128) <nil>
