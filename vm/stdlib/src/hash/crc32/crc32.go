//go:build ignore

// Package crc32 implements the 32-bit cyclic redundancy check, or CRC-32,
// checksum, as Go's hash/crc32 does.
package crc32

import "hash"

// The size of a CRC-32 checksum in bytes.
const Size = 4

// Predefined polynomials.
const (
	// IEEE is by far and away the most common CRC-32 polynomial.
	IEEE = 0xedb88320

	// Castagnoli's polynomial, used in iSCSI.
	Castagnoli = 0x82f63b78

	// Koopman's polynomial.
	Koopman = 0xeb31d82e
)

// Table is a 256-word table representing the polynomial for efficient processing.
type Table [256]uint32

// IEEETable is the table for the IEEE polynomial.
var IEEETable = simpleMakeTable(IEEE)

// MakeTable returns a Table constructed from the specified polynomial.
func MakeTable(poly uint32) *Table {
	if poly == IEEE {
		return IEEETable
	}
	return simpleMakeTable(poly)
}

func makeTable(poly uint32) []uint32
func update(crc uint32, tab []uint32, p []byte) uint32

func simpleMakeTable(poly uint32) *Table {
	t := new(Table)
	copy(t[:], makeTable(poly))
	return t
}

func simpleUpdate(crc uint32, tab *Table, p []byte) uint32 {
	return update(crc, tab[:], p)
}

// digest represents the partial evaluation of a checksum.
type digest struct {
	crc uint32
	tab *Table
}

// New creates a new hash.Hash32 computing the CRC-32 checksum using the
// polynomial represented by the Table.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE creates a new hash.Hash32 computing the CRC-32 checksum using
// the IEEE polynomial.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }

func (d *digest) Write(p []byte) (n int, err error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum32() uint32 { return d.crc }

func (d *digest) Sum(in []byte) []byte {
	s := d.Sum32()
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// Update returns the result of adding the bytes in p to the crc.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	if tab == IEEETable && crc == 0 {
		return ChecksumIEEE(p)
	}
	return simpleUpdate(crc, tab, p)
}

// Checksum returns the CRC-32 checksum of data using the polynomial
// represented by the Table.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE returns the CRC-32 checksum of data using the IEEE polynomial.
func ChecksumIEEE(data []byte) uint32
