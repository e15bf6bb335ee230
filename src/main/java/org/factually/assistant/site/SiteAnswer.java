package org.factually.assistant.site;

/** The reply to the page's own ask route: where the answer lives and its region of the page, rendered and escaped. */
public record SiteAnswer(String id, String status, String permalink, String html) {
}
