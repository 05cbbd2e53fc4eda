package main

import "fmt"

func main() {
	s := "héllo\"world\n"
	fmt.Printf("%s|%q|%+q|%#q|\n", s, s, s, "back`tick")
	fmt.Printf("%#q|\n", "raw ok")
	fmt.Printf("%x|%X|% x|%#x|\n", "hi!", "hi!", "hi!", "hi!")
	fmt.Printf("%10s|%-10s|%.3s|%10.2s|\n", "abc", "abc", "abcdef", "xyz")
	fmt.Printf("%5s|%-5s|%.1s|\n", "日本語", "日本", "日本")
	fmt.Printf("%s|%v|%q|\n", []string{"a", "b"}, []string{"a", "b"}, []string{"a", "b"})
	fmt.Printf("%s|%x|%q|\n", []byte("bytes"), []byte("bytes"), []byte("by\x00"))
	fmt.Printf("%q\n", "\x00\x7f\u2028🎉")
	fmt.Printf("%+q\n", "🎉 ok")
	fmt.Printf("%v|%s\n", nil, nil)
	fmt.Printf("%t|%v|%5t|\n", true, false, true)
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d\n", "str")
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!|%z|\n", 1)
	fmt.Printf("%*d|%-*d|%.*f|\n", 5, 1, 4, 2, 2, 3.14159)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]v %v\n", 1, 2)
}

// Output:
// héllo"world
// |"héllo\"world\n"|"h\u00e9llo\"world\n"|"back`tick"|
// `raw ok`|
// 686921|686921|68 69 21|0x686921|
//        abc|abc       |abc|        xy|
//   日本語|日本   |日|
// [a b]|[a b]|["a" "b"]|
// bytes|6279746573|"by\x00"|
// "\x00\x7f\u2028🎉"
// "\U0001f389 ok"
// <nil>|%!s(<nil>)
// true|false| true|
// %!s(int=42)
// %!d(string=str)
// 1 %!d(MISSING)
// 1
// %!(EXTRA int=2)%!!(int=1)|%!z(MISSING)|
//     1|2   |3.14|
// 20 10 20
// %!v(BADINDEX) 1
