#!/usr/bin/env python3
"""Measures how long an event takes from the API call that causes it to the reporting projection.

Against a running system (deploy/local/platform.sh), as province.admin: registers N new parks on
parks-service (each commit writes a park.registered outbox row) and, for each, times until
reporting-service's audit log (GET /api/v1/events?subject=CODE) shows the event. That is the same
path a filing takes: outbox -> Kafka -> idempotent consumer -> event log + projection. It also
times one complete filing (apply, review, file) for SDP006 when that park has no application yet.

The parks it registers stay in the registry (codes are never reused): run it against a throwaway
system, e.g. PLATFORM_STATE_DIR=.local/bench PLATFORM_DB_PREFIX=bench_ PLATFORM_FRESH=1.

Usage: deploy/local/bench-event-latency.py [N]   (default 50)
"""
import json
import statistics
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

KEYCLOAK = "http://127.0.0.1:8180/realms/circular-parks/protocol/openid-connect/token"
PARKS, ACCEPTANCE, REPORTING = "http://127.0.0.1:8081", "http://127.0.0.1:8083", "http://127.0.0.1:8084"
TIMEOUT_S = 30


def token(user):
    body = urllib.parse.urlencode({"grant_type": "password", "client_id": "local-demo-password-grant",
                                   "username": user, "password": "demo123"}).encode()
    with urllib.request.urlopen(KEYCLOAK, body) as response:
        return json.load(response)["access_token"]


def call(method, url, bearer, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method, headers={
        "Authorization": "Bearer " + bearer, "Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        return json.load(response)


def await_condition(check):
    start = time.perf_counter()
    while time.perf_counter() - start < TIMEOUT_S:
        if check():
            return time.perf_counter() - start
        time.sleep(0.005)
    raise SystemExit("timed out after %d s" % TIMEOUT_S)


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
    admin = token("province.admin")
    stamp = time.strftime("%H%M%S")
    latencies = []
    for i in range(n):
        sent = time.perf_counter()
        park = call("POST", PARKS + "/api/v1/parks", admin, {
            "name": "基准测试园区%s-%03d" % (stamp, i), "cityCode": "371700",
            "level": "PROVINCIAL", "zoneKind": "INDUSTRIAL_PARK"})
        code = park["code"]
        await_condition(lambda: call("GET", REPORTING + "/api/v1/events?subject=" + code, admin)["total"] > 0)
        latencies.append((time.perf_counter() - sent) * 1000)
    print("park.registered, API call to reporting event log, %d events (ms): p50 %.0f  p95 %.0f  max %.0f  mean %.0f"
          % (n, percentile(latencies, 50), percentile(latencies, 95), max(latencies), statistics.mean(latencies)))

    existing = call("GET", ACCEPTANCE + "/api/v1/applications?parkCode=SDP006", admin)["total"]
    if existing:
        print("SDP006 already has an application: filing latency not measured (use a fresh system)")
        return
    manager, officer = token("qingdao.etdz.manager"), token("qingdao.officer")
    app = call("POST", ACCEPTANCE + "/api/v1/applications", manager, {"parkCode": "SDP006", "summary": "基准测试"})
    call("POST", ACCEPTANCE + "/api/v1/applications/%s/review" % app["id"], officer,
         {"outcome": "PASSED", "score": 90, "comments": "基准测试"})
    filed = time.perf_counter()
    call("POST", ACCEPTANCE + "/api/v1/applications/%s/filing" % app["id"], admin, {"remarks": "基准测试"})

    def counted():
        progress = call("GET", REPORTING + "/api/v1/progress", admin)
        row = next(r for r in progress["rows"] if r["cityCode"] == "370200")
        return next(y for y in row["years"] if y["year"] == 2018)["completed"]["national"] == 1
    await_condition(counted)
    print("acceptance.filed, filing call to progress table showing it: %.0f ms" % ((time.perf_counter() - filed) * 1000))


if __name__ == "__main__":
    main()
