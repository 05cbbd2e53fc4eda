package vm

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"go/types"
	"math"
	"strconv"
	"strings"
)

// jsonSource is the VM's encoding/json: the API is Go source; encoding and
// decoding walk VM values natively, following Go's rules (exported fields,
// tags with omitempty, "-" and string, sorted map keys, Marshaler and
// Unmarshaler methods, []byte as base64, Go's error messages).
const jsonSource = `package json

import (
	"internal/iox"
	"strconv"
)

// An Encoder writes JSON values to an output stream, each followed by a newline.
type Encoder struct {
	w              iox.Writer
	prefix, indent string
	noEscapeHTML   bool
}

// NewEncoder returns a new encoder that writes to w.
func NewEncoder(w iox.Writer) *Encoder { return &Encoder{w: w} }

// Encode writes the JSON encoding of v to the stream, followed by a newline.
func (enc *Encoder) Encode(v any) error {
	b, kind, msg := marshalOpts(v, enc.prefix, enc.indent, enc.noEscapeHTML)
	if kind != 0 {
		return errorOf(kind, msg, 0, "", "", "", "")
	}
	b = append(b, '\n')
	_, err := enc.w.Write(b)
	return err
}

// SetIndent makes the encoder indent each value as MarshalIndent does.
func (enc *Encoder) SetIndent(prefix, indent string) { enc.prefix, enc.indent = prefix, indent }

// SetEscapeHTML sets whether <, > and & are escaped inside strings.
func (enc *Encoder) SetEscapeHTML(on bool) { enc.noEscapeHTML = !on }

func marshalOpts(v any, prefix, indent string, noEscapeHTML bool) ([]byte, int, string)

type Marshaler interface {
	MarshalJSON() ([]byte, error)
}

type Unmarshaler interface {
	UnmarshalJSON([]byte) error
}

// RawMessage is a raw encoded JSON value.
type RawMessage []byte

func (m RawMessage) MarshalJSON() ([]byte, error) {
	if m == nil {
		return []byte("null"), nil
	}
	return m, nil
}

func (m *RawMessage) UnmarshalJSON(data []byte) error {
	*m = append((*m)[0:0], data...)
	return nil
}

// Number is a JSON number literal.
type Number string

func (n Number) String() string { return string(n) }
func (n Number) Float64() (float64, error) { return strconv.ParseFloat(string(n), 64) }
func (n Number) Int64() (int64, error)     { return strconv.ParseInt(string(n), 10, 64) }

type SyntaxError struct {
	msg    string
	Offset int64
}

func (e *SyntaxError) Error() string { return e.msg }

type UnmarshalTypeError struct {
	Value  string
	Type   string
	Offset int64
	Struct string
	Field  string
}

func (e *UnmarshalTypeError) Error() string {
	if e.Struct != "" || e.Field != "" {
		return "json: cannot unmarshal " + e.Value + " into Go struct field " + e.Struct + "." + e.Field + " of type " + e.Type
	}
	return "json: cannot unmarshal " + e.Value + " into Go value of type " + e.Type
}

type InvalidUnmarshalError struct{ msg string }

func (e *InvalidUnmarshalError) Error() string { return e.msg }

type UnsupportedTypeError struct{ msg string }

func (e *UnsupportedTypeError) Error() string { return e.msg }

type UnsupportedValueError struct{ Str string }

func (e *UnsupportedValueError) Error() string { return "json: unsupported value: " + e.Str }

type MarshalerError struct{ msg string }

func (e *MarshalerError) Error() string { return e.msg }

type genericError struct{ msg string }

func (e *genericError) Error() string { return e.msg }

// errorOf builds the error a native reported as (kind, message, fields).
func errorOf(kind int, msg string, off int64, value, typ, strct, field string) error {
	switch kind {
	case 0:
		return nil
	case 1:
		return &SyntaxError{msg, off}
	case 2:
		return &UnmarshalTypeError{Value: value, Type: typ, Offset: off, Struct: strct, Field: field}
	case 3:
		return &InvalidUnmarshalError{msg}
	case 4:
		return &UnsupportedTypeError{msg}
	case 5:
		return &UnsupportedValueError{msg}
	case 6:
		return &MarshalerError{msg}
	}
	return &genericError{msg}
}

func marshal(v any, prefix, indent string) ([]byte, int, string)

func Marshal(v any) ([]byte, error) {
	b, kind, msg := marshal(v, "", "")
	if kind != 0 {
		return nil, errorOf(kind, msg, 0, "", "", "", "")
	}
	return b, nil
}

func MarshalIndent(v any, prefix, indent string) ([]byte, error) {
	b, kind, msg := marshal(v, prefix, indent)
	if kind != 0 {
		return nil, errorOf(kind, msg, 0, "", "", "", "")
	}
	return b, nil
}

func unmarshal(data []byte, v any) (int, string, int64, string, string, string, string)

func Unmarshal(data []byte, v any) error {
	kind, msg, off, value, typ, strct, field := unmarshal(data, v)
	return errorOf(kind, msg, off, value, typ, strct, field)
}

func Valid(data []byte) bool

func compact(src []byte) ([]byte, string, int64)
func indentJSON(src []byte, prefix, indent string) ([]byte, string, int64)
func htmlEscape(src []byte) []byte

// Buffer is the destination of Compact, Indent and HTMLEscape.
type Buffer interface {
	Write(p []byte) (int, error)
}

func Compact(dst Buffer, src []byte) error {
	b, msg, off := compact(src)
	if msg != "" {
		return &SyntaxError{msg, off}
	}
	dst.Write(b)
	return nil
}

func Indent(dst Buffer, src []byte, prefix, indent string) error {
	b, msg, off := indentJSON(src, prefix, indent)
	if msg != "" {
		return &SyntaxError{msg, off}
	}
	dst.Write(b)
	return nil
}

func HTMLEscape(dst Buffer, src []byte) { dst.Write(htmlEscape(src)) }
`

