package main

import "fmt"

type Counter struct{ hits int }

func (c *Counter) Hit()      { c.hits++ }
func (c Counter) Total() int { return c.hits }

type Page struct {
	Counter
	Title string
}

type Site struct {
	*Counter
	Pages []Page
}

func main() {
	p := Page{Title: "home"}
	p.Hit()
	p.Hit()
	fmt.Println(p.Total(), p.hits, p.Counter.hits)
	pages := []Page{{Title: "a"}, {Title: "b"}}
	for _, pg := range pages {
		pg.Hit()
	}
	fmt.Println(pages[0].Total())
	for i := range pages {
		pages[i].Hit()
	}
	fmt.Println(pages[0].Total(), pages[1].Total())
	shared := &Counter{}
	s1 := Site{Counter: shared}
	s2 := Site{Counter: shared}
	s1.Hit()
	s2.Hit()
	s2.Hit()
	fmt.Println(s1.Total(), s2.Total(), shared.hits)
	s3 := s1
	s3.Hit()
	fmt.Println(s1.Total())
	m := map[string]Page{"x": {Title: "x"}}
	pg := m["x"]
	pg.Hit()
	m["x"] = pg
	fmt.Println(m["x"].Total())
	hit := p.Hit
	hit()
	fmt.Println(p.Total())
}

// Output:
// 2 2 2
// 0
// 1 1
// 3 3 3
// 4
// 1
// 3
