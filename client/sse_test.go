package client

import (
	"bufio"
	"context"
	"strings"
	"testing"

	"github.com/amigo-platform/amigo/api"
)

func TestReadSSE(t *testing.T) {
	stream := ": ping\n\n" +
		"id: 3\nevent: amigo\ndata: {\"height\":3,\"pkg\":\"a\",\"type\":\"x\",\"attrs\":{\"k\":\"v\"}}\n\n" +
		"event: other\ndata: {\"height\":99}\n\n" + // not ours: skipped
		"data: {\"height\":4,\r\ndata: \"pkg\":\"b\",\"type\":\"y\"}\r\n\r\n" + // unnamed, two data lines, CRLF
		"retry: 1000\n\n" + // no data: nothing
		"event: amigo\ndata:{\"height\":5,\"pkg\":\"c\",\"type\":\"z\"}\n\n" // no space after the colon
	events := make(chan api.Event, 10)
	err := readSSE(context.Background(), bufio.NewScanner(strings.NewReader(stream)), events)
	if err == nil || !strings.Contains(err.Error(), "closed the stream") {
		t.Fatalf("err %v", err)
	}
	close(events)
	var got []string
	for ev := range events {
		got = append(got, ev.Pkg+"."+ev.Type)
		if ev.Height == 3 && ev.Attrs["k"] != "v" {
			t.Errorf("attrs %v", ev.Attrs)
		}
	}
	if strings.Join(got, " ") != "a.x b.y c.z" {
		t.Fatalf("events %q", got)
	}
}

func TestReadSSEMalformed(t *testing.T) {
	events := make(chan api.Event, 1)
	err := readSSE(context.Background(), bufio.NewScanner(strings.NewReader("event: amigo\ndata: {oops\n\n")), events)
	if err == nil || !strings.Contains(err.Error(), "malformed event") {
		t.Fatalf("err %v", err)
	}
}

func TestReadSSECanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	events := make(chan api.Event) // nobody reads
	err := readSSE(ctx, bufio.NewScanner(strings.NewReader("data: {}\n\n")), events)
	if err != nil {
		t.Fatalf("err %v", err)
	}
}
