//go:build ignore

// Package path implements utility routines for manipulating slash-separated
// paths, as Go's path does.
package path

import "errors"

// ErrBadPattern indicates a pattern was malformed.
var ErrBadPattern = errors.New("syntax error in pattern")

func Base(path string) string
func Clean(path string) string
func Dir(path string) string
func Ext(path string) string
func IsAbs(path string) bool
func Join(elem ...string) string
func Split(path string) (dir, file string)
func match(pattern, name string) (matched bool, bad bool)

// Match reports whether name matches the shell pattern.
func Match(pattern, name string) (matched bool, err error) {
	m, bad := match(pattern, name)
	if bad {
		return false, ErrBadPattern
	}
	return m, nil
}
