package main

import (
	"encoding/json"
	"fmt"
)

type User struct {
	ID        int               `json:"id"`
	Name      string            `json:"name"`
	Email     string            `json:"email,omitempty"`
	Password  string            `json:"-"`
	Dash      string            `json:"-,"`
	Age       int               `json:"age,omitempty"`
	Score     float64           `json:"score,string"`
	Count     int64             `json:",string"`
	Tags      []string          `json:"tags,omitempty"`
	Attrs     map[string]string `json:"attrs,omitempty"`
	Active    bool              `json:"active,omitempty"`
	Nick      *string           `json:"nick,omitempty"`
	Untagged  int
	unexport  int
	Renamed   string `json:"renamed_field"`
	EmptyName string `json:",omitempty"`
}

func main() {
	nick := ""
	u := User{ID: 1, Name: "Ann", Password: "secret", Dash: "d", Score: 9.5, Count: 7, Nick: &nick, Untagged: 3, unexport: 4, Renamed: "r"}
	b, _ := json.Marshal(u)
	fmt.Println(string(b))
	var back User
	err := json.Unmarshal([]byte(`{"id":2,"name":"Bob","-":"dash","score":"1.25","Count":"99","password":"x","Password":"y","tags":["a"],"nick":"bobby","untagged":8,"renamed_field":"rr"}`), &back)
	fmt.Println(err)
	fmt.Printf("%+v\n", back.ID)
	fmt.Println(back.Name, back.Dash, back.Score, back.Count, back.Password == "", back.Tags, *back.Nick, back.Untagged, back.Renamed)
	err = json.Unmarshal([]byte(`{"score":1.5}`), &back)
	fmt.Println(err)
}

// Output:
// {"id":1,"name":"Ann","-":"d","score":"9.5","Count":"7","nick":"","Untagged":3,"renamed_field":"r"}
// <nil>
// 2
// Bob dash 1.25 99 true [a] bobby 8 rr
// json: invalid use of ,string struct tag, trying to unmarshal unquoted value into float64
