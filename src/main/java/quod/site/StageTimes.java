package quod.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * How long each stage of one build took, in pipeline order, for {@code build --timings}. A stage timed
 * more than once (loading content, then the configuration; the templates of the pages, then of the print pages)
 * adds up, in the place it was first timed.
 */
public final class StageTimes {
    /** One stage and its wall-clock time. */
    public record Stage(String name, long nanos) {
        /** {@code   render      812.4 ms}. */
        String line() {
            return String.format(Locale.ROOT, "  %-10s %8.1f ms", name, nanos / 1e6);
        }
    }

    private final List<Stage> stages = new ArrayList<>();

    <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    /** Work of a stage that writes files. */
    interface Io {
        void run() throws java.io.IOException;
    }

    void time(String stage, Io work) throws java.io.IOException {
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    private void add(String stage, long nanos) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).name().equals(stage)) {
                stages.set(i, new Stage(stage, stages.get(i).nanos() + nanos));
                return;
            }
        }
        stages.add(new Stage(stage, nanos));
    }

    List<Stage> stages() {
        return List.copyOf(stages);
    }
}
