package quod.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The small file that says "Quod built this folder". An output folder holding it may be replaced by
 * the next build; a staging folder holding it (with the building process's id) may be removed once that
 * process is gone. It is a dotfile, so it is served but never listed, and GitHub Pages is fine with it
 * (the site carries {@code .nojekyll}).
 */
final class OutputMarker {
    static final String NAME = ".quod-site";
    private static final String PID = "building in process ";

    private OutputMarker() {
    }

    static boolean isIn(Path folder) {
        return Files.isRegularFile(folder.resolve(NAME), LinkOption.NOFOLLOW_LINKS);
    }

    /** The marker of a finished site: the same bytes for the same build, so output stays deterministic. */
    static String finished(String quodVersion, String source) {
        return "Built by Quod " + quodVersion + " from " + source + ".\n"
                + "The next build replaces this folder; it carries over .git, CNAME and what keep: in site.yml lists.\n";
    }

    /** The marker of a staging folder while this process writes it. */
    static String building() {
        return PID + ProcessHandle.current().pid() + "\n";
    }

    /** The process that is writing a staging folder, if its marker names one. */
    static OptionalLong builder(Path folder) {
        try {
            String text = Files.readString(folder.resolve(NAME), StandardCharsets.UTF_8);
            if (text.startsWith(PID)) {
                return OptionalLong.of(Long.parseLong(text.substring(PID.length()).strip()));
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }
}
