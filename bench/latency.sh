#!/usr/bin/env bash
# Latency of the path that carries a filing, side by side with Kafka's own, from one run against
# the running platform (deploy/local/platform.sh):
#
#   0. a warm-up: park registrations at RATE per second for at least WARMUP_S seconds and until the API's
#      p50 is steady, reported but not measured (the services' JIT compiles the path during the first
#      several thousand requests, and a production system is warm); then VACUUM (ANALYZE) of the
#      services' databases, as pgbench does before a run;
#   1. Kafka's EndToEndLatency tool (kafka-tools 4.1.2, the broker's version) on the same broker:
#      one 512-byte record at a time, acks=all, linger 0, the consumer polling without waiting;
#   2. bench/KafkaProbe.java: Kafka alone with the outbox's producer settings, one record every
#      1000/RATE ms (the path's arrival pattern, where the tool sends back to back);
#   3. bench/latency-driver.py: park registrations through the API at RATE per second, open loop,
#      for DURATION seconds; per event, commit of the outbox row -> Kafka -> reporting's event log
#      and projection committed (timestamps from PostgreSQL, see the driver's docstring).
#
# Usage: bench/latency.sh [RATE=50] [DURATION_S=60] [KAFKA_MESSAGES=5000] [WARMUP_S=600]
# Environment: PLATFORM_DB_PREFIX (as given to platform.sh), PLATFORM_CACHE_DIR, PLATFORM_PG_PORT.
# The parks it registers stay in the registry (codes are never reused): use a throwaway system, e.g.
#   PLATFORM_STATE_DIR=.local/bench PLATFORM_DB_PREFIX=bench_ PLATFORM_FRESH=1 deploy/local/platform.sh start
set -euo pipefail
cd "$(dirname "$0")/.."
RATE=${1:-50}
DURATION=${2:-60}
KAFKA_MESSAGES=${3:-5000}
WARMUP=${4:-600}
KAFKA_VERSION=4.1.2
CACHE_DIR=${PLATFORM_CACHE_DIR:-$PWD/.local/cache}
KAFKA_LIB=$CACHE_DIR/kafka-$KAFKA_VERSION/lib

if [[ ! -f $KAFKA_LIB/.complete ]]; then
  echo "Kafka $KAFKA_VERSION jars (kafka-tools included) into $KAFKA_LIB" >&2
  mkdir -p "$CACHE_DIR"
  tmp=$(mktemp -d "$CACHE_DIR/.kafka-lib.XXXXXX")
  (cd deploy/local/kafka-runtime && ../../../mvnw -q dependency:copy-dependencies -DoutputDirectory="$tmp" -DincludeScope=runtime)
  rm -rf "$KAFKA_LIB"; mkdir -p "$(dirname "$KAFKA_LIB")"; mv "$tmp" "$KAFKA_LIB"; touch "$KAFKA_LIB/.complete"
fi
for port in 9092 8081 8084 8180; do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "nothing listens on 127.0.0.1:$port: start the platform first" >&2; exit 1; }
done

