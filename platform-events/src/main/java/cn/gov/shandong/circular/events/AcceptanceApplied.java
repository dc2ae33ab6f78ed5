package cn.gov.shandong.circular.events;

import java.util.List;
import java.util.UUID;

/**
 * {@code acceptance.applied}: a park management committee applied for acceptance of its circular
 * transformation; city and level are the park's when it applied.
 *
 * @param summary       the park's summary of what it achieved
 * @param programmeCode the programme whose approved implementation plan the application answers; absent in
 *                      applications made before applications named their plan
 * @param achievements  the value achieved for every indicator of that plan (empty in those older applications)
 */
public record AcceptanceApplied(UUID applicationId, String parkCode, String cityCode, ParkLevel level,
                                String summary, String programmeCode, List<IndicatorAchievement> achievements)
        implements AcceptanceEvent.AboutApplication {

    public static final String TYPE = "acceptance.applied";

    public AcceptanceApplied {
        Check.of(TYPE)
                .present("applicationId", applicationId)
                .parkCode(parkCode)
                .cityCode(cityCode)
                .present("level", level)
                .text("summary", summary, Check.TEXT_MAX)
                .rule(programmeCode == null || Check.PROGRAMME_CODE.matcher(programmeCode).matches(),
                        "programmeCode " + programmeCode + " is not a programme code such as 2018-2020")
                .rule(achievements == null || achievements.stream().noneMatch(java.util.Objects::isNull),
                        "achievements has a null")
                .rule(achievements == null || achievements.stream().map(IndicatorAchievement::indicator).distinct()
                        .count() == achievements.size(), "achievements names an indicator twice")
                .orThrow();
        achievements = achievements == null ? List.of() : List.copyOf(achievements);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
