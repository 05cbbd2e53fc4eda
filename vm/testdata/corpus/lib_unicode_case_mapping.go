package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'A', 'é', 'É', 'ß', 'ǅ', 'σ', 'Σ', 'ς', 'İ', 'ı', '1', '世'} {
		fmt.Printf("%c U=%c L=%c T=%c upper=%v lower=%v title=%v\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r),
			unicode.IsUpper(r), unicode.IsLower(r), unicode.IsTitle(r))
	}
	fmt.Println(strings.ToUpper("straße ǆ"), strings.ToLower("İSTANBUL"))
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.LowerCase, 'Q'))
	r := 'k'
	for i := 0; i < 4; i++ {
		r = unicode.SimpleFold(r)
		fmt.Printf("%U ", r)
	}
	fmt.Println("|")
	fmt.Println(unicode.IsOneOf([]*unicode.RangeTable{unicode.Letter, unicode.Digit}, '5'))
}

// Output:
// a U=A L=a T=A upper=false lower=true title=false
// A U=A L=a T=A upper=true lower=false title=false
// é U=É L=é T=É upper=false lower=true title=false
// É U=É L=é T=É upper=true lower=false title=false
// ß U=ß L=ß T=ß upper=false lower=true title=false
// ǅ U=Ǆ L=ǆ T=ǅ upper=false lower=false title=true
// σ U=Σ L=σ T=Σ upper=false lower=true title=false
// Σ U=Σ L=σ T=Σ upper=true lower=false title=false
// ς U=Σ L=ς T=Σ upper=false lower=true title=false
// İ U=İ L=i T=İ upper=true lower=false title=false
// ı U=I L=ı T=I upper=false lower=true title=false
// 1 U=1 L=1 T=1 upper=false lower=false title=false
// 世 U=世 L=世 T=世 upper=false lower=false title=false
// STRAßE Ǆ istanbul
// 81 113
// U+212A U+004B U+006B U+212A |
// true
