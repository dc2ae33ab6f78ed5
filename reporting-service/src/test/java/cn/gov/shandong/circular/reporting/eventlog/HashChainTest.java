package cn.gov.shandong.circular.reporting.eventlog;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.shandong.circular.reporting.eventlog.HashChain.Break;
import cn.gov.shandong.circular.reporting.eventlog.HashChain.BreakReason;
import cn.gov.shandong.circular.reporting.eventlog.HashChain.Entry;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The event log's hash chain (decision 41): plain JUnit, not a @QuarkusTest. */
class HashChainTest {

    private static final String DATA = "{\"name\": \"明水经济技术开发区\", \"level\": \"NATIONAL\", \"parkCode\": \"SDP001\"}";

    /** Seq 1 of a log: the entry whose canonical text and hash are written out below. */
    private static final Entry FIRST = new Entry(1, UUID.fromString("5b0e7f0a-8a1e-4f55-9a43-0c6f1f2f7d10"),
            "acceptance.events", 2, 42, "acceptance.filed", "/acceptance-service", "SDP001",
            OffsetDateTime.parse("2019-12-20T10:00:00+08:00"), "province.admin", null, DATA,
            OffsetDateTime.parse("2019-12-20T10:00:01.25+08:00"), 7, HashChain.GENESIS, null);

    @Test
    void theCanonicalTextIsEveryColumnInAFixedOrderWithItsLengthInBytesAndTimesInUtcMicroseconds() {
        assertThat(HashChain.canonical(FIRST)).isEqualTo("""
                circular-parks event_log v1
                seq 1:1
                event_id 36:5b0e7f0a-8a1e-4f55-9a43-0c6f1f2f7d10
                topic 17:acceptance.events
                kafka_partition 1:2
                kafka_offset 2:42
                event_type 16:acceptance.filed
                source 19:/acceptance-service
                subject 6:SDP001
                occurred_at 27:2019-12-20T02:00:00.000000Z
                actor 14:province.admin
                correlation_id -
                data 82:{"name": "明水经济技术开发区", "level": "NATIONAL", "parkCode": "SDP001"}
                received_at 27:2019-12-20T02:00:01.250000Z
                received_seq 1:7
                prev_hash 64:""" + "0".repeat(64));
    }

    @Test
    void theHashIsSha256OfThatTextAsSha256sumAndPostgresqlComputeIt() {
        // Oracles outside this class: `printf '<the text above>' | sha256sum`, and V5's event_log_hash on a
        // row with these values (PostgreSQL 15), both run once when this test was written.
        assertThat(HashChain.hash(FIRST)).isEqualTo("b9b9b8243ca9124e0ae4f01141893e7061ccdc737fcccce52be873f13bc82249");
    }

    @Test
    void theSameEntryGivesTheSameHashWhateverTheOffsetItsTimesAreGivenIn() {
        Entry sameInUtc = new Entry(1, FIRST.eventId(), FIRST.topic(), 2, 42, FIRST.type(), FIRST.source(),
                FIRST.subject(), OffsetDateTime.parse("2019-12-20T02:00:00Z"), FIRST.actor(), null, DATA,
                OffsetDateTime.parse("2019-12-20T02:00:01.250Z"), 7, HashChain.GENESIS, null);
        assertThat(HashChain.hash(sameInUtc)).isEqualTo(HashChain.hash(FIRST));
    }

