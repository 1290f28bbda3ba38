//go:build race

package screening_test

// raceEnabled: the race detector makes the quality test ten times slower;
// it then runs a smaller sample of the test set.
const raceEnabled = true
