package org.factually.assistant.answering;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes an answer's reply as UTF-8 JSON bytes straight into the response, and times it as the question's
 * serialisation stage when the resource method is {@link SerialisationTimed}. A JAX-RS writer interceptor timed it
 * before; its presence made Quarkus REST write through a String and a blocking output stream instead, a fifth of the
 * JVM's time in a burst of repeats (JFR).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class AnswerReplyWriter implements ServerMessageBodyWriter<AnswerReply> {

    private final ObjectWriter json;
    private final QuestionStages stages;

    public AnswerReplyWriter(ObjectMapper mapper, QuestionStages stages) {
        this.json = mapper.writerFor(AnswerReply.class);
        this.stages = stages;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
        return AnswerReply.class.equals(type);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return AnswerReply.class.equals(type);
    }

    @Override
    public void writeResponse(AnswerReply reply, Type genericType, ServerRequestContext context) throws IOException {
        long started = System.nanoTime();
        byte[] bytes = json.writeValueAsBytes(reply);
        if (timed(context.getResteasyReactiveResourceInfo())) {
            stages.since(QuestionStages.Stage.SERIALISATION, started);
        }
        context.serverResponse().end(bytes);
    }

    @Override
    public void writeTo(AnswerReply reply, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(json.writeValueAsBytes(reply));
    }

    private static boolean timed(ResteasyReactiveResourceInfo method) {
        return method != null && method.getMethod().isAnnotationPresent(SerialisationTimed.class);
    }
}
