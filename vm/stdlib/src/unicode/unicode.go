//go:build ignore

// Package unicode provides data and functions to test some properties of
// Unicode code points, as Go's unicode does.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Indices into the Delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// Version is the Unicode edition from which the tables are derived.
const Version = "15.0.0"

// RangeTable defines a set of Unicode code points by listing the ranges of
// code points within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	name        string // a table of Go's unicode package, held by the host
}

// Range16 represents of a range of 16-bit Unicode code points.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

func inTable(name string, r rune) bool

func IsControl(r rune) bool
func IsDigit(r rune) bool
func IsGraphic(r rune) bool
func IsLetter(r rune) bool
func IsLower(r rune) bool
func IsMark(r rune) bool
func IsNumber(r rune) bool
func IsPrint(r rune) bool
func IsPunct(r rune) bool
func IsSpace(r rune) bool
func IsSymbol(r rune) bool
func IsTitle(r rune) bool
func IsUpper(r rune) bool
func ToLower(r rune) rune
func ToTitle(r rune) rune
func ToUpper(r rune) rune
func SimpleFold(r rune) rune
func to(_case int, r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune { return to(_case, r) }

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.name != "" {
		return inTable(rangeTab.name, r)
	}
	for _, rg := range rangeTab.R16 {
		if r < rune(rg.Lo) {
			return false
		}
		if r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
	}
	for _, rg := range rangeTab.R32 {
		if r < rune(rg.Lo) {
			return false
		}
		if r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
	}
	return false
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges.
// The function "In" provides a nicer signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}
