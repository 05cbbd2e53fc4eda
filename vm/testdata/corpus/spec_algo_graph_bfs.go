package main

import (
	"fmt"
	"sort"
)

func bfs(grid []string, sr, sc, tr, tc int) int {
	type pt struct{ r, c int }
	dist := map[pt]int{{sr, sc}: 0}
	q := []pt{{sr, sc}}
	for len(q) > 0 {
		p := q[0]
		q = q[1:]
		if p.r == tr && p.c == tc {
			return dist[p]
		}
		for _, d := range []pt{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := pt{p.r + d.r, p.c + d.c}
			if n.r < 0 || n.c < 0 || n.r >= len(grid) || n.c >= len(grid[0]) || grid[n.r][n.c] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[p] + 1
				q = append(q, n)
			}
		}
	}
	return -1
}

func topo(deps map[string][]string) []string {
	indeg := map[string]int{}
	for k, vs := range deps {
		if _, ok := indeg[k]; !ok {
			indeg[k] = 0
		}
		for _, v := range vs {
			indeg[v]++
		}
	}
	var ready []string
	for k, d := range indeg {
		if d == 0 {
			ready = append(ready, k)
		}
	}
	var out []string
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, v := range deps[n] {
			indeg[v]--
			if indeg[v] == 0 {
				ready = append(ready, v)
			}
		}
	}
	return out
}

func main() {
	grid := []string{
		"..#....",
		".##.##.",
		"...#...",
		"#.....#",
	}
	fmt.Println(bfs(grid, 0, 0, 0, 6))
	fmt.Println(bfs(grid, 0, 0, 3, 5))
	fmt.Println(bfs([]string{".#", "#."}, 0, 0, 1, 1))
	deps := map[string][]string{
		"shirt": {"tie", "belt"}, "tie": {"jacket"}, "pants": {"shoes", "belt"},
		"belt": {"jacket"}, "socks": {"shoes"}, "undershorts": {"pants", "shoes"},
	}
	fmt.Println(topo(deps))
}

// Output:
// 12
// 8
// -1
// [shirt socks tie undershorts pants belt jacket shoes]
