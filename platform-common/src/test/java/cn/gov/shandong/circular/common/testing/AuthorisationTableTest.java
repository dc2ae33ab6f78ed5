package cn.gov.shandong.circular.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.common.testing.AuthorisationMatrix.Row;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/authorisation.md, read as the services' matrices read it (not a @QuarkusTest): every row parses,
 * and the "Size" table states what the rows add up to.
 */
class AuthorisationTableTest {

    private static final List<String> SERVICES = List.of("parks-service", "plans-service", "acceptance-service",
            "reporting-service");
    private static final Pattern SIZE_ROW = Pattern.compile("^\\| ([a-z-]+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$", Pattern.MULTILINE);

    @Test
    void theSizeTableStatesOperationsRowsAndCellsOfEachService() {
        String table = AuthorisationMatrix.read(Path.of(AuthorisationMatrix.DEFAULT_TABLE));
        Map<String, List<Integer>> stated = new LinkedHashMap<>();
        Matcher sizes = SIZE_ROW.matcher(table);
        while (sizes.find()) {
            stated.put(sizes.group(1), List.of(Integer.parseInt(sizes.group(2)), Integer.parseInt(sizes.group(3)),
                    Integer.parseInt(sizes.group(4))));
        }
        Map<String, List<Integer>> counted = new LinkedHashMap<>();
        int operations = 0;
        int rows = 0;
        for (String service : SERVICES) {
            List<Row> of = AuthorisationMatrix.rowsOf(table, service);
            int distinct = (int) of.stream().map(Row::operation).distinct().count();
            counted.put(service, List.of(distinct, of.size(), of.size() * AuthorisationMatrix.CALLERS.size()));
            operations += distinct;
            rows += of.size();
        }
        counted.put("total", List.of(operations, rows, rows * AuthorisationMatrix.CALLERS.size()));
        assertThat(stated).isEqualTo(counted);
    }
}
