package quod.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quod.diagnostics.Diagnostic;
import quod.diagnostics.QuodException;
import quod.diagnostics.SourceText;

/**
 * The Freemarker templates of a site ({@code *.ftlh}: HTML output format, auto-escaping on; {@code *.ftlx}:
 * XML). A name is looked up in the site's templates folder, then in the bundled theme (see {@link Theme}),
 * then among the few templates built into Quod that no theme needs to have ({@code sitemap.ftlx}). A missing
 * template or an error in one is reported at the template's line and column.
 */
public final class Templates {
    private static final Pattern EXPECTED_PATTERNS = Pattern.compile(",? but was expecting (one of these patterns|pattern):$");
    /** Where the built-in templates are in the jar. */
    private static final String BUILT_IN = "/quod/templates";

    private final Configuration config;
    private final Theme theme;

    /** The templates of a theme folder over the bundled theme; the folder must exist. */
    public Templates(Path dir, String displayDir) {
        this(new Theme(dir, displayDir));
    }

    public Templates(Theme theme) {
        this.theme = theme;
        this.config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (theme.folder() != null) {
            try {
                loaders.add(new ThemeLoader(theme.folder()));
            } catch (IOException e) {
                throw new QuodException(Diagnostic.error(theme.display(), "templates folder not found"));
            }
        }
        // Freemarker normalizes a name before any loader sees it ("../" cannot climb above the root), so a
        // class-path loader serves only resources under its own folder.
        loaders.add(new ClassTemplateLoader(Templates.class, Theme.BUNDLED_PATH));
        loaders.add(new ClassTemplateLoader(Templates.class, BUILT_IN));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        // A theme is third-party code. It formats the data Quod hands it and nothing more: ?new cannot
        // make any object (freemarker.template.utility.Execute would run programs), ?api cannot reach
        // Java methods, and the wrapper knows only maps, lists, strings, numbers, booleans and markup, so
        // no Java object with methods or static members ever reaches a template.
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        config.setAPIBuiltinEnabled(false);
        config.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        config.setDefaultEncoding("UTF-8");
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setRecognizeStandardFileExtensions(true);
        config.setLocale(Locale.ROOT);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setNumberFormat("computer");
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
    }

    /** Renders {@code name} with {@code model}; throws {@link QuodException} with the template's position. */
    public String render(String name, Map<String, Object> model) {
        StringWriter out = new StringWriter();
        render(name, model, out);
        return out.toString();
    }

    /** As {@link #render(String, Map)}, writing to {@code out} as the template runs. */
    public void render(String name, Map<String, Object> model, Writer out) {
        Template template;
        try {
            template = config.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new QuodException(Diagnostic.error(theme.display() + "/" + name,
                    "template not found: add " + theme.display() + "/" + name));
        } catch (ParseException e) {
            throw new QuodException(at(name, e.getLineNumber(), e.getColumnNumber(),
                    "template error: " + firstLine(e.getEditorMessage())));
        } catch (IOException e) {
            throw new QuodException(Diagnostic.error(theme.shown(name), "cannot read template: " + e.getMessage()));
        }
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : name;
            throw new QuodException(at(source, orZero(e.getLineNumber()), orZero(e.getColumnNumber()),
                    "template error: " + describe(e)));
        } catch (IOException e) {
            throw new QuodException(Diagnostic.error(theme.shown(name), "template failed: " + e.getMessage()));
        }
    }

    private Diagnostic at(String template, int line, int column, String message) {
        String shown = theme.shown(template);
        try {
            // Freemarker counts CR, LF and CRLF as line ends; so must the line shown under the message
            String text = theme.read(template).replace("\r\n", "\n").replace('\r', '\n');
            return new SourceText(shown, text).errorAt(Math.max(1, line), Math.max(1, column), message);
        } catch (IOException e) {
            return Diagnostic.error(shown, line, column, message, null);
        }
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private static String describe(TemplateException e) {
        String message = e.getMessageWithoutStackTop();
        if (e.getBlamedExpressionString() != null && message.startsWith("The following has evaluated to null or missing")) {
            return "'" + e.getBlamedExpressionString() + "' is missing (null or not defined); "
                    + "test it with ?? or give a default with !";
        }
        return firstLine(message);
    }

    /** Freemarker's message up to its tips and pattern lists, on one line. */
    private static String firstLine(String message) {
        List<String> lines = message.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("----")).toList();
        StringBuilder s = new StringBuilder();
        for (String l : lines) {
            if (l.startsWith("Tip:") || l.startsWith("FTL stack trace") || l.startsWith("==>")
                    || l.startsWith("Was expecting")) {
                break;
            }
            // a parse error goes on to list the grammar's token classes ("<STRING_LITERAL>", "<ID>", ...), one
            // per line after this clause; the line and caret show the author where the fault is
            Matcher list = EXPECTED_PATTERNS.matcher(l);
            if (list.find()) {
                s.append(s.length() == 0 ? "" : " ").append(l, 0, list.start());
                break;
            }
            // names the loader with the folder's absolute path: noise, and different on every machine
            l = l.replaceFirst(" ?The name was interpreted by this TemplateLoader: .*$", "");
            if (l.isEmpty()) {
                continue;
            }
            s.append(s.length() == 0 ? "" : " ").append(l);
        }
        return s.toString();
    }

    /**
     * Loads templates from the theme's folder only. Freemarker already refuses names that climb out of it
     * ({@code ../}) and files whose real path is elsewhere (a link), but reports the latter with an
     * unchecked SecurityException; this turns it into an error the build reports at the template.
     */
    private static final class ThemeLoader extends FileTemplateLoader {
        ThemeLoader(Path dir) throws IOException {
            super(dir.toFile());
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            try {
                return super.findTemplateSource(name);
            } catch (SecurityException e) {
                throw new IOException("'" + name + "' links to a file outside the templates folder; "
                        + "a theme may only use its own files");
            }
        }
    }

    /** Wraps Quod-generated HTML so templates print it as markup without {@code ?no_esc}. */
    public static Object markup(String html) {
        try {
            return HTMLOutputFormat.INSTANCE.fromMarkup(html);
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }
}
