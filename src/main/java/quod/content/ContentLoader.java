package quod.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.Diagnostics;
import quod.diagnostics.SourceText;

/**
 * Reads the content folder: Markdown pages (with front matter), {@code site.yml}, and every other file
 * {@link SourceFiles} publishes, which is copied to the site as it is.
 */
public final class ContentLoader {
    public static final String CONFIG_FILE = "site.yml";

    /**
     * What the content folder holds.
     *
     * @param drafts the paths of Markdown files left out by {@code draft: true}, so that a link to one can say why
     */
    public record Content(List<Page> pages, SourceText config, List<Path> files, List<String> drafts) { }

    private final Path root;
    private final String displayRoot;

    /**
     * @param root        the content folder
     * @param displayRoot how the folder is named in messages, e.g. "content"
     */
    public ContentLoader(Path root, String displayRoot) {
        this.root = root;
        this.displayRoot = displayRoot;
    }

    /** Whether files and folders of this name are editor, version-control or system litter the build skips. */
    public static boolean isLitter(String name) {
        return SourceFiles.isLitter(name);
    }

    public Content load(Diagnostics diagnostics) {
        if (!Files.isDirectory(root)) {
            diagnostics.add(Diagnostic.error(displayRoot, "content folder not found"));
            return new Content(List.of(), null, List.of(), List.of());
        }
        List<Path> all = new SourceFiles(root, displayRoot).list(diagnostics);
        List<Page> pages = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String> drafts = new ArrayList<>();
        SourceText config = null;
        FrontMatterParser frontMatter = new FrontMatterParser();
        for (Path rel : all) {
            String name = slashed(rel);
            if (name.equals(CONFIG_FILE)) {
                config = read(rel, diagnostics);
            } else if (name.endsWith(".md")) {
                SourceText source = read(rel, diagnostics);
                if (source == null) {
                    continue;
                }
                var parsed = frontMatter.parse(source);
                diagnostics.addAll(parsed.problems());
                if (parsed.front() != null && !parsed.front().draft()) {
                    pages.add(new Page(source, name, slugOf(name), parsed.front(), parsed.body()));
                } else if (parsed.front() != null) {
                    drafts.add(name);
                }
            } else {
                files.add(rel);
            }
        }
        return new Content(List.copyOf(pages), config, List.copyOf(files), List.copyOf(drafts));
    }

    private SourceText read(Path rel, Diagnostics diagnostics) {
        String name = displayRoot + "/" + slashed(rel);
        try {
            byte[] bytes = Files.readAllBytes(root.resolve(rel));
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            // Windows (CRLF) and old Mac (CR) line endings become \n, so every later stage counts lines alike
            return new SourceText(name, text.replace("\r\n", "\n").replace('\r', '\n'));
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.error(name, "file is not valid UTF-8: save it as UTF-8"));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(name, "cannot read file: " + e.getMessage()));
        }
        return null;
    }

    /** {@code 01-rnn.md -> 01-rnn}, {@code index.md -> ""}, {@code part/index.md -> part}. */
    static String slugOf(String relative) {
        String noExt = relative.substring(0, relative.length() - 3);
        if (noExt.equals("index")) {
            return "";
        }
        return noExt.endsWith("/index") ? noExt.substring(0, noExt.length() - 6) : noExt;
    }

    static String slashed(Path p) {
        return p.toString().replace('\\', '/');
    }
}
