package stdlib

import (
	"html"
	"path"
)

func init() {
	register(map[string]Native{
		"path.Base":  f1(path.Base),
		"path.Clean": f1(path.Clean),
		"path.Dir":   f1(path.Dir),
		"path.Ext":   f1(path.Ext),
		"path.IsAbs": f1(path.IsAbs),
		"path.Join":  f1(func(elem []string) string { return path.Join(elem...) }),
		"path.Split": f1r2(path.Split),
		"path.match": f2r2(func(pattern, name string) (bool, bool) {
			m, err := path.Match(pattern, name)
			return m, err != nil
		}),
		"html.EscapeString":   f1(html.EscapeString),
		"html.UnescapeString": f1(html.UnescapeString),
	})
}
