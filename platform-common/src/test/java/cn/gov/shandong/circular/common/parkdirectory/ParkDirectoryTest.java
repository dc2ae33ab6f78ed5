package cn.gov.shandong.circular.common.parkdirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.gov.shandong.circular.common.fixture.ParkEvents;
import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import cn.gov.shandong.circular.common.testing.EventFixtures;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkLevelChanged;
import cn.gov.shandong.circular.events.ParkMerged;
import cn.gov.shandong.circular.events.ParkRenamed;
import cn.gov.shandong.circular.events.ParkRetired;
import cn.gov.shandong.circular.events.ParkStatus;
import java.time.LocalDate;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The park directory's effect, as the services' parks.events consumers run it inside
 * {@code IdempotentConsumer#applyOnce} (their tests cover the Kafka path: dedup, dead letters).
 * Parks of Zibo (370300) and Zaozhuang (370400) only: the scope test counts Jinan's and Qingdao's.
 */
@QuarkusTest
class ParkDirectoryTest {

    @Inject
    ParkDirectory directory;

    @Test
    void aRegisteredParkIsCopiedWithItsCityLevelAndRegistrationTime() {
        IncomingEvent registered = ParkEvents.registered("SDP012", "桓台经济开发区", "370300", "淄博市", ParkLevel.PROVINCIAL);

        apply(registered);

        ParkDirectoryEntry park = find("SDP012").orElseThrow();
        assertThat(park.name).isEqualTo("桓台经济开发区");
        assertThat(park.cityCode).isEqualTo("370300");
        assertThat(park.cityName).isEqualTo("淄博市");
        assertThat(park.level).isEqualTo(ParkLevel.PROVINCIAL);
        assertThat(park.updatedAt).isCloseTo(registered.time(), within(1, ChronoUnit.MICROS));
    }

    @Test
    void aParkRegisteredAgainReplacesTheCopy() {
        apply(ParkEvents.registered("SDP013", "滕州经济开发区", "370400", "枣庄市", ParkLevel.PROVINCIAL));
        apply(ParkEvents.registered("SDP013", "滕州经济开发区（更正）", "370300", "淄博市", ParkLevel.NATIONAL));

        ParkDirectoryEntry park = find("SDP013").orElseThrow();
        assertThat(park.name).isEqualTo("滕州经济开发区（更正）");
        assertThat(park.cityCode).isEqualTo("370300");
        assertThat(park.cityName).isEqualTo("淄博市");
        assertThat(park.level).isEqualTo(ParkLevel.NATIONAL);
        assertThat(findAll(List.of("SDP013"))).hasSize(1);
    }

    @Test
    void otherEventTypesAreIgnored() {
        ObjectNode data = ParkEvents.registeredData("SDP014", "枣庄高新区", "370400", "枣庄市", ParkLevel.NATIONAL);

        apply(ParkEvents.event("park.some-future-fact", "SDP014", data));

        assertThat(find("SDP014")).isEmpty();
    }

    @Test
    void aRegistrationLackingARequiredFieldIsPoisonAndLeavesNothing() {
        for (String field : List.of("parkCode", "name", "cityCode", "cityName", "level", "zoneKind")) {
            ObjectNode data = ParkEvents.registeredData("SDP015", "薛城经济开发区", "370400", "枣庄市", ParkLevel.PROVINCIAL);
            data.remove(field);
            assertPoison(ParkEvents.event("park.registered", "SDP015", data), "lacks " + field);
        }
        ObjectNode blankName = ParkEvents.registeredData("SDP015", "薛城经济开发区", "370400", "枣庄市", ParkLevel.PROVINCIAL)
                .put("name", " ");
        assertPoison(ParkEvents.event("park.registered", "SDP015", blankName), "lacks name");
        ObjectNode nullCity = ParkEvents.registeredData("SDP015", "薛城经济开发区", "370400", "枣庄市", ParkLevel.PROVINCIAL)
                .putNull("cityCode").putNull("cityName");
        assertPoison(ParkEvents.event("park.registered", "SDP015", nullCity), "lacks cityCode, cityName");
        assertThat(find("SDP015")).isEmpty();
    }

    @Test
    void aLevelOtherThanNationalOrProvincialIsPoison() {
        for (String level : List.of("COUNTY", "national")) {
            assertPoison(ParkEvents.event("park.registered", "SDP016", registeredData16().put("level", level)),
                    "level " + level);
        }
        assertPoison(ParkEvents.event("park.registered", "SDP016", registeredData16().put("level", "")),
                "(park.registered)");
        // Not the ordinal either: the contract's level is a name.
        assertPoison(ParkEvents.event("park.registered", "SDP016", registeredData16().put("level", 1)),
                "(park.registered)");
        assertThat(find("SDP016")).isEmpty();
    }

    @Test
    void aRegistrationThatBreaksAnyOtherRuleOfTheContractIsPoison() {
        // What the AsyncAPI schema refuses, the record refuses: the directory never keeps what others could not.
        assertPoison(ParkEvents.event("park.registered", "SDP016", registeredData16().put("cityCode", "3704")),
                "cityCode 3704");
        assertPoison(ParkEvents.event("park.registered", "SDP016", registeredData16().put("parkCode", "TST-16")),
                "parkCode TST-16");
        assertPoison(ParkEvents.event("park.registered", "SDP016", registeredData16().put("name", "园".repeat(101))),
                "name is longer than 100");
        assertPoison(ParkEvents.event("park.registered", "SDP016",
                registeredData16().put("zoneKind", "DEVELOPMENT_ZONE")), "zoneKind DEVELOPMENT_ZONE");
        assertPoison(ParkEvents.event("park.registered", "SDP016", registeredData16().put("cityCode", 370400)),
                "(park.registered)");
        assertThat(find("SDP016")).isEmpty();
    }

    @Test
    void findAllLeavesOutUnknownParks() {
        apply(ParkEvents.registered("SDP017", "峄城经济开发区", "370400", "枣庄市", ParkLevel.PROVINCIAL));

        assertThat(findAll(List.of("SDP017", "SDP999")).keySet()).containsExactly("SDP017");
        assertThat(findAll(List.of())).isEmpty();
        assertThat(find(null)).isEmpty();
    }

    @Test
    void applyingOutsideTheConsumersTransactionIsRefused() {
        // The copy must change in the transaction that records the event as processed, or not at all.
        assertThatThrownBy(() -> directory.apply(
                ParkEvents.registered("SDP018", "台儿庄经济开发区", "370400", "枣庄市", ParkLevel.PROVINCIAL)))
                .isInstanceOf(TransactionalException.class);
        assertThat(find("SDP018")).isEmpty();
    }

    @Test
    void withoutAnEventTimeTheCopyIsStampedNow() {
        OffsetDateTime before = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1);
        IncomingEvent timeless = new IncomingEvent(UUID.randomUUID(), "park.registered", "/parks-service", "SDP019",
                null, "system", null,
                ParkEvents.registeredData("SDP019", "枣庄经济开发区", "370400", "枣庄市", ParkLevel.PROVINCIAL), "parks.events");

        apply(timeless);

        assertThat(find("SDP019").orElseThrow().updatedAt).isAfter(before);
    }

    @Test
    void theRegistrysChangesKeepNameLevelAndStatusCurrent() {
        apply(ParkEvents.registered("SDP020", "淄川经济开发区", "370300", "淄博市", ParkLevel.PROVINCIAL));
        apply(ParkEvents.registered("SDP021", "博山经济开发区", "370300", "淄博市", ParkLevel.PROVINCIAL));
        apply(EventFixtures.incoming(new ParkRenamed("SDP020", "370300", "淄川经济开发区", "淄川经济技术开发区",
                LocalDate.parse("2021-03-01"), null)));
        apply(EventFixtures.incoming(new ParkLevelChanged("SDP020", "370300", ParkLevel.PROVINCIAL, ParkLevel.NATIONAL,
                LocalDate.parse("2021-06-18"), "国办函〔2021〕61号")));
        apply(EventFixtures.incoming(new ParkMerged("SDP021", "370300", "SDP020", LocalDate.parse("2021-09-01"), null)));

        ParkDirectoryEntry renamed = find("SDP020").orElseThrow();
        assertThat(renamed.name).isEqualTo("淄川经济技术开发区");
        assertThat(renamed.level).isEqualTo(ParkLevel.NATIONAL);
        assertThat(renamed.status).isEqualTo(ParkStatus.ACTIVE);
        ParkDirectoryEntry merged = find("SDP021").orElseThrow();
        assertThat(merged.status).isEqualTo(ParkStatus.RETIRED);
        assertThat(merged.retiredOn).isEqualTo(LocalDate.parse("2021-09-01"));
        assertThat(merged.mergedInto).isEqualTo("SDP020");

        apply(EventFixtures.incoming(new ParkRetired("SDP020", "370300", LocalDate.parse("2022-01-01"), "撤销", null)));
        assertThat(find("SDP020").orElseThrow().status).isEqualTo(ParkStatus.RETIRED);
        assertThat(find("SDP020").orElseThrow().mergedInto).isNull();
        // A change of a park the copy does not hold changes nothing; a change whose data breaks the contract is poison.
        apply(EventFixtures.incoming(new ParkRetired("SDP022", "370300", LocalDate.parse("2022-01-01"), "撤销", null)));
        assertThat(find("SDP022")).isEmpty();
        ObjectNode noReason = EventFixtures.data(new ParkRetired("SDP020", "370300", LocalDate.parse("2022-01-01"), "撤销", null));
        noReason.remove("reason");
        assertPoison(ParkEvents.event("park.retired", "SDP020", noReason), "lacks reason");
    }

    private static ObjectNode registeredData16() {
        return ParkEvents.registeredData("SDP016", "山亭经济开发区", "370400", "枣庄市", ParkLevel.PROVINCIAL);
    }

    private Optional<ParkDirectoryEntry> find(String parkCode) {
        return QuarkusTransaction.requiringNew().call(() -> directory.find(parkCode));
    }

    private Map<String, ParkDirectoryEntry> findAll(List<String> parkCodes) {
        return QuarkusTransaction.requiringNew().call(() -> directory.findAll(parkCodes));
    }

    private void apply(IncomingEvent event) {
        QuarkusTransaction.requiringNew().run(() -> directory.apply(event));
    }

    private void assertPoison(IncomingEvent event, String reason) {
        assertThatThrownBy(() -> apply(event))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(event.id().toString())
                .hasMessageContaining(reason);
    }
}
