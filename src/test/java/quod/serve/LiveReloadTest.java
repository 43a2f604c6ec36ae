package quod.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Edits while serving: a saved change rebuilds the site and tells open pages to reload; a change that
 * breaks the build sends its errors as Quod prints them, and the last good site stays served.
 */
class LiveReloadTest {
    /** Generous for a loaded 2-core machine; a rebuild of the fixture takes well under a second. */
    private static final Duration WAIT = Duration.ofSeconds(30);

    @TempDir
    Path tmp;
    Project project;
    DevServer server;
    HttpClient client = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws Exception {
        project = new Project(tmp.resolve("project"), "basic");
        server = project.serve();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String page(String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    /** The next reload event that reloads the page of {@code file}, skipping those for other files. */
    private static EventStream.Event reloadOf(EventStream events, String file) throws InterruptedException {
        while (true) {
            EventStream.Event e = events.next("reload", WAIT);
            List<String> lines = List.of(e.data().split("\n"));
            if (lines.contains(file) || lines.contains("*")) {
                return e;
            }
        }
    }

    @Test
    void aPageThatConnectsIsToldWhichBuildItShouldShow() throws Exception {
        try (EventStream events = new EventStream(client, server.url())) {
            assertThat(events.next(WAIT)).isEqualTo(new EventStream.Event("hello", "1"));
        }
    }

    @Test
    void anEditRebuildsAndSendsReload() throws Exception {
        try (EventStream events = new EventStream(client, server.url())) {
            events.next("hello", WAIT);
            project.write("02-second.md", project.read("02-second.md") + "\nA paragraph added while serving.\n");
            // the edited page first; the print page and the search index, which hold the edit too, after it
            assertThat(events.next(WAIT)).isEqualTo(new EventStream.Event("reload", "2\n02-second/index.html"));
            assertThat(events.next(WAIT)).isEqualTo(new EventStream.Event("reload", "2\nassets/search-index.js\nprint/index.html"));
        }
        assertThat(Jsoup.parse(page("/print/")).select("main").text()).contains("A paragraph added while serving.");
        assertThat(Jsoup.parse(page("/02-second/")).select("main p").text()).contains("A paragraph added while serving.");
        assertThat(Jsoup.parse(page("/02-second/")).select("script[data-build]").attr("data-build")).isEqualTo("2");
        assertThat(project.out.toString()).contains("Built 4 pages").contains(server.url());
    }

    @Test
    void aChangedStyleSheetReloadsEveryPage() throws Exception {
        try (EventStream events = new EventStream(client, server.url())) {
            events.next("hello", WAIT);
            Files.createDirectories(project.templates.resolve("assets"));
            Files.writeString(project.templates.resolve("assets/extra.css"), "p { color: teal }\n");
            assertThat(events.next(WAIT)).isEqualTo(new EventStream.Event("reload", "2\n*"));
        }
    }

    @Test
    void aLinkIntoThePrintPageIsCheckedAgainstThePrintPageOfTheSameBuild() throws Exception {
        try (EventStream events = new EventStream(client, server.url())) {
            events.next("hello", WAIT);
            // the heading's id exists only in this build's print page: checked against the last one, the link is broken
            project.write("02-second.md", project.read("02-second.md")
                    + "\n## A heading written while serving\n\nSee [it in print](print/#02-second--a-heading-written-while-serving).\n");
            EventStream.Event reload = events.next(WAIT);
            assertThat(reload.name()).as(reload.data()).isEqualTo("reload");
            assertThat(reload.data().split("\n")).as("published at once, print page included")
                    .contains("02-second/index.html", "print/index.html");
        }
        assertThat(project.err.toString()).doesNotContain("a-heading-written-while-serving");
    }

    @Test
    void aNewFolderIsWatchedToo() throws Exception {
        try (EventStream events = new EventStream(client, server.url())) {
            events.next("hello", WAIT);
            Files.createDirectories(project.content.resolve("later/deeper"));
            // an empty folder changes no file of the site: it is built (and then watched), and nothing reloads
            assertThat(events.poll(Duration.ofSeconds(1))).isNull();
            project.write("later/deeper/page.md", "---\ntitle: Written later\n---\n\nFirst version.\n");
            reloadOf(events, "later/deeper/page/index.html");
            project.write("later/deeper/page.md", "---\ntitle: Written later\n---\n\nSecond version.\n");
            reloadOf(events, "later/deeper/page/index.html");
        }
        assertThat(page("/later/deeper/page/")).contains("Second version.");
    }

    @Test
    void aBrokenEditSendsItsErrorsAndTheLastGoodPageStaysServed() throws Exception {
        String good = page("/02-second/");
        try (EventStream events = new EventStream(client, server.url())) {
            events.next("hello", WAIT);
            project.write("02-second.md", project.read("02-second.md") + "\nNew text.\n\n$$\n\\frac{1}{2}\n");
            EventStream.Event errors = events.next(WAIT);
            assertThat(errors.name()).isEqualTo("errors");
            String file = project.content.toRealPath().resolve("02-second.md").toString().replace('\\', '/');
            assertThat(errors.data()).startsWith(file + ":18:1: display math is not closed")
                    .contains("\n    $$\n    ^\n")
                    .endsWith("Build failed: 1 error; still serving the last good build");
        }
        assertThat(page("/02-second/")).isEqualTo(good).doesNotContain("New text.");
        assertThat(project.err.toString()).contains(":18:1: display math is not closed");
    }

    @Test
    void aFailingCheckIsReportedToPagesThatConnectLaterAndTheFixReloadsThem() throws Exception {
        project.write("02-second.md", project.read("02-second.md") + "\n```compute\ncheck 1 + 1 == 3\n```\n");
        try (EventStream first = new EventStream(client, server.url())) {
            first.next("hello", WAIT);
            assertThat(first.next(WAIT).name()).isEqualTo("errors");
        }
        try (EventStream late = new EventStream(client, server.url())) {
            assertThat(late.next(WAIT)).isEqualTo(new EventStream.Event("hello", "1"));
            EventStream.Event errors = late.next(WAIT);
            assertThat(errors.name()).isEqualTo("errors");
            assertThat(errors.data()).contains("02-second.md:17:7: check failed: 1 + 1 == 3");
            project.write("02-second.md", project.read("02-second.md").replace("== 3", "== 2"));
            // A loaded machine may see the first write as two changes and build the broken page twice
            // (another "errors"); what matters is that the fix reloads the pages.
            EventStream.Event reload = late.next("reload", WAIT);
            String[] lines = reload.data().split("\n");
            assertThat(Integer.parseInt(lines[0])).as("the build after the broken ones").isGreaterThanOrEqualTo(3);
            assertThat(lines).as("pages showing the errors all reload").containsExactly(lines[0], "*");
        }
    }

    @Test
    void aTemplateEditRebuilds() throws Exception {
        try (EventStream events = new EventStream(client, server.url())) {
            events.next("hello", WAIT);
            Path layout = project.templates.resolve("layout.ftlh");
            Files.writeString(layout, Files.readString(layout).replace("<main id=\"main\">",
                    "<main id=\"main\"><p class=\"from-template\">edited template</p>"));
            events.next("reload", WAIT);
        }
        assertThat(Jsoup.parse(page("/")).select("p.from-template").text()).isEqualTo("edited template");
    }

    @Test
    void aSaveThatChangesNothingDoesNotReloadButTheNextEditDoes() throws Exception {
        try (EventStream events = new EventStream(client, server.url())) {
            events.next("hello", WAIT);
            project.write("02-second.md", project.read("02-second.md"));  // saved again, as it was
            assertThat(events.poll(Duration.ofSeconds(1))).as("an event after a save that changed nothing").isNull();
            project.write("02-second.md", project.read("02-second.md") + "\nA new line.\n");
            assertThat(events.next(WAIT).name()).isEqualTo("reload");
        }
    }

    @Test
    void aFixBackToTheLastGoodFilesReloadsThePagesShowingErrors() throws Exception {
        String good = project.read("02-second.md");
        try (EventStream events = new EventStream(client, server.url())) {
            events.next("hello", WAIT);
            project.write("02-second.md", good + "\n```compute\ncheck 1 + 1 == 3\n```\n");
            events.next("errors", WAIT);
            project.write("02-second.md", good);  // the site is as before the broken edit, but pages show errors
            events.next("reload", WAIT);
        }
    }

    @Test
    void editorLitterDoesNotRebuild() throws Exception {
        try (EventStream events = new EventStream(client, server.url())) {
            events.next("hello", WAIT);
            project.write(".02-second.md.swp", "vim's swap file");
            project.write("02-second.md~", "a backup");
            assertThat(events.poll(Duration.ofSeconds(1))).isNull();
        }
    }

    @Test
    void theUsersSiteFolderIsNeverWritten() throws Exception {
        try (EventStream events = new EventStream(client, server.url())) {
            events.next("hello", WAIT);
            project.write("index.md", project.read("index.md") + "\nMore.\n");
            events.next("reload", WAIT);
        }
        try (var files = Files.list(project.site)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(".quod-site", "index.html");
        }
        assertThat(Files.readString(project.site.resolve("index.html"))).isEqualTo("<p>the site the user built</p>\n");
    }

    @Test
    void closingDeletesTheServedFolders() throws Exception {
        Path scratch = server.servedFolder().getParent();
        assertThat(scratch.getFileName().toString()).startsWith("quod-serve-");
        server.close();
        assertThat(scratch).doesNotExist();
        server.close();  // twice is harmless
    }

    @Test
    void aSiteWithoutTemplatesIsServedWithTheBundledThemeAndStillReloads() throws Exception {
        server.close();
        server = project.serve(null);
        try (EventStream events = new EventStream(client, server.url())) {
            events.next("hello", WAIT);
            project.write("02-second.md", project.read("02-second.md") + "\nServed with the bundled theme.\n");
            assertThat(events.next(WAIT)).isEqualTo(new EventStream.Event("reload", "2\n02-second/index.html"));
        }
        assertThat(Jsoup.parse(page("/02-second/")).select("main p").text()).contains("Served with the bundled theme.");
    }
}
