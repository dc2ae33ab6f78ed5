package cn.gov.shandong.circular.reporting.cities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.testing.TestData;
import cn.gov.shandong.circular.events.CityAbolished;
import cn.gov.shandong.circular.events.DomainEvent;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.events.ZoneKind;
import cn.gov.shandong.circular.reporting.projection.Projector;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The province's cities as the Projector keeps them from parks.events (issue 20, item 4), the events applied
 * in-process in one transaction that is rolled back: no other test sees these cities.
 */
@QuarkusTest
class ProvinceCitiesTest {

    // Its parks: fresh codes from TestData, handed out in increasing order, so lists sorted by code list them in
    // the order of their names here.
    private static final String P91 = TestData.parkCode();
    private static final String P92 = TestData.parkCode();

    private static final String NEW = TestData.cityCode();
    private static final String ABOLISHED = TestData.cityCode();

    @Inject
    Projector projector;

    @Inject
    ProvinceCities cities;

    @Inject
    ObjectMapper json;

    @Test
    void aParksCityAndBothCitiesOfAnAbolitionAreKnownNamedByTheNewestEventWhateverTheOrder() {
        // Applied, read and then rolled back by the exception that ends the transaction.
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            apply("2030-03-01T09:00:00+08:00", new ParkRegistered(P91, "城市测试甲园区", NEW, "城市测试市",
                    ParkLevel.PROVINCIAL, ZoneKind.INDUSTRIAL_PARK));
            // Older, read later: the name it gives does not replace the newer one.
            apply("2030-01-01T09:00:00+08:00", new ParkRegistered(P92, "城市测试乙园区", NEW, "城市测试市（旧称）",
                    ParkLevel.PROVINCIAL, ZoneKind.INDUSTRIAL_PARK));
            assertThat(known()).contains(new ProvinceCities.City(NEW, "城市测试市"))
                    .noneMatch(city -> city.code().equals(ABOLISHED));
            // An abolition names both cities; the successor's name is the newest event's.
            apply("2030-06-01T09:00:00+08:00", new CityAbolished(ABOLISHED, "城市测试撤销市", NEW, "城市测试新市",
                    LocalDate.parse("2030-06-01")));
            assertThat(known()).contains(new ProvinceCities.City(NEW, "城市测试新市"),
                    new ProvinceCities.City(ABOLISHED, "城市测试撤销市"));
            throw new RolledBack();
        })).isInstanceOf(RolledBack.class);
        assertThat(QuarkusTransaction.requiringNew().call(this::known))
                .noneMatch(city -> city.code().equals(NEW) || city.code().equals(ABOLISHED));
    }

    /** Ends the test's transaction without a commit. */
    private static final class RolledBack extends RuntimeException {
    }

    private List<ProvinceCities.City> known() {
        return cities.all();
    }

    private void apply(String at, DomainEvent event) {
        projector.apply(new IncomingEvent(UUID.randomUUID(), event.type(), "/parks-service", event.key(),
                OffsetDateTime.parse(at), "system", null, EventOutbox.payload(json, event, "system", null),
                event.topic()));
    }
}
