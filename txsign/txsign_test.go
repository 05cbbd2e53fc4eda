package txsign

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/cometbft/cometbft/crypto"
	"github.com/cometbft/cometbft/crypto/ed25519"
	"github.com/cometbft/cometbft/crypto/secp256k1"

	"github.com/amigo-platform/amigo/address"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/vm"
)

func sample(kind Kind) *Tx {
	if kind == KindDeploy {
		return &Tx{Kind: KindDeploy, ChainID: "test-1", Sequence: 0, GasLimit: 1_000_000, Package: "hello",
			Files: []vm.File{{Name: "hello.go", Src: []byte("package hello\n")}}}
	}
	return &Tx{Kind: KindCall, ChainID: "test-1", Sequence: 300, Package: "token", Func: "Transfer", Args: []string{"amigo1xyz", "5"}}
}

func TestRoundTrip(t *testing.T) {
	for _, priv := range []crypto.PrivKey{ed25519.GenPrivKeyFromSecret([]byte("a")), secp256k1.GenPrivKeySecp256k1([]byte("b"))} {
		for _, kind := range []Kind{KindDeploy, KindCall} {
			tx := sample(kind)
			if err := tx.Sign(priv); err != nil {
				t.Fatal(err)
			}
			raw := tx.Encode()
			got, err := Decode(raw)
			if err != nil {
				t.Fatalf("%s %s: %v", priv.Type(), kind, err)
			}
			if !reflect.DeepEqual(got, tx) {
				t.Fatalf("%s %s: decoded %+v, want %+v", priv.Type(), kind, got, tx)
			}
			if err := got.Verify(); err != nil {
				t.Fatalf("%s %s: %v", priv.Type(), kind, err)
			}
			want := address.ForPubKey(priv.Type(), priv.PubKey().Bytes())
			if got.Signer() != want || !strings.HasPrefix(want, "amigo1") {
				t.Fatalf("signer %s, want %s", got.Signer(), want)
			}
			et := got.EngineTx()
			if et.Caller != want || et.Nonce != tx.Sequence || string(et.Kind) != kind.String() || et.Package != tx.Package {
				t.Fatalf("engine tx %+v", et)
			}
			back, err := FromEngine(et)
			if err != nil || back.Kind != kind || back.Package != tx.Package || back.Func != tx.Func {
				t.Fatalf("FromEngine: %+v %v", back, err)
			}
		}
	}
	if _, err := FromEngine(engine.Tx{Kind: "query"}); err == nil {
		t.Fatal("a query was made signable")
	}
}

func TestBadSignature(t *testing.T) {
	priv := ed25519.GenPrivKeyFromSecret([]byte("a"))
	tx := sample(KindCall)
	tx.Sign(priv)
	tx.Args[1] = "5000" // changed after signing
	got, err := Decode(tx.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if err := got.Verify(); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("verify a tampered tx: %v", err)
	}
	// another key's signature under this key
	other := sample(KindCall)
	other.Sign(ed25519.GenPrivKeyFromSecret([]byte("b")))
	other.PubKey = priv.PubKey().Bytes()
	if err := other.Verify(); !errors.Is(err, ErrBadSignature) {
		t.Fatalf("verify with a swapped key: %v", err)
	}
}

func TestDecodeErrors(t *testing.T) {
	priv := ed25519.GenPrivKeyFromSecret([]byte("a"))
	tx := sample(KindCall)
	tx.Sign(priv)
	good := tx.Encode()
	nonCanonical := append([]byte{}, good[:6]...)   // magic, version, kind
	nonCanonical = append(nonCanonical, 0x86, 0x00) // chain id length 6 as two bytes
	nonCanonical = append(nonCanonical, good[7:]...)
	for _, c := range []struct {
		name string
		raw  []byte
		want string
	}{
		{"empty", nil, "does not start"},
		{"garbage", []byte("hello world"), "does not start"},
		{"version", append([]byte("amtx\x02"), good[5:]...), "version 2"},
		{"kind", append([]byte("amtx\x01\x09"), good[6:]...), "unknown kind 9"},
		{"truncated", good[:len(good)-3], "left"},
		{"trailing", append(append([]byte{}, good...), 0), "after the signature"},
		{"noncanonical", nonCanonical, "canonical"},
		{"oversized", append([]byte("amtx"), make([]byte, MaxTxBytes)...), "limit"},
		{"keytype", func() []byte { b := append([]byte{}, good...); b[6+1+len(tx.ChainID)] = 7; return b }(), "unknown key type 7"},
	} {
		_, err := Decode(c.raw)
		if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want ErrMalformed with %q", c.name, err, c.want)
		}
	}
}

// FuzzDecode: no input crashes the decoder, and what decodes re-encodes to
// the same bytes.
func FuzzDecode(f *testing.F) {
	priv := ed25519.GenPrivKeyFromSecret([]byte("a"))
	for _, k := range []Kind{KindDeploy, KindCall} {
		tx := sample(k)
		tx.Sign(priv)
		f.Add(tx.Encode())
	}
	f.Add([]byte("amtx\x01\x02"))
	f.Fuzz(func(t *testing.T, raw []byte) {
		tx, err := Decode(raw)
		if err != nil {
			if !errors.Is(err, ErrMalformed) {
				t.Fatalf("error does not wrap ErrMalformed: %v", err)
			}
			return
		}
		if string(tx.Encode()) != string(raw) {
			t.Fatalf("re-encoding differs")
		}
		tx.Verify()
		tx.EngineTx()
	})
}
