package org.factually.assistant.accounts;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** One SQL update on a connection of its own, outside any application transaction, as sessions and throttling need. */
final class Statements {

    interface Binder {
        void bind(PreparedStatement s) throws SQLException;
    }

    private Statements() {
    }

    static void execute(DataSource dataSource, String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("the accounts tables could not be written", e);
        }
    }
}
