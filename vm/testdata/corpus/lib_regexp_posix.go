package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`a+|a+b`)
	px := regexp.MustCompilePOSIX(`a+|a+b`)
	fmt.Println(re.FindString("aaab"), px.FindString("aaab"))
	re2 := regexp.MustCompile(`(a|ab)(c|bcd)(d*)`)
	px2 := regexp.MustCompilePOSIX(`(a|ab)(c|bcd)(d*)`)
	fmt.Printf("%q\n%q\n", re2.FindStringSubmatch("abcd"), px2.FindStringSubmatch("abcd"))
	_, err := regexp.CompilePOSIX(`\d+`)
	fmt.Println(err)
	fmt.Println(regexp.MustCompilePOSIX(`[[:digit:]]+`).FindAllString("a12b345", -1))
	for _, p := range []string{`(`, `[a-`, `a**`, `x{2,1}`, `\8`, `(?P<n>a)(?P<n>b)`} {
		_, err := regexp.Compile(p)
		fmt.Printf("%-20q %v\n", p, err)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile(`[`)
	}()
}

// Output:
// aaa aaab
// ["abcd" "a" "bcd" ""]
// ["abcd" "a" "bcd" ""]
// error parsing regexp: invalid escape sequence: `\d`
// [12 345]
// "("                  error parsing regexp: missing closing ): `(`
// "[a-"                error parsing regexp: missing closing ]: `[a-`
// "a**"                error parsing regexp: invalid nested repetition operator: `**`
// "x{2,1}"             error parsing regexp: invalid repeat count: `{2,1}`
// "\\8"                error parsing regexp: invalid escape sequence: `\8`
// "(?P<n>a)(?P<n>b)"   <nil>
// recovered: regexp: Compile(`[`): error parsing regexp: missing closing ]: `[`
