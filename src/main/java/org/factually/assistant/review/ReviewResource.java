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
import org.factually.assistant.accounts.AccountService;
import org.factually.assistant.accounts.Roles;
import org.factually.assistant.common.Moments;
import org.factually.assistant.common.ProblemException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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
        static native TemplateInstance queue(QueuePage queue, BulkReview.Outcome bulk, String error);

        static native TemplateInstance answer(AnswerReview review, List<ReaderVerdicts.Verdict> feedback, String done, String error,
                                              String text, String passages, String reason, List<CorrectionDrafts.Pickable> pickable,
                                              CorrectionPreview preview, CorrectionRefused refused, String editor,
                                              List<String> reviewers);
    }

    private final ReviewQueue queue;
    private final ReviewDetails details;
    private final ReviewService reviews;
    private final ReaderVerdicts verdicts;
    private final CorrectionDrafts drafts;
    private final BulkReview bulk;
    private final ReviewTexts texts;
    private final Moments moments;
    private final ReviewConfig config;
    private final SecurityIdentity identity;
    private final AccountService accounts;

    public ReviewResource(ReviewQueue queue, ReviewDetails details, ReviewService reviews, ReaderVerdicts verdicts,
                          CorrectionDrafts drafts, BulkReview bulk, ReviewTexts texts, Moments moments, ReviewConfig config, SecurityIdentity identity,
                          AccountService accounts) {
        this.accounts = accounts;
        this.queue = queue;
        this.details = details;
        this.reviews = reviews;
        this.verdicts = verdicts;
        this.drafts = drafts;
        this.bulk = bulk;
        this.texts = texts;
        this.moments = moments;
        this.config = config;
        this.identity = identity;
    }

    @GET
    public TemplateInstance queue(@QueryParam("state") String state, @QueryParam("outcome") String outcome,
                                  @QueryParam("feedback") String feedback, @QueryParam("reason") String reason,
                                  @QueryParam("q") String q, @QueryParam("assigned") String assigned, @QueryParam("sort") String sort,
                                  @QueryParam("page") Integer page) {
        return Templates.queue(queue.page(QueueFilter.of(state, outcome, feedback, reason, q, assigned, identity.getPrincipal().getName(),
                sort, page, config.maxSearchLength())), null, null);
    }

    /** Rejects the selected answers with one reason, or marks them off-topic; the queue then says what was done. */
    @POST
    @Path("bulk")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response bulk(@RestForm("item") List<String> items, @RestForm String action, @RestForm String reason) {
        BulkReview.Outcome done = null;
        ProblemException refused = null;
        try {
            done = bulk.decide(items, action, reason, identity.getPrincipal().getName());
        } catch (ProblemException e) {
            refused = e;
        }
        QueuePage newest = queue.page(QueueFilter.all(config.maxSearchLength()));
        return Response.status(refused == null ? Response.Status.OK.getStatusCode() : refused.status()).type(MediaType.TEXT_HTML)
                .entity(Templates.queue(newest, done, refused == null ? null : refused.getMessage())).build();
    }

    /**
     * The review page. With {@code text} and {@code passages}, or sentences picked ({@code pick}, "passageId:n"), it
     * also previews that correction as readers would see it, with its difference from the draft, or says next to the
     * field why it could not be published. A GET, so that reloading it never sends anything again.
     */
    @GET
    @Path("answers/{id}")
    public TemplateInstance answer(@RestPath UUID id, @QueryParam("done") String done, @QueryParam("text") String text,
                                   @QueryParam("passages") String passages, @QueryParam("pick") List<String> picks) {
        AnswerReview review = details.of(id);
        String formText = text;
        String formPassages = passages;
        if (picks != null && !picks.isEmpty()) {
            CorrectionDrafts.Composed composed = drafts.compose(picks);
            formText = composed.text();
            formPassages = composed.passages();
        }
        CorrectionPreview preview = null;
        CorrectionRefused refused = null;
        if (formText != null) {
            try {
                preview = CorrectionPreview.of(texts.editedLabel(moments.of(Instant.now())), reviews.check(formText, formPassages), review.answer());
            } catch (CorrectionRefused e) {
                refused = e;
            }
        }
        return Templates.answer(review, verdicts.on(id), done, null, formText != null ? formText : review.correctionText(),
                formPassages != null ? formPassages : review.passageIds(), "", drafts.pickable(review), preview, refused,
                identity.getPrincipal().getName(), accounts.reviewers());
    }

    /** Claims the draft for the editor, so that nobody else reviews it meanwhile (or takes it over). */
    @POST
    @Path("answers/{id}/claim")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response claim(@RestPath UUID id) {
        reviews.claim(id, identity.getPrincipal().getName());
        return Response.seeOther(UriBuilder.fromPath("/editor/answers/{id}").build(id)).build();
    }

    /** Assigns the draft to an editor, so that nobody else reviews it meanwhile; a stale page gets a conflict. */
    @POST
    @Path("answers/{id}/assign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response assign(@RestPath UUID id, @RestForm String version, @RestForm String holder, @RestForm String assignee) {
        return act(id, "assigned to " + assignee, editor -> reviews.assign(id, editor, version, holder, assignee), null, null, null);
    }

    /** Takes the draft from whoever holds it, so that anyone may review it; a stale page gets a conflict. */
    @POST
    @Path("answers/{id}/unassign")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response unassign(@RestPath UUID id, @RestForm String version, @RestForm String holder) {
        return act(id, "unassigned", editor -> reviews.unassign(id, editor, version, holder), null, null, null);
    }

    @POST
    @Path("answers/{id}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response release(@RestPath UUID id) {
        reviews.release(id, identity.getPrincipal().getName());
        return Response.seeOther(UriBuilder.fromPath("/editor/answers/{id}").build(id)).build();
    }

    /** The next draft waiting for review after the one just decided; the queue of new drafts when none is left. */
    @GET
    @Path("next")
    public Response next(@QueryParam("after") UUID after) {
        // Without "after" (no draft decided yet) any draft is next: the nil UUID is no answer's id.
        return Response.seeOther(queue.next(after == null ? new UUID(0, 0) : after, identity.getPrincipal().getName()).map(id -> UriBuilder.fromPath("/editor/answers/{id}").build(id))
                .orElse(URI.create("/editor?state=new"))).build();
    }

    /** Shows the correction typed in the form as readers would see it, by sending the editor to the page that previews it. */
    @POST
    @Path("answers/{id}/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(@RestPath UUID id, @RestForm String text, @RestForm String passages) {
        return Response.seeOther(correctionPage(id, text, passages)).build();
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
        } catch (CorrectionRefused e) {
            // Post, redirect, get: the page previews the same input and says why next to the field; a reload sends nothing.
            return Response.seeOther(correctionPage(id, text, passages)).build();
        } catch (ProblemException e) {
            if (e.status() == Response.Status.NOT_FOUND.getStatusCode()) {
                throw e;
            }
            AnswerReview review = details.of(id);
            return Response.status(e.status())
                    .entity(Templates.answer(review, verdicts.on(id), null, e.getMessage(),
                            text != null ? text : review.correctionText(), passages != null ? passages : review.passageIds(),
                            reason != null ? reason : "", drafts.pickable(review), null, null, identity.getPrincipal().getName(),
                            accounts.reviewers()))
                    .type(MediaType.TEXT_HTML).build();
        }
        return Response.seeOther(UriBuilder.fromPath("/editor/answers/{id}").queryParam("done", done).build(id)).build();
    }

    // Built by hand: UriBuilder would read braces in the editor's text as URI template variables.
    private static URI correctionPage(UUID id, String text, String passages) {
        return URI.create("/editor/answers/" + id + "?text=" + query(text) + "&passages=" + query(passages) + "#correction");
    }

    // Spaces as %20, not "+", which only form decoding reads as a space.
    private static String query(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