    @Test
    void changingAnyOneColumnChangesTheHash() {
        List<UnaryOperator<Entry>> changes = List.of(
                e -> with(e, 2, e.eventId(), e.topic(), e.subject(), e.actor(), e.correlationId(), e.data(), e.prevHash()),
                e -> with(e, e.seq(), UUID.randomUUID(), e.topic(), e.subject(), e.actor(), e.correlationId(), e.data(), e.prevHash()),
                e -> with(e, e.seq(), e.eventId(), "plans.events", e.subject(), e.actor(), e.correlationId(), e.data(), e.prevHash()),
                e -> with(e, e.seq(), e.eventId(), e.topic(), "SDP002", e.actor(), e.correlationId(), e.data(), e.prevHash()),
                e -> with(e, e.seq(), e.eventId(), e.topic(), null, e.actor(), e.correlationId(), e.data(), e.prevHash()),
                e -> with(e, e.seq(), e.eventId(), e.topic(), e.subject(), "mallory", e.correlationId(), e.data(), e.prevHash()),
                e -> with(e, e.seq(), e.eventId(), e.topic(), e.subject(), e.actor(), "c-1", e.data(), e.prevHash()),
                e -> with(e, e.seq(), e.eventId(), e.topic(), e.subject(), e.actor(), e.correlationId(),
                        e.data().replace("NATIONAL", "PROVINCIAL"), e.prevHash()),
                e -> with(e, e.seq(), e.eventId(), e.topic(), e.subject(), e.actor(), e.correlationId(), e.data(), "f".repeat(64)),
                e -> new Entry(e.seq(), e.eventId(), e.topic(), 3, e.offset(), e.type(), e.source(), e.subject(),
                        e.occurredAt(), e.actor(), e.correlationId(), e.data(), e.receivedAt(), e.receivedSeq(), e.prevHash(), null),
                e -> new Entry(e.seq(), e.eventId(), e.topic(), e.partition(), 43, e.type(), e.source(), e.subject(),
                        e.occurredAt(), e.actor(), e.correlationId(), e.data(), e.receivedAt(), e.receivedSeq(), e.prevHash(), null),
                e -> new Entry(e.seq(), e.eventId(), e.topic(), e.partition(), e.offset(), "acceptance.revoked", e.source(),
                        e.subject(), e.occurredAt(), e.actor(), e.correlationId(), e.data(), e.receivedAt(), e.receivedSeq(),
                        e.prevHash(), null),
                e -> new Entry(e.seq(), e.eventId(), e.topic(), e.partition(), e.offset(), e.type(), "/plans-service",
                        e.subject(), e.occurredAt(), e.actor(), e.correlationId(), e.data(), e.receivedAt(), e.receivedSeq(),
                        e.prevHash(), null),
                e -> new Entry(e.seq(), e.eventId(), e.topic(), e.partition(), e.offset(), e.type(), e.source(), e.subject(),
                        e.occurredAt().plusNanos(1000), e.actor(), e.correlationId(), e.data(), e.receivedAt(), e.receivedSeq(),
                        e.prevHash(), null),
                e -> new Entry(e.seq(), e.eventId(), e.topic(), e.partition(), e.offset(), e.type(), e.source(), e.subject(),
                        e.occurredAt(), e.actor(), e.correlationId(), e.data(), e.receivedAt().plusSeconds(1), e.receivedSeq(),
                        e.prevHash(), null),
                e -> new Entry(e.seq(), e.eventId(), e.topic(), e.partition(), e.offset(), e.type(), e.source(), e.subject(),
                        e.occurredAt(), e.actor(), e.correlationId(), e.data(), e.receivedAt(), 8, e.prevHash(), null));
        String original = HashChain.hash(FIRST);
        List<String> hashes = new ArrayList<>();
        for (UnaryOperator<Entry> change : changes) {
            String changed = HashChain.hash(change.apply(FIRST));
            assertThat(changed).isNotEqualTo(original);
            hashes.add(changed);
        }
        assertThat(hashes).doesNotHaveDuplicates();
    }

    @Test
    void aNullIsNotAnEmptyTextAndNoTextCanPoseAsTheNextField() {
        Entry nullActor = with(FIRST, 1, FIRST.eventId(), FIRST.topic(), FIRST.subject(), null, null, DATA, HashChain.GENESIS);
        Entry emptyActor = with(FIRST, 1, FIRST.eventId(), FIRST.topic(), FIRST.subject(), "", null, DATA, HashChain.GENESIS);
        assertThat(HashChain.hash(nullActor)).isNotEqualTo(HashChain.hash(emptyActor));
        // An actor that spells out "its" correlation id, against the same text split over the two columns.
        Entry smuggled = with(FIRST, 1, FIRST.eventId(), FIRST.topic(), FIRST.subject(), "a\ncorrelation_id 1:b", null,
                DATA, HashChain.GENESIS);
        Entry split = with(FIRST, 1, FIRST.eventId(), FIRST.topic(), FIRST.subject(), "a", "b", DATA, HashChain.GENESIS);
        assertThat(HashChain.canonical(smuggled)).isNotEqualTo(HashChain.canonical(split));
    }

