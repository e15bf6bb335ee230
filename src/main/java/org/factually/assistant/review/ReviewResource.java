package org.factually.assistant.review;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.factually.assistant.accounts.Roles;
import org.factually.assistant.common.ProblemException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** The review queue and the review of one answer, as editor pages; every action is a form with its CSRF token. */
@Path("/editor")
@RolesAllowed({Roles.EDITOR, Roles.ADMIN})
@Produces(MediaType.TEXT_HTML)
public class ReviewResource {

    @CheckedTemplate(basePath = "review")
    static class Templates {
        static native TemplateInstance queue(QueuePage queue);

        static native TemplateInstance answer(AnswerReview review, List<ReaderVerdicts.Verdict> feedback, String done, String error,
                                              String text, String passages, String reason);
    }

    private final ReviewQueue queue;
    private final ReviewDetails details;
    private final ReviewService reviews;
    private final ReaderVerdicts verdicts;
    private final ReviewConfig config;
    private final SecurityIdentity identity;

    public ReviewResource(ReviewQueue queue, ReviewDetails details, ReviewService reviews, ReaderVerdicts verdicts,
                          ReviewConfig config, SecurityIdentity identity) {
        this.queue = queue;
        this.details = details;
        this.reviews = reviews;
        this.verdicts = verdicts;
        this.config = config;
        this.identity = identity;
    }

    @GET
    public TemplateInstance queue(@QueryParam("state") String state, @QueryParam("outcome") String outcome,
                                  @QueryParam("feedback") String feedback, @QueryParam("reason") String reason,
                                  @QueryParam("q") String q, @QueryParam("sort") String sort, @QueryParam("page") Integer page) {
        return Templates.queue(queue.page(QueueFilter.of(state, outcome, feedback, reason, q, sort, page, config.maxSearchLength())));
    }

    @GET
    @Path("answers/{id}")
    public TemplateInstance answer(@RestPath UUID id, @QueryParam("done") String done) {
        AnswerReview review = details.of(id);
        return Templates.answer(review, verdicts.on(id), done, null, review.correctionText(), review.passageIds(), "");
    }

    @POST
    @Path("answers/{id}/approve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@RestPath UUID id, @RestForm String version) {
        return act(id, "approved", editor -> reviews.approve(id, editor, version), null, null, null);
    }

    @POST
    @Path("answers/{id}/correct")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response correct(@RestPath UUID id, @RestForm String version, @RestForm String text, @RestForm String passages) {
        return act(id, "corrected", editor -> reviews.correct(id, editor, version, text, passages), text, passages, null);
    }

    @POST
    @Path("answers/{id}/reject")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@RestPath UUID id, @RestForm String version, @RestForm String reason) {
        return act(id, "rejected", editor -> reviews.reject(id, editor, version, reason), null, null, reason);
    }

    /** Runs an action and goes back to the answer; a refused action shows the page again with the reason and the editor's input. */
    private Response act(UUID id, String done, Consumer<String> action, String text, String passages, String reason) {
        try {
            action.accept(identity.getPrincipal().getName());
        } catch (ProblemException e) {
            if (e.status() == Response.Status.NOT_FOUND.getStatusCode()) {
                throw e;
            }
            AnswerReview review = details.of(id);
            return Response.status(e.status())
                    .entity(Templates.answer(review, verdicts.on(id), null, e.getMessage(),
                            text != null ? text : review.correctionText(), passages != null ? passages : review.passageIds(),
                            reason != null ? reason : ""))
                    .type(MediaType.TEXT_HTML).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/editor/answers/{id}").queryParam("done", done).build(id)).build();
    }
}
