package main

import (
	"fmt"
	"strconv"
)

func main() {
	var buf []byte
	for i := range 5 {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = strconv.AppendInt(buf, int64(i*i*-7), 10)
	}
	fmt.Println(string(buf))
	buf = buf[:0]
	buf = append(buf, '{')
	kv := [][2]string{{"name", "Zoë"}, {"quote", `say "hi"`}, {"nl", "a\nb"}}
	for i, p := range kv {
		if i > 0 {
			buf = append(buf, ',')
		}
		buf = strconv.AppendQuote(buf, p[0])
		buf = append(buf, ':')
		buf = strconv.AppendQuoteToASCII(buf, p[1])
	}
	buf = append(buf, '}')
	fmt.Println(string(buf))
	fmt.Println(string(strconv.AppendFloat(nil, 1.0/3, 'g', 5, 64)), string(strconv.AppendFloat([]byte("x="), 2, 'e', 2, 32)))
	fmt.Println(string(strconv.AppendQuoteRuneToASCII(nil, '→')), string(strconv.AppendQuoteRuneToGraphic(nil, '\u00a0')))
	fmt.Println(strconv.Itoa(-0), strconv.FormatInt(-8, 2), strconv.FormatUint(1<<63, 16))
	fmt.Println(strconv.QuoteRuneToGraphic('\t'), strconv.Quote("\u00ad"), strconv.QuoteToGraphic("\u00ad"))
}

// Output:
// 0,-7,-28,-63,-112
// {"name":"Zo\u00eb","quote":"say \"hi\"","nl":"a\nb"}
// 0.33333 x=2.00e+00
// '\u2192' ' '
// 0 -1000 8000000000000000
// '\t' "\u00ad" "\u00ad"
