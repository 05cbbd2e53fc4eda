package registry

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

func newKey(t testing.TB) (crypto.PrivKey, peer.ID) {
	t.Helper()
	k, _, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	id, err := peer.IDFromPrivateKey(k)
	if err != nil {
		t.Fatal(err)
	}
	return k, id
}

var now = time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)

func testRecord(id peer.ID) Record {
	return Record{Kind: KindPackage, Name: "hello", Network: "dev:" + id.String(), Peer: id,
		Addrs: []string{"/ip4/127.0.0.1/tcp/4001"}, Meta: map[string]string{"b": "2", "a": "1"},
		Expires: now.Add(time.Hour), Version: 7}
}

func TestSignVerifyRoundTrip(t *testing.T) {
	k, id := newKey(t)
	env, err := Sign(testRecord(id), k)
	if err != nil {
		t.Fatal(err)
	}
	got, err := Verify(env, now)
	if err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if got.Peer != id || got.Name != "hello" || got.Meta["a"] != "1" || !got.Expires.Equal(now.Add(time.Hour)) || got.Version != 7 {
		t.Fatalf("round trip: got %+v", got)
	}
	if Key(KindPackage, "hello") != Key(KindPackage, "hello") || Key(KindPackage, "hello") == Key(KindNetwork, "hello") {
		t.Fatal("Key must depend on kind and name only")
	}
}

// TestVerifyRejects covers every way a record is refused: forged content,
// a key that is not the peer's, expiry, limits and garbage.
func TestVerifyRejects(t *testing.T) {
	k, id := newKey(t)
	other, _ := newKey(t)
	good, err := Sign(testRecord(id), k)
	if err != nil {
		t.Fatal(err)
	}
	var e Envelope
	if err := json.Unmarshal(good, &e); err != nil {
		t.Fatal(err)
	}
	reenc := func(e Envelope) []byte {
		b, err := json.Marshal(e)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}

	// Forged: the record's bytes changed after signing (name swapped).
	forged := e
	forged.Record = []byte(strings.Replace(string(e.Record), `"name":"hello"`, `"name":"hellp"`, 1))

	// Signed by another key, carrying that key: the key is not the peer's.
	otherKeyed := func() []byte {
		pub, _ := crypto.MarshalPublicKey(other.GetPublic())
		sig, _ := other.Sign(append([]byte(signDomain), e.Record...))
		return reenc(Envelope{Record: e.Record, Key: pub, Sig: sig})
	}()
	// Signed by another key, carrying the peer's key.
	otherSig := func() []byte {
		sig, _ := other.Sign(append([]byte(signDomain), e.Record...))
		return reenc(Envelope{Record: e.Record, Key: e.Key, Sig: sig})
	}()
	expired := testRecord(id)
	expired.Expires = now.Add(-time.Second)
	expiredEnv, _ := Sign(expired, k)
	future := testRecord(id)
	future.Expires = now.Add(MaxTTL + time.Hour)
	futureEnv, _ := Sign(future, k)
	// Not canonical: whitespace inside the signed bytes, re-signed.
	nonCanon := func() []byte {
		body := []byte(strings.Replace(string(e.Record), `{"kind"`, `{ "kind"`, 1))
		sig, _ := k.Sign(append([]byte(signDomain), body...))
		return reenc(Envelope{Record: body, Key: e.Key, Sig: sig})
	}()

	for _, tc := range []struct {
		name string
		env  []byte
		want error
	}{
		{"forged", reenc(forged), ErrSignature},
		{"other key", otherKeyed, ErrWrongKey},
		{"other signature", otherSig, ErrSignature},
		{"expired", expiredEnv, ErrExpired},
		{"far future", futureEnv, ErrFuture},
		{"not canonical", nonCanon, ErrMalformed},
		{"garbage", []byte("\x00\xffnot json"), ErrMalformed},
		{"empty object", []byte(`{}`), ErrMalformed},
		{"unknown field", []byte(`{"record":"e30=","key":"AA==","sig":"AA==","x":1}`), ErrMalformed},
		{"oversized", make([]byte, MaxEnvelopeBytes+1), ErrTooLarge},
		{"bad record json", reenc(Envelope{Record: []byte(`[1,2]`), Key: e.Key, Sig: e.Sig}), ErrMalformed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Verify(tc.env, now)
			if !errors.Is(err, tc.want) {
				t.Fatalf("Verify: got %v, want %v", err, tc.want)
			}
		})
	}
}

func TestRecordLimits(t *testing.T) {
	k, id := newKey(t)
	for _, tc := range []struct {
		name string
		mod  func(*Record)
	}{
		{"unknown kind", func(r *Record) { r.Kind = "oracle" }},
		{"empty name", func(r *Record) { r.Name = "" }},
		{"long name", func(r *Record) { r.Name = strings.Repeat("a", MaxNameBytes+1) }},
		{"bad address", func(r *Record) { r.Addrs = []string{"not a multiaddr"} }},
		{"too many addresses", func(r *Record) {
			r.Addrs = nil
			for range MaxAddrs + 1 {
				r.Addrs = append(r.Addrs, "/ip4/127.0.0.1/tcp/1")
			}
		}},
		{"too much metadata", func(r *Record) {
			r.Meta = map[string]string{}
			for i := range MaxMeta + 1 {
				r.Meta[strings.Repeat("k", i+1)] = "v"
			}
		}},
		{"long metadata value", func(r *Record) { r.Meta = map[string]string{"k": strings.Repeat("v", MaxMetaValBytes+1)} }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := testRecord(id)
			tc.mod(&r)
			if _, err := Sign(r, k); !errors.Is(err, ErrLimits) {
				t.Fatalf("Sign: got %v, want ErrLimits", err)
			}
		})
	}
	// The key must be the record's peer's.
	other, _ := newKey(t)
	if _, err := Sign(testRecord(id), other); err == nil {
		t.Fatal("Sign with another peer's key succeeded")
	}
}
