package org.tidtam.ui.report;

import java.nio.file.Path;

/**
 * What the save dialog proposes.
 *
 * @param title      the dialog's title
 * @param folder     the folder it opens in
 * @param fileName   the proposed name, with its extension
 * @param filterName the file type's description ("Excel (*.xlsx)")
 * @param extension  without the dot ("xlsx"); added to a chosen name that lacks it
 */
public record SaveRequest(String title, Path folder, String fileName, String filterName, String extension) {
    public SaveRequest {
        if (fileName == null || fileName.isBlank() || extension == null || extension.isBlank()) {
            throw new IllegalArgumentException("a save request needs a file name and an extension");
        }
    }

    /** The chosen file with this request's extension (users often type a name without it). */
    public Path withExtension(Path chosen) {
        String name = chosen.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension) ? chosen
                : chosen.resolveSibling(name + "." + extension);
    }
}
