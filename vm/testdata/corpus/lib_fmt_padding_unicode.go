package main

import "fmt"

func main() {
	names := []string{"go", "café", "日本", "😀x"}
	for _, n := range names {
		fmt.Printf("[%6s][%-6s][%.2s][%6.1s]\n", n, n, n, n)
	}
	fmt.Printf("[%5q][%-8q]\n", "é", "ab")
	fmt.Printf("[%3c][%-3c][%03d]\n", '世', 'é', 7)
	fmt.Printf("[%x][% X][%#x]\n", "é", "日", "go")
	fmt.Printf("[%08.3f][%-8.3f][%+8.3f]\n", -3.14159, 2.5, 2.5)
	fmt.Printf("[%8.3e][%-12g][%12G]\n", 12345.678, 1e-9, 1e-9)
	fmt.Printf("[%v][%5v][%-5v]\n", nil, nil, nil)
	fmt.Printf("[%6.2v][%v]\n", "abc", 'x')
	fmt.Printf("[%010s][%-010d]\n", "pad", 5)
	fmt.Printf("[%+q][%#U]\n", "é", '日')
}

// Output:
// [    go][go    ][go][     g]
// [  café][café  ][ca][     c]
// [    日本][日本    ][日本][     日]
// [    😀x][😀x    ][😀x][     😀]
// [  "é"]["ab"    ]
// [  世][é  ][007]
// [c3a9][E6 97 A5][0x676f]
// [-003.142][2.500   ][  +2.500]
// [1.235e+04][1e-09       ][       1E-09]
// [<nil>][<nil>][<nil>]
// [    ab][120]
// [0000000pad][5         ]
// ["\u00e9"][U+65E5 '日']
