package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Value any
}

func (v ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", v.Field, v.Value)
}

type TempErr interface {
	error
	Temporary() bool
}

type netErr struct{ temp bool }

func (n netErr) Error() string   { return "network" }
func (n netErr) Temporary() bool { return n.temp }

func validate(age int) error {
	if age < 0 {
		return ValidationError{"age", age}
	}
	return nil
}

func main() {
	err := validate(-3)
	fmt.Println(err)
	fmt.Printf("%v|%+v|%#v\n", err, err, err)
	var ve ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)
	fmt.Println(validate(5) == nil)
	var te TempErr
	e := fmt.Errorf("wrap: %w", netErr{true})
	fmt.Println(errors.As(e, &te), te.Temporary())
	switch x := err.(type) {
	case ValidationError:
		fmt.Println("validation on", x.Field)
	default:
		fmt.Println("other")
	}
	fmt.Println(err == ValidationError{"age", -3})
	e2 := errors.New("same")
	e3 := errors.New("same")
	fmt.Println(e2 == e3, e2.Error() == e3.Error())
}

// Output:
// invalid age: -3
// invalid age: -3|invalid age: -3|main.ValidationError{Field:"age", Value:-3}
// true age
// true
// true true
// validation on age
// true
// false true
