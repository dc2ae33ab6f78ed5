package cn.gov.shandong.circular.events;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code acceptance.filed}: the province filed a passed application (备案); the park's circular
 * transformation is complete. Carries city and level so that reporting needs no other event to
 * count the park as completed.
 *
 * @param filedAt      when the province filed it (serialised as an ISO-8601 instant)
 * @param filingNumber the filing number (备案号) such as 鲁园循备〔2019〕第7号, unique and gapless within the
 *                     filing year; absent in filings made before filings were numbered
 */
public record AcceptanceFiled(UUID applicationId, String parkCode, String cityCode, ParkLevel level,
                              Instant filedAt, String filingNumber) implements AcceptanceEvent.AboutApplication {

    /** 鲁园循备〔YYYY〕第N号 */
    public static final java.util.regex.Pattern FILING_NUMBER = java.util.regex.Pattern.compile("鲁园循备〔[0-9]{4}〕第[1-9][0-9]{0,5}号");

    public static final String TYPE = "acceptance.filed";

    public AcceptanceFiled {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("level", level)
                .present("filedAt", filedAt)
                .rule(filingNumber == null || FILING_NUMBER.matcher(filingNumber).matches(),
                        "filingNumber " + filingNumber + " is not of the form 鲁园循备〔2019〕第7号")
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
