package org.factually.assistant.common;

import io.quarkus.test.junit.QuarkusTest;
import org.factually.assistant.Newsroom;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text that is not strict UTF-8 is refused, never repaired, in every part of a request: form bodies (the reader's
 * question, the editor pages' forms, the login form), JSON bodies and query strings. The router's own refusals
 * (an undecodable path or query, no Host, a chunked body over the limit) are problems too; what Netty refuses before
 * the router runs (an address java.net.URI cannot parse, 414, 431, a broken request line) keeps a bodiless 4xx.
 */
@QuarkusTest
class StrictRequestsTest {

    private static final String FORM = "Content-Type: application/x-www-form-urlencoded";
    private static final int MIB = 1024 * 1024;

    @ParameterizedTest(name = "question {0}")
    @ValueSource(strings = {"What%C0%AFis+287(g)%3F", "What%E0%80%AFis+287(g)%3F", "What%FFis+287(g)%3F",
            "What%ED%A0%80is+287(g)%3F", "What+is+287(g)%3F%F0%9F"})
    void aReaderFormThatIsNotStrictUtf8IsRefused(String question) {
        String csrf = Newsroom.csrfToken();
        RawHttp.Reply reply = post("/ask", readerHeaders(csrf), bytes("csrf-token=" + csrf + "&question=" + question));
        assertMalformedBody(reply);
    }

    @Test
    void aReaderFormWithARawInvalidByteIsRefused() {
        String csrf = Newsroom.csrfToken();
        RawHttp.Reply reply = post("/ask", readerHeaders(csrf),
                concat(bytes("csrf-token=" + csrf + "&question=What"), new byte[]{(byte) 0xFF}, bytes("is+287(g)%3F")));
        assertMalformedBody(reply);
    }

    @ParameterizedTest(name = "question {0}")
    @ValueSource(strings = {"What+is+287(g)%3F+%F0%9F%98%80", "Qu%C3%A9+es+el+programa+287(g)%3F", "287(g)%E6%98%AF%E4%BB%80%E4%B9%88%3F"})
    void aReaderFormInStrictUtf8IsTakenWithEmojiAccentsAndCjk(String question) {
        String csrf = Newsroom.csrfToken();
        RawHttp.Reply reply = post("/ask", readerHeaders(csrf), bytes("csrf-token=" + csrf + "&question=" + question));
        assertThat(reply.status()).as(reply.body()).isEqualTo(303);
        assertThat(reply.header("Location")).contains("/answers/");
    }

    @Test
    void anEditorPageFormThatIsNotStrictUtf8IsRefused() {
        Newsroom.ensureAccounts();
        Newsroom.Session admin = Newsroom.login(Newsroom.ADMIN);
        RawHttp.Reply reply = post("/editor/users", "Cookie: " + admin.cookies() + "\r\n" + FORM,
                bytes("csrf-token=" + admin.csrf() + "&username=probe%C0%AFuser&password=a+long+enough+password&role=editor"));
        assertMalformedBody(reply);
    }

    @Test
    void aLoginFormThatIsNotStrictUtf8IsRefusedBeforeThePasswordIsTried() {
        Newsroom.ensureAccounts();
        String csrf = Newsroom.csrfToken();
        RawHttp.Reply reply = post("/j_security_check", readerHeaders(csrf), bytes("csrf-token=" + csrf
                + "&j_username=" + Newsroom.EDITOR + "%ED%A0%80&j_password=" + Newsroom.PASSWORD.replace(' ', '+')));
        assertMalformedBody(reply);
        assertThat(String.valueOf(reply.header("Set-Cookie"))).as("no session").doesNotContain(Newsroom.STAFF_SESSION_COOKIE);
    }

    @Test
    void aLoginFormInStrictUtf8StillLogsIn() {
        Newsroom.ensureAccounts();
        String csrf = Newsroom.csrfToken();
        RawHttp.Reply reply = post("/j_security_check", readerHeaders(csrf), bytes("csrf-token=" + csrf
                + "&j_username=" + Newsroom.EDITOR + "&j_password=" + Newsroom.PASSWORD.replace(' ', '+')));
        assertThat(reply.status()).isEqualTo(302);
        assertThat(reply.header("Location")).endsWith("/editor");
    }

    @ParameterizedTest(name = "bytes {0}")
    @ValueSource(strings = {"C0AF", "E080AF", "EDA080", "FF"})
    void aJsonBodyThatIsNotStrictUtf8IsRefused(String hex) {
        RawHttp.Reply reply = post("/api/v1/answers", PartnerApi.API_KEY + ": " + PartnerApi.bootstrapKey()
                + "\r\nContent-Type: application/json", concat(bytes("{\"question\":\"What is "),
                java.util.HexFormat.of().parseHex(hex), bytes(" 287(g)?\"}")));
        assertMalformedBody(reply);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/passages?q=%ED%A0%80", "/ask?q=%C0%AF", "/ask?q=%FF"})
    void aQueryThatIsNotStrictUtf8IsRefused(String target) {
        RawHttp.Reply reply = get(target, PartnerApi.API_KEY + ": " + PartnerApi.bootstrapKey());
        assertProblem(reply, 400, "/problems/invalid-parameter");
    }

    // Quarkus' root handler refuses these before the router: no application code sees them (see RoutingRefusals).
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/%zz", "/articles/%E0%A4%A", "/api/v1/articles/%", "/editor?page=%zz", "/ask?q=%zz", "/ask?%zz=1"})
    void anAddressWithAMalformedEscapeIsRefusedWith400(String target) {
        assertThat(get(target, "").status()).isEqualTo(400);
    }

    @Test
    void aRequestWithoutHostIsAProblem() {
        RawHttp.Reply reply = RawHttp.sendWithoutHost("GET /api/v1/articles HTTP/1.1");
        assertProblem(reply, 400, "/problems/malformed-request");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/json", "application/x-www-form-urlencoded", "application/octet-stream"})
    void aChunkedBodyOverTheLimitIsAProblem(String type) {
        String csrf = Newsroom.csrfToken();
        RawHttp.Reply reply = post("/api/v1/answers", PartnerApi.API_KEY + ": " + PartnerApi.bootstrapKey()
                + "\r\nCookie: csrf-token=" + csrf + "\r\nContent-Type: " + type + "\r\nTransfer-Encoding: chunked",
                RawHttp.chunked(new byte[3 * MIB], 64 * 1024));
        assertProblem(reply, 413, "/problems/payload-too-large");
    }

    @Test
    void aChunkedBodyWithinTheLimitIsAnswered() {
        RawHttp.Reply reply = post("/api/v1/answers", PartnerApi.API_KEY + ": " + PartnerApi.bootstrapKey()
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked",
                RawHttp.chunked(bytes("{\"question\":\"What is the 287(g) program?\"}"), 7));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).contains("\"status\":\"answered\"");
    }

    // Netty refuses these before Vert.x builds a request: no application code sees them (see RoutingRefusals).
    @Test
    void aRequestLineOverTheLimitIsRefusedWith414() {
        RawHttp.Reply reply = get("/ask?q=" + "a".repeat(50_000), "");
        assertThat(reply.status()).isEqualTo(414);
    }

    @Test
    void headersOverTheLimitAreRefusedWith431() {
        RawHttp.Reply reply = get("/", "X-Padding: " + "a".repeat(30_000));
        assertThat(reply.status()).isEqualTo(431);
    }

    @Test
    void aBrokenRequestLineIsRefusedWith400() {
        RawHttp.Reply reply = RawHttp.send("GET / NOT-HTTP", null);
        assertThat(reply.status()).isEqualTo(400);
    }

    private static String readerHeaders(String csrf) {
        return "Cookie: " + Newsroom.CSRF_COOKIE + "=" + csrf + "\r\n" + FORM;
    }

    private static void assertMalformedBody(RawHttp.Reply reply) {
        assertProblem(reply, 400, "/problems/malformed-body");
    }

    private static void assertProblem(RawHttp.Reply reply, int status, String type) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.header("Content-Type")).as(reply.body()).startsWith(Problem.MEDIA_TYPE);
        assertThat(reply.body()).contains("\"type\":\"" + type + "\"").contains("\"status\":" + status);
    }

    private static RawHttp.Reply get(String target, String headers) {
        return RawHttp.send("GET " + target + " HTTP/1.1" + (headers.isEmpty() ? "" : "\r\n" + headers), null);
    }

    private static RawHttp.Reply post(String path, String headers, byte[] body) {
        String length = headers.contains("Transfer-Encoding") ? "" : "\r\nContent-Length: " + body.length;
        return RawHttp.send("POST " + path + " HTTP/1.1\r\n" + headers + length, body);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
