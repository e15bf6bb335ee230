package org.factually.assistant.common;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.factually.assistant.Newsroom;
import org.factually.assistant.PartnerApi;
import org.factually.assistant.RawHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input set: every route of {@code bad-input/routes.txt} crossed with every attack its body and parameters
 * admit, plus the exact refusals of {@code bad-input/requests.txt}. No request may get a 5xx or show a stack trace;
 * under /api every refusal with a body is a problem+json.
 */
@QuarkusTest
class BadInputSetTest {

    private static final String MISSING_ARTICLE = "no_such_article_0000000000";
    private static final int MIB = 1024 * 1024;
    private static final Map<String, String> IDS = new HashMap<>();
    private static final Map<String, Newsroom.Session> SESSIONS = new HashMap<>();
    private static String readerCsrf;

    /** One request of the set: who sends it, its request line, extra headers and body, and the status it must get. */
    record Case(String caller, String requestLine, List<String> headers, byte[] body, String expected, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** A route of routes.txt. */
    record Route(String caller, String method, String path, String body, List<String> params) {
    }

    @BeforeEach
    void realIds() {
        if (!IDS.isEmpty()) {
            return;
        }
        Newsroom.ensureAccounts();
        Map<String, String> ids = new HashMap<>();
        ids.put("answer", PartnerApi.ask("What is the 287(g) program?").getString("id"));
        ids.put("article", RestAssured.given().spec(PartnerApi.withKey()).get("/api/v1/articles?size=1")
                .then().statusCode(200).extract().path("items[0].id"));
        ids.put("missing-article", MISSING_ARTICLE);
        Newsroom.Session admin = Newsroom.login(Newsroom.ADMIN);
        ids.put("key", String.valueOf(admin.given().contentType(ContentType.JSON).header("X-CSRF-Token", admin.csrf())
                .body(Map.of("partner", "bad-input probe")).post("/api/v1/admin/keys")
                .then().statusCode(201).extract().<Integer>path("id")));
        readerCsrf = Newsroom.csrfToken();
        IDS.putAll(ids);
    }

    static Stream<Case> generated() {
        return routes().stream().flatMap(BadInputSetTest::attacks);
    }

    static Stream<Case> listed() {
        List<Case> cases = new ArrayList<>();
        for (String line : lines("bad-input/requests.txt")) {
            String[] f = line.split("\\s*\\|\\s*", -1);
            List<String> headers = f[3].isBlank() ? List.of() : List.of(f[3].split("\\\\n"));
            byte[] body = f.length > 4 && !f[4].isEmpty() ? unescape(f[4]) : null;
            cases.add(new Case(f[0], f[2], headers, body, f[1], f[2] + " " + (f.length > 4 ? f[4] : "")));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("generated")
    void noBadInputGetsAServerError(Case c) {
        RawHttp.Reply reply = send(c);
        assertThat(reply.status()).as(c + " -> " + reply.body()).isLessThan(500);
        assertThat(reply.body()).as(c.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        // Quarkus' root handler refuses an address java.net.URI cannot parse (/%zz) with a bare 400 before any
        // route runs (see RoutingRefusals): that reply has no body. Every other refusal under /api is a problem.
        if (c.requestLine().contains(" /api/") && reply.status() >= 400 && !(reply.status() == 400 && reply.body().isEmpty())) {
            assertThat(reply.header("Content-Type")).as(c + " -> " + reply.body()).startsWith(Problem.MEDIA_TYPE);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("listed")
    void eachKnownBadRequestGetsItsRefusal(Case c) {
        RawHttp.Reply reply = send(c);
        if (c.expected().equals("4xx")) {
            assertThat(reply.status()).as(c + " -> " + reply.body()).isBetween(400, 499);
        } else {
            assertThat(reply.status()).as(c + " -> " + reply.body()).isEqualTo(Integer.parseInt(c.expected()));
        }
    }

    private static RawHttp.Reply send(Case c) {
        StringBuilder head = new StringBuilder(fill(c.requestLine(), c.caller())).append(" HTTP/1.1");
        credentials(c.caller()).forEach(h -> head.append("\r\n").append(h));
        c.headers().forEach(h -> head.append("\r\n").append(fill(h, c.caller())));
        byte[] body = c.body() == null ? null
                : fill(new String(c.body(), StandardCharsets.ISO_8859_1), c.caller()).getBytes(StandardCharsets.ISO_8859_1);
        boolean framed = c.headers().stream().anyMatch(h -> h.regionMatches(true, 0, "Transfer-Encoding", 0, 17)
                || h.regionMatches(true, 0, "Content-Length", 0, 14));
        if (body != null && !framed) {
            head.append("\r\nContent-Length: ").append(body.length);
        } else if (body == null && !framed && c.requestLine().matches("(POST|PUT|PATCH|DELETE) .*")) {
            head.append("\r\nContent-Length: 0");
        }
        return RawHttp.send(head.toString(), body);
    }

    private static List<String> credentials(String caller) {
        return switch (caller) {
            case "partner" -> List.of(PartnerApi.API_KEY + ": " + PartnerApi.bootstrapKey());
            case "reader" -> List.of("Cookie: " + Newsroom.CSRF_COOKIE + "=" + readerCsrf);
            default -> List.of("Cookie: " + session(caller).cookies());
        };
    }

    private static Newsroom.Session session(String caller) {
        return SESSIONS.computeIfAbsent(caller, c -> Newsroom.login(c.equals("admin") ? Newsroom.ADMIN : Newsroom.EDITOR));
    }

    private static String csrfOf(String caller) {
        return caller.equals("editor") || caller.equals("admin") ? session(caller).csrf() : readerCsrf;
    }

    private static String fill(String text, String caller) {
        String filled = text.replace("{csrf}", csrfOf(caller)).replace("{csrf:" + caller + "}", csrfOf(caller));
        for (Map.Entry<String, String> id : IDS.entrySet()) {
            filled = filled.replace("{" + id.getKey() + "}", id.getValue());
        }
        return filled;
    }

    // ---- the attacks ----

    private static final List<String> ID_ATTACKS = List.of("%00", "a%00b", "%zz", "%", "%C0%80", "%ED%A0%80", "%FF%FE",
            "a".repeat(3000), "..%2F..%2Fetc%2Fpasswd", "%20", "-1", "99999999999999999999999", "%0d%0aSet-Cookie:%20x=1",
            "%E2%80%AE", "'%20OR%201=1--");
    private static final List<String> PARAM_ATTACKS = List.of("%00", "a%00b", "%zz", "%", "%C0%80", "%ED%A0%80",
            "2147483648", "-2147483649", "99999999999999999999", "-1", "", "1e9", "%0a%0d", "x".repeat(2000), "0x10");

    private static Stream<Case> attacks(Route r) {
        List<Case> cases = new ArrayList<>();
        String csrf = "{csrf:" + r.caller() + "}";
        for (String placeholder : List.of("{answer}", "{article}", "{missing-article}", "{key}")) {
            if (r.path().contains(placeholder)) {
                for (String attack : ID_ATTACKS) {
                    cases.add(request(r, r.method() + " " + r.path().replace(placeholder, attack), validBodyHeaders(r, csrf),
                            validBody(r, csrf), "id " + attack));
                }
            }
        }
        for (String param : r.params()) {
            for (String attack : PARAM_ATTACKS) {
                cases.add(request(r, r.method() + " " + r.path() + "?" + param + "=" + attack, validBodyHeaders(r, csrf),
                        validBody(r, csrf), param + "=" + attack));
            }
            cases.add(request(r, r.method() + " " + r.path() + "?" + param + "=1&" + param + "=2", validBodyHeaders(r, csrf),
                    validBody(r, csrf), param + " twice"));
        }
        String line = r.method() + " " + r.path();
        cases.add(request(r, "PATCH " + r.path(), List.of(), null, "method PATCH"));
        cases.add(request(r, line, List.of("Accept: garbage/", "X-CSRF-Token: " + csrf), validBody(r, csrf), "Accept garbage"));
        cases.add(request(r, line, List.of("X-Request-Id: " + "r".repeat(500), "X-CSRF-Token: " + csrf), validBody(r, csrf),
                "long request id"));
        cases.add(request(r, line + "?%zz=1", validBodyHeaders(r, csrf), validBody(r, csrf), "malformed parameter name"));
        if (!r.method().equals("GET")) {
            bodyAttacks(r, csrf).forEach((label, headersAndBody) ->
                    cases.add(request(r, line, headersAndBody.headers(), headersAndBody.body(), label)));
        }
        return cases.stream();
    }

    private record Sent(List<String> headers, byte[] body) {
    }

    private static Map<String, Sent> bodyAttacks(Route r, String csrf) {
        String token = "X-CSRF-Token: " + csrf;
        Map<String, Sent> attacks = new java.util.LinkedHashMap<>();
        attacks.put("no body", new Sent(List.of(token), null));
        attacks.put("empty content type", new Sent(List.of("Content-Type:", token), bytes("{\"question\":\"What is 287(g)?\"}")));
        attacks.put("garbage content type", new Sent(List.of("Content-Type: ;;;/;", token), bytes("x")));
        attacks.put("content type with a bad charset", new Sent(List.of("Content-Type: application/json; charset=nope", token), bytes("{}")));
        attacks.put("text/plain", new Sent(List.of("Content-Type: text/plain", token), bytes("What is 287(g)?")));
        attacks.put("chunked 3 MiB", new Sent(List.of("Content-Type: " + contentType(r), "Transfer-Encoding: chunked", token),
                RawHttp.chunked(new byte[3 * MIB], 64 * 1024)));
        attacks.put("a Content-Length larger than any body", new Sent(List.of("Content-Type: " + contentType(r),
                "Content-Length: 99999999999999", token), bytes("{}")));
        attacks.put("binary garbage", new Sent(List.of("Content-Type: " + contentType(r), token), garbage()));
        switch (r.body()) {
            case "json" -> {
                attacks.put("duplicate key", json(token, "{\"question\":\"a b\",\"question\":\"c d\",\"helpful\":true,\"helpful\":false,\"partner\":\"x\",\"partner\":\"y\"}"));
                attacks.put("trailing content", json(token, "{\"question\":\"What is 287(g)?\",\"helpful\":true,\"partner\":\"p\"}{\"question\":\"b\"}"));
                attacks.put("trailing garbage", json(token, "{\"question\":\"What is 287(g)?\",\"helpful\":true,\"partner\":\"p\"} ]"));
                attacks.put("lone surrogate", json(token, "{\"question\":\"\\ud800 ICE\",\"helpful\":true,\"comment\":\"\\udfff\",\"partner\":\"\\ud800\"}"));
                attacks.put("overlong UTF-8", new Sent(List.of("Content-Type: application/json", token),
                        concat(bytes("{\"question\":\"ICE "), new byte[]{(byte) 0xC0, (byte) 0xAF}, bytes("\",\"partner\":\"\u0000\"}"))));
                attacks.put("raw NUL", new Sent(List.of("Content-Type: application/json", token), bytes("{\"question\":\"IC\u0000E\",\"partner\":\"a\u0000b\"}")));
                attacks.put("escaped NUL", json(token, "{\"question\":\"IC\\u0000E\",\"partner\":\"a\\u0000b\",\"comment\":\"\\u0000\",\"helpful\":false}"));
                attacks.put("deep nesting", json(token, "[".repeat(20000) + "]".repeat(20000)));
                attacks.put("huge number", json(token, "{\"question\":1e999999,\"helpful\":1e999999,\"rateLimit\":1e999999,\"dailyQuota\":99999999999999999999}"));
                attacks.put("helpful 2", json(token, "{\"helpful\":2,\"reason\":\"wrong\"}"));
                attacks.put("wrong types", json(token, "{\"question\":{\"a\":1},\"helpful\":\"maybe\",\"partner\":[1],\"rateLimit\":\"x\",\"reason\":7}"));
                attacks.put("array root", json(token, "[{\"question\":\"What is 287(g)?\"}]"));
                attacks.put("null root", json(token, "null"));
                attacks.put("string root", json(token, "\"What is 287(g)?\""));
                attacks.put("empty object", json(token, "{}"));
                attacks.put("negative limits", json(token, "{\"partner\":\"p\",\"rateLimit\":-5,\"dailyQuota\":-1}"));
                attacks.put("huge string", json(token, "{\"question\":\"" + "a".repeat(900_000) + "\",\"partner\":\"" + "b".repeat(1000) + "\"}"));
            }
            case "form" -> {
                attacks.put("malformed percent-encoding", form(token, "csrf-token=" + csrf + "&question=What%zz&helpful=%&reason=%G1&text=%&j_username=%zz"));
                attacks.put("NUL", form(token, "csrf-token=" + csrf + "&question=IC%00E&helpful=yes%00&comment=%00&reason=%00&text=a%00[1]&passages=%00&username=a%00b&password=%00&j_username=a%00&j_password=%00"));
                attacks.put("overlong UTF-8", form(token, "csrf-token=" + csrf + "&question=IC%C0%80E&comment=%C0%AF&text=%C0%80&username=%C0%80&j_username=%C0%80"));
                attacks.put("lone surrogate", form(token, "csrf-token=" + csrf + "&question=IC%ED%A0%80E&comment=%ED%B0%80&text=%ED%A0%80&reason=%ED%A0%80&username=%ED%A0%80"));
                attacks.put("only the token", form(token, "csrf-token=" + csrf));
                attacks.put("helpful 2", form(token, "csrf-token=" + csrf + "&helpful=2&reason=nonsense"));
                attacks.put("repeated fields", form(token, "csrf-token=" + csrf + "&question=a&question=b&helpful=yes&helpful=no&role=admin&role=x"));
                attacks.put("empty names", form(token, "csrf-token=" + csrf + "&=&=x&&&"));
                attacks.put("huge field", form(token, "csrf-token=" + csrf + "&question=" + "a".repeat(900_000) + "&text=" + "b".repeat(10_000)));
                attacks.put("passages not numbers", form(token, "csrf-token=" + csrf + "&text=One.%20[1]&passages=x,99999999999999999999,-1"));
                attacks.put("unknown role", form(token, "csrf-token=" + csrf + "&username=probe-user&password=a%20long%20enough%20password&role=root"));
            }
            case "multipart" -> {
                attacks.put("no boundary", new Sent(List.of("Content-Type: multipart/form-data", token), bytes("--x\r\n\r\n")));
                attacks.put("wrong boundary", new Sent(List.of("Content-Type: multipart/form-data; boundary=abc", token), bytes("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n\r\n{}\r\n--xyz--\r\n")));
                attacks.put("no file part", new Sent(List.of("Content-Type: multipart/form-data; boundary=b", token),
                        bytes("--b\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + csrf + "\r\n--b--\r\n")));
                attacks.put("NUL file", multipart(csrf, "a.json", "{\"id\":\"x\",\"title\":\"a\u0000b\",\"body\":\"c\u0000\"}"));
                attacks.put("escaped NUL file", multipart(csrf, "a.json", "{\"id\":\"probe\",\"title\":\"a\\u0000b\",\"sections\":[]}"));
                attacks.put("file with no name", multipart(csrf, "", "text"));
                attacks.put("file with a path name", multipart(csrf, "../../x.json", "{}"));
                attacks.put("truncated", new Sent(List.of("Content-Type: multipart/form-data; boundary=b", token),
                        bytes("--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.json\"\r\n\r\n{\"id\":")));
            }
            case "raw", "none" -> {
                attacks.put("NUL bytes", new Sent(List.of("Content-Type: application/octet-stream", token), new byte[4096]));
                attacks.put("escaped NUL article", new Sent(List.of("Content-Type: application/json", token),
                        bytes("{\"id\":\"probe\",\"title\":\"a\\u0000b\",\"sections\":[{\"heading\":\"h\",\"paragraphs\":[\"x\\u0000\"]}]}")));
                attacks.put("duplicate key article", new Sent(List.of("Content-Type: application/json", token), bytes("{\"id\":\"a\",\"id\":\"b\"}")));
                attacks.put("invalid UTF-8", new Sent(List.of("Content-Type: application/octet-stream", token),
                        concat(bytes("Title\n\n"), new byte[]{(byte) 0xC0, (byte) 0x80, (byte) 0xED, (byte) 0xA0, (byte) 0x80})));
            }
            default -> throw new IllegalArgumentException("unknown body kind " + r.body());
        }
        return attacks;
    }

    private static Case request(Route r, String line, List<String> headers, byte[] body, String label) {
        return new Case(r.caller(), line, headers, body, "<500", r.method() + " " + r.path() + ": " + label);
    }

    private static List<String> validBodyHeaders(Route r, String csrf) {
        return switch (r.body()) {
            case "json" -> List.of("Content-Type: application/json", "X-CSRF-Token: " + csrf);
            case "form" -> List.of("Content-Type: application/x-www-form-urlencoded", "X-CSRF-Token: " + csrf);
            case "raw" -> List.of("Content-Type: application/octet-stream", "X-CSRF-Token: " + csrf);
            case "multipart" -> List.of("Content-Type: multipart/form-data; boundary=b", "X-CSRF-Token: " + csrf);
            default -> List.of("X-CSRF-Token: " + csrf);
        };
    }

    private static byte[] validBody(Route r, String csrf) {
        return switch (r.body()) {
            case "json" -> bytes("{\"question\":\"What is 287(g)?\",\"helpful\":true,\"partner\":\"probe\"}");
            case "form" -> bytes("csrf-token=" + csrf + "&question=What+is+287(g)%3F&helpful=yes&reason=wrong&text=x");
            case "raw" -> bytes("not an article");
            case "multipart" -> multipart(csrf, "a.txt", "not an article").body();
            default -> null;
        };
    }

    private static String contentType(Route r) {
        return switch (r.body()) {
            case "form" -> "application/x-www-form-urlencoded";
            case "multipart" -> "multipart/form-data; boundary=b";
            case "raw" -> "application/octet-stream";
            default -> "application/json";
        };
    }

    private static Sent json(String token, String body) {
        return new Sent(List.of("Content-Type: application/json", token), bytes(body));
    }

    private static Sent form(String token, String body) {
        return new Sent(List.of("Content-Type: application/x-www-form-urlencoded", token), bytes(body));
    }

    private static Sent multipart(String csrf, String filename, String content) {
        return new Sent(List.of("Content-Type: multipart/form-data; boundary=b", "X-CSRF-Token: " + csrf),
                bytes("--b\r\nContent-Disposition: form-data; name=\"csrf-token\"\r\n\r\n" + csrf
                        + "\r\n--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--b--\r\n"));
    }

    private static byte[] garbage() {
        byte[] bytes = new byte[2048];
        new java.util.Random(10).nextBytes(bytes);
        return bytes;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** The escapes of requests.txt: \n \r \t \\, \xHH (one raw byte) and \\uHHHH left for JSON to decode... */
    static byte[] unescape(String text) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                switch (next) {
                    case 'n' -> { out.write('\n'); i++; continue; }
                    case 'r' -> { out.write('\r'); i++; continue; }
                    case 't' -> { out.write('\t'); i++; continue; }
                    case 'x' -> { out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16)); i += 3; continue; }
                    case '\\' -> { out.writeBytes(bytes("\\")); i++; continue; }
                    default -> { }
                }
            }
            out.writeBytes(bytes(String.valueOf(c)));
        }
        return out.toByteArray();
    }

    private static List<Route> routes() {
        return lines("bad-input/routes.txt").stream().map(line -> line.split("\\s+")).map(f -> new Route(f[0], f[1], f[2], f[3],
                f.length > 4 ? List.of(f[4].split(",")) : List.of())).toList();
    }

    private static List<String> lines(String resource) {
        try (var in = BadInputSetTest.class.getClassLoader().getResourceAsStream(resource);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
