package org.factually.assistant.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The newsroom's to-do list: questions answered "I don't know" or disliked by readers, unless the newsroom has
 * since published a reviewed answer to them. Repeats of a question are counted in SQL; the distinct questions
 * of the most recent {@code review.gaps-window} are then grouped greedily by embedding similarity, the most
 * asked question of each topic leading it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ContentGaps {

    private static final String QUESTIONS = """
            WITH disliked AS (SELECT answer_id, count(*) AS negative FROM feedback WHERE NOT helpful GROUP BY answer_id),
            gaps AS (
                SELECT a.normalized_question, a.question, a.created_at, a.status, a.question_embedding,
                       coalesce(d.negative, 0) AS negative
                FROM answer a LEFT JOIN disliked d ON d.answer_id = a.id
                WHERE (a.status = 'unknown' OR d.answer_id IS NOT NULL) AND a.question_embedding IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM answer p WHERE p.published AND p.normalized_question = a.normalized_question))
            SELECT (array_agg(question ORDER BY created_at))[1], count(*), count(*) FILTER (WHERE status = 'unknown'),
                   sum(negative), min(created_at), max(created_at),
                   CAST((array_agg(question_embedding ORDER BY created_at DESC))[1] AS text)
            FROM gaps GROUP BY normalized_question
            ORDER BY max(created_at) DESC
            LIMIT ?1""";

    private final EntityManager em;
    private final ReviewConfig config;

    public ContentGaps(EntityManager em, ReviewConfig config) {
        this.em = em;
        this.config = config;
    }

    /** The topics, most asked first. */
    public List<GapTopic> topics() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(QUESTIONS).setParameter(1, config.gapsWindow()).getResultList();
        List<Question> questions = rows.stream().map(Question::of)
                .sorted(Comparator.comparingLong(Question::asked).reversed().thenComparing(Question::lastAsked, Comparator.reverseOrder()))
                .toList();
        List<Topic> topics = new ArrayList<>();
        for (Question q : questions) {
            Topic best = null;
            double bestSimilarity = config.gapsTopicSimilarity();
            for (Topic t : topics) {
                double similarity = dot(t.leader.unit, q.unit);
                if (similarity >= bestSimilarity) {
                    best = t;
                    bestSimilarity = similarity;
                }
            }
            if (best == null) {
                topics.add(new Topic(q));
            } else {
                best.members.add(q);
            }
        }
        return topics.stream().map(t -> t.view(config.gapsExamples()))
                .sorted(Comparator.comparingLong(GapTopic::asked).reversed().thenComparing(GapTopic::lastAsked, Comparator.reverseOrder()))
                .toList();
    }

    private record Question(String text, long asked, long unknown, long negative, Instant firstAsked, Instant lastAsked, float[] unit) {
        static Question of(Object[] r) {
            return new Question((String) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                    ReviewQueue.instant(r[4]), ReviewQueue.instant(r[5]), ContentGaps.unit((String) r[6]));
        }
    }

    private static final class Topic {
        final Question leader;
        final List<Question> members = new ArrayList<>();

        Topic(Question leader) {
            this.leader = leader;
            members.add(leader);
        }

        GapTopic view(int examples) {
            return new GapTopic(leader.text(),
                    members.stream().mapToLong(Question::asked).sum(),
                    members.stream().mapToLong(Question::unknown).sum(),
                    members.stream().mapToLong(Question::negative).sum(),
                    members.stream().map(Question::firstAsked).min(Comparator.naturalOrder()).orElseThrow(),
                    members.stream().map(Question::lastAsked).max(Comparator.naturalOrder()).orElseThrow(),
                    members.stream().limit(examples).map(m -> new GapTopic.Example(m.text(), m.asked())).toList());
        }
    }

    /** Parses pgvector's text form and scales the vector to length 1, so that a dot product is the cosine. */
    static float[] unit(String literal) {
        String body = literal.substring(1, literal.length() - 1);
        String[] parts = body.split(",");
        float[] v = new float[parts.length];
        double norm = 0;
        for (int i = 0; i < parts.length; i++) {
            v[i] = Float.parseFloat(parts[i]);
            norm += v[i] * v[i];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
