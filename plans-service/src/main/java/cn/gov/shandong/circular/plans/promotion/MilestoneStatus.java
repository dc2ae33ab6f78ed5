package cn.gov.shandong.circular.plans.promotion;

/** Whether a milestone (时间节点) is still planned or done; a planned one past its date is late. */
public enum MilestoneStatus {
    /** 计划: not done yet. */
    PLANNED,
    /** 已完成: done on the day recorded. */
    DONE
}
