package main

import (
	"fmt"
	"strings"
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func (p Perm) String() string {
	if p == 0 {
		return "none"
	}
	var parts []string
	for _, x := range []struct {
		f Perm
		n string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
		if p&x.f != 0 {
			parts = append(parts, x.n)
		}
	}
	if rest := p &^ All; rest != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", uint8(rest)))
	}
	return strings.Join(parts, "|")
}

type Size int64

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func (s Size) String() string {
	switch {
	case s >= GB:
		return fmt.Sprintf("%.2fGB", float64(s)/float64(GB))
	case s >= MB:
		return fmt.Sprintf("%.2fMB", float64(s)/float64(MB))
	case s >= KB:
		return fmt.Sprintf("%.2fKB", float64(s)/float64(KB))
	}
	return fmt.Sprintf("%dB", int64(s))
}

const (
	a = iota + 'a'
	b
	c
)

func main() {
	fmt.Println(Read, Write, Exec, All, Perm(0), Perm(0xFF))
	p := Read | Exec
	p |= Write
	p &^= Read
	fmt.Println(p, p&Write != 0)
	fmt.Printf("%v %d %v\n", All, All, []Perm{Read, 6})
	fmt.Println(Size(512), 3*KB/2, 5*MB+MB/4, GB*3)
	fmt.Println(a, b, c, string(rune(c)))
}

// Output:
// r w x r|w|x none r|w|x|0xf8
// w|x true
// r|w|x 7 [r w|x]
// 512B 1.50KB 5.25MB 3.00GB
// 97 98 99 c
