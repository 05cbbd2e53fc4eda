package main

import (
	"encoding/json"
	"fmt"
)

type APIUser struct {
	Name  string `json:"user_name"`
	Email string `json:"email_addr"`
}

type DBUser struct {
	Name  string `db:"name"`
	Email string `db:"email"`
}

type Plain struct {
	Name  string
	Email string
}

func main() {
	a := APIUser{"ann", "a@x"}
	d := DBUser(a)
	p := Plain(d)
	fmt.Printf("%+v %+v %+v\n", a, d, p)
	ja, _ := json.Marshal(a)
	jd, _ := json.Marshal(d)
	jp, _ := json.Marshal(p)
	fmt.Println(string(ja), string(jd), string(jp))
	fmt.Println(Plain(a) == p, APIUser(p) == a)
	anon := struct {
		Name  string `x:"1"`
		Email string `y:"2"`
	}{"b", "b@y"}
	fmt.Println(Plain(anon))
	ptrs := []*APIUser{&a}
	dp := (*DBUser)(ptrs[0])
	dp.Name = "changed"
	fmt.Println(a.Name)
}

// Output:
// {Name:ann Email:a@x} {Name:ann Email:a@x} {Name:ann Email:a@x}
// {"user_name":"ann","email_addr":"a@x"} {"Name":"ann","Email":"a@x"} {"Name":"ann","Email":"a@x"}
// true true
// {b b@y}
// changed
