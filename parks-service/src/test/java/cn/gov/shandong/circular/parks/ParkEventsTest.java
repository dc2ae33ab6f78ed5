package cn.gov.shandong.circular.parks;

import static cn.gov.shandong.circular.common.testing.KafkaTestClient.header;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ZoneKind;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** What other services learn about parks: park.registered events on parks.events. */
@QuarkusTest
class ParkEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everySeededParkIsAnnouncedOnceAsACloudEventKeyedByParkCode() throws Exception {
        List<ConsumerRecord<String, String>> seeded = seededEvents(106);

        // At-least-once: a record may repeat with the same ce_id (consumers skip it); 106 distinct events, one per park.
        assertThat(seeded.stream().map(r -> header(r, "ce_id")).distinct().count()).isEqualTo(106);
        assertThat(seeded.stream().map(ConsumerRecord::key).distinct().count()).isEqualTo(106);
        ConsumerRecord<String, String> mingshui = seeded.stream()
                .filter(r -> "SDP001".equals(r.key())).findFirst().orElseThrow();
        assertThat(header(mingshui, "ce_type")).isEqualTo("park.registered");
        assertThat(header(mingshui, "ce_source")).isEqualTo("/parks-service");
        assertThat(header(mingshui, "ce_subject")).isEqualTo("SDP001");
        assertThat(UUID.fromString(header(mingshui, "ce_id"))).isNotNull();
        assertThat(IncomingEvent.from(mingshui).dataAs(ParkRegistered.class)).isEqualTo(new ParkRegistered(
                "SDP001", "明水经济技术开发区", "370100", "济南市", ParkLevel.NATIONAL,
                ZoneKind.ECONOMIC_AND_TECHNOLOGICAL_DEVELOPMENT_ZONE));
        assertThat(JSON.readTree(mingshui.value()).get("actor").asText()).isEqualTo("system");
        // The seed migration writes its rows in SQL: each must still be a valid record of the contract.
        assertThat(seeded).allSatisfy(record ->
                assertThat(IncomingEvent.from(record).dataAs(ParkRegistered.class).parkCode()).isEqualTo(record.key()));
    }

    @Test
    void provinceRegistersAParkAndItsEventNamesTheActor() throws Exception {
        String code = given().auth().oauth2(TestTokens.provinceAdmin())
                .contentType(ContentType.JSON)
                .header("X-Correlation-Id", "corr-register-1")
                .body(Map.of("name", "菏泽鲁西新区化工产业园", "cityCode", "371700", "level", "PROVINCIAL",
                        "zoneKind", "INDUSTRIAL_PARK"))
                .when().post("/api/v1/parks")
                .then().statusCode(201)
                .header("X-Correlation-Id", "corr-register-1")
                .body("cityName", is("菏泽市"))
                .extract().path("code");
        // A new code from the sequence, past the 106 seeded parks (other tests register parks too).
        assertThat(code).matches("SDP\\d{3,}");
        assertThat(Integer.parseInt(code.substring(3))).isGreaterThan(106);

        List<ConsumerRecord<String, String>> records = KafkaTestClient.readAll("parks.events", Duration.ofSeconds(20),
                all -> all.stream().anyMatch(r -> code.equals(r.key())));
        ConsumerRecord<String, String> event = records.stream().filter(r -> code.equals(r.key())).findFirst()
                .orElseThrow(() -> new AssertionError("no park.registered for " + code));
        assertThat(IncomingEvent.from(event).dataAs(ParkRegistered.class)).isEqualTo(new ParkRegistered(
                code, "菏泽鲁西新区化工产业园", "371700", "菏泽市", ParkLevel.PROVINCIAL, ZoneKind.INDUSTRIAL_PARK));
        JsonNode data = JSON.readTree(event.value());
        assertThat(data.get("actor").asText()).isEqualTo("province.admin");
        assertThat(data.get("correlationId").asText()).isEqualTo("corr-register-1");
        assertThat(header(event, "ce_actor")).isEqualTo("province.admin");
    }

    @Test
    void refusedRegistrationsLeaveNoParkAndNoEvent() {
        String admin = TestTokens.provinceAdmin();
        // Malformed JSON, a wrong type, a missing field, an unknown city, an abolished city, another role.
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"name\": \"半个")
                .when().post("/api/v1/parks").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body("{\"name\":\"某园区\",\"cityCode\":\"371700\",\"level\":7,\"zoneKind\":\"INDUSTRIAL_PARK\"}")
                .when().post("/api/v1/parks").then().statusCode(400).contentType("application/problem+json");
        // Levels and kinds of zone are the contract's names, exactly.
        for (String body : List.of(
                "{\"name\":\"某园区\",\"cityCode\":\"371700\",\"level\":\"COUNTY\",\"zoneKind\":\"INDUSTRIAL_PARK\"}",
                "{\"name\":\"某园区\",\"cityCode\":\"371700\",\"level\":\"provincial\",\"zoneKind\":\"INDUSTRIAL_PARK\"}",
                "{\"name\":\"某园区\",\"cityCode\":\"371700\",\"level\":\"PROVINCIAL\",\"zoneKind\":\"DEVELOPMENT_ZONE\"}",
                "{\"name\":\"某园区\",\"cityCode\":\"371700\",\"level\":\"PROVINCIAL\",\"zoneKind\":3}")) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/parks").then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("cityCode", "371700", "level", "PROVINCIAL", "zoneKind", "INDUSTRIAL_PARK"))
                .when().post("/api/v1/parks").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("name"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "不存在市园区", "cityCode", "379900", "level", "PROVINCIAL",
                        "zoneKind", "INDUSTRIAL_PARK"))
                .when().post("/api/v1/parks").then().statusCode(422).contentType("application/problem+json")
                .body("field", is("cityCode"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "莱芜新园区", "cityCode", "371200", "level", "PROVINCIAL",
                        "zoneKind", "INDUSTRIAL_PARK"))
                .when().post("/api/v1/parks").then().statusCode(422);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "明水经济技术开发区", "cityCode", "370100", "level", "NATIONAL",
                        "zoneKind", "ECONOMIC_AND_TECHNOLOGICAL_DEVELOPMENT_ZONE"))
                .when().post("/api/v1/parks").then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.cityOfficer("370100")).contentType(ContentType.JSON)
                .body(Map.of("name", "越权园区", "cityCode", "370100", "level", "PROVINCIAL",
                        "zoneKind", "INDUSTRIAL_PARK"))
                .when().post("/api/v1/parks").then().statusCode(403);

        // A body over the 256 KB limit: 413 problem+json before anything is parsed.
        String oversizeName = "超大园区" + "园".repeat(100_000);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", oversizeName, "cityCode", "370100", "level", "PROVINCIAL",
                        "zoneKind", "INDUSTRIAL_PARK"))
                .when().post("/api/v1/parks").then().statusCode(413).contentType("application/problem+json")
                .body("type", is("urn:circular-parks:problem:body-too-large"));

        for (String name : List.of("某园区", "不存在市园区", "莱芜新园区", "越权园区")) {
            given().auth().oauth2(admin).queryParam("size", 200).when().get("/api/v1/parks")
                    .then().statusCode(200)
                    .body("items.findAll { it.name == '" + name + "' }.size()", is(0));
        }
        List<ConsumerRecord<String, String>> all = KafkaTestClient.readAll("parks.events", Duration.ofSeconds(3),
                records -> false);
        assertThat(all).extracting(ConsumerRecord::value)
                .noneMatch(v -> v.contains("某园区") || v.contains("不存在市园区") || v.contains("越权园区")
                        || v.contains("莱芜新园区") || v.contains("超大园区"));
    }

    private static List<ConsumerRecord<String, String>> seededEvents(int expected) {
        return KafkaTestClient.readAll("parks.events", Duration.ofSeconds(30),
                        all -> all.stream().filter(ParkEventsTest::isSeed).map(r -> header(r, "ce_id")).distinct()
                                .count() >= expected)
                .stream().filter(ParkEventsTest::isSeed).toList();
    }

    private static boolean isSeed(ConsumerRecord<String, String> record) {
        return "seed:attachment-2".equals(header(record, "ce_correlationid"));
    }
}
