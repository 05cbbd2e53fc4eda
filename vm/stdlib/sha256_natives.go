package stdlib

import (
	"crypto/sha256"
	"encoding"
	"hash"
)

// sha256Restore rebuilds a host hash from its marshaled state.
func sha256Restore(state []byte) hash.Hash {
	var h hash.Hash
	if len(state) > 3 && string(state[:4]) == "sha\x02" {
		h = sha256.New224()
	} else {
		h = sha256.New()
	}
	if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
		panic("crypto/sha256: bad state: " + err.Error())
	}
	return h
}

func sha256State(h hash.Hash) []byte {
	b, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		panic("crypto/sha256: " + err.Error())
	}
	return b
}

func init() {
	register(map[string]Native{
		"crypto/sha256.Sum256": f1(func(b []byte) []byte { s := sha256.Sum256(b); return s[:] }),
		"crypto/sha256.Sum224": f1(func(b []byte) []byte { s := sha256.Sum224(b); return s[:] }),
		"crypto/sha256.newState": f1(func(is224 bool) []byte {
			if is224 {
				return sha256State(sha256.New224())
			}
			return sha256State(sha256.New())
		}),
		"crypto/sha256.write": f2(func(state, p []byte) []byte {
			h := sha256Restore(state)
			h.Write(p)
			return sha256State(h)
		}),
		"crypto/sha256.sum": f1(func(state []byte) []byte { return sha256Restore(state).Sum(nil) }),
	})
}
