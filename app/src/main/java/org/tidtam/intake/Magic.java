package org.tidtam.intake;

/** What a file's first bytes say it is. */
enum Magic {
    PDF, ZIP, OLE2, IMAGE, NONE;

    static Magic of(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {               // %PDF-
            return PDF;
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04)) {                     // PK\3\4
            return ZIP;
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) { // OLE2: .doc, encrypted .docx
            return OLE2;
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47) || startsWith(b, 0xFF, 0xD8, 0xFF)
                || startsWith(b, 0x49, 0x49, 0x2A, 0x00) || startsWith(b, 0x4D, 0x4D, 0x00, 0x2A)) {
            return IMAGE;                                                // PNG, JPEG, TIFF
        }
        return NONE;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
