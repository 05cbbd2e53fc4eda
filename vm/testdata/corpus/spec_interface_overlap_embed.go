package main

import "fmt"

type Closer interface{ Close() error }
type ReadCloser interface {
	Read() string
	Closer
}
type WriteCloser interface {
	Write(string)
	Closer
}
type ReadWriteCloser interface {
	ReadCloser
	WriteCloser
}

type file struct {
	buf    []string
	closed bool
}

func (f *file) Read() string {
	if len(f.buf) == 0 {
		return "<empty>"
	}
	s := f.buf[0]
	f.buf = f.buf[1:]
	return s
}
func (f *file) Write(s string) { f.buf = append(f.buf, s) }
func (f *file) Close() error {
	if f.closed {
		return fmt.Errorf("already closed")
	}
	f.closed = true
	return nil
}

func main() {
	var rwc ReadWriteCloser = &file{}
	rwc.Write("a")
	rwc.Write("b")
	fmt.Println(rwc.Read())
	var rc ReadCloser = rwc
	fmt.Println(rc.Read(), rc.Read())
	var c Closer = rwc
	fmt.Println(c.Close(), rwc.Close())
	wc, ok := c.(WriteCloser)
	fmt.Println(ok, wc != nil)
	_, ok = c.(interface{ Flush() })
	fmt.Println(ok)
	fmt.Printf("%T\n", c)
}

// Output:
// a
// b <empty>
// <nil> already closed
// true true
// false
// *main.file
