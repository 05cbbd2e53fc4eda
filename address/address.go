// Package address derives and formats Amigo addresses: 20-byte identifiers
// shown in bech32 with the human-readable prefix "amigo". It owns the
// derivation rules for package addresses; key-derived addresses (signers)
// use the same form.
package address

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"strings"
)

// Prefix is the human-readable part of every Amigo address.
const Prefix = "amigo"

// Len is the length of an address in bytes.
const Len = 20

// ForPackage is the address of the deployed package at path: the first 20
// bytes of sha256("amigo/pkg:" + path), in bech32.
func ForPackage(path string) string {
	sum := sha256.Sum256([]byte("amigo/pkg:" + path))
	return Encode(sum[:Len])
}

// Encode is the readable form of a 20-byte address.
func Encode(b []byte) string {
	s, err := bech32Encode(Prefix, b)
	if err != nil {
		panic(err) // only for an impossible prefix
	}
	return s
}

// Decode parses a readable address and checks its checksum and prefix.
func Decode(s string) ([]byte, error) {
	hrp, data, err := bech32Decode(s)
	if err != nil {
		return nil, fmt.Errorf("address %q: %w", s, err)
	}
	if hrp != Prefix {
		return nil, fmt.Errorf("address %q: prefix %q, want %q", s, hrp, Prefix)
	}
	if len(data) != Len {
		return nil, fmt.Errorf("address %q: %d bytes, want %d", s, len(data), Len)
	}
	return data, nil
}

const charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"

func polymod(values []byte) uint32 {
	gen := [5]uint32{0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3}
	chk := uint32(1)
	for _, v := range values {
		b := chk >> 25
		chk = (chk&0x1ffffff)<<5 ^ uint32(v)
		for i := range 5 {
			if (b>>uint(i))&1 == 1 {
				chk ^= gen[i]
			}
		}
	}
	return chk
}

func hrpExpand(hrp string) []byte {
	out := make([]byte, 0, len(hrp)*2+1)
	for i := 0; i < len(hrp); i++ {
		out = append(out, hrp[i]>>5)
	}
	out = append(out, 0)
	for i := 0; i < len(hrp); i++ {
		out = append(out, hrp[i]&31)
	}
	return out
}

// convertBits regroups a byte slice from frombits-bit to tobits-bit groups.
func convertBits(data []byte, from, to uint, pad bool) ([]byte, error) {
	acc, bits := uint32(0), uint(0)
	maxv := uint32(1)<<to - 1
	var out []byte
	for _, v := range data {
		if uint32(v)>>from != 0 {
			return nil, errors.New("invalid data range")
		}
		acc = acc<<from | uint32(v)
		bits += from
		for bits >= to {
			bits -= to
			out = append(out, byte(acc>>bits&maxv))
		}
	}
	if pad {
		if bits > 0 {
			out = append(out, byte(acc<<(to-bits)&maxv))
		}
	} else if bits >= from || acc<<(to-bits)&maxv != 0 {
		return nil, errors.New("invalid padding")
	}
	return out, nil
}

func bech32Encode(hrp string, data []byte) (string, error) {
	five, err := convertBits(data, 8, 5, true)
	if err != nil {
		return "", err
	}
	values := append(hrpExpand(hrp), five...)
	mod := polymod(append(values, 0, 0, 0, 0, 0, 0)) ^ 1
	var b strings.Builder
	b.WriteString(hrp)
	b.WriteByte('1')
	for _, v := range five {
		b.WriteByte(charset[v])
	}
	for i := range 6 {
		b.WriteByte(charset[(mod>>uint(5*(5-i)))&31])
	}
	return b.String(), nil
}

func bech32Decode(s string) (string, []byte, error) {
	if len(s) > 90 {
		return "", nil, errors.New("too long")
	}
	if strings.ToLower(s) != s && strings.ToUpper(s) != s {
		return "", nil, errors.New("mixed case")
	}
	s = strings.ToLower(s)
	pos := strings.LastIndexByte(s, '1')
	if pos < 1 || pos+7 > len(s) {
		return "", nil, errors.New("missing separator or checksum")
	}
	hrp := s[:pos]
	var vals []byte
	for i := pos + 1; i < len(s); i++ {
		d := strings.IndexByte(charset, s[i])
		if d < 0 {
			return "", nil, fmt.Errorf("invalid character %q at %d", s[i], i)
		}
		vals = append(vals, byte(d))
	}
	if polymod(append(hrpExpand(hrp), vals...)) != 1 {
		return "", nil, errors.New("checksum mismatch")
	}
	data, err := convertBits(vals[:len(vals)-6], 5, 8, false)
	if err != nil {
		return "", nil, err
	}
	return hrp, data, nil
}

// ForName is the address a dev node gives a named identity (`--as alice`):
// the first 20 bytes of sha256("amigo/name:" + name), in bech32. Names
// are a convenience of the dev profile; other profiles derive addresses
// from keys or token subjects.
func ForName(name string) string {
	sum := sha256.Sum256([]byte("amigo/name:" + name))
	return Encode(sum[:Len])
}

// Valid reports whether s is a well-formed address.
func Valid(s string) bool {
	_, err := Decode(s)
	return err == nil
}

// ForPubKey is the address of a signer's public key: the first 20 bytes of
// sha256("amigo/key:" + keyType + ":" + pubKey), in bech32. keyType is the
// key's algorithm name ("ed25519", "secp256k1"), so the same bytes under
// two algorithms never share an address.
func ForPubKey(keyType string, pubKey []byte) string {
	h := sha256.New()
	h.Write([]byte("amigo/key:" + keyType + ":"))
	h.Write(pubKey)
	return Encode(h.Sum(nil)[:Len])
}
