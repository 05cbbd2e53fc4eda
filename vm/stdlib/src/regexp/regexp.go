//go:build ignore

// Package regexp implements regular expression search with Go's RE2
// syntax and semantics; matching is done by the host's regexp package.
package regexp

import (
	"regexp/syntax"
	"strconv"
)

// Regexp is the representation of a compiled regular expression.
type Regexp struct {
	expr           string
	mode           int // 1: POSIX syntax, 2: leftmost-longest
	numSubexp      int
	subexpNames    []string
	prefix         string
	prefixComplete bool
}

const (
	modePOSIX   = 1
	modeLongest = 2
)

func compile(expr string, posix bool) (code string, errExpr string, numSubexp int, names []string, prefix string, complete bool)

func newRegexp(expr string, posix bool) (*Regexp, error) {
	code, errExpr, n, names, prefix, complete := compile(expr, posix)
	if code != "" {
		return nil, &syntax.Error{Code: syntax.ErrorCode(code), Expr: errExpr}
	}
	re := &Regexp{expr: expr, numSubexp: n, subexpNames: names, prefix: prefix, prefixComplete: complete}
	if posix {
		re.mode = modePOSIX | modeLongest
	}
	return re, nil
}

// Compile parses a regular expression and returns, if successful, a Regexp
// object that can be used to match against text.
func Compile(expr string) (*Regexp, error) { return newRegexp(expr, false) }

// CompilePOSIX is like Compile but restricts the regular expression to
// POSIX ERE (egrep) syntax and changes the match semantics to leftmost-longest.
func CompilePOSIX(expr string) (*Regexp, error) { return newRegexp(expr, true) }

func quote(s string) string {
	if strconv.CanBackquote(s) {
		return "`" + s + "`"
	}
	return strconv.Quote(s)
}

