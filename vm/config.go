package vm

import "io"

// Config controls a VM execution. Its zero value is ready to use: every
// zero field falls back to the default documented beside it.
type Config struct {
	// MaxGas is the gas limit of one execution. Default 1,000,000,000.
	MaxGas int64
	// MaxAlloc is the number of bytes an execution may allocate in total
	// (slices, maps, strings, structs). Default 1 GiB.
	MaxAlloc int64
	// MaxCallDepth is the deepest nesting of calls. Default 100,000.
	MaxCallDepth int
	// MaxOutput is the number of bytes a program may print, stdout and
	// stderr together. Default 1 MiB.
	MaxOutput int64
	// MaxSourceBytes caps the total size of a package's source files.
	// Default 4 MiB.
	MaxSourceBytes int
	// MaxNesting caps the nesting depth of brackets and blocks in source,
	// checked before parsing. Default 256.
	MaxNesting int
	// Tests marks a test program (amigo test): it may import amigo/testing.
	Tests bool
	// Stdout and Stderr receive the program's output. Nil discards it.
	Stdout, Stderr io.Writer

	// Gas for persistent state (docs/gas.md): each record read costs
	// StoreReadGas plus StoreReadByteGas per byte of key and value
	// (defaults 100 and 1); each record written StoreWriteGas plus
	// StoreWriteByteGas per byte (defaults 400 and 10); a delete costs
	// StoreWriteGas.
	StoreReadGas, StoreReadByteGas   int64
	StoreWriteGas, StoreWriteByteGas int64
}

const (
	defaultMaxGas       = 1_000_000_000
	defaultMaxAlloc     = 1 << 30
	defaultMaxCallDepth = 100_000
	defaultMaxOutput    = 1 << 20
	defaultMaxSource    = 4 << 20
	defaultMaxNesting   = 256
)

func (c Config) withDefaults() Config {
	if c.MaxGas <= 0 {
		c.MaxGas = defaultMaxGas
	}
	if c.MaxAlloc <= 0 {
		c.MaxAlloc = defaultMaxAlloc
	}
	if c.MaxCallDepth <= 0 {
		c.MaxCallDepth = defaultMaxCallDepth
	}
	if c.MaxOutput <= 0 {
		c.MaxOutput = defaultMaxOutput
	}
	if c.MaxSourceBytes <= 0 {
		c.MaxSourceBytes = defaultMaxSource
	}
	if c.MaxNesting <= 0 {
		c.MaxNesting = defaultMaxNesting
	}
	if c.StoreReadGas <= 0 {
		c.StoreReadGas = 100
	}
	if c.StoreReadByteGas <= 0 {
		c.StoreReadByteGas = 1
	}
	if c.StoreWriteGas <= 0 {
		c.StoreWriteGas = 400
	}
	if c.StoreWriteByteGas <= 0 {
		c.StoreWriteByteGas = 10
	}
	if c.Stdout == nil {
		c.Stdout = io.Discard
	}
	if c.Stderr == nil {
		c.Stderr = io.Discard
	}
	return c
}
