package p2p

import (
	"crypto/rand"
	"strings"
	"testing"

	"github.com/libp2p/go-libp2p/core/crypto"
	"github.com/libp2p/go-libp2p/core/peer"
)

func TestParsePeerAddr(t *testing.T) {
	_, pub, err := crypto.GenerateEd25519Key(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	pid, err := peer.IDFromPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	id := pid.String()
	for _, tc := range []struct {
		in      string
		addrs   int    // transport addresses in the result
		wantErr string // a substring of the error; "" for success
	}{
		{"/ip4/127.0.0.1/tcp/4001/p2p/" + id, 1, ""},
		{" /ip4/127.0.0.1/udp/4001/quic-v1/p2p/" + id + "\n", 1, ""},
		{"/p2p/" + id, 0, ""},
		{"", 0, "empty peer address"},
		{"127.0.0.1:4001", 0, "not a valid multiaddr"},
		{"/ip4/127.0.0.1/tcp/4001", 0, "does not end in /p2p/<peer-id>"},
		{"/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWnotapeer", 0, "not a valid multiaddr"},
	} {
		info, err := ParsePeerAddr(tc.in)
		if tc.wantErr != "" {
			if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
				t.Errorf("ParsePeerAddr(%q) error = %v, want one containing %q", tc.in, err, tc.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParsePeerAddr(%q): %v", tc.in, err)
			continue
		}
		if info.ID.String() != id || len(info.Addrs) != tc.addrs {
			t.Errorf("ParsePeerAddr(%q) = %v, want peer %s with %d address(es)", tc.in, info, id, tc.addrs)
		}
	}
}
