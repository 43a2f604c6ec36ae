package quod.math;

/** KaTeX rejected a formula; {@code position} is the offset of the fault in the TeX, or -1. */
public final class TexError extends Exception {
    private final int position;

    public TexError(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
