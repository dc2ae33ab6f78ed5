#!/usr/bin/env bash
# The fault scenario of FaultToleranceIT at bench size: N acceptances (default 1000) filed by four
# clients while Kafka is killed (SIGKILL) and restarted twice, reporting-service is killed and
# restarted once and the services' database connections are cut once; then it waits until the
# province's completed count has risen by exactly N, the outbox is empty and no dead letter exists.
# Each filing is the whole acceptance workflow (apply against the park's approved implementation plan,
# review opened, a panel of three experts, three scorings, decision, filing with its number); the N
# parks' plans are approved before the faults begin.
#
# Usage: bench/faults.sh [N]
# Starts a fresh platform in .local/systest (ports 8081-8084, 8180, 9092) and stops it afterwards,
# like the system tests; set PLATFORM_REUSE=1 to run against the platform already running there and
# leave it running. The figures are printed at the end (also in system-tests/target/faults-summary.txt).
set -euo pipefail
cd "$(dirname "$0")/.."
filings=${1:-1000}
[[ $filings =~ ^[0-9]+$ ]] || { echo "usage: $0 [N]" >&2; exit 2; }

for s in parks plans acceptance reporting; do
  if [[ ! -f $s-service/target/quarkus-app/quarkus-run.jar ]]; then
    echo "[faults] building the services (./mvnw -q -DskipTests package)"
    ./mvnw -q -DskipTests package
    break
  fi
done

rm -f system-tests/target/faults-summary.txt
start=$SECONDS
# The services' jars are built already: the reactor only compiles the test module and its
# dependencies, skips the Quarkus build and every other module's tests.
status=0
./mvnw -q -pl system-tests -am verify -Dquarkus.build.skip=true \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FaultToleranceIT \
  -Dfaults.filings="$filings" -Dplatform.reuse="$([[ ${PLATFORM_REUSE:-0} == 1 ]] && echo true || echo false)" ||
  status=$?
echo
echo "[faults] $filings filings, $((SECONDS - start)) s including the platform's start and stop"
cat system-tests/target/faults-summary.txt 2>/dev/null || true
exit "$status"
