package cn.gov.shandong.circular.reporting.progress;

import cn.gov.shandong.circular.common.domain.NotFound;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.reporting.progress.ProgressQuery.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Attachment 1's table within the caller's scope: what GET /progress answers and its export writes. */
@ApplicationScoped
public class ProgressReports {

    @Inject
    ProgressQuery query;

    @Inject
    Caller caller;

    /**
     * @param day count filings up to the end of this day (Asia/Shanghai); null for every filing so far
     * (404 problem when nothing of the programme is known)
     */
    public ProgressReport report(String programme, LocalDate day) {
        List<Tally> tallies = query.tally(programme, filedBefore(day));
        // A programme is known here once its definition or one of its parks has arrived.
        if (tallies.isEmpty() && query.programme(programme).isEmpty()) {
            throw new NotFound("Programme", programme);
        }
        if (caller.isProvinceWide()) {
            return ProgressTable.report(programme, day, tallies, city -> true, true);
        }
        // A city officer's rows: their city's and those of every city abolished in its favour, each its own row
        // (Laiwu keeps its row of Attachment 1 when Jinan's officers read it: decision 38).
        return ProgressTable.report(programme, day, tallies, city -> city != null && caller.canSeeCity(city), false);
    }

    /** The first instant after {@code day} in the province, or null for no limit. */
    static OffsetDateTime filedBefore(LocalDate day) {
        return day == null ? null : OffsetDateTime.ofInstant(ProgrammeCalendar.endOf(day), ProgrammeCalendar.ZONE);
    }
}
