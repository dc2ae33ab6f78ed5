package cn.gov.shandong.circular.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Optional;

/** What a supporting document of an acceptance application (验收申请的佐证材料) is. */
public enum DocumentCategory {
    /** 验收报告: the park's acceptance (self-assessment) report. */
    ACCEPTANCE_REPORT,
    /** 监测数据: monitoring data behind the indicators (resource productivity, water reuse, ...). */
    MONITORING_DATA,
    /** 项目佐证: evidence of the plan's projects (completion certificates, photos). */
    PROJECT_EVIDENCE,
    /** 其他 */
    OTHER;

    /** The category with exactly this name. */
    public static Optional<DocumentCategory> named(String name) {
        return StrictEnums.named(DocumentCategory.class, name);
    }

    /** Reads a category from JSON by its exact name only: a number or another spelling is refused. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static DocumentCategory fromJson(String name) {
        return StrictEnums.fromJson(DocumentCategory.class, "category", name);
    }
}
