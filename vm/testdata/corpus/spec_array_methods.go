package main

import "fmt"

type Vec3 [3]float64

func (v Vec3) Add(o Vec3) Vec3 {
	for i := range v {
		v[i] += o[i]
	}
	return v
}

func (v Vec3) Dot(o Vec3) float64 { return v[0]*o[0] + v[1]*o[1] + v[2]*o[2] }

func (v *Vec3) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

type Ring [4]int

func (r *Ring) Rotate() { r[0], r[1], r[2], r[3] = r[3], r[0], r[1], r[2] }

func main() {
	a := Vec3{1, 2, 3}
	b := Vec3{4, 5, 6}
	c := a.Add(b)
	fmt.Println(a, b, c, a.Dot(b))
	a.Scale(2)
	fmt.Println(a)
	vs := []Vec3{{1, 0, 0}, {0, 1, 0}}
	for i := range vs {
		vs[i].Scale(3)
	}
	fmt.Println(vs)
	r := Ring{1, 2, 3, 4}
	for range 3 {
		r.Rotate()
		fmt.Println(r)
	}
	m := map[string]Vec3{"x": {1, 1, 1}}
	fmt.Println(m["x"].Add(Vec3{1, 2, 3}))
	fmt.Println(len(r), cap(r), r == Ring{2, 3, 4, 1})
}

// Output:
// [1 2 3] [4 5 6] [5 7 9] 32
// [2 4 6]
// [[3 0 0] [0 3 0]]
// [4 1 2 3]
// [3 4 1 2]
// [2 3 4 1]
// [2 3 4]
// 4 4 true
