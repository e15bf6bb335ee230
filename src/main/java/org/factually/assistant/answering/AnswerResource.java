package org.factually.assistant.answering;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factually.assistant.common.ProblemException;

import java.util.UUID;

@Path("/api/v1/answers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Answers", description = "Reader questions answered from the fact-check articles, with citations")
public class AnswerResource {

    private final AnswerService answers;

    public AnswerResource(AnswerService answers) {
        this.answers = answers;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a question",
            description = "Answers with sentences quoted from the articles, each followed by [n] pointing at its citation, "
                    + "or with status `unknown`, the no-answer text and articles that may help. Every answer is recorded under its id.")
    public AnswerReply ask(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                                   @ExampleObject(name = "question", value = "{\"question\": \"Can local police refuse to cooperate with ICE?\"}")))
                           @Valid @NotNull(message = "a JSON body {\"question\": \"...\"} is required") AnswerRequest request) {
        return answers.answer(request.question());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An earlier answer", description = "The answer as it was given, by the id its reply carried.")
    public AnswerReply get(@PathParam("id") @Parameter(description = "The answer's id (a UUID)") String id) {
        return answers.find(parse(id)).orElseThrow(() -> ProblemException.notFound("No answer " + id + "."));
    }

    private static UUID parse(String id) {
        try {
            UUID uuid = UUID.fromString(id);
            // UUID.fromString also takes short forms such as "1-2-3-4-5", which no answer ever had.
            if (uuid.toString().equalsIgnoreCase(id)) {
                return uuid;
            }
        } catch (IllegalArgumentException e) {
            // refused below, like a short form
        }
        throw ProblemException.badRequest("invalid-id", "id: must be a UUID such as 3f2b8c1e-7d4a-4e59-9b6f-0c1d2e3f4a5b");
    }
}
