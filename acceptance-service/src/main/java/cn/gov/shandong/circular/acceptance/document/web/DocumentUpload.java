package cn.gov.shandong.circular.acceptance.document.web;

import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.resteasy.reactive.PartType;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The multipart form of an upload: the file, and optionally a title and a category. */
@Schema(name = "DocumentUpload", description = "multipart/form-data with the file and, optionally, a title and a category")
public class DocumentUpload {

    @RestForm("file")
    @Schema(type = SchemaType.STRING, format = "binary", required = true, maxLength = 20971520,
            description = "The document: PDF, Word, Excel, PowerPoint (OOXML or the legacy formats), PNG or JPEG, "
                    + "at most 20 MiB; its type is read from the content, and a file name's extension must agree",
            example = "%PDF-1.7 ...")
    public FileUpload file;

    @RestForm("title")
    @PartType(MediaType.TEXT_PLAIN)
    @Schema(description = "A title (UTF-8 text, no control characters)", example = "2020年度循环化改造验收报告",
            maxLength = 200)
    public String title;

    @RestForm("category")
    @PartType(MediaType.TEXT_PLAIN)
    @Schema(type = SchemaType.STRING, description = "What the document is; OTHER when left out",
            enumeration = {"ACCEPTANCE_REPORT", "MONITORING_DATA", "PROJECT_EVIDENCE", "OTHER"}, maxLength = 17,
            example = "ACCEPTANCE_REPORT")
    public String category;
}
