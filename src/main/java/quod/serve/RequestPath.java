package quod.serve;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A request's path as the names of the files it asks for, or nothing when it is not one a static site can
 * have: percent escapes are decoded once (strict UTF-8), and a path with a {@code ..} or {@code .}
 * segment, a backslash, a NUL or another control character, before or after decoding, is refused, so no
 * spelling of "the parent folder" reaches the file system.
 *
 * @param segments the decoded names, in order; empty for the root
 * @param folder   whether the path ended with a slash (or was the root)
 */
record RequestPath(List<String> segments, boolean folder) {

    static Optional<RequestPath> parse(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        Optional<String> decoded = decode(rawPath);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String path = decoded.get();
        List<String> segments = new ArrayList<>();
        for (String s : path.substring(1).split("/", -1)) {
            if (s.equals("..") || s.equals(".") || s.indexOf('\\') >= 0 || s.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                return Optional.empty();
            }
            segments.add(s);
        }
        boolean folder = segments.get(segments.size() - 1).isEmpty();
        if (folder) {
            segments.remove(segments.size() - 1);
        }
        if (segments.contains("")) {  // '//' names no file of the site
            return Optional.empty();
        }
        return Optional.of(new RequestPath(List.copyOf(segments), folder));
    }

    /** The path relative to the site's root, slashed, without a trailing slash. */
    String relative() {
        return String.join("/", segments);
    }

    private static Optional<String> decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return Optional.empty();
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return Optional.empty();
                }
                bytes.write(hi * 16 + lo);
                i += 2;
            } else if (c > 0x7f) {
                return Optional.empty();  // a request line holds only ASCII; anything else was never encoded
            } else {
                bytes.write(c);
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
