//go:build ignore

// Package html provides functions for escaping and unescaping HTML text,
// as Go's html does.
package html

// EscapeString escapes special characters like "<" to become "&lt;".
func EscapeString(s string) string

// UnescapeString unescapes entities like "&lt;" to become "<".
func UnescapeString(s string) string
