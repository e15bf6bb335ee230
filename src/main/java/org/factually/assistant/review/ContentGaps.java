package org.factually.assistant.review;

import org.factually.assistant.common.Dates;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.nio.ByteBuffer;
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

    // Repeats are counted without moving embeddings; one embedding per question (its latest asking's) is fetched
    // afterwards by primary key, in pgvector's binary form, which is far cheaper to read than its text form.
    private static final String QUESTIONS = """
            WITH disliked AS (SELECT answer_id, count(*) AS negative FROM feedback WHERE NOT helpful GROUP BY answer_id),
            gaps AS (
                SELECT a.id, a.normalized_question, a.question, a.created_at, a.status, coalesce(d.negative, 0) AS negative
                FROM answer a LEFT JOIN disliked d ON d.answer_id = a.id
                WHERE a.status = 'unknown'
                UNION ALL
                SELECT a.id, a.normalized_question, a.question, a.created_at, a.status, d.negative
                FROM disliked d JOIN answer a ON a.id = d.answer_id
                WHERE a.status <> 'unknown'),
            questions AS (
                SELECT normalized_question, (array_agg(question ORDER BY created_at))[1] AS question,
                       (array_agg(id ORDER BY created_at DESC))[1] AS latest, count(*) AS asked,
                       count(*) FILTER (WHERE status = 'unknown') AS unknown, sum(negative) AS negative,
                       min(created_at) AS first_asked, max(created_at) AS last_asked
                FROM gaps GROUP BY normalized_question
                ORDER BY last_asked DESC
                LIMIT ?1)
            SELECT q.question, q.asked, q.unknown, q.negative, q.first_asked, q.last_asked, vector_send(a.question_embedding)
            FROM questions q JOIN answer a ON a.id = q.latest
            WHERE a.question_embedding IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM answer p WHERE p.published AND p.normalized_question = q.normalized_question)""";

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
                    Dates.instant(r[4]), Dates.instant(r[5]), ContentGaps.unit((byte[]) r[6]));
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

    /**
     * Reads pgvector's binary form (dimensions as int16, an unused int16, then big-endian float4s) and scales the
     * vector to length 1, so that a dot product is the cosine.
     */
    static float[] unit(byte[] binary) {
        ByteBuffer buffer = ByteBuffer.wrap(binary);
        float[] v = new float[buffer.getShort()];
        buffer.getShort();
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = buffer.getFloat();
            norm += v[i] * v[i];
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    // Four running sums let the CPU overlap the multiplications; this loop is most of the report's cost.
    private static double dot(float[] a, float[] b) {
        float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < a.length; i += 4) {
            s0 += a[i] * b[i];
            s1 += a[i + 1] * b[i + 1];
            s2 += a[i + 2] * b[i + 2];
            s3 += a[i + 3] * b[i + 3];
        }
        for (; i < a.length; i++) {
            s0 += a[i] * b[i];
        }
        return s0 + s1 + s2 + s3;
    }
}
