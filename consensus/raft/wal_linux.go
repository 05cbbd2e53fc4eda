package raft

import (
	"os"
	"syscall"
)

// fdatasync makes an append durable without the inode's times.
func fdatasync(f *os.File) error {
	for {
		err := syscall.Fdatasync(int(f.Fd()))
		if err != syscall.EINTR {
			return err
		}
	}
}
