package main

import "fmt"

func main() {
	words := []string{"apple", "Apple", "app", "", "banana", "apple\x00", "ápple"}
	for i := 0; i < len(words)-1; i++ {
		a, b := words[i], words[i+1]
		fmt.Printf("%q<%q=%v %q==%q=%v\n", a, b, a < b, a, b, a == b)
	}
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s)
	t := s + s[1:3] + "-" + s[:0]
	fmt.Println(t, len(t))
	x := "abc"
	y := x
	x += "d"
	fmt.Println(x, y)
	fmt.Println("a" < "b", "ab" < "b", "b" > "abc", "" < "a")
	fmt.Println("\u00e9" == "é", "\xc3\xa9" == "é")
	raw := `a\nb`
	fmt.Println(raw, len(raw))
}

// Output:
// "apple"<"Apple"=false "apple"=="Apple"=false
// "Apple"<"app"=true "Apple"=="app"=false
// "app"<""=false "app"==""=false
// ""<"banana"=true ""=="banana"=false
// "banana"<"apple\x00"=false "banana"=="apple\x00"=false
// "apple\x00"<"ápple"=true "apple\x00"=="ápple"=false
// abcde
// abcdebc- 8
// abcd abc
// true true true true
// true true
// a\nb 4
