package client

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/amigo-platform/amigo/api"
	"github.com/amigo-platform/amigo/node/engine"
	"github.com/amigo-platform/amigo/vm"
)

// Status describes the node.
func (c *Client) Status(ctx context.Context) (*api.Status, error) {
	var out api.Status
	if err := c.do(ctx, http.MethodGet, "/v1/status", nil, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Packages lists deployed packages whose path contains q (all for ""), in
// path order, without their source; limit and offset page through them (0:
// the node's defaults).
func (c *Client) Packages(ctx context.Context, q string, limit, offset int) (*api.PackageList, error) {
	v := url.Values{}
	if q != "" {
		v.Set("q", q)
	}
	setInt(v, "limit", int64(limit))
	setInt(v, "offset", int64(offset))
	var out api.PackageList
	if err := c.do(ctx, http.MethodGet, "/v1/packages", v, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Package returns a deployed package with its source files and exported
// functions. An unknown path is an *Error with code api.CodeNotFound.
func (c *Client) Package(ctx context.Context, path string) (*engine.PackageInfo, error) {
	var out engine.PackageInfo
	if err := c.do(ctx, http.MethodGet, "/v1/packages/"+escapePath(path), nil, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Tx returns the receipt of the transaction with hash. The receipt of a
// reverted transaction is returned without error: its Error says why.
func (c *Client) Tx(ctx context.Context, hash string) (*engine.Receipt, error) {
	var out engine.Receipt
	if err := c.do(ctx, http.MethodGet, "/v1/txs/"+url.PathEscape(hash), nil, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Txs returns receipts newest first, below height before (0: from the
// head), at most limit of them (0: the node's default). TxList.Next is the
// before of the following page.
func (c *Client) Txs(ctx context.Context, before int64, limit int) (*api.TxList, error) {
	v := url.Values{}
	setInt(v, "before", before)
	setInt(v, "limit", int64(limit))
	var out api.TxList
	if err := c.do(ctx, http.MethodGet, "/v1/txs", v, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Peers lists the node's connected libp2p peers.
func (c *Client) Peers(ctx context.Context) (*api.PeerList, error) {
	var out api.PeerList
	if err := c.do(ctx, http.MethodGet, "/v1/peers", nil, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// State returns a package's persisted variables, one level deep.
func (c *Client) State(ctx context.Context, pkg string) (*api.StateView, error) {
	var out api.StateView
	if err := c.do(ctx, http.MethodGet, "/v1/state/"+escapePath(pkg), nil, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// Object returns one page of a stored object from cursor ("" for the
// first page; a page's Next for the following one).
func (c *Client) Object(ctx context.Context, id uint64, cursor string, limit int) (*api.ObjectView, error) {
	q := url.Values{}
	if cursor != "" {
		q.Set("cursor", cursor)
	}
	if limit > 0 {
		q.Set("limit", strconv.Itoa(limit))
	}
	var out api.ObjectView
	if err := c.do(ctx, http.MethodGet, "/v1/objects/"+strconv.FormatUint(id, 10), q, nil, &out); err != nil {
		return nil, err
	}
	return &out, nil
}

// escapePath escapes each segment of a package path.
func escapePath(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}

// ReadPackage reads the files Deploy takes from dir: its non-test .go files,
// named by base name, in name order.
func ReadPackage(dir string) ([]vm.File, error) {
	ents, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var files []vm.File
	for _, e := range ents {
		n := e.Name()
		if e.IsDir() || !strings.HasSuffix(n, ".go") || strings.HasSuffix(n, "_test.go") || strings.HasPrefix(n, ".") || strings.HasPrefix(n, "_") {
			continue
		}
		src, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		files = append(files, vm.File{Name: n, Src: src})
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no Go files (other than tests) in %s", dir)
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	return files, nil
}
