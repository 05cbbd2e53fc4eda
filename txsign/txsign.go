// Package txsign owns the wire form of a signed Amigo transaction: a
// canonical, versioned binary encoding, its signature (ed25519 by default,
// secp256k1), and the mapping to the engine's transaction. It knows
// nothing of consensus or of the network; the chain profile decodes with
// it in CheckTx and FinalizeBlock, clients sign with it.
//
// Encoding, version 1 (uvarint is encoding/binary's unsigned varint in its
// shortest form; bytes and strings are a uvarint length then the bytes):
//
//	magic     "amtx" (4 bytes)
//	version   1 byte (1)
//	kind      1 byte (1 deploy, 2 call; later kinds take new numbers)
//	chain id  string
//	key type  1 byte (1 ed25519, 2 secp256k1)
//	pub key   bytes (32 for ed25519, 33 compressed for secp256k1)
//	sequence  uvarint (the signer's account sequence, from 0)
//	gas limit uvarint (0: the engine's default)
//	body      deploy: package string, file count uvarint, then name string, source bytes per file
//	          call:   package string, func string, arg count uvarint, then each arg string
//	signature bytes
//
// The signature covers every byte before it (the sign bytes). The decoder
// accepts exactly the bytes Encode would produce for the decoded value, so
// one transaction has one encoding and one hash.
package txsign

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"

	"github.com/cometbft/cometbft/crypto"
	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/crypto/secp256k1"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/vm"
)

// Magic starts every encoded transaction.
const Magic = "amtx"

// Version is the encoding version this package writes.
const Version = 1

// Limits the decoder enforces before allocating.
const (
	// MaxTxBytes bounds an encoded transaction (a deploy carries source).
	MaxTxBytes = 1 << 20
	// MaxFiles bounds a deploy's files; MaxArgs a call's arguments.
	MaxFiles = 256
	MaxArgs  = 256
	// MaxChainID bounds the chain id (CometBFT's own limit is 50).
	MaxChainID = 50
)

// Kind is a transaction kind on the wire.
type Kind byte

const (
	KindDeploy Kind = 1
	KindCall   Kind = 2
)

func (k Kind) String() string {
	switch k {
	case KindDeploy:
		return "deploy"
	case KindCall:
		return "call"
	}
	return fmt.Sprintf("kind(%d)", byte(k))
}

// KeyType is a signature algorithm on the wire.
type KeyType byte

const (
	Ed25519   KeyType = 1
	Secp256k1 KeyType = 2
)

func (k KeyType) String() string {
	switch k {
	case Ed25519:
		return ed25519.KeyType
	case Secp256k1:
		return secp256k1.KeyType
	}
	return fmt.Sprintf("keytype(%d)", byte(k))
}

// ParseKeyType reads a key type's name ("ed25519", "secp256k1").
func ParseKeyType(s string) (KeyType, error) {
	switch strings.ToLower(s) {
	case "", ed25519.KeyType:
		return Ed25519, nil
	case secp256k1.KeyType:
		return Secp256k1, nil
	}
	return 0, fmt.Errorf("key type %q: want ed25519 or secp256k1", s)
}

func (k KeyType) pubKeySize() int {
	switch k {
	case Ed25519:
		return ed25519.PubKeySize
	case Secp256k1:
		return secp256k1.PubKeySize
	}
	return -1
}

// Tx is a transaction with its signer. Sig is set by Sign or Decode.
type Tx struct {
	Kind     Kind
	ChainID  string
	KeyType  KeyType
	PubKey   []byte
	Sequence uint64
	GasLimit uint64
	Package  string
	Files    []vm.File // deploy
	Func     string    // call
	Args     []string  // call
	Sig      []byte
}

// Errors callers test for; decoding errors wrap ErrMalformed.
var (
	ErrMalformed    = errors.New("malformed transaction")
	ErrBadSignature = errors.New("bad signature")
)

// PubKeyOf returns the CometBFT public key of the signer.
func (tx *Tx) pubKey() (crypto.PubKey, error) {
	if n := tx.KeyType.pubKeySize(); n < 0 {
		return nil, fmt.Errorf("%w: unknown key type %d (want 1 ed25519 or 2 secp256k1)", ErrMalformed, byte(tx.KeyType))
	} else if len(tx.PubKey) != n {
		return nil, fmt.Errorf("%w: %s public key of %d bytes, want %d", ErrMalformed, tx.KeyType, len(tx.PubKey), n)
	}
	if tx.KeyType == Ed25519 {
		return ed25519.PubKey(tx.PubKey), nil
	}
	return secp256k1.PubKey(tx.PubKey), nil
}

