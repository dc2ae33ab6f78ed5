#!/usr/bin/env bash
# The event log's hash chain (docs/decisions.md 41) on the machine's PostgreSQL, without the platform:
#   1. V5's backfill of N entries logged before it (the migration run on a log of N rows);
#   2. appends with and without the chaining trigger: 3 sessions x APPENDS single-row commits each;
#   3. GET /events/verify's Java walk over the N entries (EventLogChainBench, three runs).
# Usage: bench/event-log-chain.sh [N=100000] [APPENDS=1000]
# Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD (postgres).
# Creates and drops the databases bench_chain_v4 and bench_chain_v5.
set -euo pipefail
cd "$(dirname "$0")/.."
N=${1:-100000}
APPENDS=${2:-1000}
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGPASSWORD=${PGPASSWORD:-postgres}
M=reporting-service/src/main/resources/db/migration
PSQL=(psql -v ON_ERROR_STOP=1 -q -X)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"; for db in bench_chain_v4 bench_chain_v5; do "${PSQL[@]}" -d postgres -c "drop database if exists $db" 2>/dev/null; done' EXIT

now() { date +%s.%N; }
for db in bench_chain_v4 bench_chain_v5; do
  "${PSQL[@]}" -d postgres -c "drop database if exists $db" -c "create database $db encoding 'UTF8'" 2>/dev/null
  "${PSQL[@]}" -d $db -f $M/V1__event_log_and_projections.sql -f $M/V2__programmes_and_withdrawn_schedules.sql \
    -f $M/V3__plan_targets.sql -f $M/V4__revoked_filings.sql
  "${PSQL[@]}" -d $db -c "insert into event_log (event_id, topic, kafka_partition, kafka_offset, event_type, source,
      subject, occurred_at, actor, correlation_id, data)
    select gen_random_uuid(), 'acceptance.events', i % 3, i, 'acceptance.applied', '/acceptance-service',
      'SDP' || lpad((i % 106 + 1)::text, 3, '0'), now() - make_interval(secs => i),
      'manager.SDP' || lpad((i % 106 + 1)::text, 3, '0'), gen_random_uuid()::text,
      jsonb_build_object('applicationId', gen_random_uuid(), 'parkCode', 'SDP' || lpad((i % 106 + 1)::text, 3, '0'),
        'cityCode', '370100', 'level', 'NATIONAL', 'summary', '验收申请 ' || i, 'achievements', '[]'::jsonb)
    from generate_series(1, $N) i"
done
start=$(now)
"${PSQL[@]}" -d bench_chain_v5 -1 -f $M/V5__hash_chained_event_log.sql
echo "V5 backfill of $N entries: $(echo "$(now) - $start" | bc) s"

for session in 0 1 2; do
  for j in $(seq 1 "$APPENDS"); do
    echo "insert into event_log (event_id, topic, kafka_partition, kafka_offset, event_type, source, subject, occurred_at, actor, data) values (gen_random_uuid(), 'acceptance.events', $session, $j, 'acceptance.applied', '/acceptance-service', 'SDP001', now(), 'manager.SDP001', '{\"parkCode\": \"SDP001\", \"cityCode\": \"370100\", \"summary\": \"验收申请\"}');"
  done > "$WORK/appends-$session.sql"
done
for db in bench_chain_v4 bench_chain_v5; do
  start=$(now)
  for session in 0 1 2; do "${PSQL[@]}" -d $db -f "$WORK/appends-$session.sql" & done
  wait
  seconds=$(echo "$(now) - $start" | bc)
  echo "$db: $((3 * APPENDS)) single-row commits from 3 sessions in $seconds s ($(echo "3 * $APPENDS / $seconds" | bc) per second)"
done
"${PSQL[@]}" -d bench_chain_v5 -c "analyze event_log"
./mvnw -q -pl reporting-service -am test -DskipITs -Dtest=EventLogChainBench -Dsurefire.failIfNoSpecifiedTests=false \
  -Devent-log-bench.database=bench_chain_v5 | grep '\[event-log-bench\]'
