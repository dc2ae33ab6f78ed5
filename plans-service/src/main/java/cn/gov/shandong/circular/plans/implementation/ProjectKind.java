package cn.gov.shandong.circular.plans.implementation;

/** The kinds of project a circular-transformation plan lists (重点项目类别). */
public enum ProjectKind {
    /** 产业链补链 */
    INDUSTRIAL_CHAIN_LINKING,
    /** 能量梯级利用 */
    ENERGY_CASCADE_USE,
    /** 水循环利用 */
    WATER_RECYCLING,
    /** 固废资源化利用 */
    SOLID_WASTE_RECOVERY,
    /** 基础设施 */
    INFRASTRUCTURE,
    /** 公共服务平台 */
    PUBLIC_SERVICE_PLATFORM,
    /** 其他 */
    OTHER
}
