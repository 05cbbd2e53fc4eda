package raft

import (
	"context"
	"fmt"
	"net"
	"strings"
	"time"

	hraft "github.com/hashicorp/raft"
	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peer"
	"github.com/libp2p/go-libp2p/core/peerstore"
	ma "github.com/multiformats/go-multiaddr"

	"github.com/amigo-platform/amigo/p2p"
)

// RaftProtocol carries Raft's RPCs between members, one libp2p stream per
// pooled connection of hashicorp/raft's NetworkTransport.
const RaftProtocol = "/amigo/raft/1"

// A member's raft.ServerAddress is its full multiaddr with /p2p/<id>
// ("/ip4/127.0.0.1/tcp/4001/p2p/12D3..."), so the Raft configuration
// itself tells every member how to reach every other one; a bare peer id
// is accepted too, dialled through the host's peerstore.
//
// streamLayer is a raft.StreamLayer over libp2p streams.
type streamLayer struct {
	h    host.Host
	ln   net.Listener
	self hraft.ServerAddress
	// allow, if set, says which peers may open Raft streams (the others'
	// streams are closed at once).
	allow func(peer.ID) bool
}

func newStreamLayer(h host.Host, self hraft.ServerAddress, allow func(peer.ID) bool) *streamLayer {
	return &streamLayer{h: h, ln: p2p.Listen(h, RaftProtocol), self: self, allow: allow}
}

func (s *streamLayer) Accept() (net.Conn, error) {
	for {
		c, err := s.ln.Accept()
		if err != nil || s.allow == nil {
			return c, err
		}
		if id, err := peer.Decode(c.RemoteAddr().String()); err == nil && s.allow(id) {
			return c, nil
		}
		c.Close()
	}
}

func (s *streamLayer) Close() error { return s.ln.Close() }

// Addr is the member's own ServerAddress, which Raft sends to others as
// the leader's address.
func (s *streamLayer) Addr() net.Addr { return serverAddr(s.self) }

// Dial opens a stream to the member at address.
func (s *streamLayer) Dial(address hraft.ServerAddress, timeout time.Duration) (net.Conn, error) {
	id, err := learn(s.h, address)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	return p2p.Dial(ctx, s.h, id, RaftProtocol)
}

type serverAddr string

func (a serverAddr) Network() string { return "libp2p" }
func (a serverAddr) String() string  { return string(a) }

// learn parses a ServerAddress, records its multiaddr in the peerstore
// and returns its peer id.
func learn(h host.Host, address hraft.ServerAddress) (peer.ID, error) {
	s := string(address)
	if !strings.HasPrefix(s, "/") {
		id, err := peer.Decode(s)
		if err != nil {
			return "", fmt.Errorf("raft address %q: neither a multiaddr nor a peer id: %w", s, err)
		}
		return id, nil
	}
	m, err := ma.NewMultiaddr(s)
	if err != nil {
		return "", fmt.Errorf("raft address %q: %w", s, err)
	}
	ai, err := peer.AddrInfoFromP2pAddr(m)
	if err != nil {
		return "", fmt.Errorf("raft address %q: want a multiaddr ending in /p2p/<peer id>: %w", s, err)
	}
	if ai.ID != h.ID() {
		h.Peerstore().AddAddrs(ai.ID, ai.Addrs, peerstore.PermanentAddrTTL)
	}
	return ai.ID, nil
}

// PeerOf is the peer id in a member's ServerAddress.
func PeerOf(address string) (peer.ID, error) {
	if !strings.HasPrefix(address, "/") {
		return peer.Decode(address)
	}
	m, err := ma.NewMultiaddr(address)
	if err != nil {
		return "", err
	}
	ai, err := peer.AddrInfoFromP2pAddr(m)
	if err != nil {
		return "", err
	}
	return ai.ID, nil
}
