package cn.gov.shandong.circular.plans.supervision;

import cn.gov.shandong.circular.common.idempotency.Created;
import cn.gov.shandong.circular.common.idempotency.IdempotencyKeys;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.CreatedAnswers;
import cn.gov.shandong.circular.common.web.Page;
import cn.gov.shandong.circular.common.web.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A park's supervision visits (监督检查): an officer of the park's city records them; everyone in scope reads. */
@Path("/api/v1/parks/{parkCode}/supervision-records")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Supervision records")
public class ParkSupervisionResource {

    @Inject
    SupervisionRecords records;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CITY_OFFICER)
    @Operation(operationId = "recordSupervisionVisit",
            summary = "Record a supervision visit of a park of the officer's city: findings, problems, required actions",
            description = "The visit day is not in the future; each action's deadline is not before the visit. "
                    + "A record is never edited afterwards, only its actions resolved. A park outside the "
                    + "officer's city is 404. Send an Idempotency-Key to retry safely.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
            examples = @ExampleObject(name = "visit", value = SupervisionExamples.VISIT)))
    @APIResponse(responseCode = "201", description = "Recorded (or, with a repeated Idempotency-Key and body, the first result with Idempotent-Replayed: true); Location names the record, ETag is its version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupervisionViews.Record.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used for another request (urn:circular-parks:problem:idempotency-key-reused)")
    public Response record(@PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001") @Size(max = 20) String parkCode,
                           @NotNull SupervisionRequests.Visit request,
                           @Parameter(in = ParameterIn.HEADER, description = "Makes a retried create safe",
                                   schema = @Schema(type = SchemaType.STRING, maxLength = 200, pattern = "^[A-Za-z0-9._:-]{1,200}$"),
                                   example = "visit-SDP001-2019-05-16")
                           @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        Created<SupervisionViews.Record> created = records.record(parkCode, request, idempotencyKey);
        return CreatedAnswers.created(created, URI.create(SupervisionRecordResource.BASE + created.view().id()),
                created.view().version());
    }

    @GET
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listParkSupervisionRecords",
            summary = "The park's supervision visits, newest first, with their open and overdue actions",
            description = "404 when the park is unknown or outside the caller's scope.")
    public Page<SupervisionViews.Summary> list(@PathParam("parkCode") @Parameter(description = "The park's code", example = "SDP001") @Size(max = 20) String parkCode,
                                               @BeanParam @Valid PageRequest page) {
        return records.ofPark(parkCode, page.page, page.size);
    }
}
