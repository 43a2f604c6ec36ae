package quod.markdown;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/** A Flexmark parser factory that needs no ordering against other extensions. */
interface Independent extends Dependent {

    @Override
    default Set<Class<?>> getAfterDependents() {
        return null;
    }

    @Override
    default Set<Class<?>> getBeforeDependents() {
        return null;
    }

    @Override
    default boolean affectsGlobalScope() {
        return false;
    }
}
