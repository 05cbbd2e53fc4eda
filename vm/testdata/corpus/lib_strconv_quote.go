package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello\n\"world\"\t\\"))
	fmt.Println(strconv.Quote("日本\x00\xff"))
	fmt.Println(strconv.QuoteToASCII("日本 ok"))
	fmt.Println(strconv.QuoteToGraphic("\u00a0x\u2028"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''), strconv.QuoteRuneToASCII('☺'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u00e9\x41"`, `"bad`, `abc`, `"\q"`, `'ab'`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%s -> %q %v\n", s, u, err)
	}
	v, mb, tail, err := strconv.UnquoteChar(`\u263a rest`, '"')
	fmt.Println(v, mb, tail, err)
	fmt.Println(strconv.CanBackquote("ok"), strconv.CanBackquote("a`b"), strconv.CanBackquote("a\nb"))
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\t'), strconv.IsGraphic('\u00a0'))
	q, err := strconv.QuotedPrefix(`"abc"def`)
	fmt.Println(q, err)
}

// Output:
// "hello\n\"world\"\t\\"
// "日本\x00\xff"
// "\u65e5\u672c ok"
// " x\u2028"
// '☺' '\'' '\u263a'
// "a\tb" -> "a\tb" <nil>
// `raw\n` -> "raw\\n" <nil>
// 'x' -> "x" <nil>
// "\u00e9\x41" -> "éA" <nil>
// "bad -> "" invalid syntax
// abc -> "" invalid syntax
// "\q" -> "" invalid syntax
// 'ab' -> "" invalid syntax
// 9786 true  rest <nil>
// true false false
// true false true
// "abc" <nil>
