#!/usr/bin/env python3
"""Loads the local demo data set through the services' APIs, as the demo users would enter it.

DEMO DATA, for a front end to have something to show; never loaded by the tests or CI
(deploy/local/platform.sh runs it only when PLATFORM_DEMO_DATA=1, which its interactive mode sets).
Every text it writes starts with 【演示数据】 and every Idempotency-Key with demo-, so the data can be told
apart from anything a person enters. Running it again changes nothing: each step first reads what is
there and skips what is done.

  - 明水经济技术开发区 (SDP001, Jinan): an implementation plan drafted, submitted and approved by Jinan;
  - 青岛经济技术开发区 (SDP006, Qingdao): an implementation plan submitted, awaiting Qingdao's decision;
  - Jinan's city promotion plan (推进计划) for 2020, submitted to the province.

Usage: demo-data.py KEYCLOAK_ISSUER CLIENT_ID PLANS_URL
"""
import json
import sys
import urllib.error
import urllib.parse
import urllib.request

ISSUER, CLIENT, PLANS = sys.argv[1], sys.argv[2], sys.argv[3].rstrip("/")
DEMO = "【演示数据】"
PASSWORD = "demo123"


def token(user):
    body = urllib.parse.urlencode({"grant_type": "password", "client_id": CLIENT,
                                   "username": user, "password": PASSWORD}).encode()
    with urllib.request.urlopen(ISSUER + "/protocol/openid-connect/token", body, timeout=20) as response:
        return json.load(response)["access_token"]


def call(user, method, path, body=None, headers=None, ok=(200, 201, 204)):
    request = urllib.request.Request(PLANS + path, method=method,
                                     data=None if body is None else json.dumps(body, ensure_ascii=False).encode())
    request.add_header("Authorization", "Bearer " + token(user))
    request.add_header("Accept", "application/json")
    if body is not None:
        request.add_header("Content-Type", "application/json")
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            text = response.read().decode()
            return response.status, (json.loads(text) if text else None)
    except urllib.error.HTTPError as error:
        if error.code in ok:
            return error.code, None
        detail = error.read().decode(errors="replace")
        raise SystemExit(f"demo data: {method} {path} as {user} answered {error.code}: {detail}")


def indicators(water_baseline):
    return [
        {"code": "RESOURCE_PRODUCTIVITY", "baseline": {"year": 2017, "value": 4200}, "target": {"year": 2020, "value": 5100}},
        {"code": "LAND_PRODUCTIVITY", "baseline": {"year": 2017, "value": 18.6}, "target": {"year": 2020, "value": 22.5}},
        {"code": "SOLID_WASTE_UTILISATION", "baseline": {"year": 2017, "value": 82.5}, "target": {"year": 2020, "value": 95}},
        {"code": "WATER_REUSE", "baseline": {"year": 2017, "value": water_baseline}, "target": {"year": 2020, "value": 92}},
        {"code": "COD_EMISSIONS", "baseline": {"year": 2017, "value": 1250}, "target": {"year": 2020, "value": 980}},
    ]


def project(name, kind, national_code):
    return {"name": DEMO + name, "kind": kind, "totalInvestment": 8600,
            "funding": {"enterprise": 6000, "centralBudget": 1000, "provincialSpecialFunds": 600, "bankCredit": 1000},
            "startDate": "2018-03-01", "endDate": "2019-12-31", "nationalCode": national_code, "status": "UNDER_CONSTRUCTION"}


def implementation_plan(park, manager, officer, approve, projects, water_baseline):
    status, plans = call(manager, "GET", f"/api/v1/implementation-plans?parkCode={park}")
    if plans["total"] > 0:
        print(f"demo data: {park} has an implementation plan already, left as it is")
        return
    _, plan = call(manager, "POST", "/api/v1/implementation-plans",
                   {"parkCode": park, "programmeCode": "2018-2020", "indicators": indicators(water_baseline),
                    "projects": projects},
                   {"Idempotency-Key": f"demo-plan-{park}"})
    call(manager, "POST", f"/api/v1/implementation-plans/{plan['id']}/submission")
    if approve:
        call(officer, "POST", f"/api/v1/implementation-plans/{plan['id']}/decision", {"outcome": "APPROVED"})
    print(f"demo data: {park}'s implementation plan {'approved' if approve else 'submitted'}")


def promotion_plan(city, officer, year):
    _, plans = call(officer, "GET", f"/api/v1/promotion-plans?cityCode={city}&year={year}")
    if plans["total"] > 0:
        print(f"demo data: {city} has a {year} promotion plan already, left as it is")
        return
    _, candidates = call(officer, "GET", f"/api/v1/promotion-plans/candidate-parks?cityCode={city}&year={year}")
    items = candidates["items"] if isinstance(candidates, dict) else candidates
    parks = [{"parkCode": park["parkCode"],
              "contents": DEMO + "建设园区中水回用管网，推进企业间蒸汽梯级利用和固体废物集中处置。",
              "milestones": [{"date": f"{year}-03-31", "description": DEMO + "完成园区循环化改造实施方案修编"},
                             {"date": f"{year}-09-30", "description": DEMO + "重点项目主体工程完工"},
                             {"date": f"{year}-11-30", "description": DEMO + "向市工业和信息化局申请验收"}]}
             for park in items[:2]]
    if not parks:
        print(f"demo data: no park of {city} is scheduled in {year}; no promotion plan")
        return
    _, plan = call(officer, "POST", "/api/v1/promotion-plans", {"cityCode": city, "year": year, "parks": parks},
                   {"Idempotency-Key": f"demo-promotion-{city}-{year}"})
    call(officer, "POST", f"/api/v1/promotion-plans/{plan['id']}/submission")
    print(f"demo data: {city}'s {year} promotion plan submitted to the province ({len(parks)} parks)")


def main():
    implementation_plan("SDP001", "mingshui.manager", "jinan.officer", True,
                        [project("园区中水回用工程", "WATER_RECYCLING", "2018-370181-46-03-012345"),
                         project("工业固废综合利用中心", "SOLID_WASTE_RECOVERY", "2018-370181-77-03-012346")], 88)
    implementation_plan("SDP006", "qingdao.etdz.manager", "qingdao.officer", False,
                        [project("园区集中供热余热回收项目", "ENERGY_CASCADE_USE", "2018-370211-44-03-012347")], 85)
    promotion_plan("370100", "jinan.officer", 2020)


if __name__ == "__main__":
    main()
