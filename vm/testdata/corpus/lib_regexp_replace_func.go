package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

func main() {
	camel := regexp.MustCompile(`_([a-z])`)
	fmt.Println(camel.ReplaceAllStringFunc("user_first_name", func(s string) string { return strings.ToUpper(s[1:]) }))
	snake := regexp.MustCompile(`([a-z0-9])([A-Z])`)
	fmt.Println(strings.ToLower(snake.ReplaceAllString("parseHTTPRequestV2Now", "${1}_${2}")))
	nums := regexp.MustCompile(`-?\d+(\.\d+)?`)
	doubled := nums.ReplaceAllStringFunc("a=1.5 b=-3 c=x d=10", func(s string) string {
		f, _ := strconv.ParseFloat(s, 64)
		return strconv.FormatFloat(f*2, 'g', -1, 64)
	})
	fmt.Println(doubled)
	tmpl := regexp.MustCompile(`\{\{\s*(\w+)\s*\}\}`)
	vars := map[string]string{"name": "Ann", "n": "3"}
	out := tmpl.ReplaceAllStringFunc("Hi {{name}}, you have {{ n }} msgs {{missing}}", func(m string) string {
		key := tmpl.FindStringSubmatch(m)[1]
		if v, ok := vars[key]; ok {
			return v
		}
		return "<" + key + "?>"
	})
	fmt.Println(out)
	ws := regexp.MustCompile(`\s+`)
	fmt.Printf("%q\n", ws.ReplaceAllString("  lots   of\t\twhite \n space ", " "))
	fmt.Println(regexp.MustCompile(`(a)(b)?`).ReplaceAllString("ab a", "[$2|$1]"))
	fmt.Println(regexp.MustCompile(`x`).ReplaceAllString("xax", "$$"))
}

// Output:
// userFirstName
// parse_httprequest_v2_now
// a=3 b=-6 c=x d=20
// Hi Ann, you have 3 msgs <missing?>
// " lots of white space "
// [b|a] [|a]
// $a$