func init() {
	stdlibSources["encoding/json"] = []File{{Name: "$GOROOT/src/encoding/json/json.go", Src: []byte(jsonSource)}}
	register(map[string]native{
		"encoding/json.marshal": func(th *Thread, a []any) []any {
			return jsonMarshal(th, a[0], a[1].(string), a[2].(string), false)
		},
		"encoding/json.marshalOpts": func(th *Thread, a []any) []any {
			return jsonMarshal(th, a[0], a[1].(string), a[2].(string), a[3].(bool))
		},
		"encoding/json.unmarshal": func(th *Thread, a []any) []any {
			data, _ := a[0].([]byte)
			th.useGas(int64(len(data)))
			return jsonUnmarshal(th, data, a[1])
		},
		"encoding/json.Valid": func(th *Thread, a []any) []any {
			data, _ := a[0].([]byte)
			return []any{json.Valid(data)}
		},
		"encoding/json.compact": func(th *Thread, a []any) []any {
			var b bytes.Buffer
			src, _ := a[0].([]byte)
			if err := json.Compact(&b, src); err != nil {
				se := err.(*json.SyntaxError)
				return []any{[]byte(nil), se.Error(), se.Offset}
			}
			return []any{b.Bytes(), "", int64(0)}
		},
		"encoding/json.indentJSON": func(th *Thread, a []any) []any {
			var b bytes.Buffer
			src, _ := a[0].([]byte)
			if err := json.Indent(&b, src, a[1].(string), a[2].(string)); err != nil {
				se := err.(*json.SyntaxError)
				return []any{[]byte(nil), se.Error(), se.Offset}
			}
			return []any{b.Bytes(), "", int64(0)}
		},
		"encoding/json.htmlEscape": func(th *Thread, a []any) []any {
			var b bytes.Buffer
			src, _ := a[0].([]byte)
			json.HTMLEscape(&b, src)
			return []any{b.Bytes()}
		},
	})
}

type jsonErr struct {
	kind int
	msg  string
}

