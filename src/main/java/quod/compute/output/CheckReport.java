package quod.compute.output;

import java.util.Set;

/**
 * How close one {@code check} of a page came to failing, for {@code quod build --checks}: every check
 * that ran has one, whether or not its mark shows.
 *
 * @param line    1-based line of the check in the page's file
 * @param column  1-based column of its comparison
 * @param label   the check's label in words, or null
 * @param text    the comparison as written
 * @param summary the comparison with its computed values (the last run's, in a loop)
 * @param slack   how far the compared values were from the boundary, relative to their size: 0 on
 *                the boundary (an equality holds with slack 0), 1 when one side is zero; in a loop the
 *                smallest over its runs
 * @param orders  orders of magnitude between the two sides (log10 of their ratio; for
 *                {@code ~= ... within T}, between T and the difference); 0 when it says nothing
 *                (opposite signs, equality); infinite when one side is exactly zero
 * @param times   how often it ran
 * @param traits  what the check is regardless of its values: {@link Flag#CONSTANT}, {@link Flag#IDENTITY}
 */
public record CheckReport(int line, int column, String label, String text, String summary, double slack,
                          double orders, int times, Set<Flag> traits) {
    public CheckReport {
        traits = Set.copyOf(traits);
    }

    /** Why the check can hardly fail, if it can: its traits, and {@link Flag#LOOSE} from its closest run. */
    public Set<Flag> flags() {
        if (orders > LOOSE_ORDERS && !labelSaysWhy()) {
            java.util.EnumSet<Flag> all = java.util.EnumSet.of(Flag.LOOSE);
            all.addAll(traits);
            return all;
        }
        return traits;
    }

    /** Reasons a check can hardly fail. */
    public enum Flag {
        /** It depends on no computed value: only literals and constants. */
        CONSTANT("depends on no computed value"),
        /** It held for random values of its variables too: a property of the functions, not of the page's values. */
        IDENTITY("holds for random values of its variables too"),
        /** The values were many orders of magnitude inside the bound. */
        LOOSE("is more than 3 orders of magnitude inside its bound");

        private final String reason;

        Flag(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /**
     * Words in a label that say why a check sits far inside its bound: an exact identity checked up to
     * rounding, a quantity that is zero. Such a check is not {@link Flag#LOOSE}.
     */
    public static final java.util.List<String> REASONS = java.util.List.of("exact", "zero", "rounding", "machine precision");

    private boolean labelSaysWhy() {
        String l = label == null ? "" : label.toLowerCase(java.util.Locale.ROOT);
        return REASONS.stream().anyMatch(l::contains);
    }

    /** Orders of magnitude beyond which a check counts as {@link Flag#LOOSE}. */
    public static final double LOOSE_ORDERS = 3;

    /** One more run of the same check in a loop: the closest call is kept, with the latest values. */
    public CheckReport again(CheckReport next) {
        boolean closer = next.slack < slack;
        return new CheckReport(line, column, label, text, next.summary, closer ? next.slack : slack,
                closer ? next.orders : orders, times + next.times, traits);
    }
}
