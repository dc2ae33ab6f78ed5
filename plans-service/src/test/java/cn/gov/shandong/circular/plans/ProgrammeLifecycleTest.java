package cn.gov.shandong.circular.plans;

import static cn.gov.shandong.circular.plans.PlanFixtures.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.testing.KafkaTestClient;
import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkScheduled;
import cn.gov.shandong.circular.events.ParkUnscheduled;
import cn.gov.shandong.circular.events.ProgrammeDefined;
import cn.gov.shandong.circular.events.ProgrammeStatus;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The province keeps programmes as data: a 2021-2025 programme is created, its parks scheduled in bulk,
 * moved and taken out with reasons, the programme put in force and closed; each step is an event, and
 * the seeded 2018-2020 programme stays as it was. Parks SDP201-SDP203 of Linyi (371300), outside
 * Attachment 2, which no other test uses.
 */
@QuarkusTest
class ProgrammeLifecycleTest {

    private static final String PROGRAMMES = "/api/v1/programmes";
    private static final String CODE = "2021-2025";
    private static final String LINYI = "371300";
    private static final List<RegistryFeed.Park> PARKS = List.of(
            new RegistryFeed.Park("SDP201", "临沂经济技术开发区", LINYI, "临沂市", ParkLevel.NATIONAL),
            new RegistryFeed.Park("SDP202", "临沂高新技术产业开发区", LINYI, "临沂市", ParkLevel.NATIONAL),
            new RegistryFeed.Park("SDP203", "临沂临港经济开发区", LINYI, "临沂市", ParkLevel.PROVINCIAL));
    private static final String DEFINITION = """
            {"name":"山东省园区循环化改造推进方案（2021-2025年）","document":"鲁工信资〔2021〕12号",
             "startYear":2021,"endYear":2025,"goals":{"nationalShare":1.00,"provincialShare":1.00},
             "goalStatement":"到2025年底，具备条件的省级以上园区全部实施循环化改造"}""";

    @Inject
    RegistryFeed feed;

