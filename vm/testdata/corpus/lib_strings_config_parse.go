package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const conf = `
# comment line
name = amigo
port=8080
  debug =  true
tags = a, b ,c
empty =
ratio = 0.25
bad line without equals
name = override
`

func main() {
	vals := map[string]string{}
	var errs []string
	for i, line := range strings.Split(conf, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Sprintf("line %d: %q", i, line))
			continue
		}
		vals[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	keys := make([]string, 0, len(vals))
	for k := range vals {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%q\n", k, vals[k])
	}
	fmt.Println(errs)
	port, err := strconv.Atoi(vals["port"])
	fmt.Println(port+1, err)
	debug, _ := strconv.ParseBool(vals["debug"])
	ratio, _ := strconv.ParseFloat(vals["ratio"], 64)
	fmt.Println(debug, ratio*4)
	var tags []string
	for _, t := range strings.Split(vals["tags"], ",") {
		tags = append(tags, strings.TrimSpace(t))
	}
	fmt.Printf("%q\n", tags)
}

// Output:
// debug="true"
// empty=""
// name="override"
// port="8080"
// ratio="0.25"
// tags="a, b ,c"
// [line 8: "bad line without equals"]
// 8081 <nil>
// true 1
// ["a" "b" "c"]
