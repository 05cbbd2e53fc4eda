package explorer

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"time"
)

//go:embed static
var staticFS embed.FS

// assets are the embedded files served under /static/, with chroma.css
// generated from the highlighting style.
var assets, assetVersion = loadAssets()

func loadAssets() (map[string][]byte, string) {
	m := map[string][]byte{"chroma.css": chromaCSS()}
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFS.ReadFile(p)
		m[path.Base(p)] = b
		return err
	})
	if err != nil {
		panic("explorer: embedded assets: " + err.Error())
	}
	h := sha256.New()
	for _, name := range []string{"app.js", "style.css", "chroma.css", "favicon.svg"} {
		h.Write(m[name])
	}
	return m, hex.EncodeToString(h.Sum(nil))[:12]
}

// assetURL is the URL of an embedded asset; the version in its query lets
// browsers cache it for good.
func assetURL(name string) string { return "/static/" + name + "?v=" + assetVersion }

var startTime = time.Now()

// staticHandler serves the embedded assets.
func staticHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, ok := assets[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		ct := mime.TypeByExtension(path.Ext(r.URL.Path))
		if ct == "" {
			ct = "application/octet-stream"
		}
		w.Header().Set("Content-Type", ct)
		if r.URL.Query().Get("v") == assetVersion {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		http.ServeContent(w, r, r.URL.Path, startTime, bytes.NewReader(b))
	})
}
