package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\n', '!', 'é', '世', '٣', 'Ⅻ', '_', '\u00a0', '€', 0x1F600} {
		fmt.Printf("%q L=%v U=%v Lo=%v D=%v N=%v S=%v P=%v Sym=%v G=%v C=%v\n", r,
			unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r),
			unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r), unicode.IsSymbol(r),
			unicode.IsGraphic(r), unicode.IsControl(r))
	}
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('ǆ')))
	fmt.Println(string(unicode.SimpleFold('A')), string(unicode.SimpleFold('k')), string(unicode.SimpleFold('K')))
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.Is(unicode.Latin, 'é'), unicode.In('α', unicode.Greek, unicode.Cyrillic))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', unicode.IsPrint('\t'))
}

// Output:
// 'a' L=true U=false Lo=true D=false N=false S=false P=false Sym=false G=true C=false
// 'Z' L=true U=true Lo=false D=false N=false S=false P=false Sym=false G=true C=false
// '5' L=false U=false Lo=false D=true N=true S=false P=false Sym=false G=true C=false
// ' ' L=false U=false Lo=false D=false N=false S=true P=false Sym=false G=true C=false
// '\n' L=false U=false Lo=false D=false N=false S=true P=false Sym=false G=false C=true
// '!' L=false U=false Lo=false D=false N=false S=false P=true Sym=false G=true C=false
// 'é' L=true U=false Lo=true D=false N=false S=false P=false Sym=false G=true C=false
// '世' L=true U=false Lo=false D=false N=false S=false P=false Sym=false G=true C=false
// '٣' L=false U=false Lo=false D=true N=true S=false P=false Sym=false G=true C=false
// 'Ⅻ' L=false U=false Lo=false D=false N=true S=false P=false Sym=false G=true C=false
// '_' L=false U=false Lo=false D=false N=false S=false P=true Sym=false G=true C=false
// '\u00a0' L=false U=false Lo=false D=false N=false S=true P=false Sym=false G=true C=false
// '€' L=false U=false Lo=false D=false N=false S=false P=false Sym=true G=true C=false
// '😀' L=false U=false Lo=false D=false N=false S=false P=false Sym=true G=true C=false
// ß ä ǅ
// a K k
// true true true
// 1114111 true false
