package org.factually.assistant.operations;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.factually.assistant.PartnerApi;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** As in production, the corpus loads on its own thread after the port opens, and readiness turns UP once it is in. */
@QuarkusTest
@TestProfile(BackgroundLoadingTest.InBackground.class)
class BackgroundLoadingTest {

    private static final Duration LOADING_LIMIT = Duration.ofMinutes(3);

    public static class InBackground implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("corpus.load-in-background", "true");
        }
    }

    @Test
    void theCorpusLoadedInTheBackgroundMakesTheServiceReadyAndAnswering() throws InterruptedException {
        Instant deadline = Instant.now().plus(LOADING_LIMIT);
        int status = given().get("/q/health/ready").statusCode();
        while (status != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
            status = given().get("/q/health/ready").statusCode();
        }
        assertThat(status).as("readiness within %s", LOADING_LIMIT).isEqualTo(200);
        assertThat(PartnerApi.ask("Can local police refuse to cooperate with ICE?").getString("status")).isEqualTo("answered");
    }
}
