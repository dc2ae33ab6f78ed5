package cn.gov.shandong.circular.plans.supervision;

/**
 * Where an action a supervision visit required stands, and the only place that says which moves are
 * allowed: {@code OPEN --an officer of the park's city records its resolution--> RESOLVED}, once.
 * Keep in step with V6's status check and its trigger {@code supervision_action_resolved_once}.
 */
public enum ActionStatus {
    /** 待整改: the park has yet to do it. */
    OPEN,
    /** 已整改: the city found it done and recorded how; final. */
    RESOLVED;

    public boolean canMoveTo(ActionStatus next) {
        return this == OPEN && next == RESOLVED;
    }
}
