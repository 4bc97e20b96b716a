package org.tidtam.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of work on a connection, inside the transaction {@link Database} opened for it. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
