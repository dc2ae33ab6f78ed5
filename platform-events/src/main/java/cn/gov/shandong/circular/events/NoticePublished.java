package cn.gov.shandong.circular.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code reporting.notice-published}: the province published a notice (通报) naming the parks of a programme
 * that are overdue; from then on the named cities and parks see it. Keyed by the notice.
 *
 * @param number      the notice's number, e.g. 鲁园循通〔2021〕第1号
 * @param year        the scheduled year whose overdue parks the notice names
 * @param publishedOn the day of publication (Asia/Shanghai)
 * @param parks       the parks named, 1 to {@value #PARKS_MAX}
 */
public record NoticePublished(UUID noticeId, String number, String programmeCode, Integer year, LocalDate publishedOn,
                              String title, List<NoticedPark> parks) implements ReportingEvent {

    public static final String TYPE = "reporting.notice-published";
    public static final int NUMBER_MAX = 50;
    public static final int TITLE_MAX = 200;
    public static final int PARKS_MAX = 500;

    public NoticePublished {
        Check.of(TYPE)
                .present("noticeId", noticeId)
                .text("number", number, NUMBER_MAX)
                .programmeCode(programmeCode)
                .between("year", year, ParkScheduled.YEAR_MIN, ParkScheduled.YEAR_MAX, false)
                .present("publishedOn", publishedOn)
                .text("title", title, TITLE_MAX)
                .present("parks", parks)
                .rule(parks == null || (!parks.isEmpty() && parks.size() <= PARKS_MAX),
                        "parks must hold 1 to " + PARKS_MAX + " entries")
                .rule(parks == null || parks.stream().noneMatch(Objects::isNull), "parks has a null")
                .orThrow();
        parks = List.copyOf(parks);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String key() {
        return noticeId.toString();
    }
}
