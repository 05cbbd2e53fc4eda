package main

import (
	"fmt"
	"sort"
)

type UF struct {
	parent, size []int
	sets         int
}

func NewUF(n int) *UF {
	u := &UF{make([]int, n), make([]int, n), n}
	for i := range u.parent {
		u.parent[i] = i
		u.size[i] = 1
	}
	return u
}

func (u *UF) Find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

func (u *UF) Union(a, b int) bool {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return false
	}
	if u.size[ra] < u.size[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	u.size[ra] += u.size[rb]
	u.sets--
	return true
}

type edge struct{ a, b, w int }

func main() {
	u := NewUF(10)
	pairs := [][2]int{{0, 1}, {2, 3}, {1, 3}, {4, 5}, {0, 2}, {6, 7}, {8, 9}, {7, 9}}
	for _, p := range pairs {
		fmt.Print(u.Union(p[0], p[1]), " ")
	}
	fmt.Println(u.sets)
	groups := map[int][]int{}
	for i := 0; i < 10; i++ {
		r := u.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, g := range groups {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	fmt.Println(gs)
	edges := []edge{{0, 1, 4}, {0, 2, 3}, {1, 2, 1}, {1, 3, 2}, {2, 3, 4}, {3, 4, 2}, {4, 5, 6}, {3, 5, 7}}
	sort.SliceStable(edges, func(i, j int) bool { return edges[i].w < edges[j].w })
	mst := NewUF(6)
	total := 0
	var used []edge
	for _, e := range edges {
		if mst.Union(e.a, e.b) {
			total += e.w
			used = append(used, e)
		}
	}
	fmt.Println(total, used)
}

// Output:
// true true true true false true true true 3
// [[0 1 2 3] [4 5] [6 7 8 9]]
// 14 [{1 2 1} {1 3 2} {3 4 2} {0 2 3} {4 5 6}]
