package cn.gov.shandong.circular.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** The programme document's attachments as transcribed in docs/ (copied into the test resources). */
final class Attachments {

    /** GB/T 2260 codes of the 17 cities of the 2018 programme. */
    static final Map<String, String> CITY_CODES = Map.ofEntries(
            Map.entry("济南市", "370100"), Map.entry("青岛市", "370200"), Map.entry("淄博市", "370300"),
            Map.entry("枣庄市", "370400"), Map.entry("东营市", "370500"), Map.entry("烟台市", "370600"),
            Map.entry("潍坊市", "370700"), Map.entry("济宁市", "370800"), Map.entry("泰安市", "370900"),
            Map.entry("威海市", "371000"), Map.entry("日照市", "371100"), Map.entry("莱芜市", "371200"),
            Map.entry("临沂市", "371300"), Map.entry("德州市", "371400"), Map.entry("聊城市", "371500"),
            Map.entry("滨州市", "371600"), Map.entry("菏泽市", "371700"));

    private Attachments() {
    }

    /** One park of Attachment 2. */
    record ScheduledPark(String code, String name, String cityCode, String cityName, int year, String level) {
    }

    /** Attachment 2: the 106 parks; sequence n is park code SDP%03d. */
    static List<ScheduledPark> attachment2() {
        return lines("attachment-2.tsv").stream().map(line -> {
            String[] f = line.split("\t");
            String cityCode = CITY_CODES.get(f[1]);
            if (cityCode == null) {
                throw new IllegalStateException("unknown city in attachment 2: " + line);
            }
            String level = switch (f[4]) {
                case "国家级" -> "NATIONAL";
                case "省级" -> "PROVINCIAL";
                default -> throw new IllegalStateException("unknown level in attachment 2: " + line);
            };
            return new ScheduledPark("SDP%03d".formatted(Integer.parseInt(f[0])), f[3], cityCode, f[1],
                    Integer.parseInt(f[2]), level);
        }).toList();
    }

    /**
     * Attachment 1: "province,全省合计,..." then one line per city "code,name,2018 t,n,p,2019 t,n,p,2020 t,n,p,
     * cumulative t,n,p", exactly as in the file.
     */
    static List<String> attachment1() {
        return lines("attachment-1.csv");
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Attachments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
