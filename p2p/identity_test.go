package p2p

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestLoadOrCreateIdentityPersists(t *testing.T) {
	path := filepath.Join(t.TempDir(), "home", "p2p", "identity.key")
	first, err := LoadOrCreateIdentity(path)
	if err != nil {
		t.Fatalf("create: %v", err)
	}
	second, err := LoadOrCreateIdentity(path)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	if !first.Equals(second) {
		t.Fatal("the second load returned a different key")
	}
	if typ := first.Type().String(); typ != "Ed25519" {
		t.Errorf("key type %s, want Ed25519", typ)
	}
	for p, want := range map[string]os.FileMode{path: 0o600, filepath.Dir(path): 0o700} {
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := fi.Mode().Perm(); got != want {
			t.Errorf("%s has mode %v, want %v", p, got, want)
		}
	}
}

func TestLoadOrCreateIdentityCorrupt(t *testing.T) {
	for name, data := range map[string][]byte{
		"garbage": []byte("not a key\n"),
		"empty":   {},
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "identity.key")
			if err := os.WriteFile(path, data, 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := LoadOrCreateIdentity(path)
			if !errors.Is(err, ErrCorruptIdentity) {
				t.Fatalf("err = %v, want ErrCorruptIdentity", err)
			}
			t.Logf("error: %v", err)
			if got, _ := os.ReadFile(path); string(got) != string(data) {
				t.Error("the corrupt file was changed")
			}
		})
	}
}

func TestLoadOrCreateIdentityUnreadable(t *testing.T) {
	dir := t.TempDir() // a directory where the file should be
	if _, err := LoadOrCreateIdentity(dir); err == nil || errors.Is(err, ErrCorruptIdentity) {
		t.Fatalf("err = %v, want a read error", err)
	}
}
