package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Level int

func (l Level) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.Repeat("*", int(l)))
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("level: %w", err)
	}
	*l = Level(len(s))
	return nil
}

type Color struct{ R, G, B uint8 }

func (c Color) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B)), nil
}

func (c *Color) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "#%02x%02x%02x", &c.R, &c.G, &c.B)
	return err
}

type Item struct {
	Name  string `json:"name"`
	Level Level  `json:"level"`
	Color Color  `json:"color"`
}

func main() {
	it := Item{"x", 3, Color{255, 0, 16}}
	b, err := json.Marshal(it)
	fmt.Println(string(b), err)
	var back Item
	err = json.Unmarshal([]byte(`{"name":"y","level":"*****","color":"#0a0b0c"}`), &back)
	fmt.Println(back, err)
	err = json.Unmarshal([]byte(`{"level": 5}`), &back)
	fmt.Println(err)
	m := map[Color]int{{1, 2, 3}: 1}
	b, err = json.Marshal(m)
	fmt.Println(string(b), err)
	raw := json.RawMessage(`{"pre":"computed"}`)
	b, _ = json.Marshal(map[string]any{"r": raw})
	fmt.Println(string(b))
	var holder struct {
		Kind string          `json:"kind"`
		Data json.RawMessage `json:"data"`
	}
	json.Unmarshal([]byte(`{"kind":"k","data":{"x": [1, 2]}}`), &holder)
	fmt.Println(holder.Kind, string(holder.Data))
	var num struct{ N json.Number }
	json.Unmarshal([]byte(`{"N": 3.14159}`), &num)
	f, _ := num.N.Float64()
	fmt.Println(num.N, f, num.N.String())
}

// Output:
// {"name":"x","level":"***","color":"#ff0010"} <nil>
// {y 5 {10 11 12}} <nil>
// level: json: cannot unmarshal number into Go value of type string
// {"#010203":1} <nil>
// {"r":{"pre":"computed"}}
// k {"x": [1, 2]}
// 3.14159 3.14159 3.14159
