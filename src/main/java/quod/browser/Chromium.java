package quod.browser;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import quod.site.Folders;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A locally installed Chrome or Chromium, run headless once per call: print a page to PDF, dump its
 * DOM after scripts ran, or take a screenshot. Every run gets a fresh profile folder (deleted
 * afterwards), a time limit, and leaves no process behind.
 */
public final class Chromium {
    /** Names tried on the PATH, in order. */
    public static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome",
            "google-chrome-stable", "chrome");
    /** Environment variable naming the executable to use instead of searching the PATH. */
    public static final String ENV = "QUOD_CHROMIUM";
    /** What to tell someone who has no Chromium. */
    public static final String HOW_TO_INSTALL = "install Chromium (Debian/Ubuntu: 'apt-get install chromium', "
            + "Fedora: 'dnf install chromium', macOS: 'brew install --cask chromium') or set " + ENV
            + " to a Chrome or Chromium executable";

    private final Path executable;
    private final Duration timeout;

    public Chromium(Path executable, Duration timeout) {
        this.executable = executable;
        this.timeout = timeout;
    }

    /** What one run printed and how it ended. */
    public record Run(int exitCode, String stdout, String stderr) { }

    /** Thrown when Chromium cannot be found, started, or does not finish in time. */
    public static final class BrowserException extends Exception {
        public BrowserException(String message) {
            super(message);
        }
    }

    /** The browser named by {@code QUOD_CHROMIUM}, else the first of {@link #NAMES} on the PATH. */
    public static Optional<Path> locate(Map<String, String> env) throws BrowserException {
        String named = env.get(ENV);
        if (named != null && !named.isBlank()) {
            Path p = Path.of(named);
            if (!Files.isExecutable(p)) {
                throw new BrowserException(ENV + " is set to '" + named + "', which is not an executable file");
            }
            return Optional.of(p);
        }
        String path = env.getOrDefault("PATH", "");
        for (String name : NAMES) {
            for (String dir : path.split(File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                for (String suffix : List.of("", ".exe")) {
                    Path candidate = Path.of(dir, name + suffix);
                    if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                        return Optional.of(candidate);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** A paper size for {@link #printToPdf}; the CSS {@code @page size} keyword. */
    public enum Paper {
        A4("A4"), LETTER("letter");

        private final String css;

        Paper(String css) {
            this.css = css;
        }
    }

    /** Prints {@code html} (a local file) to {@code pdf} with the page's own print CSS, no browser header/footer. */
    public void printToPdf(Path html, Path pdf) throws BrowserException {
        printToPdf(html, pdf, null);
    }

    /**
     * Prints {@code html} (a local file) to {@code pdf} with the page's own print CSS, no browser header/footer,
     * and a PDF outline (bookmarks) made from the page's headings. On {@code paper} when it is not null:
     * headless Chromium has no paper switch, only the page's CSS {@code @page size}, so a copy of the page
     * with that rule added is printed from beside it (relative links still resolve) and deleted afterwards.
     */
    public void printToPdf(Path html, Path pdf, Paper paper) throws BrowserException {
        Path target = pdf.toAbsolutePath();
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(target);
        } catch (IOException e) {
            throw new BrowserException("cannot write " + pdf + ": " + e.getMessage());
        }
        Path page = html;
        try {
            if (paper != null) {
                page = html.resolveSibling("_quod-print-" + paper.css.toLowerCase(java.util.Locale.ROOT) + ".html");
                String text = Files.readString(html, StandardCharsets.UTF_8);
                // Last in <head>, after the stylesheets, so it wins over any @page size they set.
                int head = text.indexOf("</head>");
                String rule = "<style>@page { size: " + paper.css + "; }</style>";
                Files.writeString(page, head < 0 ? rule + text : text.substring(0, head) + rule + text.substring(head),
                        StandardCharsets.UTF_8);
            }
            Run run = run(List.of("--print-to-pdf=" + target, "--no-pdf-header-footer",
                    "--generate-pdf-document-outline"), page);
            if (!Files.isRegularFile(target)) {
                throw new BrowserException("Chromium did not write " + pdf + " (exit status " + run.exitCode() + ")"
                        + lastLines(run.stderr()));
            }
        } catch (IOException e) {
            throw new BrowserException("cannot prepare " + html + " for printing: " + e.getMessage());
        } finally {
            if (page != html) {
                try {
                    Files.deleteIfExists(page);
                } catch (IOException e) {
                    // A leftover copy is harmless: its name starts with _ and the next print replaces it.
                }
            }
        }
    }

    /** The page's DOM after its scripts ran, as HTML; {@code flags} are extra command-line switches. */
    public Run dumpDom(Path html, List<String> flags) throws BrowserException {
        List<String> args = new ArrayList<>(flags);
        args.add("--dump-dom");
        return run(args, html);
    }

    /** A PNG of the page's first {@code width x height} CSS pixels. */
    public Run screenshot(Path html, Path png, int width, int height, List<String> flags) throws BrowserException {
        List<String> args = new ArrayList<>(flags);
        args.add("--screenshot=" + png.toAbsolutePath());
        args.add("--window-size=" + width + "," + height);
        args.add("--hide-scrollbars");
        return run(args, html);
    }

    /** Runs the browser headless on a local file with {@code args}, in a throwaway profile. */
    public Run run(List<String> args, Path html) throws BrowserException {
        Path profile = null;
        Path out = null;
        Path err = null;
        Process process = null;
        try {
            profile = Files.createTempDirectory("quod-chromium-");
            out = Files.createTempFile("quod-chromium-", ".out");
            err = Files.createTempFile("quod-chromium-", ".err");
            List<String> command = new ArrayList<>(List.of(executable.toString(),
                    "--headless", "--disable-gpu", "--disable-quic", "--no-first-run", "--no-default-browser-check",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-extensions", "--mute-audio", "--user-data-dir=" + profile));
            if (runningAsRoot()) {
                command.add("--no-sandbox");  // Chromium refuses to start as root with its sandbox on
            }
            command.addAll(args);
            command.add(html.toAbsolutePath().toUri().toString());
            process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BrowserException("Chromium did not finish within " + timeout.toSeconds() + " s");
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new BrowserException("cannot run " + executable + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrowserException("interrupted while Chromium was running");
        } finally {
            stop(process);
            deleteQuietly(profile);
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    /** Ends the browser and every helper process it started, if any is still running. */
    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        try {
            process.waitFor(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static String lastLines(String text) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return "";
        }
        return ":\n  " + String.join("\n  ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    private static void deleteQuietly(Path root) {
        try {
            Folders.deleteTree(root);
        } catch (IOException e) {
            // A profile file still locked by a dying helper process; the temp folder is cleaned by the OS.
        }
    }
}
