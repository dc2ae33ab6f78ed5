package cn.gov.shandong.circular.reporting.projection;

/** A park's level as parks-service publishes it: 国家级 or 省级. */
public enum ParkLevel {
    NATIONAL,
    PROVINCIAL
}
