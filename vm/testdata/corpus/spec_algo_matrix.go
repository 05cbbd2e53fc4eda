package main

import "fmt"

type Matrix [][]float64

func NewMatrix(r, c int) Matrix {
	m := make(Matrix, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	out := NewMatrix(len(a), len(b[0]))
	for i := range a {
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func (a Matrix) T() Matrix {
	out := NewMatrix(len(a[0]), len(a))
	for i := range a {
		for j := range a[i] {
			out[j][i] = a[i][j]
		}
	}
	return out
}

func identity(n int) Matrix {
	m := NewMatrix(n, n)
	for i := range n {
		m[i][i] = 1
	}
	return m
}

func fibMat(n int) uint64 {
	type M [2][2]uint64
	mul := func(a, b M) M {
		return M{
			{a[0][0]*b[0][0] + a[0][1]*b[1][0], a[0][0]*b[0][1] + a[0][1]*b[1][1]},
			{a[1][0]*b[0][0] + a[1][1]*b[1][0], a[1][0]*b[0][1] + a[1][1]*b[1][1]},
		}
	}
	res := M{{1, 0}, {0, 1}}
	base := M{{1, 1}, {1, 0}}
	for n > 0 {
		if n&1 == 1 {
			res = mul(res, base)
		}
		base = mul(base, base)
		n >>= 1
	}
	return res[0][1]
}

func main() {
	a := Matrix{{1, 2, 3}, {4, 5, 6}}
	b := Matrix{{7, 8}, {9, 10}, {11, 12}}
	fmt.Println(a.Mul(b))
	fmt.Println(a.T())
	fmt.Println(a.T().Mul(a))
	fmt.Println(identity(3).Mul(b))
	fmt.Println(fibMat(10), fibMat(90), fibMat(100))
	h := NewMatrix(3, 3)
	for i := range h {
		for j := range h[i] {
			h[i][j] = 1 / float64(i+j+1)
		}
	}
	fmt.Printf("%.4f\n", h.Mul(h))
}

// Output:
// [[58 64] [139 154]]
// [[1 4] [2 5] [3 6]]
// [[17 22 27] [22 29 36] [27 36 45]]
// [[7 8] [9 10] [11 12]]
// 55 2880067194370816120 3736710778780434371
// [[1.3611 0.7500 0.5250] [0.7500 0.4236 0.3000] [0.5250 0.3000 0.2136]]
