package main

import (
	"fmt"
	"strings"
)

type Logger interface {
	Log(string)
	Lines() []string
}

type memLog struct{ lines []string }

func (m *memLog) Log(s string)    { m.lines = append(m.lines, s) }
func (m *memLog) Lines() []string { return m.lines }

type Service struct {
	Logger
	Name string
}

func (s *Service) Do(x int) {
	s.Log(fmt.Sprintf("%s did %d", s.Name, x))
}

type prefixLog struct {
	Logger
	prefix string
}

func (p prefixLog) Log(s string) { p.Logger.Log(p.prefix + s) }

type ReadWriter interface {
	Reader
	Writer
}
type Reader interface{ Read() string }
type Writer interface{ Write(string) }

type buf struct{ data []string }

func (b *buf) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *buf) Write(s string) { b.data = append(b.data, s) }

func main() {
	ml := &memLog{}
	svc := &Service{ml, "svc"}
	svc.Do(1)
	svc.Do(2)
	pl := prefixLog{ml, "> "}
	pl.Log("prefixed")
	svc.Logger = pl
	svc.Do(3)
	fmt.Println(strings.Join(ml.Lines(), " | "))
	var rw ReadWriter = &buf{}
	rw.Write("one")
	rw.Write("two")
	var r Reader = rw
	fmt.Println(r.Read(), rw.Read(), rw.Read() == "")
	empty := Service{Name: "nil logger"}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		empty.Do(5)
	}()
}

// Output:
// svc did 1 | svc did 2 | > prefixed | > svc did 3
// one two true
// recovered: runtime error: invalid memory address or nil pointer dereference
