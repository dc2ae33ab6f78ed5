package cn.gov.shandong.circular.common.outbox;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.Problems;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The outbox's admin actions, in every service: list the events that are blocked and release one once
 * the cause (a record too large for its topic, a missing permission) is fixed.
 */
@Path("/api/v1/outbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Outbox administration", description = "Events the broker refused repeatedly, and their release")
public class OutboxResource {

    private static final String EXAMPLE = """
            {"id":"5b0e7f0a-8a1e-4f55-9a43-0c6f1f2f7d10","topic":"acceptance.events","key":"SDP001",
             "type":"acceptance.filed","createdAt":"2026-01-05T08:30:00Z","attempts":0,"refusals":0,
             "blockedAt":"2026-01-05T08:31:10Z","lastError":"RecordTooLargeException: The request included a message larger than the max message size the server will accept.",
             "publishedAt":null}""";

    @Inject
    OutboxAdmin admin;

    @Inject
    Caller caller;

    @GET
    @Path("/blocked")
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.AUDITOR})
    @Operation(operationId = "listBlockedOutboxEvents", summary = "Outbox events that are blocked (oldest first, at most 100)",
            description = "A blocked event and every later event of its park wait until it is released.")
    @APIResponse(responseCode = "200", description = "The blocked events, oldest first, at most 100",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, maxItems = 100, implementation = OutboxAdmin.EventStatus.class),
                    examples = @ExampleObject(name = "blocked", value = "[" + EXAMPLE + "]")))
    public List<OutboxAdmin.EventStatus> blocked() {
        return admin.blocked();
    }

    @POST
    @Path("/{id}/release")
    @RolesAllowed(Roles.PROVINCE_ADMIN)
    @Operation(operationId = "releaseOutboxEvent", summary = "Release a blocked outbox event so it is sent again at once",
            description = "Resets its attempt counts; the park's later events follow it. Fix the cause first "
                    + "(see lastError), or it will be blocked again after the configured number of refusals.")
    @APIResponse(responseCode = "200", description = "Released; the event is being sent",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = OutboxAdmin.EventStatus.class),
                    examples = @ExampleObject(name = "released", value = EXAMPLE)))
    @APIResponse(responseCode = "403", description = "Not a province administrator",
            content = @Content(mediaType = Problems.MEDIA_TYPE))
    @APIResponse(responseCode = "404", description = "No outbox event with this id",
            content = @Content(mediaType = Problems.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "The event is not blocked (urn:circular-parks:problem:not-blocked)",
            content = @Content(mediaType = Problems.MEDIA_TYPE))
    public OutboxAdmin.EventStatus release(
            @Parameter(description = "The event's id (its CloudEvents ce_id)") @PathParam("id") UUID id) {
        try {
            return admin.release(id, caller.username())
                    .orElseThrow(() -> Problems.notFound("Outbox event", id.toString()));
        } catch (OutboxAdmin.NotBlocked e) {
            throw Problems.conflict("not-blocked", e.getMessage() + "; only a blocked event can be released");
        }
    }
}
