package main

import (
	"os"
	"syscall"
)

func fdatasync(f *os.File) error {
	return os.NewSyscallError("fdatasync", syscall.Fdatasync(int(f.Fd())))
}
