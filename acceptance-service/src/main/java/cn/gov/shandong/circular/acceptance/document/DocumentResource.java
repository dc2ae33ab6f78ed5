package cn.gov.shandong.circular.acceptance.document;

import cn.gov.shandong.circular.acceptance.document.web.DocumentUpload;
import cn.gov.shandong.circular.common.security.Roles;
import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.common.web.RequestText;
import cn.gov.shandong.circular.events.DocumentCategory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Supporting documents of an acceptance application (佐证材料): a multipart upload by the park's
 * manager, and a list and downloads for everyone whose scope covers the park. The data-level scope is
 * {@link ApplicationDocuments}'.
 */
@Path("/api/v1/applications/{id}/documents")
@Tag(name = "Acceptance applications", description = "Park applies, city reviews, province files")
public class DocumentResource {

    private static final String BINARY_EXAMPLE = "%PDF-1.7 ...";

    @Inject
    ApplicationDocuments documents;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PARK_MANAGER)
    @Operation(operationId = "attachApplicationDocument",
            summary = "Attach a supporting document (PDF, Office file or image, at most 20 MiB) to the park's application",
            description = "multipart/form-data with `file` and optionally `title` and `category`. The media type is "
                    + "read from the content, not from the name or the part's Content-Type; a file name's extension "
                    + "must agree with it. Only while the application is SUBMITTED or RETURNED.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA,
            schema = @Schema(implementation = DocumentUpload.class)))
    @APIResponse(responseCode = "201", description = "Attached; Location names the document's download",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "409", description = "The application is not SUBMITTED or RETURNED (urn:circular-parks:problem:illegal-transition)")
    @APIResponse(responseCode = "411", description = "Sent chunked, without Content-Length: an upload must state its "
            + "length, as browsers and HTTP clients do for a file (urn:circular-parks:problem:length-required)")
    @APIResponse(responseCode = "413", description = "The body is over 20 MiB and 64 KiB, or the file over 20 MiB (urn:circular-parks:problem:body-too-large)")
    @APIResponse(responseCode = "415", description = "The body is not multipart/form-data, or the file is not PDF, Word, Excel, "
            + "PowerPoint, PNG or JPEG by its content, or its name's extension says another type (urn:circular-parks:problem:unsupported-media-type)")
    public Response attach(@PathParam("id") @Parameter(description = "The application's id",
                                   example = "3f2c8a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f") UUID id,
                           DocumentUpload form) {
        // A part without a file name is a form field, not a file a person chose.
        if (form == null || form.file == null || form.file.fileName() == null) {
            throw Problems.badRequest("file", "A file is required (the form part named file, with a file name)");
        }
        String title = text("title", form.title, 200);
        DocumentCategory category = category(form.category);
        DocumentView attached = documents.attach(id, new ApplicationDocuments.Upload(form.file.uploadedFile(),
                form.file.size(), form.file.fileName(), title, category));
        return Response.created(URI.create("/api/v1/applications/" + id + "/documents/" + attached.id()))
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(attached)
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "listApplicationDocuments",
            summary = "The supporting documents of an application, oldest first (not found outside the caller's scope)")
    @APIResponse(responseCode = "200", description = "The documents (without their content)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DocumentView.class, maxItems = 10000)))
    public List<DocumentView> list(@PathParam("id") @Parameter(description = "The application's id",
            example = "3f2c8a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f") UUID id) {
        return documents.list(id);
    }

    @GET
    @Path("/{documentId}")
    // The content's own type is the answer, whatever the client said it accepts.
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.PROVINCE_ADMIN, Roles.CITY_OFFICER, Roles.PARK_MANAGER, Roles.EXPERT, Roles.AUDITOR,
            Roles.INTEGRATION})
    @Operation(operationId = "downloadApplicationDocument",
            summary = "Download a supporting document: its bytes, as the media type read from them when it was attached",
            description = "Content-Disposition: attachment with the file name (filename*=UTF-8''... and an ASCII "
                    + "filename); ETag is the content's SHA-256, so If-None-Match answers 304.")
    @APIResponse(responseCode = "200", description = "The document's bytes",
            headers = {
                    @Header(name = "Content-Disposition", description = "attachment; filename=\"____.pdf\"; filename*=UTF-8''%E6%8A%A5%E5%91%8A.pdf",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 4096)),
                    @Header(name = "ETag", description = "The SHA-256 of the content, quoted",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 66)),
                    @Header(name = "X-Content-Type-Options", description = "nosniff",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 7))},
            content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20971520), example = BINARY_EXAMPLE),
                    @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20971520), example = "PNG ..."),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20971520), example = "JFIF ..."),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20971520), example = "PK ..."),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20971520), example = "PK ..."),
                    @Content(mediaType = "application/vnd.openxmlformats-officedocument.presentationml.presentation", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20971520), example = "PK ..."),
                    @Content(mediaType = "application/msword", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20971520), example = "OLE2 ..."),
                    @Content(mediaType = "application/vnd.ms-excel", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20971520), example = "OLE2 ..."),
                    @Content(mediaType = "application/vnd.ms-powerpoint", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 20971520), example = "OLE2 ...")})
    @APIResponse(responseCode = "304", description = "If-None-Match named the content's ETag: unchanged (documents never change)")
    public Response download(@PathParam("id") @Parameter(description = "The application's id",
                                     example = "3f2c8a1e-5b7d-4c1a-9e0f-2a6b8c4d1e7f") UUID id,
                             @PathParam("documentId") @Parameter(description = "The document's id",
                                     example = "4f6a8c0e-2b4d-4f6a-9c0e-2b4d6f8a0c85") UUID documentId,
                             @Parameter(description = "The ETag of a copy the client has. Headers are at most 16 KB together",
                                     schema = @Schema(type = SchemaType.STRING, maxLength = 16384),
                                     example = "\"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\"")
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        ApplicationDocuments.Download download = documents.download(id, documentId);
        DocumentView document = download.document();
        String etag = "\"" + document.sha256() + "\"";
        if (ifNoneMatch != null && Arrays.stream(ifNoneMatch.split(",")).map(String::strip)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*"))) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).build();
        }
        return Response.ok(download.content(), document.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(document.fileName()))
                .header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    /** An optional text field: blank is absent; control characters and lone surrogates are refused. */
    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        RequestText.firstUnacceptable(value, false).ifPresent(character -> {
            throw Problems.badRequest(field, field + " contains " + character);
        });
        String stripped = value.strip();
        if (stripped.codePointCount(0, stripped.length()) > max) {
            throw Problems.badRequest(field, field + " has more than " + max + " characters");
        }
        return stripped;
    }

    private static DocumentCategory category(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return DocumentCategory.named(value.strip()).orElseThrow(() -> Problems.badRequest("category",
                "category must be one of " + Arrays.toString(DocumentCategory.values()) + ", not " + value));
    }
}
