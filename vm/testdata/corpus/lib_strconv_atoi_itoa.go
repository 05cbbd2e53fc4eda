package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-123), strconv.Itoa(1<<40))
	for _, s := range []string{"42", "-7", "+5", "007", "", "1e3", " 1", "9223372036854775807", "9223372036854775808", "0x10", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("%q -> %d, %v\n", s, n, err)
	}
	_, err := strconv.Atoi("abc")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err, ne.Err == strconv.ErrSyntax)
	}
	_, err = strconv.Atoi("99999999999999999999")
	fmt.Println(err.(*strconv.NumError).Err == strconv.ErrRange)
}

// Output:
// 0 -123 1099511627776
// "42" -> 42, <nil>
// "-7" -> -7, <nil>
// "+5" -> 5, <nil>
// "007" -> 7, <nil>
// "" -> 0, strconv.Atoi: parsing "": invalid syntax
// "1e3" -> 0, strconv.Atoi: parsing "1e3": invalid syntax
// " 1" -> 0, strconv.Atoi: parsing " 1": invalid syntax
// "9223372036854775807" -> 9223372036854775807, <nil>
// "9223372036854775808" -> 9223372036854775807, strconv.Atoi: parsing "9223372036854775808": value out of range
// "0x10" -> 0, strconv.Atoi: parsing "0x10": invalid syntax
// "1_000" -> 0, strconv.Atoi: parsing "1_000": invalid syntax
// Atoi abc invalid syntax true
// true
