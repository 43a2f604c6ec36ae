package quod.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** How a page shows what an author can hide: solutions (open or collapsed) and check marks (visible or hidden). */
public final class Display {
    private Display() {
    }

    /** Whether solution blocks start open or collapsed ({@code solutions:} in site.yml or front matter). */
    public enum Solutions {
        OPEN, COLLAPSED;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether passed checks leave a visible mark ({@code checks:} in front matter); they always run. */
    public enum Checks {
        VISIBLE, HIDDEN;

        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The words an enum is written as in YAML, in declaration order. */
    public static List<String> words(Enum<?>[] values) {
        return Arrays.stream(values).map(v -> v.name().toLowerCase(Locale.ROOT)).toList();
    }
}
