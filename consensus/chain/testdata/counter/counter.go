package counter

var n int

// Inc adds one and returns the count.
func Inc() int { n++; return n }
