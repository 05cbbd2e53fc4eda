//go:build !linux

package raft

import "os"

func fdatasync(f *os.File) error { return f.Sync() }
