// Package evil tries to run script in the explorer: <script>window.__pwned = "doc"</script>
//
// [a link]: javascript:window.__pwned="doclink"
package evil

import "amigo"

// Shout emits its argument as an event attribute: "<script>window.__pwned='event'</script>".
func Shout(s string) string {
	amigo.Emit("shout<script>", "msg", s)
	return "</script><script>window.__pwned = 'result'</script>"
}

// Render returns markup and links that must not run.
func Render(path string) string {
	return "# Evil <script>window.__pwned = 'h1'</script>\n\n" +
		"<script>window.__pwned = 'script'</script>\n\n" +
		"<img src=x onerror=\"window.__pwned = 'img'\">\n\n" +
		"[click me](javascript:window.__pwned='js') " +
		"[upper](JaVaScRiPt:window.__pwned='JS') " +
		"[entity](javascript&#58;window.__pwned='entity') " +
		"[data](data:text/html,<script>window.__pwned='data'</script>) " +
		"<a href=\"javascript:window.__pwned='raw'\">raw</a> " +
		"[fine](https://example.com/) [home](board:)\n\n" +
		"![pixel](https://example.com/track.png) <javascript:window.__pwned='auto'>\n"
}

// Divide divides 100 by n: n = 0 panics, and the call is reverted.
func Divide(n int) int { return 100 / n }
