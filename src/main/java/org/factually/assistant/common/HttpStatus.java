package org.factually.assistant.common;

/** The status codes the service's own filters and mappers answer with, where no JAX-RS Response.Status is at hand. */
public final class HttpStatus {

    public static final int BAD_REQUEST = 400;
    public static final int UNAUTHORIZED = 401;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int CONFLICT = 409;
    public static final int UNPROCESSABLE_ENTITY = 422;
    public static final int PAYLOAD_TOO_LARGE = 413;
    public static final int TOO_MANY_REQUESTS = 429;

    private HttpStatus() {
    }
}
