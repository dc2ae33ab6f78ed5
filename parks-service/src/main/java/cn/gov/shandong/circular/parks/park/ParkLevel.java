package cn.gov.shandong.circular.parks.park;

/** 园区类别: the level at which the park was approved. */
public enum ParkLevel {
    /** 国家级 */
    NATIONAL,
    /** 省级 */
    PROVINCIAL
}
