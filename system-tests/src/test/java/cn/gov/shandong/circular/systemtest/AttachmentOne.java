package cn.gov.shandong.circular.systemtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attachment 1 of the programme document, as transcribed in docs/attachment-1.csv: the independent
 * check of the planned counts (the seed comes from Attachment 2).
 */
final class AttachmentOne {

    /** Row ("province" or a city code) to its 12 cells: 2018 t/n/p, 2019 t/n/p, 2020 t/n/p, cumulative t/n/p. */
    static Map<String, List<Integer>> rows() {
        try {
            Map<String, List<Integer>> rows = new LinkedHashMap<>();
            for (String line : Files.readAllLines(LocalPlatform.ROOT.resolve("docs/attachment-1.csv"),
                    StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",");
                rows.put(cells[0], java.util.Arrays.stream(cells, 2, 14).map(Integer::valueOf).toList());
            }
            return rows;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private AttachmentOne() {
    }
}
