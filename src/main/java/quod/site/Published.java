package quod.site;

import java.util.List;

/**
 * What a build in {@code quod serve} just made servable: the files its commit wrote or deleted (paths relative to
 * the site, sorted). A build publishes the site in two steps once there is a site being served: first every
 * file but the print pages and the search index, then, as a {@code followUp}, those, which take long to make
 * and which an edited page does not need to be shown.
 */
public record Published(List<String> changed, boolean followUp) {
    public Published {
        changed = List.copyOf(changed);
    }
}
