package org.factually.assistant.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.factually.assistant.PartnerApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request whose database connection has failed is answered 503 /problems/unavailable with Retry-After and logs
 * one line without a stack trace. The failure is real but confined to this service's own connections: the test
 * ends the backends of its connection pool (the shared cluster keeps running, and the pool reconnects).
 */
@QuarkusTest
class DatabaseOutageTest {

    private static final Logger PROBLEMS = Logger.getLogger(ProblemMappers.class.getName());
    private static final Logger OUTAGES = Logger.getLogger(OutageReplies.class.getName());

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        PROBLEMS.addHandler(capture);
        OUTAGES.addHandler(capture);
    }

    @Inject
    AgroalDataSource pool;

    @AfterEach
    void stopListeningAndDropTheEndedConnections() {
        PROBLEMS.removeHandler(capture);
        OUTAGES.removeHandler(capture);
        // Whatever the test left in the pool is a connection to an ended backend: the next test class gets new ones.
        pool.flush(AgroalDataSource.FlushMode.ALL);
    }

    @Test
    void aQuestionWhoseConnectionFailedGetsA503ProblemWithRetryAfterAndOneLogLine() throws SQLException {
        // A request first, so that the pool holds an idle connection for the question to take once its backend ends.
        given().spec(PartnerApi.withKey()).get("/api/v1/articles").then().statusCode(200);
        records.clear();
        endThePoolsConnections();
        // Background work (the LISTEN thread reconnecting, scheduled refreshes) may take the failed connections first
        // and leave the question a new one; asked again, it meets a failed one before the pool has replaced them all.
        int poolSize = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class);
        Response r = null;
        for (int i = 0; i <= poolSize && (r == null || r.statusCode() == 200); i++) {
            r = given().spec(PartnerApi.withKey()).contentType(ContentType.JSON)
                    .body(Map.of("question", "What is the 287(g) program?")).post("/api/v1/answers");
        }
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(r.jsonPath().getString("type")).isEqualTo("/problems/unavailable");
        assertThat(Integer.parseInt(r.header("Retry-After"))).isPositive();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).getMessage()).startsWith("database unavailable, answered 503");
        assertThat(records.get(0).getThrown()).as("no stack trace").isNull();
    }

    @Test
    void theServiceAnswersAgainOnceItsConnectionsAreBack() throws SQLException {
        endThePoolsConnections();
        // The pool drops each failed connection; one request more than it holds uses them all up.
        int poolSize = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.max-size", Integer.class);
        for (int i = 0; i <= poolSize; i++) {
            given().spec(PartnerApi.withKey()).get("/api/v1/articles");
        }
        given().spec(PartnerApi.withKey()).get("/api/v1/articles").then().statusCode(200);
    }

    /** Ends every backend of this test database but the one ending them: the pool's connections fail on next use. */
    private static void endThePoolsConnections() throws SQLException {
        Config config = ConfigProvider.getConfig();
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
             Statement s = c.createStatement()) {
            s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    + "WHERE datname = current_database() AND pid <> pg_backend_pid()");
        }
    }
}
