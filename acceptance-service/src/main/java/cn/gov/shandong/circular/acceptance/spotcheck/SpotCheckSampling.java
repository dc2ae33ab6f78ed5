package cn.gov.shandong.circular.acceptance.spotcheck;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The draw of a spot-check sample, reproducible by anyone: each park of the population is ranked by the
 * lowercase hex SHA-256 of {@code seed + ":" + parkCode} (UTF-8), ascending, and the first n are the sample.
 * The same population and seed always give the same sample, whatever order the population is listed in;
 * {@code printf '%s' '<seed>:<parkCode>' | sha256sum} gives the same ranks (docs/acceptance.md).
 */
public final class SpotCheckSampling {

    /** How the sample is drawn, as the verification endpoint states it. */
    public static final String ALGORITHM = "sha256-rank-v1: rank each park by lowercase hex SHA-256 of UTF-8 "
            + "'<seed>:<parkCode>', ascending; the sample is the first n";

    private static final SecureRandom RANDOM = new SecureRandom();

    private SpotCheckSampling() {
    }

    /** The rank of a park under a seed: 64 lowercase hex digits. */
    public static String rank(String seed, String parkCode) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest((seed + ":" + parkCode).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * The sample: the {@code size} parks of the population with the lowest ranks, lowest first (ties, which
     * SHA-256 makes practically impossible, go by park code). Duplicates in the population count once.
     */
    public static List<String> draw(Collection<String> population, String seed, int size) {
        if (size < 0) {
            throw new IllegalArgumentException("a sample size is at least 0, not " + size);
        }
        return population.stream().distinct()
                .map(park -> new Ranked(rank(seed, park), park))
                .sorted(Comparator.comparing(Ranked::rank).thenComparing(Ranked::parkCode))
                .limit(size)
                .map(Ranked::parkCode)
                .toList();
    }

    /**
     * How many parks to sample from a population: the size asked for, or the rate's share rounded up (at
     * least 1), never more than the population. An empty population gives 0.
     *
     * @param size a sample size of at least 1, or null when a rate is given
     * @param rate a share in (0, 1], or null when a size is given
     */
    public static int sampleSize(int population, Integer size, BigDecimal rate) {
        if ((size == null) == (rate == null)) {
            throw new IllegalArgumentException("give a sample size or a sample rate, not both nor neither");
        }
        if (population <= 0) {
            return 0;
        }
        int wanted;
        if (size != null) {
            if (size < 1) {
                throw new IllegalArgumentException("a sample size is at least 1, not " + size);
            }
            wanted = size;
        } else {
            if (rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("a sample rate is in (0, 1], not " + rate.toPlainString());
            }
            wanted = Math.max(1, rate.multiply(BigDecimal.valueOf(population)).setScale(0, RoundingMode.CEILING)
                    .intValueExact());
        }
        return Math.min(wanted, population);
    }

    /** A fresh seed for a round whose creator gave none: 128 random bits as 32 hex digits. */
    public static String newSeed() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return HexFormat.of().formatHex(bits);
    }

    private record Ranked(String rank, String parkCode) {
    }
}
