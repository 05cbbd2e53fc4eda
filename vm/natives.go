package vm

import (
	"go/types"
)

// native is a host implementation of a function declared without a body in
// the VM's standard library sources. args and results are host values.
type native = func(th *Thread, args []any) []any

// natives maps "importpath.Func" and "importpath.Type.Method" to their
// implementations.
var natives = map[string]native{}

func register(m map[string]native) {
	for k, v := range m {
		natives[k] = v
	}
}

func init() {
	register(map[string]native{
		"fmt.Sprintf": func(th *Thread, a []any) []any {
			args, _ := a[1].([]any)
			return []any{th.sprintf(a[0].(string), args)}
		},
		"fmt.Sprint": func(th *Thread, a []any) []any {
			args, _ := a[0].([]any)
			return []any{th.sprint(args, false)}
		},
		"fmt.Sprintln": func(th *Thread, a []any) []any {
			args, _ := a[0].([]any)
			return []any{th.sprint(args, true)}
		},
		"fmt.wrapIndexes": func(th *Thread, a []any) []any { return []any{wrapIndexes(a[0].(string))} },
		"fmt.write": func(th *Thread, a []any) []any {
			s := a[0].(string)
			th.out.Write([]byte(s))
			return []any{len(s)}
		},
		"errors.comparable": func(th *Thread, a []any) []any {
			t := th.prog.typeOfIface(a[0])
			return []any{t == nil || t.comparable()}
		},
		"errors.assignTo": func(th *Thread, a []any) []any {
			err, target := a[0], a[1]
			tt := th.prog.typeOfIface(target)
			if tt == nil || tt.kind != kPointer {
				panic(vmPanic{&panicRecord{val: "errors: target must be a non-nil pointer"}})
			}
			p, _ := ifaceValue(target).(Pointer)
			if p == nil {
				panic(vmPanic{&panicRecord{val: "errors: target must be a non-nil pointer"}})
			}
			et := tt.elem
			dt := th.prog.typeOfIface(err)
			if et.kind == kInterface {
				if types.Implements(dt.T, et.T.Underlying().(*types.Interface)) {
					p.Store(err)
					return []any{true}
				}
				return []any{false}
			}
			if dt == et {
				p.Store(ifaceValue(err))
				return []any{true}
			}
			return []any{false}
		},
	})
}
