package main

func main() {
	done := false
	go func() { done = true }()
	_ = done
}

// Error: err_forbidden_goroutine.go:5:2: go statement: goroutines are not supported in contracts (call the function directly)
