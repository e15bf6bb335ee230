package org.factually.assistant.review;

import org.factually.assistant.common.HttpStatus;
import org.factually.assistant.common.ProblemException;
import org.factually.assistant.common.SentenceSplitter;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an editor's corrected answer: sentences each followed by one or more markers {@code [n]}, where
 * {@code n} is the position of a passage in the list the editor chose. A sentence without a marker is refused.
 */
final class AnswerCorrection {

    /** A sentence of the answer and the references it carries. */
    record Claim(String sentence, Set<Integer> refs) {
    }

    private static final Pattern MARKERS = Pattern.compile("((?:\\s*\\[\\d{1,3}\\])+)([.,;:!?\"'\u201d\u2019)]*)");
    private static final Pattern REF = Pattern.compile("\\d+");
    private static final Pattern NOTHING = Pattern.compile("[\\s.,;:!?\"'\u201d\u2019)]*");
    private static final int QUOTED_CHARS = 80;

    private AnswerCorrection() {
    }

    static List<Claim> parse(String answer) {
        List<Claim> claims = new ArrayList<>();
        Matcher m = MARKERS.matcher(answer);
        int from = 0;
        while (m.find()) {
            String sentence = (answer.substring(from, m.start()) + m.group(2)).strip();
            Set<Integer> refs = new LinkedHashSet<>();
            Matcher ref = REF.matcher(m.group(1));
            while (ref.find()) {
                refs.add(Integer.parseInt(ref.group()));
            }
            from = m.end();
            if (NOTHING.matcher(sentence).matches()) {
                if (claims.isEmpty()) {
                    throw invalid("the answer starts with a citation marker; put each marker after the sentence it supports");
                }
                claims.get(claims.size() - 1).refs().addAll(refs);
                continue;
            }
            List<SentenceSplitter.Span> spans = SentenceSplitter.split(sentence);
            if (spans.size() > 1) {
                throw invalid("the sentence \"" + quote(spans.get(0).of(sentence)) + "\" carries no citation");
            }
            claims.add(new Claim(sentence, refs));
        }
        String rest = answer.substring(from);
        if (!NOTHING.matcher(rest).matches()) {
            throw invalid("the sentence \"" + quote(rest.strip()) + "\" carries no citation");
        }
        if (claims.isEmpty()) {
            throw invalid("the answer is empty");
        }
        return claims;
    }

    private static String quote(String sentence) {
        return sentence.length() <= QUOTED_CHARS ? sentence : sentence.substring(0, QUOTED_CHARS) + "…";
    }

    static ProblemException invalid(String detail) {
        return new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-correction", "Correction refused", detail);
    }
}