    @Test
    void aProgrammeIsCreatedScheduledMovedAndClosedWithItsHistoryAndEvents() {
        feed.registerAndAwait(PARKS);
        String admin = TestTokens.provinceAdmin();

        // Created as a draft; a retry with the same key answers the same programme and writes nothing more.
        String create = "{\"code\":\"" + CODE + "\",\"definition\":" + DEFINITION + "}";
        as(admin).header("Idempotency-Key", "programme-2021-2025").body(create).post(PROGRAMMES)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .header("Location", startsWith("http"))
                .body("status", equalTo("DRAFT"))
                .body("goals.provincialShare", equalTo(1.00f))
                .body("goalStatement", equalTo("到2025年底，具备条件的省级以上园区全部实施循环化改造"));
        as(admin).header("Idempotency-Key", "programme-2021-2025").body(create).post(PROGRAMMES)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("code", equalTo(CODE));
        as(admin).body(create).post(PROGRAMMES)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:programme-exists"));

        // A draft's text changes with the right version only.
        String renamed = DEFINITION.replace("（2021-2025年）", "（2021-2025年，征求意见稿）");
        as(admin).header("If-Match", "\"7\"").body(renamed).put(PROGRAMMES + "/" + CODE)
                .then().statusCode(412);
        as(admin).header("If-Match", "\"0\"").body(renamed).put(PROGRAMMES + "/" + CODE)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("name", equalTo("山东省园区循环化改造推进方案（2021-2025年，征求意见稿）"));

        // Parks in bulk, all or none: an unknown park or a year outside the programme writes nothing.
        long before = feed.count("select count(*) from scheduled_completion where programme_code = :p", CODE);
        as(admin).body("{\"entries\":[{\"parkCode\":\"SDP201\",\"year\":2023},{\"parkCode\":\"SDP999\",\"year\":2023}]}")
                .post(PROGRAMMES + "/" + CODE + "/schedule")
                .then().statusCode(422).body("field", equalTo("entries[1].parkCode"));
        as(admin).body("{\"entries\":[{\"parkCode\":\"SDP201\",\"year\":2023},{\"parkCode\":\"SDP202\",\"year\":2026}]}")
                .post(PROGRAMMES + "/" + CODE + "/schedule")
                .then().statusCode(400).body("field", equalTo("entries[1].year"));
        assertThat(feed.count("select count(*) from scheduled_completion where programme_code = :p", CODE))
                .isEqualTo(before).isZero();

        String bulk = "{\"entries\":[{\"parkCode\":\"SDP201\",\"year\":2023},{\"parkCode\":\"SDP202\",\"year\":2024},"
                + "{\"parkCode\":\"SDP203\",\"year\":2025}],\"reason\":\"2021年第一批\"}";
        as(admin).header("Idempotency-Key", "schedule-2021-2025-1").body(bulk).post(PROGRAMMES + "/" + CODE + "/schedule")
                .then().statusCode(201)
                .body("entries.parkCode", contains("SDP201", "SDP202", "SDP203"))
                .body("entries[0].parkName", equalTo("临沂经济技术开发区"))
                .body("entries.year", contains(2023, 2024, 2025));
        as(admin).header("Idempotency-Key", "schedule-2021-2025-1").body(bulk).post(PROGRAMMES + "/" + CODE + "/schedule")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("entries.parkCode", contains("SDP201", "SDP202", "SDP203"));
        as(admin).body("{\"entries\":[{\"parkCode\":\"SDP201\",\"year\":2022}]}").post(PROGRAMMES + "/" + CODE + "/schedule")
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:already-scheduled"));
        assertThat(feed.count("select count(*) from schedule_change where programme_code = :p", CODE)).isEqualTo(3);

        // In force: the text is fixed; a city officer may read it but not change it.
        as(admin).header("If-Match", "\"1\"").post(PROGRAMMES + "/" + CODE + "/activation")
                .then().statusCode(200).body("status", equalTo("ACTIVE"));
        as(admin).body(DEFINITION).put(PROGRAMMES + "/" + CODE)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:illegal-transition"));
        as(TestTokens.cityOfficer(LINYI)).body(DEFINITION).put(PROGRAMMES + "/" + CODE).then().statusCode(403);

        // Moved with a reason and the entry's version; taken out with a reason; the history keeps both.
        String etag = as(admin).get(PROGRAMMES + "/" + CODE + "/schedule/SDP201")
                .then().statusCode(200).body("year", equalTo(2023)).extract().header("ETag");
        as(admin).body("{\"year\":2024}").post(PROGRAMMES + "/" + CODE + "/schedule/SDP201/rescheduling")
                .then().statusCode(400).body("violations.field", hasItem(endsWith("reason")));
        as(admin).header("If-Match", etag).body("{\"year\":2024,\"reason\":\"园区管理机构调整，改造项目顺延一年\"}")
                .post(PROGRAMMES + "/" + CODE + "/schedule/SDP201/rescheduling")
                .then().statusCode(200).body("year", equalTo(2024));
        as(admin).header("If-Match", etag).body("{\"reason\":\"重复\"}")
                .post(PROGRAMMES + "/" + CODE + "/schedule/SDP201/withdrawal")
                .then().statusCode(412);
        as(admin).body("{\"reason\":\"园区已于2018-2020年推进方案中完成循环化改造\"}")
                .post(PROGRAMMES + "/" + CODE + "/schedule/SDP202/withdrawal")
                .then().statusCode(204);
        as(TestTokens.cityOfficer(LINYI)).get(PROGRAMMES + "/" + CODE + "/schedule/SDP202").then().statusCode(404);
        as(TestTokens.cityOfficer(LINYI)).get(PROGRAMMES + "/" + CODE + "/schedule/SDP201/history")
                .then().statusCode(200)
                .body("items.kind", contains("SCHEDULED", "RESCHEDULED"))
                .body("items.previousYear", contains(null, 2023))
                .body("items[1].reason", equalTo("园区管理机构调整，改造项目顺延一年"))
                .body("items[1].changedBy", equalTo("province.admin"));
        as(TestTokens.parkManager("SDP202")).get(PROGRAMMES + "/" + CODE + "/schedule/SDP202/history")
                .then().statusCode(200)
                .body("items.kind", contains("SCHEDULED", "WITHDRAWN"))
                .body("items[1].year", nullValue());
        as(TestTokens.cityOfficer("370100")).get(PROGRAMMES + "/" + CODE + "/schedule/SDP201/history")
                .then().statusCode(404);
        as(admin).get(PROGRAMMES + "/" + CODE + "/schedule").then().statusCode(200)
                .body("items.parkCode", contains("SDP201", "SDP203"));

        // Closed: nothing more is scheduled.
        as(admin).post(PROGRAMMES + "/" + CODE + "/closure").then().statusCode(200).body("status", equalTo("CLOSED"));
        as(admin).body("{\"entries\":[{\"parkCode\":\"SDP202\",\"year\":2025}]}").post(PROGRAMMES + "/" + CODE + "/schedule")
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:illegal-transition"));
        as(admin).post(PROGRAMMES + "/" + CODE + "/activation").then().statusCode(409);

        // Every step reached plans.events: the programme's definitions keyed by its code, the parks' by theirs.
        List<IncomingEvent> programmeEvents = events(CODE, 4);
        assertThat(programmeEvents).extracting(IncomingEvent::type).containsOnly(ProgrammeDefined.TYPE);
        assertThat(programmeEvents).extracting(e -> e.dataAs(ProgrammeDefined.class).status())
                .containsExactly(ProgrammeStatus.DRAFT, ProgrammeStatus.DRAFT, ProgrammeStatus.ACTIVE, ProgrammeStatus.CLOSED);
        ProgrammeDefined active = programmeEvents.get(2).dataAs(ProgrammeDefined.class);
        assertThat(active.provincialGoalShare()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(active.name()).isEqualTo("山东省园区循环化改造推进方案（2021-2025年，征求意见稿）");
        assertThat(programmeEvents.get(2).actor()).isEqualTo("province.admin");

        List<IncomingEvent> sdp201 = events("SDP201", 2).stream()
                .filter(e -> e.type().equals(ParkScheduled.TYPE)
                        && e.dataAs(ParkScheduled.class).programmeCode().equals(CODE)).toList();
        assertThat(sdp201).extracting(e -> e.dataAs(ParkScheduled.class).year()).containsExactly(2023, 2024);
        List<IncomingEvent> sdp202 = events("SDP202", 2).stream()
                .filter(e -> e.data().path("programmeCode").asText().equals(CODE)).toList();
        assertThat(sdp202).extracting(IncomingEvent::type).containsExactly(ParkScheduled.TYPE, ParkUnscheduled.TYPE);
        assertThat(sdp202.get(1).dataAs(ParkUnscheduled.class).previousYear()).isEqualTo(2024);
    }

    @Test
    void theSeededProgrammeStaysAsSeededAndIsAnnouncedWithItsGoals() {
        as(TestTokens.auditor()).get(PROGRAMMES + "/2018-2020").then().statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("document", equalTo("鲁经信循〔2018〕336号"))
                .body("goals.nationalShare", equalTo(1.00f))
                .body("goals.provincialShare", equalTo(0.50f))
                .body("startYear", equalTo(2018)).body("endYear", equalTo(2020));
        assertThat(feed.count("select count(*) from scheduled_completion where programme_code = :p", "2018-2020"))
                .isEqualTo(106);
        assertThat(feed.count("select count(*) from schedule_change where programme_code = :p and kind = 'SCHEDULED'",
                "2018-2020")).isEqualTo(106);

        IncomingEvent defined = events("2018-2020", 1).get(0);
        assertThat(defined.type()).isEqualTo(ProgrammeDefined.TYPE);
        ProgrammeDefined programme = defined.dataAs(ProgrammeDefined.class);
        assertThat(programme.nationalGoalShare()).isEqualByComparingTo("1.00");
        assertThat(programme.provincialGoalShare()).isEqualByComparingTo("0.50");
        assertThat(programme.status()).isEqualTo(ProgrammeStatus.ACTIVE);
    }

    @Test
    void aDraftsYearsCannotShrinkPastAScheduledParkAndBadBodiesNameTheirField() {
        feed.registerAndAwait(PARKS.subList(2, 3));
        String admin = TestTokens.provinceAdmin();
        String code = "2031-2035";
        as(admin).body("{\"code\":\"" + code + "\",\"definition\":" + DEFINITION.replace("2021", "2031").replace("2025", "2035") + "}")
                .post(PROGRAMMES).then().statusCode(201);
        as(admin).body("{\"entries\":[{\"parkCode\":\"SDP203\",\"year\":2035}]}").post(PROGRAMMES + "/" + code + "/schedule")
                .then().statusCode(201);
        as(admin).body(DEFINITION.replace("2021", "2031").replace("2025", "2034")).put(PROGRAMMES + "/" + code)
                .then().statusCode(409).body("type", equalTo("urn:circular-parks:problem:schedules-outside-years"));
        as(admin).body(DEFINITION.replace("2021", "2036").replace("2025", "2035")).put(PROGRAMMES + "/" + code)
                .then().statusCode(400).body("field", equalTo("definition.endYear"));
        as(admin).body(DEFINITION.replace("1.00,\"provincialShare\"", "1.005,\"provincialShare\"")).put(PROGRAMMES + "/" + code)
                .then().statusCode(400);
        as(admin).body("{\"code\":\"2041\",\"definition\":" + DEFINITION + "}").post(PROGRAMMES)
                .then().statusCode(400);
        as(admin).get(PROGRAMMES + "/" + code).then().statusCode(200).body("endYear", equalTo(2035)).body("version", equalTo(0));
    }

    /** The events on plans.events keyed by this code (a programme's or a park's), in their order. */
    private static List<IncomingEvent> events(String key, int atLeast) {
        return KafkaTestClient.readAll("plans.events", Duration.ofSeconds(30),
                        all -> all.stream().filter(r -> key.equals(r.key())).count() >= atLeast)
                .stream().filter(r -> key.equals(r.key())).map(IncomingEvent::from).toList();
    }
}
