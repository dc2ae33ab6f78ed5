package cn.gov.shandong.circular.parks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkLevelChanged;
import cn.gov.shandong.circular.events.ParkMerged;
import cn.gov.shandong.circular.events.ParkRenamed;
import cn.gov.shandong.circular.events.ParkRetired;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The registry's changes of a park (docs/decisions.md, 42): rename, level change, merger, retirement, each with its
 * event on parks.events, its history entry and the park's new ETag. Its parks are fresh provincial parks of 日照
 * (371100), which no other test counts; a park raised to national level is retired before the test ends, so the
 * count of national parks other tests read stays Attachment 2's.
 */
@QuarkusTest
class ParkChangesTest {

    private static final AtomicInteger PARKS = new AtomicInteger();

    @Inject
    EntityManager entityManager;

    /** The parks this class registered. */
    private static final List<String> FRESH = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** Even when a test fails half-way: no park this class raised to national level stays active for others to count. */
    @AfterEach
    void retireTheParksRaisedToNationalLevel() {
        for (String code : FRESH) {
            var park = given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/parks/" + code).then()
                    .statusCode(200).extract().jsonPath();
            if ("NATIONAL".equals(park.getString("level")) && "ACTIVE".equals(park.getString("status"))) {
                change(code, "retirement", null, Map.of("retiredOn", "2024-12-31", "reason", "测试结束，撤销。")).statusCode(200);
            }
        }
    }

    /** A fresh provincial park of 日照, registered through the API; returns its code. */
    static String freshPark(String name) {
        String code = given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .body(Map.of("name", name, "cityCode", "371100", "level", "PROVINCIAL", "zoneKind", "INDUSTRIAL_PARK"))
                .when().post("/api/v1/parks").then().statusCode(201).extract().path("code");
        FRESH.add(code);
        return code;
    }

    private static io.restassured.response.ValidatableResponse change(String code, String path, String ifMatch, Object body) {
        var request = given().auth().oauth2(TestTokens.provinceAdmin()).contentType(ContentType.JSON)
                .header("X-Correlation-Id", "corr-change-" + PARKS.incrementAndGet()).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().post("/api/v1/parks/" + code + "/" + path).then();
    }

    @Test
    void aRenameKeepsTheCodeAnnouncesOldAndNewNameAndIsInTheHistory() {
        String code = freshPark("变更测试更名园区");
        String etag = given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/parks/" + code).then()
                .extract().header("ETag");
        String newTag = change(code, "rename", etag, Map.of("name", "变更测试更名后园区", "effectiveOn", "2024-05-01",
                "document", "日政字〔2024〕12号"))
                .statusCode(200).body("name", is("变更测试更名后园区")).body("code", is(code)).body("status", is("ACTIVE"))
                .extract().header("ETag");
        assertThat(newTag).isNotEqualTo(etag);
        // The old ETag is stale now; the old name is free of nothing (names are never reused) and the same name is no change.
        change(code, "rename", etag, Map.of("name", "变更测试再更名园区", "effectiveOn", "2024-05-02")).statusCode(412)
                .body("type", is("urn:circular-parks:problem:stale-version"));
        change(code, "rename", newTag, Map.of("name", "变更测试更名后园区", "effectiveOn", "2024-05-02")).statusCode(409)
                .body("type", is("urn:circular-parks:problem:illegal-transition"));
        change(code, "rename", null, Map.of("name", "明水经济技术开发区", "effectiveOn", "2024-05-02")).statusCode(409)
                .body("type", is("urn:circular-parks:problem:duplicate-park"));
        change(code, "rename", null, Map.of("name", "变更测试未来园区", "effectiveOn", LocalDate.now().plusDays(30).toString()))
                .statusCode(400).body("field", is("effectiveOn"));
        change(code, "rename", null, Map.of("name", "变更测试远古园区", "effectiveOn", "1900-01-01"))
                .statusCode(400).body("field", is("effectiveOn"));

        given().auth().oauth2(TestTokens.cityOfficer("371100")).when().get("/api/v1/parks/" + code + "/history").then()
                .statusCode(200).body("total", is(2)).body("items.kind", contains("REGISTERED", "RENAMED"))
                .body("items[1].previousValue", is("变更测试更名园区")).body("items[1].value", is("变更测试更名后园区"))
                .body("items[1].effectiveOn", is("2024-05-01")).body("items[1].document", is("日政字〔2024〕12号"))
                .body("items[1].actor", is("province.admin"));

        ParkRenamed renamed = event(code, "park.renamed").dataAs(ParkRenamed.class);
        assertThat(renamed).isEqualTo(new ParkRenamed(code, "371100", "变更测试更名园区", "变更测试更名后园区",
                LocalDate.parse("2024-05-01"), "日政字〔2024〕12号"));
    }

