package stdlib

import (
	"bytes"
	"unicode"
)

func init() {
	register(map[string]Native{
		"bytes.Clone":         f1(bytes.Clone),
		"bytes.Compare":       f2(bytes.Compare),
		"bytes.Contains":      f2(bytes.Contains),
		"bytes.ContainsAny":   f2(bytes.ContainsAny),
		"bytes.ContainsRune":  f2(bytes.ContainsRune),
		"bytes.Count":         f2(bytes.Count),
		"bytes.Cut":           f2r3(bytes.Cut),
		"bytes.CutPrefix":     f2r2(bytes.CutPrefix),
		"bytes.CutSuffix":     f2r2(bytes.CutSuffix),
		"bytes.Equal":         f2(bytes.Equal),
		"bytes.EqualFold":     f2(bytes.EqualFold),
		"bytes.HasPrefix":     f2(bytes.HasPrefix),
		"bytes.HasSuffix":     f2(bytes.HasSuffix),
		"bytes.Index":         f2(bytes.Index),
		"bytes.IndexAny":      f2(bytes.IndexAny),
		"bytes.IndexByte":     f2(bytes.IndexByte),
		"bytes.IndexRune":     f2(bytes.IndexRune),
		"bytes.LastIndex":     f2(bytes.LastIndex),
		"bytes.LastIndexAny":  f2(bytes.LastIndexAny),
		"bytes.LastIndexByte": f2(bytes.LastIndexByte),
		"bytes.Replace":       f4(bytes.Replace),
		"bytes.ReplaceAll":    f3(bytes.ReplaceAll),
		"bytes.ToLower":       f1(bytes.ToLower),
		"bytes.ToUpper":       f1(bytes.ToUpper),
		"bytes.ToValidUTF8":   f2(bytes.ToValidUTF8),
		"bytes.Trim":          f2(bytes.Trim),
		"bytes.TrimLeft":      f2(bytes.TrimLeft),
		"bytes.TrimPrefix":    f2(bytes.TrimPrefix),
		"bytes.TrimRight":     f2(bytes.TrimRight),
		"bytes.TrimSpace":     f1(bytes.TrimSpace),
		"bytes.TrimSuffix":    f2(bytes.TrimSuffix),
		"bytes.Runes":         f1(bytes.Runes),
		"bytes.Title":         f1(bytes.Title), //nolint:staticcheck,
		"bytes.isSpace":       f1(unicode.IsSpace),
		"bytes.toTitle":       f1(unicode.ToTitle),
		"bytes.repeat":        f2(bytes.Repeat),
	})
}
