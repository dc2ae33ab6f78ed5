package cn.gov.shandong.circular.parks.park;

/** The kind of zone a park is (from its official name). */
public enum ZoneKind {
    /** 经济技术开发区 */
    ECONOMIC_AND_TECHNOLOGICAL_DEVELOPMENT_ZONE,
    /** 高新技术产业开发区 (高新区) */
    HIGH_TECH_INDUSTRIAL_DEVELOPMENT_ZONE,
    /** 经济开发区 */
    ECONOMIC_DEVELOPMENT_ZONE,
    /** 工业园区 / 产业园区 */
    INDUSTRIAL_PARK
}
