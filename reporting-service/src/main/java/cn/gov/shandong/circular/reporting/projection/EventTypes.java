package cn.gov.shandong.circular.reporting.projection;

/** The event types the projections are built from; every other type is only logged. */
public final class EventTypes {
    public static final String PARK_REGISTERED = "park.registered";
    public static final String PARK_SCHEDULED = "plan.park-scheduled";
    public static final String ACCEPTANCE_FILED = "acceptance.filed";

    private EventTypes() {
    }
}
