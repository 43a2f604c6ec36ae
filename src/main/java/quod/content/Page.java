package quod.content;

import quod.diagnostics.SourceText;

/**
 * One Markdown source file, parsed as far as its front matter.
 *
 * @param source the whole file, for positions in messages
 * @param path   the file's path in the content folder ({@code notes/deep.md}), which its links are relative to
 * @param slug   the page's path in the site without slashes at either end ("" for the home page)
 * @param front  its front matter
 * @param body   the Markdown after the front matter, with the front matter's lines left blank so that
 *               line N of the body is line N of the file
 */
public record Page(SourceText source, String path, String slug, FrontMatter front, String body) {

    /** Path of the page's HTML file in the site, e.g. {@code 01-rnn/index.html}. */
    public String outputPath() {
        return slug.isEmpty() ? "index.html" : slug + "/index.html";
    }
}
