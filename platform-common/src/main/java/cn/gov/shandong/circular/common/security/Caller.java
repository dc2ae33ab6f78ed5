package cn.gov.shandong.circular.common.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling and which data they may see: the one place that turns token claims into a scope.
 *
 * <p>Province-wide roles (province-admin, auditor, expert, integration) see every park; a city
 * officer's token carries {@code city_code} and sees that city's parks; a park manager's token
 * carries {@code park_code} and sees that park only. Services check the scope against the data
 * they hold (the park's city), never against the role alone.
 */
@ApplicationScoped
public class Caller {

    public static final String CITY_CLAIM = "city_code";
    public static final String PARK_CLAIM = "park_code";
    /** Actor recorded for changes made outside a request (seed migrations, consumers). */
    public static final String SYSTEM = "system";
    /** Matches no city code (codes are six digits). */
    static final String NO_SUCH_CITY = "-";

    @Inject
    SecurityIdentity identity;

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
                || hasRole(Roles.INTEGRATION);
    }

    /** May this caller see the park with this code, located in this city? */
    public boolean canSeePark(String parkCode, String cityCode) {
        return isProvinceWide()
                || cityCode().map(own -> own.equals(cityCode)).orElse(false)
                || parkCode().map(own -> own.equals(parkCode)).orElse(false);
    }

    /** May this caller see the data of this city (a city's plans, its report)? */
    public boolean canSeeCity(String cityCode) {
        return isProvinceWide() || cityCode().map(own -> own.equals(cityCode)).orElse(false);
    }

    /**
     * The city a list must be restricted to: empty for province-wide callers, the officer's city
     * otherwise. A city officer whose token lacks the claim gets a value no city has, so they see
     * nothing rather than everything. Park managers are restricted by park, see {@link #parkCode()}.
     */
    public Optional<String> cityRestriction() {
        if (isProvinceWide()) {
            return Optional.empty();
        }
        if (hasRole(Roles.CITY_OFFICER)) {
            return Optional.of(cityCode().orElse(NO_SUCH_CITY));
        }
        return Optional.empty();
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
