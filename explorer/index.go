package explorer

import (
	"cmp"
	"context"
	"slices"
	"sync"
	"time"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/client"
	"github.com/amigo-platform/amigo/node/engine"
)

// statusCache keeps the node's status for the footer of every page: it is
// refreshed in the background once older than ttl, so a page never waits
// for it except the first.
type statusCache struct {
	c   *client.Client
	ttl time.Duration

	mu         sync.Mutex
	st         *api.Status
	at         time.Time
	refreshing bool
}

// get returns the status, possibly up to ttl (plus one refresh) old; nil
// when the node cannot be asked.
func (sc *statusCache) get(ctx context.Context) *api.Status {
	sc.mu.Lock()
	st, at := sc.st, sc.at
	stale := st != nil && time.Since(at) > sc.ttl && !sc.refreshing
	if stale {
		sc.refreshing = true
	}
	sc.mu.Unlock()
	if st == nil {
		st, _ = sc.fresh(ctx)
		return st
	}
	if stale {
		go func() {
			ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), requestTimeout) // with the session's token
			defer cancel()
			sc.fresh(ctx)
			sc.mu.Lock()
			sc.refreshing = false
			sc.mu.Unlock()
		}()
	}
	return st
}

// fresh asks the node now and keeps the answer.
func (sc *statusCache) fresh(ctx context.Context) (*api.Status, error) {
	st, err := sc.c.Status(ctx)
	if err != nil {
		return nil, err
	}
	sc.mu.Lock()
	sc.st, sc.at = st, time.Now()
	sc.mu.Unlock()
	return st, nil
}

// packageIndex is the list of every deployed package (without source),
// for what the API does not answer directly: a package's importers and the
// most recently deployed packages. Packages are immutable, so the index
// only changes when a deploy commits: each use reads the head (one
// receipt) and rebuilds only when a deploy committed since.
type packageIndex struct {
	c *client.Client

	mu        sync.Mutex
	height    int64 // the head the index is up to date with
	built     bool
	pkgs      []engine.PackageInfo // in path order
	latest    []engine.PackageInfo // the last deployed, newest first
	importers map[string][]string
}

// maxScan is how many new transactions the index looks through for a
// deploy before it just rebuilds.
const maxScan = 100 // the most /v1/txs returns at once

// sync brings the index up to the node's head.
func (ix *packageIndex) sync(ctx context.Context) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	head, err := ix.c.Txs(ctx, 0, 1)
	if err != nil {
		return err
	}
	var h int64
	if len(head.Txs) > 0 {
		h = head.Txs[0].Seq
	}
	if ix.built && h == ix.height {
		return nil
	}
	if ix.built && h > ix.height && h-ix.height <= maxScan {
		list, err := ix.c.Txs(ctx, 0, int(h-ix.height))
		if err != nil {
			return err
		}
		deployed := false
		for _, rc := range list.Txs {
			if rc.Seq > ix.height && rc.Kind == engine.KindDeploy && rc.OK() {
				deployed = true
				break
			}
		}
		if !deployed {
			ix.height = h
			return nil
		}
	}
	return ix.rebuild(ctx, h)
}

// rebuild lists every package. Called with ix.mu held.
func (ix *packageIndex) rebuild(ctx context.Context, h int64) error {
	const page = 1000
	var all []engine.PackageInfo
	for {
		list, err := ix.c.Packages(ctx, "", page, len(all))
		if err != nil {
			return err
		}
		all = append(all, list.Packages...)
		if len(list.Packages) < page || len(all) >= list.Total {
			break
		}
	}
	imp := map[string][]string{}
	for _, p := range all {
		for _, i := range p.Imports {
			imp[i] = append(imp[i], p.Path)
		}
	}
	latest := slices.Clone(all)
	slices.SortStableFunc(latest, func(a, b engine.PackageInfo) int { return cmp.Compare(b.Height, a.Height) })
	ix.pkgs, ix.latest, ix.importers, ix.height, ix.built = all, latest[:min(len(latest), 32)], imp, h, true
	return nil
}

// importersOf lists the packages that import pkg, in path order.
func (ix *packageIndex) importersOf(ctx context.Context, pkg string) ([]string, error) {
	if err := ix.sync(ctx); err != nil {
		return nil, err
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return slices.Clone(ix.importers[pkg]), nil
}

// recent returns the n packages deployed last, newest first, and the
// number of packages.
func (ix *packageIndex) recent(ctx context.Context, n int) ([]engine.PackageInfo, int, error) {
	if err := ix.sync(ctx); err != nil {
		return nil, 0, err
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return slices.Clone(ix.latest[:min(n, len(ix.latest))]), len(ix.pkgs), nil
}
