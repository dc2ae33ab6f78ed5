package cn.gov.shandong.circular.parks.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ZoneKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rows of a bulk import, checked on plain data (not a @QuarkusTest): every rejection with its row and field. */
class ImportRulesTest {

    private static final String HEADER = "园区名称/name,城市代码/cityCode,园区级别/level,园区类型/zoneKind,统一社会信用代码/unifiedSocialCreditCode\n";

    /** 东营, 烟台 and 莱芜 (abolished); the registry holds 明水经济技术开发区 and one credit code. */
    private static final ImportRules.Registry REGISTRY = new ImportRules.Registry() {
        final Map<String, ImportRules.City> cities = Map.of(
                "370500", new ImportRules.City("370500", "东营市", null, null),
                "370600", new ImportRules.City("370600", "烟台市", null, null),
                "371200", new ImportRules.City("371200", "莱芜市", LocalDate.parse("2019-01-09"), "370100"));

        @Override
        public Optional<ImportRules.City> city(String code) {
            return Optional.ofNullable(cities.get(code));
        }

        @Override
        public Optional<String> parkNamed(String name) {
            return "明水经济技术开发区".equals(name) ? Optional.of("SDP001") : Optional.empty();
        }

        @Override
        public Optional<String> parkWithCreditCode(String creditCode) {
            return "91350100M000100Y43".equals(creditCode) ? Optional.of("SDP107") : Optional.empty();
        }
    };

    private static ImportRules.Outcome check(String csv) {
        return ImportRules.check(CsvSheets.read(csv.getBytes(StandardCharsets.UTF_8)), REGISTRY);
    }

    @Test
    void validRowsBecomeCandidatesInFileOrderWithEnglishOrChineseValues() {
        ImportRules.Outcome outcome = check(HEADER
                + "东营港经济开发区,370500,PROVINCIAL,ECONOMIC_DEVELOPMENT_ZONE,91370100MA3C4FQX26\n"
                + "\"烟台化工产业园区, 北区\",370600,省级,工业园区,\n"
                + "烟台高新技术产业开发区,370600,国家级,高新区\n");
        assertThat(outcome.rejections()).isEmpty();
        assertThat(outcome.candidates()).extracting(ImportRules.Candidate::row).containsExactly(2, 3, 4);
        ImportRules.Candidate second = outcome.candidates().get(1);
        assertThat(second.name()).isEqualTo("烟台化工产业园区, 北区");
        assertThat(second.level()).isEqualTo(ParkLevel.PROVINCIAL);
        assertThat(second.zoneKind()).isEqualTo(ZoneKind.INDUSTRIAL_PARK);
        assertThat(second.creditCode()).isNull();
        assertThat(outcome.candidates().get(2).level()).isEqualTo(ParkLevel.NATIONAL);
        assertThat(outcome.candidates().get(2).zoneKind()).isEqualTo(ZoneKind.HIGH_TECH_INDUSTRIAL_DEVELOPMENT_ZONE);
        assertThat(outcome.candidates().get(0).creditCode()).isEqualTo("91370100MA3C4FQX26");
    }

