package org.tidtam.report;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.LayoutProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tidtam.i18n.TidtamException;

/**
 * Finds the Thai font embedded in PDFs: the one the user chose, else Laksaman bundled with Tidtam (TLWG's
 * free build of TH Sarabun PSK, GPL with the font exception), else a system Thai font. Turns on OpenPDF's
 * layout through the JDK's shaper once, without which tone marks and upper vowels collide.
 */
public final class PdfFonts {
    static final String BUNDLED = "org/tidtam/report/fonts/Laksaman.ttf";
    static final String BUNDLED_BOLD = "org/tidtam/report/fonts/Laksaman-Bold.ttf";
    /** Common places of Thai fonts on Linux and Windows, best first. */
    static final List<String> SYSTEM = List.of(
            "/usr/share/fonts/truetype/tlwg/Laksaman.ttf", "/usr/share/fonts/truetype/tlwg/Garuda.ttf",
            "/usr/share/fonts/truetype/tlwg/Loma.ttf", "C:/Windows/Fonts/THSarabunNew.ttf",
            "C:/Windows/Fonts/THSarabun.ttf", "C:/Windows/Fonts/LeelawUI.ttf", "C:/Windows/Fonts/tahoma.ttf");

    /** The regular and bold faces to use. */
    public record Faces(BaseFont regular, BaseFont bold, String source) { }

    private PdfFonts() { }

    /** @param chosen a TrueType file the user picked, or null */
    public static Faces find(Path chosen) {
        enableShaping();
        if (chosen != null) {
            BaseFont f = load(chosen.toString());
            return new Faces(f, f, chosen.toString());
        }
        if (PdfFonts.class.getClassLoader().getResource(BUNDLED) != null) {
            return new Faces(load(BUNDLED), load(BUNDLED_BOLD), BUNDLED);
        }
        List<String> tried = new ArrayList<>(List.of(BUNDLED));
        for (String path : SYSTEM) {
            tried.add(path);
            if (Files.isReadable(Path.of(path))) {
                BaseFont f = load(path);
                return new Faces(f, f, path);
            }
        }
        throw new TidtamException("report.error.noFont", String.join(", ", tried));
    }

    private static BaseFont load(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (Exception e) {
            throw new TidtamException(e, "report.error.badFont", name, String.valueOf(e.getMessage()));
        }
    }

    /** LayoutProcessor is global and may be enabled only once per JVM. */
    static synchronized void enableShaping() {
        if (!LayoutProcessor.isEnabled()) {
            LayoutProcessor.enable(java.awt.Font.LAYOUT_LEFT_TO_RIGHT);
            LayoutProcessor.setWriteActualText();
        }
    }
}
