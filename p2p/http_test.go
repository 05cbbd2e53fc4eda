package p2p

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/http/httptrace"
	"strings"
	"testing"
	"time"

	"github.com/libp2p/go-libp2p/core/host"
	"github.com/libp2p/go-libp2p/core/peerstore"
	"github.com/libp2p/go-libp2p/core/protocol"
)

const testProto protocol.ID = "/amigo/api/1"

// serveHTTP serves handler on h over testProto until the test ends.
func serveHTTP(t *testing.T, h host.Host, handler http.Handler) {
	t.Helper()
	srv := &http.Server{Handler: handler, ReadHeaderTimeout: 5 * time.Second}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(Listen(h, testProto)) }()
	t.Cleanup(func() {
		srv.Close()
		if err := <-done; !errors.Is(err, http.ErrServerClosed) && !errors.Is(err, net.ErrClosed) {
			t.Errorf("Serve: %v", err)
		}
	})
}

// httpClient talks to peers over testProto from h.
func httpClient(t *testing.T, h host.Host) *http.Client {
	t.Helper()
	tr := NewHTTPTransport(h, testProto)
	t.Cleanup(tr.CloseIdleConnections)
	return &http.Client{Transport: tr, Timeout: 10 * time.Second}
}

func TestHTTPOverLibp2p(t *testing.T) {
	for _, tc := range []struct{ name, listen string }{
		{"tcp", tcpLoopback},
		{"quic", quicLoopback},
	} {
		t.Run(tc.name, func(t *testing.T) { testHTTPOverLibp2p(t, tc.listen) })
	}
}

func testHTTPOverLibp2p(t *testing.T, listen string) {
	next := make(chan struct{}) // lets the streaming handler write its next chunk
	mux := http.NewServeMux()
	mux.HandleFunc("GET /v1/status", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]string{"caller": r.RemoteAddr})
	})
	mux.HandleFunc("POST /v1/echo", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.Copy(w, r.Body)
	})
	mux.HandleFunc("GET /v1/events", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/event-stream")
		for i := range 3 {
			if i > 0 {
				select {
				case <-next:
				case <-r.Context().Done():
					return
				}
			}
			fmt.Fprintf(w, "data: %d\n\n", i)
			w.(http.Flusher).Flush()
		}
	})

	a := serverHost(t, listen)
	serveHTTP(t, a, mux)
	b := clientHost(t)
	if err := b.Connect(testContext(t), addrInfo(t, a)); err != nil {
		t.Fatalf("Connect: %v", err)
	}
	hc := httpClient(t, b)
	base := "http://" + a.ID().String()

	// JSON, twice: the second request reuses the first one's stream.
	for i := range 2 {
		var reused bool
		trace := &httptrace.ClientTrace{GotConn: func(info httptrace.GotConnInfo) { reused = info.Reused }}
		req, _ := http.NewRequestWithContext(httptrace.WithClientTrace(testContext(t), trace), "GET", base+"/v1/status", nil)
		resp, err := hc.Do(req)
		if err != nil {
			t.Fatalf("GET /v1/status: %v", err)
		}
		var got map[string]string
		err = json.NewDecoder(resp.Body).Decode(&got)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("GET /v1/status: %s, decode: %v", resp.Status, err)
		}
		if got["caller"] != b.ID().String() {
			t.Errorf("handler saw RemoteAddr %q, want the client's peer ID %s", got["caller"], b.ID())
		}
		if i == 1 && !reused {
			t.Error("the second request did not reuse the connection (no keep-alive)")
		}
	}

	// A request body.
	body := `{"hello":"world"}`
	resp, err := hc.Post(base+"/v1/echo", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatalf("POST /v1/echo: %v", err)
	}
	got, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	if err != nil || string(got) != body {
		t.Errorf("POST /v1/echo = %q, %v; want %q", got, err, body)
	}

	// A streamed response, read chunk by chunk: the handler writes a chunk
	// only after the client has read the one before.
	resp, err = hc.Get(base + "/v1/events")
	if err != nil {
		t.Fatalf("GET /v1/events: %v", err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Errorf("Content-Type = %q", ct)
	}
	r := bufio.NewReader(resp.Body)
	for i := range 3 {
		if i > 0 {
			next <- struct{}{}
		}
		line, err := r.ReadString('\n')
		if err != nil {
			t.Fatalf("chunk %d: %v", i, err)
		}
		if want := fmt.Sprintf("data: %d\n", i); line != want {
			t.Fatalf("chunk %d = %q, want %q", i, line, want)
		}
		if blank, err := r.ReadString('\n'); err != nil || blank != "\n" {
			t.Fatalf("chunk %d: end %q, %v", i, blank, err)
		}
	}
	if rest, err := io.ReadAll(r); err != nil || len(rest) != 0 {
		t.Errorf("after the last chunk: %q, %v; want a clean end", rest, err)
	}
}

