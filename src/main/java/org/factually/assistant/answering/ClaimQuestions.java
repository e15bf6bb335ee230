package org.factually.assistant.answering;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a question that asks whether a claim is true, in the forms readers use, and takes the claim out of it:
 * "Is it true that …?", "Did X (really) say …?", "True or false: …", "I heard that … Is that correct?",
 * "Fact check: …", "Is it accurate that …?", "… — is that true?", "Was X right that …?", "Is the claim that … true?".
 * Such a question is answered with the verdict on that claim, or not at all: never with the claim repeated.
 */
final class ClaimQuestions {

    /** The claim a question asks about, and who it says made it (null when it does not say). */
    record ClaimQuestion(String claim, String claimant) {
    }

    private static final String TRUE = "(?:true|accurate|correct|right|a fact|factual|so)";
    private static final String SAY = "(?:say|said|claim|claimed|state|stated|tweet|tweeted|write|wrote|post|posted|argue|argued"
            + "|assert|asserted|declare|declared|suggest|suggested|tell people|tell voters)";
    private static final String TAIL = "(?:is (?:that|this|it) (?:really |actually )?" + TRUE + "|true or false|fact or fiction"
            + "|(?:is that|is this) (?:a )?(?:fact|real|legit)|right|really|correct|true)";

    private static final List<Pattern> FORMS = List.of(
            // "Is it true that …", "Is it accurate to say that …", "Was it correct that …"
            Pattern.compile("(?i)^(?:is|was|isn't) it (?:really |actually )?" + TRUE + " (?:to say )?that (?<claim>.+)$"),
            // "Is the claim that … true?", "Is the statement that … accurate?"
            Pattern.compile("(?i)^is (?:the|this|that) (?:claim|statement|assertion|rumou?r|story) that (?<claim>.+?) "
                    + "(?:really )?(?:true|accurate|correct|false|right)$"),
            // "Did X (really) say (that) …", "Has X ever claimed …"
            Pattern.compile("(?i)^(?:did|does|has|have) (?<who>.+?) (?:really |actually |ever |once |truly )?" + SAY
                    + "(?: that)?,? (?<claim>.+)$"),
            // "Was X right (to say|when he said|that) …"
            Pattern.compile("(?i)^(?:was|were|is|are) (?<who>.+?) (?:right|correct|accurate|telling the truth) "
                    + "(?:to say|when (?:he|she|they|it) said|in saying|that|about) (?:that )?(?<claim>.+)$"),
            // "True or false: …", "Fact check: …", "Claim: …", "Verify: …"
            Pattern.compile("(?i)^(?:true or false|fact[- ]?check(?: this)?|claim|verify|check(?: this)?|fact or fiction|"
                    + "real or fake|true)\\s*[:\\-\u2013\u2014,?]\\s*(?<claim>.+)$"),
            // "I heard/read/saw (somewhere) that … Is that correct?"
            Pattern.compile("(?i)^(?:i|we|someone|somebody|people|my \\w+) (?:heard|read|saw|was told|were told|keep hearing|told me"
                    + "|say|says|claims?|posted)(?: \\w+)? that (?<claim>.+?)[\\s.,;:!?\u2013\u2014-]*(?:" + TAIL + ")?$"),
            // "X said …. Is that true?" / "X says …, right?"
            Pattern.compile("(?i)^(?<who>[^.,;:?]{2,60}?) (?:says|said|claims|claimed|stated|wrote|tweeted|posted) (?:that )?"
                    + "(?<claim>.+?)[\\s.,;:!?\u2013\u2014-]+(?:" + TAIL + ")$"),
            // "… — is that true?", "…, true or false?"
            Pattern.compile("(?i)^(?<claim>.+?)[\\s.,;:!?\u2013\u2014-]+(?:" + TAIL + ")$"));

    private static final Pattern END = Pattern.compile("[\\s?.!]+$");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    // Fewer words than this is a topic ("Is it true?"), not a claim.
    private static final int MIN_CLAIM_WORDS = 3;

    private ClaimQuestions() {
    }

    static Optional<ClaimQuestion> read(String searchable) {
        String q = END.matcher(SPACE.matcher(searchable).replaceAll(" ").strip()).replaceAll("");
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(q);
            if (m.matches()) {
                String claim = END.matcher(m.group("claim").strip()).replaceAll("");
                if (claim.split(" ").length < MIN_CLAIM_WORDS) {
                    return Optional.empty();
                }
                String who = form.pattern().contains("?<who>") ? m.group("who").strip() : null;
                return Optional.of(new ClaimQuestion(claim, who));
            }
        }
        return Optional.empty();
    }
}
