package org.factually.assistant.site;

import org.factually.assistant.feedback.FeedbackRequest;
import org.factually.assistant.feedback.FeedbackService;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.factually.assistant.answering.AnswerReply;
import org.factually.assistant.common.Ids;
import org.factually.assistant.common.ProblemException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.UUID;

/**
 * The reader pages, server-rendered and complete without JavaScript: asking posts a form and lands on the
 * answer's permanent page. Failures here are pages too, never JSON.
 */
@Path("/")
@Produces(SiteResource.HTML)
public class SiteResource {

    static final String HTML = "text/html;charset=UTF-8";
    private static final String FEEDBACK_SENT = "sent";

    private final SiteService site;
    private final FeedbackService feedback;
    private final SiteTexts texts;

    public SiteResource(SiteService site, FeedbackService feedback, SiteTexts texts) {
        this.site = site;
        this.feedback = feedback;
        this.texts = texts;
    }

    @GET
    @RateLimited(ClientRateLimiter.Budget.PAGES)
    public TemplateInstance home() {
        return SitePages.ask(site.askPage());
    }

    @POST
    @Path("ask")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RateLimited(ClientRateLimiter.Budget.REQUESTS)
    public Response ask(@RestForm String question) {
        return askAndShow(question);
    }

    /** Asking by link, as an article's follow-up questions do. */
    @GET
    @Path("ask")
    @RateLimited(ClientRateLimiter.Budget.REQUESTS)
    public Response askByLink(@RestQuery String q) {
        if (q == null || q.isBlank()) {
            return seeOther("/");
        }
        return askAndShow(q);
    }

    @GET
    @Path("answers/{id}")
    @RateLimited(ClientRateLimiter.Budget.PAGES)
    public TemplateInstance answer(@RestPath String id, @RestQuery String feedback) {
        return SitePages.ask(site.answerPage(answerId(id), FEEDBACK_SENT.equals(feedback))
                .orElseThrow(() -> ProblemException.notFound(texts.answerNotFound())));
    }

    @POST
    @Path("answers/{id}/feedback")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RateLimited(ClientRateLimiter.Budget.REQUESTS)
    public Response feedback(@RestPath String id, @RestForm String helpful, @RestForm String reason, @RestForm String comment) {
        try {
            feedback.record(answerId(id), new FeedbackRequest(yesOrNo(helpful), reason, comment))
                    .orElseThrow(() -> ProblemException.notFound(texts.answerNotFound()));
        } catch (ProblemException e) {
            if (e.status() == Response.Status.BAD_REQUEST.getStatusCode()) {
                return page(e.status(), texts.feedbackInvalid());
            }
            throw e;
        }
        return seeOther(SiteService.permalink(id) + "?feedback=" + FEEDBACK_SENT + "#feedback");
    }

    @GET
    @Path("articles/{id}")
    @RateLimited(ClientRateLimiter.Budget.PAGES)
    public TemplateInstance article(@RestPath String id) {
        return SitePages.article(site.article(id).orElseThrow(() -> ProblemException.notFound(texts.articleNotFound())));
    }

    @ServerExceptionMapper
    public Response problemPage(ProblemException e) {
        return page(e.status(), e.getMessage());
    }

    private Response askAndShow(String question) {
        AnswerReply reply;
        try {
            reply = site.ask(question);
        } catch (ProblemException e) {
            if (e.status() == Response.Status.BAD_REQUEST.getStatusCode()) {
                return Response.status(e.status()).type(HTML).entity(SitePages.ask(site.askPageRefusing(question)).render()).build();
            }
            throw e;
        }
        return seeOther(SiteService.permalink(reply.id()));
    }

    private UUID answerId(String id) {
        return Ids.uuidOrNotFound(id, texts.answerNotFound());
    }

    private static Boolean yesOrNo(String value) {
        if ("yes".equals(value)) {
            return true;
        }
        return "no".equals(value) ? false : null;
    }

    private static Response page(int status, String message) {
        return Response.status(status).type(HTML).entity(SitePages.error(new ErrorPage(status, message)).render()).build();
    }

    private static Response seeOther(String location) {
        return Response.seeOther(URI.create(location)).build();
    }
}
