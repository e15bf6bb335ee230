package org.factually.assistant.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter of quarkus-rest-csrf refuses a form without its token (or a bodiless POST without the token
 * cookie) with a bare 400; this gives that refusal the service's problem shape. A 400 with a body (every other
 * refusal) is left alone.
 */
public class CsrfRefusals {

    @ServerResponseFilter
    public void describe(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == HttpStatus.BAD_REQUEST && !response.hasEntity()) {
            response.setEntity(Problem.of("csrf-token-invalid", "Form refused", HttpStatus.BAD_REQUEST,
                    "The form did not come with the token of the page it was on: reload the page and send it again.",
                    request.getUriInfo().getRequestUri().getRawPath()));
            response.getHeaders().putSingle("Content-Type", Problem.MEDIA_TYPE);
        }
    }
}
