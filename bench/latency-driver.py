#!/usr/bin/env python3
"""Open-loop load on the path a filing takes, and where its time goes.

Registers parks on parks-service at a fixed rate (open loop: a request is sent on schedule whether or
not earlier ones have answered), then reads from PostgreSQL, for every park.registered event of the
run, when its outbox row was written (parks DB, outbox_event.created_at: the service's clock at
record time, just before the commit), when the broker acknowledged it (outbox_event.published_at)
and when reporting appended it to its event log in the transaction that also updates the projection
(reporting DB, event_log.received_at = clock_timestamp() at the insert). Both timestamps come from
the same PostgreSQL server and the same machine clock.

A park registration takes exactly the path of an acceptance.filed event (outbox row in the write
transaction -> relay -> Kafka -> reporting's idempotent consumer -> event log + projection), and it
can be repeated thousands of times without running out of parks to file.

Usage: latency-driver.py RATE_PER_S DURATION_S   (prints one JSON object on stdout)
"""
import concurrent.futures
import http.client
import json
import os
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request

KEYCLOAK = os.environ.get("KEYCLOAK_URL", "http://127.0.0.1:8180") + "/realms/circular-parks/protocol/openid-connect/token"
PARKS = os.environ.get("PARKS_URL", "http://127.0.0.1:8081")
PARKS_HOST, PARKS_PORT = urllib.parse.urlsplit(PARKS).hostname, urllib.parse.urlsplit(PARKS).port
DB_PREFIX = os.environ.get("PLATFORM_DB_PREFIX", "")
PG_PORT = os.environ.get("PLATFORM_PG_PORT", "5432")


def token():
    body = urllib.parse.urlencode({"grant_type": "password", "client_id": "local-demo-password-grant",
                                   "username": "province.admin", "password": "demo123"}).encode()
    with urllib.request.urlopen(KEYCLOAK, body) as response:
        return json.load(response)["access_token"]


_connections = threading.local()


def register(bearer, name):
    """One registration over this thread's kept-alive connection (as a real client pool does)."""
    body = json.dumps({"name": name, "cityCode": "371700", "level": "PROVINCIAL",
                       "zoneKind": "INDUSTRIAL_PARK"}).encode()
    headers = {"Authorization": "Bearer " + bearer, "Content-Type": "application/json"}
    started = time.perf_counter()
    for attempt in (1, 2):
        connection = getattr(_connections, "parks", None)
        if connection is None:
            connection = _connections.parks = http.client.HTTPConnection(PARKS_HOST, PARKS_PORT, timeout=30)
        try:
            connection.request("POST", "/api/v1/parks", body, headers)
            response = connection.getresponse()
            payload = response.read()
        except (http.client.HTTPException, OSError) as e:
            connection.close()
            _connections.parks = None
            if attempt == 2:  # a benchmark reports every failure, it does not stop
                return None, (time.perf_counter() - started) * 1000, str(e)
            continue
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != 201:
            return None, elapsed, "HTTP %d" % response.status
        return json.loads(payload)["code"], elapsed, None


def psql(database, sql):
    # The statement goes on stdin: thousands of event ids exceed what one command-line argument may hold.
    out = subprocess.run(["psql", "-h", "127.0.0.1", "-p", PG_PORT, "-U", "postgres", "-d", database,
                          "-At", "-F", "|", "-v", "ON_ERROR_STOP=1"], input=sql, check=True, capture_output=True,
                         text=True).stdout
    return [line.split("|") for line in out.splitlines() if line]


def percentile(values, p):
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    rank = p / 100 * (len(ordered) - 1)
    low = int(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def summary(values):
    return {"n": len(values), "p50": percentile(values, 50), "p99": percentile(values, 99),
            "max": max(values) if values else float("nan")}


def main():
    rate, duration = float(sys.argv[1]), float(sys.argv[2])
    bearer = token()
    stamp = time.strftime("%H%M%S")
    total = int(rate * duration)
    results, lock = [], threading.Lock()

    def fire(i):
        outcome = register(bearer, "延迟基准园区%s-%05d" % (stamp, i))
        with lock:
            results.append(outcome)

    # Warm-up outside the measurement: JIT, connection pools, the consumer's first fetch.
    for i in range(20):
        register(bearer, "延迟基准预热%s-%02d" % (stamp, i))
    time.sleep(2)

    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=64) as pool:
        for i in range(total):
            delay = start + i / rate - time.perf_counter()
            if delay > 0:
                time.sleep(delay)
            pool.submit(fire, i)
    sent_for = time.perf_counter() - start

    codes = [code for code, _, error in results if code]
    errors = [error for _, _, error in results if error]
    if not codes:
        raise SystemExit("no registration succeeded: %s" % errors[:3])
    in_list = ",".join("'%s'" % c for c in codes)
    outbox = {row[0]: row[1:] for row in psql(DB_PREFIX + "parks", """
        select id, extract(epoch from created_at) * 1000, extract(epoch from published_at) * 1000
        from outbox_event where event_type = 'park.registered' and event_key in (%s)""" % in_list)}
    ids = ",".join("'%s'" % i for i in outbox)
    logged = {}
    deadline = time.time() + 60
    while time.time() < deadline:
        logged = {row[0]: float(row[1]) for row in psql(DB_PREFIX + "reporting", """
            select event_id, extract(epoch from received_at) * 1000 from event_log where event_id in (%s)""" % ids)}
        if len(logged) == len(outbox):
            break
        time.sleep(0.5)

    end_to_end, to_broker, after_broker = [], [], []
    for event_id, (created, published) in outbox.items():
        if event_id not in logged:
            continue
        end_to_end.append(logged[event_id] - float(created))
        if published:
            to_broker.append(float(published) - float(created))
            after_broker.append(logged[event_id] - float(published))
    print(json.dumps({
        "rate_per_s": rate, "duration_s": duration, "sent": total, "sent_over_s": round(sent_for, 1),
        "registered": len(codes), "errors": len(errors), "first_errors": errors[:3],
        "logged": len(end_to_end), "missing": len(outbox) - len(end_to_end),
        "api_ms": summary([ms for code, ms, _ in results if code]),
        "commit_to_projection_ms": summary(end_to_end),
        "commit_to_broker_ack_ms": summary(to_broker),
        "broker_ack_to_projection_ms": summary(after_broker),
    }))


if __name__ == "__main__":
    main()
