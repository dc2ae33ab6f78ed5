package cn.gov.shandong.circular.plans.schedule;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** When one park is scheduled to complete, under one programme. */
@Schema(name = "ParkScheduleEntry")
public record ParkScheduleEntry(@Schema(maxLength = 20, examples = "2018-2020") String programmeCode,
                                @Schema(minimum = "-2147483648", maximum = "2147483647", examples = "2018") int year) {
}
