package org.tidtam.remind;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidtam.i18n.TidtamException;

/**
 * Reads holiday tables in the shipped format: a header {@code date,name_th,name_en,kind}, one day a row,
 * lines starting with # are comments. The same format lets a user import a cabinet announcement.
 */
public final class HolidayCsv {
    /** The table shipped with Tidtam: Thai government holidays 2024–2027. */
    public static final String SHIPPED_RESOURCE = "/org/tidtam/remind/holidays-th.csv";

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withHeader().withComments();

    private HolidayCsv() { }

    /** The shipped table; a broken resource is a build error, so it fails loudly. */
    public static List<Holiday> shipped() {
        try (InputStream in = HolidayCsv.class.getResourceAsStream(SHIPPED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHIPPED_RESOURCE);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), Holiday.Source.SHIPPED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads every row; a bad row is a {@link TidtamException} "remind.holidays.badRow" quoting its line
     * number and text, and nothing is returned (all or nothing).
     */
    public static List<Holiday> read(Reader reader, Holiday.Source source) throws IOException {
        List<Holiday> out = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows =
                     MAPPER.readerForMapOf(String.class).with(SCHEMA).readValues(reader)) {
            while (rows.hasNextValue()) {
                int line = rows.getCurrentLocation().getLineNr();
                out.add(toHoliday(rows.nextValue(), line, source));
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new TidtamException(e, "remind.holidays.badFile", e.getOriginalMessage());
        }
        return out;
    }

    private static Holiday toHoliday(Map<String, String> row, int line, Holiday.Source source) {
        String date = row.getOrDefault("date", "");
        try {
            return new Holiday(LocalDate.parse(date.strip()), row.get("name_th"), row.get("name_en"),
                    kind(row.get("kind")), source);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new TidtamException(e, "remind.holidays.badRow", line, String.join(",", row.values()));
        }
    }

    private static HolidayKind kind(String text) {
        return text == null || text.isBlank() ? HolidayKind.SPECIAL
                : HolidayKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
    }
}
