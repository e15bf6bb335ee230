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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factually.assistant.common.HttpStatus;
import org.factually.assistant.common.Ids;
import org.factually.assistant.common.Problem;
import org.factually.assistant.common.ProblemException;


@Path("/api/v1/answers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Answers", description = "Reader questions answered from the fact-check articles, with citations")
public class AnswerResource {

    // Replies the service gave to these questions, for the OpenAPI document.
    private static final String ANSWERED_EXAMPLE = """
            {"id": "9b4149ed-077f-4659-ac87-71424f6f7f71", "question": "Which counties in New Hampshire have signed up for 287(g)?",
             "status": "answered",
             "answer": "Multiple New Hampshire counties—Grafton, Belknap and others—have recently joined or begun participating in 287(g) training and immigration-check collaborations, illustrating how federal programs translate into local policy changes. [1]",
             "citations": [{"ref": 1, "articleId": "002_73e1299aacddae53",
                            "title": "Fact check: How does ICE cooperate with local law enforcement to deport undocumented immigrants with criminal records?",
                            "section": "Local Implementation: New Hampshire as a Case Study of Rapid Uptake", "checkedOn": "2025-10-18",
                            "quote": "Multiple New Hampshire counties—Grafton, Belknap and others—have recently joined or begun participating in 287(g) training and immigration-check collaborations, illustrating how federal programs translate into local policy changes. Local officials argue these partnerships allow deputies to identify and detain people suspected of immigration violations and transfer them to ICE-approved detention centers, presenting the change as operationally straightforward [3] [4].",
                            "start": 2371, "end": 2841, "url": "/articles/002_73e1299aacddae53#p7", "passageId": 40, "position": 7}],
             "suggestions": [], "createdAt": "2026-11-23T20:21:28.592Z"}""";
    private static final String UNKNOWN_EXAMPLE = """
            {"id": "bd846f3f-d3d6-46cd-baf6-2a01fc104182", "question": "Where is the best pizza in Naples?",
             "status": "unknown",
             "answer": "I don't know. None of our published fact checks answers this question, so we would rather not guess. Try rephrasing it, or browse the articles below.",
             "citations": [], "suggestions": [], "createdAt": "2026-11-23T20:21:29.660Z"}""";

    private final AnswerService answers;
    private final AnswerTexts texts;

    public AnswerResource(AnswerService answers, AnswerTexts texts) {
        this.answers = answers;
        this.texts = texts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SerialisationTimed
    @APIResponse(responseCode = "200", description = "An answer with citations, or status unknown with suggestions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerReply.class), examples = {
                    @ExampleObject(name = "answered", value = ANSWERED_EXAMPLE),
                    @ExampleObject(name = "unknown", value = UNKNOWN_EXAMPLE)}))
    @Operation(summary = "Answer a question",
            description = "Answers with sentences quoted from the articles, each followed by [n] pointing at its citation, "
                    + "or with status `unknown`, the no-answer text and articles that may help. Every answer is recorded under its id.")
    public AnswerReply ask(@RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, examples =
                                   @ExampleObject(name = "question", value = "{\"question\": \"May a city decline to work with ICE?\"}")))
                           @Valid @NotNull(message = "a JSON body {\"question\": \"...\"} is required") AnswerRequest request) {
        return answers.answer(request.question());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An earlier answer", description = "The answer by the id its reply carried, as readers read it now: "
            + "the newsroom's reviewed version once editors published it. An answer the editors withdrew is gone (410): "
            + "rejected, or repeating or served from one they rejected.")
    @APIResponse(responseCode = "200", description = "The answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AnswerReply.class)))
    @APIResponse(responseCode = "404", description = "No such answer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "410", description = "Withdrawn by the newsroom's editors: not to be shown to readers",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AnswerReply get(@PathParam("id") @Parameter(description = "The answer's id (a UUID)") String id) {
        String notFound = "No answer " + id + ".";
        AnswerService.ForReaders found = answers.findForReaders(Ids.uuidOrNotFound(id, notFound))
                .orElseThrow(() -> ProblemException.notFound(notFound));
        if (found.withdrawn()) {
            throw new ProblemException(HttpStatus.GONE, "answer-withdrawn", "Withdrawn", texts.withdrawn());
        }
        return found.reply();
    }
}
