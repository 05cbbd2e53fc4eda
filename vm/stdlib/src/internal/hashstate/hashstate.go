//go:build ignore

// Package hashstate implements hash.Hash for the host's hash functions:
// the running state is the host's marshaled state.
package hashstate

func newState(alg string) []byte
func write(alg string, state []byte, p []byte) []byte
func sum(alg string, state []byte) []byte

// Digest is a running hash of algorithm alg.
type Digest struct {
	alg       string
	state     []byte
	size      int
	blockSize int
}

// New returns a running hash of the named host algorithm.
func New(alg string, size, blockSize int) *Digest {
	return &Digest{alg: alg, state: newState(alg), size: size, blockSize: blockSize}
}

func (d *Digest) Write(p []byte) (int, error) {
	d.state = write(d.alg, d.state, p)
	return len(p), nil
}

func (d *Digest) Sum(b []byte) []byte { return append(b, sum(d.alg, d.state)...) }
func (d *Digest) Reset()              { d.state = newState(d.alg) }
func (d *Digest) Size() int           { return d.size }
func (d *Digest) BlockSize() int      { return d.blockSize }
