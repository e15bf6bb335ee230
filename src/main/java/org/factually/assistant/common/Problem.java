package org.factually.assistant.common;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The one error body of the service (RFC 9457 {@code application/problem+json}).
 * {@code type} is a stable URI per kind of problem that clients may switch on.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "/problems/";

    public static Problem of(String slug, String title, int status, String detail, String instance) {
        return new Problem(TYPE_BASE + slug, title, status, detail, instance);
    }
}
