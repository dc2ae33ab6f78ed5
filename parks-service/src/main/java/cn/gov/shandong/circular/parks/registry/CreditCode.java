package cn.gov.shandong.circular.parks.registry;

import java.util.Optional;

/**
 * 统一社会信用代码 (unified social credit code, GB 32100-2015): 18 characters of the standard's alphabet of 31
 * (digits and upper-case letters without I, O, S, V, Z); the 18th is a check character computed from the
 * first 17 with weights 3^(i-1) mod 31.
 */
public final class CreditCode {

    public static final int LENGTH = 18;
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /** Why the value is not a credit code, or empty when it is one (upper case only, as the standard writes it). */
    public static Optional<String> problem(String value) {
        if (value == null || value.length() != LENGTH) {
            return Optional.of("must have 18 characters, not " + (value == null ? 0 : value.codePointCount(0, value.length())));
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                return Optional.of("character " + (i + 1) + " (" + value.charAt(i) + ") is not in GB 32100's alphabet"
                        + " (digits and upper-case letters except I, O, S, V, Z)");
            }
        }
        char expected = checkCharacter(value.substring(0, LENGTH - 1));
        if (value.charAt(LENGTH - 1) != expected) {
            return Optional.of("check character " + value.charAt(LENGTH - 1) + " does not match the first 17 (expected "
                    + expected + ")");
        }
        return Optional.empty();
    }

    /** The check character of the first 17 characters (which must be of the alphabet). */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return ALPHABET.charAt(check == 31 ? 0 : check);
    }
}
