package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)\s(\w+)`)
	fmt.Println(re.ReplaceAllString("hello world foo bar", "$2 $1"))
	fmt.Println(re.ReplaceAllString("hello world", "${1}_x"))
	fmt.Println(re.ReplaceAllString("hello world", "$1_x"))
	fmt.Println(re.ReplaceAllLiteralString("hello world", "$1"))
	digits := regexp.MustCompile(`\d+`)
	fmt.Println(digits.ReplaceAllStringFunc("a1b22c333", func(s string) string { return strings.Repeat("#", len(s)) }))
	fmt.Printf("%q\n", digits.Split("a1b22c333d", -1))
	fmt.Printf("%q\n", digits.Split("a1b22c333d", 2))
	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(``).Split("abc", -1))
	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	m := named.FindStringSubmatch("date: 2024-07")
	for i, n := range named.SubexpNames() {
		if n != "" {
			fmt.Println(n, m[i])
		}
	}
	fmt.Println(named.SubexpIndex("month"))
	fmt.Println(named.ReplaceAllString("2024-07", "${month}/${year}"))
	tmpl := []byte{}
	for _, sm := range named.FindAllStringSubmatchIndex("2020-01 and 2021-12", -1) {
		tmpl = named.ExpandString(tmpl, "[$month.$year]", "2020-01 and 2021-12", sm)
	}
	fmt.Println(string(tmpl))
}

// Output:
// world hello bar foo
// hello_x
//
// $1
// a#b##c###
// ["a" "b" "c" "d"]
// ["a" "b22c333d"]
// ["a" "b" "c" "d"]
// ["a" "b" "c"]
// year 2024
// month 07
// 2
// 07/2024
// [01.2020][12.2021]
