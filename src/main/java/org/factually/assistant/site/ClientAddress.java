package org.factually.assistant.site;

import io.vertx.core.http.HttpServerRequest;

/** Which client a request counts against. */
final class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    private ClientAddress() {
    }

    static String of(HttpServerRequest request, boolean trustForwardedFor) {
        String peer = request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
        return resolve(peer, request.getHeader(FORWARDED_FOR), trustForwardedFor);
    }

    /**
     * The peer's address, or behind a trusted proxy the last X-Forwarded-For entry: the proxy appends the
     * address it saw, while every entry before it is whatever the client chose to send.
     */
    static String resolve(String peer, String forwardedFor, boolean trustForwardedFor) {
        if (!trustForwardedFor || forwardedFor == null || forwardedFor.isBlank()) {
            return peer;
        }
        String last = forwardedFor.substring(forwardedFor.lastIndexOf(',') + 1).strip();
        return last.isEmpty() ? peer : last;
    }
}
