package main

import "fmt"

func reverseWords(s string) string {
	var words []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				words = append(words, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	out := ""
	for i := len(words) - 1; i >= 0; i-- {
		out += words[i]
		if i > 0 {
			out += " "
		}
	}
	return out
}

func isPalindrome(s string) bool {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func rle(s string) string {
	var out []byte
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] == s[i] {
			j++
		}
		out = append(out, s[i])
		out = append(out, fmt.Sprint(j-i)...)
		i = j
	}
	return string(out)
}

func main() {
	fmt.Println(reverseWords("  the sky   is blue "))
	fmt.Println(isPalindrome("racecar"), isPalindrome("été"), isPalindrome("ab"))
	fmt.Println(rle("aaabccddddde"))
	b := make([]byte, 0, 16)
	for i := 0; i < 26; i += 5 {
		b = append(b, byte('a'+i))
	}
	fmt.Println(string(b))
	s := "hello"
	up := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		up[i] = s[i] - 32
	}
	fmt.Println(string(up))
}

// Output:
// blue is sky the
// true true false
// a3b1c2d5e1
// afkpuz
// HELLO
