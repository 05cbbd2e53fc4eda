package main

import (
	"fmt"
	"strconv"
)

func main() {
	n := int64(-123456789)
	for base := 2; base <= 36; base += 7 {
		s := strconv.FormatInt(n, base)
		back, err := strconv.ParseInt(s, base, 64)
		fmt.Printf("base %2d: %s %v %v\n", base, s, back == n, err)
	}
	for _, s := range []string{"0x1F", "0X1f", "0b1010", "0o777", "0777", "-0x80", "0x", "0b2", "1__0", "_10", "0_7"} {
		v, err := strconv.ParseInt(s, 0, 64)
		fmt.Printf("%-7s %5d %v\n", s, v, err)
	}
	u, err := strconv.ParseUint("FFFFFFFFFFFFFFFF", 16, 64)
	fmt.Println(u, err)
	i, err := strconv.ParseInt("-8000000000000000", 16, 64)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("8000000000000000", 16, 64)
	fmt.Println(i, err)
}

// Output:
// base  2: -111010110111100110100010101 true <nil>
// base  9: -277266780 true <nil>
// base 16: -75bcd15 true <nil>
// base 23: -j43jfb true <nil>
// base 30: -52ce69 true <nil>
// 0x1F       31 <nil>
// 0X1f       31 <nil>
// 0b1010     10 <nil>
// 0o777     511 <nil>
// 0777      511 <nil>
// -0x80    -128 <nil>
// 0x          0 strconv.ParseInt: parsing "0x": invalid syntax
// 0b2         0 strconv.ParseInt: parsing "0b2": invalid syntax
// 1__0        0 strconv.ParseInt: parsing "1__0": invalid syntax
// _10         0 strconv.ParseInt: parsing "_10": invalid syntax
// 0_7         7 <nil>
// 18446744073709551615 <nil>
// -9223372036854775808 <nil>
// 9223372036854775807 strconv.ParseInt: parsing "8000000000000000": value out of range
