package cn.gov.shandong.circular.plans.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When one park is scheduled to complete, under one programme. */
@Schema(name = "ParkScheduleEntry")
public record ParkScheduleEntry(@Schema(examples = "2018-2020") String programmeCode,
                                @Schema(examples = "2018") int year) {
}
