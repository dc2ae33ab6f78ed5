package cn.gov.shandong.circular.acceptance.application;

/** How far a project of the approved plan was completed when the park applied. */
public enum ProjectCompletion {
    /** 已完成 */
    COMPLETED,
    /** 部分完成 */
    PARTLY_COMPLETED,
    /** 未开工 */
    NOT_STARTED
}
