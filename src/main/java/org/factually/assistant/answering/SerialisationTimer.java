package org.factually.assistant.answering;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import java.io.IOException;

/** Times the JSON writing of an answer's reply, the last stage of a question. Bound to the ask method only. */
@Provider
@SerialisationTimed
public class SerialisationTimer implements WriterInterceptor {

    private final QuestionStages stages;

    public SerialisationTimer(QuestionStages stages) {
        this.stages = stages;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        long started = System.nanoTime();
        context.proceed();
        stages.since(QuestionStages.Stage.SERIALISATION, started);
    }
}
