package org.factually.assistant.common;

/** Thrown by services for a request that cannot be served; mapped to a problem+json reply. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;

    public ProblemException(int status, String slug, String title, String detail) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public static ProblemException badRequest(String slug, String detail) {
        return new ProblemException(HttpStatus.BAD_REQUEST, slug, "Invalid request", detail);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(HttpStatus.NOT_FOUND, "not-found", "Not found", detail);
    }

    /** The problem reply for this refusal of the request at {@code instance}. */
    public Problem problem(String instance) {
        return Problem.of(slug, title, status, getMessage(), instance);
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
