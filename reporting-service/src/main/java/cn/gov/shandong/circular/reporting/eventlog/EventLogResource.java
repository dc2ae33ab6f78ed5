package cn.gov.shandong.circular.reporting.eventlog;

import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event log", description = "The audit log of every event of parks.events, plans.events and acceptance.events")
public class EventLogResource {

    @Inject
    ObjectMapper json;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listEvents", summary = "List the audit event log, newest first, optionally filtered by type, subject and topic")
    public Page<LoggedEvent> list(
            @Parameter(description = "event type, e.g. acceptance.filed") @QueryParam("type") @Size(max = 200) String type,
            @Parameter(description = "subject: the park code, e.g. SDP001") @QueryParam("subject") @Size(max = 200) String subject,
            @Parameter(description = "topic, e.g. plans.events") @QueryParam("topic") @Size(max = 200) String topic,
            @BeanParam @Valid PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (type != null && !type.isBlank()) {
            conditions.add("eventType = :type");
            parameters.and("type", type);
        }
        if (subject != null && !subject.isBlank()) {
            conditions.add("subject = :subject");
            parameters.and("subject", subject);
        }
        if (topic != null && !topic.isBlank()) {
            conditions.add("topic = :topic");
            parameters.and("topic", topic);
        }
        Sort newestFirst = Sort.descending("occurredAt", "receivedSeq");
        PanacheQuery<EventLogEntry> query = conditions.isEmpty()
                ? EventLogEntry.findAll(newestFirst)
                : EventLogEntry.find(String.join(" and ", conditions), newestFirst, parameters);
        List<LoggedEvent> items = query.page(io.quarkus.panache.common.Page.of(page.page, page.size)).list()
                .stream().map(this::view).toList();
        return new Page<>(items, page.page, page.size, query.count());
    }

    private LoggedEvent view(EventLogEntry e) {
        try {
            return new LoggedEvent(e.eventId, e.topic, e.kafkaPartition, e.kafkaOffset, e.eventType, e.source,
                    e.subject, e.occurredAt, e.actor, e.correlationId, json.readTree(e.data), e.receivedAt);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event_log row " + e.eventId + " holds unreadable data", ex);
        }
    }
}
