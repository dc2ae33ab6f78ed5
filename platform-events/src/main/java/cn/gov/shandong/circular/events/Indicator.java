package cn.gov.shandong.circular.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome indicators of the programme (DOMAIN.md "Indicators"; units as Chinese statistics and
 * 发改环资〔2012〕765号 use them): each with its unit and the direction in which it is better. A park's
 * implementation plan gives a baseline and a target for indicators of this list; the four marked
 * core are required before a plan can be submitted.
 */
public enum Indicator {
    /** 主要资源产出率: industrial value added per tonne of main resources consumed. */
    RESOURCE_PRODUCTIVITY("主要资源产出率", "元/吨", Better.HIGHER, true),
    /** 土地产出率: industrial value added per square kilometre of built-up land. */
    LAND_PRODUCTIVITY("土地产出率", "亿元/平方公里", Better.HIGHER, true),
    /** 能源产出率, optional. */
    ENERGY_PRODUCTIVITY("能源产出率", "万元/吨标准煤", Better.HIGHER, false),
    /** 固体废物资源化利用率 / 工业固体废物综合利用率. */
    SOLID_WASTE_UTILISATION("固体废物资源化利用率", Indicator.PERCENT, Better.HIGHER, true),
    /** 水循环利用率 / 工业用水重复利用率. */
    WATER_REUSE("水循环利用率", Indicator.PERCENT, Better.HIGHER, true),
    /** 生活垃圾资源化利用率. */
    DOMESTIC_WASTE_UTILISATION("生活垃圾资源化利用率", Indicator.PERCENT, Better.HIGHER, false),
    /** 主要污染物排放量: 化学需氧量 (COD). */
    COD_EMISSIONS("化学需氧量排放量", "吨/年", Better.LOWER, false),
    /** 主要污染物排放量: 氨氮 (NH3-N). */
    AMMONIA_NITROGEN_EMISSIONS("氨氮排放量", "吨/年", Better.LOWER, false),
    /** 主要污染物排放量: 二氧化硫 (SO2). */
    SO2_EMISSIONS("二氧化硫排放量", "吨/年", Better.LOWER, false),
    /** 主要污染物排放量: 氮氧化物 (NOx). */
    NOX_EMISSIONS("氮氧化物排放量", "吨/年", Better.LOWER, false);

    /** The unit of a percentage; such a value lies in 0-100, any other value is an amount of at least 0. */
    public static final String PERCENT = "%";

    /** Which way an indicator improves. */
    public enum Better {
        /** 提高: the target should be at least the baseline. */
        HIGHER,
        /** 降低: the target should be at most the baseline. */
        LOWER
    }

    private final String chineseName;
    private final String unit;
    private final Better better;
    private final boolean core;

    Indicator(String chineseName, String unit, Better better, boolean core) {
        this.chineseName = chineseName;
        this.unit = unit;
        this.better = better;
        this.core = core;
    }

    public String chineseName() {
        return chineseName;
    }

    public String unit() {
        return unit;
    }

    public Better better() {
        return better;
    }

    /** One of the four indicators every implementation plan must target. */
    public boolean core() {
        return core;
    }

    public boolean percentage() {
        return PERCENT.equals(unit);
    }

    /** Does a move from baseline to target go the way this indicator improves (or stay level)? */
    public boolean improves(java.math.BigDecimal baseline, java.math.BigDecimal target) {
        int comparison = target.compareTo(baseline);
        return better == Better.HIGHER ? comparison >= 0 : comparison <= 0;
    }

    public static Set<Indicator> coreIndicators() {
        EnumSet<Indicator> core = EnumSet.noneOf(Indicator.class);
        Arrays.stream(values()).filter(Indicator::core).forEach(core::add);
        return core;
    }

    /** The indicator with exactly this code. */
    public static Optional<Indicator> named(String name) {
        return StrictEnums.named(Indicator.class, name);
    }

    /** Reads an indicator from JSON by its exact code only. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static Indicator fromJson(String name) {
        return StrictEnums.fromJson(Indicator.class, "indicator", name);
    }
}
