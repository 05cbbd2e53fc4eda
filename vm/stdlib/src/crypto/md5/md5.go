//go:build ignore

// Package md5 implements the MD5 hash algorithm as defined in RFC 1321,
// as Go's crypto/md5 does.
package md5

import (
	"hash"
	"internal/hashstate"
)

// The size of an MD5 checksum in bytes.
const Size = 16

// The blocksize of MD5 in bytes.
const BlockSize = 64

// Sum returns the MD5 checksum of the data.
func Sum(data []byte) [Size]byte

// New returns a new hash.Hash computing the MD5 checksum.
func New() hash.Hash { return hashstate.New("md5", Size, BlockSize) }