// Signer is the signer's address (amigo.Caller() of the transaction).
func (tx *Tx) Signer() string { return address.ForPubKey(tx.KeyType.String(), tx.PubKey) }

// SignBytes is the encoding without the signature: what is signed.
func (tx *Tx) SignBytes() []byte {
	b := make([]byte, 0, 128+tx.bodySize())
	b = append(b, Magic...)
	b = append(b, Version, byte(tx.Kind))
	b = appendString(b, tx.ChainID)
	b = append(b, byte(tx.KeyType))
	b = appendBytes(b, tx.PubKey)
	b = binary.AppendUvarint(b, tx.Sequence)
	b = binary.AppendUvarint(b, tx.GasLimit)
	b = appendString(b, tx.Package)
	switch tx.Kind {
	case KindDeploy:
		b = binary.AppendUvarint(b, uint64(len(tx.Files)))
		for _, f := range tx.Files {
			b = appendString(b, f.Name)
			b = appendBytes(b, f.Src)
		}
	case KindCall:
		b = appendString(b, tx.Func)
		b = binary.AppendUvarint(b, uint64(len(tx.Args)))
		for _, a := range tx.Args {
			b = appendString(b, a)
		}
	}
	return b
}

func (tx *Tx) bodySize() int {
	n := len(tx.Package) + len(tx.Func)
	for _, f := range tx.Files {
		n += len(f.Name) + len(f.Src) + 8
	}
	for _, a := range tx.Args {
		n += len(a) + 4
	}
	return n
}

// Encode is the signed transaction's wire form.
func (tx *Tx) Encode() []byte { return appendBytes(tx.SignBytes(), tx.Sig) }

// Hash is the wire hash (sha256 of the encoding, upper-case hex), the hash
// CometBFT shows for the transaction.
func Hash(raw []byte) string {
	sum := sha256.Sum256(raw)
	return strings.ToUpper(hex.EncodeToString(sum[:]))
}

// Sign sets tx's key type and public key from priv and signs it.
func (tx *Tx) Sign(priv crypto.PrivKey) error {
	switch priv.Type() {
	case ed25519.KeyType:
		tx.KeyType = Ed25519
	case secp256k1.KeyType:
		tx.KeyType = Secp256k1
	default:
		return fmt.Errorf("sign: key type %q: want ed25519 or secp256k1", priv.Type())
	}
	tx.PubKey = priv.PubKey().Bytes()
	sig, err := priv.Sign(tx.SignBytes())
	if err != nil {
		return fmt.Errorf("sign: %w", err)
	}
	tx.Sig = sig
	return nil
}

// Verify checks the signature against the signer's public key.
func (tx *Tx) Verify() error {
	pk, err := tx.pubKey()
	if err != nil {
		return err
	}
	if !pk.VerifySignature(tx.SignBytes(), tx.Sig) {
		return fmt.Errorf("%w: the %s signature does not match the transaction and key of %s", ErrBadSignature, tx.KeyType, tx.Signer())
	}
	return nil
}

// EngineTx is the transaction as the engine applies it: the caller is the
// signer's address and the nonce its account sequence.
func (tx *Tx) EngineTx() engine.Tx {
	et := engine.Tx{Caller: tx.Signer(), Package: tx.Package, GasLimit: int64(tx.GasLimit), Nonce: tx.Sequence}
	switch tx.Kind {
	case KindDeploy:
		et.Kind, et.Files = engine.KindDeploy, tx.Files
	case KindCall:
		et.Kind, et.Func, et.Args = engine.KindCall, tx.Func, tx.Args
	}
	return et
}

// FromEngine makes the wire form of an engine transaction (without signer,
// sequence and chain id, which the caller sets before signing). The engine
// transaction's caller and nonce are ignored.
func FromEngine(et engine.Tx) (*Tx, error) {
	tx := &Tx{Package: et.Package, GasLimit: uint64(max(et.GasLimit, 0))}
	switch et.Kind {
	case engine.KindDeploy:
		tx.Kind, tx.Files = KindDeploy, et.Files
	case engine.KindCall:
		tx.Kind, tx.Func, tx.Args = KindCall, et.Func, et.Args
	default:
		return nil, fmt.Errorf("transaction kind %q cannot be signed (want deploy or call)", et.Kind)
	}
	return tx, nil
}

