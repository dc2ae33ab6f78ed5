package cn.gov.shandong.circular.reporting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.AcceptanceApplied;
import cn.gov.shandong.circular.events.ParkLevel;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The provable audit trail (issue 9, item 6; decision 41): the log's filters and cursor pages, its hash
 * chain, and an insider's change of a stored row found by GET /api/v1/events/verify. Parks P01-P05
 * and the programme are this class's own (fresh codes from {@link TestData}); a tampered row is put back before the test ends, so the
 * shared log verifies again for whoever runs after.
 */
@QuarkusTest
class AuditTrailTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P01 = TestData.parkCode();
    private static final String P02 = TestData.parkCode();
    private static final String P03 = TestData.parkCode();
    private static final String P04 = TestData.parkCode();
    private static final String P05 = TestData.parkCode();
    /** The park code an insider writes into a stored row: nobody's. */
    private static final String TAMPERED = TestData.parkCode();
    private static final String PROGRAMME = TestData.programmeCode();

    private static final String RIZHAO = "371100";
    /** The filter test's events are dated in 2031, where no other test dates its events. */
    private static final Instant T0 = Instant.parse("2031-03-01T00:00:00Z");

    @Inject
    DataSource dataSource;

    @Test
    void everyEventIsChainedToTheOneBeforeItAndTheWholeLogVerifies() throws SQLException {
        TestEvents.send(UUID.randomUUID(), null, TestEvents.parkRegistered(P01, "审计链园区", "371000", "威海市",
                ParkLevel.PROVINCIAL), "province.admin");
        TestEvents.send(TestEvents.parkScheduled(PROGRAMME, P01, 2031));
        // Text the two implementations of the canonical form must agree on: quotes, backslashes, line breaks,
        // Chinese and an emoji (bytes ≠ characters), numbers as PostgreSQL keeps them, nesting, an empty key.
        ObjectNode odd = new ObjectMapper().createObjectNode()
                .put("parkCode", P01).put("note", "引号\"、反斜杠\\、换行\n、表情😀、制表\t")
                .put("amount", new java.math.BigDecimal("1.50")).put("large", 1e20).put("", "empty key");
        odd.putArray("list").add(1).add("二").addObject().put("z", true).putNull("a");
        UUID oddId = UUID.randomUUID();
        KafkaTestClient.send(TestEvents.PARKS, P01,
                KafkaTestClient.cloudEventHeaders(oddId, "audit.odd-text-noted", "/parks-service", P01),
                odd.put("actor", "审计员·王").put("correlationId", "关联-" + oddId).toString());
        UUID applied = TestEvents.sendAs("manager." + P01, new AcceptanceApplied(UUID.randomUUID(), P01,
                "371000", ParkLevel.PROVINCIAL, "验收申请", null, List.of()));

        JsonPath page = awaitEntries("parkCode=" + P01, 4);
        List<Map<String, Object>> items = page.getList("items");
        assertThat(items).extracting(i -> i.get("eventId")).contains(oddId.toString(), applied.toString());
        long previous = 0;
        for (Map<String, Object> item : items) {
            long seq = ((Number) item.get("seq")).longValue();
            assertThat(seq).isGreaterThan(previous);
            previous = seq;
            assertThat((String) item.get("hash")).matches("[0-9a-f]{64}");
            // Linked: its prev_hash is the stored hash of the entry just before it, whichever event that is.
            assertThat(item.get("prevHash")).isEqualTo(storedHash(seq - 1));
        }
        assertThat(items).filteredOn(i -> oddId.toString().equals(i.get("eventId")))
                .extracting(i -> i.get("actor")).containsExactly("审计员·王");

        JsonPath verified = verify(TestTokens.auditor(), "");
        assertThat(verified.getBoolean("intact")).isTrue();
        assertThat(verified.getString("algorithm")).isEqualTo("sha256-event-log-v1");
        assertThat(verified.getLong("fromSeq")).isEqualTo(1);
        assertThat(verified.getLong("verified")).isEqualTo(verified.getLong("toSeq")).isGreaterThanOrEqualTo(previous);
        assertThat(verified.getLong("lastSeq")).isEqualTo(verified.getLong("toSeq"));
        assertThat(verified.getString("lastHash")).isEqualTo(storedHash(verified.getLong("lastSeq")));
        assertThat(verified.getString("firstBrokenSeq")).isNull();
        assertThat(verified.getString("reason")).isNull();
        System.out.printf("[audit-trail] verified %d entries in %d ms%n", verified.getLong("verified"),
                verified.getLong("elapsedMillis"));

        // From the middle: the entry before is taken as stored.
        long from = ((Number) items.get(1).get("seq")).longValue();
        JsonPath tail = verify(TestTokens.provinceAdmin(), "?fromSeq=" + from);
        assertThat(tail.getBoolean("intact")).isTrue();
        assertThat(tail.getLong("fromSeq")).isEqualTo(from);
        assertThat(tail.getLong("verified")).isEqualTo(tail.getLong("toSeq") - from + 1);
    }

    @Test
    void theLogIsFoundByActorTypeParkCityTimeRangeAndCorrelationId() {
        UUID registered = send(T0, P02, "province.admin", "audit-registered",
                TestEvents.parkRegistered(P02, "审计筛选园区", RIZHAO, "日照市", ParkLevel.NATIONAL));
        // No city in its data: found for the city through the park (park_view).
        UUID scheduled = send(T0.plusSeconds(3600), P02, "system", "audit-scheduled",
                TestEvents.parkScheduled(PROGRAMME, P02, 2031));
        UUID applied = send(T0.plusSeconds(7200), P02, "manager." + P02, "audit-applied",
                new AcceptanceApplied(UUID.randomUUID(), P02, RIZHAO, ParkLevel.NATIONAL, "验收申请", null, List.of()));
        // Keyed by the city, no park at all.
        UUID cityNoted = UUID.randomUUID();
        Map<String, String> headers = new HashMap<>(
                KafkaTestClient.cloudEventHeaders(cityNoted, "audit.city-noted", "/parks-service", RIZHAO));
        headers.put("ce_time", T0.plusSeconds(5400).toString());
        KafkaTestClient.send(TestEvents.PARKS, RIZHAO, headers,
                "{\"note\":\"日照市\",\"actor\":\"system\",\"correlationId\":\"audit-city\"}");
        awaitEntries("parkCode=" + P02, 3);
        awaitEntries("correlationId=audit-city", 1);
        String window = "&from=2031-03-01T08:00:00%2B08:00&to=2031-03-02T00:00:00Z";

        assertThat(ids(cursorPage("actor=manager." + P02 + window))).containsExactly(applied.toString());
        assertThat(ids(cursorPage("type=plan.park-scheduled&parkCode=" + P02))).containsExactly(scheduled.toString());
        // Three topics, three consumers: the order of appending across topics is not fixed.
        assertThat(ids(cursorPage("parkCode=" + P02)))
                .containsExactlyInAnyOrder(registered.toString(), scheduled.toString(), applied.toString());
        assertThat(ids(cursorPage("cityCode=" + RIZHAO + window))).containsExactlyInAnyOrder(registered.toString(),
                scheduled.toString(), applied.toString(), cityNoted.toString());
        // From inclusive, to exclusive.
        assertThat(ids(cursorPage("parkCode=" + P02 + "&from=2031-03-01T01:00:00Z&to=2031-03-01T02:00:00Z")))
                .containsExactly(scheduled.toString());
        assertThat(ids(cursorPage("correlationId=audit-applied"))).containsExactly(applied.toString());
        assertThat(ids(cursorPage("correlationId=audit-applied&actor=province.admin"))).isEmpty();
        assertThat(ids(cursorPage("cityCode=370100" + window))).isEmpty();
        // The offset pages of existing clients take the same filters, newest first.
        given().auth().oauth2(TestTokens.auditor())
                .when().get("/api/v1/events?parkCode=" + P02 + "&size=2")
                .then().statusCode(200)
                .body("total", equalTo(3)).body("page", equalTo(0)).body("size", equalTo(2))
                .body("items", hasSize(2)).body("items[0].eventId", equalTo(applied.toString()))
                .body("nextCursor", equalTo(null));
    }

    @Test
    void cursorPagesNeitherRepeatNorSkipAnEntryWhileEventsAreAppended() {
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(applied(P03).toString());
        }
        awaitEntries("parkCode=" + P03, 3);
        List<String> read = new ArrayList<>();

        JsonPath first = cursorPage("parkCode=" + P03 + "&limit=2");
        read.addAll(ids(first));
        assertThat(first.getBoolean("hasMore")).isTrue();
        for (int i = 0; i < 3; i++) {
            sent.add(applied(P03).toString());
        }
        awaitEntries("parkCode=" + P03, 6);
        JsonPath second = cursorPage("parkCode=" + P03 + "&limit=2&after=" + first.getString("nextCursor"));
        read.addAll(ids(second));
        sent.add(applied(P03).toString());
        awaitEntries("parkCode=" + P03, 7);
        String cursor = second.getString("nextCursor");
        JsonPath page;
        do {
            page = cursorPage("parkCode=" + P03 + "&limit=2&after=" + cursor);
            read.addAll(ids(page));
            cursor = page.getString("nextCursor");
        } while (page.getBoolean("hasMore"));

        // Events of one park travel on one partition, so they are appended in the order they were sent.
        assertThat(read).containsExactlyElementsOf(sent);
        // At the end the cursor stays where it is, ready for what is appended next.
        JsonPath end = cursorPage("parkCode=" + P03 + "&limit=2&after=" + cursor);
        assertThat(ids(end)).isEmpty();
        assertThat(end.getString("nextCursor")).isEqualTo(cursor);
        assertThat(end.getBoolean("hasMore")).isFalse();
        UUID later = applied(P03);
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(ids(cursorPage("parkCode=" + P03 + "&after=" + end.getString("nextCursor"))))
                        .containsExactly(later.toString()));
    }

    @Test
    void anInsiderWhoChangesAStoredRowWithTheTriggerSetAsideIsNamedByTheVerification() throws SQLException {
        UUID id = applied(P04);
        JsonPath entry = awaitEntries("parkCode=" + P04, 1);
        long seq = entry.getLong("items[0].seq");
        assertThat(verify(TestTokens.auditor(), "").getBoolean("intact")).isTrue();

        String original = asInsider("select data::text from event_log where event_id = '" + id + "'");
        try {
            asInsider("alter table event_log disable trigger event_log_append_only",
                    "update event_log set data = jsonb_set(data, '{parkCode}', '\"" + TAMPERED + "\"') where event_id = '" + id + "'",
                    "alter table event_log enable trigger event_log_append_only");

            JsonPath broken = verify(TestTokens.auditor(), "");
            assertThat(broken.getBoolean("intact")).isFalse();
            assertThat(broken.getLong("firstBrokenSeq")).isEqualTo(seq);
            assertThat(broken.getString("eventId")).isEqualTo(id.toString());
            assertThat(broken.getString("reason")).isEqualTo("HASH_MISMATCH");
            assertThat(broken.getString("detail")).contains("changed after it was appended");
            assertThat(broken.getLong("verified")).isEqualTo(seq - 1);
            assertThat(broken.getLong("lastSeq")).isEqualTo(seq - 1);
            // The entries after it still link to its stored hash: only the changed entry is named.
            assertThat(verify(TestTokens.auditor(), "?fromSeq=" + (seq + 1)).getBoolean("intact")).isTrue();
        } finally {
            asInsider("alter table event_log disable trigger event_log_append_only",
                    "update event_log set data = '" + original.replace("'", "''") + "'::jsonb where event_id = '" + id + "'",
                    "alter table event_log enable trigger event_log_append_only");
        }
        assertThat(verify(TestTokens.auditor(), "").getBoolean("intact")).isTrue();
    }

    @Test
    void aDeletedRowIsAGapAndAnAnchorRecordedEarlierMustStillBeThere() throws SQLException {
        UUID deleted = applied(P05);
        UUID after = applied(P05);
        JsonPath entries = awaitEntries("parkCode=" + P05, 2);
        long seq = entries.getLong("items[0].seq");
        assertThat(entries.getString("items[1].eventId")).isEqualTo(after.toString());
        JsonPath before = verify(TestTokens.provinceAdmin(), "");
        assertThat(before.getBoolean("intact")).isTrue();

        // The row as JSON, to put it back exactly (seq, hashes and received_seq included).
        String row = asInsider("select to_jsonb(e)::text from event_log e where event_id = '" + deleted + "'");
        try {
            asInsider("alter table event_log disable trigger event_log_append_only",
                    "delete from event_log where event_id = '" + deleted + "'",
                    "alter table event_log enable trigger event_log_append_only");

            JsonPath broken = verify(TestTokens.provinceAdmin(), "");
            assertThat(broken.getBoolean("intact")).isFalse();
            assertThat(broken.getLong("firstBrokenSeq")).isEqualTo(seq + 1);
            assertThat(broken.getString("reason")).isEqualTo("GAP");
            assertThat(broken.getString("detail")).contains("seq " + (seq + 1) + " follows seq " + (seq - 1));
            assertThat(broken.getLong("verified")).isEqualTo(seq - 1);
        } finally {
            // The chaining trigger too is set aside, or it would give the row a new seq and hash.
            asInsider("alter table event_log disable trigger user",
                    "insert into event_log overriding system value select * from jsonb_populate_record(null::event_log, '"
                            + row.replace("'", "''") + "'::jsonb)",
                    "alter table event_log enable trigger user");
        }
        JsonPath restored = verify(TestTokens.provinceAdmin(), "");
        assertThat(restored.getBoolean("intact")).isTrue();

        // An anchor from the earlier answer holds; a hash that was never there, or a seq past the end, does not.
        assertThat(verify(TestTokens.auditor(), "?anchorSeq=" + before.getLong("lastSeq") + "&anchorHash="
                + before.getString("lastHash")).getBoolean("intact")).isTrue();
        JsonPath rewritten = verify(TestTokens.auditor(), "?anchorSeq=" + seq + "&anchorHash=" + "ab".repeat(32));
        assertThat(rewritten.getBoolean("intact")).isFalse();
        assertThat(rewritten.getLong("firstBrokenSeq")).isEqualTo(seq);
        assertThat(rewritten.getString("eventId")).isEqualTo(deleted.toString());
        assertThat(rewritten.getString("reason")).isEqualTo("ANCHOR_MISMATCH");
        long beyond = restored.getLong("toSeq") + 1_000_000;
        JsonPath cut = verify(TestTokens.auditor(), "?anchorSeq=" + beyond + "&anchorHash=" + "cd".repeat(32));
        assertThat(cut.getBoolean("intact")).isFalse();
        assertThat(cut.getLong("firstBrokenSeq")).isEqualTo(beyond);
        assertThat(cut.getString("reason")).isEqualTo("ANCHOR_MISMATCH");
        assertThat(cut.getString("detail")).contains("entries were removed from its end");
    }

    @Test
    void onlyTheProvinceAndAuditorsVerifyTheLog() {
        for (String token : List.of(TestTokens.cityOfficer(RIZHAO), TestTokens.parkManager(P01),
                TestTokens.expert(), TestTokens.integration())) {
            given().auth().oauth2(token).when().get("/api/v1/events/verify")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().when().get("/api/v1/events/verify").then().statusCode(401);
        given().auth().oauth2(TestTokens.provinceAdmin()).when().get("/api/v1/events/verify").then().statusCode(200);
        given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/events/verify").then().statusCode(200);
    }

    @Test
    void badCursorsLimitsTimesAndAnchorsAre400NamingTheParameter() {
        badRequest("/api/v1/events?limit=0", "limit");
        badRequest("/api/v1/events?limit=201", "limit");
        badRequest("/api/v1/events?after=Zm9v", "after");                       // base64url of "foo"
        badRequest("/api/v1/events?after=c2VxOi0x", "after");                   // "seq:-1"
        badRequest("/api/v1/events?after=%21%21", "after");
        badRequest("/api/v1/events?after=c2VxOjA&page=1", "after");             // both forms
        badRequest("/api/v1/events?from=2019-13-01T00:00:00Z", "from");
        badRequest("/api/v1/events?to=yesterday", "to");
        badRequest("/api/v1/events?from=2019-01-01", "from");                   // a day is not an instant
        badRequest("/api/v1/events?cityCode=3711", "cityCode");
        badRequest("/api/v1/events/verify?fromSeq=0", "fromSeq");
        badRequest("/api/v1/events/verify?anchorSeq=5", "anchorHash");
        badRequest("/api/v1/events/verify?anchorHash=" + "a".repeat(64), "anchorSeq");
        badRequest("/api/v1/events/verify?anchorSeq=5&anchorHash=XYZ", "anchorHash");
        badRequest("/api/v1/events/verify?fromSeq=9&anchorSeq=5&anchorHash=" + "a".repeat(64), "anchorSeq");
        given().auth().oauth2(TestTokens.auditor()).when().get("/api/v1/events?after=c2VxOjA&limit=1")
                .then().statusCode(200).body("items", hasSize(1)).body("items[0].seq", equalTo(1))
                .body("items[0].prevHash", equalTo("0".repeat(64)));
    }

    // --- helpers ---

    private static UUID applied(String parkCode) {
        return TestEvents.send(new AcceptanceApplied(UUID.randomUUID(), parkCode, RIZHAO, ParkLevel.NATIONAL,
                "验收申请", null, List.of()));
    }

    /** Publishes the event dated {@code at}, by {@code actor}, with its own correlation id. */
    private static UUID send(Instant at, String parkCode, String actor, String correlationId,
                             cn.gov.shandong.circular.events.DomainEvent event) {
        UUID id = UUID.randomUUID();
        EventFixtures.publishData(id, at, event.type(), parkCode, EventFixtures.data(event, actor, correlationId));
        return id;
    }

    /** Waits until a cursor page with this filter holds {@code count} entries; returns it. */
    private static JsonPath awaitEntries(String filter, int count) {
        JsonPath[] page = new JsonPath[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            page[0] = cursorPage(filter + "&limit=200");
            assertThat(page[0].getList("items")).hasSize(count);
        });
        return page[0];
    }

    private static JsonPath cursorPage(String query) {
        String withLimit = query.contains("limit=") ? query : query + "&limit=200";
        return auditor().when().get("/api/v1/events?" + withLimit).then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(JsonPath page) {
        return page.getList("items.eventId");
    }

    private static RequestSpecification auditor() {
        return given().auth().oauth2(TestTokens.auditor()).urlEncodingEnabled(false);
    }

    private static JsonPath verify(String token, String query) {
        return given().auth().oauth2(token).when().get("/api/v1/events/verify" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static void badRequest(String path, String field) {
        given().auth().oauth2(TestTokens.auditor()).urlEncodingEnabled(false).when().get(path)
                .then().statusCode(400).contentType("application/problem+json")
                .body(org.hamcrest.Matchers.containsString(field));
    }

    private String storedHash(long seq) throws SQLException {
        if (seq == 0) {
            return "0".repeat(64);
        }
        return asInsider("select hash from event_log where seq = " + seq);
    }

    /**
     * Runs the statements in one transaction as someone with the database's rights (the test's user owns the
     * tables); returns the first column of the last statement's first row, if it has one.
     */
    private String asInsider(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            String result = null;
            try (Statement statement = connection.createStatement()) {
                for (String sql : statements) {
                    if (statement.execute(sql)) {
                        try (ResultSet rows = statement.getResultSet()) {
                            result = rows.next() ? rows.getString(1) : null;
                        }
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
            return result;
        }
    }
}
