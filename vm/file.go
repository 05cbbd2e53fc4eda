package vm

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// fileJSON is a File as JSON: {"name": "hello.go", "src": "package hello..."},
// the source as text (Go source is UTF-8).
type fileJSON struct {
	Name string `json:"name"`
	Src  string `json:"src"`
}

// MarshalJSON writes the source as text.
func (f File) MarshalJSON() ([]byte, error) {
	return json.Marshal(fileJSON{f.Name, string(f.Src)})
}

// UnmarshalJSON reads {"name", "src"} with the source as text.
func (f *File) UnmarshalJSON(b []byte) error {
	var j fileJSON
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	if !utf8.ValidString(j.Src) {
		return fmt.Errorf("file %q: source is not valid UTF-8", j.Name)
	}
	f.Name, f.Src = j.Name, []byte(j.Src)
	return nil
}
