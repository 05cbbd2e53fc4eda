package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Now())
}

// Error: err_forbidden_time_now.go:9:14: time.Now is not available in contracts (use amigo.Now, the transaction's time)
