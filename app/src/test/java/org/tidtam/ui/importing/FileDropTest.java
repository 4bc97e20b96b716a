package org.tidtam.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidtam.i18n.Messages;

class FileDropTest {
    private final List<String> routed = new ArrayList<>();

    @Test
    void oneFileGoesToTheReviewAFolderOrSeveralFilesToTheImport(@TempDir Path dir) throws Exception {
        File letter = Files.writeString(dir.resolve("a.txt"), "x").toFile();
        File other = Files.writeString(dir.resolve("b.pdf"), "x").toFile();

        route(List.of(letter));
        route(List.of(dir.toFile()));
        route(List.of(letter, other));
        route(List.of());

        assertThat(routed).containsExactly("review a.txt", "import 1", "import 2");
    }

    @Test
    void thaiAndEnglishBundlesHaveTheSameKeys() {
        for (String area : List.of("importui", "calendar")) {
            ResourceBundle th = new Messages(Messages.THAI).bundle(area);
            ResourceBundle en = new Messages(Locale.ENGLISH).bundle(area);
            assertThat(th.keySet()).as(area).containsExactlyInAnyOrderElementsOf(en.keySet());
        }
    }

    private void route(List<File> files) {
        FileDrop.route(files, f -> routed.add("review " + f.getName()), many -> routed.add("import " + many.size()));
    }
}
