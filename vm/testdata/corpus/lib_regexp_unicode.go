package main

import (
	"fmt"
	"regexp"
)

func main() {
	text := "Grüße aus München! Привет мир. 東京 2024年 café"
	fmt.Printf("%q\n", regexp.MustCompile(`\p{Lu}\p{Ll}+`).FindAllString(text, -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\p{Cyrillic}+`).FindAllString(text, -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\p{Han}+`).FindAllString(text, -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\w+`).FindAllString(text, 4))
	fmt.Printf("%q\n", regexp.MustCompile(`[[:^ascii:]]+`).FindAllString(text, -1))
	fmt.Println(regexp.MustCompile(`.`).FindAllStringIndex("aé世", -1))
	fmt.Println(regexp.MustCompile(`(?i)MÜNCHEN`).MatchString(text))
	fmt.Println(regexp.MustCompile(`caf.$`).FindString(text))
	fmt.Printf("%q\n", regexp.MustCompile(`\P{L}+`).Split("ab12cd--ef", -1))
	bad := "a\xffb"
	fmt.Println(regexp.MustCompile(`a.b`).MatchString(bad), regexp.MustCompile(`a\x{FFFD}b`).MatchString(bad))
}

// Output:
// ["Grüße" "München" "Привет"]
// ["Привет" "мир"]
// ["東京" "年"]
// ["Gr" "e" "aus" "M"]
// ["üß" "ü" "Привет" "мир" "東京" "年" "é"]
// [[0 1] [1 3] [3 6]]
// true
// café
// ["ab" "cd" "ef"]
// true true
