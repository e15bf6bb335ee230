package org.factually.assistant.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;

/** The in-process bge-small-en-v1.5 model: passages are embedded once at ingestion, questions per request. */
@ApplicationScoped
public class EmbeddingService {

    private final EmbeddingModel model;
    private final EmbeddingConfig config;

    public EmbeddingService(EmbeddingModel model, EmbeddingConfig config) {
        this.model = model;
        this.config = config;
    }

    public float[] embedQuestion(String question) {
        return model.embed(config.queryInstruction() + question).content().vector();
    }

    public List<float[]> embedPassages(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        int batch = config.batchSize();
        for (int from = 0; from < texts.size(); from += batch) {
            List<TextSegment> segments = texts.subList(from, Math.min(texts.size(), from + batch)).stream()
                    .map(TextSegment::from)
                    .toList();
            for (Embedding e : model.embedAll(segments).content()) {
                vectors.add(e.vector());
            }
        }
        return vectors;
    }

    public int dimension() {
        return model.dimension();
    }
}
