package cn.gov.shandong.circular.acceptance.park;

/** 园区类别: the level at which the park was approved (as parks-service publishes it). */
public enum ParkLevel {
    /** 国家级 */
    NATIONAL,
    /** 省级 */
    PROVINCIAL
}
