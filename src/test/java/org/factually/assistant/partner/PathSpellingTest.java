package org.factually.assistant.partner;

import io.quarkus.test.junit.QuarkusTest;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.RawHttp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** The partner key is needed however the path of an API resource is spelled. */
@QuarkusTest
class PathSpellingTest {

    private static final byte[] QUESTION = "{\"question\":\"What is the 287(g) program?\"}".getBytes(StandardCharsets.UTF_8);

    private static RawHttp.Reply ask(String path, String keyHeader) {
        return RawHttp.send("POST " + path + " HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: "
                + QUESTION.length + keyHeader, QUESTION);
    }

    @ParameterizedTest(name = "POST {0}")
    @ValueSource(strings = {"/api/v1/answers", "/%61pi/v1/answers", "/api/v%31/answers", "/api/v1/%61nswers",
            "/%2561pi/v1/answers", "//api/v1/answers", "/api//v1/answers", "/api/v1//answers", "/./api/v1/answers",
            "/api/./v1/answers", "/api/v1/./answers", "/x/../api/v1/answers", "/api/v1;x=1/answers",
            "/api;x/v1/answers", "/api/v1/answers;jsessionid=1", "/api/v1/answers/", "/api/v1/answers//"})
    void anAnswerWithoutAKeyIsNeverGivenWhateverThePathsSpelling(String path) {
        RawHttp.Reply reply = ask(path, "");
        assertThat(reply.status()).as(path + " " + reply.body()).isIn(401, 404);
        assertThat(reply.body()).doesNotContain("\"answer\"");
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/v1/passages?q=ICE", "/api/v%31/passages?q=ICE", "/%61pi/v1/passages?q=ICE",
            "//api/v1/passages?q=ICE", "/api/v1/./passages?q=ICE", "/api/v1/passages/?q=ICE",
            "/api/v1/passages;p=1?q=ICE", "/api/v1/%70assages?q=ICE"})
    void passagesWithoutAKeyAreNeverListedWhateverThePathsSpelling(String path) {
        RawHttp.Reply reply = RawHttp.send("GET " + path + " HTTP/1.1", null);
        assertThat(reply.status()).as(path + " " + reply.body()).isIn(401, 404);
        assertThat(reply.body()).doesNotContain("\"passageId\"");
    }

    @ParameterizedTest(name = "POST {0}")
    @ValueSource(strings = {"/%61pi/v1/answers", "//api/v1/answers", "/api/v1;x=1/answers"})
    void aSpellingThatReachesTheResourceIsAdmittedWithAKey(String path) {
        RawHttp.Reply reply = ask(path, "\r\n" + PartnerApi.API_KEY + ": " + PartnerApi.bootstrapKey());
        assertThat(reply.status()).as(path + " " + reply.body()).isIn(200, 404);
        if (reply.status() == 200) {
            assertThat(reply.header("RateLimit-Limit")).isNotNull();
        }
    }
}
