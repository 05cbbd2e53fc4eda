package registry

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"time"
	"unicode/utf8"

	"github.com/ipfs/go-cid"
	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
	ma "github.com/multiformats/go-multiaddr"
	mh "github.com/multiformats/go-multihash"
)

// Kind is what a record announces.
type Kind string

// The kinds of records.
const (
	KindNetwork Kind = "network" // Name is the network id: dev:<peer>, chain:<id>, cluster:<name>
	KindPackage Kind = "package" // Name is a package path deployed on the peer's network
	KindGateway Kind = "gateway" // Name is the network the peer is a gateway of
	KindRelay   Kind = "relay"   // Name is "relay": the peer runs a circuit relay v2 service
)

// ParseKind returns the kind named s, or an error naming the kinds.
func ParseKind(s string) (Kind, error) {
	switch k := Kind(s); k {
	case KindNetwork, KindPackage, KindGateway, KindRelay:
		return k, nil
	}
	return "", fmt.Errorf("registry: unknown kind %q (kinds: network, package, gateway, relay)", s)
}

// Limits of a record; an envelope over them is rejected.
const (
	MaxEnvelopeBytes = 8 << 10 // an encoded envelope
	MaxNameBytes     = 256
	MaxAddrs         = 16
	MaxAddrBytes     = 512
	MaxMeta          = 16
	MaxMetaKeyBytes  = 64
	MaxMetaValBytes  = 512
	// MaxTTL is how far in the future a record may expire: a record
	// claiming more is rejected, so a leaked key's records die out.
	MaxTTL = 24 * time.Hour
)

// signDomain separates registry signatures from any other use of a peer's
// key.
const signDomain = "amigo-registry-record/1\n"

// Record says that Peer serves a service. It is the signed content of an
// [Envelope].
type Record struct {
	Kind    Kind              `json:"kind"`
	Name    string            `json:"name"`
	Network string            `json:"network"`
	Peer    peer.ID           `json:"peer"`
	Addrs   []string          `json:"addrs,omitempty"` // multiaddrs of Peer, without /p2p/<peer>
	Meta    map[string]string `json:"meta,omitempty"`
	Expires time.Time         `json:"-"`
	// Version orders the records of one peer for one Kind and Name: a
	// higher one replaces a lower one. Publishers use the signing time in
	// nanoseconds.
	Version uint64 `json:"version"`
}

// wireRecord is the canonical encoding: fields in a fixed order, Expires
// in Unix seconds, map keys sorted (encoding/json sorts them).
type wireRecord struct {
	Kind    Kind              `json:"kind"`
	Name    string            `json:"name"`
	Network string            `json:"network"`
	Peer    string            `json:"peer"`
	Addrs   []string          `json:"addrs,omitempty"`
	Meta    map[string]string `json:"meta,omitempty"`
	Expires int64             `json:"expires"`
	Version uint64            `json:"version"`
}

// Key is the content ID records of kind and name are provided under in
// the DHT: a CIDv1 (raw) of the SHA-256 of "amigo/registry/<kind>/<name>".
func Key(kind Kind, name string) cid.Cid {
	sum := sha256.Sum256([]byte("amigo/registry/" + string(kind) + "/" + name))
	h, err := mh.Encode(sum[:], mh.SHA2_256)
	if err != nil {
		panic(fmt.Sprintf("registry: multihash of a sha256 digest: %v", err)) // cannot happen
	}
	return cid.NewCidV1(cid.Raw, h)
}

