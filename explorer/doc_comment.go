package explorer

import (
	"go/doc/comment"
	"html/template"
	"slices"
	"strings"
)

// docHTML renders a Go doc comment (a package's or a function's) as HTML:
// paragraphs, headings, lists, code blocks and links. The printer escapes
// text; links go through the same policy as Render output, and doc links
// to the package's functions ([Greet]) and to the deployed packages it
// imports ([board.Add]) point into the explorer; others stay text.
func docHTML(pkg string, imports []string, funcs []string, text string) template.HTML {
	if text == "" {
		return ""
	}
	byName := map[string]string{}
	for _, imp := range imports {
		byName[imp[strings.LastIndexByte(imp, '/')+1:]] = imp
	}
	p := comment.Parser{
		LookupPackage: func(name string) (string, bool) {
			imp, ok := byName[name]
			return imp, ok
		},
		LookupSym: func(recv, name string) bool { return recv == "" && slices.Contains(funcs, name) },
	}
	d := p.Parse(text)
	for _, b := range d.Content {
		sanitizeBlock(pkg, b)
	}
	for _, l := range d.Links {
		if dest, kind := classifyURL(l.URL, pkg); kind == linkUnsafe {
			l.URL = ""
		} else {
			l.URL = dest
		}
	}
	pr := comment.Printer{
		HeadingLevel: 4,
		DocLinkURL: func(l *comment.DocLink) string {
			path := l.ImportPath
			if path == "" {
				path = pkg
			}
			if l.Recv != "" || path != pkg && !slices.Contains(imports, path) {
				return ""
			}
			u := pkgURL(path)
			if l.Name != "" {
				u += "#fn-" + l.Name
			}
			return u
		},
	}
	return template.HTML(pr.HTML(d))
}

func sanitizeBlock(pkg string, b comment.Block) {
	switch b := b.(type) {
	case *comment.Paragraph:
		b.Text = sanitizeText(pkg, b.Text)
	case *comment.Heading:
		b.Text = sanitizeText(pkg, b.Text)
	case *comment.List:
		for _, it := range b.Items {
			for _, c := range it.Content {
				sanitizeBlock(pkg, c)
			}
		}
	}
}

// sanitizeText replaces links the policy refuses with their text.
func sanitizeText(pkg string, ts []comment.Text) []comment.Text {
	out := ts[:0]
	for _, t := range ts {
		if l, ok := t.(*comment.Link); ok {
			dest, kind := classifyURL(l.URL, pkg)
			if kind == linkUnsafe {
				out = append(out, l.Text...)
				continue
			}
			l.URL = dest
		}
		out = append(out, t)
	}
	return out
}
