//go:build ignore

// Package sha256 implements the SHA224 and SHA256 hash algorithms as
// defined in FIPS 180-4, as Go's crypto/sha256 does.
package sha256

import "hash"

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

// digest is a running hash: the host hashes the state and the pending
// bytes (fewer than a block) on demand.
type digest struct {
	state []byte // the host's marshaled state
	is224 bool
}

func newState(is224 bool) []byte
func write(state []byte, p []byte) []byte
func sum(state []byte) []byte

// New returns a new hash.Hash computing the SHA256 checksum.
func New() hash.Hash { return &digest{state: newState(false)} }

// New224 returns a new hash.Hash computing the SHA224 checksum.
func New224() hash.Hash { return &digest{state: newState(true), is224: true} }

func (d *digest) Write(p []byte) (int, error) {
	d.state = write(d.state, p)
	return len(p), nil
}

func (d *digest) Sum(b []byte) []byte { return append(b, sum(d.state)...) }

func (d *digest) Reset() { d.state = newState(d.is224) }

func (d *digest) Size() int {
	if d.is224 {
		return Size224
	}
	return Size
}

func (d *digest) BlockSize() int { return BlockSize }
