package cn.gov.shandong.circular.parks.registry;

import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.events.ZoneKind;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What an import registered (201), or would register (dry run, 200).
 *
 * @param dryRun true when nothing was stored
 * @param parks  how many parks the file holds (all of them pass, or the answer is 422)
 * @param items  each park, in file order
 */
public record ImportResult(
        @Schema(example = "false") boolean dryRun,
        @Schema(minimum = "1", maximum = "10000", example = "2") int parks,
        @Schema(maxItems = 10000) List<ImportedPark> items) {

    /** One park of the file. */
    public record ImportedPark(
            @Schema(minimum = "2", maximum = "2147483647", example = "2", description = "Its row in the file")
            int row,
            @Schema(maxLength = 12, pattern = "^SDP\\d{3,9}$", example = "SDP107",
                    description = "The code assigned; null in a dry run (codes are assigned only when stored)")
            String code,
            @Schema(maxLength = 100, example = "东营港经济开发区") String name,
            @Schema(maxLength = 6, pattern = "^\\d{6}$", example = "370500") String cityCode,
            @Schema(maxLength = 50, example = "东营市") String cityName,
            ParkLevel level,
            ZoneKind zoneKind,
            @Schema(maxLength = 18, pattern = "^[0-9A-HJ-NPQRTUWXY]{18}$", example = "91370100MA3C4FQX26")
            String unifiedSocialCreditCode) {
    }
}