if (( WARMUP > 0 )); then
  # In rounds of 30 s: at least WARMUP_S, then on until the API's p50 falls by less than 5 % from one round to
  # the next, at most 900 s. Reported, not measured. After a cold start the p50 settles within 3 minutes on
  # this kind of machine, but the p99 only after some 25,000 registrations: after 120 s of warm-up the
  # measured p99 was still 2.5 times the warm one, after 300 s 1.5 times (docs/measurements.md, "Stop 17").
  echo "== Warm-up at $RATE/s in rounds of 30 s: at least $WARMUP s, then until the API's p50 is steady (at most 900 s; WARMUP_S=0 skips it)" >&2
  elapsed=0
  previous=
  while :; do
    round=$(python3 bench/latency-driver.py "$RATE" 30)
    elapsed=$((elapsed + 30))
    api_p50=$(ROUND=$round ELAPSED=$elapsed python3 -c '
import json, os, sys
d = json.loads(os.environ["ROUND"]); e = d["commit_to_projection_ms"]; a = d["api_ms"]
print("   %4d s: %d registrations (%d errors), path p50 %.1f / p99 %.1f ms, API p50 %.2f / p99 %.1f ms"
      % (int(os.environ["ELAPSED"]), d["sent"], d["errors"], e["p50"], e["p99"], a["p50"], a["p99"]), file=sys.stderr)
print(a["p50"])')
    if (( elapsed >= 900 )); then
      echo "   stopped at 900 s; the services may not be warm yet" >&2
      break
    fi
    if (( elapsed >= WARMUP )) && [[ -n $previous ]] \
        && python3 -c "import sys; sys.exit(0 if $api_p50 > 0.95 * $previous else 1)"; then
      break
    fi
    previous=$api_p50
  done
fi

# As pgbench does before each run: vacuum and analyse, so that a run does not pay for the dead rows of the
# runs before it where the server's autovacuum is off (the services vacuum every 15 min there, decision 53).
echo "== VACUUM (ANALYZE) of the four databases (the server's autovacuum: $(psql -h 127.0.0.1 -p "${PLATFORM_PG_PORT:-5432}" -U postgres -Atc 'show autovacuum'))" >&2
for db in parks plans acceptance reporting; do
  psql -h 127.0.0.1 -p "${PLATFORM_PG_PORT:-5432}" -U postgres -d "${PLATFORM_DB_PREFIX:-}$db" -qc 'vacuum (analyze)'
done

echo "== Kafka's own EndToEndLatency: $KAFKA_MESSAGES records of 512 B, acks=all" >&2
log4j=$(mktemp); printf 'rootLogger.level = ERROR\n' >"$log4j"
kafka_out=$(java -Xmx256m -Dlog4j2.configurationFile="$log4j" -cp "$KAFKA_LIB/*" \
  org.apache.kafka.tools.EndToEndLatency 127.0.0.1:9092 bench.e2e-latency "$KAFKA_MESSAGES" all 512 2>&1 | tail -n 5)
echo "$kafka_out" >&2

echo "== Kafka alone, one record every $((1000 / RATE)) ms (bench/KafkaProbe.java)" >&2
probe_out=$(java -Xmx128m -Dlog4j2.configurationFile="$log4j" -cp "$KAFKA_LIB/*" bench/KafkaProbe.java 1000 $((1000 / RATE)) 2>&1 | tail -n 1)
rm -f "$log4j"
echo "$probe_out" >&2

echo "== Registration -> reporting projection: $RATE/s open loop for $DURATION s" >&2
driver_out=$(python3 bench/latency-driver.py "$RATE" "$DURATION")

KAFKA_OUT=$kafka_out PROBE_OUT=$probe_out DRIVER_OUT=$driver_out python3 - <<'PY'
import json, os, re
kafka = os.environ["KAFKA_OUT"]
m = re.search(r"Percentiles: 50th = (\d+), 99th = (\d+), 99.9th = (\d+)", kafka)
avg = re.search(r"Avg latency: ([\d.]+) ms", kafka)
if not m:
    raise SystemExit("EndToEndLatency printed no percentiles:\n" + kafka)
k50, k99, k999 = map(int, m.groups())
probe = re.search(r"Kafka alone, (\d+) records (\d+) ms apart: p50 ([\d.]+) ms, p99 ([\d.]+) ms, max ([\d.]+) ms",
                  os.environ["PROBE_OUT"])
if not probe:
    raise SystemExit("KafkaProbe printed no figures:\n" + os.environ["PROBE_OUT"])
d = json.loads(os.environ["DRIVER_OUT"])
e = d["commit_to_projection_ms"]
print()
print("| path | n | p50 ms | p99 ms | max ms |")
print("|---|---|---|---|---|")
print("| Kafka EndToEndLatency (acks=all, 512 B, closed loop; avg %.1f ms, p99.9 %d ms) | - | %d | %d | - |"
      % (float(avg.group(1)) if avg else float("nan"), k999, k50, k99))
print("| Kafka alone, one record every %s ms (bench/KafkaProbe.java, the outbox's producer settings) | %s | %s | %s | %s |"
      % (probe.group(2), probe.group(1), probe.group(3), probe.group(4), probe.group(5)))
for key, label in (("commit_to_projection_ms", "outbox commit -> reporting projection (end to end)"),
                   ("commit_to_broker_ack_ms", "  of which: outbox commit -> broker ack recorded"),
                   ("api_ms", "API call (POST /api/v1/parks), client-side")):
    s = d[key]
    print("| %s | %d | %.1f | %.1f | %.1f |" % (label, s["n"], s["p50"], s["p99"], s["max"]))
ratio = e["p99"] / max(k99, 1)
print()
print("rate %.0f/s for %.0f s: %d sent (%d errors), %d reached the projection, %d missing"
      % (d["rate_per_s"], d["duration_s"], d["sent"], d["errors"], d["logged"], d["missing"]))
print("p99 end to end %.1f ms = %.1f x Kafka's own p99 (%d ms); target <= 3 x and <= 50 ms: %s"
      % (e["p99"], ratio, k99, "met" if e["p99"] <= 50 and ratio <= 3 else "NOT met"))
print("   and %.1f x the p99 of Kafka alone at the path's arrival pattern (%s ms)"
      % (e["p99"] / float(probe.group(4)), probe.group(4)))
PY
