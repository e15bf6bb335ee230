package org.factually.assistant.site;

import org.factually.assistant.feedback.FeedbackRequest;
import org.factually.assistant.feedback.FeedbackService;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.factually.assistant.answering.AnswerReply;
import org.factually.assistant.answering.AnswerRequest;
import org.factually.assistant.common.Ids;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.feedback.Feedback;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.util.UUID;

/**
 * The JSON routes the page's script uses to ask and to send feedback without reloading. They belong to the
 * site, not to the partner API under /api/v1, and answer errors with problem+json.
 */
@Path("/site/answers")
@Produces(MediaType.APPLICATION_JSON)
public class SiteApiResource {

    private final SiteService site;
    private final FeedbackService feedback;
    private final SiteTexts texts;

    public SiteApiResource(SiteService site, FeedbackService feedback, SiteTexts texts) {
        this.site = site;
        this.feedback = feedback;
        this.texts = texts;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(ClientRateLimiter.Budget.REQUESTS)
    public Response ask(@Valid @NotNull(message = "a JSON body {\"question\": \"...\"} is required") AnswerRequest request) {
        AnswerReply reply = site.ask(request.question());
        String permalink = SiteService.permalink(reply.id());
        AskPage page = site.answerRegion(reply);
        return Response.created(URI.create(permalink)).entity(new SiteAnswer(reply.id(), reply.status(), permalink,
                SitePages.ask$answer(page).render(), SitePages.ask$how(page).render())).build();
    }

    @POST
    @Path("{id}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RateLimited(ClientRateLimiter.Budget.REQUESTS)
    public Response feedback(@RestPath String id, FeedbackRequest request) {
        UUID answerId = Ids.uuidOrNotFound(id, texts.answerNotFound());
        Feedback stored = feedback.record(answerId, request).orElseThrow(() -> ProblemException.notFound(texts.answerNotFound()));
        return Response.status(Response.Status.CREATED).entity(new FeedbackReceipt(stored.id, id, texts.feedbackThanks())).build();
    }
}
