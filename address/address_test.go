package address

import (
	"bytes"
	"testing"
)

func TestRoundTrip(t *testing.T) {
	for _, p := range []string{"hello", "alice/token", "a"} {
		a := ForPackage(p)
		if a[:6] != "amigo1" {
			t.Fatalf("%s: %s", p, a)
		}
		b, err := Decode(a)
		if err != nil {
			t.Fatal(err)
		}
		if Encode(b) != a {
			t.Fatalf("round trip %s", a)
		}
	}
	if ForPackage("x") == ForPackage("y") {
		t.Fatal("collision")
	}
}

func TestDecodeErrors(t *testing.T) {
	good := Encode(bytes.Repeat([]byte{7}, Len))
	bad := []byte(good)
	bad[10] ^= 1
	for _, s := range []string{"", "amigo1", string(bad), "cosmos1qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqq", good[:len(good)-1]} {
		if _, err := Decode(s); err == nil {
			t.Errorf("Decode(%q): no error", s)
		}
	}
}

// BIP-173 test vector: a valid bech32 string with an empty data part.
func TestBIP173(t *testing.T) {
	hrp, data, err := bech32Decode("A12UEL5L")
	if err != nil || hrp != "a" || len(data) != 0 {
		t.Fatalf("%q %v %v", hrp, data, err)
	}
}

func TestForPubKey(t *testing.T) {
	pub := make([]byte, 32)
	a, b := ForPubKey("ed25519", pub), ForPubKey("secp256k1", pub)
	if a == b {
		t.Fatal("the same bytes under two key types share an address")
	}
	if _, err := Decode(a); err != nil {
		t.Fatal(err)
	}
	if ForPubKey("ed25519", pub) != a {
		t.Fatal("not deterministic")
	}
}
