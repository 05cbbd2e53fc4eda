package main

import (
	"fmt"
	"strconv"
	"unicode"
)

type parser struct {
	s   string
	pos int
}

func (p *parser) peek() byte {
	for p.pos < len(p.s) && p.s[p.pos] == ' ' {
		p.pos++
	}
	if p.pos >= len(p.s) {
		return 0
	}
	return p.s[p.pos]
}

func (p *parser) expr() float64 {
	v := p.term()
	for {
		switch p.peek() {
		case '+':
			p.pos++
			v += p.term()
		case '-':
			p.pos++
			v -= p.term()
		default:
			return v
		}
	}
}

func (p *parser) term() float64 {
	v := p.factor()
	for {
		switch p.peek() {
		case '*':
			p.pos++
			v *= p.factor()
		case '/':
			p.pos++
			d := p.factor()
			if d == 0 {
				panic(fmt.Errorf("division by zero at %d", p.pos))
			}
			v /= d
		default:
			return v
		}
	}
}

func (p *parser) factor() float64 {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		v := p.expr()
		if p.peek() != ')' {
			panic(fmt.Errorf("expected ) at %d", p.pos))
		}
		p.pos++
		return v
	case c == '-':
		p.pos++
		return -p.factor()
	case unicode.IsDigit(rune(c)):
		start := p.pos
		for p.pos < len(p.s) && (unicode.IsDigit(rune(p.s[p.pos])) || p.s[p.pos] == '.') {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil {
			panic(err)
		}
		return f
	}
	panic(fmt.Errorf("unexpected %q at %d", c, p.pos))
}

func eval(s string) (v float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	p := &parser{s: s}
	v = p.expr()
	if p.peek() != 0 {
		return 0, fmt.Errorf("trailing input at %d", p.pos)
	}
	return v, nil
}

func main() {
	for _, e := range []string{"1 + 2 * 3", "(1 + 2) * 3", "-4 / (2 - 4)", "2 * (3 + (4 - 1)) / 3", "1.5 * 4", "1 / 0", "(1 + 2", "3 $ 4", "1 2", "1.2.3"} {
		v, err := eval(e)
		fmt.Printf("%-22q %v %v\n", e, v, err)
	}
}

// Output:
// "1 + 2 * 3"            7 <nil>
// "(1 + 2) * 3"          9 <nil>
// "-4 / (2 - 4)"         2 <nil>
// "2 * (3 + (4 - 1)) / 3" 4 <nil>
// "1.5 * 4"              6 <nil>
// "1 / 0"                0 division by zero at 5
// "(1 + 2"               0 expected ) at 6
// "3 $ 4"                0 trailing input at 2
// "1 2"                  0 trailing input at 2
// "1.2.3"                0 strconv.ParseFloat: parsing "1.2.3": invalid syntax
