#!/usr/bin/env bash
# memory-under-load.sh: the server's resident memory idle and under query load
# (BENCHMARKS.md, "Memory under query load").
#
#   scripts/memory-under-load.sh DATA [MEMORY_LIMIT]
#
# Starts `ledger serve --data DATA` (with --memory-limit MEMORY_LIMIT if given),
# waits until its read models, its Merkle tree and its file check are done and
# its CPU is idle, then runs cmd/loadgen against it, watching its process:
# first -mode asof (open loop, ASOF_RATE/s, nested links) with IDLE of idle
# sampling before it, then -mode simple (closed loop, CONCURRENCY workers),
# each for DURATION after a 5 s warm-up. It prints each phase's report and a
# summary line: idle RSS, loaded mean and max RSS over both phases, their
# ratios to idle, the server's CPU per request and p99 of each phase, and the
# server's limit, live heap and GC CPU fraction from /metrics.
#
# The server writes into DATA (its snapshot and checkpoints): give it a copy.
# Environment: LEDGER and LOADGEN (binaries; built from this checkout when
# unset), PORT (18391), DURATION (60s), ASOF_RATE (5), CONCURRENCY (8),
# IDLE (10s), SERVE_LOG (a file to keep the server's log in).
set -euo pipefail

data=${1:?usage: memory-under-load.sh DATA [MEMORY_LIMIT]}
limit=${2:-}
port=${PORT:-18391}
duration=${DURATION:-60s}
rate=${ASOF_RATE:-5}
concurrency=${CONCURRENCY:-8}
idle=${IDLE:-10s}

work=$(mktemp -d)
pid=
cleanup() {
	if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
		kill -TERM "$pid"
		wait "$pid" || true
	fi
	if [ -n "${SERVE_LOG:-}" ] && [ -f "$work/serve.log" ]; then
		cp "$work/serve.log" "$SERVE_LOG"
	fi
	rm -rf "$work"
}
trap cleanup EXIT

root=$(cd "$(dirname "$0")/.." && pwd)
if [ -z "${LEDGER:-}" ]; then
	LEDGER=$work/ledger
	(cd "$root" && go build -o "$LEDGER" ./cmd/ledger)
fi
if [ -z "${LOADGEN:-}" ]; then
	LOADGEN=$work/loadgen
	(cd "$root" && go build -o "$LOADGEN" ./cmd/loadgen)
fi

args=(serve --data "$data" --addr "127.0.0.1:$port")
if [ -n "$limit" ]; then
	args+=(--memory-limit "$limit")
fi
"$LEDGER" "${args[@]}" >"$work/serve.log" 2>&1 &
pid=$!

# Ready, Merkle tree built, file checked.
for _ in $(seq 1200); do
	kill -0 "$pid" 2>/dev/null || { cat "$work/serve.log" >&2; echo "the server stopped" >&2; exit 1; }
	if grep -q 'Merkle tree ready' "$work/serve.log" && grep -q 'integrity checked' "$work/serve.log"; then
		break
	fi
	sleep 0.5
done
grep -q 'Merkle tree ready' "$work/serve.log" || { echo "the server was not ready in 10 minutes" >&2; exit 1; }

# Idle: less than 0.1 s of CPU over 5 s (at most 3 minutes).
cpu() { awk '{ sub(/.*\) /, ""); print $12 + $13 }' "/proc/$pid/stat"; }
for _ in $(seq 36); do
	c0=$(cpu)
	sleep 5
	[ $(($(cpu) - c0)) -lt 10 ] && break
done

url=http://127.0.0.1:$port/graphql
scrape() { curl -sf "http://127.0.0.1:$port/metrics" || true; }
before=$(scrape)
"$LOADGEN" -mode asof -url "$url" -rate "$rate" -duration "$duration" -warmup 5s \
	-server-pid "$pid" -idle "$idle" -json >"$work/asof.json"
"$LOADGEN" -mode simple -url "$url" -concurrency "$concurrency" -duration "$duration" -warmup 5s \
	-server-pid "$pid" -json >"$work/simple.json"
metrics=$(scrape)
grep 'memory limit' "$work/serve.log" || true

for phase in asof simple; do
	echo "== $phase"
	cat "$work/$phase.json"
done
field() { sed -n "s/.*\"$2\": \([-0-9.e+]*\).*/\1/p" "$work/$1.json" | head -1; }
metric() { printf '%s\n' "${2:-$metrics}" | awk -v n="$1" '$1 == n { print $2 }'; }
cpu_class() { awk -v a="$(metric "go_cpu_classes_$1_cpu_seconds_total" "$before")" -v b="$(metric "go_cpu_classes_$1_cpu_seconds_total")" 'BEGIN { print b - a }'; }
awk -v idle="$(field asof idle_rss_mib)" -v idleanon="$(field asof idle_rss_anon_mib)" \
	-v m1="$(field asof loaded_rss_mean_mib)" -v m2="$(field simple loaded_rss_mean_mib)" \
	-v x1="$(field asof loaded_rss_max_mib)" -v x2="$(field simple loaded_rss_max_mib)" \
	-v c1="$(field asof cpu_per_request_ms)" -v c2="$(field simple cpu_per_request_ms)" \
	-v r1="$(field asof rate_per_s)" -v r2="$(field simple rate_per_s)" \
	-v p1="$(field asof p99_ms)" -v p2="$(field simple p99_ms)" \
	-v lim="$(metric go_gc_gomemlimit_bytes)" -v live="$(metric go_gc_heap_live_bytes)" \
	-v gc="$(cpu_class gc_total)" -v total="$(cpu_class total)" -v idlecpu="$(cpu_class idle)" \
	-v setting="${limit:-default}" 'BEGIN {
	mean = (m1 + m2) / 2; mx = (x1 > x2 ? x1 : x2)
	printf "memory-limit %s: RSS idle %.0f MiB (anonymous %.0f), loaded mean %.0f MiB, max %.0f MiB: growth %.2fx mean, %.2fx max\n", setting, idle, idleanon, mean, mx, mean / idle, mx / idle
	printf "  asof %.1f/s: server CPU %.2f ms/request, p99 %.1f ms; simple %.0f/s: server CPU %.3f ms/request, p99 %.2f ms\n", r1, c1, p1, r2, c2, p2
	if (lim != "" && total > idlecpu) printf "  after the load: limit %.0f MiB, live heap %.0f MiB; the collector took %.1f of the server'"'"'s %.1f CPU-s under load (%.0f%%)\n", lim / 1048576, live / 1048576, gc, total - idlecpu, 100 * gc / (total - idlecpu)
}'
