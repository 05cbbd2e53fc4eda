package stdlib

import "fmt"

// Adapters turning Go functions with basic-typed signatures into Natives.

// arg converts a native argument to T; a nil argument is T's zero value,
// so a nil slice may arrive as an untyped nil.
func arg[T any](x any) T {
	v, ok := x.(T)
	if !ok && x != nil {
		panic(fmt.Sprintf("stdlib: native argument is %T, want %T", x, v))
	}
	return v
}

func f0[R any](f func() R) Native {
	return func(a []any) []any { return []any{f()} }
}

func f1[A, R any](f func(A) R) Native {
	return func(a []any) []any { return []any{f(arg[A](a[0]))} }
}

func f2[A, B, R any](f func(A, B) R) Native {
	return func(a []any) []any { return []any{f(arg[A](a[0]), arg[B](a[1]))} }
}

func f3[A, B, C, R any](f func(A, B, C) R) Native {
	return func(a []any) []any { return []any{f(arg[A](a[0]), arg[B](a[1]), arg[C](a[2]))} }
}

func f4[A, B, C, D, R any](f func(A, B, C, D) R) Native {
	return func(a []any) []any {
		return []any{f(arg[A](a[0]), arg[B](a[1]), arg[C](a[2]), arg[D](a[3]))}
	}
}

func f1r2[A, R1, R2 any](f func(A) (R1, R2)) Native {
	return func(a []any) []any { r1, r2 := f(arg[A](a[0])); return []any{r1, r2} }
}

func f2r2[A, B, R1, R2 any](f func(A, B) (R1, R2)) Native {
	return func(a []any) []any { r1, r2 := f(arg[A](a[0]), arg[B](a[1])); return []any{r1, r2} }
}

func f3r2[A, B, C, R1, R2 any](f func(A, B, C) (R1, R2)) Native {
	return func(a []any) []any {
		r1, r2 := f(arg[A](a[0]), arg[B](a[1]), arg[C](a[2]))
		return []any{r1, r2}
	}
}

func f1r3[A, R1, R2, R3 any](f func(A) (R1, R2, R3)) Native {
	return func(a []any) []any { r1, r2, r3 := f(arg[A](a[0])); return []any{r1, r2, r3} }
}

func f2r3[A, B, R1, R2, R3 any](f func(A, B) (R1, R2, R3)) Native {
	return func(a []any) []any { r1, r2, r3 := f(arg[A](a[0]), arg[B](a[1])); return []any{r1, r2, r3} }
}

func f3r3[A, B, C, R1, R2, R3 any](f func(A, B, C) (R1, R2, R3)) Native {
	return func(a []any) []any {
		r1, r2, r3 := f(arg[A](a[0]), arg[B](a[1]), arg[C](a[2]))
		return []any{r1, r2, r3}
	}
}

// errString turns an error into its message ("" for nil), for sources that
// rebuild the error value.
func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
