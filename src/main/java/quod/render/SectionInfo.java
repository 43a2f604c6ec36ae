package quod.render;

/**
 * What templates know of a section besides its pages: its index page's title and summary, and when its work
 * is due, as readers see it ({@code due}) and as a machine reads it ({@code dueIso}, for {@code <time>}); both
 * empty when it has no due date; and {@code solutions}, when its solutions come out if they have release dates
 * ("Solutions out", "Solutions on 5 Dec 2026, 17:00 UTC", "Solutions not released yet"), else empty.
 */
public record SectionInfo(String slug, String title, String summary, String due, String dueIso, String solutions) {
}
