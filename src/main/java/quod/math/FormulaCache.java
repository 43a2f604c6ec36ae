package quod.math;

import quod.cache.FileCache;

/**
 * Rendered formulas, keyed on everything the HTML depends on: Quod's version (in every
 * {@link FileCache} key), KaTeX's version and settings as the engine is given them
 * ({@link KatexOptions#fingerprint()}), display mode and the TeX itself.
 */
public final class FormulaCache {
    private final FileCache files;
    private final String fingerprint;

    public FormulaCache(java.nio.file.Path dir, KatexOptions options) {
        this.files = new FileCache(dir);
        this.fingerprint = options.fingerprint();
    }

    /** A cache that remembers nothing, for builds run without a cache folder. */
    public static FormulaCache none(KatexOptions options) {
        return new FormulaCache(null, options);
    }

    public String key(String tex, boolean display) {
        return files.key("formula", fingerprint, display ? "display" : "inline", tex);
    }

    /** The cached HTML, or null. */
    public String get(String key) {
        return files.getString(key).orElse(null);
    }

    public void put(String key, String html) {
        files.putString(key, html);
    }
}
