package cn.gov.shandong.circular.common.cities;

import cn.gov.shandong.circular.common.time.ProgrammeCalendar;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The cities' successions and the rule that follows from them: on a given day, an abolished city's parks are
 * held by the city its chain of successors reaches, following each step that has taken effect by that day.
 * Pure: no database, no clock (docs/decisions.md, 38).
 *
 * <p>莱芜市 371200 → 济南市 370100 from 2019-01-09: on 2019-01-08 Laiwu holds its own parks, from 2019-01-09
 * Jinan does, and Laiwu (abolished) holds none. Were Jinan abolished later in favour of X, Laiwu's and Jinan's
 * parks would be X's from that later day on.
 */
public final class Successions {

    /**
     * One city's succession.
     *
     * @param cityCode      the abolished city
     * @param successorCode the city that took it over
     * @param effectiveOn   the first day on which the successor holds its parks
     */
    public record Succession(String cityCode, String successorCode, LocalDate effectiveOn) {
    }

    /** No city abolished. */
    public static final Successions NONE = new Successions(Set.of());

    private final Map<String, Succession> byCity = new LinkedHashMap<>();

    public Successions(Collection<Succession> successions) {
        successions.forEach(s -> byCity.put(s.cityCode(), s));
    }

    /**
     * The city that holds this city's parks on this day: the city itself until it is abolished, then its
     * successor (or that successor's successor, once that step has taken effect too). A cycle in the data
     * stops at the first city seen twice rather than looping.
     */
    public String holder(String cityCode, LocalDate day) {
        String current = cityCode;
        Set<String> seen = new HashSet<>();
        while (current != null && seen.add(current)) {
            Succession next = byCity.get(current);
            if (next == null || !ProgrammeCalendar.cityAbolished(next.effectiveOn(), day)) {
                return current;
            }
            current = next.successorCode();
        }
        return current;
    }

    /**
     * The cities whose parks this city's officers act for on this day: the city itself unless it has been
     * abolished by then, and every city whose parks it holds then (as {@link #holder}). Empty for a city
     * abolished by that day: its officers have handed its parks over.
     */
    public Set<String> heldBy(String cityCode, LocalDate day) {
        Set<String> held = new TreeSet<>();
        if (cityCode == null) {
            return held;
        }
        if (cityCode.equals(holder(cityCode, day))) {
            held.add(cityCode);
        }
        for (String abolished : byCity.keySet()) {
            if (cityCode.equals(holder(abolished, day))) {
                held.add(abolished);
            }
        }
        return held;
    }
}
