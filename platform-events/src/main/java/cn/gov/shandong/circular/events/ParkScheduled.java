package cn.gov.shandong.circular.events;

import java.util.regex.Pattern;

/**
 * {@code plan.park-scheduled}: a programme scheduled the year by which a park completes its circular
 * transformation (a later one for the same programme and park replaces the earlier year).
 *
 * @param programmeCode the programme, by its years (e.g. 2018-2020 for 鲁经信循〔2018〕336号)
 * @param parkCode      the park's code, record key
 * @param year          the year by which the park is to complete, within the programme's years
 */
public record ParkScheduled(String programmeCode, String parkCode, Integer year) implements PlansEvent.AboutPark {

    public static final String TYPE = "plan.park-scheduled";
    public static final int YEAR_MIN = 2000;
    public static final int YEAR_MAX = 2100;
    private static final Pattern PROGRAMME_CODE = Pattern.compile("[0-9]{4}-[0-9]{4}");

    public ParkScheduled {
        Check.of(TYPE)
                .matches("programmeCode", programmeCode, PROGRAMME_CODE, 9, "a programme code such as 2018-2020")
                .parkCode(parkCode)
                .between("year", year, YEAR_MIN, YEAR_MAX, false)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
