package quod.cite;

import java.util.List;

/**
 * The works of one citation: {@code [@a; @b]}, or one {@code @key} in the text ({@code narrative}: the authors
 * as part of the sentence, "Kunin et al. (2019)").
 */
public record Cluster(List<Cite> cites, boolean narrative) {
    public Cluster {
        cites = List.copyOf(cites);
    }
}
