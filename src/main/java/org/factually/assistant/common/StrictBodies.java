package org.factually.assistant.common;

import io.quarkus.vertx.web.RouteFilter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.nio.ByteBuffer;
import java.util.Locale;

/**
 * Reads two kinds of body whole before any resource does, so that they are refused with a problem reply rather than
 * half-read or silently repaired:
 * <ul>
 * <li>a form ({@code application/x-www-form-urlencoded}), which Quarkus REST and Vert.x decode leniently, turning an
 * overlong UTF-8 form, an invalid byte or an encoded surrogate into U+FFFD: refused with 400 unless every byte and
 * every percent-escape is strict UTF-8;</li>
 * <li>a body of undeclared length (chunked), which Quarkus' own limit cuts with a bodiless 413: refused with a
 * 413 problem once the bytes read pass {@code api.max-body-bytes}.</li>
 * </ul>
 * The body read is handed on ({@link RoutingContext#setBody}), where Quarkus REST takes it instead of reading the
 * request. Quarkus' form login reads its own body, so its bytes are only copied as they pass
 * ({@link #isStrictLoginForm}).
 */
@ApplicationScoped
public class StrictBodies {

    // After the path, query and header checks (MalformedRequests: 9,500; CsrfExemption: 9,400), before authentication.
    private static final int AFTER_REQUEST_LINE_CHECKS = 9_300;
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String LOGIN_FORM = StrictBodies.class.getName() + ".login-form";

    private final TooLargeBodies.ApiLimits limits;
    private final String loginPostLocation;

    public StrictBodies(TooLargeBodies.ApiLimits limits,
                        @ConfigProperty(name = "quarkus.http.auth.form.post-location") String loginPostLocation) {
        this.limits = limits;
        this.loginPostLocation = loginPostLocation;
    }

    @RouteFilter(AFTER_REQUEST_LINE_CHECKS)
    void readWhole(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        boolean form = isForm(request.getHeader("Content-Type"));
        boolean undeclared = request.getHeader("Content-Length") == null && request.getHeader("Transfer-Encoding") != null;
        if (request.isEnded() || !undeclared && !(form && hasBody(request))) {
            ctx.next();
            return;
        }
        Buffer body = Buffer.buffer();
        if (form && request.method() == HttpMethod.POST && loginPostLocation.equals(ctx.normalizedPath())) {
            // The form login decodes the same bytes itself (Vert.x' form decoder is fed before any data handler).
            ctx.put(LOGIN_FORM, body);
            request.handler(chunk -> {
                if (body.length() <= limits.maxBodyBytes()) {
                    body.appendBuffer(chunk);
                }
            });
            ctx.next();
            return;
        }
        request.handler(chunk -> {
            if (ctx.response().ended()) {
                return;
            }
            if (body.length() + chunk.length() > limits.maxBodyBytes()) {
                refuse(ctx, Problem.of("payload-too-large", "Request body too large", HttpStatus.PAYLOAD_TOO_LARGE,
                        "The request body is larger than " + limits.maxBodyBytes() + " bytes.", request.path()));
                return;
            }
            body.appendBuffer(chunk);
        });
        request.endHandler(ended -> {
            if (ctx.response().ended()) {
                return;
            }
            if (form && !isStrictForm(body)) {
                refuse(ctx, malformedForm().problem(request.path()));
                return;
            }
            ctx.setBody(body);
            ctx.next();
        });
        request.resume();
    }

    /**
     * Whether the login form this request carried was strict percent-encoded UTF-8; the form login's identity
     * provider asks, once Vert.x has read the whole form.
     */
    public static boolean isStrictLoginForm(RoutingContext ctx) {
        Buffer body = ctx.get(LOGIN_FORM);
        return body == null || isStrictForm(body);
    }

    /** The refusal of a form that is not strict percent-encoded UTF-8. */
    public static ProblemException malformedForm() {
        return new ProblemException(HttpStatus.BAD_REQUEST, "malformed-body", "Malformed request body",
                "The form is not valid percent-encoded UTF-8 text.");
    }

    static boolean isStrictForm(Buffer body) {
        String text = UnicodeText.strictUtf8(ByteBuffer.wrap(body.getBytes()));
        // '&' and '=' are never escaped, so decoding the whole form checks every name and value.
        return text != null && UnicodeText.decodePercent(text) != null;
    }

    private static boolean hasBody(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        return length == null || !length.strip().equals("0");
    }

    private static boolean isForm(String contentType) {
        return contentType != null && contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT).equals(FORM);
    }

    private static void refuse(RoutingContext ctx, Problem problem) {
        ctx.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(Json.encode(problem));
    }
}
