package registry

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/libp2p/go-libp2p/core/network"
	"github.com/libp2p/go-libp2p/core/peer"
)

// The stream protocol: the asker writes one request, a JSON object on one
// line of at most maxRequestBytes; the peer answers with one JSON object
// holding up to maxRecordsPerAnswer envelopes (its own and, for a request
// naming a kind and a name, those of other peers it holds) and closes.
const (
	maxRequestBytes     = 1 << 10
	maxRecordsPerAnswer = 256
	maxAnswerBytes      = maxRecordsPerAnswer*(MaxEnvelopeBytes+16) + 64
)

type fetchRequest struct {
	Kind Kind   `json:"kind,omitempty"` // "" for any
	Name string `json:"name,omitempty"` // "" for any
}

type fetchAnswer struct {
	Records []json.RawMessage `json:"records"`
}

// serveStream answers a request with this node's matching envelopes. A
// malformed or oversized request resets the stream.
func (r *Registry) serveStream(s network.Stream) {
	defer s.Close()
	_ = s.SetDeadline(time.Now().Add(r.cfg.FetchTimeout))
	line, err := bufio.NewReaderSize(io.LimitReader(s, maxRequestBytes+1), maxRequestBytes+1).ReadSlice('\n')
	if err != nil {
		r.log.Debug("registry: bad request on the stream", "peer", s.Conn().RemotePeer(), "err", err)
		_ = s.Reset()
		return
	}
	var req fetchRequest
	if err := json.Unmarshal(line, &req); err != nil {
		r.log.Debug("registry: bad request on the stream", "peer", s.Conn().RemotePeer(), "err", err)
		_ = s.Reset()
		return
	}
	ans := fetchAnswer{Records: []json.RawMessage{}}
	now := r.cfg.Now()
	r.mu.Lock()
	for k, o := range r.published {
		if (req.Kind == "" || k.kind == req.Kind) && (req.Name == "" || k.name == req.Name) && len(ans.Records) < maxRecordsPerAnswer {
			ans.Records = append(ans.Records, o.env)
		}
	}
	// Asked for one service, also answer the records of other peers this
	// node holds: they are signed, the asker verifies them.
	if req.Kind != "" && req.Name != "" {
		for k, e := range r.cache {
			if k.kind == req.Kind && k.name == req.Name && e.rec.Expires.After(now) && len(ans.Records) < maxRecordsPerAnswer {
				ans.Records = append(ans.Records, e.env)
			}
		}
	}
	r.mu.Unlock()
	if err := json.NewEncoder(s).Encode(&ans); err != nil {
		_ = s.Reset()
	}
}

// Fetch asks peer p for its records of kind and name (an empty kind or
// name matches any) over Protocol, verifies and caches them, and returns
// those accepted. Records failing verification are counted and skipped;
// an answer that is not well-formed is an error.
func (r *Registry) Fetch(ctx context.Context, p peer.ID, kind Kind, name string) ([]Record, error) {
	ctx, cancel := context.WithTimeout(ctx, r.cfg.FetchTimeout)
	defer cancel()
	s, err := r.h.NewStream(ctx, p, Protocol)
	if err != nil {
		return nil, fmt.Errorf("registry: fetch records of %s: %w", p, err)
	}
	defer s.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = s.SetDeadline(dl)
	}
	req, _ := json.Marshal(fetchRequest{Kind: kind, Name: name})
	if _, err := s.Write(append(req, '\n')); err != nil {
		_ = s.Reset()
		return nil, fmt.Errorf("registry: fetch records of %s: %w", p, err)
	}
	_ = s.CloseWrite()
	var ans fetchAnswer
	lr := &io.LimitedReader{R: s, N: maxAnswerBytes + 1}
	if err := json.NewDecoder(lr).Decode(&ans); err != nil {
		_ = s.Reset()
		if lr.N <= 0 {
			return nil, fmt.Errorf("registry: records of %s: answer over %d bytes", p, maxAnswerBytes)
		}
		return nil, fmt.Errorf("registry: records of %s: malformed answer: %w", p, err)
	}
	if len(ans.Records) > maxRecordsPerAnswer {
		return nil, fmt.Errorf("registry: records of %s: %d records, at most %d", p, len(ans.Records), maxRecordsPerAnswer)
	}
	var out []Record
	var errs []error
	for _, env := range ans.Records {
		rec, err := r.Add(env)
		switch {
		case err != nil:
			errs = append(errs, err)
		case rec.Peer != p:
			// Valid, but not the answering peer's own: keep it (it is
			// signed) but do not count it as p's.
		default:
			out = append(out, rec)
		}
	}
	if len(out) == 0 && len(errs) > 0 {
		return nil, fmt.Errorf("registry: records of %s rejected: %w", p, errors.Join(errs...))
	}
	return out, nil
}
