package cn.gov.shandong.circular.common.security;

/** Realm roles of the Keycloak realm {@code circular-parks} (see deploy/keycloak). */
public final class Roles {
    public static final String PROVINCE_ADMIN = "province-admin";
    public static final String CITY_OFFICER = "city-officer";
    public static final String PARK_MANAGER = "park-manager";
    public static final String EXPERT = "expert";
    public static final String AUDITOR = "auditor";
    public static final String INTEGRATION = "integration";
    /** The joint meeting's member departments (联席会议: 发展改革委, 科技厅, 财政厅, 商务厅): reads the reports. */
    public static final String JOINT_MEETING = "joint-meeting";

    private Roles() {
    }
}
