package org.factually.assistant.retrieval;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.embedding.EmbeddingService;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a read replica configured, the passage search runs there only once the replica has replayed the answer
 * generation the question was read at, so that no answer is made from articles older than those the primary holds.
 */
@QuarkusTest
@TestProfile(ReadReplicaProfile.class)
class ReadReplicaTest {

    private static final String QUESTION = "Which counties in New Hampshire have signed up for 287(g)?";
    private static final String STEMS = "{\"counti\": 1.0, \"hampshir\": 2.0, \"287g\": 3.0}";
    private static final int CANDIDATES = 30;
    private static final int RRF_K = 60;
    private static final int LIMIT = 5;

    @Inject
    PassageSearch search;
    @Inject
    EmbeddingService embeddings;
    @Inject
    AgroalDataSource dataSource;
    @Inject
    MeterRegistry registry;
    @Inject
    @DataSource("replica")
    AgroalDataSource replica;
    @Inject
    RetrievalConfig config;

    @Test
    void connectionsToThePrimaryAndTheReplicaProbeTheHnswGraphAtTheConfiguredBreadth() throws SQLException {
        for (AgroalDataSource source : List.of(dataSource, replica)) {
            try (Connection c = source.getConnection(); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("SHOW hnsw.ef_search")) {
                r.next();
                assertThat(r.getString(1)).isEqualTo(String.valueOf(config.hnswEfSearch()));
            }
        }
    }

    @Test
    void aSearchAtAGenerationTheReplicaHasReplayedRunsOnTheReplica() throws SQLException {
        double before = searches("replica");

        assertThat(searchAt(OptionalLong.of(generation()))).isNotEmpty();

        assertThat(searches("replica")).isEqualTo(before + 1);
    }

    @Test
    void aSearchAtAGenerationTheReplicaHasNotReplayedYetRunsOnThePrimary() throws SQLException {
        double replica = searches("replica");
        double primary = searches("primary");

        assertThat(searchAt(OptionalLong.of(generation() + 1))).isNotEmpty();

        assertThat(searches("replica")).isEqualTo(replica);
        assertThat(searches("primary")).isEqualTo(primary + 1);
    }

    @Test
    void aSearchWithNoGenerationToAgreeWithRunsOnThePrimary() {
        double replica = searches("replica");

        searchAt(OptionalLong.empty());

        assertThat(searches("replica")).isEqualTo(replica);
    }

    @Test
    void aQuestionIsAnsweredWithItsCitationsFromTheReplica() {
        double before = searches("replica");

        JsonPath reply = PartnerApi.ask(QUESTION);

        assertThat(reply.getString("status")).isEqualTo("answered");
        assertThat(reply.getList("citations")).isNotEmpty();
        assertThat(searches("replica")).isGreaterThan(before);
    }

    /** The nearest passages and the hybrid search, as retrieval runs them for a question read at {@code generation}. */
    private List<PassageHit> searchAt(OptionalLong generation) {
        float[] vector = embeddings.embedQuestion(QUESTION);
        return search.search(vector, search.nearest(vector, CANDIDATES, generation), STEMS, CANDIDATES, RRF_K, LIMIT);
    }

    private double searches(String on) {
        return registry.get("assistant.retrieval.searches").tag("on", on).counter().count();
    }

    private long generation() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT generation FROM answer_generation")) {
            r.next();
            return r.getLong(1);
        }
    }
}
