package quod.diagnostics;

import java.util.Collection;
import java.util.List;

/** "Did you mean" for misspelt names in messages: the closest candidate by edit distance, if close. */
public final class Suggestions {
    private Suggestions() {
    }

    /** The candidate nearest to {@code word}, or null when none is within a few edits. */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates.stream().sorted().toList()) {
            int d = distance(word, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.max(2, word.length() / 3) ? best : null;
    }

    /**
     * "; did you mean 'x'?", or "; known WHAT: a, b, c" (at most five), or {@code none} when there are
     * no candidates.
     */
    public static String hint(String word, Collection<String> candidates, String what, String none) {
        if (candidates.isEmpty()) {
            return none;
        }
        String near = closest(word, candidates);
        if (near != null) {
            return "; did you mean '" + near + "'?";
        }
        List<String> sorted = candidates.stream().sorted().toList();
        String shown = String.join(", ", sorted.subList(0, Math.min(5, sorted.size())));
        return "; known " + what + ": " + shown + (sorted.size() > 5 ? ", ..." : "");
    }

    /** Levenshtein distance, with a swap of two neighbours counting as one edit. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
