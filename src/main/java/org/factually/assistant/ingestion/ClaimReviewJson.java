package org.factually.assistant.ingestion;

import com.fasterxml.jackson.databind.JsonNode;
import org.factually.assistant.articles.ClaimDraft;
import org.factually.assistant.articles.ClaimReview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the JSON article field {@code claimReview}: schema.org ClaimReview JSON-LD, one object or an array of them.
 * Types are checked strictly; a review without {@code claimReviewed} or without a rating fails the whole file,
 * because a claim stored without its verdict would be repeated as if it were a finding.
 */
final class ClaimReviewJson {

    // "2019-03-04" or a date-time starting with it ("2019-03-04T10:00:00Z"): the day is what readers see.
    private static final int ISO_DATE_LENGTH = 10;

    private ClaimReviewJson() {
    }

    static List<ClaimDraft> read(JsonNode field) throws MalformedArticleException {
        if (field == null || field.isNull()) {
            return List.of();
        }
        List<JsonNode> items = new ArrayList<>();
        if (field.isArray()) {
            field.forEach(items::add);
        } else {
            items.add(field);
        }
        List<ClaimDraft> claims = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = field.isArray() ? "claimReview[" + i + "]" : "claimReview";
            claims.add(readOne(items.get(i), where));
        }
        return List.copyOf(claims);
    }

    private static ClaimDraft readOne(JsonNode review, String where) throws MalformedArticleException {
        if (!review.isObject()) {
            throw new MalformedArticleException("\"" + where + "\" must be a ClaimReview object");
        }
        String claim = text(review, "claimReviewed", where);
        if (claim == null) {
            throw new MalformedArticleException("\"" + where + ".claimReviewed\" is missing or blank");
        }
        JsonNode rating = object(review, "reviewRating", where);
        String verdict = rating == null ? null : text(rating, "alternateName", where + ".reviewRating");
        if (verdict == null) {
            throw new MalformedArticleException("\"" + where + ".reviewRating.alternateName\" (the verdict) is missing");
        }
        String ratingWhere = where + ".reviewRating";
        JsonNode item = object(review, "itemReviewed", where);
        String itemWhere = where + ".itemReviewed";
        return new ClaimDraft(claim,
                item == null ? null : name(item, "author", itemWhere),
                item == null ? null : text(item, "appearance", itemWhere),
                item == null ? null : date(item, "datePublished", itemWhere),
                name(review, "author", where),
                verdict,
                number(rating, "ratingValue", ratingWhere),
                number(rating, "bestRating", ratingWhere),
                number(rating, "worstRating", ratingWhere),
                date(review, "datePublished", where),
                text(review, "url", where),
                ClaimReview.METADATA, null);
    }

    private static JsonNode object(JsonNode parent, String field, String where) throws MalformedArticleException {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isObject()) {
            throw new MalformedArticleException("\"" + where + "." + field + "\" must be an object, not " + v.getNodeType().name().toLowerCase());
        }
        return v;
    }

    private static String text(JsonNode parent, String field, String where) throws MalformedArticleException {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new MalformedArticleException("\"" + where + "." + field + "\" must be a string, not " + v.getNodeType().name().toLowerCase());
        }
        return v.asText().isBlank() ? null : v.asText().strip();
    }

    /** A schema.org Person or Organization ({@code {"name": …}}), or its name alone. */
    private static String name(JsonNode parent, String field, String where) throws MalformedArticleException {
        JsonNode v = parent.get(field);
        if (v != null && v.isTextual()) {
            return text(parent, field, where);
        }
        JsonNode who = object(parent, field, where);
        return who == null ? null : text(who, "name", where + "." + field);
    }

    /** A JSON number, or a string holding one (schema.org allows Text for ratings). */
    private static BigDecimal number(JsonNode parent, String field, String where) throws MalformedArticleException {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.decimalValue();
        }
        if (v.isTextual()) {
            try {
                return new BigDecimal(v.asText().strip());
            } catch (NumberFormatException e) {
                // reported below with the field's name
            }
        }
        throw new MalformedArticleException("\"" + where + "." + field + "\" must be a number, not " + v);
    }

    private static LocalDate date(JsonNode parent, String field, String where) throws MalformedArticleException {
        String v = text(parent, field, where);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(v.length() > ISO_DATE_LENGTH ? v.substring(0, ISO_DATE_LENGTH) : v);
        } catch (DateTimeParseException e) {
            throw new MalformedArticleException("\"" + where + "." + field + "\" must be a date like 2025-10-18, not '" + v + "'");
        }
    }
}
