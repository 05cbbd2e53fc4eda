// Package keys keeps a user's signing keys for the chain profile in a
// keyring directory: one file per key. The file backend encrypts each
// private key with a passphrase (scrypt, then XChaCha20-Poly1305); the
// test backend stores keys unencrypted, for scripts and tests only, as
// Cosmos tools do, and says so in every file it writes. It knows nothing
// of nodes or transactions beyond the key types txsign signs with.
package keys

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/amigo-platform/amigo/internal/atomicfile"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/cometbft/cometbft/crypto"
	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/crypto/secp256k1"
	"golang.org/x/crypto/chacha20poly1305"
	"golang.org/x/crypto/scrypt"

	"github.com/amigo-platform/amigo/address"
)

// Backends.
const (
	BackendFile = "file" // encrypted with a passphrase (default)
	BackendTest = "test" // unencrypted: scripts and tests only
)

// Key is a key's public record.
type Key struct {
	Name    string `json:"name"`
	Type    string `json:"type"` // ed25519 or secp256k1
	Address string `json:"address"`
	PubKey  string `json:"pub_key"` // hex
}

// Errors callers test for.
var (
	ErrNotFound      = errors.New("no such key")
	ErrExists        = errors.New("a key with this name exists")
	ErrBadPassphrase = errors.New("wrong passphrase (or a damaged key file)")
)

// Keyring is a directory of key files of one backend.
type Keyring struct {
	dir        string
	backend    string
	passphrase func() (string, error)
}

// Open opens the keyring of backend under home (home/keyring-<backend>).
// passphrase is asked when the file backend encrypts or decrypts; the
// test backend never asks.
func Open(home, backend string, passphrase func() (string, error)) (*Keyring, error) {
	switch backend {
	case "", BackendFile:
		backend = BackendFile
	case BackendTest:
	default:
		return nil, fmt.Errorf("--keyring-backend %q: want file or test", backend)
	}
	return &Keyring{dir: filepath.Join(home, "keyring-"+backend), backend: backend, passphrase: passphrase}, nil
}

// Backend is the keyring's backend.
func (k *Keyring) Backend() string { return k.backend }

// Dir is the keyring's directory.
func (k *Keyring) Dir() string { return k.dir }

var nameRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$`)

func checkName(name string) error {
	if !nameRE.MatchString(name) {
		return fmt.Errorf("key name %q: letters, digits, '_', '.', '-', at most 64, starting with a letter or digit", name)
	}
	return nil
}

// file is a key file.
type file struct {
	Key
	// Unencrypted is set by the test backend, as a warning to whoever
	// finds the file.
	Unencrypted string `json:"unencrypted,omitempty"`
	PrivKey     string `json:"priv_key,omitempty"` // hex, test backend
	Crypto      *box   `json:"crypto,omitempty"`   // file backend
}

type box struct {
	KDF        string `json:"kdf"` // scrypt
	N          int    `json:"n"`
	R          int    `json:"r"`
	P          int    `json:"p"`
	Salt       string `json:"salt"`
	Cipher     string `json:"cipher"` // xchacha20-poly1305
	Nonce      string `json:"nonce"`
	Ciphertext string `json:"ciphertext"`
}

// scrypt cost: about 100 ms on a laptop core.
const scryptN, scryptR, scryptP = 1 << 15, 8, 1

func (k *Keyring) path(name string) string { return filepath.Join(k.dir, name+".json") }

// Generate makes a new key of type typ ("" is ed25519) under name.
func (k *Keyring) Generate(name, typ string) (*Key, error) {
	var priv crypto.PrivKey
	switch strings.ToLower(typ) {
	case "", ed25519.KeyType:
		priv = ed25519.GenPrivKey()
	case secp256k1.KeyType:
		priv = secp256k1.GenPrivKey()
	default:
		return nil, fmt.Errorf("--type %q: want ed25519 or secp256k1", typ)
	}
	return k.save(name, priv)
}

// Import stores a private key given in Export's form ("TYPE:HEX").
func (k *Keyring) Import(name, exported string) (*Key, error) {
	priv, err := ParsePrivKey(exported)
	if err != nil {
		return nil, err
	}
	return k.save(name, priv)
}

// ParsePrivKey reads "ed25519:HEX" or "secp256k1:HEX".
func ParsePrivKey(s string) (crypto.PrivKey, error) {
	typ, h, ok := strings.Cut(strings.TrimSpace(s), ":")
	if !ok {
		return nil, errors.New("private key: want TYPE:HEX (ed25519:... or secp256k1:..., as amigo keys export prints)")
	}
	b, err := hex.DecodeString(h)
	if err != nil {
		return nil, fmt.Errorf("private key: not hex: %w", err)
	}
	switch typ {
	case ed25519.KeyType:
		if len(b) != ed25519.PrivateKeySize {
			return nil, fmt.Errorf("ed25519 private key: %d bytes, want %d", len(b), ed25519.PrivateKeySize)
		}
		return ed25519.PrivKey(b), nil
	case secp256k1.KeyType:
		if len(b) != secp256k1.PrivKeySize {
			return nil, fmt.Errorf("secp256k1 private key: %d bytes, want %d", len(b), secp256k1.PrivKeySize)
		}
		return secp256k1.PrivKey(b), nil
	}
	return nil, fmt.Errorf("private key type %q: want ed25519 or secp256k1", typ)
}

func publicOf(name string, priv crypto.PrivKey) Key {
	pub := priv.PubKey().Bytes()
	return Key{Name: name, Type: priv.Type(), Address: address.ForPubKey(priv.Type(), pub), PubKey: hex.EncodeToString(pub)}
}

func (k *Keyring) save(name string, priv crypto.PrivKey) (*Key, error) {
	if err := checkName(name); err != nil {
		return nil, err
	}
	if _, err := os.Stat(k.path(name)); err == nil {
		return nil, fmt.Errorf("key %q: %w (delete it first, or pick another name)", name, ErrExists)
	}
	f := file{Key: publicOf(name, priv)}
	if k.backend == BackendTest {
		f.Unencrypted = "test keyring backend: this private key is NOT encrypted; do not use it for anything of value"
		f.PrivKey = hex.EncodeToString(priv.Bytes())
	} else {
		pass, err := k.ask()
		if err != nil {
			return nil, err
		}
		f.Crypto, err = seal(pass, priv.Bytes())
		if err != nil {
			return nil, err
		}
	}
	b, _ := json.MarshalIndent(f, "", "  ")
	if err := os.MkdirAll(k.dir, 0o700); err != nil {
		return nil, err
	}
	if err := atomicfile.Write(k.path(name), append(b, '\n'), 0o600); err != nil {
		return nil, err
	}
	key := f.Key
	return &key, nil
}

func (k *Keyring) ask() (string, error) {
	if k.passphrase == nil {
		return "", errors.New("the file keyring needs a passphrase (set AMIGO_KEYRING_PASSPHRASE, or use --keyring-backend test for unencrypted test keys)")
	}
	p, err := k.passphrase()
	if err != nil {
		return "", err
	}
	if p == "" {
		return "", errors.New("empty passphrase")
	}
	return p, nil
}

func seal(pass string, secret []byte) (*box, error) {
	salt := make([]byte, 16)
	nonce := make([]byte, chacha20poly1305.NonceSizeX)
	rand.Read(salt)
	rand.Read(nonce)
	key, err := scrypt.Key([]byte(pass), salt, scryptN, scryptR, scryptP, 32)
	if err != nil {
		return nil, err
	}
	aead, err := chacha20poly1305.NewX(key)
	if err != nil {
		return nil, err
	}
	return &box{KDF: "scrypt", N: scryptN, R: scryptR, P: scryptP, Salt: hex.EncodeToString(salt), Cipher: "xchacha20-poly1305",
		Nonce: hex.EncodeToString(nonce), Ciphertext: hex.EncodeToString(aead.Seal(nil, nonce, secret, nil))}, nil
}

func open(pass string, b *box) ([]byte, error) {
	if b.KDF != "scrypt" || b.Cipher != "xchacha20-poly1305" || b.N <= 1 || b.N > 1<<22 || b.R <= 0 || b.R > 64 || b.P <= 0 || b.P > 16 {
		return nil, fmt.Errorf("key file: unsupported encryption %s/%s", b.KDF, b.Cipher)
	}
	salt, err1 := hex.DecodeString(b.Salt)
	nonce, err2 := hex.DecodeString(b.Nonce)
	ct, err3 := hex.DecodeString(b.Ciphertext)
	if err := errors.Join(err1, err2, err3); err != nil || len(nonce) != chacha20poly1305.NonceSizeX {
		return nil, fmt.Errorf("key file: damaged: %v", err)
	}
	key, err := scrypt.Key([]byte(pass), salt, b.N, b.R, b.P, 32)
	if err != nil {
		return nil, err
	}
	aead, _ := chacha20poly1305.NewX(key)
	out, err := aead.Open(nil, nonce, ct, nil)
	if err != nil {
		return nil, ErrBadPassphrase
	}
	return out, nil
}

func (k *Keyring) load(name string) (*file, error) {
	if err := checkName(name); err != nil {
		return nil, err
	}
	b, err := os.ReadFile(k.path(name))
	if errors.Is(err, os.ErrNotExist) {
		return nil, fmt.Errorf("key %q in the %s keyring (%s): %w; amigo keys list shows the keys", name, k.backend, k.dir, ErrNotFound)
	}
	if err != nil {
		return nil, err
	}
	var f file
	if err := json.Unmarshal(b, &f); err != nil {
		return nil, fmt.Errorf("key file %s: %w", k.path(name), err)
	}
	return &f, nil
}

// Show returns a key's public record.
func (k *Keyring) Show(name string) (*Key, error) {
	f, err := k.load(name)
	if err != nil {
		return nil, err
	}
	return &f.Key, nil
}

// List returns the keys in name order.
func (k *Keyring) List() ([]Key, error) {
	ents, err := os.ReadDir(k.dir)
	if errors.Is(err, os.ErrNotExist) {
		return []Key{}, nil
	}
	if err != nil {
		return nil, err
	}
	out := []Key{}
	for _, e := range ents {
		name, ok := strings.CutSuffix(e.Name(), ".json")
		if !ok || e.IsDir() {
			continue
		}
		if f, err := k.load(name); err == nil {
			out = append(out, f.Key)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out, nil
}

// PrivKey decrypts a key for signing (the file backend asks the
// passphrase).
func (k *Keyring) PrivKey(name string) (crypto.PrivKey, error) {
	f, err := k.load(name)
	if err != nil {
		return nil, err
	}
	var raw []byte
	if f.Crypto != nil {
		pass, err := k.ask()
		if err != nil {
			return nil, err
		}
		if raw, err = open(pass, f.Crypto); err != nil {
			return nil, fmt.Errorf("key %q: %w", name, err)
		}
	} else if raw, err = hex.DecodeString(f.PrivKey); err != nil {
		return nil, fmt.Errorf("key file %s: %w", k.path(name), err)
	}
	priv, err := ParsePrivKey(f.Type + ":" + hex.EncodeToString(raw))
	if err != nil {
		return nil, fmt.Errorf("key file %s: %w", k.path(name), err)
	}
	if publicOf(name, priv).Address != f.Address {
		return nil, fmt.Errorf("key file %s: the private key does not match its address", k.path(name))
	}
	return priv, nil
}

// Export is the private key as "TYPE:HEX" (what Import reads).
func (k *Keyring) Export(name string) (string, error) {
	priv, err := k.PrivKey(name)
	if err != nil {
		return "", err
	}
	return priv.Type() + ":" + hex.EncodeToString(priv.Bytes()), nil
}

// Delete removes a key.
func (k *Keyring) Delete(name string) error {
	if _, err := k.load(name); err != nil {
		return err
	}
	return os.Remove(k.path(name))
}
