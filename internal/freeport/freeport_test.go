package freeport

import (
	"net"
	"strconv"
	"testing"
)

func TestLoopback(t *testing.T) {
	ports, err := Loopback(50)
	if err != nil {
		t.Fatal(err)
	}
	elo, ehi := ephemeral()
	seen := map[int]bool{}
	for _, p := range ports {
		if seen[p] {
			t.Fatalf("port %d given twice", p)
		}
		seen[p] = true
		if p >= elo && p <= ehi && !(elo-1-low < 4096 && 65535-ehi < 4096) {
			t.Fatalf("port %d is in the ephemeral range %d-%d", p, elo, ehi)
		}
		l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(p)))
		if err != nil {
			t.Fatalf("port %d: %v", p, err)
		}
		l.Close()
	}
}

func TestReadRange(t *testing.T) {
	if lo, hi, err := readRange("/nonexistent"); err == nil {
		t.Fatalf("got %d-%d from a missing file", lo, hi)
	}
}
