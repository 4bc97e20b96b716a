package org.tidtam.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tidtam.remind.Holiday;
import org.tidtam.remind.HolidayKind;
import org.tidtam.remind.HolidayRepository;

/** The user's changes to the holiday table, in the V2 {@code holidays} table. */
public final class SqliteHolidayRepository implements HolidayRepository {
    private final Database db;

    public SqliteHolidayRepository(Database db) { this.db = db; }

    @Override
    public List<Holiday> userHolidays() {
        return db.read(c -> {
            List<Holiday> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT day, name_th, name_en, kind FROM holidays WHERE source = 'user' AND removed = 0");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Holiday(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getString(3),
                            HolidayKind.valueOf(rs.getString(4)), Holiday.Source.USER));
                }
            }
            return out;
        });
    }

    @Override
    public Set<LocalDate> removedShippedDays() {
        return db.read(c -> {
            Set<LocalDate> out = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT day FROM holidays WHERE source = 'shipped' AND removed = 1");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(LocalDate.parse(rs.getString(1)));
                }
            }
            return out;
        });
    }

    @Override
    public void saveUserHoliday(Holiday h) {
        update("INSERT INTO holidays (day, name_th, name_en, kind, source, removed) VALUES (?, ?, ?, ?, 'user', 0) "
                + "ON CONFLICT (day, source) DO UPDATE SET name_th = excluded.name_th, name_en = excluded.name_en, "
                + "kind = excluded.kind", h.day().toString(), h.nameTh(), h.nameEn() == null ? "" : h.nameEn(),
                h.kind().name());
    }

    @Override
    public void deleteUserHoliday(LocalDate day) {
        update("DELETE FROM holidays WHERE day = ? AND source = 'user'", day.toString());
    }

    @Override
    public void setShippedDayRemoved(LocalDate day, boolean removed) {
        if (removed) {
            update("INSERT INTO holidays (day, source, removed) VALUES (?, 'shipped', 1) "
                    + "ON CONFLICT (day, source) DO UPDATE SET removed = 1", day.toString());
        } else {
            update("DELETE FROM holidays WHERE day = ? AND source = 'shipped'", day.toString());
        }
    }

    private void update(String sql, Object... params) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                return ps.executeUpdate();
            }
        });
    }
}
