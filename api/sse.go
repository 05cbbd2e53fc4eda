package api

import (
	"bytes"
	"encoding/json"
	"net/http"
	"strconv"
	"time"
)

// SSEEvent is the event name of every message of the events stream.
const SSEEvent = "amigo"

// events streams the events of committed transactions as server-sent
// events, one message per Event:
//
//	id: <height>
//	event: amigo
//	data: <Event as JSON>
//
// with a ": ping" comment every PingInterval. The stream ends when the
// client goes away or the backend closes its channel.
func (s *server) events(w http.ResponseWriter, r *http.Request) {
	ch, err := s.b.Subscribe(r.Context(), r.URL.Query().Get("package"))
	if err != nil {
		s.writeError(w, r, err)
		return
	}
	rc := http.NewResponseController(w)
	// The stream outlives any write deadline the server sets; a transport
	// without deadlines (ErrNotSupported) has none to lift.
	_ = rc.SetWriteDeadline(time.Time{})
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no") // ask reverse proxies not to buffer
	w.WriteHeader(http.StatusOK)
	if err := rc.Flush(); err != nil {
		s.log.Warn("api events: response cannot be flushed", "err", err)
		return
	}
	ping := time.NewTicker(s.opts.PingInterval)
	defer ping.Stop()
	var buf bytes.Buffer
	for {
		buf.Reset()
		select {
		case <-r.Context().Done():
			return
		case ev, ok := <-ch:
			if !ok {
				return
			}
			data, err := json.Marshal(ev)
			if err != nil {
				s.log.Error("api events: encode", "err", err)
				continue
			}
			// json.Marshal output holds no newline, so data is one line.
			buf.WriteString("id: ")
			buf.WriteString(strconv.FormatInt(ev.Height, 10))
			buf.WriteString("\nevent: " + SSEEvent + "\ndata: ")
			buf.Write(data)
			buf.WriteString("\n\n")
		case <-ping.C:
			buf.WriteString(": ping\n\n")
		}
		if _, err := w.Write(buf.Bytes()); err != nil {
			return
		}
		if err := rc.Flush(); err != nil {
			return
		}
	}
}
