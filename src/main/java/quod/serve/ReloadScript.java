package quod.serve;

import java.nio.charset.StandardCharsets;
import quod.html.Html;

/**
 * The script that makes a served page live: it listens to {@link ReloadEvents}, reloads the page after a
 * build that changed its file (named in the tag, {@code data-file}), or every file (see {@link ReloadEvents}),
 * and shows a failed build's errors over the page, which stays as the last good build made it. It is added
 * to HTML as the preview server sends it, never to the built files, and loaded from the server (not inline)
 * so that a page's Content-Security-Policy allowing {@code 'self'} lets it run.
 */
final class ReloadScript {
    static final String PATH = "/__quod/reload.js";
    static final String EVENTS = "/__quod/events";
    /** The overlay's element id, for tests and for a theme that wants to style it. */
    static final String OVERLAY_ID = "quod-errors";

    static final String SOURCE = """
            (function () {
              var script = document.currentScript;
              var build = script && script.getAttribute('data-build');
              var file = script && script.getAttribute('data-file');
              var events = new EventSource('%s');
              events.addEventListener('hello', function (e) {
                if (build !== null && e.data !== build) { location.reload(); }
              });
              events.addEventListener('reload', function (e) {
                var lines = e.data.split('\\n');
                var files = lines.slice(1);
                if (file === null || files.indexOf('*') >= 0 || files.indexOf(file) >= 0) {
                  location.reload();
                } else {
                  build = lines[0];  // this page is as that build made it
                  if (script) { script.setAttribute('data-build', build); }
                }
              });
              events.addEventListener('errors', function (e) { show(e.data); });
              function show(text) {
                var old = document.getElementById('%s');
                if (old) { old.remove(); }
                var box = document.createElement('div');
                box.id = '%s';
                box.setAttribute('role', 'alert');
                box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;'
                    + 'padding:2rem;background:rgba(20,20,20,.92);color:#f4f4f4;font:14px/1.5 ui-monospace,'
                    + 'SFMono-Regular,Menlo,Consolas,monospace;text-align:left';
                var title = document.createElement('p');
                title.style.cssText = 'margin:0 0 1rem;color:#ff8a80;font-weight:bold';
                title.textContent = 'quod serve: the last edit did not build; the page below is the last good build. '
                    + 'Fix the file and save: the page reloads.';
                var close = document.createElement('button');
                close.type = 'button';
                close.textContent = 'Hide';
                close.style.cssText = 'float:right;font:inherit';
                close.onclick = function () { box.remove(); };
                var pre = document.createElement('pre');
                pre.style.cssText = 'margin:0;white-space:pre-wrap;font:inherit';
                pre.textContent = text;
                box.append(close, title, pre);
                document.body.appendChild(box);
              }
            })();
            """.formatted(EVENTS, OVERLAY_ID, OVERLAY_ID);

    private ReloadScript() {
    }

    /**
     * {@code html} with the script tag before its last {@code </body>}, or at its end when it has none.
     * Found among the bytes, not in decoded text: a page copied from the content folder as it is may not
     * be UTF-8, and must reach the browser byte for byte apart from the tag.
     *
     * @param file the file served (its path in the site), whose change reloads the page; null for a page that
     *             reloads after every build (the 404 page, the page saying the site has not built)
     */
    static byte[] inject(byte[] html, int build, String file) {
        String named = file == null ? "" : " data-file=\"" + Html.escape(file) + "\"";
        byte[] tag = ("<script src=\"" + PATH + "\" data-build=\"" + build + "\"" + named + "></script>")
                .getBytes(StandardCharsets.UTF_8);
        int at = lastBodyEnd(html);
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + tag.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(tag, 0, out, at, tag.length);
        System.arraycopy(html, at, out, at + tag.length, html.length - at);
        return out;
    }

    private static int lastBodyEnd(byte[] html) {
        byte[] end = "</body".getBytes(StandardCharsets.US_ASCII);
        for (int i = html.length - end.length; i >= 0; i--) {
            int j = 0;
            while (j < end.length && Character.toLowerCase((char) (html[i + j] & 0xff)) == end[j]) {
                j++;
            }
            if (j == end.length) {
                return i;
            }
        }
        return -1;
    }
}
