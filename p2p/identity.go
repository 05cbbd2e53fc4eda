package p2p

import (
	"crypto/rand"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/libp2p/go-libp2p/core/crypto"
)

// ErrCorruptIdentity is returned (wrapped) by [LoadOrCreateIdentity] when
// the key file exists but does not hold a private key. The file is left as
// it is: deleting it makes a new identity, and so a new peer ID.
var ErrCorruptIdentity = errors.New("p2p: corrupt identity key file")

// LoadOrCreateIdentity returns the private key stored at path, creating it
// first if the file does not exist: a fresh Ed25519 key, written with mode
// 0600, its directory created with mode 0700 if missing. Later calls return
// the same key, so the peer ID is stable across restarts.
//
// The file holds the key in libp2p's protobuf encoding
// ([crypto.MarshalPrivateKey]); a file that does not decode gives an error
// wrapping [ErrCorruptIdentity]. If two processes create the file at once,
// both return the key of the one that won.
func LoadOrCreateIdentity(path string) (crypto.PrivKey, error) {
	if key, err := loadIdentity(path); !errors.Is(err, fs.ErrNotExist) {
		return key, err
	}

	key, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		return nil, fmt.Errorf("p2p: generate identity: %w", err)
	}
	data, err := crypto.MarshalPrivateKey(key)
	if err != nil {
		return nil, fmt.Errorf("p2p: encode identity: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return nil, fmt.Errorf("p2p: create identity directory: %w", err)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if errors.Is(err, fs.ErrExist) {
		// Created by another process since we looked: use its key.
		return loadIdentity(path)
	}
	if err != nil {
		return nil, fmt.Errorf("p2p: create identity: %w", err)
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(path) // never leave a half-written key behind
		return nil, fmt.Errorf("p2p: write identity %s: %w", path, err)
	}
	return key, nil
}

// loadIdentity reads the key at path; the error wraps fs.ErrNotExist when
// there is no file.
func loadIdentity(path string) (crypto.PrivKey, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("p2p: read identity: %w", err)
	}
	key, err := crypto.UnmarshalPrivateKey(data)
	if err != nil {
		return nil, fmt.Errorf("%w %s (%d bytes): %v; move it away to create a new identity (a new peer ID)",
			ErrCorruptIdentity, path, len(data), err)
	}
	return key, nil
}
