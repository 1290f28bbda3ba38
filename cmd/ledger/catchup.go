package main

import (
	"context"
	"log/slog"
	"time"

	"github.com/controlsledger/ledger/projections"
)

// reportCatchUp logs, every interval until the runner is ready, how far
// the read models have come: position, head, rate and time left; then one
// line when they are ready, with the time it took, and returns true. A long
// rebuild (a first start on a large ledger, or without a usable snapshot)
// is then visible in the logs as it goes. It returns false, having logged
// no ready line, if ctx ends first.
func reportCatchUp(ctx context.Context, log *slog.Logger, runner *projections.Runner, interval time.Duration) bool {
	start := time.Now()
	t := time.NewTicker(interval)
	defer t.Stop()
	var (
		lastAt  time.Time
		lastPos uint64
	)
	for {
		select {
		case <-ctx.Done():
			return false
		case <-runner.Ready():
			attrs := []any{}
			if st, err := runner.Status(context.WithoutCancel(ctx)); err == nil {
				attrs = append(attrs, "position", st.Checkpoint)
			}
			log.Info("projections ready", append(attrs, "took", time.Since(start).Round(time.Millisecond))...)
			return true
		case now := <-t.C:
			st, err := runner.Status(ctx)
			if err != nil {
				log.Warn("projections catching up: status unknown", "err", err)
				continue
			}
			attrs := []any{"position", st.Checkpoint, "head", st.StoreHead}
			if !lastAt.IsZero() && st.Checkpoint >= lastPos {
				rate := float64(st.Checkpoint-lastPos) / now.Sub(lastAt).Seconds()
				attrs = append(attrs, "events_per_s", int64(rate))
				if rate > 0 && st.StoreHead > st.Checkpoint {
					left := time.Duration(float64(st.StoreHead-st.Checkpoint) / rate * float64(time.Second))
					attrs = append(attrs, "left", left.Round(time.Second))
				}
			}
			lastAt, lastPos = now, st.Checkpoint
			log.Info("projections catching up", attrs...)
		}
	}
}
