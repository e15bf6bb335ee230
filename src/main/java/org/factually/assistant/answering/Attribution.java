package org.factually.assistant.answering;

import java.util.regex.Pattern;

/**
 * Sentences that report what someone claims, says, argues, frames or warns ("X said: …", "Says …", "Critics argue …").
 * They are claims, not findings: an answer quotes them whole, so that the words naming who says it stay, and only
 * after the article's conclusion about them.
 */
final class Attribution {

    // "states" is left out: in the articles it is far more often the noun ("across states") than the verb.
    private static final Pattern REPORTING = Pattern.compile(
            "(?i)(?:^says\\b|\\b(?:say|says|said|claim|claims|claimed|argue|argues|argued|frame|frames|framed|warn|warns|warned"
                    + "|assert|asserts|asserted|allege|alleges|alleged|contend|contends|contended|insist|insists|insisted"
                    + "|wrote|writes|tweeted|posted|stated|according to)\\b)");

    // "Can / Is / Does …?": the question asks whether something is so.
    private static final Pattern WHETHER = Pattern.compile(
            "(?i)^\\W*(is|are|was|were|do|does|did|can|could|will|would|should|has|have|had|may|might|must)\\b");

    private Attribution() {
    }

    /** Whether the question asks whether something is so: a sentence reporting someone's claim cannot answer it alone. */
    static boolean asksWhether(String question) {
        return WHETHER.matcher(question).find();
    }

    /** Whether the sentence reports what someone says rather than stating a finding. */
    static boolean reports(String sentence) {
        return REPORTING.matcher(sentence).find();
    }
}