    @Test
    void anIntactChainVerifiesToItsLastEntry() {
        List<Entry> log = chain(5);
        Result result = walk(log, HashChain.Walk.fromStart());
        assertThat(result.broken).isEmpty();
        assertThat(result.walk.checked()).isEqualTo(5);
        assertThat(result.walk.lastSeq()).isEqualTo(5);
        assertThat(result.walk.lastHash()).isEqualTo(log.get(4).hash());
    }

    @Test
    void anEntryChangedAfterItWasAppendedBreaksTheChainAtThatEntry() {
        List<Entry> log = chain(5);
        Entry third = log.get(2);
        log.set(2, with(third, 3, third.eventId(), third.topic(), third.subject(), third.actor(), third.correlationId(),
                "{\"parkCode\": \"SDP999\"}", third.prevHash()).chained(3, third.prevHash(), third.hash()));
        Result result = walk(log, HashChain.Walk.fromStart());
        assertThat(result.broken).get().extracting(Break::seq, Break::eventId, Break::reason)
                .containsExactly(3L, third.eventId(), BreakReason.HASH_MISMATCH);
        assertThat(result.walk.checked()).isEqualTo(2);
    }

    @Test
    void anEntryChangedWithItsHashRecomputedBreaksTheChainAtTheNextEntry() {
        List<Entry> log = chain(5);
        Entry third = log.get(2);
        Entry forged = with(third, 3, third.eventId(), third.topic(), third.subject(), "mallory", third.correlationId(),
                third.data(), third.prevHash());
        log.set(2, forged.chained(3, third.prevHash(), HashChain.hash(forged)));
        Result result = walk(log, HashChain.Walk.fromStart());
        assertThat(result.broken).get().extracting(Break::seq, Break::reason)
                .containsExactly(4L, BreakReason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void twoEntriesSwappedBreakTheChainAtTheFirstOfThem() {
        List<Entry> log = chain(5);
        // The rows change places: each takes the other's seq (as an UPDATE of seq would), keeping its hashes.
        Entry second = log.get(1);
        Entry third = log.get(2);
        log.set(1, third.chained(2, third.prevHash(), third.hash()));
        log.set(2, second.chained(3, second.prevHash(), second.hash()));
        Result result = walk(log, HashChain.Walk.fromStart());
        assertThat(result.broken).get().extracting(Break::seq, Break::eventId, Break::reason)
                .containsExactly(2L, third.eventId(), BreakReason.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void aDeletedEntryIsAGapAtTheEntryAfterIt() {
        List<Entry> log = chain(5);
        log.remove(2);
        Result result = walk(log, HashChain.Walk.fromStart());
        assertThat(result.broken).get().extracting(Break::seq, Break::reason).containsExactly(4L, BreakReason.GAP);
        assertThat(result.broken.get().detail()).contains("seq 4 follows seq 2").contains("(seq 3)");
        // The first entry deleted: the log starts at 2.
        List<Entry> headless = chain(3);
        headless.remove(0);
        assertThat(walk(headless, HashChain.Walk.fromStart()).broken).get().extracting(Break::seq, Break::reason)
                .containsExactly(2L, BreakReason.GAP);
    }

    @Test
    void aWalkFromTheMiddleTakesTheEntryBeforeAsStored() {
        List<Entry> log = chain(5);
        Entry second = log.get(1);
        Result result = walk(log.subList(2, 5), HashChain.Walk.after(2, second.hash()));
        assertThat(result.broken).isEmpty();
        assertThat(result.walk.checked()).isEqualTo(3);
    }

    @Test
    void aRecomputedChainFitsItselfButNotAnAnchorRecordedBefore() {
        List<Entry> log = chain(5);
        String recordedFourth = log.get(3).hash();
        // An insider changes entry 2 and recomputes every hash after it: the chain alone cannot tell.
        List<Entry> rewritten = new ArrayList<>(log.subList(0, 1));
        Entry second = log.get(1);
        rewritten.add(with(second, 2, second.eventId(), second.topic(), second.subject(), "mallory",
                second.correlationId(), second.data(), log.get(0).hash()));
        rewritten.set(1, rewritten.get(1).chained(2, log.get(0).hash(), HashChain.hash(rewritten.get(1))));
        for (int i = 2; i < 5; i++) {
            Entry e = log.get(i).chained(i + 1, rewritten.get(i - 1).hash(), null);
            rewritten.add(e.chained(i + 1, e.prevHash(), HashChain.hash(e)));
        }
        assertThat(walk(rewritten, HashChain.Walk.fromStart()).broken).isEmpty();
        // The hash an auditor recorded for seq 4 exposes it.
        assertThat(walk(rewritten, HashChain.Walk.fromStart().anchoredAt(4, recordedFourth)).broken).get()
                .extracting(Break::seq, Break::reason).containsExactly(4L, BreakReason.ANCHOR_MISMATCH);
        // And the original log still fits the anchor.
        assertThat(walk(log, HashChain.Walk.fromStart().anchoredAt(4, recordedFourth)).broken).isEmpty();
    }

    @Test
    void entriesCutOffTheEndShowOnlyAgainstAnAnchor() {
        List<Entry> log = chain(5);
        String recordedFifth = log.get(4).hash();
        List<Entry> cut = new ArrayList<>(log.subList(0, 3));
        assertThat(walk(cut, HashChain.Walk.fromStart()).broken).isEmpty();
        Result anchored = walk(cut, HashChain.Walk.fromStart().anchoredAt(5, recordedFifth));
        assertThat(anchored.broken).get().extracting(Break::seq, Break::reason)
                .containsExactly(5L, BreakReason.ANCHOR_MISMATCH);
        assertThat(anchored.broken.get().detail()).contains("the log ends at seq 3");
    }

    // --- helpers ---

    private record Result(HashChain.Walk walk, Optional<Break> broken) {
    }

    private static Result walk(List<Entry> entries, HashChain.Walk walk) {
        for (Entry entry : entries) {
            Optional<Break> broken = walk.next(entry);
            if (broken.isPresent()) {
                return new Result(walk, broken);
            }
        }
        return new Result(walk, walk.end());
    }

    /** A log of n entries chained as the database chains them. */
    private static List<Entry> chain(int n) {
        List<Entry> log = new ArrayList<>();
        String previous = HashChain.GENESIS;
        for (int seq = 1; seq <= n; seq++) {
            Entry entry = new Entry(seq, UUID.randomUUID(), "acceptance.events", 0, seq, "acceptance.applied",
                    "/acceptance-service", "SDP00" + seq, OffsetDateTime.parse("2019-12-20T10:00:00+08:00").plusMinutes(seq),
                    "manager.SDP00" + seq, "c-" + seq, "{\"parkCode\": \"SDP00" + seq + "\"}",
                    OffsetDateTime.parse("2019-12-20T10:00:00.5+08:00").plusMinutes(seq), 100 + seq, previous, null);
            entry = entry.chained(seq, previous, HashChain.hash(entry));
            log.add(entry);
            previous = entry.hash();
        }
        return log;
    }

    private static Entry with(Entry e, long seq, UUID id, String topic, String subject, String actor,
                              String correlationId, String data, String prevHash) {
        return new Entry(seq, id, topic, e.partition(), e.offset(), e.type(), e.source(), subject, e.occurredAt(), actor,
                correlationId, data, e.receivedAt(), e.receivedSeq(), prevHash, e.hash());
    }
}
