package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	cases := []struct {
		s    string
		base int
		bits int
	}{
		{"ff", 16, 64}, {"-ff", 16, 64}, {"0xff", 0, 64}, {"0o17", 0, 64}, {"017", 0, 64},
		{"0b101", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64}, {"127", 10, 8}, {"128", 10, 8},
		{"-129", 10, 8}, {"zz", 36, 64}, {"12", 2, 64}, {"", 10, 64}, {"-", 10, 64},
		{"7fffffff", 16, 32}, {"80000000", 16, 32},
	}
	for _, c := range cases {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q,%d,%d) = %d %v\n", c.s, c.base, c.bits, n, err)
	}
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u, err, errors.Is(err, strconv.ErrRange))
	u, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	_, err = strconv.ParseInt("10", 1, 64)
	fmt.Println(err)
}

// Output:
// ParseInt("ff",16,64) = 255 <nil>
// ParseInt("-ff",16,64) = -255 <nil>
// ParseInt("0xff",0,64) = 255 <nil>
// ParseInt("0o17",0,64) = 15 <nil>
// ParseInt("017",0,64) = 15 <nil>
// ParseInt("0b101",0,64) = 5 <nil>
// ParseInt("1_000",0,64) = 1000 <nil>
// ParseInt("1_000",10,64) = 0 strconv.ParseInt: parsing "1_000": invalid syntax
// ParseInt("127",10,8) = 127 <nil>
// ParseInt("128",10,8) = 127 strconv.ParseInt: parsing "128": value out of range
// ParseInt("-129",10,8) = -128 strconv.ParseInt: parsing "-129": value out of range
// ParseInt("zz",36,64) = 1295 <nil>
// ParseInt("12",2,64) = 0 strconv.ParseInt: parsing "12": invalid syntax
// ParseInt("",10,64) = 0 strconv.ParseInt: parsing "": invalid syntax
// ParseInt("-",10,64) = 0 strconv.ParseInt: parsing "-": invalid syntax
// ParseInt("7fffffff",16,32) = 2147483647 <nil>
// ParseInt("80000000",16,32) = 2147483647 strconv.ParseInt: parsing "80000000": value out of range
// 18446744073709551615 <nil>
// 18446744073709551615 strconv.ParseUint: parsing "18446744073709551616": value out of range true
// 0 strconv.ParseUint: parsing "-1": invalid syntax
// 255 strconv.ParseUint: parsing "300": value out of range
// strconv.ParseInt: parsing "10": invalid base 1
