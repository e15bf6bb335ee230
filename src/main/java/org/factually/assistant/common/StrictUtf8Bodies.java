package org.factually.assistant.common;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A JSON body must be strict UTF-8 before Jackson reads it: Jackson decodes an overlong form such as C0 AF as "/"
 * and an encoded surrogate as a lone one, where the service must refuse both. The body is already bounded by the
 * body-size limit, so it is read whole and checked here.
 */
@Provider
public class StrictUtf8Bodies implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        if (type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"))) {
            byte[] body = context.getInputStream().readAllBytes();
            if (UnicodeText.strictUtf8(ByteBuffer.wrap(body)) == null) {
                throw ProblemException.badRequest("malformed-body", "The request body is not valid JSON in UTF-8.");
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
