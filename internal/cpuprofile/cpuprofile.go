// Package cpuprofile writes a CPU profile of the process to a file, for the
// -cpuprofile flag of the measuring commands (loadgen, projbench,
// storebench).
package cpuprofile

import (
	"errors"
	"os"
	"runtime/pprof"
)

// Start profiles the process into the file at path until stop is called,
// which also closes the file. An empty path profiles nothing and stop does
// nothing.
func Start(path string) (stop func() error, err error) {
	if path == "" {
		return func() error { return nil }, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		return nil, errors.Join(err, f.Close())
	}
	return func() error {
		pprof.StopCPUProfile()
		return f.Close()
	}, nil
}
