package node

import (
	"context"
	"sync"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/node/engine"
)

// bus fans the events of committed transactions out to subscribers.
type bus struct {
	mu     sync.Mutex
	subs   map[*sub]struct{}
	closed bool
}

type sub struct {
	pkg string
	ch  chan api.Event
}

func newBus() *bus { return &bus{subs: map[*sub]struct{}{}} }

// subscribe delivers events of pkg ("" for all) until ctx ends.
func (b *bus) subscribe(ctx context.Context, pkg string) <-chan api.Event {
	s := &sub{pkg: pkg, ch: make(chan api.Event, 256)}
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		close(s.ch)
		return s.ch
	}
	b.subs[s] = struct{}{}
	b.mu.Unlock()
	go func() {
		<-ctx.Done()
		b.mu.Lock()
		if _, ok := b.subs[s]; ok {
			delete(b.subs, s)
			close(s.ch)
		}
		b.mu.Unlock()
	}()
	return s.ch
}

// publish sends the events of successful receipts; a subscriber whose
// buffer is full misses them (it must not slow the sequencer).
func (b *bus) publish(rcs []*engine.Receipt) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if len(b.subs) == 0 {
		return
	}
	for _, rc := range rcs {
		if !rc.OK() {
			continue
		}
		for _, ev := range rc.Events {
			e := api.Event{Height: rc.Height, Tx: rc.Hash, Time: rc.Time, Pkg: ev.Pkg, Type: ev.Type, Attrs: ev.Attrs, List: ev.List}
			for s := range b.subs {
				if s.pkg != "" && s.pkg != ev.Pkg {
					continue
				}
				select {
				case s.ch <- e:
				default:
				}
			}
		}
	}
}

func (b *bus) close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.closed = true
	for s := range b.subs {
		close(s.ch)
		delete(b.subs, s)
	}
}
