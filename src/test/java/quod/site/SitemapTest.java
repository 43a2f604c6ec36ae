package quod.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import quod.render.Templates;

/** {@code sitemap.xml}: from the built-in template unless the theme has its own, always well-formed XML. */
class SitemapTest {
    @TempDir
    Path theme;

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> locs(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    @Test
    void aThemeWithoutASitemapTemplateGetsTheBuiltInOne() throws Exception {
        String xml = Sitemap.of(new Templates(theme, "templates"), List.of("https://e.org/r/", "https://e.org/r/a/"));
        assertThat(xml).isEqualTo("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://e.org/r/</loc></url>
                  <url><loc>https://e.org/r/a/</loc></url>
                </urlset>
                """);
        assertThat(locs(parse(xml))).containsExactly("https://e.org/r/", "https://e.org/r/a/");
    }

    @Test
    void urlsAreEscapedAsXmlSoTheFileStaysWellFormed() throws Exception {
        String url = "https://e.org/?a=1&b=<2>\"'/";
        String xml = Sitemap.of(new Templates(theme, "templates"), List.of(url));
        assertThat(xml).contains("<loc>https://e.org/?a=1&amp;b=&lt;2&gt;&quot;&apos;/</loc>");
        assertThat(locs(parse(xml))).containsExactly(url);
    }

    @Test
    void aThemesOwnSitemapTemplateIsUsedInstead() throws Exception {
        Files.writeString(theme.resolve(Sitemap.TEMPLATE), """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><#list urls as u><url><loc>${u}</loc><priority>0.5</priority></url></#list></urlset>
                """);
        String xml = Sitemap.of(new Templates(theme, "templates"), List.of("https://e.org/?x&y"));
        assertThat(xml).contains("<loc>https://e.org/?x&amp;y</loc><priority>0.5</priority>");
        assertThat(locs(parse(xml))).containsExactly("https://e.org/?x&y");
    }
}
