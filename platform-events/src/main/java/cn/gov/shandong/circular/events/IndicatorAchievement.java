package cn.gov.shandong.circular.events;

/**
 * An indicator's value a park achieved, reported with its acceptance application, in the indicator's
 * unit: a percentage lies in 0-100, an amount is at least 0.
 */
public record IndicatorAchievement(Indicator indicator, String unit, Double value) {

    public IndicatorAchievement {
        Check check = Check.of("indicator achievement")
                .present("indicator", indicator)
                .present("unit", unit)
                .present("value", value);
        if (indicator != null) {
            check.rule(indicator.unit().equals(unit), "unit of " + indicator + " is " + indicator.unit() + ", not " + unit)
                    .amount("value", value, indicator.percentage() ? Check.HUNDRED : Double.MAX_VALUE);
        }
        check.orThrow();
    }
}
