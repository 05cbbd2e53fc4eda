package main

import "fmt"

func main() {
	raw := `line1
line2\t"quoted"`
	fmt.Println(raw)
	fmt.Println(len(raw))
	esc := "tab-len:" + fmt.Sprint(len("\t")) + " nl-escaped:[\\n] quote:[\"] bell-len:" + fmt.Sprint(len("\a\b\f\v\r"))
	fmt.Println(esc)
	fmt.Println("\x48\x65\u006c\U0000006c\157")
	fmt.Println(len("\u00e9"), len("\xe9"), "\u00e9" == "\xc3\xa9")
	fmt.Printf("%q\n", "\a\b\f\r\v\x00\x1b")
	fmt.Printf("%q\n", `\n`)
	multi := "a" +
		"b" +
		"c"
	fmt.Println(multi)
	fmt.Println(`back\slash`, "back\\slash")
	fmt.Println(`ünïcode`, len(`ünïcode`))
}

// Output:
// line1
// line2\t"quoted"
// 21
// tab-len:1 nl-escaped:[\n] quote:["] bell-len:5
// Hello
// 2 1 true
// "\a\b\f\r\v\x00\x1b"
// "\\n"
// abc
// back\slash back\slash
// ünïcode 9
