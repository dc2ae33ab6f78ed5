package cn.gov.shandong.circular.reporting.eventlog;

import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.PageRequest;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.common.web.QueryParameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.logging.Logger;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Event log", description = "The audit log of every event of parks.events, plans.events, acceptance.events and reporting.events")
public class EventLogResource {

    private static final Logger LOG = Logger.getLogger(EventLogResource.class);

    /** An instant with an offset, four-digit years (PostgreSQL cannot hold Java's wider range). */
    private static final java.util.regex.Pattern INSTANT =
            java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

    @Inject
    EventLogSearch search;

    @Inject
    ChainVerifier verifier;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listEvents", summary = "List the audit event log, filtered by actor, type, park, city, time and correlation id",
            description = "Cursor pages (after, limit): in the order of appending (seq), stable while events are appended: "
                    + "send nextCursor as after for the next page; no entry is repeated or skipped, because an entry's "
                    + "seq is assigned only after the one before it has committed. Offset pages (page, size; the older "
                    + "form, kept for existing clients): newest first by occurred_at, with total. The two forms cannot "
                    + "be mixed. Every filter narrows; the time range is on occurred_at (ce_time), from inclusive, to exclusive.")
    public EventLogPage list(
            @Parameter(description = "event type, e.g. acceptance.filed") @QueryParam("type") @Size(max = 200) String type,
            @Parameter(description = "subject: the park code, e.g. SDP001") @QueryParam("subject") @Size(max = 200) String subject,
            @Parameter(description = "topic, e.g. plans.events") @QueryParam("topic") @Size(max = 200) String topic,
            @Parameter(description = "the acting user the event names, e.g. province.admin", example = "province.admin")
            @QueryParam("actor") @Size(max = 200) String actor,
            @Parameter(description = "events about a park: its code as subject or as parkCode in the data", example = "SDP001")
            @QueryParam("parkCode") @Size(max = 20) String parkCode,
            @Parameter(description = "events about a city: cityCode in the data, the city as subject, or a park of the city "
                    + "(as reporting knows the parks from park.registered)", example = "370100")
            @QueryParam("cityCode") @Size(max = 6) @Pattern(regexp = "\\d{6}", message = "must be a 6-digit city code") String cityCode,
            @Parameter(description = "occurred at or after this instant (ISO 8601 with offset)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35), example = "2019-01-01T00:00:00+08:00")
            @QueryParam("from") String from,
            @Parameter(description = "occurred before this instant (ISO 8601 with offset)",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time", maxLength = 35), example = "2020-01-01T00:00:00+08:00")
            @QueryParam("to") String to,
            @Parameter(description = "the correlation id of the request that caused the event",
                    example = "c0a8f1d2-7e3b-4a5c-9d6e-1f2a3b4c5d6e")
            @QueryParam("correlationId") @Size(max = 200) String correlationId,
            @Parameter(description = "cursor pages: the nextCursor of the previous page (absent: from the first entry)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = EventCursor.MAX_LENGTH, pattern = EventCursor.PATTERN),
                    example = "c2VxOjUzMA")
            @QueryParam("after") @Size(max = EventCursor.MAX_LENGTH) @Pattern(regexp = "[A-Za-z0-9_-]+") String after,
            @Parameter(description = "cursor pages: entries per page (default 50)")
            @QueryParam("limit") @Min(1) @Max(PageRequest.MAX_SIZE) Integer limit,
            @BeanParam @Valid PageRequest page,
            @Context UriInfo uri) {
        EventLogSearch.Filter filter = new EventLogSearch.Filter(QueryParameters.blankToNull(type),
                QueryParameters.blankToNull(subject), QueryParameters.blankToNull(topic),
                QueryParameters.blankToNull(actor), QueryParameters.blankToNull(parkCode),
                QueryParameters.blankToNull(cityCode), instant("from", from), instant("to", to),
                QueryParameters.blankToNull(correlationId));
        boolean cursorPages = uri.getQueryParameters().containsKey("after") || uri.getQueryParameters().containsKey("limit");
        if (!cursorPages) {
            return search.page(filter, page.page, page.size);
        }
        if (uri.getQueryParameters().containsKey("page") || uri.getQueryParameters().containsKey("size")) {
            throw Problems.badRequest("after", "use either cursor pages (after, limit) or offset pages (page, size), not both");
        }
        return search.after(filter, EventCursor.seq("after", after), limit == null ? 50 : limit);
    }

    @GET
    @Path("/verify")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "verifyEventLog", summary = "Recompute the event log's hash chain and name the first entry that does not fit",
            description = "Reads the log in seq order up to its last entry when the check begins and recomputes each entry's "
                    + "SHA-256 (decision 41). intact is false at the first entry whose seq does not follow the one before "
                    + "(GAP: entries deleted), whose prev_hash is not the previous entry's hash (PREVIOUS_HASH_MISMATCH), "
                    + "whose stored hash is not the hash of what it holds (HASH_MISMATCH: changed after it was appended), or, "
                    + "given an anchor recorded from an earlier answer (lastSeq, lastHash), whose hash is not the recorded "
                    + "one or which is gone (ANCHOR_MISMATCH: the chain was recomputed, or its end cut off). A broken chain "
                    + "is a finding, answered 200.")
    public ChainVerification verify(
            @Parameter(description = "the first entry to check (default 1); the entry before it is taken as stored")
            @QueryParam("fromSeq") @Min(1) @Max(Long.MAX_VALUE) Long fromSeq,
            @Parameter(description = "with anchorHash: the lastSeq of an earlier answer, kept outside the database")
            @QueryParam("anchorSeq") @Min(1) @Max(Long.MAX_VALUE) Long anchorSeq,
            @Parameter(description = "with anchorSeq: the lastHash of that answer",
                    example = "c97bd65308db0bdb9465887c9ab96d06c4fbd5cc82a799a745e03ebb251d91f7")
            @QueryParam("anchorHash") @Size(min = 64, max = 64) @Pattern(regexp = "[0-9a-f]{64}") String anchorHash) {
        String hash = QueryParameters.blankToNull(anchorHash);
        if ((anchorSeq == null) != (hash == null)) {
            throw Problems.badRequest(anchorSeq == null ? "anchorSeq" : "anchorHash",
                    "anchorSeq and anchorHash go together");
        }
        if (anchorSeq != null && fromSeq != null && anchorSeq < fromSeq) {
            throw Problems.badRequest("anchorSeq", "anchorSeq must not be before fromSeq, or the anchor is not checked");
        }
        ChainVerification result = verifier.verify(fromSeq, anchorSeq, hash);
        if (result.intact()) {
            LOG.infof("Event log verified by %s: %d entries intact from seq %d to %s (%d ms)", caller.username(),
                    result.verified(), result.fromSeq(), result.toSeq(), result.elapsedMillis());
        } else {
            LOG.warnf("Event log verified by %s: BROKEN at seq %d (%s, event %s): %s", caller.username(),
                    result.firstBrokenSeq(), result.reason(), result.eventId(), result.detail());
        }
        return result;
    }

    /** An ISO 8601 instant with offset, null when absent or blank; 400 naming {@code field} otherwise. */
    private static OffsetDateTime instant(String field, String value) {
        String text = QueryParameters.blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            if (INSTANT.matcher(text).matches()) {
                return OffsetDateTime.parse(text);
            }
        } catch (DateTimeParseException e) {
            // e.g. 2019-02-30: answered below
        }
        throw Problems.badRequest(field, field + " must be an instant like 2019-01-01T00:00:00+08:00, not " + text);
    }
}
