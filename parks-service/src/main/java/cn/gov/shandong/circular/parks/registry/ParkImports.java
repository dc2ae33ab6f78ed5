package cn.gov.shandong.circular.parks.registry;

import cn.gov.shandong.circular.common.domain.RuleViolated;
import cn.gov.shandong.circular.common.outbox.EventOutbox;
import cn.gov.shandong.circular.common.security.Caller;
import cn.gov.shandong.circular.common.time.ProvinceClock;
import cn.gov.shandong.circular.events.ParkRegistered;
import cn.gov.shandong.circular.parks.city.City;
import cn.gov.shandong.circular.parks.park.Park;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk import of the registry (docs/decisions.md, 42): all or nothing. Every row is checked against
 * {@link ImportRules}; one rejection refuses the whole file (422, every rejection listed) and stores nothing. A
 * dry run answers what would be registered; a real import registers every park, with its {@code park.registered}
 * event and its IMPORTED history entry, in one transaction under the registry lock.
 */
@ApplicationScoped
public class ParkImports {

    /** The media types an import takes. */
    public enum Format {
        CSV, XLSX
    }

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ParkImports.class);

    /** Parks written between two flushes of a real import. */
    private static final int FLUSH_EVERY = 100;

    @Inject
    EntityManager entityManager;

    @Inject
    EventOutbox outbox;

    @Inject
    Caller caller;

    @Inject
    ProvinceClock clock;

    /**
     * Reads, checks and (unless a dry run) registers the file's parks.
     *
     * @throws RuleViolated invalid for an unreadable file, too large for more than {@link ImportSheet#MAX_ROWS}
     *         parks, not met ({@link ImportRefusal}) listing every rejection
     */
    @Transactional
    public ImportResult importParks(byte[] body, Format format, boolean dryRun) {
        ImportSheet sheet;
        try {
            sheet = format == Format.CSV ? CsvSheets.read(body) : XlsxSheets.read(body);
        } catch (ImportSheet.Unreadable e) {
            throw e.tooLarge ? RuleViolated.tooLarge("body", e.getMessage()) : RuleViolated.invalid("body", e.getMessage());
        }
        RegistryLock.take(entityManager);
        ImportRules.Outcome outcome = ImportRules.check(sheet, registrySnapshot());
        if (!outcome.accepted()) {
            throw ImportRefusal.of(sheet.rows().size(), outcome.rejections());
        }
        List<ImportRules.Candidate> candidates = outcome.candidates();
        if (dryRun) {
            return new ImportResult(true, candidates.size(), candidates.stream().map(c -> new ImportResult.ImportedPark(
                    c.row(), null, c.name(), c.city().code(), c.city().name(), c.level(), c.zoneKind(), c.creditCode()))
                    .toList());
        }
        @SuppressWarnings("unchecked")
        List<Number> numbers = entityManager.createNativeQuery(
                        "select nextval('park_number_seq') from generate_series(1, :n)")
                .setParameter("n", candidates.size())
                .getResultList();
        long writing = System.nanoTime();
        LocalDate today = clock.today();
        String actor = caller.username();
        List<ImportResult.ImportedPark> items = new java.util.ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            ImportRules.Candidate candidate = candidates.get(i);
            Park park = new Park();
            park.code = String.format("SDP%03d", numbers.get(i).longValue());
            park.name = candidate.name();
            park.city = entityManager.getReference(City.class, candidate.city().code());
            park.level = candidate.level();
            park.zoneKind = candidate.zoneKind();
            park.creditCode = candidate.creditCode();
            entityManager.persist(park);
            var event = outbox.record(new ParkRegistered(park.code, park.name, candidate.city().code(),
                    candidate.city().name(), park.level, park.zoneKind));
            entityManager.persist(ParkChange.of(park.code, ParkChange.Kind.IMPORTED, today, null, park.name, null, null,
                    actor, event.id));
            items.add(new ImportResult.ImportedPark(candidate.row(), park.code, park.name, candidate.city().code(),
                    candidate.city().name(), park.level, park.zoneKind, park.creditCode));
            if ((i + 1) % FLUSH_EVERY == 0) {
                // Every query of the outbox auto-flushes and dirty-checks the whole persistence context: keep it small.
                entityManager.flush();
                entityManager.clear();
            }
        }
        entityManager.flush();
        LOG.infof("Imported %d parks: rows written in %d ms, before commit", items.size(),
                (System.nanoTime() - writing) / 1_000_000);
        return new ImportResult(false, items.size(), items);
    }

    /** The cities, names and credit codes of the registry as the rules need them (read under the lock). */
    private ImportRules.Registry registrySnapshot() {
        Map<String, ImportRules.City> cities = new HashMap<>();
        for (City city : City.<City>listAll()) {
            cities.put(city.code, new ImportRules.City(city.code, city.name, city.abolishedOn, city.successorCode));
        }
        Map<String, String> byName = new HashMap<>();
        Map<String, String> byCreditCode = new HashMap<>();
        for (RegisteredPark park : registeredParks()) {
            byName.put(park.name(), park.code());
            if (park.creditCode() != null) {
                byCreditCode.put(park.creditCode(), park.code());
            }
        }
        return new ImportRules.Registry() {
            @Override
            public Optional<ImportRules.City> city(String code) {
                return Optional.ofNullable(cities.get(code));
            }

            @Override
            public Optional<String> parkNamed(String name) {
                return Optional.ofNullable(byName.get(name));
            }

            @Override
            public Optional<String> parkWithCreditCode(String creditCode) {
                return Optional.ofNullable(byCreditCode.get(creditCode));
            }
        };
    }

    /** A park of the registry as the rules compare with: its code, name and credit code (if any). */
    record RegisteredPark(String code, String name, String creditCode) {

        static RegisteredPark of(Tuple row) {
            Object creditCode = row.get("credit_code");
            return new RegisteredPark(row.get("code", String.class), row.get("name", String.class),
                    creditCode == null ? null : creditCode.toString());
        }
    }

    private List<RegisteredPark> registeredParks() {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = entityManager.createNativeQuery("select code, name, credit_code from park", Tuple.class)
                .getResultList();
        return rows.stream().map(RegisteredPark::of).toList();
    }
}
