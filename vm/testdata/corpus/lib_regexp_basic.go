package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "contact: bob@example.com, alice@test.com; bad@nope.org"
	fmt.Println(re.MatchString(s))
	fmt.Println(re.FindString(s))
	fmt.Println(re.FindStringIndex(s))
	fmt.Println(re.FindStringSubmatch(s))
	fmt.Println(re.FindAllString(s, -1))
	fmt.Println(re.FindAllString(s, 1))
	fmt.Println(re.FindAllStringSubmatch(s, -1))
	fmt.Println(re.FindAllStringSubmatchIndex(s, -1))
	fmt.Println(re.NumSubexp(), re.String())
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).FindAllString("axxb", -1))
	ok, err := regexp.MatchString(`^\d{3}-\d{4}$`, "555-1234")
	fmt.Println(ok, err)
	_, err = regexp.Compile(`a(b`)
	fmt.Println(err)
	fmt.Printf("%q\n", re.FindString("none"))
	fmt.Println(re.FindStringSubmatch("none") == nil)
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
}

// Output:
// true
// bob@example.com
// [9 24]
// [bob@example.com bob example]
// [bob@example.com alice@test.com]
// [bob@example.com]
// [[bob@example.com bob example] [alice@test.com alice test]]
// [[9 24 9 12 13 20] [26 40 26 31 32 36]]
// 2 (\w+)@(\w+)\.com
// ["" "xx" ""]
// true <nil>
// error parsing regexp: missing closing ): `a(b`
// ""
// true
// 1\+1=2\? \[yes\]
