package stdlib

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding"
	"hash"
	"hash/crc32"
)

var hashNew = map[string]func() hash.Hash{
	"sha256":     sha256.New,
	"sha224":     sha256.New224,
	"sha512":     sha512.New,
	"sha384":     sha512.New384,
	"sha512_224": sha512.New512_224,
	"sha512_256": sha512.New512_256,
	"sha1":       sha1.New,
	"md5":        md5.New,
}

// hashRestore rebuilds a host hash from its marshaled state.
func hashRestore(alg string, state []byte) hash.Hash {
	h := hashNew[alg]()
	if err := h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
		panic("stdlib: bad " + alg + " state: " + err.Error())
	}
	return h
}

func hashState(h hash.Hash) []byte {
	b, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	if err != nil {
		panic("stdlib: " + err.Error())
	}
	return b
}

func init() {
	register(map[string]Native{
		"internal/hashstate.newState": f1(func(alg string) []byte { return hashState(hashNew[alg]()) }),
		"internal/hashstate.write": f3(func(alg string, state, p []byte) []byte {
			h := hashRestore(alg, state)
			h.Write(p)
			return hashState(h)
		}),
		"internal/hashstate.sum": f2(func(alg string, state []byte) []byte { return hashRestore(alg, state).Sum(nil) }),

		"crypto/sha256.Sum256": f1(func(b []byte) []byte { s := sha256.Sum256(b); return s[:] }),
		"crypto/sha256.Sum224": f1(func(b []byte) []byte { s := sha256.Sum224(b); return s[:] }),
		"crypto/sha512.Sum512": f1(func(b []byte) []byte { s := sha512.Sum512(b); return s[:] }),
		"crypto/sha512.Sum384": f1(func(b []byte) []byte { s := sha512.Sum384(b); return s[:] }),
		"crypto/sha512.Sum512_224": f1(func(b []byte) []byte {
			s := sha512.Sum512_224(b)
			return s[:]
		}),
		"crypto/sha512.Sum512_256": f1(func(b []byte) []byte {
			s := sha512.Sum512_256(b)
			return s[:]
		}),
		"crypto/sha1.Sum":      f1(func(b []byte) []byte { s := sha1.Sum(b); return s[:] }),
		"crypto/md5.Sum":       f1(func(b []byte) []byte { s := md5.Sum(b); return s[:] }),
		"crypto/hmac.Equal":    f2(hmac.Equal),
		"hash/crc32.makeTable": f1(func(poly uint32) []uint32 { t := crc32.MakeTable(poly); return t[:] }),
		"hash/crc32.update": f3(func(crc uint32, tab []uint32, p []byte) uint32 {
			return crc32.Update(crc, (*crc32.Table)(tab), p)
		}),
		"hash/crc32.ChecksumIEEE": f1(crc32.ChecksumIEEE),
	})
}
