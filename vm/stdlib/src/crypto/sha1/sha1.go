//go:build ignore

// Package sha1 implements the SHA-1 hash algorithm as defined in RFC 3174,
// as Go's crypto/sha1 does.
package sha1

import (
	"hash"
	"internal/hashstate"
)

// The size of a SHA-1 checksum in bytes.
const Size = 20

// The blocksize of SHA-1 in bytes.
const BlockSize = 64

// Sum returns the SHA-1 checksum of the data.
func Sum(data []byte) [Size]byte

// New returns a new hash.Hash computing the SHA1 checksum.
func New() hash.Hash { return hashstate.New("sha1", Size, BlockSize) }
