package org.factually.assistant.answering;

import org.factually.assistant.common.Dates;
import org.factually.assistant.articles.ReviewedClaim;
import org.factually.assistant.common.Prompts;

import jakarta.enterprise.context.ApplicationScoped;


/**
 * The verdict line of a claim reviewed only in metadata, from the templates {@code prompts/claim-verdict.txt}
 * (with a claimant), {@code claim-verdict-unattributed.txt}, {@code claim-checked-on.txt} and the site's name as the
 * publisher when the metadata names none ({@code claim-publisher.txt}), read once at start-up.
 */
@ApplicationScoped
public class ClaimTexts {


    private final String verdict;
    private final String unattributed;
    private final String checkedOn;
    private final String publisher;

    public ClaimTexts(Prompts.PromptsConfig config) {
        this.verdict = Prompts.load(config.dir(), "claim-verdict.txt");
        this.unattributed = Prompts.load(config.dir(), "claim-verdict-unattributed.txt");
        this.checkedOn = Prompts.load(config.dir(), "claim-checked-on.txt");
        this.publisher = Prompts.load(config.dir(), "claim-publisher.txt");
    }

    /** "PolitiFact rated the claim "…" by Vicky Hartzler Mostly False." and, when known, "It was checked on …". */
    public String verdictLine(ReviewedClaim c) {
        String line = (c.claimant() == null ? unattributed : verdict)
                .replace("{publisher}", c.publisher() == null ? publisher : c.publisher())
                .replace("{claimant}", c.claimant() == null ? "" : c.claimant())
                .replace("{verdict}", c.verdict())
                // the claim last: its own text may hold braces
                .replace("{claim}", stripEnd(c.claim()));
        return c.checkedOn() == null ? line : line + " " + checkedOn.replace("{date}", Dates.SITE_DAY.format(c.checkedOn()));
    }

    /** The site's name, for a review whose metadata names no fact-checker. */
    public String publisher() {
        return publisher;
    }

    /** A claim's closing full stop would end the quoted claim inside the line. */
    private static String stripEnd(String claim) {
        return claim.endsWith(".") && !claim.endsWith("..") ? claim.substring(0, claim.length() - 1) : claim;
    }
}