// Decode parses a signed transaction and checks its form (not its
// signature: see Verify). Every error wraps ErrMalformed and says what is
// wrong and where.
func Decode(raw []byte) (*Tx, error) {
	if len(raw) > MaxTxBytes {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrMalformed, len(raw), MaxTxBytes)
	}
	d := &decoder{b: raw}
	if len(raw) < len(Magic) || string(raw[:len(Magic)]) != Magic {
		return nil, fmt.Errorf("%w: does not start with %q (not an Amigo signed transaction)", ErrMalformed, Magic)
	}
	d.off = len(Magic)
	if v := d.byte("version"); d.err == nil && v != Version {
		return nil, fmt.Errorf("%w: version %d, this node reads version %d", ErrMalformed, v, Version)
	}
	tx := &Tx{}
	tx.Kind = Kind(d.byte("kind"))
	if d.err == nil && tx.Kind != KindDeploy && tx.Kind != KindCall {
		return nil, fmt.Errorf("%w: unknown kind %d (want 1 deploy or 2 call)", ErrMalformed, byte(tx.Kind))
	}
	tx.ChainID = d.string("chain id", MaxChainID)
	tx.KeyType = KeyType(d.byte("key type"))
	tx.PubKey = d.bytes("public key", 64)
	if d.err == nil {
		if _, err := tx.pubKey(); err != nil {
			return nil, err
		}
	}
	tx.Sequence = d.uvarint("sequence")
	tx.GasLimit = d.uvarint("gas limit")
	if tx.GasLimit > 1<<62 {
		d.fail("gas limit %d is too large", tx.GasLimit)
	}
	tx.Package = d.string("package", 256)
	switch tx.Kind {
	case KindDeploy:
		n := d.count("file count", MaxFiles)
		for i := 0; i < n && d.err == nil; i++ {
			name := d.string(fmt.Sprintf("file %d name", i), 256)
			src := d.bytes(fmt.Sprintf("file %d source", i), MaxTxBytes)
			tx.Files = append(tx.Files, vm.File{Name: name, Src: src})
		}
	case KindCall:
		tx.Func = d.string("func", 256)
		n := d.count("argument count", MaxArgs)
		for i := 0; i < n && d.err == nil; i++ {
			tx.Args = append(tx.Args, d.string(fmt.Sprintf("argument %d", i), MaxTxBytes))
		}
	}
	signed := d.off
	tx.Sig = d.bytes("signature", 72)
	if d.err != nil {
		return nil, d.err
	}
	if d.off != len(raw) {
		return nil, fmt.Errorf("%w: %d bytes after the signature", ErrMalformed, len(raw)-d.off)
	}
	if len(tx.Sig) == 0 {
		return nil, fmt.Errorf("%w: no signature", ErrMalformed)
	}
	if sb := tx.SignBytes(); string(sb) != string(raw[:signed]) {
		return nil, fmt.Errorf("%w: not in canonical form (a varint is longer than it needs to be)", ErrMalformed)
	}
	return tx, nil
}

type decoder struct {
	b   []byte
	off int
	err error
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%w: at byte %d: %s", ErrMalformed, d.off, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) byte(what string) byte {
	if d.err != nil {
		return 0
	}
	if d.off >= len(d.b) {
		d.fail("truncated before the %s", what)
		return 0
	}
	d.off++
	return d.b[d.off-1]
}

func (d *decoder) uvarint(what string) uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.off:])
	if n <= 0 {
		d.fail("bad or truncated varint for the %s", what)
		return 0
	}
	d.off += n
	return v
}

func (d *decoder) count(what string, limit int) int {
	v := d.uvarint(what)
	if d.err == nil && v > uint64(limit) {
		d.fail("%s %d exceeds the limit %d", what, v, limit)
		return 0
	}
	return int(v)
}

func (d *decoder) bytes(what string, limit int) []byte {
	n := d.count(what+" length", limit)
	if d.err != nil {
		return nil
	}
	if n > len(d.b)-d.off {
		d.fail("the %s needs %d bytes, %d are left", what, n, len(d.b)-d.off)
		return nil
	}
	out := make([]byte, n)
	copy(out, d.b[d.off:])
	d.off += n
	return out
}

func (d *decoder) string(what string, limit int) string { return string(d.bytes(what, limit)) }

func appendBytes(b, v []byte) []byte {
	b = binary.AppendUvarint(b, uint64(len(v)))
	return append(b, v...)
}

func appendString(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}
