package quod.math;

import java.util.List;

/**
 * What KaTeX made of a formula: its HTML, and the commands it refused for want of trust (each shown in
 * the HTML as its name in red), in the order they appear.
 */
public record RenderedTex(String html, List<UntrustedCommand> untrusted) {

    public RenderedTex {
        untrusted = List.copyOf(untrusted);
    }

    /**
     * A command KaTeX refused.
     *
     * @param command e.g. {@code \href}
     * @param url     the URL it was given, when it takes one and KaTeX said which; else null
     * @param listed  whether site.yml's {@code trust:} lists it (then it was its URL that was refused)
     */
    public record UntrustedCommand(String command, String url, boolean listed) { }
}
