package org.factually.assistant.answering;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Tag;

/**
 * {@link Calibration} over the reading set's own corpus (BBC paragraphs alone), run by hand:
 * <pre>./mvnw -B test -Pbench -Dtest=ReadingSetCalibration -Dcalibration.questions=src/test/resources/questions/reading-set/questions.jsonl</pre>
 */
@QuarkusTest
@Tag("benchmark")
@TestProfile(ReadingSetProfile.class)
class ReadingSetCalibration extends Calibration {
}
