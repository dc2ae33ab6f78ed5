package cn.gov.shandong.circular.reporting.export.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.reporting.export.ExportFormat;
import io.quarkiverse.resteasy.problem.HttpProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The format negotiation of the exports on its own: not a @QuarkusTest. */
class ExportNegotiationTest {

    @Test
    void formatWinsOverAcceptInAnyCase() {
        assertThat(ExportNegotiation.choose("csv", "application/json")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportNegotiation.choose(" XLSX ", "text/csv")).isEqualTo(ExportFormat.XLSX);
        assertThatThrownBy(() -> ExportNegotiation.choose("pdf", null)).isInstanceOf(HttpProblem.class)
                .satisfies(e -> assertThat(((HttpProblem) e).getStatusCode()).isEqualTo(400));
    }

    @Test
    void withoutFormatAcceptChoosesAndXlsxIsTheDefault() {
        assertThat(ExportNegotiation.choose(null, null)).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportNegotiation.choose("", "*/*")).isEqualTo(ExportFormat.XLSX);
        assertThat(ExportNegotiation.choose(null, "text/csv")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportNegotiation.choose(null, "text/*")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportNegotiation.choose(null, ExportFormat.XLSX_TYPE + ";q=0.5, text/csv")).isEqualTo(ExportFormat.CSV);
        assertThat(ExportNegotiation.choose(null, ExportFormat.XLSX_TYPE + ", text/csv;q=0.9")).isEqualTo(ExportFormat.XLSX);
        // The most specific range decides: */* takes XLSX, text/csv;q=0 refuses CSV.
        assertThat(ExportNegotiation.choose(null, "text/csv;q=0, */*")).isEqualTo(ExportFormat.XLSX);
    }

    @Test
    void anAcceptThatTakesNeitherIs406() {
        for (String accept : List.of("application/json", "text/html", "*/*;q=0", "garbage", "application/json;q=abc",
                "text/csv;q=abc")) {
            assertThatThrownBy(() -> ExportNegotiation.choose(null, accept)).as(accept).isInstanceOf(HttpProblem.class)
                    .satisfies(e -> assertThat(((HttpProblem) e).getStatusCode()).isEqualTo(406));
        }
    }
}
