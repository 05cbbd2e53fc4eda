package main

import "fmt"

func Counter[T comparable]() (func(T), func(T) int) {
	counts := map[T]int{}
	return func(v T) { counts[v]++ }, func(v T) int { return counts[v] }
}

func Memo[K comparable, V any](f func(K) V) func(K) V {
	cache := map[K]V{}
	return func(k K) V {
		if v, ok := cache[k]; ok {
			return v
		}
		v := f(k)
		cache[k] = v
		return v
	}
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Curry[A, B, C any](f func(A, B) C) func(A) func(B) C {
	return func(a A) func(B) C {
		return func(b B) C { return f(a, b) }
	}
}

func main() {
	add, get := Counter[string]()
	for _, w := range []string{"a", "b", "a", "c", "a"} {
		add(w)
	}
	fmt.Println(get("a"), get("b"), get("z"))
	calls := 0
	sq := Memo(func(n int) int { calls++; return n * n })
	fmt.Println(sq(4), sq(4), sq(5), calls)
	lenThenDouble := Compose(func(s string) int { return len(s) }, func(n int) float64 { return float64(n) * 2.5 })
	fmt.Println(lenThenDouble("four"))
	join := Curry(func(a string, b int) string { return fmt.Sprintf("%s-%d", a, b) })
	pre := join("id")
	fmt.Println(pre(1), pre(2), join("x")(3))
}

// Output:
// 3 1 0
// 16 16 25 2
// 10
// id-1 id-2 x-3
