package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.edition.Edition;

/**
 * The fixture course {@code sites/editions}: release dates on a page (hw1, 5 Dec 2026 09:00 in the site's zone,
 * America/Los_Angeles, i.e. 17:00 UTC) and on single divs (hw2), a staff note, values and a compute block outside
 * a solution computed from it, and an equation labelled inside a solution and referred to outside. Built in both
 * editions at several instants; every file the student edition writes is searched for text only the hidden parts hold.
 */
class EditionsSiteTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/editions");
    /** Text that stands only in parts hidden before 5 Dec 2026 17:00 UTC (the number 12348 is computed in a solution). */
    private static final List<String> HIDDEN_BEFORE_HW1 = List.of("HINTZEBRA", "TITLEQUOKKA", "SOLUTIONQUOKKA",
            "HEADINGQUOKKA", "ANSWERQUOKKA", "12348", "24696", "12,348", "eq:key", "\\lambda_{\\max}");
    /** Text hidden in the student edition at any of the instants below. */
    private static final List<String> HIDDEN_ALWAYS = List.of("SOLUTIONWOMBAT", "ANSWERWOMBAT", "GRADINGWOMBAT", "Grading",
            "Staff only");

    @TempDir
    Path tmp;

    private Map<String, byte[]> build(Edition edition, String now) throws IOException {
        Path out = tmp.resolve(edition.word() + "-" + now.replace(':', '-'));
        BuildOptions options = Fixtures.options(FIXTURE, out, null).withEdition(edition, Instant.parse(now));
        BuildResult result = new SiteBuild(options).run();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.succeeded()).isTrue();
        return Fixtures.tree(out);
    }

    private static String text(Map<String, byte[]> site, String file) {
        return new String(site.get(file), StandardCharsets.UTF_8);
    }

    private static void assertNoFileHolds(Map<String, byte[]> site, List<String> secrets) {
        site.forEach((file, bytes) -> {
            String content = new String(bytes, StandardCharsets.UTF_8);
            for (String secret : secrets) {
                assertThat(content).as("%s must not hold '%s'", file, secret).doesNotContain(secret);
            }
        });
    }

    @Test
    void theStudentEditionBeforeTheReleaseWritesNoTraceOfHiddenPartsInAnyFile() throws IOException {
        Map<String, byte[]> site = build(Edition.STUDENT, "2026-12-05T16:59:59Z");
        assertThat(site).containsKeys("hw1/index.html", "hw2/index.html", "print/index.html", "sitemap.xml");
        assertNoFileHolds(site, HIDDEN_BEFORE_HW1);
        assertNoFileHolds(site, HIDDEN_ALWAYS);
        // the print page (and so its PDF) is made from the same pages
        assertThat(text(site, "print/index.html")).contains("Solution released on 5 Dec 2026, 09:00 PST");
    }

    @Test
    void aWithheldPartLeavesAPlaceholderWithItsDateInTheSitesZoneAndNothingElse() throws IOException {
        Document hw1 = Jsoup.parse(text(build(Edition.STUDENT, "2026-12-01T00:00:00Z"), "hw1/index.html"));
        assertThat(hw1.select(".withheld.solution")).singleElement().satisfies(e -> {
            assertThat(e.text()).isEqualTo("Solution released on 5 Dec 2026, 09:00 PST");
            assertThat(e.select("[id]")).isEmpty();
            assertThat(e.attributes().asList()).extracting(a -> a.getKey()).containsExactly("class", "role");
        });
        assertThat(hw1.select(".withheld.hint").text()).isEqualTo("Hint released on 5 Dec 2026, 09:00 PST");
        assertThat(hw1.select(".withheld.answer").text()).isEqualTo("Answer released on 5 Dec 2026, 09:00 PST");
        Document hw2 = Jsoup.parse(text(build(Edition.STUDENT, "2026-12-01T00:00:00Z"), "hw2/index.html"));
        assertThat(hw2.select(".withheld").eachText()).containsExactly(
                "Solution released on 10 Jan 2027, 00:00 PST", "Answer not released yet");
        assertThat(hw2.select("details.solution summary").text()).isEqualTo("Solution: Already out");
    }

    @Test
    void valuesAndOutputsComputedFromAHiddenSolutionArePlaceholdersWhilePublicOnesShow() throws IOException {
        Document hw1 = Jsoup.parse(text(build(Edition.STUDENT, "2026-12-01T00:00:00Z"), "hw1/index.html"));
        assertThat(hw1.select(".withheld-value").eachText()).containsExactly("(not released)");
        assertThat(hw1.select(".withheld-output")).hasSize(1);
        assertThat(hw1.select(".content > p").eachText()).contains("A public number: 42.");
        assertThat(hw1.select("section.problem p").eachText()).anyMatch(t -> t.endsWith("A has 2 rows."));
        // the reference to the hidden equation keeps its number but links nowhere (the link check passed)
        assertThat(hw1.select("a.eqref")).isEmpty();
        assertThat(hw1.select("span.eqref").text()).isEqualTo("(1)");
        // so does the reference to a lemma stated in the hidden solution, and the lemma's label is no id on the page
        assertThat(hw1.select("a.xref")).isEmpty();
        assertThat(hw1.select("span.xref").text()).isEqualTo("Lemma 1");
        assertThat(hw1.getElementById("lem:triangular")).isNull();
    }

    @Test
    void atTheReleaseInstantThePageIsPublishedInFull() throws IOException {
        Map<String, byte[]> site = build(Edition.STUDENT, "2026-12-05T17:00:00Z");
        Document hw1 = Jsoup.parse(text(site, "hw1/index.html"));
        assertThat(hw1.select(".withheld, .withheld-value, .withheld-output")).isEmpty();
        assertThat(hw1.text()).contains("SOLUTIONQUOKKA", "HINTZEBRA", "ANSWERQUOKKA", "The key number is 12348");
        assertThat(hw1.select("a.eqref").attr("href")).isEqualTo("#eq:key");
        assertThat(hw1.select("a.xref").attr("href")).isEqualTo("#lem:triangular");
        assertThat(hw1.getElementById("lem:triangular")).isNotNull();
        assertThat(hw1.select(".edition-label")).isEmpty();
        assertThat(hw1.select(".toc a, nav a").eachText()).anyMatch(t -> t.contains("HEADINGQUOKKA"));
        // the div-level dates of hw2 and the staff note are untouched by hw1's release
        assertNoFileHolds(site, HIDDEN_ALWAYS);
    }

    @Test
    void theStaffEditionShowsEverythingMarkedWithItsReleaseDateAndStaffOnlyParts() throws IOException {
        Map<String, byte[]> site = build(Edition.STAFF, "2026-12-01T00:00:00Z");
        Document hw1 = Jsoup.parse(text(site, "hw1/index.html"));
        assertThat(hw1.text()).contains("SOLUTIONQUOKKA", "The key number is 12348");
        assertThat(hw1.select(".release-label").eachText()).containsOnly("Releases 5 Dec 2026, 09:00 PST").hasSize(3);
        Document hw2 = Jsoup.parse(text(site, "hw2/index.html"));
        assertThat(hw2.select(".release-label").eachText()).containsExactly("Releases 10 Jan 2027, 00:00 PST",
                "Released 31 Dec 2025, 16:00 PST", "Not released to students");
        assertThat(hw2.select("aside.note.staff-only .staff-label").text()).isEqualTo("Staff only");
        assertThat(hw2.text()).contains("GRADINGWOMBAT", "SOLUTIONWOMBAT", "ANSWERWOMBAT");
    }

    @Test
    void theSameInstantGivesTheSameBytes() throws IOException {
        Map<String, byte[]> first = build(Edition.STUDENT, "2026-12-01T00:00:00Z");
        Path again = tmp.resolve("again");
        new SiteBuild(Fixtures.options(FIXTURE, again, null).withEdition(Edition.STUDENT,
                Instant.parse("2026-12-01T00:00:00Z"))).run();
        Map<String, byte[]> second = Fixtures.tree(again);
        assertThat(second.keySet()).isEqualTo(first.keySet());
        first.forEach((file, bytes) -> assertThat(second.get(file)).as(file).isEqualTo(bytes));
    }

    @Test
    void siteYmlChoosesTheEditionWhenTheCommandLineDoesNotAndTheCommandLineWins() throws IOException {
        Path copy = tmp.resolve("copy");
        Fixtures.copyTree(FIXTURE, copy);
        java.nio.file.Files.writeString(copy.resolve("content/site.yml"), "edition: student\n",
                java.nio.file.StandardOpenOption.APPEND);
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        Path student = tmp.resolve("by-site-yml");
        assertThat(new SiteBuild(Fixtures.options(copy, student, null).withEdition(null, now)).run().succeeded()).isTrue();
        assertNoFileHolds(Fixtures.tree(student), HIDDEN_ALWAYS);
        Path staff = tmp.resolve("by-flag");
        assertThat(new SiteBuild(Fixtures.options(copy, staff, null).withEdition(Edition.STAFF, now)).run().succeeded()).isTrue();
        assertThat(text(Fixtures.tree(staff), "hw2/index.html")).contains("GRADINGWOMBAT");
    }
}
