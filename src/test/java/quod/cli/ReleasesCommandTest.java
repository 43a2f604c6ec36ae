package quod.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** {@code quod releases}: the listing of the editions fixture, pinned, and the exit status a workflow reads. */
@ResourceLock(Resources.SYSTEM_OUT)
@ResourceLock(Resources.SYSTEM_ERR)
class ReleasesCommandTest {
    private static final String SOURCE = "src/test/resources/sites/editions/content";
    private static final String P = SOURCE + "/";

    @RegisterExtension
    final CapturedStreams streams = new CapturedStreams();

    @Test
    void listsEveryScheduledPartInReleaseOrderInTheSitesZoneAndTheNextRelease() {
        int status = Main.run("releases", "--source", SOURCE, "--now", "2026-12-05T17:00:00Z");
        assertThat(status).isZero();
        assertThat(streams.stdout().lines().toList()).containsExactly(
                P + "hw2.md:17:1: solution 31 Dec 2025, 16:00 PST   released",
                P + "hw1.md:20:1: hint     5 Dec 2026, 09:00 PST    released",
                P + "hw1.md:24:1: solution 5 Dec 2026, 09:00 PST    released",
                P + "hw1.md:43:1: answer   5 Dec 2026, 09:00 PST    released",
                P + "hw2.md:9:1: solution 10 Jan 2027, 00:00 PST   scheduled",
                P + "hw2.md:21:1: answer   never                    not released",
                "Next release: 10 Jan 2027, 00:00 PST (2027-01-10T08:00:00Z)");
        assertThat(streams.stderr()).isEmpty();
    }

    @Test
    void passedWithinExitsZeroOnlyWhenAReleasePassedInTheWindow() {
        assertThat(Main.run("releases", "--source", SOURCE, "--now", "2026-12-05T17:59:59Z", "--passed-within", "PT1H"))
                .isZero();
        assertThat(streams.stdout()).contains("3 releases passed within PT1H.");
        // an hour and a second after: outside the window
        assertThat(Main.run("releases", "--source", SOURCE, "--now", "2026-12-05T18:00:01Z", "--passed-within", "PT1H"))
                .isEqualTo(1);
        assertThat(streams.stdout()).contains("No release passed within PT1H.");
        // a second before the release: not passed yet
        assertThat(Main.run("releases", "--source", SOURCE, "--now", "2026-12-05T16:59:59Z", "--passed-within", "PT1H"))
                .isEqualTo(1);
    }

    @Test
    void aBadDurationOrInstantIsAUsageErrorAndBadContentIsListedLikeABuild() {
        assertThat(Main.run("releases", "--source", SOURCE, "--passed-within", "1h")).isEqualTo(2);
        assertThat(streams.stderr()).contains("--passed-within '1h' is not a positive ISO-8601 duration");
        assertThat(Main.run("releases", "--source", SOURCE, "--now", "yesterday")).isEqualTo(2);
        assertThat(streams.stderr()).contains("'yesterday' is not an instant");
        assertThat(Main.run("releases", "--source", "src/test/resources/sites-invalid/bad-release/content")).isEqualTo(1);
        assertThat(streams.stderr()).contains("bad-release/content/page.md:6:23: release '2026-13-05' is not a date-time");
    }
}
