package quod.site;

import java.util.function.Supplier;

/**
 * Where a build keeps what it makes from inputs: {@code quod serve} ({@link BuildMemo}) hands it to the next
 * build, which takes it while the inputs are equal instead of making it again; a build of its own
 * ({@link #NONE}) keeps nothing.
 */
interface Kept {
    /** What {@code make} makes, or what it made for {@code key} in the build before from equal {@code inputs}. */
    <T> T keep(String key, Object inputs, Supplier<T> make);

    Kept NONE = new Kept() {
        @Override
        public <T> T keep(String key, Object inputs, Supplier<T> make) {
            return make.get();
        }
    };
}
