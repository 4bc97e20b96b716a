package org.tidtam.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.tidtam.i18n.TidtamException;

/** Turns SQLite's failures into messages a clerk can act on. */
final class SqlErrors {
    private SqlErrors() { }

    /** The TidtamException for a failure on the database at {@code file}. */
    static TidtamException translate(Throwable e, Path file) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TidtamException te) {
                return te;
            }
            if (t instanceof SQLiteException se) {
                return forCode(se, se.getResultCode(), file);
            }
        }
        return new TidtamException(e, "store.failed", file, String.valueOf(e.getMessage()));
    }

    private static TidtamException forCode(SQLException e, SQLiteErrorCode code, Path file) {
        int primary = code.code & 0xff;
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new TidtamException(e, "store.locked", file);
        }
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code || primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return new TidtamException(e, "store.notSqlite", file);
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code
                || primary == SQLiteErrorCode.SQLITE_PERM.code) {
            return new TidtamException(e, "store.notWritable", file);
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code || primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return new TidtamException(e, "store.diskFull", file);
        }
        return new TidtamException(e, "store.failed", file, String.valueOf(e.getMessage()));
    }
}
