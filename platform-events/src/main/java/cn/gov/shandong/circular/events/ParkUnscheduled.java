package cn.gov.shandong.circular.events;

/**
 * {@code plan.park-unscheduled}: the province took a park out of a programme, with its reason; the
 * park no longer counts among the programme's planned parks. A later {@code plan.park-scheduled}
 * of the same programme and park puts it back.
 *
 * @param previousYear the year the park had been scheduled for
 */
public record ParkUnscheduled(String programmeCode, String parkCode, Integer previousYear, String reason)
        implements PlansEvent.AboutPark {

    public static final String TYPE = "plan.park-unscheduled";
    public static final int REASON_MAX = 500;

    public ParkUnscheduled {
        Check.of(TYPE)
                .programmeCode(programmeCode)
                .parkCode(parkCode)
                .between("previousYear", previousYear, ParkScheduled.YEAR_MIN, ParkScheduled.YEAR_MAX, false)
                .text("reason", reason, REASON_MAX)
                .orThrow();
    }

    @Override
    public String type() {
        return TYPE;
    }
}
