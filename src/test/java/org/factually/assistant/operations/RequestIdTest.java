package org.factually.assistant.operations;

import io.quarkus.test.junit.QuarkusTest;
import org.factually.assistant.PartnerApi;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

/** Every reply carries X-Request-Id, the caller's when well formed, and the service logs the request under it. */
@QuarkusTest
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String PASSAGES = "/api/v1/passages";

    /** A log line with the request id in its context when it was written. */
    private record Line(String requestId, String message) {
    }

    private final List<Line> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            ExtLogRecord r = ExtLogRecord.wrap(record);
            logged.add(new Line(r.getMdc(RequestIds.MDC_KEY), r.getFormattedMessage()));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private Logger requestLog() {
        return LogManager.getLogManager().getLogger(RequestIds.class.getName());
    }

    @BeforeEach
    void listen() {
        requestLog().addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        requestLog().removeHandler(capture);
    }

    @Test
    void aWellFormedRequestIdComesBackUnchanged() {
        given().spec(PartnerApi.withKey()).header(RequestIds.HEADER, "partner-7.call_42").queryParam("q", "287(g)")
                .when().get(PASSAGES).then().statusCode(200).header(RequestIds.HEADER, equalTo("partner-7.call_42"));
    }

    @Test
    void aRequestWithoutAnIdGetsANewOne() {
        given().spec(PartnerApi.withKey()).queryParam("q", "287(g)")
                .when().get(PASSAGES).then().statusCode(200).header(RequestIds.HEADER, matchesPattern(UUID));
    }

    @Test
    void aMalformedOrOverlongIdIsReplaced() {
        given().spec(PartnerApi.withKey()).header(RequestIds.HEADER, "bad id; with spaces").queryParam("q", "287(g)")
                .when().get(PASSAGES).then().header(RequestIds.HEADER, matchesPattern(UUID));
        given().spec(PartnerApi.withKey()).header(RequestIds.HEADER, "a".repeat(101)).queryParam("q", "287(g)")
                .when().get(PASSAGES).then().header(RequestIds.HEADER, matchesPattern(UUID));
    }

    @Test
    void problemRepliesCarryTheIdToo() {
        given().header(RequestIds.HEADER, "no-key-call").queryParam("q", "287(g)")
                .when().get(PASSAGES).then().statusCode(401).header(RequestIds.HEADER, equalTo("no-key-call"));
        given().spec(PartnerApi.withKey()).header(RequestIds.HEADER, "missing-answer")
                .when().get("/api/v1/answers/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404).header(RequestIds.HEADER, equalTo("missing-answer"));
        given().spec(PartnerApi.withKey()).header(RequestIds.HEADER, "huge-body").contentType("application/json").body(new byte[2 * 1024 * 1024])
                .when().post("/api/v1/answers").then().statusCode(413).header(RequestIds.HEADER, equalTo("huge-body"));
    }

    @Test
    void theRequestIsLoggedUnderItsId() throws InterruptedException {
        given().spec(PartnerApi.withKey()).header(RequestIds.HEADER, "logged-call-1").queryParam("q", "287(g)")
                .when().get(PASSAGES).then().statusCode(200);
        // The access line is written when the reply has gone out, which may be just after the client has it.
        for (int i = 0; i < 50 && logged.stream().noneMatch(line -> "logged-call-1".equals(line.requestId())); i++) {
            Thread.sleep(20);
        }
        assertThat(logged).anySatisfy(line -> {
            assertThat(line.requestId()).isEqualTo("logged-call-1");
            assertThat(line.message()).contains("GET " + PASSAGES + " 200");
        });
    }
}
