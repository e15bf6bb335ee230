package org.factually.assistant.answering;

import jakarta.validation.constraints.NotBlank;

/** A reader's or partner's question. */
public record AnswerRequest(@NotBlank(message = "must be a non-empty string") String question) {
}