// Encode returns the record's canonical bytes, the ones an envelope signs.
func (r Record) Encode() ([]byte, error) {
	if err := r.check(); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(wireRecord{Kind: r.Kind, Name: r.Name, Network: r.Network, Peer: r.Peer.String(),
		Addrs: r.Addrs, Meta: r.Meta, Expires: r.Expires.Unix(), Version: r.Version}); err != nil {
		return nil, fmt.Errorf("registry: encode record: %w", err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// decodeRecord parses canonical bytes strictly: no unknown fields, and the
// bytes must be exactly the canonical encoding of what they parse to.
func decodeRecord(b []byte) (Record, error) {
	var w wireRecord
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		return Record{}, fmt.Errorf("%w: record: %v", ErrMalformed, err)
	}
	id, err := peer.Decode(w.Peer)
	if err != nil {
		return Record{}, fmt.Errorf("%w: record peer %q: %v", ErrMalformed, w.Peer, err)
	}
	r := Record{Kind: w.Kind, Name: w.Name, Network: w.Network, Peer: id, Addrs: w.Addrs, Meta: w.Meta,
		Expires: time.Unix(w.Expires, 0).UTC(), Version: w.Version}
	again, err := r.Encode()
	if err != nil {
		return Record{}, err
	}
	if !bytes.Equal(again, b) {
		return Record{}, fmt.Errorf("%w: record is not in canonical encoding", ErrMalformed)
	}
	return r, nil
}

// check enforces the limits of a record.
func (r Record) check() error {
	bad := func(format string, a ...any) error {
		return fmt.Errorf("%w: %s", ErrLimits, fmt.Sprintf(format, a...))
	}
	if _, err := ParseKind(string(r.Kind)); err != nil {
		return bad("%v", err)
	}
	if r.Name == "" || len(r.Name) > MaxNameBytes || !utf8.ValidString(r.Name) {
		return bad("name must be 1 to %d bytes of UTF-8", MaxNameBytes)
	}
	if len(r.Network) > MaxNameBytes || !utf8.ValidString(r.Network) {
		return bad("network must be at most %d bytes of UTF-8", MaxNameBytes)
	}
	if err := r.Peer.Validate(); err != nil {
		return bad("peer: %v", err)
	}
	if len(r.Addrs) > MaxAddrs {
		return bad("%d addresses, at most %d", len(r.Addrs), MaxAddrs)
	}
	for _, a := range r.Addrs {
		if len(a) > MaxAddrBytes {
			return bad("an address of %d bytes, at most %d", len(a), MaxAddrBytes)
		}
		if _, err := ma.NewMultiaddr(a); err != nil {
			return bad("address %q: %v", a, err)
		}
	}
	if len(r.Meta) > MaxMeta {
		return bad("%d metadata entries, at most %d", len(r.Meta), MaxMeta)
	}
	for k, v := range r.Meta {
		if k == "" || len(k) > MaxMetaKeyBytes || len(v) > MaxMetaValBytes || !utf8.ValidString(k) || !utf8.ValidString(v) {
			return bad("metadata %q: keys 1 to %d bytes, values at most %d, UTF-8", k, MaxMetaKeyBytes, MaxMetaValBytes)
		}
	}
	return nil
}

// Envelope is a record's canonical bytes with the publishing peer's public
// key and its signature over signDomain + Record. It is what travels: on
// the topic, in the stream protocol, in the cache.
type Envelope struct {
	Record []byte `json:"record"` // canonical encoding of a Record
	Key    []byte `json:"key"`    // the peer's public key (libp2p protobuf encoding)
	Sig    []byte `json:"sig"`
}

// Errors of verification, which [Stats] counts by.
var (
	ErrMalformed = errors.New("malformed record")
	ErrTooLarge  = errors.New("record too large")
	ErrLimits    = errors.New("record over limits")
	ErrSignature = errors.New("bad record signature")
	ErrWrongKey  = errors.New("record signed by a key that is not its peer's")
	ErrExpired   = errors.New("record expired")
	ErrFuture    = errors.New("record expires too far in the future")
)

// Sign makes the envelope of r signed with key, which must be the key of
// r.Peer.
func Sign(r Record, key crypto.PrivKey) ([]byte, error) {
	id, err := peer.IDFromPrivateKey(key)
	if err != nil {
		return nil, fmt.Errorf("registry: sign: %w", err)
	}
	if id != r.Peer {
		return nil, fmt.Errorf("registry: sign: the key is %s's, the record is %s's", id, r.Peer)
	}
	body, err := r.Encode()
	if err != nil {
		return nil, err
	}
	sig, err := key.Sign(append([]byte(signDomain), body...))
	if err != nil {
		return nil, fmt.Errorf("registry: sign: %w", err)
	}
	pub, err := crypto.MarshalPublicKey(key.GetPublic())
	if err != nil {
		return nil, fmt.Errorf("registry: sign: %w", err)
	}
	return marshalEnvelope(Envelope{Record: body, Key: pub, Sig: sig})
}

func marshalEnvelope(e Envelope) ([]byte, error) {
	b, err := json.Marshal(e)
	if err != nil {
		return nil, fmt.Errorf("registry: encode envelope: %w", err)
	}
	if len(b) > MaxEnvelopeBytes {
		return nil, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, len(b), MaxEnvelopeBytes)
	}
	return b, nil
}

// Verify checks an encoded envelope at time now and returns its record:
// size, encoding, limits, the key being the record's peer's, the signature
// and the expiry (not past, not beyond now+MaxTTL). The error wraps one of
// the Err values.
func Verify(b []byte, now time.Time) (Record, error) {
	if len(b) > MaxEnvelopeBytes {
		return Record{}, fmt.Errorf("%w: %d bytes, at most %d", ErrTooLarge, len(b), MaxEnvelopeBytes)
	}
	var e Envelope
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil {
		return Record{}, fmt.Errorf("%w: envelope: %v", ErrMalformed, err)
	}
	if len(e.Record) == 0 || len(e.Key) == 0 || len(e.Sig) == 0 {
		return Record{}, fmt.Errorf("%w: envelope lacks its record, key or signature", ErrMalformed)
	}
	r, err := decodeRecord(e.Record)
	if err != nil {
		return Record{}, err
	}
	pub, err := crypto.UnmarshalPublicKey(e.Key)
	if err != nil {
		return Record{}, fmt.Errorf("%w: public key: %v", ErrMalformed, err)
	}
	if !r.Peer.MatchesPublicKey(pub) {
		return Record{}, fmt.Errorf("%w: record of %s", ErrWrongKey, r.Peer)
	}
	ok, err := pub.Verify(append([]byte(signDomain), e.Record...), e.Sig)
	if err != nil || !ok {
		return Record{}, fmt.Errorf("%w: record %s %q of %s", ErrSignature, r.Kind, r.Name, r.Peer)
	}
	switch {
	case !r.Expires.After(now):
		return Record{}, fmt.Errorf("%w: record %s %q of %s expired at %s", ErrExpired, r.Kind, r.Name, r.Peer, r.Expires.Format(time.RFC3339))
	case r.Expires.After(now.Add(MaxTTL + time.Minute)):
		return Record{}, fmt.Errorf("%w: record %s %q of %s expires at %s, beyond %s", ErrFuture, r.Kind, r.Name, r.Peer, r.Expires.Format(time.RFC3339), MaxTTL)
	}
	return r, nil
}

// reason is the Stats key of a verification error.
func reason(err error) string {
	for _, r := range []struct {
		err  error
		name string
	}{{ErrTooLarge, "too_large"}, {ErrMalformed, "malformed"}, {ErrLimits, "limits"}, {ErrWrongKey, "wrong_key"},
		{ErrSignature, "signature"}, {ErrExpired, "expired"}, {ErrFuture, "future"}} {
		if errors.Is(err, r.err) {
			return r.name
		}
	}
	return "other"
}

// sortRecords orders records by kind, name, then peer.
func sortRecords(rs []Record) {
	sort.Slice(rs, func(i, j int) bool {
		a, b := rs[i], rs[j]
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		if a.Name != b.Name {
			return a.Name < b.Name
		}
		return a.Peer < b.Peer
	})
}
