package stdlib

import (
	"errors"
	"regexp"
	"regexp/syntax"
	"strconv"
	"sync"
)

// regexpCache holds compiled expressions by mode and source; a pure cache.
var regexpCache struct {
	sync.Mutex
	m map[string]*regexp.Regexp
}

func compileRegexp(expr string, mode int) (*regexp.Regexp, error) {
	if mode&1 != 0 {
		return regexp.CompilePOSIX(expr)
	}
	re, err := regexp.Compile(expr)
	if err == nil && mode&2 != 0 {
		re.Longest()
	}
	return re, err
}

// cachedRegexp returns the compiled expression; the VM source only calls
// it with expressions that compiled.
func cachedRegexp(expr string, mode int) *regexp.Regexp {
	key := strconv.Itoa(mode) + ":" + expr
	regexpCache.Lock()
	re, ok := regexpCache.m[key]
	regexpCache.Unlock()
	if ok {
		return re
	}
	re, err := compileRegexp(expr, mode)
	if err != nil {
		panic("regexp: " + err.Error())
	}
	regexpCache.Lock()
	if regexpCache.m == nil || len(regexpCache.m) >= 512 {
		regexpCache.m = map[string]*regexp.Regexp{}
	}
	regexpCache.m[key] = re
	regexpCache.Unlock()
	return re
}

func flatten(m [][]int) []int {
	if m == nil {
		return nil
	}
	var out []int
	for _, x := range m {
		out = append(out, x...)
	}
	if out == nil {
		out = []int{}
	}
	return out
}

// reNative adapts a native whose first two arguments are expr and mode.
func reNative(f func(re *regexp.Regexp, a []any) any) Native {
	return func(a []any) []any {
		return []any{f(cachedRegexp(a[0].(string), a[1].(int)), a[2:])}
	}
}

func init() {
	register(map[string]Native{
		"regexp.compile": func(a []any) []any {
			expr, posix := a[0].(string), a[1].(bool)
			mode := 0
			if posix {
				mode = 3
			}
			re, err := compileRegexp(expr, mode)
			if err != nil {
				var se *syntax.Error
				if errors.As(err, &se) {
					return []any{string(se.Code), se.Expr, 0, []string(nil), "", false}
				}
				return []any{err.Error(), expr, 0, []string(nil), "", false}
			}
			prefix, complete := re.LiteralPrefix()
			return []any{"", "", re.NumSubexp(), re.SubexpNames(), prefix, complete}
		},
		"regexp.QuoteMeta": f1(regexp.QuoteMeta),
		"regexp.matchString": reNative(func(re *regexp.Regexp, a []any) any {
			return re.MatchString(a[0].(string))
		}),
		"regexp.match": reNative(func(re *regexp.Regexp, a []any) any {
			return re.Match(arg[[]byte](a[0]))
		}),
		"regexp.findStringIndex": reNative(func(re *regexp.Regexp, a []any) any {
			return re.FindStringIndex(a[0].(string))
		}),
		"regexp.findIndex": reNative(func(re *regexp.Regexp, a []any) any {
			return re.FindIndex(arg[[]byte](a[0]))
		}),
		"regexp.findStringSubmatchIndex": reNative(func(re *regexp.Regexp, a []any) any {
			return re.FindStringSubmatchIndex(a[0].(string))
		}),
		"regexp.findSubmatchIndex": reNative(func(re *regexp.Regexp, a []any) any {
			return re.FindSubmatchIndex(arg[[]byte](a[0]))
		}),
		"regexp.findAllStringIndex": reNative(func(re *regexp.Regexp, a []any) any {
			return flatten(re.FindAllStringIndex(a[0].(string), a[1].(int)))
		}),
		"regexp.findAllIndex": reNative(func(re *regexp.Regexp, a []any) any {
			return flatten(re.FindAllIndex(arg[[]byte](a[0]), a[1].(int)))
		}),
		"regexp.findAllStringSubmatchIndex": reNative(func(re *regexp.Regexp, a []any) any {
			return flatten(re.FindAllStringSubmatchIndex(a[0].(string), a[1].(int)))
		}),
		"regexp.findAllSubmatchIndex": reNative(func(re *regexp.Regexp, a []any) any {
			return flatten(re.FindAllSubmatchIndex(arg[[]byte](a[0]), a[1].(int)))
		}),
		"regexp.replaceAllString": reNative(func(re *regexp.Regexp, a []any) any {
			return re.ReplaceAllString(a[0].(string), a[1].(string))
		}),
		"regexp.replaceAllLiteralString": reNative(func(re *regexp.Regexp, a []any) any {
			return re.ReplaceAllLiteralString(a[0].(string), a[1].(string))
		}),
		"regexp.replaceAll": reNative(func(re *regexp.Regexp, a []any) any {
			return re.ReplaceAll(arg[[]byte](a[0]), arg[[]byte](a[1]))
		}),
		"regexp.replaceAllLiteral": reNative(func(re *regexp.Regexp, a []any) any {
			return re.ReplaceAllLiteral(arg[[]byte](a[0]), arg[[]byte](a[1]))
		}),
		"regexp.split": reNative(func(re *regexp.Regexp, a []any) any {
			return re.Split(a[0].(string), a[1].(int))
		}),
		"regexp.expandString": reNative(func(re *regexp.Regexp, a []any) any {
			return re.ExpandString(arg[[]byte](a[0]), a[1].(string), a[2].(string), arg[[]int](a[3]))
		}),
		"regexp.expand": reNative(func(re *regexp.Regexp, a []any) any {
			return re.Expand(arg[[]byte](a[0]), arg[[]byte](a[1]), arg[[]byte](a[2]), arg[[]int](a[3]))
		}),
	})
}