func TestHTTPUnreachable(t *testing.T) {
	b := clientHost(t)
	hc := httpClient(t, b)

	// A peer with a closed port: it listened once, then went away.
	gone := serverHost(t, tcpLoopback)
	goneInfo := addrInfo(t, gone)
	gone.Close()
	b.Peerstore().AddAddrs(goneInfo.ID, goneInfo.Addrs, peerstore.TempAddrTTL)

	// A peer that is up but does not serve the protocol.
	deaf := serverHost(t, tcpLoopback)
	if err := b.Connect(testContext(t), addrInfo(t, deaf)); err != nil {
		t.Fatal(err)
	}

	for _, tc := range []struct {
		name, url, want string
	}{
		{"no address", "http://" + clientHost(t).ID().String() + "/v1/status", "p2p: dial"},
		{"gone", "http://" + goneInfo.ID.String() + "/v1/status", "p2p: dial"},
		{"no such protocol", "http://" + deaf.ID().String() + "/v1/status", "p2p: dial"},
		{"not a peer", "http://localhost:8080/v1/status", "not a peer ID"},
		{"https", "https://" + deaf.ID().String() + "/v1/status", "https over libp2p"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			resp, err := hc.Get(tc.url)
			if err == nil {
				resp.Body.Close()
				t.Fatalf("GET %s succeeded", tc.url)
			}
			if d := time.Since(start); d > 5*time.Second {
				t.Errorf("failing took %v", d)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
			t.Logf("%v (%v)", err, time.Since(start).Round(time.Millisecond))
		})
	}
}

func TestListenerClosesWithHost(t *testing.T) {
	a := serverHost(t, tcpLoopback)
	l := Listen(a, testProto)
	srv := &http.Server{Handler: http.NotFoundHandler()}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(l) }()
	time.Sleep(10 * time.Millisecond) // let Serve reach Accept
	a.Close()
	select {
	case err := <-done:
		if !errors.Is(err, net.ErrClosed) {
			t.Errorf("Serve returned %v, want net.ErrClosed", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve still running 5 s after the host closed")
	}
	if _, err := l.Accept(); !errors.Is(err, net.ErrClosed) {
		t.Errorf("Accept after close: %v, want net.ErrClosed", err)
	}
}

func TestListenerClose(t *testing.T) {
	a := serverHost(t, tcpLoopback)
	l := Listen(a, testProto)
	if got := l.Addr().String(); got != a.ID().String() {
		t.Errorf("Addr = %q, want the host's peer ID", got)
	}
	b := clientHost(t)
	if err := b.Connect(testContext(t), addrInfo(t, a)); err != nil {
		t.Fatal(err)
	}

	// Open: a dial is accepted, bytes flow both ways.
	accepted := make(chan net.Conn, 1)
	go func() {
		c, err := l.Accept()
		if err != nil {
			t.Errorf("Accept: %v", err)
		}
		accepted <- c
	}()
	c, err := Dial(testContext(t), b, a.ID(), testProto)
	if err != nil {
		t.Fatalf("Dial: %v", err)
	}
	defer c.Close()
	if _, err := c.Write([]byte("ping")); err != nil {
		t.Fatal(err)
	}
	sc := <-accepted
	if sc == nil {
		t.FailNow()
	}
	defer sc.Close()
	if got := sc.RemoteAddr().String(); got != b.ID().String() {
		t.Errorf("RemoteAddr = %q, want the dialer's peer ID", got)
	}
	buf := make([]byte, 4)
	if _, err := io.ReadFull(sc, buf); err != nil || string(buf) != "ping" {
		t.Fatalf("read %q, %v", buf, err)
	}

	// A stream the handler closes ends with an error that is not
	// NotServed: what was written reached it.
	sc.Close()
	if _, err := c.Read(buf); err == nil || NotServed(err) {
		t.Errorf("read after the server closed: %v (NotServed %v), want an error that is not NotServed", err, NotServed(err))
	}

	// Closed: Accept fails, and new streams of the protocol are refused.
	l.Close()
	if _, err := l.Accept(); !errors.Is(err, net.ErrClosed) {
		t.Errorf("Accept after Close: %v, want net.ErrClosed", err)
	}
	if c, err := Dial(testContext(t), b, a.ID(), testProto); err == nil {
		// The refusal can arrive with the first read of a lazily
		// negotiated stream.
		c.SetDeadline(time.Now().Add(5 * time.Second))
		c.Write([]byte("x"))
		if _, err := c.Read(buf); err == nil {
			t.Error("a stream got through after the listener closed")
		} else if !NotServed(err) {
			t.Errorf("the refusal %v (%T) is not NotServed", err, err)
		}
		c.Close()
	}
}
