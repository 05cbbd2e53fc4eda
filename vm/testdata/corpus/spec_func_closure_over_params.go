package main

import (
	"fmt"
	"strings"
)

func makeMultiplier(factor int) func(int) int {
	return func(x int) int {
		factor++
		return x * factor
	}
}

func makeLogger(prefix string, sink *[]string) func(string, ...any) {
	return func(format string, args ...any) {
		*sink = append(*sink, prefix+fmt.Sprintf(format, args...))
	}
}

func withRetry(n int, f func(attempt int) error) (err error) {
	for i := 1; i <= n; i++ {
		if err = f(i); err == nil {
			return nil
		}
	}
	return fmt.Errorf("after %d attempts: %w", n, err)
}

func main() {
	m := makeMultiplier(1)
	fmt.Println(m(10), m(10), m(10))
	var lines []string
	info := makeLogger("[info] ", &lines)
	warn := makeLogger("[warn] ", &lines)
	info("started %d workers", 3)
	warn("disk at %d%%", 91)
	info("done")
	fmt.Println(strings.Join(lines, "\n"))
	calls := 0
	err := withRetry(3, func(a int) error {
		calls++
		if a < 2 {
			return fmt.Errorf("attempt %d failed", a)
		}
		return nil
	})
	fmt.Println(err, calls)
	err = withRetry(2, func(a int) error { return fmt.Errorf("nope %d", a) })
	fmt.Println(err)
}

// Output:
// 20 30 40
// [info] started 3 workers
// [warn] disk at 91%
// [info] done
// <nil> 2
// after 2 attempts: nope 2
