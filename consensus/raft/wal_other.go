//go:build !linux

package raft

import (
	"errors"
	"os"
)

func fdatasync(f *os.File) error { return f.Sync() }

// preallocate is not available here: appends extend the file.
func preallocate(*os.File, int64, int64) error { return errors.ErrUnsupported }
