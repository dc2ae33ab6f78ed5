package cn.gov.shandong.circular.events;

import java.util.UUID;

/**
 * A project of an approved implementation plan, as far as acceptance needs it: the park reports each
 * project's completion when it applies.
 *
 * @param projectId the project, stable across the plan's versions
 * @param name      the project's name
 */
public record PlanProjectEntry(UUID projectId, String name) {

    public static final int NAME_MAX = ProjectProgressed.PROJECT_NAME_MAX;

    public PlanProjectEntry {
        Check.of("plan project")
                .present("projectId", projectId)
                .text("name", name, NAME_MAX)
                .orThrow();
    }
}
