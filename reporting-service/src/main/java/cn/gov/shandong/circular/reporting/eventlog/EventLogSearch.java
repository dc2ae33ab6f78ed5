package cn.gov.shandong.circular.reporting.eventlog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The audit queries of the event log: filters, cursor pages in the order of appending, and the older offset pages. */
@ApplicationScoped
public class EventLogSearch {

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    /**
     * What the entries must match; null fields do not filter.
     *
     * @param parkCode the event's subject, or the parkCode in its data
     * @param cityCode the cityCode in its data, its subject (events keyed by the city), or a park of that city
     *                 (park_view) as its subject or the parkCode in its data
     * @param from     occurred_at at or after
     * @param to       occurred_at before
     */
    public record Filter(String type, String subject, String topic, String actor, String parkCode, String cityCode,
                         OffsetDateTime from, OffsetDateTime to, String correlationId) {
    }

    /** Entries after the cursor's seq, in seq order; one more than {@code limit} is read to tell whether more follow. */
    public EventLogPage after(Filter filter, long afterSeq, int limit) {
        Where where = where(filter);
        where.conditions.add("e.seq > :afterSeq");
        where.parameters.put("afterSeq", afterSeq);
        List<EventLogEntry> rows = entries("select e.* from event_log e" + where.sql() + " order by e.seq", where,
                0, limit + 1);
        boolean more = rows.size() > limit;
        List<EventLogEntry> page = more ? rows.subList(0, limit) : rows;
        long last = page.isEmpty() ? afterSeq : page.get(page.size() - 1).seq;
        return new EventLogPage(page.stream().map(this::view).toList(), EventCursor.after(last), more,
                null, null, null);
    }

    /** The offset pages as before the cursor: newest first by occurred_at, then the order of appending. */
    public EventLogPage page(Filter filter, int page, int size) {
        Where where = where(filter);
        List<EventLogEntry> rows = entries("select e.* from event_log e" + where.sql()
                + " order by e.occurred_at desc, e.received_seq desc", where, page * size, size);
        Query count = entityManager.createNativeQuery("select count(*) from event_log e" + where.sql());
        where.parameters.forEach(count::setParameter);
        long total = ((Number) count.getSingleResult()).longValue();
        return new EventLogPage(rows.stream().map(this::view).toList(), null, null, page, size, total);
    }

    @SuppressWarnings("unchecked")
    private List<EventLogEntry> entries(String sql, Where where, int offset, int limit) {
        Query query = entityManager.createNativeQuery(sql, EventLogEntry.class);
        where.parameters.forEach(query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private static Where where(Filter f) {
        Where where = new Where();
        where.equal("e.event_type", "type", f.type());
        where.equal("e.subject", "subject", f.subject());
        where.equal("e.topic", "topic", f.topic());
        where.equal("e.actor", "actor", f.actor());
        where.equal("e.correlation_id", "correlationId", f.correlationId());
        if (f.parkCode() != null) {
            where.conditions.add("(e.subject = :parkCode or e.data ->> 'parkCode' = :parkCode)");
            where.parameters.put("parkCode", f.parkCode());
        }
        if (f.cityCode() != null) {
            where.conditions.add("""
                    (e.data ->> 'cityCode' = :cityCode or e.subject = :cityCode
                     or e.subject in (select p.park_code from park_view p where p.city_code = :cityCode)
                     or e.data ->> 'parkCode' in (select p.park_code from park_view p where p.city_code = :cityCode))""");
            where.parameters.put("cityCode", f.cityCode());
        }
        if (f.from() != null) {
            where.conditions.add("e.occurred_at >= :from");
            where.parameters.put("from", f.from());
        }
        if (f.to() != null) {
            where.conditions.add("e.occurred_at < :to");
            where.parameters.put("to", f.to());
        }
        return where;
    }

    private LoggedEvent view(EventLogEntry e) {
        try {
            return new LoggedEvent(e.eventId, e.topic, e.kafkaPartition, e.kafkaOffset, e.eventType, e.source,
                    e.subject, e.occurredAt, e.actor, e.correlationId, json.readTree(e.data), e.receivedAt,
                    e.seq, e.prevHash, e.hash);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("event_log row " + e.eventId + " holds unreadable data", ex);
        }
    }

    private static final class Where {
        final List<String> conditions = new ArrayList<>();
        final Map<String, Object> parameters = new LinkedHashMap<>();

        void equal(String column, String name, String value) {
            if (value != null) {
                conditions.add(column + " = :" + name);
                parameters.put(name, value);
            }
        }

        String sql() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }
    }
}
