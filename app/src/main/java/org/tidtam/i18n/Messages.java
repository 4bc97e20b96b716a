package org.tidtam.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Localised text. Keys are "area.rest" and live in {@code org/tidtam/i18n/AREA.properties} (English) and
 * {@code AREA_th.properties} (Thai), one pair of files per area so screens and features stay apart.
 * Thai is the default language.
 */
public final class Messages {
    public static final Locale THAI = Locale.forLanguageTag("th-TH");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;

    public Messages(Locale locale) { this.locale = locale == null ? THAI : locale; }

    public static Messages thai() { return new Messages(THAI); }

    public static Messages english() { return new Messages(Locale.ENGLISH); }

    /** "th" or "en" (anything else is Thai). */
    public static Messages forLanguage(String tag) {
        return "en".equalsIgnoreCase(tag) ? english() : thai();
    }

    public Locale locale() { return locale; }

    public boolean isThai() { return "th".equals(locale.getLanguage()); }

    /** The text for key, with {0}-style placeholders filled; the key itself if it is missing. */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle(area(key)).getString(key);
        } catch (MissingResourceException e) {
            return args.length == 0 ? key : key + " " + java.util.Arrays.toString(args);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The message of a TidtamException in this language. */
    public String of(TidtamException e) { return get(e.key(), e.args()); }

    public ResourceBundle bundle(String area) {
        return ResourceBundle.getBundle("org.tidtam.i18n." + area, locale, NO_FALLBACK);
    }

    private static String area(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}
