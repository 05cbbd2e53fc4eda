package main

import (
	"encoding/json"
	"fmt"
)

type Settings struct {
	Theme   string            `json:"theme"`
	Volume  int               `json:"volume"`
	Plugins []string          `json:"plugins"`
	Keys    map[string]string `json:"keys"`
	Window  *struct {
		W, H int
	} `json:"window"`
}

func main() {
	s := Settings{Theme: "dark", Volume: 5, Plugins: []string{"a", "b", "c"}, Keys: map[string]string{"q": "quit", "s": "save"}}
	err := json.Unmarshal([]byte(`{"volume": 9, "plugins": ["x"], "keys": {"s": "search", "o": "open"}, "window": {"W": 800}}`), &s)
	fmt.Println(err)
	fmt.Println(s.Theme, s.Volume, s.Plugins, len(s.Plugins), cap(s.Plugins) >= 1, s.Keys, *s.Window)
	err = json.Unmarshal([]byte(`{"window": {"H": 600}}`), &s)
	fmt.Println(err, *s.Window)
	m := map[string]any{"keep": 1, "over": "old"}
	json.Unmarshal([]byte(`{"over": "new", "add": [1]}`), &m)
	fmt.Println(m)
	arr := [3]int{7, 8, 9}
	json.Unmarshal([]byte(`[1]`), &arr)
	fmt.Println(arr)
	sl := []int{7, 8, 9}
	json.Unmarshal([]byte(`[1]`), &sl)
	fmt.Println(sl, len(sl))
	var p *Settings
	json.Unmarshal([]byte(`{"theme":"light"}`), &p)
	fmt.Println(p.Theme, p.Volume)
	json.Unmarshal([]byte(`null`), &p)
	fmt.Println(p == nil)
}

// Output:
// <nil>
// dark 9 [x] 1 true map[o:open q:quit s:search] {800 0}
// <nil> {800 600}
// map[add:[1] keep:1 over:new]
// [1 0 0]
// [1] 1
// light 0
// true