    @Test
    void everyRejectionOfEveryRowIsListedWithItsRowFieldAndValueAndNothingPasses() {
        ImportRules.Outcome outcome = check(HEADER
                + "东营港经济开发区,370500,PROVINCIAL,ECONOMIC_DEVELOPMENT_ZONE,\n"        // 2: fine
                + ",379900,COUNTY,DEVELOPMENT_ZONE,91370100MA3C4FQX27\n"                   // 3: four rejections
                + "莱芜新园区,371200,PROVINCIAL,INDUSTRIAL_PARK,\n"                          // 4: abolished city
                + "园" + "区".repeat(100) + ",3705,national,INDUSTRIAL_PARK,\n");              // 5: too long, bad code
        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.candidates()).isEmpty();
        assertThat(outcome.rejections()).extracting(r -> r.row() + " " + r.field() + " " + r.value()).containsExactly(
                "3 name null",
                "3 cityCode 379900",
                "3 level COUNTY",
                "3 zoneKind DEVELOPMENT_ZONE",
                "3 unifiedSocialCreditCode 91370100MA3C4FQX27",
                "4 cityCode 371200",
                "5 name " + "园" + "区".repeat(98) + "…",
                "5 cityCode 3705");
        assertThat(outcome.rejections().get(5).message()).contains("莱芜市 was abolished on 2019-01-09").contains("370100");
        assertThat(outcome.rejections().get(4).message()).contains("check character 7").contains("expected 6");
        // level is checked case-insensitively: national is NATIONAL.
        assertThat(outcome.rejections()).noneMatch(r -> r.row() == 5 && r.field().equals("level"));
    }

    @Test
    void duplicatesInTheFileAndAgainstTheRegistryByNameAndCreditCode() {
        ImportRules.Outcome outcome = check(HEADER
                + "东营港经济开发区,370500,PROVINCIAL,ECONOMIC_DEVELOPMENT_ZONE,91370100MA3C4FQX26\n"   // 2
                + "明水经济技术开发区,370500,PROVINCIAL,ECONOMIC_DEVELOPMENT_ZONE,\n"                    // 3: in the registry
                + " 东营港经济开发区 ,370500,PROVINCIAL,ECONOMIC_DEVELOPMENT_ZONE,\n"                   // 4: as row 2, trimmed
                + "东营综合保税园区,370500,PROVINCIAL,INDUSTRIAL_PARK,91370100MA3C4FQX26\n"              // 5: credit code of row 2
                + "东营临港园区,370500,PROVINCIAL,INDUSTRIAL_PARK,91350100M000100Y43\n");              // 6: credit code of SDP107
        assertThat(outcome.rejections()).extracting(r -> r.row() + " " + r.field() + ": " + r.message()).containsExactly(
                "3 name: A park of this name is already registered as SDP001",
                "4 name: Row 2 has the same name",
                "5 unifiedSocialCreditCode: Row 2 has the same credit code",
                "6 unifiedSocialCreditCode: The park SDP107 already has this credit code");
    }

    @Test
    void theHeaderNeedsEveryRequiredColumnOnceAndNoUnknownOne() {
        assertThat(check("name,level,zoneKind,remarks\n东营港经济开发区,PROVINCIAL,INDUSTRIAL_PARK,x\n").rejections())
                .extracting(r -> r.row() + " " + r.field())
                .containsExactly("1 header", "1 cityCode");
        assertThat(check("name,cityCode,level,zoneKind,园区名称\n").rejections())
                .extracting(ImportRules.Rejection::message).containsExactly("Column name is named twice (columns 1 and 5)");
        // Bilingual, case- and space-insensitive headers; a blank header column with blank cells is left alone.
        assertThat(check("Name, CITY CODE,园区级别 (level),zone_kind,\n东营港经济开发区,370500,PROVINCIAL,INDUSTRIAL_PARK,\n")
                .candidates()).hasSize(1);
        // A value under no header is refused rather than dropped.
        assertThat(check("name,cityCode,level,zoneKind\n东营港经济开发区,370500,PROVINCIAL,INDUSTRIAL_PARK,多余\n")
                .rejections()).extracting(r -> r.row() + " " + r.field()).containsExactly("2 column 5");
        assertThat(check(HEADER).rejections()).extracting(ImportRules.Rejection::field).containsExactly("body");
    }

    @Test
    void csvWithBomCrlfQuotesAndBlankLinesCountsRowsAsTheFileDoes() {
        byte[] bytes = ("\uFEFF" + "name,cityCode,level,zoneKind\r\n\r\n"
                + "\"东营\"\"港\"\"园区\",370500,PROVINCIAL,INDUSTRIAL_PARK\r\n"
                + "东营临港园区,370500,PROVINCIAL,INDUSTRIAL_PARK").getBytes(StandardCharsets.UTF_8);
        ImportSheet sheet = CsvSheets.read(bytes);
        assertThat(sheet.header().cells()).containsExactly("name", "cityCode", "level", "zoneKind");
        assertThat(sheet.rows()).extracting(ImportSheet.Row::number).containsExactly(3, 4);
        assertThat(sheet.rows().get(0).cell(0)).isEqualTo("东营\"港\"园区");
    }

    @Test
    void aFileThatIsNotUtf8OrEndsInsideAQuoteOrHasTooManyRowsIsUnreadable() {
        assertThatThrownBy(() -> CsvSheets.read(new byte[] {'n', 'a', (byte) 0xC3, 0x28, '\n'}))
                .isInstanceOf(ImportSheet.Unreadable.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> CsvSheets.read("name\n\"open".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("inside a quoted cell");
        assertThatThrownBy(() -> CsvSheets.read(new byte[0])).hasMessageContaining("empty");
        String many = "name,cityCode,level,zoneKind\n" + "园区,370500,PROVINCIAL,INDUSTRIAL_PARK\n".repeat(ImportSheet.MAX_ROWS + 1);
        assertThatThrownBy(() -> CsvSheets.read(many.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportSheet.Unreadable.class, e -> assertThat(e.tooLarge).isTrue());
        assertThat(CsvSheets.read(("name,cityCode,level,zoneKind\n"
                + "园区,370500,PROVINCIAL,INDUSTRIAL_PARK\n".repeat(ImportSheet.MAX_ROWS)).getBytes(StandardCharsets.UTF_8))
                .rows()).hasSize(ImportSheet.MAX_ROWS);
    }

    @Test
    void namesWithControlCharactersAreRefused() {
        assertThat(check(HEADER + "东营\u0007园区,370500,PROVINCIAL,INDUSTRIAL_PARK,\n").rejections())
                .extracting(r -> r.field() + " " + r.message()).singleElement().asString().startsWith("name Holds U+0007");
        assertThat(List.of(ImportColumn.named("统一社会信用代码"), ImportColumn.named("备注")))
                .containsExactly(Optional.of(ImportColumn.CREDIT_CODE), Optional.empty());
    }
}
