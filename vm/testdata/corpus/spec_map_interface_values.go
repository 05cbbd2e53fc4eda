package main

import (
	"fmt"
	"sort"
)

func main() {
	cfg := map[string]any{
		"name":    "svc",
		"port":    8080,
		"debug":   true,
		"ratio":   0.75,
		"tags":    []string{"a", "b"},
		"limits":  map[string]int{"cpu": 2},
		"nothing": nil,
	}
	keys := make([]string, 0, len(cfg))
	for k := range cfg {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch v := cfg[k].(type) {
		case string:
			fmt.Println(k, "string", v)
		case int:
			fmt.Println(k, "int", v+1)
		case bool:
			fmt.Println(k, "bool", !v)
		case float64:
			fmt.Println(k, "float", v*2)
		case []string:
			fmt.Println(k, "strings", len(v))
		case nil:
			fmt.Println(k, "nil")
		default:
			fmt.Printf("%s other %T\n", k, v)
		}
	}
	fmt.Println(cfg)
	v, ok := cfg["missing"]
	fmt.Println(v, ok)
	v, ok = cfg["nothing"]
	fmt.Println(v, ok)
	cfg["port"] = cfg["port"].(int) * 2
	fmt.Println(cfg["port"])
}

// Output:
// debug bool false
// limits other map[string]int
// name string svc
// nothing nil
// port int 8081
// ratio float 1.5
// tags strings 2
// map[debug:true limits:map[cpu:2] name:svc nothing:<nil> port:8080 ratio:0.75 tags:[a b]]
// <nil> false
// <nil> true
// 16160
