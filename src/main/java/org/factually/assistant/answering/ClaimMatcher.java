package org.factually.assistant.answering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.factually.assistant.articles.ClaimReview;
import org.factually.assistant.common.Vectors;
import org.factually.assistant.embedding.EmbeddingService;
import org.factually.assistant.retrieval.TermAnalyzer;
import org.hibernate.Session;
import org.postgresql.util.PGobject;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the reviewed claim a reader asks about. Near in meaning is not enough: the reviewed claim must hold the
 * reader's words and most of its own must be in the reader's; every number of the reader's claim must be one of
 * its numbers, and every name (of the claim and of who the reader says made it) must appear in it or its claimant.
 */
@ApplicationScoped
public class ClaimMatcher {

    /** A reviewed claim compared with the reader's, and why it is not the same claim (null when it is). */
    public record Candidate(long claimReviewId, String articleId, double similarity, double coverage, double reverseCoverage,
                            String refusal) {
    }

    /** The reviewed claim that matches, if one does, and every candidate with its scores. */
    public record Matching(Optional<ClaimReview> match, List<Candidate> candidates) {
    }

    private final EntityManager em;
    private final EmbeddingService embeddings;
    private final TermAnalyzer analyzer;
    private final ClaimConfig config;

    public ClaimMatcher(EntityManager em, EmbeddingService embeddings, TermAnalyzer analyzer, ClaimConfig config) {
        this.em = em;
        this.embeddings = embeddings;
        this.analyzer = analyzer;
        this.config = config;
    }

    // The vector is bound typed (Vectors.parameter): a text parameter would be parsed again for each row scored.
    private static final String NEAREST = """
            SELECT c.id, 1 - (c.embedding <=> CAST(? AS vector))
            FROM claim_review c JOIN article a ON a.id = c.article_id
            WHERE a.withdrawn_at IS NULL
            ORDER BY c.embedding <=> CAST(? AS vector) LIMIT ?""";

    private record Nearest(long id, double similarity) {
    }

    public Matching match(ClaimQuestions.ClaimQuestion question) {
        float[] vector = embeddings.embedPassages(List.of(question.claim())).get(0);
        List<Nearest> rows = nearest(Vectors.parameter(vector));
        ClaimWords asked = ClaimWords.of(question.claim(), analyzer);
        Set<String> claimantNames = question.claimant() == null ? Set.of() : ClaimWords.namesIn(question.claimant());
        List<Candidate> candidates = new ArrayList<>();
        ClaimReview match = null;
        for (Nearest row : rows) {
            ClaimReview review = em.find(ClaimReview.class, row.id());
            double similarity = row.similarity();
            ClaimWords reviewed = ClaimWords.of(review.claim, analyzer);
            Set<String> context = new HashSet<>(reviewed.words());
            for (String about : new String[]{review.claimant, review.appearance}) {
                if (about != null) {
                    context.addAll(ClaimWords.of(about, analyzer).words());
                }
            }
            double coverage = asked.coveredBy(reviewed);
            double reverse = reviewed.coveredBy(asked);
            String refusal = similarity < config.minSimilarity() ? "similarity"
                    : coverage < config.minCoverage() ? "coverage"
                    : reverse < config.minReverseCoverage() ? "reverse-coverage"
                    : !asked.numbersWithin(reviewed) ? "number"
                    : !context.containsAll(asked.names()) ? "name"
                    : !context.containsAll(claimantNames) ? "claimant"
                    : null;
            candidates.add(new Candidate(review.id, review.articleId, round(similarity), round(coverage), round(reverse), refusal));
            if (refusal == null && match == null) {
                match = review;
            }
        }
        return new Matching(Optional.ofNullable(match), List.copyOf(candidates));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    private List<Nearest> nearest(PGobject vector) {
        return em.unwrap(Session.class).doReturningWork(c -> {
            try (PreparedStatement s = c.prepareStatement(NEAREST)) {
                s.setObject(1, vector);
                s.setObject(2, vector);
                s.setInt(3, config.candidates());
                List<Nearest> rows = new ArrayList<>();
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        rows.add(new Nearest(r.getLong(1), r.getDouble(2)));
                    }
                }
                return rows;
            }
        });
    }
}
