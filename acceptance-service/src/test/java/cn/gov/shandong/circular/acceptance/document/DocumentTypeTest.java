package cn.gov.shandong.circular.acceptance.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a supporting document is, read from its bytes alone (not a @QuarkusTest). */
class DocumentTypeTest {

    @Test
    void pdfPngAndJpegAreKnownByTheirMagicBytes() {
        assertThat(DocumentType.of(SampleFiles.pdf("report"))).contains(DocumentType.PDF);
        assertThat(DocumentType.of(SampleFiles.png())).contains(DocumentType.PNG);
        assertThat(DocumentType.of(SampleFiles.jpeg())).contains(DocumentType.JPEG);
    }

    @Test
    void officeOpenXmlIsAZipWithContentTypesAndTheMainPartsFolder() {
        assertThat(DocumentType.of(SampleFiles.ooxml("word/", true))).contains(DocumentType.DOCX);
        assertThat(DocumentType.of(SampleFiles.ooxml("xl/", true))).contains(DocumentType.XLSX);
        assertThat(DocumentType.of(SampleFiles.ooxml("ppt/", true))).contains(DocumentType.PPTX);
        assertThat(DocumentType.of(SampleFiles.ooxml("word/", false))).isEmpty();
        assertThat(DocumentType.of(SampleFiles.ooxml("src/", true))).isEmpty();
    }

    @Test
    void legacyOfficeFilesAreKnownByTheStreamsInTheirCompoundFileDirectory() {
        assertThat(DocumentType.of(SampleFiles.compoundFile("WordDocument"))).contains(DocumentType.DOC);
        assertThat(DocumentType.of(SampleFiles.compoundFile("Workbook"))).contains(DocumentType.XLS);
        assertThat(DocumentType.of(SampleFiles.compoundFile("PowerPoint Document"))).contains(DocumentType.PPT);
        assertThat(DocumentType.of(SampleFiles.compoundFile("Something Else"))).isEmpty();
        byte[] truncated = java.util.Arrays.copyOf(SampleFiles.compoundFile("WordDocument"), 600);
        assertThat(DocumentType.of(truncated)).isEmpty();
    }

    @Test
    void textHtmlAndEmptyContentAreNoDocumentWhateverTheirName() {
        assertThat(DocumentType.of("这不是PDF，只是文本。".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentType.of("<html><body>%PDF-</body></html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentType.of(new byte[0])).isEqualTo(Optional.empty());
        assertThat(DocumentType.of(new byte[]{'P', 'K', 3, 4, 0})).isEmpty();
    }

    @Test
    void aNamesExtensionMustAgreeWithTheContentButMayBeAbsent() {
        assertThat(DocumentType.PDF.agreesWith("验收报告.PDF")).isTrue();
        assertThat(DocumentType.JPEG.agreesWith("现场照片.jpeg")).isTrue();
        assertThat(DocumentType.PDF.agreesWith("验收报告")).isTrue();
        assertThat(DocumentType.PNG.agreesWith("验收报告.pdf")).isFalse();
    }

    @Test
    void storedNamesLoseTheirPathControlsAndForbiddenCharacters() {
        assertThat(FileNames.sanitise("C:\\Users\\园区\\验收报告.pdf", "document.pdf")).isEqualTo("验收报告.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd", "document.pdf")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("报\u0000告\u202E.pdf", "document.pdf")).isEqualTo("报告.pdf");
        assertThat(FileNames.sanitise("...", "document.pdf")).isEqualTo("document.pdf");
        assertThat(FileNames.sanitise(null, "document.png")).isEqualTo("document.png");
        assertThat(FileNames.sanitise("长".repeat(300) + ".pdf", "d.pdf")).hasSize(FileNames.MAX);
    }

    @Test
    void aDownloadNamesTheFileInUtf8AndInAscii() {
        assertThat(FileNames.contentDisposition("桓台 验收报告(终稿).pdf")).isEqualTo(
                "attachment; filename=\"__ ____(__).pdf\"; filename*=UTF-8''"
                        + "%E6%A1%93%E5%8F%B0%20%E9%AA%8C%E6%94%B6%E6%8A%A5%E5%91%8A%28%E7%BB%88%E7%A8%BF%29.pdf");
        assertThat(FileNames.contentDisposition("a\"b.pdf")).startsWith("attachment; filename=\"a_b.pdf\"");
    }
}
