module github.com/amigo-platform/amigo/examples

// The examples are Amigo contracts: Go packages run by the Amigo VM, which
// import "amigo" and each other by their deployed paths. This separate
// module keeps the go command (go build/vet/test ./...) out of them; use
// amigo test ./examples/... instead.

go 1.26
