//go:build ignore

// Package sha512 implements the SHA-384, SHA-512, SHA-512/224, and
// SHA-512/256 hash algorithms as defined in FIPS 180-4, as Go's does.
package sha512

import (
	"hash"
	"internal/hashstate"
)

const (
	// Size is the size, in bytes, of a SHA-512 checksum.
	Size = 64

	// Size224 is the size, in bytes, of a SHA-512/224 checksum.
	Size224 = 28

	// Size256 is the size, in bytes, of a SHA-512/256 checksum.
	Size256 = 32

	// Size384 is the size, in bytes, of a SHA-384 checksum.
	Size384 = 48

	// BlockSize is the block size, in bytes, of the SHA-512/224,
	// SHA-512/256, SHA-384 and SHA-512 hash functions.
	BlockSize = 128
)

func Sum512(data []byte) [Size]byte
func Sum384(data []byte) [Size384]byte
func Sum512_224(data []byte) [Size224]byte
func Sum512_256(data []byte) [Size256]byte

// New returns a new hash.Hash computing the SHA-512 checksum.
func New() hash.Hash { return hashstate.New("sha512", Size, BlockSize) }

// New384 returns a new hash.Hash computing the SHA-384 checksum.
func New384() hash.Hash { return hashstate.New("sha384", Size384, BlockSize) }

// New512_224 returns a new hash.Hash computing the SHA-512/224 checksum.
func New512_224() hash.Hash { return hashstate.New("sha512_224", Size224, BlockSize) }

// New512_256 returns a new hash.Hash computing the SHA-512/256 checksum.
func New512_256() hash.Hash { return hashstate.New("sha512_256", Size256, BlockSize) }
