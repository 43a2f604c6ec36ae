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
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quod.edition.Edition;

/**
 * The fixture course {@code sites/course}: a syllabus page and three homework sections (folders with an
 * index.md): hw1 due 20 Nov and released 22 Nov, hw2 due 4 Dec and released 6 Dec, hw3 due 18 Dec with a hint
 * released 10 Dec and a solution never released; times in Europe/Berlin. Built on 1 Dec 2026 in both editions.
 */
class CourseSiteTest {
    private static final Path FIXTURE = Path.of("src/test/resources/sites/course");
    private static final String NOW = "2026-12-01T00:00:00Z";

    @TempDir
    Path tmp;

    private Map<String, byte[]> build(Edition edition, String now) {
        Path out = tmp.resolve(edition.word() + "-" + now.replace(':', '-'));
        BuildResult result = new SiteBuild(Fixtures.options(FIXTURE, out, null).withEdition(edition, Instant.parse(now))).run();
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.succeeded()).isTrue();
        try {
            return Fixtures.tree(out);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Document page(Map<String, byte[]> site, String file) {
        assertThat(site).containsKey(file);
        return Jsoup.parse(new String(site.get(file), StandardCharsets.UTF_8));
    }

    @Test
    void theHomePageListsEachSectionWithItsDueDateAndWhetherItsSolutionsAreOut() {
        Document home = page(build(Edition.STUDENT, NOW), "index.html");
        List<List<String>> rows = home.select(".course-table tbody tr").stream()
                .map(tr -> tr.select("th, td").eachText()).toList();
        assertThat(rows).containsExactly(
                List.of("Homework 1", "20 Nov 2026, 23:59 CET", "Solutions out"),
                List.of("Homework 2", "4 Dec 2026, 23:59 CET", "Solutions on 6 Dec 2026, 12:00 CET"),
                List.of("Homework 3", "18 Dec 2026, 23:59 CET", "Solutions not released yet"));
        assertThat(home.select(".course-table time").eachAttr("datetime"))
                .containsExactly("2026-11-20T22:59:00Z", "2026-12-04T22:59:00Z", "2026-12-18T22:59:00Z");
        assertThat(home.select(".course-table a").eachAttr("href"))
                .containsExactly("hw1/index.html", "hw2/index.html", "hw3/index.html");
    }

    @Test
    void theHomePageListsTopLevelPagesAndSectionsInOrderEachSectionWithItsPages() {
        Document home = page(build(Edition.STAFF, NOW), "index.html");
        Element list = home.selectFirst("ul.page-list");
        assertThat(list.children().stream().map(li -> li.selectFirst("a").text()).toList())
                .containsExactly("Syllabus", "Homework 1", "Homework 2", "Homework 3");
        assertThat(list.select("li.section-entry").get(0).select(".section-pages > li > a").eachText())
                .containsExactly("Diagonal matrices", "Triangular matrices");
    }

    @Test
    void previousAndNextWalkTheSiteInReadingOrderThroughTheSections() {
        Map<String, byte[]> site = build(Edition.STAFF, NOW);
        assertThat(page(site, "hw1/index.html").select(".page-nav a").eachAttr("href"))
                .containsExactly("../syllabus/index.html", "../index.html", "../hw1/01-diagonal/index.html");
        assertThat(page(site, "hw1/02-triangular/index.html").select(".page-nav a").eachText())
                .containsExactly("← Diagonal matrices", "Homework 1", "Homework 2 →");
    }

    @Test
    void aPageInASectionHasBreadcrumbsAndItsSectionsIndexListsItsPagesAndDates() {
        Map<String, byte[]> site = build(Edition.STAFF, NOW);
        Document page = page(site, "hw1/02-triangular/index.html");
        assertThat(page.select("nav.breadcrumbs a").eachText())
                .containsExactly("Linear algebra course", "Homework 1", "Triangular matrices");
        assertThat(page.select("nav.breadcrumbs a").eachAttr("href"))
                .containsExactly("../../index.html", "../../hw1/index.html", "../../hw1/02-triangular/index.html");
        assertThat(page.select("nav.breadcrumbs [aria-current=page]").text()).isEqualTo("Triangular matrices");
        Document index = page(site, "hw1/index.html");
        assertThat(index.select(".section-dates").text()).isEqualTo("Due 20 Nov 2026, 23:59 CET. Solutions out.");
        assertThat(index.select("#section-pages + ul a").eachText()).containsExactly("Diagonal matrices", "Triangular matrices");
        assertThat(index.select(".print-link a").attr("href")).isEqualTo("../hw1/print/index.html");
        assertThat(page(site, "syllabus/index.html").select("nav.breadcrumbs")).isEmpty();
    }

    @Test
    void eachSectionHasAPrintPageOfItsOwnPagesWhoseOtherLinksLeadToTheSite() {
        Map<String, byte[]> site = build(Edition.STAFF, NOW);
        Document hw1 = page(site, "hw1/print/index.html");
        assertThat(hw1.select("article.print-page > h1").eachText())
                .containsExactly("Homework 1", "Diagonal matrices", "Triangular matrices");
        assertThat(hw1.title()).isEqualTo("Homework 1 (all pages)");
        // within the section: into the print page; the equation on another page of the section too
        assertThat(hw1.select("a:contains(the first problem)").attr("href")).isEqualTo("#page-hw1_01-diagonal");
        assertThat(hw1.select("a.eqref").eachAttr("href")).containsExactly("#hw1_01-diagonal--eq:diag");
        assertThat(hw1.getElementById("hw1_01-diagonal--eq:diag")).isNotNull();
        Document hw2 = page(site, "hw2/print/index.html");
        assertThat(hw2.select("a:contains(homework 1)").attr("href")).isEqualTo("../../hw1/02-triangular/index.html");
        assertThat(hw2.text()).doesNotContain("Diagonal matrices");
        // the site's print page has every page
        assertThat(page(site, "print/index.html").select("article.print-page > h1").eachText()).containsExactly(
                "Linear algebra course", "Syllabus", "Homework 1", "Diagonal matrices", "Triangular matrices",
                "Homework 2", "Orthogonal matrices", "Homework 3", "The SVD");
    }

    @Test
    void theStudentEditionOfTheCourseHoldsNoTextOfAnUnreleasedPartInAnyFile() {
        Map<String, byte[]> staff = build(Edition.STAFF, NOW);
        Map<String, byte[]> student = build(Edition.STUDENT, NOW);
        List<String> hidden = List.of("SOLUTIONHW2", "SOLUTIONHW3", "HINTHW3", "GRADINGHW1", "Strang", "strang2016");
        for (String secret : hidden) {
            assertThat(staff.values().stream().anyMatch(b -> new String(b, StandardCharsets.UTF_8).contains(secret)))
                    .as("the staff edition holds %s", secret).isTrue();
        }
        student.forEach((file, bytes) -> {
            String text = new String(bytes, StandardCharsets.UTF_8);
            for (String secret : hidden) {
                assertThat(text).as("%s must not hold %s", file, secret).doesNotContain(secret);
            }
        });
        assertThat(new String(student.get("hw1/print/index.html"), StandardCharsets.UTF_8)).contains("SOLUTIONHW1A");
        // a work cited only in a hidden solution is not in the page's references; one cited in the problem is
        assertThat(page(student, "hw3/01-svd/index.html").select("section.references .csl-entry").eachAttr("id"))
                .containsExactly("ref-axler2015");
        assertThat(page(staff, "hw3/01-svd/index.html").select("section.references .csl-entry").eachAttr("id"))
                .containsExactly("ref-axler2015", "ref-strang2016");
        // once hw2's date has passed, its solution is out and the course table says so
        Map<String, byte[]> later = build(Edition.STUDENT, "2026-12-06T11:00:00Z");
        assertThat(new String(later.get("hw2/01-orthogonal/index.html"), StandardCharsets.UTF_8)).contains("SOLUTIONHW2");
        assertThat(page(later, "index.html").select(".course-table tbody tr").get(1).select("td").eachText())
                .containsExactly("4 Dec 2026, 23:59 CET", "Solutions out");
    }
}
