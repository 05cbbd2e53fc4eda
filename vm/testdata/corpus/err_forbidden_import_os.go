package main

import "os"

func main() {
	os.Exit(3)
}

// Error: err_forbidden_import_os.go:3:8: import "os" is not allowed (contracts have no file system or environment)
