package quod.edition;

import java.util.Locale;

/**
 * Which readers a build is for. The staff edition shows everything; the student edition leaves out what is
 * not released yet and what is marked staff-only, from every file it writes.
 */
public enum Edition {
    STUDENT, STAFF;

    /** The word written in {@code --edition} and in site.yml's {@code edition:}. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
