package cn.gov.shandong.circular.plans.approval;

import java.util.EnumSet;
import java.util.Set;

/**
 * A workflow's own names for the {@link ApprovalStage}s (the values its API writes and its table's check
 * constraint lists). The moves are the stages' moves: one machine, several vocabularies.
 *
 * @param <S> the workflow's status enum
 */
public interface ApprovalState<S extends Enum<S> & ApprovalState<S>> {

    /** The stage of the one lifecycle this state is. */
    ApprovalStage stage();

    default boolean canMoveTo(S next) {
        return ApprovalStage.TABLE.allows(stage(), next.stage());
    }

    /** Only a draft or a returned version may have its content changed. */
    default boolean isEditable() {
        return stage().isEditable();
    }

    /** A version still on its way; at most one per series. */
    default boolean isOpen() {
        return stage().isOpen();
    }

    /** The version in force (approved, acknowledged). */
    default boolean isInForce() {
        return stage() == ApprovalStage.IN_FORCE;
    }

    /** The states of versions on their way. */
    static <S extends Enum<S> & ApprovalState<S>> Set<S> open(Class<S> type) {
        EnumSet<S> open = EnumSet.noneOf(type);
        for (S state : type.getEnumConstants()) {
            if (state.isOpen()) {
                open.add(state);
            }
        }
        return open;
    }

    /** The workflow's name for a stage: each stage has exactly one. */
    static <S extends Enum<S> & ApprovalState<S>> S of(Class<S> type, ApprovalStage stage) {
        S found = null;
        for (S state : type.getEnumConstants()) {
            if (state.stage() == stage) {
                if (found != null) {
                    throw new IllegalStateException(type.getSimpleName() + " names stage " + stage + " twice");
                }
                found = state;
            }
        }
        if (found == null) {
            throw new IllegalStateException(type.getSimpleName() + " does not name stage " + stage);
        }
        return found;
    }
}
