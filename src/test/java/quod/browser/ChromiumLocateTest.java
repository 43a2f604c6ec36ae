package quod.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding the browser: QUOD_CHROMIUM first, then the PATH; no browser needed to run these. */
class ChromiumLocateTest {
    @TempDir
    Path tmp;

    private Path executable(String name) throws Exception {
        Path p = tmp.resolve(name);
        Files.writeString(p, "#!/bin/sh\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void theEnvironmentVariableWinsOverThePath() throws Exception {
        Path mine = executable("my-chrome");
        executable("chromium");
        assertThat(Chromium.locate(Map.of(Chromium.ENV, mine.toString(), "PATH", tmp.toString()))).contains(mine);
    }

    @Test
    void thePathIsSearchedInNameOrder() throws Exception {
        Path chrome = executable("google-chrome");
        assertThat(Chromium.locate(Map.of("PATH", "/nonexistent:" + tmp))).contains(chrome);
        Path chromium = executable("chromium");
        assertThat(Chromium.locate(Map.of("PATH", tmp.toString()))).contains(chromium);
    }

    @Test
    void noBrowserIsEmptyAndABadVariableIsAnError() throws Exception {
        assertThat(Chromium.locate(Map.of("PATH", tmp.toString()))).isEmpty();
        assertThatThrownBy(() -> Chromium.locate(Map.of(Chromium.ENV, tmp.resolve("nope").toString())))
                .hasMessageContaining("QUOD_CHROMIUM is set to").hasMessageContaining("not an executable file");
    }
}
