package org.factually.assistant.retrieval;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.agroal.DataSource;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Sets pgvector's {@code hnsw.ef_search} ({@link RetrievalConfig#hnswEfSearch()}) once on every new pooled connection,
 * so that each nearest-neighbour probe runs with it and no question pays a statement for it. Session-wide, so that it
 * holds on a replica connection in auto-commit as well.
 */
@Singleton
public class HnswSearchBreadth implements AgroalPoolInterceptor {

    private static final String EF_SEARCH = "SELECT set_config('hnsw.ef_search', ?, false)";

    private final String efSearch;

    public HnswSearchBreadth(RetrievalConfig config) {
        this.efSearch = String.valueOf(config.hnswEfSearch());
    }

    @Override
    public void onConnectionCreate(Connection connection) {
        try (PreparedStatement s = connection.prepareStatement(EF_SEARCH)) {
            s.setString(1, efSearch);
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("hnsw.ef_search could not be set on a new connection", e);
        }
    }

    /** The same on the read replica's connections (datasource {@code replica}), where the searches may run. */
    @Singleton
    @DataSource("replica")
    public static class OnReplica extends HnswSearchBreadth {
        public OnReplica(RetrievalConfig config) {
            super(config);
        }
    }
}
