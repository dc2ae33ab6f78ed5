package cn.gov.shandong.circular.reporting.projection;

import cn.gov.shandong.circular.common.inbox.IncomingEvent;
import cn.gov.shandong.circular.common.inbox.MalformedEventException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Turns logged events into the projection tables (park_view, park_schedule, park_completion).
 *
 * <p>Used for live events and for replays of the event log alike. Every write is an upsert that
 * keeps the newest description of a park or schedule and the earliest filing, compared by the
 * events' own times and ids, so the tables depend only on which events were logged, not on the
 * order in which topics were read. Nothing joins here: a filing may arrive before its park's
 * registration, and the reports join at read time.
 */
@ApplicationScoped
public class Projector {

    private static final Pattern CITY_CODE = Pattern.compile("\\d{6}");

    @Inject
    EntityManager entityManager;

    /** Applies the event; types the reports do not use are ignored (they stay in the event log). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(IncomingEvent event) {
        switch (event.type()) {
            case EventTypes.PARK_REGISTERED -> parkRegistered(event);
            case EventTypes.PARK_SCHEDULED -> parkScheduled(event);
            case EventTypes.ACCEPTANCE_FILED -> acceptanceFiled(event);
            default -> {
                // Not (yet) reported on; a later version can replay the log to use it.
            }
        }
    }

    private void parkRegistered(IncomingEvent event) {
        String cityCode = text(event, "cityCode", 6);
        if (!CITY_CODE.matcher(cityCode).matches()) {
            throw malformed(event, "cityCode " + cityCode + " is not a GB/T 2260 code");
        }
        entityManager.createNativeQuery("""
                        insert into park_view (park_code, name, city_code, city_name, level, event_id, occurred_at)
                        values (:parkCode, :name, :cityCode, :cityName, :level, :eventId, :occurredAt)
                        on conflict (park_code) do update
                            set name = excluded.name, city_code = excluded.city_code, city_name = excluded.city_name,
                                level = excluded.level, event_id = excluded.event_id, occurred_at = excluded.occurred_at
                            where (park_view.occurred_at, park_view.event_id) < (excluded.occurred_at, excluded.event_id)""")
                .setParameter("parkCode", text(event, "parkCode", 20))
                .setParameter("name", text(event, "name", 200))
                .setParameter("cityCode", cityCode)
                .setParameter("cityName", text(event, "cityName", 50))
                .setParameter("level", level(event).name())
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time())
                .executeUpdate();
    }

    private void parkScheduled(IncomingEvent event) {
        entityManager.createNativeQuery("""
                        insert into park_schedule (programme_code, park_code, year, event_id, occurred_at)
                        values (:programme, :parkCode, :year, :eventId, :occurredAt)
                        on conflict (programme_code, park_code) do update
                            set year = excluded.year, event_id = excluded.event_id, occurred_at = excluded.occurred_at
                            where (park_schedule.occurred_at, park_schedule.event_id)
                                  < (excluded.occurred_at, excluded.event_id)""")
                .setParameter("programme", text(event, "programmeCode", 20))
                .setParameter("parkCode", text(event, "parkCode", 20))
                .setParameter("year", year(event))
                .setParameter("eventId", event.id())
                .setParameter("occurredAt", event.time())
                .executeUpdate();
    }

    private void acceptanceFiled(IncomingEvent event) {
        OffsetDateTime filedAt;
        try {
            filedAt = OffsetDateTime.parse(text(event, "filedAt", 64));
        } catch (DateTimeParseException e) {
            throw malformed(event, "filedAt is not an ISO-8601 instant");
        }
        // The first filing of a park is when it was completed; a later one (a re-filing) does not move it.
        entityManager.createNativeQuery("""
                        insert into park_completion (park_code, application_id, filed_at, filed_by, event_id)
                        values (:parkCode, :applicationId, :filedAt, :filedBy, :eventId)
                        on conflict (park_code) do update
                            set application_id = excluded.application_id, filed_at = excluded.filed_at,
                                filed_by = excluded.filed_by, event_id = excluded.event_id
                            where (excluded.filed_at, excluded.event_id)
                                  < (park_completion.filed_at, park_completion.event_id)""")
                .setParameter("parkCode", text(event, "parkCode", 20))
                .setParameter("applicationId", text(event, "applicationId", 100))
                .setParameter("filedAt", filedAt)
                .setParameter("filedBy", event.actor())
                .setParameter("eventId", event.id())
                .executeUpdate();
    }

    private static ParkLevel level(IncomingEvent event) {
        String level = text(event, "level", 20);
        try {
            return ParkLevel.valueOf(level);
        } catch (IllegalArgumentException e) {
            throw malformed(event, "level " + level + " is neither NATIONAL nor PROVINCIAL");
        }
    }

    private static int year(IncomingEvent event) {
        JsonNode year = event.data().get("year");
        if (year == null || !year.isIntegralNumber() || !year.canConvertToInt()
                || year.asInt() < 2000 || year.asInt() > 2100) {
            throw malformed(event, "year must be a whole year between 2000 and 2100");
        }
        return year.asInt();
    }

    /** A required text field that fits its column: a value that cannot be stored is poison, not a retry. */
    private static String text(IncomingEvent event, String field, int maxLength) {
        String value = event.text(field);
        if (value.length() > maxLength) {
            throw malformed(event, field + " is longer than " + maxLength + " characters");
        }
        return value;
    }

    private static MalformedEventException malformed(IncomingEvent event, String detail) {
        return new MalformedEventException("event " + event.id() + " (" + event.type() + "): " + detail);
    }
}
