// Package progress reports the progress of long jobs (import, export,
// verify, rebuild) on stderr.
//
// On a terminal it redraws one line with a bar, the count, the rate and the
// time left, drawn by github.com/schollz/progressbar (which also narrows the
// bar to fit the terminal); anywhere else (a pipe, a log file) it writes a
// plain line of its own every few seconds with the same facts, so that logs
// stay readable and short jobs stay quiet.
package progress
