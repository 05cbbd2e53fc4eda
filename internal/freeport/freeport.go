// Package freeport picks loopback TCP ports for configurations that must
// name their ports before the process that binds them starts (a cluster's
// member list, a chain's persistent peers).
//
// A port the kernel handed out for "127.0.0.1:0" is in its ephemeral range,
// the range it also draws from for every outgoing connection and every
// other ":0" listener: between the moment it is picked and the moment the
// node binds it, another process may take it ("address already in use").
// The ports given here are drawn at random from outside that range, where
// the kernel never assigns a port by itself; only another explicit bind of
// the same port could take it.
package freeport

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// low is the lowest port handed out: below it are the well-known and
// commonly configured ports.
const low = 20000

// Loopback returns n distinct TCP ports, each free on 127.0.0.1 when
// returned, none in the kernel's ephemeral range.
func Loopback(n int) ([]int, error) {
	lo, hi := pool()
	var lns []net.Listener
	defer func() {
		for _, l := range lns {
			l.Close()
		}
	}()
	ports := make([]int, 0, n)
	for tries := 0; len(ports) < n; tries++ {
		if tries > 64*n+256 {
			return nil, fmt.Errorf("no free loopback port in %d-%d after %d tries", lo, hi, tries)
		}
		p := lo + rand.IntN(hi-lo+1)
		// Held until all n are chosen, so none is chosen twice.
		l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(p)))
		if err != nil {
			continue
		}
		lns = append(lns, l)
		ports = append(ports, p)
	}
	return ports, nil
}

// pool is the range ports are drawn from: from low to just below the
// ephemeral range, or above it when that leaves too few.
func pool() (lo, hi int) {
	elo, ehi := ephemeral()
	if elo-1-low >= 4096 {
		return low, elo - 1
	}
	if 65535-ehi >= 4096 {
		return ehi + 1, 65535
	}
	// An ephemeral range that covers nearly everything: draw from it
	// anyway, as net.Listen(":0") would.
	return low, 65535
}

// ephemeral is the kernel's range for automatically assigned ports.
func ephemeral() (lo, hi int) {
	if runtime.GOOS == "linux" {
		if lo, hi, err := readRange("/proc/sys/net/ipv4/ip_local_port_range"); err == nil {
			return lo, hi
		}
		return 32768, 60999
	}
	// macOS, the BSDs and Windows use the IANA dynamic range by default.
	return 49152, 65535
}

func readRange(path string) (int, int, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0, 0, err
	}
	f := strings.Fields(string(b))
	if len(f) != 2 {
		return 0, 0, errors.New("unexpected format")
	}
	lo, err1 := strconv.Atoi(f[0])
	hi, err2 := strconv.Atoi(f[1])
	if err1 != nil || err2 != nil || lo < 1 || hi > 65535 || lo > hi {
		return 0, 0, errors.New("unexpected format")
	}
	return lo, hi, nil
}
