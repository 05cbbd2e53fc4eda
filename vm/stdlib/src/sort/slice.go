//go:build ignore

// Package sort is Go's package of that name, run by the VM.
package sort

import (
	"math/bits"
)

// Slice sorts the slice x given the provided less function.
// It panics if x is not a slice.
//
// The sort is not guaranteed to be stable: equal elements
// may be reversed from their original order.
// For a stable sort, use [SliceStable].
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
//
// Note: in many situations, the newer [slices.SortFunc] function is more
// ergonomic and runs faster.
//
// In the VM, Slice is generic in the slice type (x must be a slice).
func Slice[S ~[]E, E any](x S, less func(i, j int) bool) {
	swap := func(i, j int) { x[i], x[j] = x[j], x[i] }
	length := len(x)
	limit := bits.Len(uint(length))
	pdqsort_func(lessSwap{less, swap}, 0, length, limit)
}

// SliceStable sorts the slice x using the provided less
// function, keeping equal elements in their original order.
// It panics if x is not a slice.
//
// The less function must satisfy the same requirements as
// the Interface type's Less method.
//
// Note: in many situations, the newer [slices.SortStableFunc] function is more
// ergonomic and runs faster.
//
// In the VM, SliceStable is generic in the slice type (x must be a slice).
func SliceStable[S ~[]E, E any](x S, less func(i, j int) bool) {
	swap := func(i, j int) { x[i], x[j] = x[j], x[i] }
	stable_func(lessSwap{less, swap}, len(x))
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less function.
// It panics if x is not a slice.
//
// Note: in many situations, the newer [slices.IsSortedFunc] function is more
// ergonomic and runs faster.
//
// In the VM, SliceIsSorted is generic in the slice type (x must be a slice).
func SliceIsSorted[S ~[]E, E any](x S, less func(i, j int) bool) bool {
	n := len(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
