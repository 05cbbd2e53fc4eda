package engine

import (
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/amigo-platform/amigo/store"
)

// Reload re-reads the head from the store and drops the compiled
// programs, after the store's whole content was replaced underneath the
// engine (a Raft snapshot restored on a member). It waits for the batch
// in progress, if any; queries running meanwhile may see either state.
func (e *Engine) Reload() error {
	e.applyMu.Lock()
	defer e.applyMu.Unlock()
	txn := e.st.NewTxn(false)
	defer txn.Discard()
	var head Head
	b, err := txn.Get(headKey)
	switch {
	case errors.Is(err, store.ErrNotFound):
		head.StateHash = hex.EncodeToString(make([]byte, 32))
	case err != nil:
		return fmt.Errorf("engine: reload head: %w", err)
	default:
		if err := json.Unmarshal(b, &head); err != nil {
			return fmt.Errorf("engine: reload: corrupt head: %w", err)
		}
		if head.Seq == 0 {
			head.Seq = head.Height
		}
	}
	e.mu.Lock()
	e.head = head
	e.progs = map[string]*pool{}
	e.mu.Unlock()
	e.deployed.Clear()
	return nil
}
