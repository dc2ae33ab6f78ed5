package cn.gov.shandong.circular.plans.implementation;

/** A project's state as the plan gives it. */
public enum ProjectStatus {
    /** 计划 */
    PLANNED,
    /** 在建 */
    UNDER_CONSTRUCTION,
    /** 建成 */
    COMPLETED
}
