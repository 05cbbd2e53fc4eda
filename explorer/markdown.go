package explorer

import (
	"bytes"
	"html/template"
	"net/url"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// markdown renders contracts' Render output. Raw HTML is dropped (the
// renderer is goldmark's default, never WithUnsafe) and every link and
// image goes through linkPolicy.
type markdown struct {
	md goldmark.Markdown
}

// pkgKey carries the package being rendered to linkPolicy, for links of
// the form ":path" (another page of the same package).
var pkgKey = parser.NewContextKey()

func newMarkdown() *markdown {
	return &markdown{md: goldmark.New(
		goldmark.WithExtensions(extension.GFM),
		goldmark.WithParserOptions(parser.WithASTTransformers(util.Prioritized(linkPolicy{}, 1000))),
	)}
}

// render converts the markdown src of package pkg to HTML that is safe to
// embed in a page.
func (m *markdown) render(pkg, src string) (template.HTML, error) {
	ctx := parser.NewContext()
	ctx.Set(pkgKey, pkg)
	var b bytes.Buffer
	if err := m.md.Convert([]byte(src), &b, parser.WithContext(ctx)); err != nil {
		return "", err
	}
	return template.HTML(b.String()), nil
}

// linkPolicy rewrites the links and images of a document:
//
//   - http, https and mailto links stay, marked external (rel=nofollow
//     noopener noreferrer);
//   - "pkg:path" (pkg a package path: hello:posts/1, alice/token:x; not
//     pkg://...) becomes the explorer's /pkg:path, and ":path" is a page of
//     the same package;
//   - relative links (posts/1, /hello, ?page=2, #top) stay;
//   - anything else (javascript:, data:, vbscript:, file:, ftp://, other
//     schemes with an authority, control characters) loses its link: its
//     text stays, as text.
//
// Images from the node itself (relative URLs) stay; an image elsewhere
// becomes a link to it (the CSP would block it anyway), and any other image
// becomes its alt text.
type linkPolicy struct{}

func (linkPolicy) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	pkg, _ := pc.Get(pkgKey).(string)
	src := reader.Source()
	type fix struct {
		n    ast.Node
		dest string
		kind linkKind
	}
	var fixes []fix
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.Link:
			dest, kind := classifyDest(n.Destination, pkg)
			fixes = append(fixes, fix{n, dest, kind})
		case *ast.Image:
			dest, kind := classifyDest(n.Destination, pkg)
			fixes = append(fixes, fix{n, dest, kind})
			return ast.WalkSkipChildren, nil
		case *ast.AutoLink:
			// goldmark writes an autolink's URL escaped, unresolved.
			dest, kind := classifyURL(string(util.URLEscape(n.URL(src), false)), pkg)
			if n.AutoLinkType == ast.AutoLinkEmail {
				dest, kind = "", linkExternal // goldmark adds mailto: itself
			}
			fixes = append(fixes, fix{n, dest, kind})
		}
		return ast.WalkContinue, nil
	})
	for _, f := range fixes {
		switch n := f.n.(type) {
		case *ast.Link:
			switch f.kind {
			case linkUnsafe:
				unwrap(n)
			case linkExternal:
				n.Destination = []byte(f.dest)
				n.SetAttributeString("rel", []byte("nofollow noopener noreferrer"))
				n.SetAttributeString("class", []byte("ext"))
			default:
				n.Destination = []byte(f.dest)
			}
		case *ast.Image:
			switch f.kind {
			case linkRelative:
				n.Destination = []byte(f.dest)
			case linkExternal:
				l := ast.NewLink()
				l.Destination = []byte(f.dest)
				l.SetAttributeString("rel", []byte("nofollow noopener noreferrer"))
				l.SetAttributeString("class", []byte("ext image"))
				for c := n.FirstChild(); c != nil; {
					next := c.NextSibling()
					l.AppendChild(l, c)
					c = next
				}
				if l.ChildCount() == 0 {
					l.AppendChild(l, ast.NewString([]byte("image")))
				}
				n.Parent().ReplaceChild(n.Parent(), n, l)
			default:
				unwrap(n)
			}
		case *ast.AutoLink:
			if f.kind == linkUnsafe {
				n.Parent().ReplaceChild(n.Parent(), n, ast.NewString(n.Label(src)))
			} else if f.kind == linkExternal {
				n.SetAttributeString("rel", []byte("nofollow noopener noreferrer"))
				n.SetAttributeString("class", []byte("ext"))
			}
		}
	}
}

// unwrap replaces n by its children.
func unwrap(n ast.Node) {
	parent := n.Parent()
	if parent == nil {
		return
	}
	for c := n.FirstChild(); c != nil; {
		next := c.NextSibling()
		parent.InsertBefore(parent, n, c)
		c = next
	}
	parent.RemoveChild(parent, n)
}

type linkKind int

const (
	linkUnsafe   linkKind = iota // dropped
	linkRelative                 // on the node: relative, or rewritten pkg:path
	linkExternal                 // http, https, mailto
)

// classifyDest classifies a link destination as the browser will see it:
// goldmark writes util.URLEscape(dest, true) (backslash escapes and
// entities resolved, then percent-escaped), so that is what is judged.
// The destination returned must come out of that escaping unchanged, or
// what was judged would not be what is written (a double-encoded
// "&amp;#58;" resolves one level per pass): otherwise it is unsafe.
func classifyDest(raw []byte, pkg string) (string, linkKind) {
	dest, kind := classifyURL(string(util.URLEscape(raw, true)), pkg)
	if kind != linkUnsafe && string(util.URLEscape([]byte(dest), true)) != dest {
		return "", linkUnsafe
	}
	return dest, kind
}

// classifyURL decides what a link of the markdown of package pkg becomes.
func classifyURL(dest, pkg string) (string, linkKind) {
	if dest == "" || strings.HasPrefix(dest, "#") || strings.HasPrefix(dest, "?") {
		return dest, linkRelative
	}
	for _, c := range dest {
		if c < 0x20 || c == 0x7f || c == '\\' {
			return "", linkUnsafe
		}
	}
	colon := strings.IndexByte(dest, ':')
	if colon < 0 || strings.ContainsAny(dest[:colon], "/?#") && !isPkgPath(dest[:colon]) {
		// No scheme: relative to the page (./a:b, /x:y, a?b:c included).
		if strings.HasPrefix(dest, "//") {
			return dest, linkExternal // another host, over the page's scheme
		}
		return dest, linkRelative
	}
	head := dest[:colon]
	switch strings.ToLower(head) {
	case "http", "https", "mailto":
		if _, err := url.Parse(dest); err != nil {
			return "", linkUnsafe
		}
		return dest, linkExternal
	case "javascript", "vbscript", "data", "file", "blob", "filesystem", "about":
		return "", linkUnsafe
	}
	if colon == 0 {
		if pkg == "" {
			return "", linkUnsafe
		}
		return renderURL(pkg, dest[1:]), linkRelative
	}
	if isPkgPath(head) && !strings.HasPrefix(dest[colon+1:], "//") {
		return renderURL(head, dest[colon+1:]), linkRelative
	}
	return "", linkUnsafe
}