// MustCompile is like Compile but panics if the expression cannot be parsed.
func MustCompile(str string) *Regexp {
	re, err := Compile(str)
	if err != nil {
		panic(`regexp: Compile(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// MustCompilePOSIX is like CompilePOSIX but panics if the expression cannot be parsed.
func MustCompilePOSIX(str string) *Regexp {
	re, err := CompilePOSIX(str)
	if err != nil {
		panic(`regexp: CompilePOSIX(` + quote(str) + `): ` + err.Error())
	}
	return re
}

// MatchString reports whether the string s contains any match of the
// regular expression pattern.
func MatchString(pattern string, s string) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.MatchString(s), nil
}

// Match reports whether the byte slice b contains any match of the regular
// expression pattern.
func Match(pattern string, b []byte) (matched bool, err error) {
	re, err := Compile(pattern)
	if err != nil {
		return false, err
	}
	return re.Match(b), nil
}

// QuoteMeta returns a string that escapes all regular expression
// metacharacters inside the argument text.
func QuoteMeta(s string) string

func matchString(expr string, mode int, s string) bool
func match(expr string, mode int, b []byte) bool
func findStringIndex(expr string, mode int, s string) []int
func findIndex(expr string, mode int, b []byte) []int
func findStringSubmatchIndex(expr string, mode int, s string) []int
func findSubmatchIndex(expr string, mode int, b []byte) []int
func findAllStringIndex(expr string, mode int, s string, n int) []int
func findAllIndex(expr string, mode int, b []byte, n int) []int
func findAllStringSubmatchIndex(expr string, mode int, s string, n int) []int
func findAllSubmatchIndex(expr string, mode int, b []byte, n int) []int
func replaceAllString(expr string, mode int, src, repl string) string
func replaceAllLiteralString(expr string, mode int, src, repl string) string
func replaceAll(expr string, mode int, src, repl []byte) []byte
func replaceAllLiteral(expr string, mode int, src, repl []byte) []byte
func split(expr string, mode int, s string, n int) []string
func expandString(expr string, mode int, dst []byte, template string, src string, match []int) []byte
func expand(expr string, mode int, dst []byte, template []byte, src []byte, match []int) []byte

// String returns the source text used to compile the regular expression.
func (re *Regexp) String() string { return re.expr }

// NumSubexp returns the number of parenthesized subexpressions in this Regexp.
func (re *Regexp) NumSubexp() int { return re.numSubexp }

// SubexpNames returns the names of the parenthesized subexpressions in this Regexp.
func (re *Regexp) SubexpNames() []string { return re.subexpNames }

// SubexpIndex returns the index of the first subexpression with the given
// name, or -1 if there is no subexpression with that name.
func (re *Regexp) SubexpIndex(name string) int {
	if name != "" {
		for i, s := range re.subexpNames {
			if name == s {
				return i
			}
		}
	}
	return -1
}

// LiteralPrefix returns a literal string that must begin any match of the
// regular expression re.
func (re *Regexp) LiteralPrefix() (prefix string, complete bool) {
	return re.prefix, re.prefixComplete
}

// Longest makes future searches prefer leftmost-longest matches.
func (re *Regexp) Longest() { re.mode |= modeLongest }

// MatchString reports whether the string s contains any match of re.
func (re *Regexp) MatchString(s string) bool { return matchString(re.expr, re.mode, s) }

// Match reports whether the byte slice b contains any match of re.
func (re *Regexp) Match(b []byte) bool { return match(re.expr, re.mode, b) }

// FindString returns a string holding the text of the leftmost match in s.
func (re *Regexp) FindString(s string) string {
	a := findStringIndex(re.expr, re.mode, s)
	if a == nil {
		return ""
	}
	return s[a[0]:a[1]]
}

// FindStringIndex returns a two-element slice of integers defining the
// location of the leftmost match in s of the regular expression.
func (re *Regexp) FindStringIndex(s string) (loc []int) {
	return findStringIndex(re.expr, re.mode, s)
}

// Find returns a slice holding the text of the leftmost match in b.
func (re *Regexp) Find(b []byte) []byte {
	a := findIndex(re.expr, re.mode, b)
	if a == nil {
		return nil
	}
	return b[a[0]:a[1]:a[1]]
}

// FindIndex returns the location of the leftmost match in b.
func (re *Regexp) FindIndex(b []byte) (loc []int) {
	return findIndex(re.expr, re.mode, b)
}

// FindStringSubmatch returns a slice of strings holding the text of the
// leftmost match of the regular expression in s and the matches, if any,
// of its subexpressions.
func (re *Regexp) FindStringSubmatch(s string) []string {
	a := findStringSubmatchIndex(re.expr, re.mode, s)
	if a == nil {
		return nil
	}
	ret := make([]string, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = s[a[2*i]:a[2*i+1]]
		}
	}
	return ret
}

// FindStringSubmatchIndex returns a slice holding the index pairs
// identifying the leftmost match of the regular expression in s and the
// matches, if any, of its subexpressions.
func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	return findStringSubmatchIndex(re.expr, re.mode, s)
}

// FindSubmatch returns a slice of slices holding the text of the leftmost
// match of the regular expression in b and the matches, if any, of its
// subexpressions.
func (re *Regexp) FindSubmatch(b []byte) [][]byte {
	a := findSubmatchIndex(re.expr, re.mode, b)
	if a == nil {
		return nil
	}
	ret := make([][]byte, 1+re.numSubexp)
	for i := range ret {
		if 2*i < len(a) && a[2*i] >= 0 {
			ret[i] = b[a[2*i]:a[2*i+1]:a[2*i+1]]
		}
	}
	return ret
}

// FindSubmatchIndex returns a slice holding the index pairs identifying
// the leftmost match of the regular expression in b and the matches, if
// any, of its subexpressions.
func (re *Regexp) FindSubmatchIndex(b []byte) []int {
	return findSubmatchIndex(re.expr, re.mode, b)
}

func pairs(flat []int, width int) [][]int {
	if flat == nil {
		return nil
	}
	out := make([][]int, 0, len(flat)/width)
	for i := 0; i+width <= len(flat); i += width {
		out = append(out, flat[i:i+width:i+width])
	}
	return out
}

// FindAllString is the 'All' version of FindString.
func (re *Regexp) FindAllString(s string, n int) []string {
	flat := findAllStringIndex(re.expr, re.mode, s, n)
	if flat == nil {
		return nil
	}
	out := make([]string, 0, len(flat)/2)
	for i := 0; i+1 < len(flat); i += 2 {
		out = append(out, s[flat[i]:flat[i+1]])
	}
	return out
}

// FindAllStringIndex is the 'All' version of FindStringIndex.
func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	return pairs(findAllStringIndex(re.expr, re.mode, s, n), 2)
}

// FindAll is the 'All' version of Find.
func (re *Regexp) FindAll(b []byte, n int) [][]byte {
	flat := findAllIndex(re.expr, re.mode, b, n)
	if flat == nil {
		return nil
	}
	out := make([][]byte, 0, len(flat)/2)
	for i := 0; i+1 < len(flat); i += 2 {
		out = append(out, b[flat[i]:flat[i+1]:flat[i+1]])
	}
	return out
}

// FindAllIndex is the 'All' version of FindIndex.
func (re *Regexp) FindAllIndex(b []byte, n int) [][]int {
	return pairs(findAllIndex(re.expr, re.mode, b, n), 2)
}

// FindAllStringSubmatch is the 'All' version of FindStringSubmatch.
func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	w := 2 * (1 + re.numSubexp)
	flat := findAllStringSubmatchIndex(re.expr, re.mode, s, n)
	if flat == nil {
		return nil
	}
	out := make([][]string, 0, len(flat)/w)
	for i := 0; i+w <= len(flat); i += w {
		m := make([]string, 1+re.numSubexp)
		for j := range m {
			if flat[i+2*j] >= 0 {
				m[j] = s[flat[i+2*j]:flat[i+2*j+1]]
			}
		}
		out = append(out, m)
	}
	return out
}

// FindAllStringSubmatchIndex is the 'All' version of FindStringSubmatchIndex.
func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	return pairs(findAllStringSubmatchIndex(re.expr, re.mode, s, n), 2*(1+re.numSubexp))
}

// FindAllSubmatch is the 'All' version of FindSubmatch.
func (re *Regexp) FindAllSubmatch(b []byte, n int) [][][]byte {
	w := 2 * (1 + re.numSubexp)
	flat := findAllSubmatchIndex(re.expr, re.mode, b, n)
	if flat == nil {
		return nil
	}
	out := make([][][]byte, 0, len(flat)/w)
	for i := 0; i+w <= len(flat); i += w {
		m := make([][]byte, 1+re.numSubexp)
		for j := range m {
			if lo, hi := flat[i+2*j], flat[i+2*j+1]; lo >= 0 {
				m[j] = b[lo:hi:hi]
			}
		}
		out = append(out, m)
	}
	return out
}

// FindAllSubmatchIndex is the 'All' version of FindSubmatchIndex.
func (re *Regexp) FindAllSubmatchIndex(b []byte, n int) [][]int {
	return pairs(findAllSubmatchIndex(re.expr, re.mode, b, n), 2*(1+re.numSubexp))
}

// ReplaceAllString returns a copy of src, replacing matches of the Regexp
// with the replacement string repl; $ signs in repl are expanded.
func (re *Regexp) ReplaceAllString(src, repl string) string {
	return replaceAllString(re.expr, re.mode, src, repl)
}

// ReplaceAllLiteralString returns a copy of src, replacing matches of the
// Regexp with the replacement string repl, used literally.
func (re *Regexp) ReplaceAllLiteralString(src, repl string) string {
	return replaceAllLiteralString(re.expr, re.mode, src, repl)
}

// ReplaceAllStringFunc returns a copy of src in which all matches of the
// Regexp have been replaced by the return value of function repl applied
// to the matched substring.
func (re *Regexp) ReplaceAllStringFunc(src string, repl func(string) string) string {
	flat := findAllStringIndex(re.expr, re.mode, src, -1)
	if flat == nil {
		return src
	}
	var b []byte
	last := 0
	for i := 0; i+1 < len(flat); i += 2 {
		b = append(b, src[last:flat[i]]...)
		b = append(b, repl(src[flat[i]:flat[i+1]])...)
		last = flat[i+1]
	}
	b = append(b, src[last:]...)
	return string(b)
}

// ReplaceAll returns a copy of src, replacing matches of the Regexp with
// the replacement text repl; $ signs in repl are expanded.
func (re *Regexp) ReplaceAll(src, repl []byte) []byte {
	return replaceAll(re.expr, re.mode, src, repl)
}

// ReplaceAllLiteral returns a copy of src, replacing matches of the Regexp
// with the replacement bytes repl, used literally.
func (re *Regexp) ReplaceAllLiteral(src, repl []byte) []byte {
	return replaceAllLiteral(re.expr, re.mode, src, repl)
}

// ReplaceAllFunc returns a copy of src in which all matches of the Regexp
// have been replaced by the return value of function repl applied to the
// matched byte slice.
func (re *Regexp) ReplaceAllFunc(src []byte, repl func([]byte) []byte) []byte {
	flat := findAllIndex(re.expr, re.mode, src, -1)
	var b []byte
	last := 0
	for i := 0; i+1 < len(flat); i += 2 {
		b = append(b, src[last:flat[i]]...)
		b = append(b, repl(src[flat[i]:flat[i+1]])...)
		last = flat[i+1]
	}
	b = append(b, src[last:]...)
	return b
}

// Split slices s into substrings separated by the expression and returns
// a slice of the substrings between those expression matches.
func (re *Regexp) Split(s string, n int) []string { return split(re.expr, re.mode, s, n) }

// ExpandString is like Expand but the template and source are strings.
func (re *Regexp) ExpandString(dst []byte, template string, src string, match []int) []byte {
	return expandString(re.expr, re.mode, dst, template, src, match)
}

// Expand appends template to dst and returns the result; during the
// append, Expand replaces variables in the template with corresponding
// matches drawn from src.
func (re *Regexp) Expand(dst []byte, template []byte, src []byte, match []int) []byte {
	return expand(re.expr, re.mode, dst, template, src, match)
}
