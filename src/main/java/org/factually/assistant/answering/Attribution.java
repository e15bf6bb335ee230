package org.factually.assistant.answering;

import java.util.regex.Pattern;

/**
 * Sentences that report what someone claims, says, argues, frames or warns ("X said: …", "Says …", "Critics argue …").
 * They are claims, not findings: an answer quotes them whole, so that the words naming who says it stay, and only
 * after the article's conclusion about them.
 */
final class Attribution {

    private static final Pattern REPORTING = Pattern.compile(
            "(?i)(?:^says\\b|\\b(?:say|says|said|claim|claims|claimed|argue|argues|argued|frame|frames|framed|warn|warns|warned"
                    + "|assert|asserts|asserted|allege|alleges|alleged|contend|contends|contended|insist|insists|insisted"
                    + "|wrote|writes|tweeted|posted|stated|states|according to)\\b)");

    private Attribution() {
    }

    /** Whether the sentence reports what someone says rather than stating a finding. */
    static boolean reports(String sentence) {
        return REPORTING.matcher(sentence).find();
    }
}
