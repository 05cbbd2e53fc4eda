package client

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/amigo-platform/amigo/api"
)

// maxEventLine bounds one line of the event stream.
const maxEventLine = 4 << 20

// Events streams the events of transactions committed from now on, of
// package pkg (all for ""), from the node's server-sent events stream.
//
// The event channel is closed when the stream ends; the error channel then
// yields one value and is closed: nil when ctx ended, otherwise why the
// stream stopped (unreachable node, an *Error, the node closing the
// stream). A slow reader may miss events: the node drops them rather than
// wait. The stream is not resumed after it ends.
func (c *Client) Events(ctx context.Context, pkg string) (<-chan api.Event, <-chan error) {
	events := make(chan api.Event, 16)
	errc := make(chan error, 1)
	go func() {
		defer close(errc)
		defer close(events)
		err := c.streamEvents(ctx, pkg, events)
		if ctx.Err() != nil {
			err = nil
		}
		errc <- err
	}()
	return events, errc
}

func (c *Client) streamEvents(ctx context.Context, pkg string, events chan<- api.Event) error {
	var q url.Values
	if pkg != "" {
		q = url.Values{"package": {pkg}}
	}
	req, err := c.request(ctx, http.MethodGet, "/v1/events", q, nil)
	if err != nil {
		return err
	}
	req.Header.Set("Accept", "text/event-stream")
	resp, err := c.send(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if mt, _, _ := mime.ParseMediaType(resp.Header.Get("Content-Type")); mt != "text/event-stream" {
		return fmt.Errorf("GET /v1/events: the node at %s answered %q, not an event stream", c.endpoint, mt)
	}
	return readSSE(ctx, bufio.NewScanner(resp.Body), events)
}

// readSSE parses a text/event-stream (the subset the API sends: event and
// data fields, comments as keep-alives) and delivers events named "amigo"
// (or unnamed) as api.Event.
func readSSE(ctx context.Context, sc *bufio.Scanner, events chan<- api.Event) error {
	sc.Buffer(make([]byte, 0, 64<<10), maxEventLine)
	var name string
	var data []string
	for sc.Scan() {
		line := strings.TrimSuffix(sc.Text(), "\r")
		if line == "" {
			if len(data) > 0 && (name == "" || name == "amigo" || name == "message") {
				var ev api.Event
				if err := json.Unmarshal([]byte(strings.Join(data, "\n")), &ev); err != nil {
					return fmt.Errorf("event stream: malformed event: %w", err)
				}
				select {
				case events <- ev:
				case <-ctx.Done():
					return nil
				}
			}
			name, data = "", nil
			continue
		}
		if strings.HasPrefix(line, ":") {
			continue // a comment: keep-alive
		}
		field, value, _ := strings.Cut(line, ":")
		value = strings.TrimPrefix(value, " ")
		switch field {
		case "event":
			name = value
		case "data":
			data = append(data, value)
		}
	}
	if err := sc.Err(); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("event stream: %w", err)
	}
	if ctx.Err() != nil {
		return nil
	}
	return errors.New("event stream: the node closed the stream")
}
