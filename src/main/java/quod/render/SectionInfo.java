package quod.render;

/**
 * What templates know of a section besides its pages: its index page's title and summary, and when its work
 * is due, as readers see it ({@code due}) and as a machine reads it ({@code dueIso}, for {@code <time>}); both
 * empty when it has no due date.
 */
public record SectionInfo(String slug, String title, String summary, String due, String dueIso) {
}
