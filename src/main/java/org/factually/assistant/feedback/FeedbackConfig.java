package org.factually.assistant.feedback;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What readers' feedback may hold. */
@ConfigMapping(prefix = "feedback")
public interface FeedbackConfig {

    /** Longest comment a reader may leave with their feedback, in characters. */
    @WithDefault("2000")
    int maxCommentLength();
}
