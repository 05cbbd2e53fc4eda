package stdlib

import (
	"strings"
	"sync"
)

var replacerCache struct {
	sync.Mutex
	m map[string]*strings.Replacer
}

func cachedReplacer(oldnew []string) *strings.Replacer {
	var kb strings.Builder
	for _, s := range oldnew {
		kb.WriteString(itoa(len(s)))
		kb.WriteByte(':')
		kb.WriteString(s)
	}
	key := kb.String()
	replacerCache.Lock()
	defer replacerCache.Unlock()
	if r, ok := replacerCache.m[key]; ok {
		return r
	}
	if replacerCache.m == nil || len(replacerCache.m) >= 256 {
		replacerCache.m = map[string]*strings.Replacer{}
	}
	r := strings.NewReplacer(oldnew...)
	replacerCache.m[key] = r
	return r
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

func init() {
	register(map[string]Native{
		"strings.Clone":         f1(strings.Clone),
		"strings.Compare":       f2(strings.Compare),
		"strings.Contains":      f2(strings.Contains),
		"strings.ContainsAny":   f2(strings.ContainsAny),
		"strings.ContainsRune":  f2(strings.ContainsRune),
		"strings.Count":         f2(strings.Count),
		"strings.Cut":           f2r3(strings.Cut),
		"strings.CutPrefix":     f2r2(strings.CutPrefix),
		"strings.CutSuffix":     f2r2(strings.CutSuffix),
		"strings.EqualFold":     f2(strings.EqualFold),
		"strings.Fields":        f1(strings.Fields),
		"strings.HasPrefix":     f2(strings.HasPrefix),
		"strings.HasSuffix":     f2(strings.HasSuffix),
		"strings.Index":         f2(strings.Index),
		"strings.IndexAny":      f2(strings.IndexAny),
		"strings.IndexByte":     f2(strings.IndexByte),
		"strings.IndexRune":     f2(strings.IndexRune),
		"strings.Join":          f2(strings.Join),
		"strings.LastIndex":     f2(strings.LastIndex),
		"strings.LastIndexAny":  f2(strings.LastIndexAny),
		"strings.LastIndexByte": f2(strings.LastIndexByte),
		"strings.Replace":       f4(strings.Replace),
		"strings.ReplaceAll":    f3(strings.ReplaceAll),
		"strings.Split":         f2(strings.Split),
		"strings.SplitAfter":    f2(strings.SplitAfter),
		"strings.SplitAfterN":   f3(strings.SplitAfterN),
		"strings.SplitN":        f3(strings.SplitN),
		"strings.Title":         f1(strings.Title), //nolint:staticcheck
		"strings.ToLower":       f1(strings.ToLower),
		"strings.ToTitle":       f1(strings.ToTitle),
		"strings.ToUpper":       f1(strings.ToUpper),
		"strings.ToValidUTF8":   f2(strings.ToValidUTF8),
		"strings.Trim":          f2(strings.Trim),
		"strings.TrimLeft":      f2(strings.TrimLeft),
		"strings.TrimPrefix":    f2(strings.TrimPrefix),
		"strings.TrimRight":     f2(strings.TrimRight),
		"strings.TrimSpace":     f1(strings.TrimSpace),
		"strings.TrimSuffix":    f2(strings.TrimSuffix),
		"strings.repeat":        f2(strings.Repeat),
		"strings.lines": f1(func(s string) []string {
			var out []string
			for l := range strings.Lines(s) {
				out = append(out, l)
			}
			return out
		}),
		"strings.replace": f2(func(oldnew []string, s string) string {
			return cachedReplacer(oldnew).Replace(s)
		}),
	})
}
