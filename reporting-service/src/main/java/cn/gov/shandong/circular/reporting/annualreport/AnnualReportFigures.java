package cn.gov.shandong.circular.reporting.annualreport;

import cn.gov.shandong.circular.common.cities.CitySuccessions;
import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import cn.gov.shandong.circular.events.ParkLevel;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReportViews.Figures;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReportViews.LevelFigures;
import cn.gov.shandong.circular.reporting.annualreport.AnnualReportViews.ProgrammeFigures;
import cn.gov.shandong.circular.reporting.progress.ProgressQuery;
import cn.gov.shandong.circular.reporting.progress.ProgressQuery.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A city's figures for its annual report on a year, from the progress projection as of the end of 31 December
 * (Asia/Shanghai): per programme whose years include the year, per level, the parks scheduled for the year and
 * up to it, those filed by the year's end, and those overdue then. The city's parks are those of the cities it
 * held at the year's end (莱芜市's for 济南市 from 2019: decision 38).
 */
@ApplicationScoped
public class AnnualReportFigures {

    @Inject
    ProgressQuery progress;

    @Inject
    CitySuccessions successions;

    /** The figures as the projections give them now. */
    public Figures of(String cityCode, int year) {
        Set<String> cities = successions.successions().heldBy(cityCode, ProgrammeCalendar.annualReportFiguresAsOf(year));
        List<ProgrammeFigures> programmes = new ArrayList<>();
        for (ProgressQuery.Programme programme : progress.programmes()) {
            if (programme.startYear() > year || programme.endYear() < year) {
                continue;
            }
            List<Tally> tallies = progress.tally(programme.code(),
                    ProgrammeCalendar.endOfYear(year).atOffset(ZoneOffset.UTC)).stream()
                    .filter(t -> t.cityCode() != null && cities.contains(t.cityCode()))
                    .toList();
            programmes.add(new ProgrammeFigures(programme.code(), programme.name(), levels(year, tallies)));
        }
        return new Figures(ProgrammeCalendar.annualReportFiguresAsOf(year), programmes);
    }

    /**
     * The three level rows (ALL, NATIONAL, PROVINCIAL) of a year from tallies filed before the year's end. Pure.
     * A park scheduled after the year does not count; overdue = scheduled up to the year and not filed by its end.
     */
    static List<LevelFigures> levels(int year, List<Tally> tallies) {
        long[][] counts = new long[3][4];
        for (Tally t : tallies) {
            if (t.year() > year) {
                continue;
            }
            for (int row : rows(t.level())) {
                if (t.year() == year) {
                    counts[row][0] += t.planned();
                    counts[row][1] += t.completed();
                }
                counts[row][2] += t.planned();
                counts[row][3] += t.completed();
            }
        }
        String[] names = {"ALL", "NATIONAL", "PROVINCIAL"};
        List<LevelFigures> levels = new ArrayList<>();
        for (int row = 0; row < 3; row++) {
            long[] c = counts[row];
            levels.add(new LevelFigures(names[row], c[0], c[1], c[2], c[3], c[2] - c[3]));
        }
        return levels;
    }

    private static int[] rows(ParkLevel level) {
        if (level == ParkLevel.NATIONAL) {
            return new int[] {0, 1};
        }
        return level == ParkLevel.PROVINCIAL ? new int[] {0, 2} : new int[] {0};
    }
}
