package keys

import (
	"errors"
	"os"
	"strings"
	"testing"
)

func TestFileBackend(t *testing.T) {
	home := t.TempDir()
	pass := "correct horse"
	kr, _ := Open(home, "", func() (string, error) { return pass, nil })
	k, err := kr.Generate("alice", "")
	if err != nil || k.Type != "ed25519" || !strings.HasPrefix(k.Address, "amigo1") {
		t.Fatalf("generate %+v %v", k, err)
	}
	s, err := kr.Generate("bob", "secp256k1")
	if err != nil || s.Type != "secp256k1" {
		t.Fatalf("generate secp256k1 %+v %v", s, err)
	}
	if _, err := kr.Generate("alice", ""); !errors.Is(err, ErrExists) {
		t.Fatalf("duplicate: %v", err)
	}
	raw, _ := os.ReadFile(kr.path("alice"))
	if strings.Contains(string(raw), "priv_key") || !strings.Contains(string(raw), "ciphertext") {
		t.Fatalf("file backend stored %s", raw)
	}
	priv, err := kr.PrivKey("alice")
	if err != nil || priv.Type() != "ed25519" {
		t.Fatal(err)
	}
	exp, err := kr.Export("bob")
	if err != nil || !strings.HasPrefix(exp, "secp256k1:") {
		t.Fatal(exp, err)
	}
	pass = "wrong"
	if _, err := kr.PrivKey("alice"); !errors.Is(err, ErrBadPassphrase) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	// import into a test keyring: same address, unencrypted and flagged
	tk, _ := Open(home, BackendTest, nil)
	imp, err := tk.Import("bob2", exp)
	if err != nil || imp.Address != s.Address {
		t.Fatalf("import %+v %v", imp, err)
	}
	raw, _ = os.ReadFile(tk.path("bob2"))
	if !strings.Contains(string(raw), "NOT encrypted") {
		t.Fatalf("test backend file lacks its warning: %s", raw)
	}
	if _, err := tk.PrivKey("bob2"); err != nil {
		t.Fatal(err)
	}
	list, _ := kr.List()
	if len(list) != 2 || list[0].Name != "alice" || list[1].Name != "bob" {
		t.Fatalf("list %+v", list)
	}
	if err := kr.Delete("alice"); err != nil {
		t.Fatal(err)
	}
	if _, err := kr.Show("alice"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("show deleted: %v", err)
	}
	for _, bad := range []string{"../x", "", "a b"} {
		if _, err := tk.Generate(bad, ""); err == nil {
			t.Errorf("name %q accepted", bad)
		}
	}
	if _, err := tk.Import("x", "ed25519:zz"); err == nil {
		t.Error("bad hex imported")
	}
	if _, err := Open(home, "os", nil); err == nil {
		t.Error("unknown backend opened")
	}
}
