package org.factually.assistant.ingestion;

import org.factually.assistant.articles.ClaimDraft;
import org.factually.assistant.articles.ClaimReview;
import org.factually.assistant.common.SentenceSplitter;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the verdict an article writes in its text — "We rate this claim Mostly False.", "Our ruling: False",
 * "Verdict: Half True" — and the claim it rules on: the claim the article attributes ("Dick Cheney said in a
 * broadcast of "Hannity": “…”"), or else its title without the "Fact check:" prefix when that is a statement.
 */
final class RulingSentences {

    private static final Pattern RULING = Pattern.compile(
            "(?i)^(?:we rate (?:this|the|that) (?:claim|statement)(?: as)?|we rate (?:it|this)|our ruling\\s*:|verdict\\s*:|ruling\\s*:)"
                    + "\\s*(?<verdict>[^.:;!?]+?)[.!]?$");
    // A verdict is a rating's name ("Pants on Fire"); longer text after "Verdict:" is prose, not a rating.
    private static final int MAX_VERDICT_WORDS = 6;
    private static final Pattern ATTRIBUTED = Pattern.compile(
            "^(?<who>[^.:“\"]{2,80}?) (?:said|says|claimed|claims|wrote|posted|stated|tweeted)"
                    + "(?: (?:in|on|during|at) (?<where>.+?))?:\\s*[“\"](?<claim>.+?)[”\"]?$");
    private static final Pattern FACT_CHECK_PREFIX = Pattern.compile("(?i)^fact[\\s-]*check\\s*:\\s*");

    private RulingSentences() {
    }

    static List<ClaimDraft> find(ParsedArticle article) {
        List<String> texts = new ArrayList<>();
        if (article.summary() != null) {
            texts.add(article.summary());
        }
        article.sections().forEach(s -> texts.add(s.text()));
        String ruling = null, verdict = null;
        Matcher attributed = null;
        for (String text : texts) {
            for (String line : text.split("\\R")) {
                // The attribution is read from the whole line first: "said in a rally outside the N.H. Statehouse.: “…”"
                // holds full stops that are not the end of a sentence.
                Matcher whole = ATTRIBUTED.matcher(line.strip());
                if (attributed == null && whole.matches()) {
                    attributed = whole;
                }
                for (SentenceSplitter.Span span : SentenceSplitter.split(line)) {
                    String sentence = span.of(line).strip();
                    Matcher m = RULING.matcher(sentence);
                    if (ruling == null && m.matches() && m.group("verdict").strip().split("\\s+").length <= MAX_VERDICT_WORDS) {
                        ruling = sentence;
                        verdict = m.group("verdict").strip();
                    }
                    Matcher a = ATTRIBUTED.matcher(sentence);
                    if (attributed == null && a.matches()) {
                        attributed = a;
                    }
                }
            }
        }
        String statement = FACT_CHECK_PREFIX.matcher(article.title()).replaceFirst("").strip();
        String claim = !statement.endsWith("?") ? statement : attributed != null ? attributed.group("claim").strip() : null;
        if (ruling == null || claim == null || claim.isEmpty()) {
            return List.of();
        }
        return List.of(new ClaimDraft(claim,
                attributed == null ? null : attributed.group("who").strip(),
                attributed == null || attributed.group("where") == null ? null : attributed.group("where").strip(),
                null, null, verdict, null, null, null, article.checkedOn(), article.url(),
                ClaimReview.RULING_SENTENCE, ruling));
    }
}
