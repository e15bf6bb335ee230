package org.factually.assistant.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.factually.assistant.Newsroom;
import org.factually.assistant.PartnerApi;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

/** Operators see whether the service is ready and how it behaves. */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessReportsTheDatabaseAndTheEmbeddingModel() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.data.articles", greaterThan(0))
                .body("checks.find { it.name == 'embedding-model' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'embedding-model' }.data.dimension", equalTo(384));
    }

    @Test
    void metricsHoldQuestionLatencyHistogramsAnswerCountsAndRequestsPerKey() {
        given().spec(PartnerApi.withKey()).contentType(ContentType.JSON).body(Map.of("question", "What is the 287(g) program?"))
                .when().post("/api/v1/answers").then().statusCode(200);
        Newsroom.ensureAccounts();
        given().auth().preemptive().basic(Newsroom.ADMIN, Newsroom.PASSWORD).when().get("/q/metrics").then().statusCode(200)
                .body(containsString("assistant_question_latency_seconds_bucket{le="))
                .body(containsString("assistant_answers_total{status=\"answered\"}"))
                .body(containsString("assistant_answers_total{status=\"unknown\"}"))
                .body(containsString("assistant_partner_requests_total{outcome=\"admitted\",partner=\"local-bootstrap\"}"));
    }

    @Test
    void metricsNamePartnersSoOnlyAdminsMayReadThem() {
        Newsroom.ensureAccounts();
        given().redirects().follow(false).when().get("/q/metrics").then().statusCode(org.hamcrest.Matchers.not(200))
                .body(org.hamcrest.Matchers.not(containsString("partner=")));
        given().auth().preemptive().basic(Newsroom.EDITOR, Newsroom.PASSWORD).redirects().follow(false)
                .when().get("/q/metrics").then().statusCode(403);
    }

    @Test
    void readinessReportsTheCorpusLoaded() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'corpus' }.status", equalTo("UP"));
    }
}
