package cn.gov.shandong.circular.common.security;

import cn.gov.shandong.circular.common.domain.OutOfScope;
import cn.gov.shandong.circular.common.cities.CitySuccessions;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and which data they may see: the one place that turns token claims into a scope.
 *
 * <p>Province-wide roles (province-admin, auditor, expert, integration) see every park; a city
 * officer's token carries {@code city_code} and sees that city's parks; a park manager's token
 * carries {@code park_code} and sees that park only. Services check the scope against the data
 * they hold (the park's city), never against the role alone.
 *
 * <p>A city officer acts for the cities whose parks their city holds today ({@link CitySuccessions}): their
 * own city and every city abolished in its favour by today (莱芜市 371200's parks are 济南市 370100's from
 * 2019-01-09). An officer of a city abolished by today acts for none: its parks are handed over
 * (docs/decisions.md, 38).
 */
@ApplicationScoped
public class Caller {

    public static final String CITY_CLAIM = "city_code";
    public static final String PARK_CLAIM = "park_code";
    /** Actor recorded for changes made outside a request (seed migrations, consumers). */
    public static final String SYSTEM = "system";
    /** A field path of a JPQL/HQL query, e.g. {@code d.cityCode}. */
    private static final Pattern QUERY_PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    @Inject
    SecurityIdentity identity;

    @Inject
    CitySuccessions citySuccessions;

    /** The acting user's name (Keycloak {@code preferred_username}), or {@value #SYSTEM}. */
    public String username() {
        if (!inRequest() || identity.isAnonymous()) {
            return SYSTEM;
        }
        String preferred = claim("preferred_username").orElse(null);
        return preferred != null ? preferred : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return inRequest() && identity.hasRole(role);
    }

    public Optional<String> cityCode() {
        return hasRole(Roles.CITY_OFFICER) ? claim(CITY_CLAIM) : Optional.empty();
    }

    public Optional<String> parkCode() {
        return hasRole(Roles.PARK_MANAGER) ? claim(PARK_CLAIM) : Optional.empty();
    }

    /** Sees every park of the province. */
    public boolean isProvinceWide() {
        return hasRole(Roles.PROVINCE_ADMIN) || hasRole(Roles.AUDITOR) || hasRole(Roles.EXPERT)
                || hasRole(Roles.INTEGRATION) || hasRole(Roles.JOINT_MEETING);
    }

    /**
     * The cities a city officer acts for today: the token's city unless it has been abolished, and every city
     * abolished in its favour by today. Empty for every other caller (and a city officer without a city).
     */
    public Set<String> citiesActedFor() {
        return cityCode().map(citySuccessions::heldBy).orElse(Set.of());
    }

    /**
     * Is this caller a city officer acting for this city today: an officer of the city itself or of the city
     * that took it over (a city's writes - a review, a decision, a supervision visit - ask this)?
     */
    public boolean actsForCity(String cityCode) {
        return cityCode != null && cityCode().isPresent() && citiesActedFor().contains(cityCode);
    }

    /** May this caller see the park with this code, located in this city? */
    public boolean canSeePark(String parkCode, String cityCode) {
        return isProvinceWide()
                || actsForCity(cityCode)
                || parkCode().map(own -> own.equals(parkCode)).orElse(false);
    }

    /** May this caller see the data of this city (a city's plans, its report)? */
    /**
     * Which rows of a report count, by their city, decided once per request: every city (and parks of no known city
     * yet) for province-wide callers; for a city officer the cities they act for today (decision 38); none for others.
     */
    public Predicate<String> cityFilter() {
        if (isProvinceWide()) {
            return city -> true;
        }
        Set<String> cities = citiesActedFor();
        return city -> city != null && cities.contains(city);
    }

    public boolean canSeeCity(String cityCode) {
        return isProvinceWide() || actsForCity(cityCode);
    }

    /**
     * Refuses (403 out-of-scope) a list filter that the token alone shows to be outside the caller's scope:
     * a city officer's filter naming another city, a park manager's naming another park. Other filters only
     * narrow the caller's rows (a park manager's city, a city officer's park): judging them would need the
     * data, and a 403 there would tell which parks exist elsewhere.
     *
     * @param cityCode the list's city filter, or null
     * @param parkCode the list's park filter, or null
     */
    public void requireFilterInScope(String cityCode, String parkCode) {
        if (cityCode != null && !canSeeCity(cityCode) && parkCode().isEmpty()) {
            throw new OutOfScope("City " + cityCode + " is outside your scope; you may list your own city's data only");
        }
        if (parkCode != null && parkCode().map(own -> !own.equals(parkCode)).orElse(false)) {
            throw new OutOfScope("Park " + parkCode + " is outside your scope; you may list your own park's data only");
        }
    }

    /**
     * The caller's scope as a restriction of a list query (JPQL/HQL), the list counterpart of
     * {@link #canSeePark}: province-wide roles see every row (no condition); a city officer the rows
     * whose {@code cityField} is one of the cities they act for ({@link #citiesActedFor}); a park manager the
     * rows whose {@code parkField} is the token's park. A scoped role whose token lacks its claim (or names
     * a city abolished by today), and any other role, sees nothing rather than everything. Parameters are
     * named {@code scopeCities} (a collection) and {@code scopePark}.
     *
     * @param cityField the query's path to the row's city code, e.g. {@code city.code}
     * @param parkField the query's path to the row's park code, e.g. {@code s.parkCode}
     */
    public ScopeRestriction scopeRestriction(String cityField, String parkField) {
        requirePath(cityField);
        requirePath(parkField);
        if (isProvinceWide()) {
            return ScopeRestriction.NONE;
        }
        List<String> visible = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        Set<String> cities = citiesActedFor();
        if (!cities.isEmpty()) {
            visible.add(cityField + " in (:" + ScopeRestriction.CITY_PARAMETER + ")");
            parameters.put(ScopeRestriction.CITY_PARAMETER, List.copyOf(cities));
        }
        parkCode().ifPresent(park -> {
            visible.add(parkField + " = :" + ScopeRestriction.PARK_PARAMETER);
            parameters.put(ScopeRestriction.PARK_PARAMETER, park);
        });
        if (visible.isEmpty()) {
            return ScopeRestriction.NOTHING;
        }
        String condition = visible.size() == 1 ? visible.get(0) : "(" + String.join(" or ", visible) + ")";
        return new ScopeRestriction(Optional.of(condition), Collections.unmodifiableMap(parameters));
    }

    /**
     * A condition to add (with {@code and}) to a list query's where clause, and the parameters it uses.
     *
     * @param condition  empty when the caller sees every row
     * @param parameters the values of the named parameters in the condition
     */
    public record ScopeRestriction(Optional<String> condition, Map<String, Object> parameters) {

        public static final String CITY_PARAMETER = "scopeCities";
        public static final String PARK_PARAMETER = "scopePark";

        static final ScopeRestriction NONE = new ScopeRestriction(Optional.empty(), Map.of());
        static final ScopeRestriction NOTHING = new ScopeRestriction(Optional.of("1 = 0"), Map.of());
    }

    /** The field paths are spliced into the query: allow plain paths only, never request input. */
    private static void requirePath(String field) {
        if (field == null || !QUERY_PATH.matcher(field).matches()) {
            throw new IllegalArgumentException("not a query path: " + field);
        }
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString().replace("\"", ""));
            }
        }
        return Optional.empty();
    }

    private static boolean inRequest() {
        return Arc.container() != null && Arc.container().requestContext().isActive();
    }
}
