package cn.gov.shandong.circular.common.testing;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh, unique test data: park codes, city codes and programme codes no other test (and no seed) uses.
 *
 * <p>Why: the tests of a module share one database and one event log, so a test's counts and lists must not meet
 * another test's data. Instead of each test class reserving a range of codes (SDP9831-SDP9835, fake years 2083-2099)
 * and every new test having to find a range nobody uses, a test asks here for what it needs and gets codes that are
 * its own. Each run of a module's tests starts with a fresh database, so a counter per JVM is enough.
 *
 * <p>The codes are valid for the platform (platform-events' {@code Check}) and kept apart from real and reserved ones:
 * <ul>
 *   <li>park codes {@code SDP900001, SDP900002, ...}: {@code SDP[0-9]{3,}}, at most 20 characters; six digits, so
 *       never one of the seeded parks SDP001-SDP106 nor a test's reserved four- or five-digit code (SDP9801,
 *       SDP99999); they sort after both, as the reserved codes sorted after the seeded ones;</li>
 *   <li>city codes {@code 378001, 378002, ...}: six digits; Shandong's cities are 370100-371700, and tests that name
 *       a made-up city literally use 3791xx-3799xx, so 378xxx is nobody's;</li>
 *   <li>programme codes {@code 8001-8001, 8002-8002, ...}: {@code [0-9]{4}-[0-9]{4}} (9 characters, the column's
 *       width); the real programmes' codes are their years (2018-2020, 2021-2025, ...), so no real or seeded code
 *       starts with 8. The code is only a name: the programme's years are whatever the test defines, so a test with
 *       a programme of its own can use realistic years.</li>
 * </ul>
 * The values are handed out in increasing order, so codes allocated in a test's order sort in that order.
 */
public final class TestData {

    private static final AtomicInteger PARKS = new AtomicInteger();
    private static final AtomicInteger CITIES = new AtomicInteger();
    private static final AtomicInteger PROGRAMMES = new AtomicInteger();

    private TestData() {
    }

    /** A park code no seed, no other test and no earlier call in this JVM uses, e.g. {@code SDP900001}. */
    public static String parkCode() {
        int n = PARKS.incrementAndGet();
        if (n > 99_999) {
            throw new IllegalStateException("TestData ran out of park codes");
        }
        return "SDP9" + String.format("%05d", n);
    }

    /** {@code count} fresh park codes, in increasing order. */
    public static String[] parkCodes(int count) {
        String[] codes = new String[count];
        for (int i = 0; i < count; i++) {
            codes[i] = parkCode();
        }
        return codes;
    }

    /**
     * A 6-digit city code no real Shandong city and no other test uses, e.g. {@code 378001}; reporting learns the
     * city (and its name) from the first park.registered that names it.
     */
    public static String cityCode() {
        int n = CITIES.incrementAndGet();
        if (n > 999) {
            throw new IllegalStateException("TestData ran out of city codes");
        }
        return "378" + String.format("%03d", n);
    }

    /** A programme code no real programme and no other test uses, e.g. {@code 8001-8001}. */
    public static String programmeCode() {
        int n = PROGRAMMES.incrementAndGet();
        if (n > 999) {
            throw new IllegalStateException("TestData ran out of programme codes");
        }
        String half = String.valueOf(8000 + n);
        return half + "-" + half;
    }
}
