package main

import (
	"fmt"
	"regexp"
)

var (
	email = regexp.MustCompile(`^[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}$`)
	ipv4  = regexp.MustCompile(`^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$`)
	ident = regexp.MustCompile(`^[\p{L}_][\p{L}\p{Nd}_]*$`)
	hexc  = regexp.MustCompile(`^#(?:[0-9a-fA-F]{3}){1,2}$`)
)

func main() {
	for _, s := range []string{"a@b.co", "bad@", "x.y+z@sub.example.org", "@no.com"} {
		fmt.Println("email", s, email.MatchString(s))
	}
	for _, s := range []string{"192.168.1.1", "256.1.1.1", "1.2.3", "0.0.0.0", "01.2.3.4"} {
		fmt.Println("ipv4", s, ipv4.MatchString(s))
	}
	for _, s := range []string{"foo", "_x1", "1abc", "日本", "a-b"} {
		fmt.Println("ident", s, ident.MatchString(s))
	}
	for _, s := range []string{"#fff", "#ABCDEF", "#abcd", "fff"} {
		fmt.Println("hex", s, hexc.MatchString(s))
	}
	kv := regexp.MustCompile(`(\w+)=("[^"]*"|\S+)`)
	for _, m := range kv.FindAllStringSubmatch(`a=1 b="two words" c=x=y`, -1) {
		fmt.Printf("%s => %s\n", m[1], m[2])
	}
}

// Output:
// email a@b.co true
// email bad@ false
// email x.y+z@sub.example.org true
// email @no.com false
// ipv4 192.168.1.1 true
// ipv4 256.1.1.1 false
// ipv4 1.2.3 false
// ipv4 0.0.0.0 true
// ipv4 01.2.3.4 false
// ident foo true
// ident _x1 true
// ident 1abc false
// ident 日本 true
// ident a-b false
// hex #fff true
// hex #ABCDEF true
// hex #abcd false
// hex fff false
// a => 1
// b => "two words"
// c => x=y
