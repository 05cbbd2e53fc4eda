package raft

import (
	"errors"
	"fmt"
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

// preallocate allocates n bytes of f from off, extending its size
// (fallocate mode 0: the blocks read as zeros).
func preallocate(f *os.File, off, n int64) error {
	for {
		err := syscall.Fallocate(int(f.Fd()), 0, off, n)
		switch {
		case err == syscall.EINTR:
			continue
		case err == syscall.EOPNOTSUPP || err == syscall.ENOSYS:
			return fmt.Errorf("%w: %v", errors.ErrUnsupported, err)
		}
		return err
	}
}
