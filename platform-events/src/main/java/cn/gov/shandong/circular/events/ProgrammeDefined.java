package cn.gov.shandong.circular.events;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code plan.programme-defined}: the province created or changed a programme; carries its whole
 * current definition, so the newest event of a programme replaces the earlier ones. Keyed by the
 * programme's code, so one programme's definitions stay in order.
 *
 * <p>The goal shares are what reporting measures the programme against: by the end year, this
 * share of the national-level parks and of the provincial-level parks (1.00 = all, 0.50 = at least half,
 * rounded up to whole parks).
 *
 * @param programmeCode         e.g. 2021-2025
 * @param document              the issuing document's number, e.g. 鲁经信循〔2018〕336号
 * @param goalStatement         the goal in the programme's own words; null when not given
 * @param status                DRAFT, ACTIVE or CLOSED
 */
public record ProgrammeDefined(String programmeCode, String name, String document, Integer startYear, Integer endYear,
                               BigDecimal nationalGoalShare, BigDecimal provincialGoalShare, String goalStatement,
                               ProgrammeStatus status) implements PlansEvent {

    public static final String TYPE = "plan.programme-defined";
    public static final int NAME_MAX = 200;
    public static final int DOCUMENT_MAX = 100;
    public static final int GOAL_STATEMENT_MAX = 500;

    public ProgrammeDefined {
        Check.of(TYPE)
                .programmeCode(programmeCode)
                .text("name", name, NAME_MAX)
                .text("document", document, DOCUMENT_MAX)
                .between("startYear", startYear, ParkScheduled.YEAR_MIN, ParkScheduled.YEAR_MAX, false)
                .between("endYear", endYear, ParkScheduled.YEAR_MIN, ParkScheduled.YEAR_MAX, false)
                .rule(startYear == null || endYear == null || startYear <= endYear, "startYear is after endYear")
                .share("nationalGoalShare", nationalGoalShare)
                .share("provincialGoalShare", provincialGoalShare)
                .optionalText("goalStatement", goalStatement, GOAL_STATEMENT_MAX)
                .present("status", status)
                .orThrow();
        // Two decimals always, as the shares are written (1.00, 0.50), so equal shares are equal records.
        nationalGoalShare = nationalGoalShare.setScale(2, RoundingMode.UNNECESSARY);
        provincialGoalShare = provincialGoalShare.setScale(2, RoundingMode.UNNECESSARY);
    }

    @Override
    public String key() {
        return programmeCode;
    }

    @Override
    public String type() {
        return TYPE;
    }
}
