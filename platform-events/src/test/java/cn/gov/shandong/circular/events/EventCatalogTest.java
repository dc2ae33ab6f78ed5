package cn.gov.shandong.circular.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalog lists every event record once, with the type and topic the record itself declares. */
class EventCatalogTest {

    @Test
    void everyEventRecordIsInTheCatalogAndNothingElse() {
        Set<Class<?>> records = permittedLeaves(DomainEvent.class).collect(Collectors.toSet());
        assertThat(records).allMatch(Class::isRecord);
        assertThat(EventCatalog.all().stream().<Class<?>>map(EventCatalog.EventType::dataClass).toList())
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(records);
    }

    /** The classes a sealed type permits, through nested sealed interfaces (PlansEvent.AboutPark). */
    private static Stream<Class<?>> permittedLeaves(Class<?> type) {
        return type.isSealed()
                ? Arrays.stream(type.getPermittedSubclasses()).flatMap(EventCatalogTest::permittedLeaves)
                : Stream.of(type);
    }

    @Test
    void eachTypeIsListedWithTheTypeAndTopicItsRecordDeclares() {
        List<DomainEvent> samples = EventSamples.all();
        assertThat(samples).extracting(Object::getClass)
                .containsExactlyElementsOf(EventCatalog.all().stream().map(EventCatalog.EventType::dataClass).toList());
        for (DomainEvent sample : samples) {
            EventCatalog.EventType type = EventCatalog.of(sample.getClass());
            assertThat(type.type()).isEqualTo(sample.type());
            assertThat(type.topic()).isEqualTo(sample.topic());
            assertThat(EventCatalog.byType(sample.type())).contains(type);
            assertThat(type.source()).isEqualTo("/" + type.publisher());
        }
    }

    @Test
    void typesArePastTenseFactsNamedAfterTheirTopic() {
        for (EventCatalog.EventType type : EventCatalog.all()) {
            String prefix = type.topic().substring(0, type.topic().indexOf('.'));
            assertThat(type.type()).matches("[a-z]+\\.[a-z-]+");
            assertThat(prefix).startsWith(type.type().substring(0, type.type().indexOf('.')));
            assertThat(type.publisher()).isEqualTo(prefix + "-service");
        }
        assertThat(EventCatalog.publisherByTopic()).containsOnlyKeys("parks.events", "plans.events", "acceptance.events",
                "reporting.events");
    }

    @Test
    void anUnknownTypeIsNotInTheCatalog() {
        assertThat(EventCatalog.byType("park.some-future-fact")).isEmpty();
        assertThat(EventCatalog.byType(null)).isEmpty();
        assertThatThrownBy(() -> EventCatalog.of(DomainEvent.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
