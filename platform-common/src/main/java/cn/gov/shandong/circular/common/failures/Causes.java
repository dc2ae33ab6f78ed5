package cn.gov.shandong.circular.common.failures;

import java.util.ArrayDeque;
import org.hibernate.exception.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every exception behind a failure: the failure itself, its causes and its suppressed exceptions, each
 * once, nearest first. Suppressed ones matter: a commit whose connection was cut arrives as Narayana's
 * {@code RollbackException} with the driver's error under a suppressed {@code XAException}, and a send
 * SmallRye retried as "Retries exhausted" with the Kafka error suppressed, so a walk along
 * {@code getCause()} alone misses the one exception that says what happened.
 */
public final class Causes {

    private Causes() {
    }

    /** Empty for null. */
    public static Stream<Throwable> of(Throwable failure) {
        List<Throwable> found = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty()) {
            Throwable next = todo.poll();
            if (!seen.add(next)) {
                continue;
            }
            found.add(next);
            if (next.getCause() != null) {
                todo.add(next.getCause());
            }
            Collections.addAll(todo, next.getSuppressed());
        }
        return found.stream();
    }

    /**
     * Whether the failure is the database refusing a write by the named constraint or unique index (a rule the
     * migration backs up, such as one open application per park), found among all its causes.
     */
    public static boolean violatesConstraint(Throwable failure, String constraint) {
        return of(failure).anyMatch(cause -> cause instanceof ConstraintViolationException violation
                && violation.getConstraintName() != null && violation.getConstraintName().contains(constraint));
    }
}
