package main

import (
	"fmt"
	"strings"
)

type Board [][]bool

func parse(rows ...string) Board {
	b := make(Board, len(rows))
	for i, r := range rows {
		b[i] = make([]bool, len(r))
		for j, c := range r {
			b[i][j] = c == '#'
		}
	}
	return b
}

func (b Board) step() Board {
	h, w := len(b), len(b[0])
	nb := make(Board, h)
	for i := range nb {
		nb[i] = make([]bool, w)
		for j := range nb[i] {
			n := 0
			for di := -1; di <= 1; di++ {
				for dj := -1; dj <= 1; dj++ {
					if di == 0 && dj == 0 {
						continue
					}
					y, x := (i+di+h)%h, (j+dj+w)%w
					if b[y][x] {
						n++
					}
				}
			}
			nb[i][j] = n == 3 || (n == 2 && b[i][j])
		}
	}
	return nb
}

func (b Board) String() string {
	var sb strings.Builder
	for _, r := range b {
		for _, c := range r {
			if c {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	b := parse(
		".#......",
		"..#.....",
		"###.....",
		"........",
		"........",
		"........",
	)
	for gen := 0; gen < 4; gen++ {
		fmt.Printf("gen %d\n%v", gen, b)
		b = b.step()
	}
	live := 0
	for range 20 {
		b = b.step()
	}
	for _, r := range b {
		for _, c := range r {
			if c {
				live++
			}
		}
	}
	fmt.Println("live after 24:", live)
}

// Output:
// gen 0
// .#......
// ..#.....
// ###.....
// ........
// ........
// ........
// gen 1
// ........
// #.#.....
// .##.....
// .#......
// ........
// ........
// gen 2
// ........
// ..#.....
// #.#.....
// .##.....
// ........
// ........
// gen 3
// ........
// .#......
// ..##....
// .##.....
// ........
// ........
// live after 24: 5
