package main

import (
	"fmt"
	"strings"
	"unicode"
)

type tokenKind int

const (
	tNum tokenKind = iota
	tIdent
	tOp
	tEOF
)

func (k tokenKind) String() string { return [...]string{"NUM", "IDENT", "OP", "EOF"}[k] }

type token struct {
	kind tokenKind
	text string
}

type lexer struct {
	input  string
	start  int
	pos    int
	tokens []token
}

type stateFn func(*lexer) stateFn

func (l *lexer) emit(k tokenKind) {
	l.tokens = append(l.tokens, token{k, l.input[l.start:l.pos]})
	l.start = l.pos
}

func lexAny(l *lexer) stateFn {
	for l.pos < len(l.input) && l.input[l.pos] == ' ' {
		l.pos++
	}
	l.start = l.pos
	if l.pos >= len(l.input) {
		l.emit(tEOF)
		return nil
	}
	c := rune(l.input[l.pos])
	switch {
	case unicode.IsDigit(c):
		return lexNum
	case unicode.IsLetter(c):
		return lexIdent
	default:
		l.pos++
		l.emit(tOp)
		return lexAny
	}
}

func lexNum(l *lexer) stateFn {
	for l.pos < len(l.input) && unicode.IsDigit(rune(l.input[l.pos])) {
		l.pos++
	}
	l.emit(tNum)
	return lexAny
}

func lexIdent(l *lexer) stateFn {
	for l.pos < len(l.input) && (unicode.IsLetter(rune(l.input[l.pos])) || unicode.IsDigit(rune(l.input[l.pos]))) {
		l.pos++
	}
	l.emit(tIdent)
	return lexAny
}

func lex(s string) []token {
	l := &lexer{input: s}
	steps := 0
	for state := stateFn(lexAny); state != nil; state = state(l) {
		steps++
	}
	fmt.Println("steps:", steps)
	return l.tokens
}

func main() {
	for _, t := range lex("x1 = 42 + foo*(7-y)") {
		fmt.Printf("%v(%s);", t.kind, t.text)
	}
	fmt.Println()
	var parts []string
	for _, t := range lex("") {
		parts = append(parts, t.kind.String())
	}
	fmt.Println(strings.Join(parts, ","))
}

// Output:
// steps: 17
// IDENT(x1);OP(=);NUM(42);OP(+);IDENT(foo);OP(*);OP(();NUM(7);OP(-);IDENT(y);OP());EOF();
// steps: 1
// EOF
