package quod.math;

/** Renders TeX to HTML. One instance per build, used from one thread. */
public interface MathEngine extends AutoCloseable {

    RenderedTex render(String tex, boolean display) throws TexError;

    @Override
    void close();
}
