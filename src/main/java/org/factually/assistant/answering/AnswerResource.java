package org.factually.assistant.answering;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/answers")
@Produces(MediaType.APPLICATION_JSON)
public class AnswerResource {

    private final AnswerService answers;

    public AnswerResource(AnswerService answers) {
        this.answers = answers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public AnswerReply ask(@Valid @NotNull(message = "a JSON body {\"question\": \"...\"} is required") AnswerRequest request) {
        return answers.answer(request.question());
    }
}
