package explorer

import (
	"bytes"
	"html/template"
	"sync"

	"github.com/alecthomas/chroma/v2"
	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
)

// Source files are highlighted with chroma into CSS classes (the styles
// are the embedded chroma.css: no inline style), with line numbers that
// are links to themselves: #L12.
var (
	goLexer     = chroma.Coalesce(lexers.Get("go"))
	sourceStyle = styles.Get("github")
	sourceHTML  = chromahtml.New(
		chromahtml.WithClasses(true),
		chromahtml.WithLineNumbers(true),
		chromahtml.WithLinkableLineNumbers(true, "L"),
	)
)

// chromaCSS is the stylesheet of highlighted source.
func chromaCSS() []byte {
	var b bytes.Buffer
	if err := sourceHTML.WriteCSS(&b, sourceStyle); err != nil {
		panic("explorer: chroma CSS: " + err.Error())
	}
	return b.Bytes()
}

// highlight renders Go source as HTML. Token text is escaped by the
// formatter.
func highlight(src []byte) (template.HTML, error) {
	it, err := goLexer.Tokenise(nil, string(src))
	if err != nil {
		return "", err
	}
	var b bytes.Buffer
	if err := sourceHTML.Format(&b, sourceStyle, it); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil
}

// sourceCache keeps highlighted files: packages are immutable, so a file
// of a package never changes. It holds at most max files and starts over
// when full.
type sourceCache struct {
	mu    sync.Mutex
	max   int
	files map[string]template.HTML
}

func newSourceCache(max int) *sourceCache {
	return &sourceCache{max: max, files: map[string]template.HTML{}}
}

// get returns file of pkg highlighted.
func (c *sourceCache) get(pkg, file string, src []byte) (template.HTML, error) {
	key := pkg + "\x00" + file
	c.mu.Lock()
	h, ok := c.files[key]
	c.mu.Unlock()
	if ok {
		return h, nil
	}
	h, err := highlight(src)
	if err != nil {
		return "", err
	}
	c.mu.Lock()
	if len(c.files) >= c.max {
		clear(c.files)
	}
	c.files[key] = h
	c.mu.Unlock()
	return h, nil
}
