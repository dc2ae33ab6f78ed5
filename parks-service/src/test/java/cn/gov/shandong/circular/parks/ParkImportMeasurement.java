package cn.gov.shandong.circular.parks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import cn.gov.shandong.circular.common.testing.TestTokens;
import cn.gov.shandong.circular.parks.registry.CreditCode;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The figure of docs/measurements.md, "Bulk import of the registry": 2,000 parks with credit codes as CSV, a dry run
 * then the real import. Not part of the normal run (it adds 2,000 parks that other tests would list): its name is
 * outside surefire's test patterns, so only an explicit
 * {@code ./mvnw -q -pl parks-service -am test -Dtest=ParkImportMeasurement -Dsurefire.failIfNoSpecifiedTests=false} runs it.
 */
@QuarkusTest
class ParkImportMeasurement {

    private static final List<String> CITIES = List.of("370300", "370400", "370500", "370600", "370700", "370800",
            "370900", "371000", "371100", "371300", "371400", "371500", "371600", "371700");

    @Test
    void twoThousandParks() {
        int parks = 2_000;
        StringBuilder csv = new StringBuilder("园区名称/name,城市代码/cityCode,园区级别/level,园区类型/zoneKind,"
                + "统一社会信用代码/unifiedSocialCreditCode\n");
        for (int i = 1; i <= parks; i++) {
            String first17 = String.format("91370000MA%07d", i);
            csv.append("测量导入园区").append(String.format("%04d", i)).append(',').append(CITIES.get(i % CITIES.size()))
                    .append(",PROVINCIAL,INDUSTRIAL_PARK,").append(first17).append(CreditCode.checkCharacter(first17))
                    .append('\n');
        }
        byte[] body = csv.toString().getBytes(StandardCharsets.UTF_8);
        // One warm-up dry run of a small file, so that the figures are not the first request's class loading.
        ParkImportTest.postCsv(TestTokens.provinceAdmin(), "?dryRun=true",
                "name,cityCode,level,zoneKind\n测量预热园区,370300,PROVINCIAL,INDUSTRIAL_PARK\n".getBytes(StandardCharsets.UTF_8))
                .statusCode(200);
        long started = System.nanoTime();
        ParkImportTest.postCsv(TestTokens.provinceAdmin(), "?dryRun=true", body).statusCode(200).body("parks", is(parks));
        long dry = System.nanoTime() - started;
        started = System.nanoTime();
        ParkImportTest.postCsv(TestTokens.provinceAdmin(), "", body).statusCode(201).body("parks", is(parks));
        long real = System.nanoTime() - started;
        System.out.printf("registry import of %d parks (%d bytes of CSV): dry run %d ms, import %d ms%n",
                parks, body.length, dry / 1_000_000, real / 1_000_000);
        assertThat(real).isPositive();
    }
}
