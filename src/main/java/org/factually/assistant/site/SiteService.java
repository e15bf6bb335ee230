package org.factually.assistant.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.factually.assistant.answering.AnswerConfig;
import org.factually.assistant.answering.AnswerReply;
import org.factually.assistant.answering.AnswerService;
import org.factually.assistant.answering.Citation;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.answering.ClaimTexts;
import org.factually.assistant.articles.Article;
import org.factually.assistant.articles.ClaimReview;
import org.factually.assistant.articles.ReviewedClaim;
import org.factually.assistant.articles.ArticleLinks;
import org.factually.assistant.articles.PublishedArticles;
import org.factually.assistant.common.Dates;
import org.factually.assistant.common.Moments;
import org.factually.assistant.common.HttpStatus;
import org.factually.assistant.feedback.FeedbackConfig;
import org.factually.assistant.articles.Passage;
import org.factually.assistant.articles.PassageKind;
import org.factually.assistant.articles.RelatedQuestion;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** What the reader pages show: asks through the answer service and lays answers and articles out for reading. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SiteService {

    // The answer service closes every quoted sentence with the marker of its source, " [n]".
    private static final Pattern MARKER = Pattern.compile("\\s*\\[(\\d+)\\]");

    private final AnswerService answers;
    private final SiteTexts texts;
    private final SiteConfig config;
    private final AnswerConfig answerConfig;
    private final FeedbackConfig feedbackConfig;
    private final PublishedArticles published;
    private final ClaimReviewJsonLd jsonLd;
    private final ClaimTexts claimTexts;
    private final Moments moments;

    public SiteService(AnswerService answers, SiteTexts texts, SiteConfig config, AnswerConfig answerConfig,
                       FeedbackConfig feedbackConfig, PublishedArticles published, ClaimReviewJsonLd jsonLd,
                       ClaimTexts claimTexts, Moments moments) {
        this.moments = moments;
        this.jsonLd = jsonLd;
        this.claimTexts = claimTexts;
        this.answers = answers;
        this.texts = texts;
        this.config = config;
        this.answerConfig = answerConfig;
        this.feedbackConfig = feedbackConfig;
        this.published = published;
    }

    /** Asks the answer service, which validates the question and records the answer. */
    public AnswerReply ask(String question) {
        return answers.answer(question);
    }

    /** The ask page with an empty question box. */
    public AskPage askPage() {
        return page(null, null, null, false, latestArticles());
    }

    /** The ask page again with the question the service could not take, and why. */
    public AskPage askPageRefusing(String question) {
        return page(question, texts.invalidQuestion(), null, false, latestArticles());
    }

    /** The page of a recorded answer, its permanent link; one the editors rejected is gone (410) with their notice. */
    public Optional<AskPage> answerPage(UUID id, boolean feedbackSent) {
        return answers.findForReaders(id).map(found -> {
            if (found.withdrawn()) {
                throw new ProblemException(HttpStatus.GONE, "answer-rejected", "Rejected", texts.answerRejected());
            }
            return answerPage(found.reply(), feedbackSent);
        });
    }

    private AskPage answerPage(AnswerReply reply, boolean feedbackSent) {
        return page(reply.question(), null, view(reply), feedbackSent, latestArticles());
    }

    /** The page of a new answer, for the script that puts its answer region in place. */
    public AskPage answerRegion(AnswerReply reply) {
        return answerPage(reply, false);
    }

    /** The article's page; a withdrawn article is gone (410) with the newsroom's notice, not an empty page. */
    public Optional<ArticleView> article(String id) {
        Optional<Article> found = published.find(id);
        if (found.isEmpty() && published.withdrawn(id)) {
            throw new ProblemException(HttpStatus.GONE, "article-withdrawn", "Withdrawn", texts.articleWithdrawn());
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Article article = found.get();
        List<Passage> passages = Passage.ofArticle(id);
        List<ClaimReview> reviews = ClaimReview.ofArticle(id);
        List<ArticleView.FollowUp> followUps = RelatedQuestion.ofArticle(id).stream()
                .map(q -> new ArticleView.FollowUp(q.question, "/ask?q=" + URLEncoder.encode(q.question, StandardCharsets.UTF_8)))
                .toList();
        String titleAnchor = passages.stream().filter(p -> p.kind == PassageKind.TITLE).findFirst()
                .map(p -> ArticleLinks.anchor(p.position)).orElse(null);
        return Optional.of(new ArticleView(article.id, article.title, titleAnchor, Dates.siteDay(article.checkedOn), Dates.iso(article.checkedOn),
                sections(article.body, passages), followUps, answerConfig.maxQuestionLength(),
                reviews.stream().map(SiteService::verdict).toList(), jsonLd.of(article, reviews, claimTexts.publisher())));
    }

    private static ArticleView.Verdict verdict(ClaimReview r) {
        return new ArticleView.Verdict(r.claim, r.claimant, r.verdict, plain(r.ratingValue), plain(r.worstRating), plain(r.bestRating),
                tone(r.ratingValue, r.worstRating, r.bestRating));
    }

    private static ArticleView.Verdict verdict(ReviewedClaim r) {
        return new ArticleView.Verdict(r.claim(), r.claimant(), r.verdict(), plain(r.ratingValue()), plain(r.worstRating()),
                plain(r.bestRating()), tone(r.ratingValue(), r.worstRating(), r.bestRating()));
    }

    private static String plain(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }

    /** Where the rating sits on its scale, in thirds: the badge's colour, never its only meaning. */
    private static String tone(BigDecimal value, BigDecimal worst, BigDecimal best) {
        if (value == null || worst == null || best == null || best.compareTo(worst) == 0) {
            return "unrated";
        }
        double share = value.subtract(worst).doubleValue() / best.subtract(worst).doubleValue();
        return share < 1.0 / 3 ? "low" : share < 2.0 / 3 ? "middle" : "high";
    }

    /** Permanent address of an answer's page. */
    public static String permalink(String answerId) {
        return "/answers/" + answerId;
    }

    private AskPage page(String question, String error, AnswerView answer, boolean feedbackSent, List<ArticleLink> latest) {
        int max = answerConfig.maxQuestionLength();
        return new AskPage(question, error, max, SiteTexts.count(max), answer,
                new AskPage.FeedbackForm(feedbackSent, texts.feedbackThanks(), feedbackConfig.maxCommentLength()),
                texts.howAnswersAreMade(answer == null ? null : answer.kind()), texts.suggestionsNote(), latest);
    }

    private List<ArticleLink> latestArticles() {
        return published.latest(config.latestArticles()).stream().map(a -> new ArticleLink(a.title, ArticleLinks.article(a.id), Dates.siteDay(a.checkedOn), Dates.iso(a.checkedOn))).toList();
    }

    private AnswerView view(AnswerReply reply) {
        boolean answered = AnswerReply.ANSWERED.equals(reply.status());
        List<AnswerView.SourceView> sources = reply.citations().stream().map(SiteService::source).toList();
        List<ArticleLink> suggestions = reply.suggestions().stream()
                .map(s -> new ArticleLink(s.title(), ArticleLinks.article(s.articleId()), "", "")).toList();
        Instant asked = reply.createdAt().truncatedTo(ChronoUnit.SECONDS);
        AnswerKind kind = AnswerKind.of(reply);
        String label = kind == null ? null
                : texts.kindLabel(kind, reply.reviewed() == null ? "" : moments.of(reply.reviewed().reviewedAt()));
        return new AnswerView(reply.id(), permalink(reply.id()), reply.question(), answered,
                answered ? parts(reply.answer(), sources) : List.of(), reply.answer(), sources, suggestions,
                moments.of(asked), asked.toString(), kind, label,
                answered && reply.claimReview() != null ? verdict(reply.claimReview()) : null);
    }

    /** Splits the answer at its markers; a marker without a source stays text. */
    private static List<AnswerView.Part> parts(String answer, List<AnswerView.SourceView> sources) {
        Map<Integer, AnswerView.SourceView> byRef = sources.stream()
                .collect(Collectors.toMap(AnswerView.SourceView::ref, Function.identity(), (a, b) -> a));
        List<AnswerView.Part> parts = new ArrayList<>();
        Matcher m = MARKER.matcher(answer);
        int from = 0;
        while (m.find()) {
            int ref = Integer.parseInt(m.group(1));
            if (!byRef.containsKey(ref)) {
                continue;
            }
            if (m.start() > from) {
                parts.add(new AnswerView.Part(answer.substring(from, m.start()), 0));
            }
            parts.add(new AnswerView.Part("[" + ref + "]", ref));
            from = m.end();
        }
        if (from < answer.length()) {
            parts.add(new AnswerView.Part(answer.substring(from), 0));
        }
        return parts;
    }

    private static AnswerView.SourceView source(Citation c) {
        int hash = c.url().indexOf('#');
        String articleUrl = hash < 0 ? c.url() : c.url().substring(0, hash);
        return new AnswerView.SourceView(c.ref(), "source-" + c.ref(), c.title(), articleUrl, Objects.requireNonNullElse(c.section(), ""),
                Dates.siteDay(c.checkedOn()), Dates.iso(c.checkedOn()), c.quote(), c.url());
    }

    /**
     * Groups the passages (in order) under their headings and into the paragraphs they were cut from:
     * passages of one paragraph stand in the article text with no line break between them.
     */
    private static List<ArticleView.Section> sections(String body, List<Passage> passages) {
        List<ArticleView.Section> sections = new ArrayList<>();
        List<ArticleView.Paragraph> paragraphs = null;
        List<ArticleView.PassageView> paragraph = null;
        String heading = null;
        int previousEnd = -1;
        for (Passage p : passages) {
            if (p.kind == PassageKind.TITLE) {
                continue;
            }
            if (paragraphs == null || !Objects.equals(heading, p.section)) {
                heading = p.section;
                paragraphs = new ArrayList<>();
                paragraph = null;
                sections.add(new ArticleView.Section("section-" + (sections.size() + 1), heading, p.kind == PassageKind.SUMMARY, paragraphs));
            }
            if (paragraph == null || startsParagraph(body, previousEnd, p.startOffset)) {
                paragraph = new ArrayList<>();
                paragraphs.add(new ArticleView.Paragraph(paragraph));
            }
            paragraph.add(new ArticleView.PassageView(ArticleLinks.anchor(p.position), p.text));
            previousEnd = p.endOffset;
        }
        return sections;
    }

    private static boolean startsParagraph(String body, int previousEnd, int start) {
        if (previousEnd < 0 || start < previousEnd || start > body.length()) {
            return true;
        }
        return body.substring(previousEnd, start).indexOf('\n') >= 0;
    }
}
