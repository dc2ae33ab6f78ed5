package cn.gov.shandong.circular.events;

/**
 * One indicator's baseline and target in an implementation plan, in the indicator's unit (carried,
 * so that a consumer needs no code list to show it). A percentage lies in 0-100, an amount is at least 0;
 * the baseline year is not after the target year. Values travel as JSON numbers (doubles: at most 4
 * decimals and 13 integer digits, well within a double's precision).
 */
public record PlanTarget(Indicator indicator, String unit, Integer baselineYear, Double baselineValue,
                         Integer targetYear, Double targetValue) {

    public PlanTarget {
        Check check = Check.of("plan target")
                .present("indicator", indicator)
                .present("unit", unit)
                .between("baselineYear", baselineYear, ParkScheduled.YEAR_MIN, ParkScheduled.YEAR_MAX, false)
                .present("baselineValue", baselineValue)
                .between("targetYear", targetYear, ParkScheduled.YEAR_MIN, ParkScheduled.YEAR_MAX, false)
                .present("targetValue", targetValue);
        if (indicator != null) {
            double max = indicator.percentage() ? Check.HUNDRED : Double.MAX_VALUE;
            check.rule(indicator.unit().equals(unit), "unit of " + indicator + " is " + indicator.unit() + ", not " + unit)
                    .amount("baselineValue", baselineValue, max)
                    .amount("targetValue", targetValue, max);
        }
        check.rule(baselineYear == null || targetYear == null || baselineYear <= targetYear,
                        "baselineYear " + baselineYear + " is after targetYear " + targetYear)
                .orThrow();
    }
}
