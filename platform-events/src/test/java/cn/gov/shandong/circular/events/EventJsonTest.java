package cn.gov.shandong.circular.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The records as JSON with plain Jackson (what every producer and consumer uses): the record's
 * components are the data, type and topic are not, and the enums take their exact names only.
 */
class EventJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void theDataIsExactlyTheRecordsComponentsAndReadsBackEqual() throws Exception {
        for (DomainEvent sample : EventSamples.all()) {
            JsonNode json = JSON.valueToTree(sample);
            List<String> components = java.util.Arrays.stream(sample.getClass().getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).toList();
            assertThat(fieldNames(json)).as(sample.type()).containsExactlyElementsOf(components);
            assertThat(JSON.treeToValue(json, sample.getClass())).isEqualTo(sample);
        }
    }

    @Test
    void aFilingTimeTravelsAsAnIsoInstant() {
        JsonNode filed = JSON.valueToTree(EventSamples.all().get(5));
        assertThat(filed.get("filedAt").asText()).isEqualTo("2025-06-10T03:20:31.904123Z");
    }

    @Test
    void enumsTakeTheirExactNamesOnlyNeverOrdinalsOrOtherSpellings() throws Exception {
        assertThat(JSON.readValue("\"PROVINCIAL\"", ParkLevel.class)).isEqualTo(ParkLevel.PROVINCIAL);
        assertThat(JSON.readValue("\"INDUSTRIAL_PARK\"", ZoneKind.class)).isEqualTo(ZoneKind.INDUSTRIAL_PARK);
        assertThat(JSON.readValue("\"RETURNED\"", ReviewOutcome.class)).isEqualTo(ReviewOutcome.RETURNED);
        for (String bad : List.of("1", "0", "\"national\"", "\"COUNTY\"", "\"\"")) {
            assertThatThrownBy(() -> JSON.readValue(bad, ParkLevel.class)).as(bad).hasMessageContaining("level");
            assertThatThrownBy(() -> JSON.readValue(bad, ZoneKind.class)).as(bad).hasMessageContaining("zoneKind");
            assertThatThrownBy(() -> JSON.readValue(bad, ReviewOutcome.class)).as(bad).hasMessageContaining("outcome");
        }
        assertThat(ParkLevel.named("NATIONAL")).contains(ParkLevel.NATIONAL);
        assertThat(ParkLevel.named("national")).isEmpty();
        assertThat(ZoneKind.named(null)).isEmpty();
    }

    @Test
    void dataThatBreaksTheContractCannotBeRead() {
        String lacksLevel = """
                {"parkCode":"SDP002","name":"济南高新区","cityCode":"370100","cityName":"济南市",
                 "zoneKind":"HIGH_TECH_INDUSTRIAL_DEVELOPMENT_ZONE","actor":"system","correlationId":null}""";
        assertThatThrownBy(() -> JSON.readValue(lacksLevel, ParkRegistered.class))
                .isInstanceOf(ValueInstantiationException.class)
                .hasMessageContaining("park.registered lacks level");
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new java.util.ArrayList<>();
        for (Iterator<String> it = json.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}
