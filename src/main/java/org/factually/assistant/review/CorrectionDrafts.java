package org.factually.assistant.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.common.SentenceSplitter;
import org.factually.assistant.articles.Passage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Corrections by pointing: the sentences of the cited and candidate passages, each of which an editor may pick,
 * and the correction text (each sentence with the marker of its passage) and passage list made of the picks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CorrectionDrafts {

    /** A passage whose sentences the editor can pick; {@code pick} values are "passageId:sentence index". */
    public record Pickable(long passageId, String title, String section, boolean cited, List<Sentence> sentences) {
    }

    public record Sentence(String pick, String text) {
    }

    /** The correction composed from picks, as the form's two fields. */
    public record Composed(String text, String passages) {
    }

    // The articles' own source markers ("[3]") would read as our citation markers.
    private static final Pattern SOURCE_MARKERS = Pattern.compile("\\s*\\[\\d+\\]");
    private static final Pattern PICK = Pattern.compile("(\\d{1,18}):(\\d{1,4})");

    private final EntityManager em;

    public CorrectionDrafts(EntityManager em) {
        this.em = em;
    }

    /** The cited passages first, then the candidates retrieval found, each once and only while it exists. */
    public List<Pickable> pickable(AnswerReview review) {
        Map<Long, Pickable> byPassage = new LinkedHashMap<>();
        Stream.concat(review.reviewedCitations().stream(), review.citations().stream()).filter(AnswerReview.CitedPassage::current)
                .forEach(c -> byPassage.putIfAbsent(c.passageId(), pickable(c.passageId(), c.title(), c.section(), true, c.quote())));
        review.candidates().stream().filter(c -> c.text() != null)
                .forEach(c -> byPassage.putIfAbsent(c.passageId(), pickable(c.passageId(), c.title(), null, false, c.text())));
        return List.copyOf(byPassage.values());
    }

    /** The picked sentences in the order given, each followed by the marker of its passage, numbered as first cited. */
    public Composed compose(List<String> picks) {
        List<long[]> parsed = new ArrayList<>();
        for (String pick : picks) {
            var m = PICK.matcher(pick == null ? "" : pick.strip());
            if (!m.matches()) {
                throw ProblemException.badRequest("invalid-pick", "pick: passage id and sentence number as \"id:n\", got '" + pick + "'");
            }
            parsed.add(new long[]{Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
        }
        List<Long> ids = parsed.stream().map(p -> p[0]).distinct().toList();
        Map<Long, Passage> passages = ids.isEmpty() ? Map.of() : em.createQuery("from Passage p where p.id in ?1", Passage.class)
                .setParameter(1, ids).getResultStream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        Map<Long, Integer> refs = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        for (long[] p : parsed) {
            Passage passage = passages.get(p[0]);
            List<String> sentences = passage == null ? List.of() : sentences(passage.text);
            if (p[1] >= sentences.size()) {
                throw AnswerCorrection.invalidPassages("the picked sentence " + p[1] + " of passage " + p[0] + " is not in any current article");
            }
            int ref = refs.computeIfAbsent(p[0], id -> refs.size() + 1);
            text.append(text.length() == 0 ? "" : " ").append(sentences.get((int) p[1])).append(" [").append(ref).append(']');
        }
        return new Composed(text.toString(), refs.keySet().stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    private static Pickable pickable(long passageId, String title, String section, boolean cited, String text) {
        List<String> sentences = sentences(text);
        List<Sentence> picks = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            picks.add(new Sentence(passageId + ":" + i, sentences.get(i)));
        }
        return new Pickable(passageId, title, section, cited, picks);
    }

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream().map(s -> SOURCE_MARKERS.matcher(s.of(text)).replaceAll("").strip())
                .filter(s -> !s.isEmpty()).toList();
    }
}