type jsonEncoder struct {
	th           *Thread
	buf          bytes.Buffer
	depth        int
	noEscapeHTML bool
}

func jsonMarshal(th *Thread, v any, prefix, indent string, noEscapeHTML bool) []any {
	e := &jsonEncoder{th: th, noEscapeHTML: noEscapeHTML}
	if err := e.value(th.prog.anyT, v, false); err != nil {
		return []any{[]byte(nil), err.kind, err.msg}
	}
	out := e.buf.Bytes()
	if prefix != "" || indent != "" {
		var b bytes.Buffer
		json.Indent(&b, out, prefix, indent)
		out = b.Bytes()
	}
	th.allocBytes(int64(len(out)))
	return []any{out, 0, ""}
}

// str encodes a string as JSON.
func (e *jsonEncoder) str(s string) []byte {
	if !e.noEscapeHTML {
		b, _ := json.Marshal(s)
		return b
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.Encode(s)
	return bytes.TrimSuffix(b.Bytes(), []byte("\n"))
}

// jsonField is a struct field as encoding/json sees it.
type jsonField struct {
	name      string
	index     []int
	typ       *rtype
	omitEmpty bool
	omitZero  bool
	quoted    bool
}

// jsonFields lists the encoded fields of a struct type, embedded structs
// flattened, in Go's order.
func jsonFields(t *rtype) []jsonField {
	if t.json == nil {
		t.json = computeJSONFields(t)
	}
	return t.json
}

func computeJSONFields(t *rtype) []jsonField {
	type cand struct {
		f      jsonField
		depth  int
		tagged bool
	}
	var cands []cand
	var walk func(t *rtype, index []int, depth int)
	walk = func(t *rtype, index []int, depth int) {
		if depth > 10 {
			return
		}
		for i, f := range t.fields {
			tag := reflectTag(f.tag, "json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			idx := append(append([]int(nil), index...), i)
			ft := f.typ
			if f.embedded && name == "" {
				et := ft
				if et.kind == kPointer {
					et = et.elem
				}
				if et.kind == kStruct {
					walk(et, idx, depth+1)
					continue
				}
			}
			if !f.exported {
				continue
			}
			tagged := name != ""
			if name == "" {
				name = f.name
			}
			o := "," + opts + ","
			cands = append(cands, cand{jsonField{name: name, index: idx, typ: ft, omitEmpty: strings.Contains(o, ",omitempty,"), omitZero: strings.Contains(o, ",omitzero,"), quoted: strings.Contains(o, ",string,")}, depth, tagged})
		}
	}
	walk(t, nil, 0)
	out := []jsonField{}
	// Go's rule: the shallowest field wins; among equals a tagged one; else none.
	for i, c := range cands {
		best := true
		for j, d := range cands {
			if i == j || d.f.name != c.f.name {
				continue
			}
			if d.depth < c.depth || d.depth == c.depth && (d.tagged && !c.tagged || d.tagged == c.tagged) {
				best = false
			}
		}
		if best {
			out = append(out, c.f)
		}
	}
	return out
}

// isZeroValue reports whether v is the zero value of t (for omitzero).
func (th *Thread) isZeroValue(t *rtype, v any) bool {
	if m := t.method("IsZero"); m != nil && !(t.kind == kPointer && isNilValue(v)) {
		res := th.callClosure(&Closure{fn: m.fn, env: m.env, recv: v, bound: true}, nil, nil)
		if b, ok := res[0].(bool); ok {
			return b
		}
	}
	switch t.kind {
	case kStruct:
		s := v.(*Struct)
		for i, f := range t.fields {
			if !th.isZeroValue(f.typ, s.F[i]) {
				return false
			}
		}
		return true
	case kArray:
		sq := t.seq()
		for i := range t.len {
			if !th.isZeroValue(t.elem, sq.get(v, i)) {
				return false
			}
		}
		return true
	case kSlice, kMap, kPointer, kInterface, kFunc:
		return isNilValue(v)
	case kComplex64, kComplex128:
		return v == t.zero()
	}
	return isEmptyValue(t, v)
}

// reflectTag is reflect.StructTag.Get.
func reflectTag(tag, key string) string {
	for tag != "" {
		i := 0
		for i < len(tag) && tag[i] == ' ' {
			i++
		}
		tag = tag[i:]
		if tag == "" {
			break
		}
		i = 0
		for i < len(tag) && tag[i] > ' ' && tag[i] != ':' && tag[i] != '"' && tag[i] != 0x7f {
			i++
		}
		if i == 0 || i+1 >= len(tag) || tag[i] != ':' || tag[i+1] != '"' {
			break
		}
		name := tag[:i]
		tag = tag[i+1:]
		i = 1
		for i < len(tag) && tag[i] != '"' {
			if tag[i] == '\\' {
				i++
			}
			i++
		}
		if i >= len(tag) {
			break
		}
		qvalue := tag[:i+1]
		tag = tag[i+1:]
		if key == name {
			value, err := strconv.Unquote(qvalue)
			if err != nil {
				break
			}
			return value
		}
	}
	return ""
}

func isEmptyValue(t *rtype, v any) bool {
	switch t.kind {
	case kString:
		return v.(string) == ""
	case kBool:
		return !v.(bool)
	case kSlice, kMap:
		if t.kind == kMap {
			m, _ := v.(*Map)
			return m.Len() == 0
		}
		return t.seq().length(v) == 0
	case kArray:
		return t.len == 0
	case kPointer, kInterface, kFunc:
		return isNilValue(v)
	case kFloat32, kFloat64:
		return toFloat(v) == 0
	case kStruct:
		return false
	}
	if t.kind.isInt() {
		return toInt(v) == 0
	}
	return false
}

func (e *jsonEncoder) callMethod(t *rtype, v any, name string) ([]any, bool) {
	m := t.method(name)
	if m == nil {
		return nil, false
	}
	return e.th.callClosure(&Closure{fn: m.fn, env: m.env, recv: v, bound: true}, nil, nil), true
}

func (e *jsonEncoder) value(t *rtype, v any, quoted bool) *jsonErr {
	th := e.th
	th.useGas(2)
	if t.kind == kInterface {
		if v == nil {
			e.buf.WriteString("null")
			return nil
		}
		dt := th.prog.typeOfIface(v)
		return e.value(dt, ifaceValue(v), quoted)
	}
	e.depth++
	defer func() { e.depth-- }()
	if e.depth > 1000 {
		return &jsonErr{5, "encountered a cycle via " + t.name}
	}
	if !(t.kind == kPointer && isNilValue(v)) {
		if res, ok := e.callMethod(t, v, "MarshalJSON"); ok {
			if errv := res[1]; errv != nil {
				return &jsonErr{6, "json: error calling MarshalJSON for type " + t.name + ": " + th.errorString(errv)}
			}
			b, _ := res[0].([]byte)
			var c bytes.Buffer
			if err := json.Compact(&c, b); err != nil {
				return &jsonErr{6, "json: error calling MarshalJSON for type " + t.name + ": " + err.Error()}
			}
			e.buf.Write(c.Bytes())
			return nil
		}
		if res, ok := e.callMethod(t, v, "MarshalText"); ok && len(res) == 2 {
			if errv := res[1]; errv != nil {
				return &jsonErr{6, "json: error calling MarshalText for type " + t.name + ": " + th.errorString(errv)}
			}
			b, _ := res[0].([]byte)
			q, _ := json.Marshal(string(b))
			e.buf.Write(q)
			return nil
		}
	}
	switch t.kind {
	case kBool, kString:
		var b []byte
		if t.kind == kString {
			b = e.str(v.(string))
		} else {
			b, _ = json.Marshal(v)
		}
		if quoted {
			b = e.str(string(b))
		}
		e.buf.Write(b)
	case kFloat32, kFloat64:
		f := toFloat(v)
		if math.IsInf(f, 0) || math.IsNaN(f) {
			return &jsonErr{5, strconv.FormatFloat(f, 'g', -1, 64)}
		}
		b, _ := json.Marshal(v)
		if quoted {
			e.buf.WriteByte('"')
			e.buf.Write(b)
			e.buf.WriteByte('"')
		} else {
			e.buf.Write(b)
		}
	case kStruct:
		s := v.(*Struct)
		e.buf.WriteByte('{')
		first := true
	fields:
		for _, f := range jsonFields(t) {
			fv := any(s)
			ct := t
			for _, i := range f.index {
				if ct.kind == kPointer {
					if isNilValue(fv) {
						continue fields
					}
					ct = ct.elem
				}
				fv = fv.(*Struct).F[i]
				ct = ct.fields[i].typ
			}
			if f.omitEmpty && isEmptyValue(f.typ, fv) || f.omitZero && th.isZeroValue(f.typ, fv) {
				continue
			}
			if !first {
				e.buf.WriteByte(',')
			}
			first = false
			k, _ := json.Marshal(f.name)
			e.buf.Write(k)
			e.buf.WriteByte(':')
			q := f.quoted && (f.typ.kind.isBasic())
			if err := e.value(f.typ, fv, q); err != nil {
				return err
			}
		}
		e.buf.WriteByte('}')
	case kMap:
		m, _ := v.(*Map)
		if m == nil {
			e.buf.WriteString("null")
			return nil
		}
		type kv struct {
			k string
			v any
		}
		var kvs []kv
		for _, k := range m.sortedKeys() {
			val, _ := m.get(k)
			var ks string
			switch {
			case t.key.kind == kString:
				ks = k.(string)
			case t.key.kind.isInt():
				if t.key.kind.isUnsigned() {
					ks = strconv.FormatUint(uint64(toInt(k)), 10)
				} else {
					ks = strconv.FormatInt(toInt(k), 10)
				}
			default:
				if res, ok := e.callMethod(t.key, k, "MarshalText"); ok {
					b, _ := res[0].([]byte)
					ks = string(b)
				} else {
					return &jsonErr{4, "json: unsupported type: " + t.name}
				}
			}
			kvs = append(kvs, kv{ks, val})
		}
		// Go sorts by the encoded key string
		sortKV := func(i, j int) bool { return kvs[i].k < kvs[j].k }
		for i := 1; i < len(kvs); i++ {
			for j := i; j > 0 && sortKV(j, j-1); j-- {
				kvs[j], kvs[j-1] = kvs[j-1], kvs[j]
			}
		}
		e.buf.WriteByte('{')
		for i, p := range kvs {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			k, _ := json.Marshal(p.k)
			e.buf.Write(k)
			e.buf.WriteByte(':')
			if err := e.value(t.elem, p.v, false); err != nil {
				return err
			}
		}
		e.buf.WriteByte('}')
	case kSlice, kArray:
		sq := t.seq()
		if t.kind == kSlice && sq.isNil(v) {
			e.buf.WriteString("null")
			return nil
		}
		if t.kind == kSlice && t.elem.kind == kUint8 && t.elem.method("MarshalJSON") == nil {
			b, _ := v.([]byte)
			e.buf.WriteByte('"')
			e.buf.WriteString(base64.StdEncoding.EncodeToString(b))
			e.buf.WriteByte('"')
			return nil
		}
		e.buf.WriteByte('[')
		n := sq.length(v)
		for i := range n {
			if i > 0 {
				e.buf.WriteByte(',')
			}
			if err := e.value(t.elem, sq.get(v, i), false); err != nil {
				return err
			}
		}
		e.buf.WriteByte(']')
	case kPointer:
		if isNilValue(v) {
			e.buf.WriteString("null")
			return nil
		}
		return e.value(t.elem, loadPtr(v), quoted)
	case kFunc, kComplex64, kComplex128:
		return &jsonErr{4, "json: unsupported type: " + t.name}
	default:
		if t.kind.isInt() {
			var s string
			if t.kind.isUnsigned() {
				s = strconv.FormatUint(uint64(toInt(v)), 10)
			} else {
				s = strconv.FormatInt(toInt(v), 10)
			}
			if quoted {
				s = `"` + s + `"`
			}
			e.buf.WriteString(s)
			return nil
		}
		return &jsonErr{4, "json: unsupported type: " + t.name}
	}
	return nil
}

// errorString calls Error on a VM error value.
func (th *Thread) errorString(v any) string {
	t := th.prog.typeOfIface(v)
	if t == nil {
		return "<nil>"
	}
	m := t.method("Error")
	if m == nil {
		return fmt.Sprint(ifaceValue(v))
	}
	res := th.callClosure(&Closure{fn: m.fn, env: m.env, recv: ifaceValue(v), bound: true}, nil, nil)
	return res[0].(string)
}

// jsonDecodeErr carries an UnmarshalTypeError.
type jsonDecodeErr struct {
	custom                   string // an error returned by an Unmarshal method
	value, typ, strct, field string
	off                      int64
}

func jsonUnmarshal(th *Thread, data []byte, target any) []any {
	fail := func(kind int, msg string, off int64, d *jsonDecodeErr) []any {
		if d == nil {
			d = &jsonDecodeErr{}
		}
		return []any{kind, msg, off, d.value, d.typ, d.strct, d.field}
	}
	tt := th.prog.typeOfIface(target)
	if tt == nil {
		return fail(3, "json: Unmarshal(nil)", 0, nil)
	}
	if tt.kind != kPointer {
		return fail(3, "json: Unmarshal(non-pointer "+tt.name+")", 0, nil)
	}
	p := ifaceValue(target)
	if isNilValue(p) {
		return fail(3, "json: Unmarshal(nil "+tt.name+")", 0, nil)
	}
	if err := checkValid(data); err != nil {
		return fail(1, err.Error(), err.Offset, nil)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var raw any
	if err := dec.Decode(&raw); err != nil {
		return fail(1, err.Error(), 0, nil)
	}
	d := &jsonDecoder{th: th}
	cur := loadPtr(p)
	nv := d.assign(tt.elem, cur, raw, data)
	if tt.elem.kind != kStruct && tt.elem.kind != kArray {
		p.(Pointer).Store(nv)
	}
	if d.err != nil {
		if d.err.custom != "" {
			return fail(7, d.err.custom, 0, nil)
		}
		return fail(2, "", d.err.off, d.err)
	}
	return fail(0, "", 0, nil)
}

func checkValid(data []byte) *json.SyntaxError {
	var v any
	err := json.Unmarshal(data, &v)
	if se, ok := err.(*json.SyntaxError); ok {
		return se
	}
	return nil
}

type jsonDecoder struct {
	th    *Thread
	err   *jsonDecodeErr
	strct string
	field string
}

func jsonKindName(raw any) string {
	switch raw.(type) {
	case nil:
		return "null"
	case bool:
		return "bool"
	case json.Number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return "value"
}

func (d *jsonDecoder) typeErr(raw any, t *rtype) {
	if d.err != nil {
		return
	}
	val := jsonKindName(raw)
	if n, ok := raw.(json.Number); ok && (t.kind.isInt() || t.kind.isFloat()) {
		val = "number " + string(n)
	}
	d.err = &jsonDecodeErr{value: val, typ: t.name, strct: d.strct, field: d.field}
}

// assign converts decoded JSON into a value of type t; cur is the existing
// value (structs and arrays are filled in place).
func (d *jsonDecoder) assign(t *rtype, cur any, raw any, rawBytes []byte) any {
	th := d.th
	th.useGas(2)
	// Unmarshaler on *T
	if t.kind != kInterface && t.kind != kPointer {
		pt := t.pointerTo()
		if m := pt.method("UnmarshalJSON"); m != nil {
			b, _ := json.Marshal(raw)
			return d.callUnmarshal(t, cur, m, b)
		}
		if m := pt.method("UnmarshalText"); m != nil {
			if str, ok := raw.(string); ok {
				return d.callUnmarshal(t, cur, m, []byte(str))
			}
		}
	}
	if raw == nil {
		switch t.kind {
		case kInterface, kPointer, kMap, kSlice:
			return t.zero()
		}
		return cur
	}
	switch t.kind {
	case kInterface:
		if t.T.Underlying().(*types.Interface).NumMethods() != 0 {
			d.typeErr(raw, t)
			return cur
		}
		return d.toAny(raw)
	case kPointer:
		var target any
		if isNilValue(cur) {
			if t.elem.kind == kStruct {
				target = t.elem.zero()
			} else {
				c := newCell(t.elem.zero())
				target = ptr[any]{c}
			}
		} else {
			target = cur
		}
		if t.elem.kind == kStruct {
			d.assign(t.elem, target, raw, nil)
			return target
		}
		p := target.(Pointer)
		p.Store(d.assign(t.elem, p.Load(), raw, nil))
		return target
	case kStruct:
		obj, ok := raw.(map[string]any)
		if !ok {
			d.typeErr(raw, t)
			return cur
		}
		s := cur.(*Struct)
		fields := jsonFields(t)
		for k, v := range sortedJSON(obj) {
			var f *jsonField
			for i := range fields {
				if fields[i].name == k {
					f = &fields[i]
					break
				}
			}
			if f == nil {
				for i := range fields {
					if strings.EqualFold(fields[i].name, k) {
						f = &fields[i]
						break
					}
				}
			}
			if f == nil {
				continue
			}
			// walk to the field's struct, allocating embedded pointers
			holder := s
			ct := t
			for _, i := range f.index[:len(f.index)-1] {
				ft := ct.fields[i].typ
				if ft.kind == kPointer {
					if isNilValue(holder.F[i]) {
						holder.F[i] = ft.elem.zero()
					}
					ft = ft.elem
				}
				holder = holder.F[i].(*Struct)
				ct = ft
			}
			last := f.index[len(f.index)-1]
			saveS, saveF := d.strct, d.field
			d.strct, d.field = typeBaseName(t), f.name
			if d.field != "" && saveF != "" {
				d.field = saveF + "." + f.name
				d.strct = saveS
			}
			if f.quoted {
				if str, ok := v.(string); ok {
					var inner any
					dec := json.NewDecoder(strings.NewReader(str))
					dec.UseNumber()
					if dec.Decode(&inner) == nil {
						v = inner
					}
				}
			}
			nv := d.assign(f.typ, holder.F[last], v, nil)
			if !f.typ.needsClone() {
				holder.F[last] = nv
			}
			d.strct, d.field = saveS, saveF
		}
		return s
	case kMap:
		obj, ok := raw.(map[string]any)
		if !ok {
			d.typeErr(raw, t)
			return cur
		}
		m, _ := cur.(*Map)
		if m == nil {
			m = newMap(t.key, len(obj))
		}
		for k, v := range sortedJSON(obj) {
			var key any
			switch {
			case t.key.kind == kString:
				key = k
			case t.key.kind.isInt():
				n, err := strconv.ParseInt(k, 10, 64)
				if err != nil {
					d.typeErr(json.Number(k), t.key)
					continue
				}
				key = fromInt(t.key.kind, n)
			default:
				d.typeErr(raw, t)
				return m
			}
			old, _ := m.get(key)
			if old == nil {
				old = t.elem.zero()
			}
			th.allocBytes(mapEntryBytes)
			m.set(key, d.assign(t.elem, old, v, nil))
		}
		return m
	case kSlice:
		if t.elem.kind == kUint8 {
			if str, ok := raw.(string); ok {
				b, err := base64.StdEncoding.DecodeString(str)
				if err != nil {
					d.typeErr(raw, t)
					return cur
				}
				return b
			}
		}
		arr, ok := raw.([]any)
		if !ok {
			d.typeErr(raw, t)
			return cur
		}
		th.allocBytes(int64(len(arr)) * t.seq().elemSize())
		s := t.makeSeq(len(arr), len(arr))
		sq := t.seq()
		for i, v := range arr {
			nv := d.assign(t.elem, sq.get(s, i), v, nil)
			if !t.elem.needsClone() {
				sq.set(s, i, nv)
			}
		}
		return s
	case kArray:
		arr, ok := raw.([]any)
		if !ok {
			d.typeErr(raw, t)
			return cur
		}
		sq := t.seq()
		for i := range t.len {
			var v any
			if i < len(arr) {
				v = arr[i]
			}
			old := sq.get(cur, i)
			if i >= len(arr) {
				sq.set(cur, i, t.elem.zero())
				continue
			}
			nv := d.assign(t.elem, old, v, nil)
			if !t.elem.needsClone() {
				sq.set(cur, i, nv)
			}
		}
		return cur
	case kString:
		if s, ok := raw.(string); ok {
			return s
		}
	case kBool:
		if b, ok := raw.(bool); ok {
			return b
		}
	case kFloat32, kFloat64:
		if n, ok := raw.(json.Number); ok {
			f, err := strconv.ParseFloat(string(n), 64)
			if err == nil {
				return fromFloat(t.kind, f)
			}
		}
	default:
		if t.kind.isInt() {
			if n, ok := raw.(json.Number); ok {
				if t.kind.isUnsigned() {
					u, err := strconv.ParseUint(string(n), 10, 64)
					if err == nil && wrapInt(t.kind, int64(u)) == int64(u) {
						return fromInt(t.kind, int64(u))
					}
				} else {
					i, err := strconv.ParseInt(string(n), 10, 64)
					if err == nil && wrapInt(t.kind, i) == i {
						return fromInt(t.kind, i)
					}
				}
			}
		}
	}
	d.typeErr(raw, t)
	return cur
}

func typeBaseName(t *rtype) string {
	if n, ok := t.T.(*types.Named); ok {
		return n.Obj().Name()
	}
	return ""
}

func sortedJSON(m map[string]any) func(yield func(string, any) bool) {
	return func(yield func(string, any) bool) {
		keys := make([]string, 0, len(m))
		for k := range m {
			keys = append(keys, k)
		}
		for i := 1; i < len(keys); i++ {
			for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
				keys[j], keys[j-1] = keys[j-1], keys[j]
			}
		}
		for _, k := range keys {
			if !yield(k, m[k]) {
				return
			}
		}
	}
}

// toAny converts decoded JSON into VM values for an interface{} target:
// map[string]any, []any, float64, string, bool, nil.
func (d *jsonDecoder) toAny(raw any) any {
	p := d.th.prog
	switch v := raw.(type) {
	case nil, bool, string:
		return v
	case json.Number:
		f, _ := strconv.ParseFloat(string(v), 64)
		return f
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = d.toAny(x)
		}
		return &Iface{T: p.rtypeOf(types.NewSlice(p.anyT.T)), V: out}
	case map[string]any:
		mt := p.rtypeOf(types.NewMap(types.Typ[types.String], p.anyT.T))
		m := newMap(mt.key, len(v))
		for k, x := range sortedJSON(v) {
			m.set(k, d.toAny(x))
		}
		return &Iface{T: mt, V: m}
	}
	return nil
}

// callUnmarshal calls an UnmarshalJSON or UnmarshalText method of *T on the
// value cur and returns the updated value.
func (d *jsonDecoder) callUnmarshal(t *rtype, cur any, m *Closure, arg []byte) any {
	recv := cur // a struct is its own pointer
	var cell *any
	if t.kind != kStruct {
		cell = newCell(cur)
		recv = ptr[any]{cell}
	}
	res := d.th.callClosure(&Closure{fn: m.fn, env: m.env, recv: recv, bound: true}, []any{arg}, nil)
	if len(res) == 1 && res[0] != nil && d.err == nil {
		d.err = &jsonDecodeErr{custom: d.th.errorString(res[0])}
	}
	if cell != nil {
		return *cell
	}
	return cur
}
