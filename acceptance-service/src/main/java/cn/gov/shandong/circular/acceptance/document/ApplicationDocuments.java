package cn.gov.shandong.circular.acceptance.document;

import cn.gov.shandong.circular.acceptance.application.AcceptanceApplication;
import cn.gov.shandong.circular.acceptance.application.AcceptanceApplications;
import cn.gov.shandong.circular.acceptance.application.ApplicationStatus;
import cn.gov.shandong.circular.common.domain.IllegalTransition;
import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.AcceptanceDocumentAttached;
import cn.gov.shandong.circular.events.DocumentCategory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Supporting documents of acceptance applications: the park's manager attaches them while the city has
 * not decided (the application is submitted or returned); everyone whose scope covers the park reads
 * them. An upload is checked whole before anything is written; the document, its bytes and
 * {@code acceptance.document-attached} are then written in one transaction.
 */
@ApplicationScoped
public class ApplicationDocuments {

    /** The largest document stored: 20 MiB (decision 39). */
    public static final long MAX_SIZE_BYTES = AcceptanceDocumentAttached.MAX_SIZE_BYTES;
    /** While the park may still change its application, it may add documents to it. */
    private static final Set<ApplicationStatus> OPEN_TO_THE_PARK = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.RETURNED);

    @Inject
    EntityManager entityManager;

    @Inject
    EventOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    AcceptanceApplications applications;

    @Inject
    ProvinceClock clock;

    /** An uploaded file as the form brought it (still in Quarkus' temporary upload file). */
    public record Upload(Path file, long size, String fileName, String title, DocumentCategory category) {
    }

    /** A document's bytes and what to send them as. */
    public record Download(DocumentView document, byte[] content) {
    }

    @Transactional
    public DocumentView attach(UUID applicationId, Upload upload) {
        // The park's own application only; another park's is "not found", as for every write to it. Locked,
        // so that a review deciding it meanwhile waits for the upload or is seen by it.
        AcceptanceApplication application = AcceptanceApplication.findById(applicationId,
                LockModeType.PESSIMISTIC_WRITE);
        if (application == null || !caller.parkCode().map(application.parkCode::equals).orElse(false)) {
            throw new NotFound("Application", applicationId);
        }
        requireOpen(application);
        if (upload.size() > MAX_SIZE_BYTES) {
            throw RuleViolated.tooLarge("file", "The file has " + upload.size() + " bytes; a document may have at most "
                    + MAX_SIZE_BYTES + " (20 MiB)");
        }
        if (upload.size() == 0) {
            throw RuleViolated.invalid("file", "The file is empty");
        }
        byte[] content = read(upload.file());
        DocumentType type = DocumentType.of(content).orElseThrow(() -> RuleViolated.unsupportedContent("file",
                "The file is not a PDF, Word, Excel or PowerPoint document, PNG or JPEG image (read from its content)"));
        String fileName = FileNames.sanitise(upload.fileName(), "document." + type.extensions().get(0));
        if (!type.agreesWith(fileName)) {
            throw RuleViolated.unsupportedContent("file", "The file's content is " + type.mediaType()
                    + " but its name " + fileName + " says otherwise");
        }

        ApplicationDocument document = new ApplicationDocument();
        document.id = UUID.randomUUID();
        document.applicationId = application.id;
        document.parkCode = application.parkCode;
        document.cityCode = application.cityCode;
        document.title = upload.title();
        document.category = upload.category() == null ? DocumentCategory.OTHER : upload.category();
        document.fileName = fileName;
        document.mediaType = type.mediaType();
        document.sizeBytes = content.length;
        document.sha256 = sha256(content);
        document.uploadedBy = caller.username();
        document.uploadedAt = clock.nowUtc();
        document.persist();
        DocumentContent bytes = new DocumentContent();
        bytes.documentId = document.id;
        bytes.content = content;
        bytes.persist();
        // The application's material changed: a new version, so a review's If-Match of the old one sees it.
        entityManager.lock(application, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        entityManager.flush();
        outbox.record(new AcceptanceDocumentAttached(application.id, application.parkCode, application.cityCode,
                document.id, document.fileName, document.mediaType, document.sizeBytes, document.sha256,
                document.category));
        return DocumentView.of(document);
    }

    /** The application's documents, oldest first, if the caller may see the application. */
    @Transactional
    public List<DocumentView> list(UUID applicationId) {
        visible(applicationId);
        return ApplicationDocument.<ApplicationDocument>list("applicationId = ?1 order by uploadedAt, id", applicationId)
                .stream().map(DocumentView::of).toList();
    }

    /** One document with its bytes, if the caller may see its application. */
    @Transactional
    public Download download(UUID applicationId, UUID documentId) {
        visible(applicationId);
        ApplicationDocument document = ApplicationDocument.findById(documentId);
        if (document == null || !document.applicationId.equals(applicationId)) {
            throw new NotFound("Document", documentId);
        }
        DocumentContent content = DocumentContent.findById(documentId);
        return new Download(DocumentView.of(document), content.content);
    }

    /** Visible as the application is: within the caller's scope, and for an expert through a panel seat. */
    private void visible(UUID applicationId) {
        applications.seen(applicationId);
    }

    private static void requireOpen(AcceptanceApplication application) {
        if (!OPEN_TO_THE_PARK.contains(application.status)) {
            throw new IllegalTransition("Application " + application.id + " is " + application.status
                    + "; documents are attached while it is SUBMITTED or RETURNED");
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the uploaded file", e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
