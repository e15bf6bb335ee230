package org.factually.assistant.review;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * Questions the newsroom has not answered well, grouped by similarity: how often they were asked, how often the
 * service said it did not know, how many reader verdicts were negative, when first and last asked; {@code questions}
 * are all its questions, normalised, for dismissing the topic as off-topic.
 */
public record GapTopic(String label, long asked, long unknown, long negativeFeedback, Instant firstAsked, Instant lastAsked,
                       List<Example> examples, List<String> questions) {

    /** One question of the topic (as first worded) and how often it was asked. */
    public record Example(String question, long asked) {

        /** The review queue searched for this question's words. */
        public String queueLink() {
            return "/editor?q=" + URLEncoder.encode(question, StandardCharsets.UTF_8);
        }
    }
}
