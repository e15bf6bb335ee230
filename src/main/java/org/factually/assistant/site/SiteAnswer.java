package org.factually.assistant.site;

/**
 * The reply to the page's own ask route: where the answer lives, its region of the page and the sidebar's note on
 * how answers are made (true of this answer's kind), both rendered and escaped.
 */
public record SiteAnswer(String id, String status, String permalink, String html, String noteHtml) {
}
