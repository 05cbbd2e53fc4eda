package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) { l.lines = append(l.lines, l.prefix+s) }

type Val struct{ n int }

func (v Val) Print()   { fmt.Println("val", v.n) }
func (v *Val) PPrint() { fmt.Println("ptr", v.n) }

func main() {
	l := &Logger{prefix: "> "}
	func() {
		defer l.Log("deferred")
		l.Log("body")
		l.prefix = "# "
	}()
	fmt.Println(l.lines)
	v := Val{1}
	defer v.Print()
	defer v.PPrint()
	f := v.Print
	defer f()
	v.n = 2
	var iface interface{ Print() } = v
	defer iface.Print()
	v.n = 3
	defer fmt.Println("last registered, first run; v.n =", v.n)
}

// Output:
// [> body # deferred]
// last registered, first run; v.n = 3
// val 2
// val 1
// ptr 3
// val 1
