package stdlib

import "math/cmplx"

func init() {
	register(map[string]Native{
		"math/cmplx.Abs":   f1(cmplx.Abs),
		"math/cmplx.Acos":  f1(cmplx.Acos),
		"math/cmplx.Acosh": f1(cmplx.Acosh),
		"math/cmplx.Asin":  f1(cmplx.Asin),
		"math/cmplx.Asinh": f1(cmplx.Asinh),
		"math/cmplx.Atan":  f1(cmplx.Atan),
		"math/cmplx.Atanh": f1(cmplx.Atanh),
		"math/cmplx.Conj":  f1(cmplx.Conj),
		"math/cmplx.Cos":   f1(cmplx.Cos),
		"math/cmplx.Cosh":  f1(cmplx.Cosh),
		"math/cmplx.Cot":   f1(cmplx.Cot),
		"math/cmplx.Exp":   f1(cmplx.Exp),
		"math/cmplx.Inf":   f0(cmplx.Inf),
		"math/cmplx.IsInf": f1(cmplx.IsInf),
		"math/cmplx.IsNaN": f1(cmplx.IsNaN),
		"math/cmplx.Log":   f1(cmplx.Log),
		"math/cmplx.Log10": f1(cmplx.Log10),
		"math/cmplx.NaN":   f0(cmplx.NaN),
		"math/cmplx.Phase": f1(cmplx.Phase),
		"math/cmplx.Polar": f1r2(cmplx.Polar),
		"math/cmplx.Pow":   f2(cmplx.Pow),
		"math/cmplx.Rect":  f2(cmplx.Rect),
		"math/cmplx.Sin":   f1(cmplx.Sin),
		"math/cmplx.Sinh":  f1(cmplx.Sinh),
		"math/cmplx.Sqrt":  f1(cmplx.Sqrt),
		"math/cmplx.Tan":   f1(cmplx.Tan),
		"math/cmplx.Tanh":  f1(cmplx.Tanh),
	})
}
