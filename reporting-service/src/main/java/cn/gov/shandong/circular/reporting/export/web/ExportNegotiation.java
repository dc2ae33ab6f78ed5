package cn.gov.shandong.circular.reporting.export.web;

import cn.gov.shandong.circular.common.web.Problems;
import cn.gov.shandong.circular.reporting.export.ExportFormat;
import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.Locale;

/**
 * HTTP content negotiation of an export: {@code format=xlsx|csv}, else the {@code Accept} header (XLSX when the
 * client accepts anything or says nothing). Used by the export resources only.
 */
public final class ExportNegotiation {

    private ExportNegotiation() {
    }

    /**
     * The format a request asks for: {@code format} when given (it wins over Accept, so that a link in a browser
     * or a client that always sends Accept: application/json can choose), else the one of the two the Accept
     * header prefers (q-values; XLSX on a tie, for an absent or blank header, and for * / *).
     *
     * @throws HttpProblem 400 for another format, 406 when Accept takes neither
     */
    public static ExportFormat choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(Locale.ROOT)) {
                case "xlsx" -> ExportFormat.XLSX;
                case "csv" -> ExportFormat.CSV;
                default -> throw Problems.badRequest("format", "format must be xlsx or csv, not " + format.trim());
            };
        }
        if (accept == null || accept.isBlank()) {
            return ExportFormat.XLSX;
        }
        double xlsx = quality(accept, ExportFormat.XLSX.mediaType());
        double csv = quality(accept, ExportFormat.CSV.mediaType());
        if (xlsx <= 0 && csv <= 0) {
            throw HttpProblem.builder()
                    .withType(URI.create(Problems.TYPE_PREFIX + "not-acceptable"))
                    .withStatus(406)
                    .withTitle("Not acceptable")
                    .withDetail("This export is " + ExportFormat.XLSX.mediaType() + " or " + ExportFormat.CSV.mediaType()
                            + "; say which with format=xlsx or format=csv, or in Accept")
                    .build();
        }
        return csv > xlsx ? ExportFormat.CSV : ExportFormat.XLSX;
    }

    /**
     * The q-value Accept gives {@code type}: that of its most specific matching range (type/subtype, then
     * type/*, then * / *), 0 when none matches. A range whose parameters cannot be read is ignored.
     */
    static double quality(String accept, String type) {
        String major = type.substring(0, type.indexOf('/'));
        // The highest q per specificity: [*/*, type/*, type/subtype]; -1 where no range matched.
        double[] quality = {-1, -1, -1};
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            String name = parts[0].trim().toLowerCase(Locale.ROOT);
            int specificity = name.equals(type) ? 2 : name.equals(major + "/*") ? 1 : name.equals("*/*") ? 0 : -1;
            if (specificity < 0) {
                continue;
            }
            double q = 1;
            boolean readable = true;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim();
                if (parameter.regionMatches(true, 0, "q=", 0, 2)) {
                    try {
                        q = Double.parseDouble(parameter.substring(2).trim());
                        readable = q >= 0 && q <= 1;
                    } catch (NumberFormatException e) {
                        readable = false;
                    }
                }
            }
            if (readable) {
                quality[specificity] = Math.max(quality[specificity], q);
            }
        }
        for (int specificity = 2; specificity >= 0; specificity--) {
            if (quality[specificity] >= 0) {
                return quality[specificity];
            }
        }
        return 0;
    }
}
