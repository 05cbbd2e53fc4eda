package main

import "fmt"

type Edge struct {
	to, w int
}

type item struct{ node, dist int }

type heap []item

func (h *heap) push(it item) {
	*h = append(*h, it)
	i := len(*h) - 1
	for i > 0 {
		p := (i - 1) / 2
		if (*h)[p].dist <= (*h)[i].dist {
			break
		}
		(*h)[p], (*h)[i] = (*h)[i], (*h)[p]
		i = p
	}
}

func (h *heap) pop() item {
	old := *h
	top := old[0]
	last := old[len(old)-1]
	*h = old[:len(old)-1]
	if len(*h) > 0 {
		(*h)[0] = last
		i := 0
		for {
			l, r, m := 2*i+1, 2*i+2, i
			if l < len(*h) && (*h)[l].dist < (*h)[m].dist {
				m = l
			}
			if r < len(*h) && (*h)[r].dist < (*h)[m].dist {
				m = r
			}
			if m == i {
				break
			}
			(*h)[i], (*h)[m] = (*h)[m], (*h)[i]
			i = m
		}
	}
	return top
}

func dijkstra(g [][]Edge, src int) ([]int, []int) {
	const inf = 1 << 60
	dist := make([]int, len(g))
	prev := make([]int, len(g))
	for i := range dist {
		dist[i], prev[i] = inf, -1
	}
	dist[src] = 0
	h := &heap{}
	h.push(item{src, 0})
	for len(*h) > 0 {
		it := h.pop()
		if it.dist > dist[it.node] {
			continue
		}
		for _, e := range g[it.node] {
			if nd := it.dist + e.w; nd < dist[e.to] {
				dist[e.to] = nd
				prev[e.to] = it.node
				h.push(item{e.to, nd})
			}
		}
	}
	return dist, prev
}

func main() {
	g := make([][]Edge, 6)
	add := func(a, b, w int) {
		g[a] = append(g[a], Edge{b, w})
		g[b] = append(g[b], Edge{a, w})
	}
	add(0, 1, 7)
	add(0, 2, 9)
	add(0, 5, 14)
	add(1, 2, 10)
	add(1, 3, 15)
	add(2, 3, 11)
	add(2, 5, 2)
	add(3, 4, 6)
	add(4, 5, 9)
	dist, prev := dijkstra(g, 0)
	fmt.Println(dist)
	path := []int{}
	for v := 4; v != -1; v = prev[v] {
		path = append([]int{v}, path...)
	}
	fmt.Println(path)
}

// Output:
// [0 7 9 20 20 11]
// [0 2 5 4]
