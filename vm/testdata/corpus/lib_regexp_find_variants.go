package main

import (
	"fmt"
	"regexp"
)

func main() {
	re := regexp.MustCompile(`(\d+)-(\d+)`)
	src := "ranges: 1-5, 10-20, 300-400"
	fmt.Println(re.FindStringIndex(src))
	fmt.Println(re.FindStringSubmatchIndex(src))
	fmt.Println(re.FindAllStringIndex(src, 2))
	fmt.Printf("%q\n", re.FindAll([]byte(src), -1))
	fmt.Printf("%q\n", re.FindSubmatch([]byte(src)))
	fmt.Println(re.Match([]byte("7-8")), re.MatchString("7 8"))
	fmt.Printf("%s\n", re.ReplaceAll([]byte(src), []byte("<$2..$1>")))
	fmt.Printf("%s\n", re.ReplaceAllFunc([]byte(src), func(b []byte) []byte { return append([]byte("["), append(b, ']')...) }))
	opt := regexp.MustCompile(`a(x)?b`)
	fmt.Printf("%q\n", opt.FindStringSubmatch("ab"))
	fmt.Println(opt.FindStringSubmatchIndex("ab"))
	empty := regexp.MustCompile(`b*`)
	fmt.Printf("%q\n", empty.ReplaceAllString("abc", "-"))
	fmt.Println(regexp.MustCompile(`^`).ReplaceAllString("line", "> "))
	fmt.Println(regexp.MustCompile(`(?i)Go`).FindAllStringIndex("go GO gO", -1))
	lit, complete := regexp.MustCompile(`hello.*`).LiteralPrefix()
	fmt.Println(lit, complete)
}

// Output:
// [8 11]
// [8 11 8 9 10 11]
// [[8 11] [13 18]]
// ["1-5" "10-20" "300-400"]
// ["1-5" "1" "5"]
// true false
// ranges: <5..1>, <20..10>, <400..300>
// ranges: [1-5]] [10-20]] [300-400]
// ["ab" ""]
// [0 2 -1 -1]
// "-a-c-"
// > line
// [[0 2] [3 5] [6 8]]
// hello false