    @Test
    void aProvincialParkUpgradedToNationalLevelThenRetiredLeavesTheDefaultList() {
        String code = freshPark("变更测试升级园区");
        change(code, "level", null, Map.of("level", "NATIONAL", "effectiveOn", "2024-06-18", "document", "国函〔2024〕61号"))
                .statusCode(200).body("level", is("NATIONAL"));
        change(code, "level", null, Map.of("level", "NATIONAL", "effectiveOn", "2024-06-19", "document", "国函〔2024〕62号"))
                .statusCode(409);
        change(code, "level", null, Map.of("level", "NATIONAL", "effectiveOn", "2024-06-19")).statusCode(400);
        assertThat(event(code, "park.level-changed").dataAs(ParkLevelChanged.class)).isEqualTo(new ParkLevelChanged(code,
                "371100", ParkLevel.PROVINCIAL, ParkLevel.NATIONAL, LocalDate.parse("2024-06-18"), "国函〔2024〕61号"));

        change(code, "retirement", null, Map.of("retiredOn", "2024-12-31", "reason", "测试结束，撤销。"))
                .statusCode(200).body("status", is("RETIRED")).body("retiredOn", is("2024-12-31"))
                .body("mergedInto", nullValue());
        assertThat(event(code, "park.retired").dataAs(ParkRetired.class)).isEqualTo(new ParkRetired(code, "371100",
                LocalDate.parse("2024-12-31"), "测试结束，撤销。", null));
        // Retired: not in the default list, in ?status=RETIRED and ALL, still readable by its code; changes refused.
        listCodes("").body("items.code", not(hasItem(code)));
        listCodes("&status=RETIRED").body("items.code", hasItem(code));
        listCodes("&status=ALL").body("items.code", hasItem(code));
        listCodes("&status=retired").body("items.code", hasItem(code));
        listCodes("&status=GONE").statusCode(400);
        given().auth().oauth2(TestTokens.auditor()).get("/api/v1/parks/" + code).then().statusCode(200)
                .body("status", is("RETIRED"));
        change(code, "retirement", null, Map.of("retiredOn", "2024-12-31", "reason", "再次撤销")).statusCode(409);
        change(code, "rename", null, Map.of("name", "变更测试撤销后更名", "effectiveOn", "2025-01-02")).statusCode(409);
        given().auth().oauth2(TestTokens.auditor()).get("/api/v1/parks/" + code + "/history").then()
                .body("items.kind", contains("REGISTERED", "LEVEL_CHANGED", "RETIRED"))
                .body("items[1].previousValue", is("PROVINCIAL")).body("items[1].value", is("NATIONAL"))
                .body("items[2].reason", is("测试结束，撤销。"));
    }

    @Test
    void aMergedParkIsRetiredIntoAnActiveOne() {
        String merged = freshPark("变更测试被整合园区");
        String into = freshPark("变更测试整合园区");
        change(merged, "merger", null, Map.of("intoParkCode", merged, "effectiveOn", "2024-09-01")).statusCode(400);
        change(merged, "merger", null, Map.of("intoParkCode", TestData.parkCode(), "effectiveOn", "2024-09-01")).statusCode(422)
                .body("field", is("intoParkCode"));
        change(merged, "merger", null, Map.of("intoParkCode", into, "effectiveOn", "2024-09-01", "document", "日政字〔2024〕30号"))
                .statusCode(200).body("status", is("RETIRED")).body("mergedInto", is(into)).body("retiredOn", is("2024-09-01"));
        assertThat(event(merged, "park.merged").dataAs(ParkMerged.class)).isEqualTo(new ParkMerged(merged, "371100", into,
                LocalDate.parse("2024-09-01"), "日政字〔2024〕30号"));
        // Nothing merges into a retired park.
        String third = freshPark("变更测试第三园区");
        change(third, "merger", null, Map.of("intoParkCode", merged, "effectiveOn", "2024-09-02")).statusCode(409);
        given().auth().oauth2(TestTokens.provinceAdmin()).get("/api/v1/parks/" + merged + "/history").then()
                .body("items.kind", contains("REGISTERED", "MERGED")).body("items[1].value", is(into));
    }

    @Test
    void onlyTheProvinceChangesParksAndScopedReadersSeeOnlyTheirHistory() {
        String code = freshPark("变更测试权限园区");
        for (String token : List.of(TestTokens.cityOfficer("371100"), TestTokens.parkManager(code), TestTokens.auditor(),
                TestTokens.expert(), TestTokens.integration())) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("retiredOn", "2024-01-01", "reason", "越权"))
                    .when().post("/api/v1/parks/" + code + "/retirement").then().statusCode(403);
        }
        given().auth().oauth2(TestTokens.parkManager(code)).get("/api/v1/parks/" + code + "/history").then().statusCode(200);
        given().auth().oauth2(TestTokens.parkManager("SDP001")).get("/api/v1/parks/" + code + "/history").then().statusCode(404);
        given().auth().oauth2(TestTokens.cityOfficer("370100")).get("/api/v1/parks/" + code + "/history").then().statusCode(404);
        change(TestData.parkCode(), "retirement", null, Map.of("retiredOn", "2024-01-01", "reason", "不存在")).statusCode(404);
        given().auth().oauth2(TestTokens.auditor()).get("/api/v1/parks/" + code).then().body("status", is("ACTIVE"));
    }

    @Test
    void theHistoryIsAppendOnly() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> QuarkusTransaction.requiringNew().run(() ->
                entityManager.createNativeQuery("delete from park_change where park_code = 'SDP001'").executeUpdate())))
                .isNotNull().hasStackTraceContaining("append-only");
        // The seeded parks' history starts with their registration by the system.
        given().auth().oauth2(TestTokens.auditor()).get("/api/v1/parks/SDP001/history").then().statusCode(200)
                .body("items.kind", contains("REGISTERED")).body("items[0].actor", is("system"))
                .body("items[0].eventId", nullValue());
    }

    private static io.restassured.response.ValidatableResponse listCodes(String query) {
        return given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/parks?cityCode=371100&size=200" + query)
                .then();
    }

    private static IncomingEvent event(String code, String type) {
        List<ConsumerRecord<String, String>> records = KafkaTestClient.readAll("parks.events", Duration.ofSeconds(20),
                all -> all.stream().anyMatch(r -> code.equals(r.key()) && type.equals(KafkaTestClient.header(r, "ce_type"))));
        ConsumerRecord<String, String> record = records.stream()
                .filter(r -> code.equals(r.key()) && type.equals(KafkaTestClient.header(r, "ce_type"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " for " + code));
        assertThat(KafkaTestClient.header(record, "ce_actor")).isEqualTo("province.admin");
        return IncomingEvent.from(record);
    }
}
