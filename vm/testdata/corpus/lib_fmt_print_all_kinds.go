package main

import "fmt"

type Enum uint8
type Str string
type Fl float32
type Sl []Enum
type Mp map[Str]Fl

func main() {
	fmt.Println(int8(-8), int16(-16), int32(-32), int64(-64), uint8(8), uint16(16), uint32(32), uint64(64), uintptr(99))
	fmt.Println(Enum(3), Str("s"), Fl(1.5), Sl{1, 2}, Mp{"b": 2, "a": 1})
	fmt.Printf("%v %d %s %q %x\n", Str("hi"), Enum(7), Str("x"), Str("q"), Str("hex"))
	fmt.Printf("%#v %#v %#v %#v\n", Enum(1), Str("s"), Sl{1}, Mp{"k": 0.5})
	fmt.Println([]byte{}, []byte(nil), []uint8{1}, [2]byte{'a', 'b'})
	fmt.Printf("%s %s %q\n", []byte("bs"), [3]byte{'a', 'b', 'c'}, []byte("q"))
	fmt.Println(true, false, 'x', "x", 1.0, float32(2.5), complex64(1i))
	fmt.Println([]any{int8(1), uint(2), 3.5, "s", nil, true, []string{"n"}})
	fmt.Println(struct {
		A Enum
		B Str
		C *int
	}{1, "b", nil})
	var e error
	var s fmt.Stringer
	fmt.Println(e, s, []error{nil}, map[string]error{"x": nil})
	fmt.Printf("%d %d\n", []Enum{1, 2}, map[Enum]Enum{2: 4, 1: 2})
	fmt.Printf("%t %t\n", true, []bool{true, false})
	fmt.Printf("%o %O %b\n", Enum(8), 8, Sl{2, 3})
}

// Output:
// -8 -16 -32 -64 8 16 32 64 99
// 3 s 1.5 [1 2] map[a:1 b:2]
// hi 7 x "q" 686578
// 0x1 "s" main.Sl{0x1} main.Mp{"k":0.5}
// [] [] [1] [97 98]
// bs abc "q"
// true false 120 x 1 2.5 (0+1i)
// [1 2 3.5 s <nil> true [n]]
// {1 b <nil>}
// <nil> <nil> [<nil>] map[x:<nil>]
// [1 2] map[1:2 2:4]
// true [true false]
// 10 0o10 [10 11]
