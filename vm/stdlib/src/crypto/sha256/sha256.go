//go:build ignore

// Package sha256 implements the SHA224 and SHA256 hash algorithms as
// defined in FIPS 180-4, as Go's crypto/sha256 does.
package sha256

import (
	"hash"
	"internal/hashstate"
)

// The size of a SHA256 checksum in bytes.
const Size = 32

// The size of a SHA224 checksum in bytes.
const Size224 = 28

// The blocksize of SHA256 and SHA224 in bytes.
const BlockSize = 64

// Sum256 returns the SHA256 checksum of the data.
func Sum256(data []byte) [Size]byte

// Sum224 returns the SHA224 checksum of the data.
func Sum224(data []byte) [Size224]byte

// New returns a new hash.Hash computing the SHA256 checksum.
func New() hash.Hash { return hashstate.New("sha256", Size, BlockSize) }

// New224 returns a new hash.Hash computing the SHA224 checksum.
func New224() hash.Hash { return hashstate.New("sha224", Size224, BlockSize) }
