"""The Swedish language rules in one home: folding, compounds, question words, answer kinds.

Every word list and regex that says something about Swedish (or about how staff ask in
English) lives here, so a rule is changed in one place and checked by the fast unit tests in
tests/test_swedish.py.
"""

from __future__ import annotations

import datetime
import difflib
import functools
import itertools
import json
import os
import re
from collections import Counter
import unicodedata
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence

MENTIONS_CACHE = 1 << 17  # (text, word) pairs whose answer `mentions` keeps
PHRASE_CACHE = 512  # phrases whose pattern `says_phrase` keeps


_CITATION_MARK = re.compile(r"\[\d+\]")


def without_citations(text: str) -> str:
    """An answer's text without its citation marks ("… 31 mottagningar. [1]" -> "… 31 mottagningar. ")."""
    return _CITATION_MARK.sub(" ", text)


@functools.lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """å/ä/ö/é → a/a/o/e, for matching questions typed without Swedish letters (cached: the
    composer folds the same words of the same passages for every question)."""
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


_SWEDISH_LETTERS = re.compile(r"[åäöéÅÄÖÉ]")
RESPELL_DOMINANCE = 10  # a folded spelling that is also a word of the documents is respelt only when this much rarer


def letters_of(texts: Sequence[str], known: Sequence[str] = ()) -> dict[str, str]:
    """For questions typed without å/ä/ö: each folded word of the documents ("vard", "malbild") mapped
    to its usual spelling ("vård", "målbild"); a folded form that is itself a word of the documents
    ("var", "har") is left out unless the lettered word is RESPELL_DOMINANCE times as common ("for").
    `known` words (the staff words of the synonym list: "skröpliga") count too, where their folded
    form is no word of the documents."""
    counts: dict[str, int] = {}
    for text in texts:
        for word in re.findall(r"\w+", text.lower()):
            counts[word] = counts.get(word, 0) + 1
    best: dict[str, tuple[int, str]] = {}
    for word, n in counts.items():
        folded = fold(word)
        if folded != word and n >= RESPELL_DOMINANCE * counts.get(folded, 0) and n > best.get(folded, (0, ""))[0]:
            best[folded] = (n, word)
    letters = {folded: word for folded, (_, word) in best.items()}
    for word in known:
        word = word.lower()
        if fold(word) != word and fold(word) not in counts:
            letters.setdefault(fold(word), word)
    # the documents' acronyms, typed in lower case ("vad står svom för?"): an acronym whose letters the
    # documents never write as a lower-case word
    lower = {w for text in texts for w in re.findall(r"\b[a-zåäö]+\b", text)}
    for text in texts:
        for acronym in re.findall(r"\b[A-ZÅÄÖ]{2,5}\b", text):
            if acronym.lower() not in lower:
                letters.setdefault(fold(acronym.lower()), acronym)
    return letters


RESPELL_PREFIX_LETTERS = 8  # a longer word typed without å/ä/ö is respelt by the documents' words it begins …
RESPELL_TAIL_LETTERS = 4    # … or by the documents' word it begins with, less an ending of at most this many letters


def _lettered_prefix(word: str, letters: dict[str, str]) -> str | None:
    """"riktningsforandring" -> "riktningsförändring": a form the documents never use, spelt as the
    start of the documents' words whose folded form begins with it, when they all agree."""
    if len(word) < RESPELL_PREFIX_LETTERS:
        return None
    spelt = {lettered[:len(word)] for folded, lettered in letters.items() if folded.startswith(word)}
    if len(spelt) == 1:
        return spelt.pop()
    # or another ending on the documents' word it begins with ("bestallningen": "beställning" + "en")
    stems = [folded for n in range(len(word) - 1, max(RESPELL_PREFIX_LETTERS, len(word) - RESPELL_TAIL_LETTERS) - 1, -1)
             if (folded := word[:n]) in letters]
    return letters[stems[0]] + word[len(stems[0]):] if stems and not spelt else None


# Where a quoted text's sentences or lines end (list items end without a stop): what each check reads on its own
_SENTENCE_OR_LINE = re.compile(r"(?<=[.!?])\s+|\n")
_OURS_TYPED = re.compile(r"\b(på|pa|i|för|med|om|av)\s+var\b(?=\s+\w+a\s+\w+)", re.I)  # "pa var gemensamma malbild"
_WHAT_KIND_TYPED = re.compile(r"\b(vad\s+(?:är|ar|e)\s+det)\s+for\b", re.I)  # "vad ar det for …" is "vad är det för …"


def respell(text: str, letters: dict[str, str]) -> str:
    """"vad ar Min vard Norrbotten for nagot?" -> "vad är Min vård Norrbotten för något?" when the
    question has no å/ä/ö at all (a keyboard without them): the question words, then the documents'
    spelling of each word (`letters_of`), or of the words it begins. A question with å/ä/ö somewhere
    ("hur manga hc finns det alltså") has only its words of four letters or more that the documents
    spell with å/ä/ö respelt."""
    text = _WHAT_KIND_TYPED.sub(r"\1 för", text)  # ("vad ar det for slogan …": "for" is "för" there, whatever else)
    text = _OURS_TYPED.sub(r"\1 vår", text)  # ("… pa var gemensamma malbild": "vår")
    mixed = bool(_SWEDISH_LETTERS.search(text))

    def one(match: re.Match) -> str:
        word = match.group(0)
        low = word.lower()
        if mixed and (_SWEDISH_LETTERS.search(low) or low in _WORDS_AS_TYPED) or low in _ALWAYS_AS_TYPED:
            return word
        known = _UNACCENTED.get(low) or letters.get(low) or _lettered_prefix(low, letters)
        # ("… i östersund. ar deras målbild …": a question opening with "ar" asks "är")
        # (or after a question word: "vad ar det egentligen?")
        opening = low == "ar" and re.search(r"(?:^|[.!?]\s*|\b(?:vad|vem|vilka|vilken|vilket|hur|när|nar|varför|varfor)\s+)$",
                                            match.string[:match.start()], re.I) is not None
        if low == "ar" and re.search(r"\b(?:många|manga|några|nagra|flera|fler|\d+)\s+$", match.string[:match.start()], re.I):
            return "år"  # "hur manga ar lever kvinnor i snitt?": years, counted
        if low == "ar" and re.search(r"\bvilk(?:a|et)\s+$", match.string[:match.start()], re.I) and re.match(
                r"\s+(?:gäller|galler|har|ska|skall|avser|omfattar|täcker|tacker|kommer|var)\b", match.string[match.end():], re.I):
            return "år"  # "vilka ar galler dokumenten?": years, asked of by a verb of their own ("vilka ar de fyra …": "är")
        if known is None or known == low or (mixed and len(low) < 4 and not known.isupper() and low not in _SHORT_SAFE
                                             and not opening):
            return word
        if word.isupper() and len(word) > 1:
            return known.upper()
        return known[0].upper() + known[1:] if word[0].isupper() else known
    return re.sub(r"\w+", one, text)


DICTIONARY_RESPELL_LETTERS = 5  # a word this long typed without å/ä/ö that is no word …
DICTIONARY_RESPELL_VOWELS = 4   # … is respelt by the dictionary, trying å/ä for at most this many a's and ö for o's
_DOTTED = {"a": ("a", "ä", "å"), "o": ("o", "ö")}


def respell_by_dictionary(text: str, is_word: Callable[[str], bool] | None) -> str:
    """"när bestamdes målbilden" -> "när bestämdes målbilden": a word without å/ä/ö that the documents do
    not use (`respell` knows their words) and that is no word of Swedish, read as the one word of Swedish
    (`is_word`: the lemma dictionary, the frequency list) it becomes with å/ä/ö for some of its a's and o's."""
    if is_word is None:
        return text

    def one(match: re.Match) -> str:
        word = match.group(0)
        low = word.lower()
        spots = [i for i, ch in enumerate(low) if ch in _DOTTED]
        if len(low) < DICTIONARY_RESPELL_LETTERS or not spots or len(spots) > DICTIONARY_RESPELL_VOWELS \
                or _SWEDISH_LETTERS.search(low) or is_word(low):
            return word
        found = set()
        for letters in itertools.product(*(_DOTTED[low[i]] for i in spots)):
            candidate = list(low)
            for i, ch in zip(spots, letters):
                candidate[i] = ch
            spelt = "".join(candidate)
            if spelt != low and is_word(spelt):
                found.add(spelt)
        if len(found) != 1:
            return word
        spelt = found.pop()
        return spelt[0].upper() + spelt[1:] if word[0].isupper() else spelt
    return re.sub(r"[^\W\d_]+", one, text)


# Typing slips ("hur måna sitter i nämden?"): a word of the question that is no word of the documents
# or of the question vocabulary, one letter off a word of the documents, is read as that word.
TYPO_MIN_LETTERS = 4
TYPO_STAFF_WORD_LETTERS = 8  # a slip is read as a staff word (no document word) only in a word this long
TYPO_INFLECTIONS = ("en", "et", "er", "ar", "na", "erna", "arna")  # endings of a word the documents write inflected only
_TYPO_ALPHABET = "abcdefghijklmnopqrstuvwxyzåäöé"


# The words of asking, which a slip is most likely to be: they win over any word of the documents.
QUESTION_VOCABULARY = ("många", "skillnaden", "skillnad", "skillnader", "vilka", "vilken", "vilket", "varför",
                       "vart", "sammanfatta", "sammanfattning", "jämför", "jämföra", "betyder", "innebär",
                       "beskriv", "förklara", "berätta", "ansvarar", "nämnden", "strategin", "målbilden",
                       "heter", "hette")  # ("vad hetr det nya jornalsystemet …?")
QUESTION_WORD_WEIGHT = 10_000


def vocabulary_of(texts: Sequence[str], known: Sequence[str] = ()) -> dict[str, int]:
    """Each lower-case word of the documents with its count; `known` words (staff words, question
    words) count once, so they are never "corrected" but never chosen over a document word either;
    the words of asking (QUESTION_VOCABULARY) win over any document word."""
    counts: dict[str, int] = {w: 0 for w in known}
    counts.update({w: QUESTION_WORD_WEIGHT for w in QUESTION_VOCABULARY})
    for text in texts:
        for word in re.findall(r"[^\W\d_]+", text.lower()):
            counts[word] = counts.get(word, 0) + 1
    return counts


def _one_off(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    return ({a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
            | {a + c + b[1:] for a, b in splits if b for c in _TYPO_ALPHABET}
            | {a + c + b for a, b in splits for c in _TYPO_ALPHABET})


# Slips of the words of asking that are words themselves, read by what follows "hur": "hur måna sitter …"
_QUESTION_SLIPS = ((re.compile(r"\b(hur)\s+(?:måna|mång|många|mnga)\b", re.I), r"\1 många"),
                   # chat's "va" for "vad": "va betyder nära vård egentligen?", "va är SIP" (before its "e": "va e nära vård")
                   (re.compile(r"\bva(?=\s+(?:är|e|betyder|innebär|menas|står|säger|händer|gör|ska|finns|tycker)\b)", re.I), "vad"),
                   # chat's "e" for "är": "vem e ordförande", "vad e grejen"
                   (re.compile(r"\b(vad|vem|vilka|vilken|vilket|hur|när|var|det|som|de|dom)\s+e\b", re.I), r"\1 är"),
                   # (and after any word, before another: "hur många norrbottningar e positiva …")
                   # (a plural or definite noun's: not a label's "plan e och plan f")
                   (re.compile(r"(?<=\w{3}(?:ar|er|or|na|en|et))\s+e\s+(?!(?:och|eller)\b)(?=\w)", re.I), " är "),
                   # "gäler" (a fish's gills, to the dictionary) typed for "gäller": "gäler den där stratgin oss i kommunen?"
                   (re.compile(r"\b(g)äler\b", re.I), r"\1äller"),
                   # spoken "säjer"/"säjs" for "säger"/"sägs" (a word to the dictionary): "vad säjer strategin om …?"
                   (re.compile(r"\b(s)äjer\b", re.I), r"\1äger"), (re.compile(r"\b(s)äjs\b", re.I), r"\1ägs"),
                   # chat's "o" for "och": "vad säger strategin om arbetsmiljö o att behålla personal"
                   (re.compile(r"(?<=\w)\s+o\s+(?=\w)", re.I), " och "),
                   # chat's "ja" for "jag" before what the asker does: "ja jobbar som usk på …"
                   (re.compile(r"(?:^|(?<=[.!?,]\s))(\s*)ja(?=\s+(?:jobbar|arbetar|är|e|har|undrar|undra|funderar|vill|ska)\b)",
                               re.I), r"\1jag"),
                   # (and after a modal verb: "vad behöver ja veta")
                   (re.compile(r"\b(behöver|ska|kan|måste|bör|vill|får|borde)\s+ja(?=\s+[a-zåäö]{3,})", re.I), r"\1 jag"),
                   # chat's "mej", "dej", "sej" for "mig", "dig", "sig": "vad betyder det för mej"
                   (re.compile(r"\b([mds])ej\b", re.I), r"\1ig"),
                   # spoken "me" for "med", "å" for "att", "de" for "det": "vad har de me mej å göra"
                   (re.compile(r"\b(har|hade)\s+de\s+(?=me\s+(?:mej|mig|oss|dej|dig)\b)", re.I), r"\1 det "),
                   (re.compile(r"\bme(?=\s+(?:mej|mig|oss|dej|dig|dom|dem)\b)", re.I), "med"),
                   (re.compile(r"(?<=\b(?:mig|oss|dig|dem|dom))\s+å\s+(?=göra\b)", re.I), " att "),
                   # spoken "de här/de där (med)" before a thing asks what the thing is: "vad e de här nära vård som alla
                   # snackar om" -> "vad är nära vård som alla snackar om"
                   (re.compile(r"\b(vad|va)\s+(är|e)\s+de\s+(?:här|där)\s+(?:med\s+)?(?!(?:är|e|som|då|nu)\b)(?=\w)", re.I), r"\1 \2 "),
                   # chat's "enl" for "enligt": "vad ska hälsocentralerna göra enl nämnden"
                   (re.compile(r"\benl\b\.?", re.I), "enligt"),
                   # chat's short forms: "hur mkt", "ngt", "ngn", "ngra"
                   (re.compile(r"\bmkt\b", re.I), "mycket"), (re.compile(r"\bngt\b", re.I), "något"),
                   (re.compile(r"\bngn\b", re.I), "någon"), (re.compile(r"\bng(?:ra|r)\b", re.I), "några"),
                   # "i ar" respelt "i är" is "i år" ("hur mycket har nämnden fått i ar?")
                   (re.compile(r"\b(i|om|förra|nästa)\s+är\b(?=\s*[?.!,]|\s*$)", re.I), r"\1 år"))


# Words of asking that a question may misspell and the documents never say ("hur skijer sig …?"): read as meant
TYPO_ASKING_WORDS = frozenset("""skiljer skillnad skillnaden skillnaderna jämför jämförs jämfört sammanfatta sammanfattning
    beslutades bestämdes fastställdes antogs innebär betyder handlar ansvarar ansvarig förklara berätta""".split())


def correct_typos(text: str, vocabulary: Mapping[str, int], is_word: Callable[[str], bool] | None = None) -> str:
    """The question with each unknown word one letter off a word of the documents read as the most
    common such word ("nämden" -> "nämnden", "skilnaden" -> "skillnaden"); a word of Swedish
    (`is_word`: the lemma dictionary) is never touched ("hund" is no slip for "hand")."""
    for slip, meant in _QUESTION_SLIPS:  # a slip that is itself a word ("måna") where only one word fits
        text = slip.sub(meant, text)
    if not vocabulary:
        return text

    def one(match: re.Match) -> str:
        word = match.group(0)
        low = word.lower()
        if len(low) < TYPO_MIN_LETTERS or low in vocabulary or low in QUESTION_WORDS or word.isupper() \
                or (is_word is not None and is_word(low)):
            return word
        candidates = _one_off(low)  # (made once: each reading below looks among the same words one letter off)
        # another inflection of the same word ("linjär" / "linjära") is no slip: only a word apart from it
        near = [(vocabulary[c], c) for c in candidates if len(c) >= TYPO_MIN_LETTERS and vocabulary.get(c, 0) > 0
                and not (c.startswith(low) or low.startswith(c))]
        if not near and not _SWEDISH_LETTERS.search(low):
            # a slip in a word typed without its dots as well ("skrora" for "sköra")
            folded = _folded_vocabulary(vocabulary)
            near = [(vocabulary[m], m) for c in candidates if len(c) >= TYPO_MIN_LETTERS
                    for m in folded.get(c, ()) if not (fold(m).startswith(low) or low.startswith(fold(m)))]
        if not near and len(low) >= TYPO_STAFF_WORD_LETTERS:
            # a slip in a long word the documents write only inflected ("minortetsspråk" for "minoritetsspråk", which
            # stands as "minoritetsspråken"): the uninflected word one letter off
            near = [(max(vocabulary.get(c + e, 0) for e in TYPO_INFLECTIONS), c) for c in candidates
                    if not (c.startswith(low) or low.startswith(c))
                    and any(vocabulary.get(c + e, 0) > 0 for e in TYPO_INFLECTIONS)]
        if not near and len(low) >= TYPO_STAFF_WORD_LETTERS:
            # a slip in a long staff word the synonym list knows ("jornalsystemet" -> "journalsystemet"), when no word
            # of the documents is near
            near = [(0, c) for c in candidates if c in vocabulary and not (c.startswith(low) or low.startswith(c))]
        if not near:
            # a slip in a word of asking the documents never use ("skijer" for "skiljer")
            near = [(1, c) for c in candidates if c in TYPO_ASKING_WORDS]
        if not near:
            return word
        # a letter typed without its dots or ring ("samre") is the likeliest slip: "sämre" before "samer"
        unaccented = [n for n in near if fold(n[1]) == fold(low)]
        best = max(unaccented or near)[1]
        return best[0].upper() + best[1:] if word[0].isupper() else best
    return re.sub(r"[^\W\d_]+", one, text)


# "nån strategi med fyra riktningsgrejer": a compound of a documents' word and a chat word for "things" is that word
_SLANG_THINGS = re.compile(r"^(?P<head>\w{5,}?)(?:grej|grejen|grejer|grejerna|grejor|grejorna|saker|sakerna|prylar|grunkor)$", re.I)


def slang_compounds(text: str, vocabulary: Mapping[str, int]) -> str:
    """Each "riktningsgrejer" read as the documents' commonest word it begins ("riktningsförändringarna"): a
    word of no dictionary that is the first part of a documents' compound and a chat word for things."""
    if not vocabulary:
        return text

    def one(match: re.Match) -> str:
        word = match.group(0)
        slang = _SLANG_THINGS.match(word)
        if not slang or word.lower() in vocabulary:
            return word
        head = slang["head"].lower()
        meant = [(n, w) for w, n in vocabulary.items() if n > 0 and w.startswith(head) and len(w) > len(head) + 3]
        return max(meant)[1] if meant else word
    return re.sub(r"[^\W\d_]+", one, text)


def joined_compounds(text: str, vocabulary: Mapping[str, int]) -> str:
    """Each "patient-kontrakt" written as the documents' one word ("patientkontrakt") when they use it so; a hyphen
    the documents themselves write ("kick-off", "e-tjänster") stays."""
    if not vocabulary:
        return text

    def one(match: re.Match) -> str:
        whole = match.group(0)
        if whole.lower() in vocabulary:
            return whole
        joined = whole.replace("-", "")
        return joined if joined.lower() in vocabulary else whole
    return re.sub(r"\b[^\W\d_]{3,}-[^\W\d_]{3,}\b", one, text)


_FOLDED: list = [None, {}]  # the last vocabulary folded: (the vocabulary, its folded word -> its words with å/ä/ö)


def _folded_vocabulary(vocabulary: Mapping[str, int]) -> dict[str, tuple[str, ...]]:
    """The vocabulary's words with å/ä/ö by their folded spelling ("skora" -> ("sköra",)); kept for the last
    vocabulary asked (one per build)."""
    if _FOLDED[0] is not vocabulary:
        folded: dict[str, list[str]] = {}
        for w, n in vocabulary.items():
            if n > 0 and _SWEDISH_LETTERS.search(w):
                folded.setdefault(fold(w), []).append(w)
        _FOLDED[:] = [vocabulary, {k: tuple(v) for k, v in folded.items()}]
    return _FOLDED[1]


# "barn och ungas psykiska hälsa": two owners of one thing (the second in the genitive), no pair of topics
_OWNERS_OF_ONE = re.compile(r"^\s*[\w-]+\s+(?:och|samt|&)\s+[\w-]{3,}s\s+[\w-]+", re.I)
_NOT_GENITIVE = {"fokus", "process", "status", "stress", "kurs", "kris", "ansvars", "hus", "bas", "plus", "buss", "mus"}


def owners_of_one(phrase: str) -> bool:
    """Whether "X och Ys Z" names one thing of two owners ("barn och ungas psykiska hälsa"), not two things."""
    match = _OWNERS_OF_ONE.match(phrase)
    return bool(match) and match.group(0).split()[2].lower() not in _NOT_GENITIVE


def drops_its_e(word: str, term: str) -> bool:
    """Whether a term is a word inflected with the e of its last syllable dropped ("exempel" -> "exemplet",
    "exemplen"; "fönster" -> "fönstret")."""
    return len(word) >= 5 and word.endswith(("el", "er")) and term != word and \
        term.startswith(word[:-2] + word[-1]) and 0 <= len(term) - len(word) <= 2


def compound_match(a: str, b: str) -> bool:
    """Swedish compounds: "sjukvårdsnämnd" matches "nämnd" (shared head of 5+ letters)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and (long.endswith(short) or long.startswith(short))


# What a word may lose and still be the same word: a derivation or inflection ending ("tillgänglig|het",
# "utveckl|ing", "hälsofrämj|ande"), not a word of its own ("själv|mord" is no "själv").
_SHORT_ENDING = re.compile(r"(?:het|ning|ing|else|ande|ende|are|lig|ig|isk|ell|iv|er|ar|or|ad|at|en|et|na|a|e|s|n|t)", re.I)


def short_ending(ending: str) -> bool:
    """Whether the letters a word ends on past a shorter word are an ending of it, not another word."""
    return bool(_SHORT_ENDING.fullmatch(ending))


def joined_words(words: Iterable[str]) -> str:
    """Words as one "|"-separated string, for `compound_in`."""
    return "|" + "|".join(words) + "|"


def compound_around(term: str, joined: str) -> bool:
    """Whether a word as long as the term or longer starts or ends with it (`joined` is `joined_words(words)`)."""
    return len(term) >= 5 and (f"|{term}" in joined or f"{term}|" in joined)


def compound_in(term: str, words: Container[str], joined: str) -> bool:
    """Whether any of the words compound-matches the term: the same as
    `any(compound_match(term, w) for w in words)`, in time of the term's length, not the words' count
    (`joined` is `joined_words(words)`)."""
    if compound_around(term, joined):
        return True
    return starts_on_word(term, words) or ends_on_word(term, words)


def starts_on_word(term: str, words: Container[str]) -> bool:
    """Whether the term starts with a shorter word of 5+ letters ("personalmatsal": "personal")."""
    return any(term[:k] in words for k in range(5, len(term)))


def ends_on_word(term: str, words: Container[str]) -> bool:
    """Whether the term ends on a shorter word of 5+ letters, its head ("personalmatsal": "matsal"); not after a
    particle, which makes a word of its own ("inledning" is no kind of "ledning", "förändring" no "ändring")."""
    return any(term[-k:] in words and term[:-k] not in WORD_MAKING_PARTICLES for k in range(5, len(term)))

# ---------------------------------------------------------------- question words
# Words of asking, not of the topic: they say nothing about whether the documents cover it.
QUESTION_WORDS = {
    "heter", "het", "nämns", "nämn", "antogs", "antog", "antas", "innebär", "innebar", "betyder", "betyd",
    "står", "finns", "gäller", "handlar", "handl", "beskrivs", "beskriv", "menas", "ingår", "fattades",
    "fattad", "tas", "togs", "mång", "många", "hur", "vad", "vilk", "vilken", "när", "var", "sägs", "säg",
    "säger", "enligt", "ska", "bör", "kan", "får", "gör", "görs", "dokument", "dokumenten", "styrdokument",
    "dokumentet", "texten", "skriften", "materialet", "bildspelet", "pdfen", "filen",  # "sammanfatta dokumentet om …"
    "sammanfatt", "sammanfattning", "summer", "kort", "berätt", "förklar", "skillnad", "skillnaden", "mellan",
    "skiljer", "skilj", "jämför", "jämfor", "avsnitt", "avsnittet", "rubrik", "rubriken", "kapitl", "kapitlet",
    "del", "delen", "säg", "sager", "likhet", "likheter", "olik", "olika", "exempel", "what", "mean",
    "explain", "summar", "tell", "compar", "differ",
}
QUESTION_WORDS |= {"överblick", "översikt", "överblicken", "översikten", "du", "ge", "mig", "oss", "kortfattat", "sammanfatta", "sammanfattning", "rubriken", "avsnittet",
                   "under", "säga", "skriver", "skrivs", "står", "om"}
# Prepositions the stop-word list lacks: "psykisk hälsa hos unga" is about psykisk hälsa and unga, not "hos".
QUESTION_WORDS |= {"hos", "bland", "kring", "inför", "korthet"}
# How much or how politely, not what about ("sammanfatta planen lite kort", "förklara gärna snabbt").
QUESTION_WORDS |= {"lite", "gärna", "snabbt", "kortfattat", "kortfattad", "typ", "liksom", "egentligen", "ungefär",
                   "överhuvudtaget", "överhuvudtage", "öht", "alls",  # "varför måste vi ställa om överhuvudtaget?"
                   "innehållsmässigt", "innehållsmässiga", "sakligt",  # "vad har de gemensamt innehållsmässigt?"
                   "ger",  # "Sammanfatta bakgrunden som SKR:s artikel ger": a verb that only restates
                   "snälla", "please", "briefly", "quickly", "short", "brief", "bara", "alltså", "asså", "dvs",
                   "par", "meningar", "viktigaste", "viktigast", "huvudsakliga", "folk", "folks", "snabb", "kortis",
                   "drag", "stora", "stor", "grova", "går", "ut",  # "i stora drag", "vad går X ut på?"
                   "huvuddrag", "huvuddragen", "huvuddelar", "huvuddelarna", "kärnan", "essensen",  # "vad är huvuddragen?"
                   "huvudpunkt", "huvudpunkter", "huvudpunkterna", "huvudbudskap", "huvudbudskapet",  # "… vad är huvudpunkterna?"
                   "huvudpoäng", "huvudpoängen", "huvudpoängerna", "poängen", "huvudsaken",  # "vad är huvudpoängen med X?"
                   "tack", "punkter", "punkt", "punkterna", "några",  # "sammanfatta X i några punkter tack"
                   "dra", "drar",  # "Jag ska dra strategin på APT": present it
                   "rad", "rader", "raderna", "mening", "ord",  # "på några rader", "med några ord"
                   # the asker's errand, not the topic: "jobbar i X och ska presentera den för nya kollegor"
                   "jobbar", "jobba", "presentera", "presenterar", "kollega", "kollegor", "kollegorna", "nya"}
# How plainly asked, not what about: "Vad menar de med det där om ledarskapet då, rent konkret?"
QUESTION_WORDS |= {"rent", "konkret", "praktiskt", "menar", "mena", "faktiskt", "verkligen", "väl",
                   "vidare", "byggas", "byggs"}  # ("… ska byggas vidare de närmaste åren": how it goes on, no topic)
# How a comparison is asked ("Hur tar målbilderna … upp delaktighet?", "synen på … i sina planer").
QUESTION_WORDS |= {"beskrivning", "beskrivningen", "syn", "synen", "sina", "sin", "sitt", "respektive", "tar", "upp",
                   "åt", "ser", "på", "tagit", "tagits", "arbetats", "arbetades",
                   "uppbyggd", "uppbyggda", "uppbyggt", "upplagd", "upplagda", "upplagt",  # "hur är de uppbyggda?"
                   "gemensamt", "skiljer", "dem", "de", "har"}  # "vad har de gemensamt och vad skiljer dem åt?"
# How plainly to answer, not what about: "Kan du förklara med enkla ord vad målbilden i Jämtland är?"
QUESTION_WORDS |= {"enkla", "enklare", "lättförståeligt", "lättförståelig", "begripligt", "förenklat"}
# How a thing is worded, not what about: "Vad är den övergripande formuleringen i var och en?"
QUESTION_WORDS |= {"formulering", "formuleringen", "formuleringar", "formuleringarna", "formulerad", "formulerade",
                   "formulerat", "formuleras", "lydelse", "lydelsen", "övergripande"}
# What a thing is made of, not what it is about: "vilka punkter består den av?", "vad innehåller planen?"
QUESTION_WORDS |= {"består", "bestå", "bestod", "innehåller", "innehålla", "innehöll"}
# Whether, not what: "… eller har nämnden egna?", "Finns samma … med i planen också?"
QUESTION_WORDS |= {"också", "egna"}
# Where, not what: "Ordet tillit dyker upp – i vilka sammanhang?"
QUESTION_WORDS |= {"sammanhang", "sammanhangen", "sammanhanget", "dyker", "ordet"}
# Where at all, not what: "Nämns rehabilitering någonstans i strategin?"
QUESTION_WORDS |= {"någonstans", "nånstans", "nagonstans", "nanstans", "nångång", "någongång", "nangang"}
# When, not what: "Vad ska nämnden jobba med de närmaste åren?"
QUESTION_WORDS |= {"närmaste", "åren", "kommande", "framöver", "planperioden", "planperiod", "planeringsperioden"}
# How a thing stands, not what it is: "Sammanfatta hur läget för den psykiska hälsan beskrivs"
QUESTION_WORDS |= {"läget", "läge", "lägesbild", "lägesbilden", "situationen", "nuläget", "beskrivs", "beskrivna"}
# Which documents, not what about: "Vad säger både strategin och planen om digitalisering?"
QUESTION_WORDS |= {"både", "båda", "bägge"}
# What an acronym question calls it: "Vad står förkortningen SVOM för?"
QUESTION_WORDS |= {"förkortning", "förkortningen", "akronym", "akronymen", "stand", "stands"}
# How a thing is defined, not what about: "Hur definierar regionen en miljömässigt hållbar verksamhet?"
QUESTION_WORDS |= {"definierar", "definieras", "definiera", "definierat", "definierad", "definierade"}
# The form an answer is asked in: "sammanfatta … kort, typ i punktform", "i stödord", "som tabell"
QUESTION_WORDS |= {"punktform", "punktlista", "punktlistan", "stödord", "stolpar", "tabellform", "tabell", "typ"}


def _stems(words: set[str]) -> set[str]:
    import Stemmer

    stemmer = Stemmer.Stemmer("swedish")
    return {fold(w) for w in words} | {fold(w) for w in stemmer.stemWords(sorted(words))}


# The same words as the keyword tokenizer's stems would have them, å/ä/ö folded.
QUESTION_STEMS = _stems(QUESTION_WORDS) - {"nar"}  # "nära" stems to "när": keep it a topic word


# "vad de har kommit fram till", "vad den landade i": what a piece of work ended in (the thing itself), no topic
_RESULT_OF = re.compile(r"\b(?:har\s+|hade\s+)?(?:kommit|kom|kommer)\s+fram\s+till\b|\b(?:landade|landat|landar)\s+i\b|"
                        r"\bblev\s+resultatet\b", re.I)


def content_words(text: str) -> str:
    """The text without its question words (before stemming, so "nära" is not taken for "när"); a part of
    the text named as such is what it is about ("hållbarhetsdelen" -> "hållbarhets")."""
    text = _RESULT_OF.sub(" ", text)
    words = (re.sub(r"^(\w{5,}?)(?:delen|avsnittet|kapitlet|biten)$", r"\1", w, flags=re.I) for w in re.findall(r"[\w:-]+", text))
    return " ".join(w for w in words if fold(w.lower()) not in _FOLDED_QUESTION_WORDS)


_FOLDED_QUESTION_WORDS = {fold(w) for w in QUESTION_WORDS}


# ---------------------------------------------------------------- what a question asks for
# The intents a question can have; query.understand picks one, the composer shapes the answer by it.
INTENTS = ("summary", "contrast", "comparison", "date", "duration", "number", "money", "who", "reverse", "list",
           "yesno", "role", "what", "lookup")

_GREETING = re.compile(r"^\s*(hej|hejsan|hallå|tjena|tjenare|tja|tjabba|god (morgon|dag|kväll|eftermiddag)|hello|hi|hey|"
                       r"good (morning|afternoon|evening)|quick (one|question)|snabb (fråga|en)|kort fråga|"
                       r"tack( så mycket)?|thanks|"
                       # "ok. och vem är det som har beställt strategin då?": a nod before the question, no part of it
                       r"(?:ok|okej|okey|okay|jaha|aha|toppen|perfekt)(?=\s*[.!,])|"
                       # "En sak till: när ska …?", "o en annan sak. …": a new question announced, no part of it
                       r"(?:(?:och|o|å)\s+)?(?:en\s+(?:sak|fråga)\s+till|en\s+annan\s+(?:sak|fråga)|en\s+till\s+fråga|en\s+följdfråga|"
                       r"one\s+more\s+(?:thing|question)|another\s+question))\b[\s!,.:–-]*", re.I)
# A sentence about the asker, not a question: "Jag heter Anna.", "Jag är ny som undersköterska i Luleå."
# (where the asker sits, unless what they saw follows: "Jag sitter i folkhälsoteamet och såg att … målbild inte ens använder
# ordet nära vård." is what is asked about)
_NOT_SEEN = r"(?![^.?!]*\boch\s+(?:såg|ser|läste|läser|hörde|hör|märkte|märker|har\s+(?:sett|läst|hört|märkt)|undrar))"
_ABOUT_ME = re.compile(rf"^\s*(jag (heter|är|jobbar|arbetar|sitter (?:i|på|med|som)\b{_NOT_SEEN}|ska (?:jobba|arbeta|börja)|har (?:just |precis |nyss |nyligen )?börjat|"
                       # "Jag kom nyss från Region Västernorrland.", "Jag har precis flyttat hit från Umeå."
                       r"(?:kom|kommer|har (?:just |precis |nyss |nyligen )?(?:kommit|flyttat|bytt))(?: hit)? (?:just |precis |nyss |nyligen )?(?:från|till)|"
                       r"har en fråga|undrar bara|skulle vilja|"
                       # "jag gör min vfu som sjuksköterskestudent på …", "jag pluggar till …"
                       r"gör (?:min|mitt|en) (?:praktik|vfu|apl|placering|st|at|bt|sommarjobb|auskultation)|pluggar|studerar|läser till)|"
                       r"mitt namn är|i'm|i am|my name is|i work)\b|"
                       # "är distriktsläkare.": a short statement with the "jag" left out (no question mark)
                       # ("jobbar på kommunen i jämtland.")
                       rf"^\s*(?:är|jobbar|arbetar|sitter(?=\s+(?:i|på|som)\b){_NOT_SEEN})\s+(?:som\s+)?(?:(?:på|i|inom|vid)\s+)?\w+"
                       # (and whom the asker works with: "Jobbar som socialsekreterare i kommunen mot barnfamiljer.")
                       r"(?:(?:\s+(?:på|i|inom|vid)\s+\w+(?:\s+\w+)?)?(?:\s+mot\s+\w+)?|"
                       # ("jobbar i hemtjänsten i kiruna sen 2 veckor.": how long says it is about the asker, not
                       # the workplace's matter, which "Jobbar som usk på ett äldreboende i Piteå." may be)
                       r"(?:\s+(?:på|i|inom|vid)\s+\w+(?:\s+\w+)?){0,2}"
                       r"\s+(?:sen|sedan)\s+(?:\d+|en|ett|två|tre|fyra|några)\s+(?:dagar|dag|veckor|vecka|månader|månad|år))"
                       r"\s*[.!]\s*$|"
                       # ("Jobbar som planerare i hemtjänsten i kiruna kommun (lägger scheman och turer åt personalen).":
                       # what the asker does at work, told in a bracket)
                       r"^\s*(?:jobbar|arbetar)\s+som\s+[^.?!()]{3,100}\([^()?]{3,100}\)\s*[.!]\s*$", re.I)
# "vad var utgångspunkten när de tog fram målbilden?": the thing asked what it was ("Utgångspunkt är från …")
_WHAT_WAS = re.compile(r"^\s*(?:(?:och|men|så)\s+)?vad\s+(?:är|var|blir|blev)\s+(?:det\s+|den\s+)?(?P<noun>[^\W\d_]{6,})\b"
                       r"(?=\s+(?:när|då|för|med|bakom|i|till|enligt)\b|\s*\??\s*$)", re.I)


# What a thing worked from is said in any of these words ("Vad var underlaget …?": "Utgångspunkt är från enkätresultat …")
_BASIS_WORDS = ("underlag", "utgångspunkt", "grund")


def what_was_forms(noun: str) -> tuple[str, ...]:
    """The words a "Vad var X …?" noun may be said in: itself, and for a basis, the other words for one."""
    folded = noun.lower()
    if any(folded.startswith(w) for w in _BASIS_WORDS):
        return (noun, *(w for w in _BASIS_WORDS if not folded.startswith(w)))
    return (noun,)


# "Varför ska målbilden inte ha någon tidsbegränsning?": a reason asked; a line that gives one says so in these words
_ASKS_WHY = re.compile(r"^\s*(?:(?:och|men|ok|så)\s+)?(?:varför|why)\b", re.I)
_GIVES_REASON = re.compile(r"\b(?:för att|eftersom|därför|då det|så att|på grund av|syft\w*|skäl\w*|anledning\w*|orsak\w*|"
                           r"motiv\w*|vilket|leder till|bidrar till|kräver|krävs|behöver|behövs|innebär|drivkraft\w*|därmed|"
                           r"because|so that)\b", re.I)


def asks_why(question: str) -> bool:
    """Whether a question asks why ("Varför ska målbilden inte ha någon tidsbegränsning?")."""
    return bool(_ASKS_WHY.match(question))


# "Vad menar planen med X – kan du sammanfatta det kort?": how the asker wants the answer said, after the question
# "Vad menas med personcentrering? Förklara som för nån som är ny, typ": how plainly to say it, no question
_PLAINLY = (r"(?:som\s+(?:för|till)\s+(?:nån|någon|en)\s+(?:som\s+är\s+(?:ny|nyanställd|ny\s+här|helt\s+ny)|"
            r"nybörjare|nyanställd|ny|lekman|femåring|utomstående)|som\s+för\s+ett\s+barn|"
            r"på\s+ett\s+enkelt\s+sätt|med\s+enkla\s+ord|på\s+enkel\s+svenska|pedagogiskt)(?:,?\s+typ)?")
_FORMAT_ASKED = re.compile(r"(?<=\w)\s*(?:[–—-]|,)\s*(?:och\s+)?(?:kan|skulle)\s+(?:du|ni)\s+(?:kunna\s+)?"
                           r"(?:sammanfatta|förklara|beskriva|summera|berätta)\s+(?:det|detta|den|dem)\s*"
                           r"(?:kort|kortfattat|enkelt|i\s+korthet|lite\s+kort|i\s+några\s+meningar)?\s*\??\s*$"
                           # "Varför behöver vården ställas om? Ge mig skälen kort.": a sentence of its own saying how
                           r"|(?<=[?.!])\s+(?:ge\s+mig|svara|förklara|beskriv|sammanfatta|berätta)\s+"
                           r"(?:(?:det|detta|dem|den|svaret|skälen|orsakerna|anledningarna|punkterna)\s+)?"
                           r"(?:kort|kortfattat|enkelt|i\s+korthet|i\s+punktform|punktvis|" + _PLAINLY + r")(?:,?\s+tack)?\s*[.!?]?\s*$",
                           re.I)


# "Hur beskrivs delaktighet … i målbilden – vad ska personen själv uppleva?": the question said again, vaguer
_VAGUER_AGAIN = re.compile(r"^(?P<q>\s*(?:vad|hur|vilka|vilken|vilket)\b[^–—?]{15,}?)\s+[–—]\s+(?P<tail>(?:vad|hur)\b[^?–—]*)\?\s*$",
                           re.I)


def without_vaguer_again(question: str) -> str:
    """A question without the vaguer way it is said again after a dash (a short one with only a generic subject:
    "personen", "man", "jag"), or ""."""
    match = _VAGUER_AGAIN.match(question)
    if not match or len(match["tail"].split()) > 6 or not re.search(
            r"\b(?:personen|patienten|invånaren|man|jag|du|själv|själva)\b", match["tail"], re.I):
        return ""
    return match["q"].rstrip() + "?"


# How many sentences an answer is asked to keep to: "… i en mening", "max 2 meningar", "in one sentence"
_SENTENCES_ASKED = re.compile(r"\b(?:(?:i|på|med|inom|in|within)\s+(?:(?:max|maximalt|högst|bara|maximum|at\s+most|only)\s+)?|"
                              r"(?:max|maximalt|högst|maximum|at\s+most)\s+)"
                              r"(?P<n>en|ett|\d|två|tre|fyra|fem|one|a|a\s+single|two|three|four|five)\s+(?:kort\w*\s+|short\s+)?"
                              r"(?:mening(?:ar)?|sentences?)\b", re.I)
_COUNT_WORDS = {"en": 1, "ett": 1, "one": 1, "a": 1, "a single": 1, "två": 2, "two": 2, "tre": 3, "three": 3,
                "fyra": 4, "four": 4, "fem": 5, "five": 5}


def sentences_asked(question: str) -> int:
    """How many sentences a question asks its answer in ("kan du säga vad patientkontrakt är i en mening" -> 1,
    "max 2 meningar" -> 2), or 0."""
    match = _SENTENCES_ASKED.search(question)
    if not match:
        return 0
    said = re.sub(r"\s+", " ", match["n"].lower())
    return int(said) if said.isdigit() else _COUNT_WORDS.get(said, 0)


# The shape asked of an answer: "Kan du sammanfatta planen i fem punkter?", "… i punktform", "… på tre rader"
_ANSWER_SHAPE = re.compile(r"\s+(?:i|på|med)\s+(?:(?:max|högst|ungefär|typ|bara)\s+)?(?:\d+|två|tre|fyra|fem|sex|sju|åtta|"
                           r"nio|tio|några|ett\s+par)\s+(?:korta\s+)?(?:punkter|meningar|rader|stycken|ord|bullets)\b|"
                           # ("… i en mening", ", max 2 meningar", "svara i en mening": how many sentences)
                           r",?\s+(?:svara\s+)?(?:i|på)\s+en\s+(?:enda\s+)?(?:kort\s+)?mening\b|"
                           r",?\s+(?:max|maximalt|högst)\s+(?:\d|en|två|tre)\s+(?:meningar|mening|rader)\b|"
                           r"[.!?]?\s+svara\s+(?:kort\s+)?(?:i|på|med)\s+(?:en|\d|två|tre)\s+mening(?:ar)?\b|"
                           r"\s+i\s+punktform\b|"
                           # "vad e nära vård typ, kort sammanfattat": how short, and the filler before it (at the end; said
                           # within the question it asks a summary: "Vad innebär det, kort sammanfattat, för regionen …?")
                           r"(?:\s+typ)?,?\s+(?:kort|kortfattat|enkelt|snabbt)\s+(?:sammanfattat|förklarat|beskrivet|sagt)(?=\s*[?.!]*\s*$)|"
                           r"\s+typ(?=\s*[?.!]*\s*$)|"
                           # "hur beskriver verksamhetsplanen samma sak, är det nån skillnad?": the difference is seen in
                           # what it says (the earlier answer beside it)
                           r"(?<=\w),?\s+(?:och\s+)?(?:är\s+det|finns\s+det|blir\s+det)\s+(?:nån|någon|en)\s+skillnad"
                           r"(?:\s+(?:mot|från|jämfört\s+med)\s+(?:strategin|planen|den|det|dom|de))?(?=\s*[?.!]*\s*$)|"
                           # "vad är nära vård kortfattat?": how short, alone at the end of a what-question
                           r"(?<=\w)(?:,)?\s+(?:kortfattat|kort\s+och\s+gott|i\s+all\s+korthet)(?=\s*[?.!]*\s*$)|"
                           # "Och vad heter själva målbilden, alltså den korta meningen som sammanfattar den?": the
                           # question said again in other words, no part of it
                           r",\s+(?:alltså|dvs\.?|det\s+vill\s+säga|jag\s+menar)\s+(?:den|det|de|dom|själva)\b[^?]*(?=[?.!]*\s*$)|"
                           # "sammanfatta kort så jag kan dra det för politikerna": what the asker will use it for
                           r",?\s+(?:så\s+(?:att\s+)?|för\s+att\s+)(?:jag|vi)\s+(?:kan|ska\s+kunna|skall\s+kunna)\s+"
                           r"(?:dra|presentera|berätta|förklara|visa|skriva|informera|ta\s+upp|ta\s+(?:det|den|dem|dom|med)|lyfta|"
                           r"gå\s+igenom|dela|läsa\s+upp)\b[^?]*(?=[?.!]*\s*$)|"
                           # ("… i tre punkter som jag kan ta med till mitt team?": for whom, no topic)
                           r",?\s+som\s+(?:jag|vi)\s+(?:kan|ska\s+kunna)\s+(?:ta\s+med|visa|dela|presentera|dra|skicka)\b"
                           r"[^?]*(?=[?.!]*\s*$)|"
                           # "Kort, vad går målbilden ut på?", "…2025-2027? kort": how short, before or after the question
                           r"^\s*(?:kort|kortfattat|snabbt|enkelt|i\s+korthet)(?:\s+(?:sagt|sammanfattat|förklarat))?\s*[,:]\s*(?=\w)|"
                           r"(?<=[?.!])\s*(?:kort|kortfattat|tack)(?=\s*[?.!]*\s*$)|"
                           # "Vad heter hållbarhetsstrategin i sin helhet, så som den står i nämndens plan?": its whole
                           # name, as the plan writes it (the plan stays where to look)
                           r"\s+i\s+sin\s+helhet\b(?:,?\s+(?:så\s+)?som\s+(?:den|det|de)\s+(?:står|skrivs|nämns)(?=\s+i\s))?|"
                           r",?\s+(?:så\s+)?som\s+(?:den|det|de)\s+(?:står|skrivs|nämns)\s+(?:ordagrant|exakt)\b|"
                           # "ge mig norrbottens gemensamma målbild i korthet, hela broschyren": all of the document asked
                           r",\s*(?:hela|allt\s+i)\s+(?:broschyren|dokumentet|texten|planen|strategin|artikeln|materialet|"
                           r"foldern|häftet)(?=\s*[?.!]*\s*$)|"
                           # "Summarize … in a few bullet points", "… in three sentences", "… as bullet points"
                           r"\s+(?:in|as|with)\s+(?:(?:a\s+few|some|\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?"
                           r"(?:short\s+)?(?:bullet\s+points|bullets|bullet\s+form|points|sentences|lines|words)\b", re.I)


# "ge exempel på vad Jämtland Härjedalens målbild säger": what it says (some of it), asked straight
_EXAMPLES_OF_WHAT = re.compile(r"^\s*(?:kan\s+du\s+)?ge\s+(?:mig\s+)?(?:några\s+)?exempel\s+på\s+vad\s+(?P<x>.+?)\s+"
                               r"(?P<v>säger|skriver|tar\s+upp|innehåller)(?P<rest>\s+om\s+[^?]+?)?\s*[?.!]*\s*$", re.I)


def without_answer_shape(question: str) -> str:
    """A question without the shape it asks its answer in ("… i fem punkter"), or ""."""
    shaped = _ANSWER_SHAPE.sub("", _EXAMPLES_OF_WHAT.sub(lambda m: f"vad {m['v']} {m['x']}{m['rest'] or ''}?", question))
    return shaped if shaped != question and len(shaped.split()) >= 2 else ""


def without_format_request(question: str) -> str:
    """A question without the request after it for how to say the answer ("…? – kan du sammanfatta det kort?"),
    or "" (none, or nothing asked before it)."""
    match = _FORMAT_ASKED.search(question)
    before = question[:match.start()] if match else ""
    if len(before.split()) < 4 or not (_ASKING_START.match(before) or _WH_START.match(before)):
        return ""  # (what comes before must ask: "… ska presentera vår målbild, kan du sammanfatta den kort?" asks it there)
    return question[:match.start()].rstrip(" ?") + "?"


# "Vad menar nämndens plan med att vården ska vara hälsofrämjande?": what a quality of a thing means, asked as
# the term the documents define ("hälsofrämjande vård", "ekonomiskt hållbar verksamhet")
_MEANT_QUALITY = re.compile(r"^\s*(?:och\s+)?vad\s+(?:menar|menas|avses|innebär\s+det)\s+(?:(?P<who>[\w\s:-]+?)\s+)?med\s+att\s+"
                            r"(?:själva\s+)?(?P<thing>\w{4,})\s+(?:ska|skall|bör|behöver)\s+vara\s+"
                            r"(?P<quality>\w+(?:\s+\w+)?)\s*\??\s*$", re.I)


def meant_quality(question: str) -> str:
    """"Vad menar X med att Y ska vara Z?" read as "Vad menas med Z Y enligt X?" (Y without its definite ending:
    "vården" -> "vård"), or ""."""
    match = _MEANT_QUALITY.match(question)
    if not match:
        return ""
    thing = re.sub(r"(?<=\w{3})(?:en|et)$", "", match["thing"])
    who = match["who"] or ""
    scope = f" enligt {who}" if who and not re.fullmatch(r"(?:man|ni|de|dom|regionen|vi)", who.strip(), re.I) else \
        (f" i {who}" if who.strip().lower() == "regionen" else "")
    return f"Vad menas med {match['quality']} {thing}{scope}?"


# "… för att bygga grunden – alltså inte de fyra riktningsförändringarna, utan det som ska ge oss rätt
# förutsättningar?": what the asker does not mean is no part of what is asked
_NOT_THAT_BUT = re.compile(r"\s*(?:[–—-]|,)\s*(?:alltså\s+|dvs\.?\s+|jag\s+menar\s+)?inte\s+[^,?–—]{3,80}?,?\s+utan\s+", re.I)


# "… skillnaden mellan målbilden och den där gemensamma planen dom pratar om?": who talks of a thing is no part of it
# (where they talk of it, too: "vad är cosmic som alla pratar om på jobbet")
_TALKED_OF_THING = re.compile(r"(?P<noun>\b\w{4,})\s+(?:som\s+)?(?:dom|de|man|folk|alla|ni|chefen|kollegorna)\s+(?:hela\s+tiden\s+)?"
                              r"(?:pratar|talar|snackar|nämner|skriver|hänvisar\s+till)(?:\s+om)?"
                              r"(?:\s+(?:på|i)\s+(?:jobbet|jobb|arbetet|fikat|mötena|mötet|avdelningen|enheten|APT))?"
                              r"(?:\s+(?:hela\s+tiden|jämt|nu|just\s+nu))?(?=\s*[?,.!]|\s*$)", re.I)


def without_talked_of(question: str) -> str:
    """The question less who talks of the thing it names ("… den där gemensamma planen dom pratar om?" -> "… den där
    gemensamma planen?"), or ""."""
    match = _TALKED_OF_THING.search(question)
    if not match or match["noun"].lower() in ("något", "nåt", "allt", "mycket", "detta", "vilket", "vilken", "vilka"):
        return ""
    return f"{question[:match.end('noun')]}{question[match.end():]}"


# "jag kommer sitta med på en del SIP-möten, står det nåt om SIP i dokumenten?": what the asker does, said before the
# question with only a comma
_OWN_CLAUSE_FIRST = re.compile(r"^\s*(?:(?:och|men)\s+)?(?:jag|vi)\s+[^,?.!]{5,90},\s*(?P<asked>(?:står|finns|nämns|sägs|vad|hur|"
                               r"vem|vilka|vilken|vilket|när|varför)\b[^?]*\?)\s*$", re.I)


def without_own_clause(question: str) -> str:
    """The question less what the asker says of themself before it with a comma, when the question names its own topic
    and points at nothing ("jag kommer sitta med på en del SIP-möten, står det nåt om SIP?" -> "står det nåt om SIP?"),
    or ""."""
    match = _OWN_CLAUSE_FIRST.match(question)
    if not match or points_back(without_expletive(match["asked"])) or names_no_topic(match["asked"]):
        return ""
    # (not who the asker is, which a role answer reads, nor a clause pointing at a place: "jag är ssk och sitter och
    # triagerar där ibland, vad är tanken att tjänsten ska ge oss i verksamheten?")
    clause = question[:match.start("asked")]
    if re.match(r"^\s*(?:(?:och|men)\s+)?(?:jag|vi)\s+(?:är|e|jobbar|arbetar)\b", clause, re.I) \
            or re.search(r"\b(?:där|här|dit|hit)\b", clause, re.I):
        return ""
    return match["asked"]


def without_denied(question: str) -> str:
    """A question without the "(alltså) inte X, utan" the asker rules out, or "" (none)."""
    match = _NOT_THAT_BUT.search(question)
    if not match or match.start() == 0:
        return ""
    return f"{question[:match.start()]} – {question[match.end():]}"


# "Antogs Norrbottens och Västernorrlands målbilder ungefär samtidigt? När i så fall?": the when is the question
_IF_SO = re.compile(r"^\s*(?P<yn>(?:antogs|beslutades|fattades|infördes|togs|kom|började|startade|hölls|publicerades|"
                    r"gjordes|bestämdes|fastställdes|inrättades)\b[^?]{6,}?)\s*\?\s*(?P<wh>när|vem|vilka|var|hur)\s+"
                    r"(?:i\s+så\s+fall|isåfall|då)\s*[?.]?\s*$", re.I)
_ALIKE_TAIL = re.compile(r"\s+(?:ungefär\s+|ganska\s+|helt\s+)?(?:samtidigt|lika|likadant|på\s+samma\s+sätt)\s*$", re.I)


# "Vem i regionen hanterar de nationella överenskommelserna – ligger det på hälso- och sjukvårdsnämnden?": whether
# the one named does it
_WHO_IS_IT = re.compile(r"^\s*(?:och\s+)?vem\s+(?:i\s+\w+\s+|av\s+\w+\s+)?(?P<verb>\w+(?:ar|er|r))\s+(?P<rest>[^–—?]{6,}?)\s*"
                        r"[–—-]\s*(?:ligger|hamnar|är)\s+det\s+(?:på|hos)\s+(?P<who>[^?]{3,}?)\s*\?\s*$", re.I)


def who_is_it(question: str) -> str:
    """A who question that names its guess ("Vem hanterar X – ligger det på nämnden?") as the yes/no question
    it asks ("Hanterar nämnden X?"), or ""."""
    match = _WHO_IS_IT.match(question)
    if not match:
        return ""
    return f"{match['verb'].capitalize()} {match['who']} {match['rest']}?"


# "Två frågor om nämndens uppdrag för 2025–2027: står det något om X, och finns det något om Y?": what each asks of
_QUESTIONS_ABOUT = re.compile(r"(?:^|[.!?]\s+)\s*(?:två|tre|några|ett\s+par)\s+frågor\s+(?:om|kring|angående|gällande)\s+"
                              r"(?P<scope>[^:?.!]{4,80}?)\s*:", re.I)


def questions_about(question: str) -> str:
    """What the asker says several questions are about before asking them ("Två frågor om nämndens uppdrag: …" ->
    "nämndens uppdrag"), or ""."""
    match = _QUESTIONS_ABOUT.search(question)
    return match["scope"].strip() if match else ""


# "Vad är en målbild för nära vård egentligen?": a thing in general, asked with its indefinite article
_GENERIC_ASKED = re.compile(r"^\s*(?:och\s+|o\s+)?vad\s+är\s+(?:egentligen\s+)?(?:en|ett)\s+(?P<term>[a-zåäö]{5,})\b"
                            r"(?:\s+(?:för\s+nära\s+vård|inom\s+nära\s+vård))?(?:\s+(?:egentligen|för\s+något|för\s+nåt))?"
                            r"\s*(?:[?,.]|$|\s+(?:och|o)\s+)", re.I)


def generic_term(question: str) -> str:
    """The thing a "Vad är en X?" question asks of in general ("målbild"), or ""."""
    match = _GENERIC_ASKED.match(question)
    return match["term"] if match else ""


# "Var Barnarenan med och fattade beslut om målbilden …, och i så fall när?": the same, in one sentence
_IF_SO_AFTER = re.compile(r"^\s*(?P<yn>(?:var|fattade|beslutade|antog|fastställde|tog)\b[^?]{6,}?)\s*,\s*(?:och\s+)?"
                          r"(?:i\s+så\s+fall|isåfall|om\s+ja)\s+(?P<wh>när|vem|vilka)\s*\??\s*$", re.I)


def asked_if_so(question: str) -> str:
    """A yes/no question with "När i så fall?" after it, as the one question it asks ("Antogs X och Y ungefär
    samtidigt? När i så fall?" -> "När antogs X och Y?"; "Var X med och fattade beslut om Y, och i så fall när?" ->
    "När var X med och fattade beslut om Y?"), or ""."""
    match = _IF_SO.match(question) or _IF_SO_AFTER.match(question)
    if not match:
        return ""
    asked = _ALIKE_TAIL.sub("", match["yn"])
    return f"{match['wh'].capitalize()} {asked[:1].lower()}{asked[1:]}?"


# "Nämns de fackliga organisationerna någonstans bland nämndens uppdrag, och i så fall i vilket sammanhang?": where and
# how a thing is named is what a question whether it is named asks anyway
_IF_SO_WHERE = re.compile(r"\s*[,;–-]?\s*(?:och\s+)?(?:i\s+så\s+fall|om\s+ja|om\s+så\s+är\s+fallet)\s*,?\s*"
                          r"(?:i\s+vilket\s+sammanhang|var|hur|var\s+någonstans|vad\s+(?:står|sägs)\s+det)\s*\?\s*$", re.I)


def without_if_so_where(question: str) -> str:
    """A question whether the documents name a thing, less its "och i så fall i vilket sammanhang?" tail
    ("Nämns X i planen, och i så fall var?" -> "Nämns X i planen?"), or ""."""
    match = _IF_SO_WHERE.search(question)
    if not match or not asked_mentioned(question[:match.start()]):
        return ""
    return f"{question[:match.start()].rstrip(' ,;–-')}?"


# "det står att det ska göras lokala handlingsplaner, vem ansvarar för det?": what is said, then asked of with "det"
_SAID_THEN_ASKED = re.compile(r"^\s*(?:(?:men|och|okej|ok)\s*,?\s+)?(?:det\s+står|jag\s+(?:läste|har\s+läst|såg|har\s+sett|"
                              r"hörde|har\s+hört)|man\s+säger|dom\s+säger|de\s+säger)(?:\s+(?:i|på)\s+\w+)?\s+att\s+"
                              r"(?P<said>[^,?.!]{8,}?)\s*[,–-]\s*(?P<asked>(?:men\s+)?(?:vem|vad|hur|vilka|vilken)\b[^?]*?"
                              r"\b(?:för|om|med|till|av)\s+)(?:det|detta|det\s+där)\s*\?\s*$", re.I)


def statement_then_asked(question: str) -> str:
    """A question asked of what the asker says is said before it, as one question ("det står att det ska göras
    lokala handlingsplaner, vem ansvarar för det?" -> "vem ansvarar för att det ska göras lokala
    handlingsplaner?"), or ""."""
    match = _SAID_THEN_ASKED.match(question)
    return f"{match['asked']}att {match['said'].strip()}?" if match else ""


# "Norrbotten verkar ha indikatorer för uppföljning – står det något om hur Västernorrland ska följa upp sin målbild?":
# what the asker has seen of one region, then a question of its own about another
_SEEN_THEN_ASKED = re.compile(r"^\s*(?P<said>[^?–]{10,}?\b(?:verkar|har|hade|gör|gjorde|ska)\b[^?–]*?)\s+[–-]\s+"
                              r"(?P<asked>(?:men\s+)?(?:står|finns|nämns|vad|hur|när|vem|vilka|vilken|har|gör|ska)\b[^?]+\?)\s*$",
                              re.I)
_ALSO_OR_SAME = re.compile(r"\b(?:också|även|samma|likadan\w*|liknande|jämfört|jämför|skillnad\w*|skiljer|motsvarande|"
                           r"precis\s+som|som\s+dom|som\s+de)\b", re.I)


_HOW_DONE = re.compile(r"\bhur\s+(?:(?:dom|de|man|ni|vi|dem)\s+)?(?:gjorde|gör|gick|går|jobbade|jobbar|arbetade|arbetar|"
                       r"tog\s+fram|tar\s+fram)\b|\b(?:gjorde|gör)\s+(?:man|dom|de)\s+(?:likadant|samma|så)\b|\blikadant\b", re.I)


def asks_how_done(question: str) -> bool:
    """Whether a question asks how something was done ("… mot hur dom gjorde i Norrbotten?", "gjorde man likadant?")."""
    return bool(_HOW_DONE.search(question))


# "… ska jämföra vår målbild i Västernorrland med Norrbottens. Vilka är likheterna och skillnaderna?": the comparison the
# preamble says the asker is making, which a bare question of likeness asks
_COMPARING_IN = re.compile(r"\bjämföra\s+(?P<a>[^.!?]{3,80}?)\s+(?:med|mot)\s+(?P<b>[^.!?,]{3,60}?)\s*(?:[.!?,]|\s+och\s|$)", re.I)
_BARE_LIKENESS = re.compile(r"^\s*(?:(?:och|men|så)\s+)?(?:vilka|vad)\s+(?:är|finns\s+det\s+för)\s+(?:de\s+)?(?:största\s+)?"
                            r"(?:likheter(?:na)?|skillnader(?:na)?)(?:\s+(?:och|resp\.?|respektive)\s+"
                            r"(?:likheter(?:na)?|skillnader(?:na)?))?\s*\??\s*$", re.I)


def comparison_of_preamble(question: str, preamble: str) -> str:
    """A bare "Vilka är likheterna och skillnaderna?" asked of the comparison the preamble says the asker is making
    ("… ska jämföra vår målbild i Västernorrland med Norrbottens." -> "Jämför vår målbild i Västernorrland med
    Norrbottens – vilka är likheterna och skillnaderna?"), or ""."""
    match = _COMPARING_IN.search(preamble) if _BARE_LIKENESS.match(question) else None
    return f"Jämför {match['a'].strip()} med {match['b'].strip()} – {question[:1].lower()}{question[1:]}" if match else ""


_MEANT_STATEMENT = re.compile(r"\b(?:menas|menar\s+(?:man|de|dom|planen|strategin)|avses|innebär\s+det)\s+med\s+att\s+"
                              r"(?!jag\b|vi\b|man\b)\w+\s+(?:ska|skall|är|har|kan|behöver|bör|måste|blir)\s+\w+", re.I)


def meant_statement(question: str) -> bool:
    """Whether a question asks what a statement about a thing means ("Vad menas med att primärvården ska vara första
    valet …?"), not what a term is; the asker's own "att jag är experten i mitt liv" is read as before."""
    return bool(_MEANT_STATEMENT.search(question))


_SERVICE_POINTED = re.compile(r"^\s*(?:(?:och|men)\s+)?(?:finns|fungerar|funkar|går|kan)\s+(?:man\s+\w+\s+)?"
                              r"(?:tjänsten|appen|plattformen|funktionen|systemet|verktyget|sidan)\b", re.I)


def service_pointed(question: str, earlier: str) -> str:
    """The name of the service a yes/no follow-up points at with "tjänsten", "appen" … ("Finns tjänsten på samiska
    …?" after "… via Min vård Norrbotten …?" -> "Min vård Norrbotten"), or ""."""
    if not _SERVICE_POINTED.match(question):
        return ""
    names = [n for n in name_phrases(earlier) if len(n.split()) >= 2]
    return names[0] if names else ""


def seen_then_asked(question: str) -> str:
    """A question after a statement about one region that asks of another region alone, without the statement
    ("Norrbotten verkar ha indikatorer … – står det något om hur Västernorrland ska följa upp sin målbild?" -> "står det
    något om hur Västernorrland ska följa upp sin målbild?"), or "" (not when it compares or asks "också")."""
    match = _SEEN_THEN_ASKED.match(question)
    if not match or _ALSO_OR_SAME.search(match["asked"]):
        return ""
    asked, said = regions_named(match["asked"]), regions_named(match["said"])
    return match["asked"].strip() if asked and said and not set(asked) & set(said) else ""


# "Barnarenan också var med och beslutade om länets målbild. När var det, och när beslutade SVOM?" (heard, the
# preamble cut): the date of what the sentence before tells was done
_DONE_THEN_WHEN = re.compile(r"^\s*(?P<said>[^.?!]{8,}?\b(?:beslutade|beslutades|antog|antogs|fattade|fattades|togs|"
                             r"infördes|införde|startade|startades|började|gjordes|hölls|fastställde|fastställdes)\b"
                             r"[^.?!]*)[.–-]\s*när\s+(?:var|skedde|hände|gjordes|blev)\s+(?:det|detta)\b(?P<rest>[^?]*)\?\s*$",
                             re.I)


# "Konstigt att ordet nära vård inte står med i den, varför har dom valt det?": why what the asker finds odd is so
_ODD_THEN_WHY = re.compile(r"^\s*(?:(?:men|och)\s+)?(?:det\s+är\s+|det\s+känns\s+)?(?:lite\s+)?(?:konstigt|märkligt|underligt|"
                           r"lustigt|udda)\s+att\s+(?P<said>[^,?.!–]{6,}?)\s*[,.!–-]\s*(?:men\s+)?varför\b[^?]*\??\s*$", re.I)


def odd_then_why(question: str) -> str:
    """Why what the asker finds odd is so ("Konstigt att ordet nära vård inte står med i den, varför har dom valt
    det?" -> "Varför ordet nära vård inte står med i den?"), or ""."""
    match = _ODD_THEN_WHY.match(question)
    return f"Varför {match['said'].strip()}?" if match else ""


def done_then_when(question: str) -> str:
    """When what the sentence before tells was done ("Barnarenan var med och beslutade om målbilden. När var det?" ->
    "När Barnarenan var med och beslutade om målbilden?"), or ""."""
    match = _DONE_THEN_WHEN.match(question)
    return f"När {match['said'].strip()}{match['rest'].rstrip()}?" if match else ""


# "Hörde på fikat att sjukhuset ska rivas, stämmer det och i så fall varför?": what the asker heard, asked whether true
_HEARSAY_CHECKED = re.compile(r"^\s*(?:(?:jag|vi)\s+)?(?:hörde|har\s+hört|fick\s+höra|läste|har\s+läst)"
                              r"(?:\s+(?:på|i|från|av|under)\s+[\w-]+(?:\s+(?!att\b)[\w-]+)?|\s+nånstans|\s+någonstans)?\s+att\s+"
                              r"(?P<said>[^?]{8,}?)\s*[,–-]\s*(?:men\s+)?stämmer\s+(?:det|detta|verkligen\s+det)"
                              r"(?P<rest>[^?]*)\?\s*$", re.I)


def hearsay_checked(question: str) -> str:
    """What the asker heard, asked as whether it is so ("Hörde på fikat att sjukhuset ska rivas, stämmer det och i så
    fall varför?" -> "Stämmer det att sjukhuset ska rivas och i så fall varför?"), or ""."""
    match = _HEARSAY_CHECKED.match(question)
    return f"Stämmer det att {match['said'].strip()}{match['rest'].rstrip()}?" if match else ""


# "Strategin har ett avsnitt som heter 'Våra varför'. Vad är tanken med …, enligt det avsnittet?": the section the
# sentence before quotes
_THAT_SECTION = re.compile(r"\b(?:det|detta|samma)\s+(?:avsnittet|avsnitt|stycket|kapitlet)\b|\bden\s+(?:delen|rubriken)\b", re.I)


def quoted_section_pointed(question: str) -> str:
    """The question whose "det avsnittet" points at a section a sentence before it quotes, asked of that section
    ("… 'Våra varför'. Vad är tanken …, enligt det avsnittet?" -> "Vad är tanken …, enligt avsnittet 'Våra
    varför'?"), or ""."""
    sentences = question_sentences(question)
    if len(sentences) < 2 or not _THAT_SECTION.search(sentences[-1]):
        return ""
    quoted = [p for s in sentences[:-1] for p in quoted_phrases(s)]
    if len(quoted) != 1:
        return ""
    return _THAT_SECTION.sub(f"avsnittet '{quoted[0]}'", sentences[-1], count=1)


# "Strategin har ett avsnitt som heter "Våra varför". Vilka skäl tar det upp …?", "Vilka skäl tar avsnittet 'Våra
# varför' upp?": what a quoted section takes up is the section, summed up
_SECTION_TAKES_UP = re.compile(r"^\s*(?:och\s+)?(?:vilka|vad|vilket|vilken)\b[^?]{0,40}?\b(?:tar|nämner|säger|beskriver|lyfter|"
                               r"handlar|tas|nämns|står)\b", re.I)
_SECTION_WORD = re.compile(r"\b(?:avsnitt\w*|rubrik\w*|kapitel|kapitlet|kapitlen)\b", re.I)


def quoted_section_summed(question: str) -> str:
    """A question of what a section quoted by its heading takes up, as a summary of that section ("Strategin har ett
    avsnitt som heter "Våra varför". Vilka skäl tar det upp …?" -> "Sammanfatta avsnittet 'Våra varför'"), or ""."""
    sentences = question_sentences(question)
    if not sentences or not _SECTION_TAKES_UP.match(sentences[-1]) or _THAT_SECTION.search(sentences[-1]):
        return ""
    own = [p for p in quoted_phrases(sentences[-1]) if _SECTION_WORD.search(sentences[-1])]
    before = [p for s in sentences[:-1] if _SECTION_WORD.search(s) for p in quoted_phrases(s)]
    if len(own) == 1:
        return f"Sammanfatta avsnittet '{own[0]}'"
    if not own and len(before) == 1 and re.search(r"\b(?:det|den)\b", sentences[-1], re.I):
        return f"Sammanfatta avsnittet '{before[0]}'"
    return ""


# "Personalen undrar varför vård ska flyttas ut från avdelningarna – vad är tanken bakom det enligt strategin?":
# what others wonder is the question (where to look may stand in the restatement after it)
# Others the asker speaks for: "Personalen undrar …", "Patienterna frågar …", "Kollegorna menar …"
_OTHERS = (r"(?:personalen|kollegorna|mina\s+kollegor|medarbetarna|patienterna|patienter|folk|många|de|dom|chefen|"
           r"min\s+chef|politikerna|anhöriga|föräldrar|brukarna|invånarna|"
           # ("Min politiker undrar vilka organ som …", "Mina kollegor på avdelningen undrar …")
           r"(?:min|mina)\s+(?!fråga\b)[a-zåäö]{4,})")
_OTHERS_ASK = re.compile(rf"\b{_OTHERS}\s+(?:\w+\s+)?(?:undrar|frågar|funderar\s+på)\s+(?:ofta|alltid|ibland|mig|oss|mycket\s+)*"
                         r"\s*(?:varför|vad|hur|när|vem|vilk\w*|om)\b", re.I)
_OTHERS_WONDER = re.compile(rf"^\s*{_OTHERS}\s+(?:undrar|frågar|funderar\s+på)\s+"
                            r"(?P<q>(?:varför|vad|hur|när|vem|vilka|vilken|vilket)\b[^?–—]+?)\s*"
                            r"(?:[–—-]\s*(?P<again>(?:vad|hur|varför)\b[^?]*?))?\s*\??\s*$", re.I)


# "Patienterna frågar ofta om de kan använda Min vård Norrbotten för att nå sjukhuset också. Vad gäller?": whether
# what they ask holds is the question
_OTHERS_ASK_WHETHER = re.compile(rf"^\s*{_OTHERS}\s+(?:undrar|frågar)\s+"
                                 r"(?:\w+\s+)?om\s+(?P<who>de|dom|man|vi|ni|\w+(?:na|en|et))\s+(?P<verb>kan|får|ska|skall|måste|"
                                 r"behöver|har|är|bör)\s+(?P<rest>[^.?!]+?)[.?!]\s*(?:vad\s+gäller|hur\s+är\s+det|vad\s+stämmer|"
                                 r"vad\s+(?:ska|skall)\s+(?:jag|vi)\s+svara|stämmer\s+det)\b[^.?!]*[?.!]?\s*$", re.I)


def others_wonder(question: str) -> str:
    """What others wonder, asked ("Personalen undrar varför X – vad är tanken bakom det enligt strategin?" ->
    "Varför X enligt strategin?"; "Patienterna frågar om de kan X. Vad gäller?" -> "Kan de X?"), or ""."""
    whether = _OTHERS_ASK_WHETHER.match(question)
    if whether:
        return f"{whether['verb'].capitalize()} {whether['who']} {whether['rest'].strip()}?"
    match = _OTHERS_WONDER.match(question)
    if not match:
        return ""
    scope = re.search(r"\b(?:enligt|i)\s+[\w\s:–-]*?(?:strategi|plan|målbild|dokument)\w*(?:\s+[\w-]+)*$", match["again"] or "",
                      re.I)
    asked = match["q"].strip()
    # (in a question's word order: "varför vård ska flyttas ut" -> "varför ska vård flyttas ut")
    asked = re.sub(r"^(varför|hur|när)\s+(\w+(?:\s+\w+){0,3}?)\s+(ska|skall|behöver|måste|bör)\s+", r"\1 \3 \2 ", asked,
                   count=1, flags=re.I)
    return f"{asked[:1].upper()}{asked[1:]}{' ' + scope.group(0) if scope else ''}?"


# "Vad ska den ge för nytta enligt planen?", "vilka fördelar …?": what a thing brings, which a sentence on what it is
# to contribute to answers ("… förväntas bidra till förbättrade kunskapsunderlag …")
_ASKS_BENEFIT = re.compile(r"\b(?:nytta|nyttan|fördel(?:ar|arna|en)?|vinst(?:er|erna|en)?|tillför\w*|"
                           r"vad\s+(?:ska|kan|skulle)\s+(?:den|det|de|dom)\s+(?:ge|leda\s+till|bidra\s+(?:med|till)))\b", re.I)


def asks_benefit(question: str) -> bool:
    """Whether a question asks what a thing brings ("Vad ska den ge för nytta?")."""
    return bool(_ASKS_BENEFIT.search(question))


def says_why(question: str) -> bool:
    """Whether a question asks why anywhere in it ("… ska rivas har jag hört, varför då?")."""
    return bool(re.search(r"\b(?:varför|why)\b", question, re.I))


_GIVES_CAUSE = re.compile(r"\b(?:på\s+grund\s+av|eftersom|därför\s+att|till\s+följd\s+av|beror\s+på|orsakas\s+av)\b", re.I)


def gives_cause(text: str) -> bool:
    """Whether a line says what caused a thing ("… kommer att rivas på grund av gruvbrytning …"), not only what it
    is for ("Fem strategier för att nå målet")."""
    return bool(_GIVES_CAUSE.search(text))


def gives_reason(text: str) -> bool:
    """Whether a line gives a reason in so many words ("… för att …", "eftersom …", "Syftet är …")."""
    return bool(_GIVES_REASON.search(text))


# What a thing brings about, which a why is answered by: "Kontinuitet i vårdkontakterna skapar goda relationer som ger
# både tillit och trygghet …", "En hög kontinuitet ökar förutsättningarna för god och säker vård …"
_STATES_EFFECT = re.compile(r"\b(?:skapar|ger|ökar\s+förutsättningarna|stärker|minskar|förbättrar|underlättar|möjliggör)\b",
                            re.I)


def answers_why(text: str) -> bool:
    """Whether a sentence gives a reason or tells what a thing brings about."""
    return gives_reason(text) or bool(_STATES_EFFECT.search(text))


# "vem påverkas av cosmic?", "vilka berörs av det?", "who is affected by it?": whom a thing touches …
_ASKS_AFFECTED = re.compile(r"\b(?:vem|vilka|vilken|vilket|who|which)\s+(?:[\w-]+\s+){0,4}?(?:påverkas|berörs|omfattas|drabbas|"
                            # ("Which parts of the organisation will be affected by it?", read "Which delar … will påverkar")
                            r"(?:is|are|will\s+be|would\s+be)\s+(?:affected|touched|impacted)|will\s+påverkar)\b", re.I)
# … which a sentence that says what it touches answers ("Införandet påverkar samtliga verksamheter …")
_SAYS_AFFECTS = re.compile(r"\b(?:påverkar|berör|omfattar|gäller\s+(?:alla|samtliga|hela))\b", re.I)


def asks_affected(question: str) -> bool:
    """Whether a question asks whom a thing touches ("vem påverkas av cosmic?")."""
    return bool(_ASKS_AFFECTED.search(question))


def says_affects(text: str) -> bool:
    """Whether a sentence says what a thing touches ("Införandet påverkar samtliga verksamheter …")."""
    return bool(_SAYS_AFFECTS.search(text))


# "Vad heter hållbarhetsstrategin?", "Vad kallas planen för tillgänglighet?": the thing whose name is asked; a line
# opening with it is its name ("Hållbarhetsstrategi – Region Norrbotten har en verksamhet att lita på")
_NAME_OF = re.compile(r"\b(?:vad|hur)\s+(?:heter|kallas|benämns)\s+(?:den\s+|det\s+|de\s+)?(?P<noun>\w{5,})\b", re.I)


def name_asked_of(question: str) -> str:
    """The thing a "Vad heter X?" question asks the name of ("hållbarhetsstrategin"), or ""."""
    match = _NAME_OF.search(question)
    return match["noun"] if match and match["noun"].lower() not in QUESTION_WORDS else ""


def asked_what_was(question: str) -> str:
    """The noun a "Vad var X när/för …?" question asks what it was ("utgångspunkten"), or ""."""
    match = _WHAT_WAS.match(question)
    return match["noun"] if match and match["noun"].lower() not in QUESTION_WORDS else ""


_ACCORDING_TO = re.compile(r"\benligt\s+(?:den\s+|det\s+)?(?:\w+s\s+|\w+a\s+)?(?:strategi|plan|verksamhetsplan|målbild|"
                           r"färdplan|artikel|broschyr|dokument)\w*|"
                           # ("Vilka exempel ger nämndens verksamhetsplan?": the document gives what is asked)
                           r"\b(?:ger|nämner|listar|anger|räknar\s+upp)\s+(?:den\s+|det\s+)?(?:\w+s\s+|\w+a\s+)?"
                           r"(?:strategi|plan|verksamhetsplan|målbild|färdplan|artikel|broschyr)\w*", re.I)


def according_to(question: str) -> bool:
    """Whether a question asks what one document says ("… enligt strategin?", "enligt nämndens plan", "vilka exempel ger
    planen?")."""
    return bool(_ACCORDING_TO.search(question))


# "kan du förklara dem?", "can you explain them in simple words?": what each thing the earlier answer listed means
_EXPLAIN_THEM = re.compile(r"\b(?:förklara|beskriv|beskriva|utveckla)\s+(?:\w+\s+)?(?:dem|dom|dessa|de|var\s+och\s+en)\b|"
                           r"\bexplain\s+(?:them|those|these|each)\b|\bvad\s+(?:betyder|innebär)\s+(?:dem|dom|dessa|de)\s*\??\s*$",
                           re.I)


def asks_explained(question: str) -> bool:
    """Whether a follow-up asks what each thing the earlier answer listed means ("kan du förklara dem?")."""
    return bool(_EXPLAIN_THEM.search(question))


def about_asker(sentence: str) -> bool:
    """Whether a sentence is about the asker ("Jobbar i Västernorrland.", "jag är ny som undersköterska")."""
    return bool(_ABOUT_ME.match(_GREETING.sub("", sentence.strip())))


_ASKING_START = re.compile(
    r"^\s*(vad|vem|vilka|vilken|vilket|hur|varför|när|var|finns|är|ska|kan|har|får|gäller|ingår|ansvarar|står|nämns|"
    r"sammanfatta|summera|förklara|beskriv|berätta|jämför|lista|räkna upp|nämn|ge|visa|punkta|"
    r"what|who|which|how|why|when|where|is|are|does|do|can|summari[sz]e|explain|describe|list|tell|"
    r"give\s+(?:some\s+|a\s+few\s+)?examples)\b", re.I)
# ("När jag pratar med folk undrar dom …": a clause of time, not a question)
_WH_START = re.compile(r"^\s*(?:(?:och|men|o|å)\s+)?(?:vad|vem|vilka|vilken|vilket|hur|varför|när(?!\s+(?:jag|vi|man|dom|de|folk|patienter\w*)\s+\w+(?:r|de|te)\b))\b",
                       re.I)


def whole_question(text: str) -> bool:
    """Whether a sentence is a whole question: its asking word or its verb first ("Och måste jag kunna bemöta patienter
    på samiska?"), not a bare thing asked of as the question before ("och under öppnare vårdformer?")."""
    return bool(_WH_START.match(text)) or yes_no_asked(text)


# "bland vilka mest, o hur stor del av dom långa sjukskrivningarna beror på …": a sentence typed without "?" that
# asks all the same, by a question word after a preposition or after ", o"
_WH_INSIDE = re.compile(r"^\s*(?:bland|för|av|i|hos|inom)\s+(?:vilka|vilken|vilket)\b|,\s*(?:och|o|å)\s+(?:vad|vem|vilka|"
                        r"vilken|vilket|hur|varför|när)\s+\w+", re.I)
# "… konkret? står det nåt om att specialister ska ha mottagning ute på hälsocentralerna": whether a thing is said, typed
# without "?" after a question
_MENTION_ASKED_AFTER = re.compile(r"^\s*(?:(?:och|men|o|å)\s+)?(?:står|nämns|sägs)\s+det\s+(?:något|nåt|nånting|några)\s+om\s+"
                                  r"\S+(?:\s+\S+){2,}[^.!]*$", re.I)
# "och när antogs den", "vem beslutade det": when or who of the thing just asked of, typed without "?"
_WHEN_OR_WHO_OF_IT = re.compile(r"^\s*(?:(?:och|men|o|å)\s+)?(?:när|vem|vilka)\s+\w+\s+(?:den|det|dom|de)\b[^.!]*$", re.I)
_IMPERATIVE = re.compile(r"^\s*(sammanfatta|summera|förklara|beskriv|berätta|jämför|lista|räkna upp|nämn|ge mig|visa|punkta|"
                         r"ge\s+(?:oss\s+)?(?:en\s+|ett\s+)?(?:kort\s+|snabb\s+|kortfattad\s+)?(?:sammanfattning|överblick|översikt)|"
                         r"ge\s+(?:gärna\s+)?(?:några\s+|ett\s+par\s+)?exempel|give\s+(?:some\s+|a\s+few\s+)?examples|"  # ("… ? Ge exempel.")
                         r"summari[sz]e|explain|describe|list|tell)\b", re.I)
_QUESTION_SENTENCE = re.compile(r"(?<=[.!?:])\s+")


def _names_a_thing(sentence: str) -> bool:
    """Whether a sentence names something of its own (a longer word that is no question word and no verb):
    "vad kan patienterna göra där" does, "vad är skillnaden, vem gör vad" and "vad händer då" do not."""
    return any(len(w) >= THING_LETTERS and fold(w.lower()) not in _FOLDED_QUESTION_WORDS and not verb_like(w)
               and w.lower() not in _NO_THING for w in re.findall(r"\w+", sentence))


# Words that restate a question rather than name a thing of their own ("vad är regionens linje?")
_NO_THING = {"regionen", "regionens", "region", "linje", "linjen", "hållning", "hållningen", "policy", "policyn",
             "nuförtiden", "egentligen", "alltså", "ungefär"}

THING_LETTERS = 5  # letters: a shorter word names no thing of its own

_ABBREVIATION_END = re.compile(r"\b(t\.ex|bl\.a|d\.v\.s|dvs|osv|m\.m|s\.k|ca|etc|e\.g|i\.e|nr|jfr|resp|tex)\.$", re.I)


# "På en ledardag pratade de om regionens verksamhetsmodell som ett hus – hur är den uppbyggd …?": a statement and,
# after a dash, a question pointing back at what it told: two sentences
_TOLD_THEN_ASKED = re.compile(r"(?<=[^?]{12})\s+[–-]\s+(?=(?:hur|vad|vilka|vilken|vilket|när|varför|vem)\s+[^?–]*"
                              r"\b(?:den|det|dem|dom|de)\b[^?–]*\?\s*$)", re.I)


# "hur är den uppbyggd …?": how a thing pointed at is
_HOW_IS_IT = re.compile(r"^\s*(?:och\s+)?hur\s+(?:är|var|blir|ser|fungerar|funkar)\s+(?P<it>den|det|dom|de)\b"
                        r"(?!\s+(?:som|att|här|där)\b)", re.I)


# "Både länsstrategin för nära vård och nämndens verksamhetsplan räknar upp fyra riktningsförändringar.": two documents
# that each name a set of things; "Är det samma fyra, eller skiljer de sig åt?" asks whether the sets are the same
_BOTH_LIST = re.compile(r"^\s*(?:både\s+)?(?P<a>[^,.?]{3,60}?)\s+(?:och|liksom)\s+(?P<b>[^,.?]{3,60}?)\s+(?:räknar\s+upp|listar|"
                        r"har|nämner|tar\s+upp|beskriver|pratar\s+om)\s+(?:(?:\w+|\d+)\s+)?(?P<x>[^\W\d]{5,})\s*\.?\s*$", re.I)
_SAME_ONES = re.compile(r"\b(?:samma|skiljer|skillnad\w*|likadana|lika)\b", re.I)


def question_sentences(text: str) -> list[str]:
    """The sentences of a typed question; an abbreviation ("t.ex.", "bl.a.") ends none, nor does a colon
    before a question's own list ("… i respektive län: Norrbotten, Jämtland Härjedalen och Västernorrland?")."""
    out: list[str] = []
    pieces = _QUESTION_SENTENCE.split(text.strip())
    told = _TOLD_THEN_ASKED.search(pieces[-1]) if pieces else None
    # (people's talk, not a document's: "Strategin pratar om patientkontrakt – hur hänger det ihop med …?" is one question)
    if told and _TALKED_OF_BEFORE.search(pieces[-1][:told.start()]) and not _ASKING_START.match(pieces[-1]) \
            and _HOW_IS_IT.match(pieces[-1][told.end():]):
        pieces[-1:] = [f"{pieces[-1][:told.start()]}.", pieces[-1][told.end():]]
    for piece in pieces:
        if out and (_ABBREVIATION_END.search(out[-1]) or (out[-1].rstrip().endswith(":") and _ASKING_START.match(out[-1]))):
            out[-1] = f"{out[-1]} {piece}"
        elif piece.strip():
            out.append(piece)
    return out

_SUMMARY = re.compile(
    r"\b(sammanfatta\w*|sammanfattning\w*|summera\w*|summering|kort om|översikt\w*|överblick|huvuddrag\w*|"
    r"(?<=\bge mig )[^?]*\bi korthet|"  # ("ge mig norrbottens gemensamma målbild i korthet, hela broschyren")
    # (a title may be quoted: 'vad handlar broschyren "Vår gemensamma målbild i Norrbotten" om?')
    r"vad (står|sägs|skrivs) det ((?:mer |lite )?(?:exakt|närmare|konkret|mer|egentligen|precis) )?(om|i|under)(?! att\b)|"
    r"vad (står|sägs) i|"  # ("vad står det mer exakt om arbetsmiljödelen?")
    # (not what it says one must do: "Vad säger planen att man behöver veta mer om för att …?" asks for that)
    r"vad (säger|skriver) [\w:–”\"“'-]+( (?!att\b)[\w:–”\"“'-]+){0,7} om(?! att\b)|"
    # the same asked indirectly: "(jag undrar) vad nämnden skriver om psykisk hälsa"
    r"vad [\w:–-]+( [\w:–-]+){0,3} (säger|skriver|tar upp) om(?! att\b)|"
    r"vad handlar [\w:”\"“'-]+( [\w:–”\"“'-]+){0,8} om|vad tar [\w:]+( [\w:]+){0,4} upp|"
    r"berätta (kort )?om|ge en bild av|vad är (det )?viktigast\w* (i|med)|"
    # "Vad är huvudpoängen med Västernorrlands målbild?": its main points, the outline
    r"vad är (?:själva |den )?(?:huvudpoäng\w*|poängen|huvudbudskap\w*|huvudsaken)(?: (?:med|i)\b|(?=\s*\??\s*$))|"
    # "kan du utveckla det där om ledarskapet?", "berätta mer om …": more of what was said of a topic
    r"(?:utveckla|fördjupa|förtydliga)\s+(?:det|den|lite)?\s*(?:där|här)?\s*om|(?:berätta|säga|säg) (?:lite )?mer om|"
    # "vilka rubriker finns i målbilden?", "vilka områden/rubriker …": the document's outline
    r"vilka (?:rubriker|avsnitt|kapitel)|"
    # "Hur beskriver dokumenten att kommuner och region delar på ansvaret …?": what all of them say of it
    r"hur (?:beskriver|beskrivs i|skriver|tar) (?:de olika |alla )?(?:dokumenten|styrdokumenten|materialet|texterna)\b|"
    # "Tar något av dokumenten upp nationella minoriteter?", "Finns det något om X i planen?",
    # "Nämns samer någonstans?": whether and what the documents say of a topic, which is what they say of it
    r"^\s*(?:och\s+)?tar\s+[\w:–-]+(?:\s+[\w:–-]+){0,3}\s+upp\b|^\s*(?:och\s+)?finns\s+det\s+(?:något|nåt|mycket)\s+"
    r"(?:skrivet\s+)?om\b(?!\s+(?:när|hur|vem|vilka|vilken|varför|var|hur\s+många)\b)|^\s*(?:och\s+)?nämns\b[^?]*\b(?:någonstans|i\s+(?:något|nåt|några)\s+av\s+(?:dokumenten|styrdokumenten))|"
    # "Nämns rehabilitering i strategin?": whether and what a named document says of it
    r"^\s*(?:och\s+)?nämns\s+[\w-]+(?:\s+[\w-]+)?\s+i\s+(?:\w+\s+)?(?:strategin|planen|verksamhetsplanen|målbilden|dokumenten|"
    r"styrdokumenten|broschyren|artikeln|presentationen)\b|"
    # "Vad innehåller strategin?", "Vad ingår i Norrbottens målbild?": a document's contents are its summary
    r"vad\s+(?:innehåller|ingår\s+i|omfattar)\s+(?:den\s+|det\s+)?(?:[\w-]+s\s+)?(?:\w+\s+)?(?:strategi|verksamhetsplan|plan|"
    r"målbild|broschyr|dokument|presentation|artikel)\w*(?:\s+(?:i|för)\s+(?:norrbotten|jämtland|härjedalen|västernorrland|regionen|länet)[\w\s-]{0,20}?)?"
    r"(?=\s*\??\s*$)|"
    # "Vad säger inledningen i korthet?", "… i stora drag": a summary asked by how short
    r"vad (?:säger|står|handlar|tar)\b[^?]{0,60}?\b(?:i korthet|kortfattat|i stora drag|i grova drag)|"
    r"summari[sz]e|summary|overview|what does \w+( \w+){0,4} say about)\b", re.I)
_CONTRAST = re.compile(
    r"\b(skillnad(en|er|erna)?|skiljer|skilja|olikheter(na)?|difference|differ)\b[^?]*?\b(mellan|på|between)\b"
    r"\s+(?P<a>[^?,.]+?)(?<!-)\s+(och|o|resp(ektive|\.)?|and|vs\.?|mot)\s+(?P<b>[^?,.]+?)\s*(?:[?,.!]|$)", re.I)
_CONTRAST_FROM = re.compile(
    r"\b(?:skiljer|skilja|differs?)\s+(?:sig\s+)?(?P<a>[^?,.]+?)\s+(?:sig\s+)?(?:från|mot|from)\s+(?P<b>[^?,.]+?)\s*(?:[?,.!]|$)",
    re.I)
# "X har både en målbild och en färdplan, vad är skillnaden?", "Varför finns både A och B …, vad skiljer dem åt?"
_CONTRAST_BOTH = re.compile(
    r"\bbåde\s+(?P<a>[^?,.]+?)(?<!-)\s+och\s+(?P<b>[^?,.]+?)\s*[,?.–-].*?\b(skillnad(en|er|erna)?|skiljer|skilja|"
    r"vad är vad|vilken är vilken|samma\s+sak|samma\s+grej)\b", re.I)  # ("… pratar om både en målbild och en färdplan.
# Vad är vad?", "… både målbild och färdplan för nära vård här – är inte det samma sak?")
# "Personcentrering och delaktighet, är inte det samma sak? vad är skillnaden": two concepts first, the difference after
# ("malbild vs fardplan i jamtland, ar inte det samma sak??")
_CONTRAST_FIRST = re.compile(
    r"^\s*(?!(?:vad|hur|vilk\w*|när|var|vem|varför|är|kan|finns|jag|vi|hej)\b)(?:[^?,.]*?\b(?:om|kring)\s+)?"
    r"(?P<a>(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:och|vs\.?|versus|kontra)\s+(?P<b>(?:[\w-]+\s+){0,2}?[\w-]+)"
    r"(?:\s+(?:låter|är|verkar|känns|blir)\b[^?,–-]*)?\s*[,?–-].*?\b(?:skillnad(?:en|er|erna)?|skiljer|samma sak)\b", re.I)
# "Vad skiljer målbild och färdplan åt?", "Hur skiljer sig X och Y åt i …?"
_CONTRAST_APART = re.compile(
    r"\b(?:skiljer|skilja)\s+(?:sig\s+)?(?P<a>[^?,.]+?)(?<!-)\s+(?:och|o)\s+(?P<b>[^?,.]+?)\s+åt\b", re.I)
_PRONOUN = {"det", "den", "dem", "de", "dessa", "detta", "denna", "it", "they", "this", "that", "them"}
_CONTRAST_LEADING = re.compile(r"^\s*(?P<a>[^?]+?)\s+(vs\.?|kontra|versus)\s+(?P<b>[^?]+?)\s*\??\s*$", re.I)
_ALIKE = re.compile(r"\b(?:lika|likhet\w*|gemensam\w*|samma|skilj\w*|olik\w*|differ\w*|alike|common)\b", re.I)
_COMPARE = re.compile(r"\b(jämför\w*|skillnad\w*|skiljer|respektive|likheter|olika (län|regioner|dokument)\w*|"
                      # "Hur tar målbilderna i de tre länen upp …?": each county's, side by side
                      r"(?:de|alla)\s+(?:tre|olika)\s+(?:länen|regionerna)|"
                      # "Är det samma riktningsförändringar i planen som i strategin?" (not "i samma avsnitt som …")
                      r"samma (?!(?:avsnitt|del|delen|stycke|kapitel|ställe|rubrik)\b)\w+(?: \w+){0,8} som|"
                      # "Vilka förutsättningar … enligt strategin, och säger nämndens plan samma sak?" (after what the
                      # first document says, in the same question: not a follow-up's "och hur beskriver X samma sak?")
                      r",\s*(?:och\s+)?(?:säger|skriver|tycker|beskriver)\s+(?:\w+\s+){0,3}?samma\s+(?:sak|saker)|"
                      r"compare|comparison|difference\w*)\b", re.I)
# "Vad kan vi jobba med …?": what to work with (the verbs go in at {})
# ("Vilka konkreta saker kan vi jobba med för att …?" too)
# (in a clause's order too: "… lista på vad vi chefer ska jobba med …")
_WORK_WITH = (r"(?:vad|vilka(?: \w+)?? (?:saker|grejer|områden|insatser|exempel|aktiviteter)) (?:(?:kan|ska|bör|behöver) "
              r"(?:vi|man|jag|ni)|(?:vi|man|jag|ni)(?: \w+)? (?:kan|ska|bör|behöver)) (?:\w+ )?(?:{}) med")
_LIST = re.compile(
    r"\b(vilka|lista|räkna upp|nämn|ingår|exempel|punkter|delar|strategier|uppgifter|uppdrag|"
    rf"prioriteringar|förutsättningar|ansvar\w*|which|list|examples|what are|responsib\w*|{_WORK_WITH.format('jobba|arbeta')})\b",
    re.I)
_ASKS_WORK = re.compile(rf"\b{_WORK_WITH.format('jobba|arbeta|göra')}\b|"
                        # ("vilka exempel på områden att arbeta med finns för det?": the documents' own words)
                        r"\bområden\s+att\s+(?:jobba|arbeta)\s+med\b", re.I)


def asks_work(question: str) -> bool:
    """"Vad kan vi jobba med …?": what to work with (a section's "Exempel på områden att arbeta med")."""
    return bool(_ASKS_WORK.search(question))
_REVERSE = re.compile(r"\b(vilken|vilket|under vilken|which)\b.*\b(passar|hör|tillhör|ingår|hamnar|faller|räknas|sorterar|"
                      r"belong|fit|fall)|"
                      # "Under vilken riktningsförändring nämns SIP?": where it is placed
                      r"\bunder\s+(?:vilken|vilket)\s+\w+\s+(?:nämns|står|finns)\b|"
                      # "vi har börjat med mobila team …, vilken av riktningsförändringarna är det vi jobbar med då?"
                      r"\b(?:vilken|vilket)\s+(?:av\s+[\w-]+\s+)?(?:är|e)\s+det\s+(?:som\s+)?(?:vi|jag|man|ni)\s+"
                      r"(?:jobbar|arbetar|håller\s+på)\s+med\b", re.I)
# "… dela lokaler och personal. Passar det in någonstans i strategin?": where a thing the asker does fits in, answered
# by the place the documents name it, a list line too
_WHERE_FITS = re.compile(r"\b(?:passar|hör)\s+(?:det|detta|den|dom|de|vi|det\s+här|det\s+vi\s+gör)\s+(?:in|hemma)\b", re.I)


def asks_where_fits(question: str) -> bool:
    """Whether a question asks where a thing fits in the documents ("Passar det in någonstans i strategin?")."""
    return bool(_WHERE_FITS.search(question))


# "Vilken av Jämtland Härjedalens strategier handlar om digitala hjälpmedel?": which of a list a thing belongs to
# ("Vilken del av Norrbottens målbild är det som handlar om …?": which part of a document)
# ("Vilken princip i den etiska plattformen handlar om kostnader?": which one of a thing's parts)
_REVERSE_OF = re.compile(r"\b(?:(?:vilken|vilket|vilka|which)\s+(?:(?:del|delar|punkt|punkter|rubrik|avsnitt|part)\s+)?"
                         r"(?:av|of)|(?:vilken|vilket)\s+\w+\s+i|"
                         # ("Vilken riktningsförändring handlar om digitala lösningar?": one of a list's things, named
                         # by its kind; not a document or a body, which are no list's items)
                         r"^\s*(?:och\s+)?(?:vilken|vilket)\s+(?!(?:dokument|text|region|kommun|nämnd|myndighet|organisation)\w*\b)"
                         r"[^\W\d_]{6,}(?=\s+(?:mest\s+|främst\s+)?(?:handlar om|tar upp)\b))\b[^?]*?"
                         r"\b(?:handlar(?:\s+(?:mest|främst|särskilt))?\s+om|gäller|tar(?:\s+(?:mest|främst))?\s+upp|rör|"
                         r"is about|deals with|covers?)\s+(?P<topic>[^?]+)", re.I)


# "jag har hört om SAM-modellen för barn och unga, vilken av riktningsförändringarna hör den till?": the thing
# said first, then asked about
_THING_THEN_WHICH = re.compile(r"^(?P<thing>[^?.]+?)\s*[,–:.-]\s*(?:och\s+)?(?:under\s+)?(?:vilken|vilket|which)\b", re.I)
_HEARD_OF = re.compile(r"^\s*(?:(?:jag|vi)\s+(?:har\s+)?(?:hört|läst|sett|börjat|jobbar|arbetar)\s+(?:talas\s+)?(?:om|med)\s+)", re.I)
_PLACED = re.compile(r"\b(?:passar|hör\s+till|tillhör|hamnar|ingår|räknas)\s+(?P<thing>[^?]+)", re.I)
# "Vilken riktningsförändring hör SIP till?", "Under vilken riktningsförändring nämns SIP?", "Nämns SIP i
# länsstrategin, och under vilken riktningsförändring i så fall?": the thing said between the words that place it
_PLACED_AROUND = re.compile(r"\b(?:hör|räknas)\s+(?P<a>(?!(?:till|den|det|de|dem|dom|dessa|detta|denna)\b)[^?]+?)\s+"
                            r"(?:till|in)\s*[?.!]*\s*$|"
                            r"\b(?:under|i)\s+(?:vilken|vilket)\s+\w+\s+(?:nämns|står|finns|hamnar)\s+(?P<b>[^?]+?)\s*[?.!]*\s*$|"
                            r"^\s*(?:nämns|finns|står)\s+(?P<c>[\w-]+(?:\s+[\w-]+)?)\s+(?:med\s+)?i\s+[^,?]+,\s*(?:och\s+)?"
                            r"(?:i\s+så\s+fall\s+)?(?:under|i)\s+(?:vilken|vilket)\b", re.I)


def reverse_thing(question: str) -> str:
    """The thing a reverse lookup asks to place ("jag har hört om SAM-modellen för barn och unga, vilken av
    riktningsförändringarna hör den till?" -> "SAM-modellen för barn och unga"; "Vilken riktningsförändring
    passar mobila team?" -> "mobila team"), or ""."""
    around = _PLACED_AROUND.search(question)
    if around:
        return next(m for m in (around["a"], around["b"], around["c"]) if m).strip(" .!")
    match = _THING_THEN_WHICH.match(question)
    if match:
        return _HEARD_OF.sub("", match["thing"]).strip()
    match = _PLACED.search(question)
    # (less the document it is placed in: "Vilken riktningsförändring passar SIP i strategin?" places "SIP")
    return re.sub(r"\s+(?:i|enligt)\s+(?:den\s+)?(?:\w+s\s+|\w+a\s+)?(?:länsstrategi|strategi|verksamhetsplan|plan|målbild)\w*$", "",
                  match["thing"].strip(" .!"), flags=re.I) if match else ""


def placed_of_it(question: str, thing: str) -> str:
    """A reverse lookup placing "det" asked of the thing the thread named ("Står det något om SIP i strategin?" + "Vilken
    riktningsförändring passar det?" -> "Vilken riktningsförändring passar SIP?"), or ""."""
    placed = reverse_thing(question)
    if not thing or placed.lower() not in _POINTING_TOPIC:
        return ""
    at = question.rfind(placed)
    return f"{question[:at]}{thing}{question[at + len(placed):]}"


def reverse_topic(question: str) -> str:
    """What a "Vilken av X handlar om Y?" question asks to place (Y), or ""."""
    match = _REVERSE_OF.search(question)
    return match["topic"].strip(" .!") if match else ""


_FOR_WHOM_IT_MATTERS = re.compile(r"\bför\s+vilka\s+\w+\s+är\s+det\s+(?:allra\s+|extra\s+|särskilt\s+|mest\s+)?"
                                  r"(?:viktig\w*|angelägen\w*|angeläget|nödvändig\w*)\b", re.I)
_ONE_ABSTRACT = re.compile(r"^\s*(?:och\s+)?(?:vilket|vilken)\s+(?:ansvar|ansvaret|uppdrag|roll|uppgift|betydelse|syfte)\b", re.I)


def asks_one_abstract(question: str) -> bool:
    """Whether a question asks for one responsibility, task or role ("Vilket ansvar har nämnden för …?"): answered
    by what is said of it, in whatever words (a task, "Säkerställa genomförandet …"), not a list of "ansvar"."""
    return bool(_ONE_ABSTRACT.match(question))


_GOAL_FOR_PEOPLE = re.compile(r"^\s*(?:och\s+)?vad\s+är\s+(?:egentligen\s+|då\s+)?(?:målet|syftet)\s+för\s+(?:dem|de|dom|personer|"
                              r"patienter|patienterna|människor|barn|äldre|alla|invånarna|den\s+som|de\s+som)\b", re.I)
_YESNO = re.compile(r"^\s*(är|finns|ska|kan|har|ansvarar|ingår|gäller|får|måste|behöver|bör|omfattar|påverkar|berör|"
                    r"is|are|does|do|did|can|should|has|have|was|were|will)\b", re.I)
_LEADING_CONJUNCTION = re.compile(r"^\s*(?:and|but|so|och|men|så)\s+", re.I)
# "nämnden ansvarar väl för vårdval primärvård?": a statement with "väl" after its verb, asked to be confirmed
_TAG_QUESTION = re.compile(r"^\s*(?!(?:vad|vem|vilk\w*|hur|när|var|varför)\b)[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?\s+"
                           r"(?:ansvarar|är|har|ska|kan|finns|gäller|ingår|får|måste)\s+väl\b", re.I)


def yes_no_asked(question: str) -> bool:
    """Whether a question opens on its verb, after an "and" too ("And has their attitude changed over time?"); not a
    request ("Can you explain how …?", "Kan du berätta …?")."""
    asked = _LEADING_CONJUNCTION.sub("", question)
    return bool(_YESNO.match(asked)) and not _REQUEST.match(asked)  # (one home: "Kan du jämföra …?")


_WHAT = re.compile(r"^\s*(vad (är|innebär|betyder|menas med|avses med|menar (?:man|de|dom|ni|vi) med|står \S+ för|är det för|"
                   # (not what a document says must be done: "Vad säger planen att regionen är skyldig att göra …?")
                   r"säger(?![^?]*\bom att\b)(?!\s+(?:[\w-]+\s+){1,4}?att\b)|går [^?]{1,80}? ut på|[^?]{1,80}? går ut på)|förklara|"
                   r"hur (?:definieras|definierar \w+|beskrivs)|"  # "Hur definieras hälsofrämjande hälso- och sjukvård …?"
                   r"vad har (?:vi|ni|de|dom) för (?=[^?]*\b(?:målbild|vision|strategi|plan)\w*\b)|"  # "Vad har vi för gemensam målbild …?"
                   r"what (is|are|does)|explain|define)\b", re.I)
_DEFINE_ASK = re.compile(r"^\s*(?:vad är det för|vad (?:är|innebär|betyder|menas med|avses med|menar (?:man|de|dom|ni|vi) med|står)|"
                         r"förklara|hur definieras|hur definierar \w+|hur beskrivs)\s+"
                         # ("Vad menar de med det där om ledarskapet då?": the thing the earlier answer only named)
                         r"(?:egentligen\s+|riktigt\s+)?(?:det (?:där |här )?om (?:att )?)?"
                         r"(?:(?:det|den|de|dom) där |en |ett |det |den |de |begreppet |ordet |termen )?"
                         r"(?P<term>[^?!]+)", re.I)
_GOES_OUT_ON = re.compile(r"^\s*vad (?:går (?:egentligen\s+)?(?P<term>[^?!]+?) ut på|(?P<subject>[^?!]+?) "
                          r"(?:egentligen\s+)?går ut på)\b", re.I)  # "vad går målbilden ut på?", "(undrar) vad målbilden går ut på"
_TERM_END = re.compile(r"[,.;:?!]|\s+(?:i|enligt|inom|hos|på|för|när det gäller|egentligen|alltså|förresten|då|nu|där|här|som|typ|"
                       r"rent|konkret|praktiskt|ur)\b|\s+för\b|"
                       r"\s+(?:och|and)\s+(?:vad|vilka|vilken|vilket|hur|när|vem|what|which|how)\b",  # "… och vilka exempel finns?"
                       re.I)  # "… patientkontraktet som alla pratar om" ends at "som"


def asked_acronym(question: str) -> str:
    """The acronym a question asks to have spelled out ("… SVOM … vad står den för?"), or ""."""
    match = re.search(r"\b([A-ZÅÄÖ]{2,6}\d?)\b.*\b(står (?:den|det|de) för|betyder (?:den|det))\b", question) or \
        re.search(r"\b(?:står|betyder)\s+(?:förkortningen\s+|akronymen\s+)?([A-ZÅÄÖ]{2,6}\d?)(?:\s+\w+){0,4}?\s+för\b", question) or \
        re.search(r"\b(?:förkortningen|akronymen)\s+([A-ZÅÄÖ]{2,6}\d?)\b", question) or \
        re.search(r"\b([A-ZÅÄÖ]{2,6}\d?)\s+(?:en\s+)?(?:förkortning|akronym)\s+(?:för|på)\b", question) or \
        re.search(r"\bdoes\s+([A-Z]{2,6}\d?)\s+(?:stand for|mean)\b", question)  # "What does SIP stand for …?"
    return match.group(1) if match else ""


_LEADING_AND = re.compile(r"^\s*(?:(?:och|å|o|men|ok|okej|jaha)\b[\s,]+)+(?=(?:vad|vem|vilka|vilken|vilket|hur|när|varför)\b)", re.I)


_QUOTED_TERM = re.compile(r"^\s*(?:(?:begreppet|uttrycket|ordet|formuleringen|inriktningen)\s+)?['’”\"“«](?P<term>[^'’”\"“«»]{3,60})['’”\"“»]")


def defined_term(question: str) -> str:
    """The term a "Vad är X?" question asks to have explained ("Vad menas med hälsofrämjande hälso-
    och sjukvård?" -> "hälsofrämjande hälso- och sjukvård"), or ""."""
    acronym = asked_acronym(question)
    if acronym:  # "Jag ser förkortningen SVOM överallt – vad står den för?"
        return acronym
    question = restore_letters(question)
    question = _LEADING_AND.sub("", question)  # "och vad innebär ökad kontinuitet?": the follow-up's "och"
    match = _GOES_OUT_ON.match(question) or _DEFINE_ASK.match(question)
    if not match:
        return ""
    said = match.group("term") or (match.groupdict().get("subject") or "")
    # (a term in quotes is the whole quote: "Vad menas med 'digitalt i första hand, fysiskt vid behov'?")
    quoted = _QUOTED_TERM.match(said)
    quoted = quoted if quoted and " " in quoted["term"].strip() else None  # (one quoted word: "the 'house' in …")
    term = quoted["term"].strip() if quoted else _TERM_END.split(said, maxsplit=1)[0].strip(" ”\"'“")
    term = re.sub(r"\s+(för något|för nåt|för)$", "", term, flags=re.I)
    # ("Vad betyder strategin 'ökad kontinuitet' …?": the thing quoted, not what kind of thing it is)
    term = re.sub(r"^(?:strategin|punkten|begreppet|uttrycket|ordet|rubriken|delområdet|riktningsförändringen|"
                  r"förutsättningen|perspektivet)\s+['’”\"“]", "", term, flags=re.I).strip(" ”\"'“’")
    if re.match(r"(?:rent|konkret|praktiskt|egentligen|typ|alltså|för\s+(?:mig|oss))\b", term, re.I):
        return ""  # "vad innebär det rent praktiskt?": the "det" asked about, no term of its own
    return term if 2 < len(term) <= 60 else ""


def term_forms(term: str) -> list[str]:
    """A term as asked, without its definite ending ("patientkontraktet" -> "patientkontrakt") and, for an
    adjective and a noun, with the adjective in the plural ("fast vårdkontakt" -> "fasta vårdkontakt")."""
    forms = [term]
    for ending in ("erna", "arna", "orna", "et", "en", "na"):
        if term.lower().endswith(ending) and len(term) - len(ending) >= 5:
            forms.append(term[:-len(ending)])
            break
    words = term.split()
    if len(words) == 2 and len(words[0]) >= 3 and words[0].isalpha() and not words[0].lower().endswith(("a", "e")):
        forms.append(f"{words[0]}a {words[1]}")  # its adjective in the plural: "fast vårdkontakt" -> "fasta vårdkontakter"
    way = re.fullmatch(r"(\w{4,}er)(?:at|ad|ade)\s+(?:arbetssätt|förhållningssätt|vård|synsätt)", term, re.I)
    if way:  # "personcentrerat arbetssätt" is what the documents define as "personcentrering"
        forms.append(f"{way.group(1)}ing")
    return forms


# The head of a role word and the first parts that say nothing of where one works ("sjuk-", "under-")
_ROLE_HEADS = ("sköterska", "läkare", "terapeut", "kurator", "psykolog", "chef", "handläggare", "hygienist", "pedagog")
_NO_SETTING = {"sjuk", "under", "verksamhets", "enhets", "bistånds", "över", "bitr", "biträdande"}


@functools.lru_cache(maxsize=256)
def dated_thing(question: str) -> str:
    """What a "När <verb> X?" question dates, in its own words ("När hölls kick-offen?" -> "kick-offen"), or
    "" (cached: the composer weighs every candidate sentence against it)."""
    # ("o när var kickoffen": "och" as typed in haste)
    after = _WHEN_DONE.sub("", question)
    # (the thing itself, not what it was for: "När hade man kick-off för arbetet med målbilden?" dates the kick-off,
    # which a line that names the målbild in passing is not about)
    # (but "beslutet om att anta målbilden" dates the adoption: what a decision is "om" is its thing)
    thing = _THING_FOR.split(after, maxsplit=1)[0]
    return topic_words(thing if topic_words(thing).strip() else after) if after != question else ""


# "När <verb> …", "och när skulle … <verb> …": how a date question starts, before the thing it dates
_WHEN_DONE = re.compile(r"^\s*(?:(?:och|o|å)\s+)?när\s+(?:(?:skulle|ska|kommer|var|blev|har|hade)\s+)?\w+\s+", re.I)
# "… kick-off för arbetet med målbilden": what the dated thing is for, after it
_THING_FOR = re.compile(r"\s+(?:för|med|till|inom|kring)\s+")  # (lower case, as typed mid-question)


# "När var det vi bytte till Cosmic …?", "när gick regionen över till …?": when the thing came in, in the documents'
# word for it ("… Cosmic införts i regionen under hösten 2024")
_WENT_TO_WHO = r"(?:vi|man|ni|dom|de|regionen)"
_WENT_TO_VERB = r"(?:bytte|byter|bytt|gick|går|gått)"
_WHEN_WE_WENT_TO = re.compile(rf"^\s*(?:(?:och|o|å)\s+)?när\s+(?:var\s+det\s+(?:som\s+)?)?"
                              rf"(?:{_WENT_TO_WHO}\s+{_WENT_TO_VERB}|{_WENT_TO_VERB}\s+{_WENT_TO_WHO})\s+(?:över\s+)?till\s+", re.I)


def introduced_reading(question: str) -> str:
    """A date question of a change over to a thing, as when it was introduced ("När var det vi bytte till Cosmic som
    journalsystem?" -> "När infördes Cosmic som journalsystem?"), or ""."""
    match = _WHEN_WE_WENT_TO.match(question)
    return f"När infördes {question[match.end():]}" if match else ""


def dated_purpose(question: str) -> str:
    """What the thing a "När <verb> X …?" question dates is for, in its topic words ("När ska den gemensamma planen för
    primärvårdsnivån … vara klar?" -> "primärvårdsnivån … klar"), or ""."""
    after = _WHEN_DONE.sub("", question)
    parts = _THING_FOR.split(after, maxsplit=1) if after != question else []
    return topic_words(parts[1]) if len(parts) > 1 else ""


_DATED_PAIR = re.compile(_WHEN_DONE.pattern + r"(?:(?:den|det|de)\s+)?(?P<x>\w{5,})\s+(?:och|resp(?:ektive|\.)?|samt)\s+"
                         r"(?:(?:den|det|de)\s+)?(?P<y>\w{5,})\b", re.I)


def dated_pair(question: str) -> tuple[str, str] | None:
    """The two things a "När <verb> X och Y …?" question dates, each one word ("när lämnades statusrapporten och
    slutrapporten om målbilden?" -> ("statusrapporten", "slutrapporten")), or None."""
    match = _DATED_PAIR.match(question)
    if not match or not topic_words(match["x"]).strip() or not topic_words(match["y"]).strip():
        return None
    return match["x"], match["y"]


# "Vad innebär det för mig som sjuksköterska att primärvården ska vara navet?": what the question says is so
_CLAIMED = re.compile(r"\b(?:för\s+(?:mig|oss)|för\s+\w+\s+som\s+\w+)\b[^?]*?,?\s+att\s+"
                      # (what is so of the care, not what the asker does: "… när jag träffar patienten?")
                      r"(?!(?:jag|vi|man|du|ni)\b)(?P<claim>[^?]{8,}?)\s*\??\s*$", re.I)


def claimed(question: str) -> str:
    """What a role question says is so, after whom it asks for ("… för mig …, att primärvården ska vara navet?" ->
    "primärvården ska vara navet"), or ""."""
    match = _CLAIMED.search(question)
    return match["claim"] if match else ""


def role_setting(role: str) -> str:
    """Where a role works, when its word says it ("skolsköterska" -> "skol", "tandhygienist" -> "tand"), or ""."""
    word = role.lower()
    head = next((h for h in _ROLE_HEADS if word.endswith(h)), "")
    setting = word[:-len(head)] if head else ""
    return setting if len(setting) >= 3 and setting not in _NO_SETTING else ""


ROLES = ("sjuksköterska", "undersköterska", "läkare", "chef", "enhetschef", "verksamhetschef", "medarbetare",
         "fysioterapeut", "arbetsterapeut", "kurator", "psykolog", "tandläkare", "tandhygienist", "tandsköterska",
         "biståndshandläggare", "handläggare", "sekreterare", "administratör", "samordnare", "ledare",
         "distriktssköterska", "barnmorska", "nurse", "doctor", "manager", "employee")
_ROLE = re.compile(r"\b(för mig|i min roll|min roll|mitt arbete|mitt jobb|oss som|for me|my role|my job|med mig att göra|"
                   # (the staff the asker speaks for: "vad betyder det för mina medlemmar, alltså sköterskorna …?")
                   r"för (?:mina|våra) (?:medlemmar|medarbetare|kollegor|kolleger|anställda)|för personalen)\b|"
                   rf"\bsom ny(anställd)?\b|\bsom ({'|'.join(ROLES)})\w*\b|\bas an? ({'|'.join(ROLES)})\b", re.I)
# The words a role follow-up is answered from: the documents speak of staff as "medarbetare".
ROLE_TOPIC = "medarbetare arbetssätt ditt arbete"
ROLE_TOPIC_GENERIC = "arbete"  # of those words, one any sentence may use ("Arbetet med rehabilitering …")

_FOLLOW_START = re.compile(  # (after a nod: "ok, och den sista av dem – …?", "jaha, men …")
    r"^\s*(?:(?:ok|okej|okey|okay|aha|jaha|jaså|ja|tack|bra|toppen|precis)\s*[,.!]?\s+)?"
    r"(och|men|samt|också|även|dessutom|hur är det med|vad gäller|än|and|but|also|what about|how about|"
    # ("Jämför med hur Norrbotten tog fram sin målbild": with what the thread was about)
    r"jämför\s+med|jämfört\s+med|compare\s+(?:it\s+)?(?:with|to))\b",
    re.I)
_ANAPHORA = re.compile(
    r"\b(den|det|dem|dom|denna|detta|dessa|där|dit|deras|dess|densamma|sånt|sådant|såna|sådana|it|its|they|them|those|that|this|there)\b",
    re.I)
_IN_THAT_CASE = re.compile(r"\bi\s+så\s+fall\b", re.I)  # ("…, och vilka arbetsområden nämns i så fall?": of what came before)
_QUESTIONISH = re.compile(r"^\s*(vad|vem|vilka|vilken|vilket|hur|varför|när|var|finns|what|who|which|how|why|when)\b", re.I)
_BARE_PRONOUN = re.compile(r"\b(?:det|den|dem|de|detta|för|nåt|något|egentligen|då|för\s+nåt)\b", re.I)


# "jag jobbar som barnmorska och undrar om …", "Jag undrar vad …": the asker's clause before the question.
# ("vi är en grupp studenter … o undrar typ vad …": a group asks too, with a filler word)
_ASKER_CLAUSE = re.compile(r"^\s*(?:(?:(?:(?:jag|vi)\s+)?(?:jobbar|arbetar|är)|(?:jag|vi)\s+e)\b[^.?!]*?\s+(?:och|o|å)\s+|(?:jag|vi)\s+)"
                           r"(?:undrar|funderar på|vill veta|skulle vilja veta)\s+(?:typ\s+)?(?:om\s+(?=\w+\s+\w+))?|"
                           # "som tandläkare på folktandvården i gällivare undrar jag vad …"
                           r"^\s*som\s+[^.?!,]{3,60}?\s+(?:undrar|funderar|vill)\s+(?:jag|vi)\s+(?:på\s+|veta\s+)?|"
                           # "jag e dietist på en hälsocentral i luleå, vad säger dokumenten om …?": who asks, a comma, the question
                           # (typed "jag e": "jag är …," is cut as a sentence of its own)
                           # (or "jobbar som …," before a question word: "tja jobbar som personlig assistent i strömsund,
                           # vad e det för …?"; "… , finns det nåt som rör oss?" keeps the role it asks as)
                           r"^\s*(?:jag\s+|vi\s+)?(?:jobbar|arbetar)\s+som\s+[^.?!,]{3,80}?,\s*"
                           r"(?=(?:vad|vem|vilka|vilken|vilket|hur|när|varför)\b)|"
                           # (spoken, without "jag": "hej e ny usk på säbo i sollefteå, va e nära vård …")
                           r"^\s*(?:(?:jag|vi)\s+(?:e|ä)|(?:e|ä)(?=\s+(?:ny|nyanställd|nybliven)\s))\s+[^.?!,]{3,80}?,\s*"
                           r"(?=(?:vad|vem|vilka|vilken|vilket|hur|"
                           r"när|varför|finns|står|säger|nämns)\b)|"
                           # "arbetsterapeut i Härnösand, vad har västernorrland för målbild …?": a bare role and place
                           r"^\s*(?:ny\s+|nyanställd\s+|nybliven\s+)?\w*(?:" + "|".join(ROLES) + r")\w*\s+(?:i|på|inom|vid)\s+"
                           r"[^.?!,]{2,50}?,\s*(?=(?:vad|vem|vilka|vilken|vilket|hur|när|varför|finns|står|säger|nämns)\b)", re.I)


# What the asker heard or read, before what it says: "Jag hörde på ett möte att …".
_HEARD = re.compile(r"^\s*(?:jag\s+)?(?:har\s+)?(?:hörde|hört|läste|läst|såg|sett|fick höra)\b[^.?!]*?\b(?:att|om)\s+", re.I)
# What someone told the asker, inside a sentence about the asker: "Jag är ny … och min chef nämnde att
# Västernorrland har en målbild för nära vård." -> "Västernorrland har en målbild för nära vård."
_REPORTED = re.compile(r"\b(?:(?:nämnde|nämnt|sa|sade|sagt|berättade|berättat|hörde|hört|läste|läst|pratade|pratat)\s+"
                       r"(?:för mig\s+|för oss\s+)?(?:att|om)|"
                       # what worries the asker is the matter: "Jag är enhetschef och orolig för att folk går in i väggen."
                       r"(?:orolig|oroar mig|rädd|bekymrad|fundersam)\s+(?:för|över)\s+att)\s+(.+)$", re.I)


# Why the asker wants it, at the end of a question: "…, så att jag kan ta med det till APT?", "… inför ett möte?"
_PURPOSE = re.compile(r"(?:,\s*|\s+)(?:så att|så|för att) (?:jag|vi|man) (?:kan|ska) (?:ta med|visa|berätta|dra|presentera|"
                      r"använda)\b[^?]*|(?:,\s*|\s+)inför (?:ett |en |mitt |vårt |vår |nästa )?(?:apt|arbetsplatsträff\w*|"
                      r"\w*möte\w*|presentation\w*|genomgång\w*|introduktion\w*)\b[^?]*|"
                      r"\s+på (?:ett |vårt |vår |nästa )?(?:apt|arbetsplatsträff\w*|\w*mötet?)\b"
                      r"(?:\s+(?:nästa vecka|i morgon|imorgon|i dag|idag|på \w+dag))?|"
                      # "… så jag har något att utgå från", "så att jag har nåt att gå på": what the asker needs it for
                      r"(?:,\s*|\s+)(?:så|så att) (?:jag|vi|man) (?:har|får) (?:något|nåt|lite|en grund) (?:att )?(?:utgå från|gå på|"
                      r"börja med|luta mig mot|stå på)\b[^?]*|"
                      # "… i några punkter som jag kan ha på en bild", "att visa på en slide": the asker's slide
                      r"(?:,\s*|\s+)(?:som|så) (?:jag|vi|man) (?:kan|ska) (?:ha|visa|lägga|använda|sätta)\b[^?]*?\b"
                      r"(?:på|i|till) (?:en |min |vår |mina )?(?:bild|bilder|slide|slides|powerpoint\w*|presentation\w*)\b[^?]*", re.I)
# "Jag jobbar i Sundsvall och ska berätta om … – kan du sammanfatta …?": the question after the dash
_THEN_ASKING = re.compile(r"\s[–—-]\s+|,\s+")
# The "det" that only opens a clause ("står det något om …", "finns det …"): it points at nothing
_THERE_IS = re.compile(r"^\s*(?:står|finns|sägs|nämns|skrivs)\s+det\b", re.I)


# A second question joined on with ", och vad …" / ", and who …": two questions in one
_SECOND_QUESTION = re.compile(r",\s+(?:och|o|samt|and)\s+(?=(?:(?:på|i|för|med|av|från|till|om|in|on|for|with)\s+)?(?:vad|vem|vilka|vilken|vilket|när|hur|var|varför|finns|"
                              # "…, och ska vi som chefer delta i samverkan …?": a yes/no question of its own
                              r"(?:ska|skall|bör|måste|behöver)\s+(?:vi|jag|man|ni|de|dom)|"
                              # "Vad är syftet med X, och hänger den ihop med något annat …?": one about what the first named
                              r"(?:hänger|ingår|bygger|utgår)\s+(?:den|det|de|dom|detta)\s+(?:ihop|i|på|från)|"
                              # "…, och räknas patienternas klagomål för något?": a yes/no question opening on its verb
                              r"(?:räknas|tas|används|behövs|nämns|står|gäller|kan|får|är|har)\s+(?!att\b|och\b)\w+\s+\w+|"
                              # "…, och tar nämndens verksamhetsplan upp sexuell hälsa?": whether a document mentions it
                              r"(?:tar|nämner|säger|skriver)\s+(?:\w+\s+){1,3}?(?:upp|något|nåt)\s+\w+|"
                              r"what|who|which|when|how|where|why|is|are|does|do|can\s+you|could\s+you)\b)|"
                              # "När kommer Cosmic och påverkar det oss?": a yes/no question about what the first named
                              r"\s+och\s+(?=(?:påverkar|gäller|berör|innebär|betyder|kostar)\s+(?:det|den|de|detta)\b)|"
                              # "Vad säger strategin om dom och vem gör dom?": who does it, asked on its own
                              r"\s+och\s+(?=(?:vem|vilka)\s+(?:gör|ska|tar|äger|leder|ansvarar|skriver|tar fram)\b)|"
                              # "Vem har tagit fram målbilden och hur gick det till?": how it was done, asked on its own
                              r"\s+och\s+(?=hur\s+(?:gick|går|gjorde|gör)\s+(?:det|man|de|dom)\b)|"
                              # "hur många sjukhus har regionen och hur många hälsocentraler finns det i länet?": two
                              # counts, each with its own verb
                              # (not of the thing before: "… i SVOM och hur många ledamöter har den?")
                              r"\s+och\s+(?=hur\s+många\s+\w+\s+(?:finns|bedrivs|driver|har(?!\s+(?:den|dom|de|det)\b))\b)|"
                              # "Vad är ett patientkontrakt, hur hänger det ihop med SIP?": how the first relates to another
                              r",\s+(?=hur\s+(?:hänger|förhåller)\s+(?:det|den|de|dom|detta)\s+(?:ihop\s+)?(?:med|till)\b)", re.I)
# "Vad innebär strategin för oss, står det nåt om samarbete kring tidiga insatser?": whether the documents mention
# a thing, a question of its own after a comma (when a question stands before it, not "jobbar med unga samer, …")
_MENTION_AFTER_COMMA = re.compile(r",\s+(?=(?:står|nämns|sägs)\s+det\s+(?:något|nåt|några|nånting)\s+om\b)", re.I)


_OWN_QUESTION = re.compile(r"^\s*(?:(?:ok|okej|okay|jaha|aha|ja|och|å|men|and)\b[\s,]+)*"
                           r"(?:(?:i\s+)?[\w-]+(?:\s+[\w-]+)?\s+då\s*[,?]\s*)?"  # ("å västernorrland då, hur tog dom fram sin")
                           r"(?:vad|vem|vilka|vilken|vilket|hur|varför|what|who|which|how|why)\s+"
                           r"(?:\w+\s+){0,3}?(?:göra|gör|görs|gjorde|gjordes|ska|kan|bör|behöver|behövs|krävs|innebär|betyder|omfattar|innefattar|"
                           r"händer|hände|sker|tog|togs|tar|tas|gick|blev|blir|fick|missade|do|does|should|will)\b|"
                           # ("och vad kallas färdplanen för omställningen?": the name of a thing it names, not "vad heter det?")
                           r"^\s*(?:(?:och|å|men)\s+)?vad\s+(?:kallas|heter)\s+(?!(?:det|den|de|dom|dessa|detta)\b)\w{4,}|"
                           # ("och vilken nämnd ansvarar för hälsocentralerna?": who is responsible for a thing it names)
                           r"^\s*(?:(?:och|å|men)\s+)?(?:vem|vilken\s+\w+|vilka)\s+(?:ansvarar|har\s+ansvar(?:et)?)\s+för\s+"
                           r"(?!(?:det|den|de|dom|dem|dessa|detta)\b)\w{4,}", re.I)


# "påverkar det oss på hälsocentralen?": a yes/no question of its own about what was asked before
# "Är det igång redan?", "är den klar?": whether it has come so far
_ASKS_STATE = re.compile(r"\s*(?:(?:ok|okej|och|men)\b[\s,]+)*(?:är|blir|var)\s+(?:det|den|de|dom)\s+(?:\w+\s+){0,2}?"
                         r"(?:igång|i\s+gång|klar|klart|klara|färdig\w*|startad\w*|startat|beslutad\w*|beslutat|infört|"
                         r"införd\w*|genomförd\w*)\b", re.I)
_OWN_YESNO = re.compile(r"\s*(?:(?:ok|okej|och|men)\b[\s,]+)*(?:(?:påverkar|berör|gäller|hänger|kopplas|kopplar|bygger|hör)\s+"
                        r"(?:det|den|de|dom)\b|(?:betyder|innebär)\s+(?:det|den|detta)\s+att\b)", re.I)
# ("och hänger den ihop med nån annan strategi", "och betyder det att alla ska behandlas exakt likadant då?")
# "och var invånarna med när den togs fram?": whether someone named took part, a question of its own
_TOOK_PART = re.compile(r"\s*(?:(?:ok|okej|och|men)\b[\s,]+)*(?:var|är|blev|har|hade)\s+(?:alla\s+)?[^\W\d]+(?:na|erna|arna|orna)\s+"
                        r"(?:också\s+|inte\s+)?(?:med|delaktig\w*|involverad\w*|inblandad\w*|tillfrågad\w*|engagerad\w*)\b", re.I)


def asks_state(question: str) -> bool:
    """Whether a yes/no question asks how far a thing has come ("Är det igång redan?", "är den klar?")."""
    return bool(_ASKS_STATE.match(question))


# "och hur är det med egenmonitorering, ska vi börja med det?": a follow-up that turns to a thing of its own
_TURNS_TO = re.compile(r"^\s*(?:(?:och|å|o|men|ok|okej|jaha)\b[\s,]+)*hur\s+(?:är|blir|ser)\s+det\s+(?:ut\s+)?(?:med|för)\s+"
                       r"(?P<thing>(?!(?:det|den|dem|dom|oss|mig|er|honom|henne)\b)[^,?.!]+?)\s*(?:[,?.!]|$)", re.I)
_NOT_A_THING = r"(?!(?:det|den|dem|dom|detta|denna|dessa|de|oss|mig|er|honom|henne|när|hur|vad|vem|vilk\w*|var|varför|om|att|" \
               r"eftersom|då|sen|sedan|så|i|på|för|med|till)\b)"
# "vad står det mer om arbetsmiljön?" (after a question on all the conditions): more of a thing of its own
_MORE_OF = re.compile(rf"^\s*(?:(?:och|å|o|men|ok|okej)\b[\s,]+)*(?:vad\s+(?:står|sägs|skrivs)\s+det|berätta|säg|finns\s+det)\s+"
                      rf"(?:något\s+|nåt\s+)?mer\s+om\s+{_NOT_A_THING}(?P<thing>[^,?.!]+?)\s*(?:[,?.!]|$)", re.I)
# "Och egenmonitoreringen som ska in i primärvården – finns det något datum för när den ska vara igång?": the thing
# set before the dash is what the rest asks of
_SET_BEFORE = re.compile(rf"^\s*(?:och|å|o|men)\s+{_NOT_A_THING}(?!(?:\w+s\s+)?\w*(?:strategi|plan|målbild|dokument|artikel|"
                         rf"norrbotten|jämtland|härjedalen|västernorrland|region)\w*\b)(?P<thing>\w+(?:\s+\w+)?)(?:\s+som\s+[^–?]+?)?\s+[–—]\s+\S",
                         re.I)


# "… || finns det liknande målbilder i andra regioner?": a follow-up that turns away from the region talked of
_OTHER_REGIONS = re.compile(r"\b(?:i|hos|från|för)\s+(?:andra|övriga|fler)\s+(?:regioner|län|landsting)\b|"
                            r"\b(?:in|from|of)\s+other\s+regions\b", re.I)


# "… står i en målbild att … – är det vår Norrbottenmålbild eller någon annan regions?": which region's it is, asked
# of them all
_WHOSE_REGION = re.compile(r"\beller\s+(?:någon|nån|en)\s+annan\s+regions?\b|\bvilken\s+regions\s+\w+\s+(?:är|var)\s+det\b|"
                           r"\bor\s+(?:some|another)\s+(?:other\s+)?region(?:'s)?\b", re.I)


def asks_whose_region(question: str) -> bool:
    """Whether a question asks which region's document says a thing ("… eller någon annan regions?")."""
    return bool(_WHOSE_REGION.search(question))


_WHOSE_CLAUSE = re.compile(r"\s*[–—-]?\s*(?:är|var)\s+det\s+[^?]*?\beller\s+(?:någon|nån|en)\s+annan\s+regions?\b\s*(?=\?|$)", re.I)


def without_whose_region(question: str) -> str:
    """A question less its clause asking whose region's it is ("… redan sagt – är det vår Norrbottenmålbild eller
    någon annan regions?" -> "… redan sagt?"): what is searched is the thing said."""
    return _WHOSE_CLAUSE.sub("", question)


# "när beslutades målbilden?" + "och va det klart då eller behövde kommunerna också besluta nåt": whether others had to
# act too, a question of its own (no second date)
_WHETHER_ALSO = re.compile(r"\b(?:behövde|behöver|måste|skulle|ska|skall|har|hade)\s+(?:\w+\s+){0,2}?(?:också|även)\s+\w{4,}", re.I)


# "och har samerna nån särskild rätt utöver det?": a yes/no question of a subject it names itself
_YES_NO_OF_OWN = re.compile(r"^\s*(?:och|men|o|å)\s+(?:har|är|får|ska|kan|måste|behöver)\s+"
                            r"(?!(?:den|det|dom|de|dem|hen|man|vi|jag|du|ni|dessa|detta|där|här|nån|någon|något)\b)"
                            r"[^\W\d_]{4,}(?:na|erna|arna|en|et)\b", re.I)


def yes_no_of_own(question: str) -> bool:
    """Whether a follow-up asks yes or no of a subject it names itself ("och har samerna nån särskild rätt …?")."""
    return bool(_YES_NO_OF_OWN.match(question))


def role_asked_as(question: str) -> str:
    """The role a question asks as ("vad betyder det för mig som kurator?" -> "kurator"), or ""."""
    return role_in(question) if asks_for_me(question) else ""


def asks_whether_also(question: str) -> bool:
    """Whether a follow-up asks if someone else had to act too ("… behövde kommunerna också besluta nåt")."""
    return bool(_WHETHER_ALSO.search(question))


# "står det nåt om rehabilitering i riktningsförändringarna?": the four directions are the länsgemensam strategi's, so
# whether they name a thing is whether the strategy does (its sections headed by them, their examples to work with)
_IN_THE_DIRECTIONS = re.compile(r"^(?P<asked>\s*(?:och\s+)?(?:står|sägs|nämns|finns)\b[^?]*?)\s+(?:i|under|bland)\s+"
                                r"(?:(?:någon|nån|någon\s+enda)\s+av\s+)?(?:de\s+|dom\s+)?(?:fyra\s+)?"
                                r"riktningsförändring(?:arna|ar)\b(?P<rest>[^?]*)\??\s*$", re.I)


# "ge nåt exempel på hur det kan se ut i praktiken": examples of what was spoken of, asked as such (not how it works)
_EXAMPLES_IN_PRACTICE = re.compile(r"^\s*(?P<lean>(?:och|men|å|o)\s+)?(?:kan\s+du\s+)?(?:ge|nämna|nämn)\s+(?:mig\s+|oss\s+)?"
                                   r"(?:något|nåt|några|nån|ett\s+par|ett|lite)\s+(?:konkreta?\s+)?exempel\s+på\s+"
                                   r"(?:hur\s+(?:det|den|dom|de|detta)\s+(?:kan|ska|skulle\s+kunna)\s+(?:se\s+ut|fungera|funka|gå\s+till|bli)"
                                   r"|vad\s+(?:det|den|detta)\s+(?:kan|ska)\s+(?:innebära|betyda|vara))"
                                   r"(?:\s+(?:i\s+praktiken|konkret|i\s+verkligheten|i\s+vardagen))?\s*[?.!]*\s*$", re.I)


def examples_in_practice(question: str) -> str:
    """"ge nåt exempel på hur det kan se ut i praktiken" read as "vilka exempel finns?" (asked of what was spoken of
    before: the examples to work with of the direction it named), or ""."""
    match = _EXAMPLES_IN_PRACTICE.match(question)
    return _asked_with_lean(match["lean"] or "", "vilka exempel finns?") if match else ""


def in_the_directions(question: str) -> str:
    """"står det nåt om X i riktningsförändringarna?" read as "står det nåt om X i strategin?", or ""."""
    match = _IN_THE_DIRECTIONS.match(question)
    if not match or not re.search(r"\b(?:om|något|nåt|någon|nån)\b|^\s*(?:och\s+)?(?:nämns|finns)\b", match["asked"], re.I):
        return ""
    return f"{match['asked'].strip()} i strategin{match['rest'].rstrip()}?"


def without_at_all(question: str) -> str:
    """A question less its "överhuvudtaget" ("står det nåt om vaccinationer överhuvudtaget i planen?" -> "står det nåt
    om vaccinationer i planen?": a word that asks nothing, and whose compound parts "över", "huvud" pull in passages on
    huvudmän), or ""."""
    without = re.sub(r"\s+(?:överhuvudtaget|över\s+huvud\s+taget|öht)\b", "", question, flags=re.I)
    return without if without != question else ""


def asks_other_regions(question: str) -> bool:
    """Whether a question asks of other regions than the one talked of ("… i andra regioner?")."""
    return bool(_OTHER_REGIONS.search(question))


def turns_to(question: str) -> str:
    """The thing a "… hur är det med X?", "vad står det mer om X?" or "Och X – …?" follow-up turns to
    ("egenmonitorering"), or ""."""
    match = _TURNS_TO.match(question) or _MORE_OF.match(question)
    return match["thing"].strip() if match else set_before(question)


def set_before(question: str) -> str:
    """The thing an "Och X (som …) – …?" question sets before its dash ("egenmonitoreringen"), or ""."""
    match = _SET_BEFORE.match(question)
    return match["thing"].strip() if match else ""


def asks_own(question: str) -> bool:
    """Whether a follow-up asks its own kind of question ("vad ska nämnden göra med den?"), not the
    earlier question again for something else ("och i Jämtland då?")."""
    return bool(_OWN_QUESTION.match(question) or _OWN_YESNO.match(question) or _ASKS_STATE.match(question)
                or _TOOK_PART.match(question) or asked_mentioned(question)  # ("står det nåt om X?")
                or _ALSO_DOES.match(question))  # ("och har den hand om vårdvalet också?": whether it does that too)


# "När inrättades nämnden och när infördes Cosmic?": a second question joined by "och" without a comma,
# when the first is a question too and the second goes on with a verb, not a place ("och vem i Jämtland?")
_ASKING_WORD = r"(?:vad|vem|vilka|vilken|vilket|hur|varför|när|what|who|which|how|why|when)"
_JOINED_QUESTION = re.compile(rf"\s+(?:och|o|and)\s+(?={_ASKING_WORD}\s+(?!(?:i|på|för|om|med|av|från|hos|då|där|när|in|on|of|for)\b)\w+\s+\w+|"
                              # "… och i hur många kommuner gjordes medborgardialoger?": a question after its preposition
                              r"(?:i|på|av|från|hos)\s+(?:hur\s+många|vilk(?:en|et|a))\s+\w+\s+\w+|"
                              # "vad är min vård norrbotten och finns chatten på alla hälsocentraler?": a yes/no question
                              r"finns\s+(?!det\b|de\b|den\b|dom\b|med\b)\w+\s+\w+)", re.I)
_ASKING_FIRST = re.compile(rf"^\s*{_ASKING_WORD}\b", re.I)


def _names_own(part: str, before: str) -> bool:
    """Whether a later part names a thing (an acronym or a name) the part before it does not ("… hur hänger den ihop
    med RUS?")."""
    return any(n.lower() not in before.lower() for n in [*acronyms_in(part), *name_phrases(part)])


def _joined_parts(part: str) -> list[str]:
    """A part split where a second question is joined on by "och" without a comma, when the second
    stands on its own: "… och hur många ledamöter har den?" shares the first one's subject, and the
    question read whole keeps it."""
    if not _ASKING_FIRST.match(part):
        return [part]
    split = _JOINED_QUESTION.split(part)
    if len(split) > 1 and _asks_what_and_its_parts(split):
        return [part]  # "Vad innebär X och vilka exempel finns?": what X is, its lead and its list, is one answer
    # a second question that points back asks of the same thing, read whole; unless the first asks when and
    # the second something else ("när antogs målbilden och vilka var med och tog fram den?")
    # (or how many, and then something else: "hur många ledamöter sitter i nämnden och vad ansvarar dom för?")
    # (or how it was done, or who did it, and then when: "hur togs målbilden fram och när beslutades den?", "vem
    # har tagit fram målbilden o när beslutades den")
    # (or what a thing is, and then when: "vad är SIP för nåt och när ska man använda det?" – what SIP is is said,
    # though the documents may not say when; or what a body does: "Vad ansvarar nämnden för och när inrättades den?")
    # (or which thing, and then what it is: "Vilken lagändring kom 1 juli 2021 och vad innebar den?")
    if any(points_back(p) for p in split[1:]) and not _asks_another_date(split) and not _asks_another_count(split) \
            and not (re.match(r"\s*vilk(?:en|et)\s+\w{4,}", split[0], re.I) and all(intent_of(p) == "what" for p in split[1:])) \
            and not ((asks_process(split[0]) or asked_kind(split[0]) == "who"
                      or (intent_of(split[0]) in ("what", "lookup", "list") and not is_english(split[0])))
                     and all(asked_kind(p) == "date" for p in split[1:])) \
            and not (intent_of(split[0]) == "what" and not is_english(split[0])  # "Vad är Min vård Norrbotten och
                     and all(intent_of(p) == "list" for p in split[1:])) \
            and not (asks_process(split[0]) and all(asked_kind(p) == "who" or _OUTCOME_OF_IT.search(p) for p in split[1:])) \
            and not (asked_kind(split[0]) == "who" and all(asks_process(p) for p in split[1:])) \
            and not (asked_kind(split[0]) == "who" and all(_names_own(p, split[0]) for p in split[1:])):
        # (nor who, and then how it relates to a thing named of its own: "Vem har fastställt målbilden … och hur
        # hänger den ihop med RUS?")
        # ("hur togs den fram och vem har beslutat om den?": how it was made, then who decided, each; or what it came
        # to: "Hur tog Västernorrland fram sin målbild och vad landade den i?"; or who, then how: "vem har fastställt
        # den och hur togs den fram?")
        return [part]
    return split


# "… och vad landade den i?", "… och vad kom man fram till?": what a piece of work came to
_OUTCOME_OF_IT = re.compile(r"\bvad\s+(?:(?:det|den|dom|de|arbetet)\s+)?(?:landade|mynnade|utmynnade|resulterade|ledde)\b|"
                            r"\bvad\s+kom\s+(?:man|de|dom|ni|dem)\s+fram\s+till\b", re.I)


# "Hur Västernorrland tog fram sin målbild", "Hur togs målbilden fram i Norrbotten": who made what
_MADE = re.compile(r"^\s*(?:och\s+)?hur\s+(?:(?P<who>[\w-]+(?:\s+[\w-]+)?)\s+(?:tog|har\s+tagit)\s+fram\s+(?:sin|sitt|sina)\s+"
                   r"(?P<thing>[\w-]+)|(?:togs|tog\s+man|tog\s+de|tog\s+dom)\s+(?P<thing2>[\w-]+?)(?:en|et)?\s+fram"
                   r"(?:\s+i\s+(?P<where>[\w-]+(?:\s+[\w-]+)?))?)\s*\??\s*$", re.I)


# "hur gjorde de i västernorrland då, var invånarna med där?": the same way of doing, asked of another place
_HOW_DID_THEY_THERE = re.compile(r"^\s*(?:(?:och|men|å|o)\s+)?hur\s+(?:gjorde|gör|jobbade|jobbar|arbetade|arbetar)\s+"
                                 r"(?:de|dom|man|ni)\s+(?:i|på|uppe\s+i|nere\s+i)\s+[\w-]+(?:\s+[\w-]+)?(?:\s+då)?"
                                 r"\s*(?:[,?–-]\s*(?P<rest>[^?]*?))?\s*\??\s*$", re.I)
_MADE_WHAT = re.compile(r"\b(?:tog|tagit|tar)\s+(?:\w+\s+)?fram\s+(?:sin\s+|sitt\s+|den\s+|det\s+)?(?P<t>[^\W\d_]{4,})|"
                         r"\b(?P<t2>[^\W\d_]{4,})\s+(?:togs|tagits|tas)\s+fram\b", re.I)


def made_there(question: str, earlier: str, place: str) -> str:
    """How a thing the earlier question asked the making of was made in another place ("Fick vi … vara med när man tog
    fram målbilden …? Hur gick det till?" + "hur gjorde de i västernorrland då, var invånarna med där?" -> "Hur togs
    målbilden fram i Västernorrland, var invånarna med?"), or ""."""
    match = _HOW_DID_THEY_THERE.match(question)
    made = _MADE_WHAT.search(earlier) if match else None
    if not made:
        return ""
    rest = re.sub(r"\s+(?:där|då)\b", "", match["rest"] or "").strip(" ,")
    return f"Hur togs {made['t'] or made['t2']} fram i {place}{', ' + rest if rest else ''}?"


# "Vad kom man fram till i målbilden för nära vård här hos oss?": what the work on a målbild came to is the målbild
_CAME_TO_IN_GOAL = re.compile(r"^\s*(?:och\s+)?vad\s+(?:kom|har)\s+(?:man|de|dom|ni|vi|regionen|kommunerna)\s+(?:kommit\s+)?"
                              r"fram\s+till\s+(?:i|med)\s+(?P<thing>målbild\w*[^?]*?)\s*\?*\s*$", re.I)


def came_to_in_goal(question: str) -> str:
    """"Vad kom man fram till i målbilden …?" asked as what the målbild is ("Vad är målbilden …?"), or ""."""
    match = _CAME_TO_IN_GOAL.match(question)
    return f"Vad är {match['thing']}?" if match else ""


def outcome_of_made(question: str, earlier: str) -> str:
    """What a piece of work came to, asked after how it was made, as what the thing made is ("Hur Västernorrland tog
    fram sin målbild?" + "vad landade den i?" -> "Vad är Västernorrlands målbild?"), or ""."""
    made = _MADE.match(earlier) if _OUTCOME_OF_IT.search(question) else None
    if not made:
        return ""
    if made["thing"]:
        who = made["who"].strip()
        return f"Vad är {who}{'' if who.endswith('s') else 's'} {made['thing']}?"
    return f"Vad är {made['thing2']}en{' i ' + made['where'] if made['where'] else ''}?"


def _asks_another_count(split: list[str]) -> bool:
    """Whether the first question asks how many and the later ones something else, each answered on its own."""
    # (or a date: "Hur stor är nämnden och när bestämde fullmäktige att den skulle finnas?")
    return asked_kind(split[0]) == "number" and all(asked_kind(p) in (None, "date") for p in split[1:])


# "stärkt gemensam primärvård, vad innebär den riktningsförändringen och …?": the topic said first, then
# asked of with a pointing word ("den riktningsförändringen", "det")
_TOPIC_FIRST = re.compile(r"^\s*(?P<topic>(?!(?:vad|vem|vilka|vilken|vilket|hur|varför|när|var|jag|vi|hej|hejsan|tja|och|men|ok|okej|"
                          r"jobbar|arbetar|sitter|är|har|ska|började|kommer)\b)"
                          r"[^,?.!–]{3,60}?)(?:,\s*|\s+[-–]\s+)(?P<asking>(?:vad|vilka|vilken|vilket|hur|när|"
                          r"(?:står|finns|sägs|nämns|skrivs)\s+det\s+(?:\w+\s+){0,2}?om\s+(?:det|den|dem|dom)\b)\b.+)$", re.I)
# ("specialistkonsultation i hemmet, står det nåt mer om det i nämndens plan?": "om det", not the "står det")
_ASKED_OF_FRONTED = re.compile(r"^(?P<ask>(?:står|finns|sägs|nämns|skrivs)\s+det\s+(?:\w+\s+){0,2}?om)\s+(?:det|den|dem|dom)\b", re.I)
# ("det här med samverkan" introduces a thing of its own: it points at nothing before it)
_POINTING_PHRASE = re.compile(r"\b(?:den|det|dessa|denna|detta)(?!\s+(?:här|där)\s+med\b)(?:\s+\w{4,}(?:en|et|na))?\b", re.I)
TOPIC_FIRST_WORDS = 6  # a longer stretch before the comma is a statement, not a topic


# "och samerna, har dom nån särskild rätt utöver det?": a group named first, then a yes/no question asked of "dom"
_GROUP_FIRST = re.compile(r"^\s*(?P<lead>(?:och|men|o|å)\s+)(?P<topic>[^\W\d_]{4,}(?:na|erna|arna)),\s*"
                          r"(?P<verb>har|är|får|ska|kan|måste|behöver)\s+(?P<them>dom|de)\b(?P<rest>[^?]*\??)\s*$", re.I)


# ("klimakteriebesvär står det nåt mer om det?": a thing said first without a comma, asked whether more is said of it)
_FRONTED_BARE = re.compile(r"^\s*(?P<topic>(?!(?:och|men|ok|okej|vad|vem|hur|var|när|jag|vi|det|den|hej)\b)[^\W\d_][\w-]{3,}"
                           r"(?:\s+(?!står\b|finns\b|sägs\b|nämns\b)[\w-]+){0,3}?)\s+"
                           r"(?P<asking>(?:står|finns|sägs|nämns)\s+det\s+(?:\w+\s+){0,2}?om\s+(?:det|den|dem|dom)\b.*)$", re.I)


def topic_first(text: str) -> str:
    """A question whose topic is said first, asked of where its pointing word stands ("Min vård Norrbotten,
    vad är det?" -> "vad är Min vård Norrbotten?"); else the question as it is."""
    bare = _FRONTED_BARE.match(text)
    if bare:
        return _ASKED_OF_FRONTED.sub(lambda m: f"{m['ask']} {bare['topic'].strip()}", bare["asking"], count=1)
    group = _GROUP_FIRST.match(text)
    if group:  # "och samerna, har dom nån särskild rätt utöver det?" -> "och har samerna nån särskild rätt utöver det?"
        return f"{group['lead']}{group['verb']} {group['topic']}{group['rest']}"
    match = _TOPIC_FIRST.match(text)
    if match and "," not in text[match.end("topic"):match.start("asking")] and \
            not re.search(r"\b(?:den|det|dessa|denna|detta)\s+\w{4,}(?:en|et|na)\b", match["asking"], re.I):
        return text  # after a dash only a re-naming points back ("… - vad handlar den riktningsförändringen om?")
    if not match or len(match["topic"].split()) > TOPIC_FIRST_WORDS or not _POINTING_PHRASE.search(match["asking"]) \
            or re.search(r"\b(?:vad|vem|vilk\w*|hur|varför|när|finns|är|har|kan|ska)\b", match["topic"], re.I):
        return text  # "Sedan när finns nämnden, när bestämdes det …?" is a question first, no topic
    if _WHAT_CLEFT_BARE.match(match["asking"]):
        # ("Alla pratar om "nämnden" hela tiden – vad är det egentligen nämnden har ansvar för?": the "det" of a cleft
        # points at nothing; the question names its own subject)
        return match["asking"]
    # ("Alla pratar om kunskapsstyrning på mötena, vad är det?": what the clause speaks of)
    topic = _spoken_of(match["topic"]) or match["topic"].strip()
    if _ASKED_OF_FRONTED.match(match["asking"]):
        return _ASKED_OF_FRONTED.sub(lambda m: f"{m['ask']} {topic}", match["asking"], count=1)
    return _POINTING_PHRASE.sub(lambda _: topic, match["asking"], count=1)


def _asks_another_date(split: list[str]) -> bool:
    """Whether the later questions ask something other than the first's date, so each is answered on its
    own (the later ones reading the first as their conversation): a date, then something else ("när antogs
    målbilden och vilka var med och tog fram den?"), or the date of another event ("när började man ta fram
    målbilden och när antogs den?")."""
    return asked_kind(split[0]) == "date" and \
        all(asked_kind(p) != "date" or event_of(p) != event_of(split[0]) for p in split[1:])


_PARTS_ASKED = re.compile(r"\b(?:parts?|consists?|components?|examples?|exempel|består|delar(?:na)?|"
                          r"strategier(?:na)?|strategies)\b", re.I)  # ("… och vilka strategier har de för att nå den?")


def _asks_what_and_its_parts(split: list[str]) -> bool:
    """Whether a question asks what a thing is and then its parts or examples, of the same thing ("What is the
    patient contract and what parts does it consist of?", "vad innebär X och vilka exempel finns på saker att
    jobba med?")."""
    first = swedish_reading(split[0]) if is_english(split[0]) else split[0]
    return intent_of(first) == "what" and all(
        _PARTS_ASKED.search(p) and (points_back(p) or not _PARTS_ASKED.sub(" ", topic_words(p)).strip(" ?"))
        for p in split[1:])


def what_part(question: str) -> str:
    """Of "Vad är X och vilka strategier har de för att nå den?", what is asked what it is ("Vad är X?"), whose
    section (its lead and its lists) answers both; else the question."""
    split = _JOINED_QUESTION.split(question) if _ASKING_FIRST.match(question) else [question]
    if len(split) > 1 and _asks_what_and_its_parts(split):
        return f"{split[0].rstrip(' ,?')}?"
    return question


_HOW_LONG_FROM = re.compile(r"^\s*hur\s+lång\s+tid\s+(?:tog\s+det|tar\s+det|gick\s+det|dröjde\s+det)\s+"
                            r"(?P<scope>(?:i|för)\s+[^,]+?\s+)?från\s+(?P<a>.+?)\s+till\s+(?:att\s+)?(?P<b>.+?)\s*\??\s*$", re.I)
_WHO_AND_WHEN = re.compile(r"^\s*(?P<first>(?:vem|vilka|vilken|vilket)\b[^?]{8,}?)\s*,?\s+(?:och|o)\s+när(?:\s+då)?\s*\?*\s*$",
                           re.I)


def asks_who_and_when(question: str) -> bool:
    """Whether a question asks who did a thing, then when ("vem beslutade den och när?")."""
    return bool(_WHO_AND_WHEN.match(question))


# "och under öppnare vårdformer?", "men för tandvården då?": a bare place or thing after the preposition the earlier
# question ended on
_BARE_PLACE = re.compile(r"^\s*(?:och|men|än|o)?\s*(?P<prep>under|inom|för|om)\s+(?P<place>[^?,.]{3,60}?)\s*(?:då)?\s*\??\s*$",
                         re.I)
MAX_PLACE_WORDS = 5  # a longer follow-up asks something of its own


def place_swapped(earlier: str, question: str) -> str:
    """The earlier question asked of the place a bare follow-up names after the same preposition ("Vilka exempel
    finns under stärkt gemensam primärvård?" + "och under öppnare vårdformer?" -> "Vilka exempel finns under
    öppnare vårdformer?"), or "" when the follow-up is more, or the earlier question does not end on it."""
    match = _BARE_PLACE.match(question)
    if not match or len(match["place"].split()) > MAX_PLACE_WORDS \
            or match["place"].split()[0].lower() in _POINTING | {"mig", "oss", "dig", "er", "me", "us"}:
        return ""  # ("och om det?", "och för mig?": what the earlier question asked, pointed at or for the asker)
    ending = re.search(rf"\b{match['prep']}\s+[^?,.]+?(?P<end>\s*\??\s*)$", earlier, re.I)
    if not ending:
        return ""
    return f"{earlier[:ending.start()]}{match['prep']} {match['place']}{ending['end']}"


# "ska vi i fullmäktige anta den? när i så fall?": whether something is to be done (by whom), then when – each asked,
# the when of the thing that is to be done (a past "Antogs X? När i så fall?" asks the date only, `asked_if_so`)
_SHALL_THEN_WHEN = re.compile(r"^\s*(?P<yn>(?:och\s+)?(?:ska|skall|måste|kommer|bör)\s+[^?]{6,}?)\s*\?\s*(?:och\s+)?när"
                              r"(?:\s+(?:i\s+så\s+fall|isåfall|då))?\s*[?.]?\s*$", re.I)


# "Hur är det tänkt att strategin ska omsättas lokalt och sedan följas upp?": two things to be done to one thing, each
# in the passive ("omsättas", "följas upp"), each its own question
_DONE_TWO_WAYS = re.compile(r"^\s*hur\s+(?:är\s+det\s+tänkt\s+att|ska|skall|kommer)\s+(?P<thing>(?:den\s+|det\s+)?[\w-]+(?:\s+(?!ska\b|skall\b|att\b)[\w-]+)?)\s+"
                            r"(?:ska\s+|att\s+)?(?P<a>[a-zåäö]{4,}(?:as|s)(?:\s+(?:upp|fram|ut|lokalt|regionalt|i\s+praktiken))?)\s+"
                            r"och\s+(?:sedan\s+|sen\s+|därefter\s+|hur\s+(?:den|det)\s+ska\s+)?"
                            r"(?P<b>[a-zåäö]{4,}(?:as|s)(?:\s+(?:upp|fram|ut|lokalt|regionalt|i\s+praktiken))?)\s*[?.!]", re.I)


def question_parts(text: str) -> list[str]:
    """The questions a question holds ("När antogs målbilden, och vad ska nämnden göra med den?" ->
    "När antogs målbilden?", "vad ska nämnden göra med den?"); one part when it holds one."""
    if contrast_terms(text) or _COMPARE.search(text):
        # (or a second sentence asking its own question: "vad e skillnaden på det o patientkontraktet? vad ingår i ett
        # patientkontrakt")
        pieces = _SECOND_QUESTION.split(text) if _SECOND_QUESTION.search(text) else \
            re.split(r"(?<=\?)\s+(?=(?:(?:och|and)\s+)?(?:vad|vem|vilka|vilken|vilket|när|hur|varför|finns|what|which|who|"
                     r"when|how|why)\b)", text, flags=re.I)
        # (unless only the first part compares, and the second asks a question of its own: "… hur tandhälsan står sig
        # jämfört med resten av landet, och vilka problem tandvården själv brottas med?")
        if not (len(pieces) == 2 and not _COMPARE.search(pieces[1]) and not _ALIKE.search(pieces[1])
                and not contrast_terms(pieces[1])):
            return [text]  # "vad är lika, och vad skiljer dem åt?" is one comparison
    how_long = _HOW_LONG_FROM.match(text)
    if how_long:  # "Hur lång tid tog det från beslutet att ta fram målbilden till att den antogs?": each date asked
        scope = f" {how_long['scope'].strip()}" if how_long["scope"] else ""
        return [f"När var {how_long['a']}{scope}?", f"När {how_long['b']}?"]
    shall_when = _SHALL_THEN_WHEN.match(text)
    if shall_when:  # "ska vi i fullmäktige anta den? när i så fall?": whether (who is to), then when
        asked = shall_when["yn"].strip()
        return [f"{asked}?", f"När {asked[:1].lower()}{asked[1:]}?"]
    who_when = _WHO_AND_WHEN.match(text)
    if who_when:  # "vem har bestämt den där målbilden för västernorrland och när?": who, then when that was
        return [f"{who_when['first'].rstrip(' ,')}?", "När var det?"]
    what_then = _WHAT_THEN_ASKED.match(text) or _WHAT_AND_DONE_THERE.match(text) or _WHAT_THEN_YESNO.match(text) \
        or _ASKED_THEN_YESNO.match(text) or _WHAT_THEN_FOR_ME.match(text)
    if what_then:  # "vad är min vård norrbotten, vad kan patienterna göra där": what it is, then a question of it
        return [f"{what_then['a'].strip()}?", f"{what_then['b'].strip()}?"]
    done_two_ways = _DONE_TWO_WAYS.match(text)
    if done_two_ways:  # "Hur är det tänkt att strategin ska omsättas lokalt och sedan följas upp?": each doing asked
        thing = done_two_ways["thing"].strip()
        return [f"Hur ska {thing} {done_two_ways['a'].strip()}?", f"Hur ska {thing} {done_two_ways['b'].strip()}?"]
    letters = _TWO_ACRONYMS.match(text)
    if letters:  # "vad står SVOM och RSR för?": each spelled out on its own
        return [f"Vad står {letters['a']} för?", f"Vad står {letters['b']} för?"]
    names = _TWO_NAMES.match(text) or _TWO_NAMES_EN.match(text)
    if names:  # "Vilka är SVOM och Barnarenan?", "Who are SVOM and Barnarenan that decided it?": what each one is
        asked = "What is" if names.re is _TWO_NAMES_EN else "Vad är"
        return [f"{asked} {names['a']}?", f"{asked} {names['b']}?"]
    or_else = _YES_OR_ELSE.match(text)
    if or_else:  # "Finns klimakteriet med bland nämndens uppdrag, eller något annat om kvinnors och mäns hälsa?": both
        return [f"{or_else['a'].strip()}?", f"Vad står det om {or_else['b'].strip()}?"]
    two_topics = _TWO_TOPICS.match(text)
    if two_topics:  # "Vad skriver regionen om inhyrd personal och om dialog med facket?": each topic asked on its own
        lead = two_topics["lead"]
        return [f"{lead} {two_topics['a'].strip()}?", f"{lead} {two_topics['b'].strip()}?"]
    either_en = _EITHER_SAID_EN.match(text)
    if either_en:  # "Does the plan say anything about X, or about Y?": each on its own
        return [f"{either_en['lead']} {either_en[k].strip()}?" for k in ("a", "b")]
    either = _EITHER_SAID.match(text) or _EITHER_WORD_SAID.match(text)
    if either:  # "står det något om rehabilitering …, eller om väntetider i planen?": each asked of the place
        where = either["where"] or ""
        return [f"{either['lead']} {either['a'].strip()}{where}?", f"{either['lead']} {either['b'].strip()}{where}?"]
    three_counts = _THREE_COUNTS.match(text)
    if three_counts:  # "Hur många sjukhus, hälsocentraler och tandvårdsmottagningar har …?": each counted on its own
        pre, rest = re.sub(r"^.*[,;:–]\s*", "", three_counts["pre"]), f"{three_counts['rest'].rstrip()}?"
        return [f"{pre}{three_counts[k]} {rest}" for k in ("a", "b", "c")]
    two_counts = _TWO_COUNTS.match(text)
    if two_counts:  # "Hur många hälsocentraler och tandvårdsmottagningar finns?": each counted on its own
        # (from the asking words on: "ny på jobbet, hur många …" asks "hur många …")
        pre, rest = re.sub(r"^.*[,;:–]\s*", "", two_counts["pre"]), f"{two_counts['rest'].rstrip()}?"
        return [f"{pre}{two_counts['a']} {rest}", f"{pre}{two_counts['b']} {rest}"]
    three_counts = _THREE_COUNTS_EN.match(text)
    if three_counts:  # "How many hospitals, health centres and dental clinics does …?"
        rest = f"{three_counts['rest'].rstrip()}?"
        return [f"How many {three_counts[k]} {rest}" for k in ("a", "b", "c")]
    two_counts = _TWO_COUNTS_EN.match(text)
    if two_counts:  # "Roughly how many health centres and public dental clinics does the region have?"
        rest = f"{two_counts['rest'].rstrip()}?"
        return [f"How many {two_counts['a']} {rest}", f"How many {two_counts['b']} {rest}"]
    parts = [p.strip(" ,") for sentence in _asked_sentences(text) for part in _SECOND_QUESTION.split(sentence)
             for half in _NOT_MIRROR.split(part) for p in _joined_parts(half)]
    if len(parts) == 1 and (mention := _MENTION_AFTER_COMMA.search(text)) and _ASKING_START.match(text[:mention.start()]):
        parts = [text[:mention.start()].strip(" ,"), text[mention.end():].strip()]
    parts = [p if p.endswith(("?", ".", "!")) else f"{p}?" for p in parts if p]
    if len(parts) == 2 and _BARE_WHICH_GROUPS.match(parts[1]) and (about := summary_topic(parts[0])):
        # "vad säger planen om psykisk ohälsa och självmord i norrbotten? vilka grupper är mest utsatta": of that
        parts[1] = f"{parts[1].rstrip(' ?')} när det gäller {about}?"
    if len(parts) == 2 and _WHERE_THEY_ARE.match(parts[1]) and _HOW_MANY.search(parts[0]):
        # "Hur många sjukhus har regionen, och var ligger de?": the sentence that counts them says where ("tre vid
        # kusten och två i Malmfälten"); read whole, as without the comma
        return [text]
    if len(parts) == 2 and _MENTIONED_OF_IT.match(parts[1]) and defined_term(parts[0]):
        # "vad e SIP för nåt, står det nåt om det?": whether the documents say anything of it is what the answer to what
        # it is tells (what they say of it, or that they do not explain it) – one question, not a second one refused
        return [parts[0]]
    if len(parts) == 2 and (bare := _BARE_DECISION.match(parts[1])) and (decided := _DECIDED_ON.search(parts[0])):
        # "När Barnarenan var med och beslutade om länets målbild, och när beslutade SVOM?": SVOM's decision on it too
        parts[1] = f"{parts[1].rstrip(' ?')} om {decided['what'].strip()}?"
    return parts if len(parts) >= 2 and all(len(p.split()) >= 3 for p in parts) else [text]


# A part that asks where the things the part before it counts are ("och var ligger de?", "and where are they?")
_WHERE_THEY_ARE = re.compile(r"^\s*(?:och\s+|and\s+)?(?:var\s+(?:ligger|finns|är)\s+(?:de|dom|dem|dessa)|"
                             r"where\s+(?:are|is)\s+(?:they|these|those|it))(?:\s+(?:located|belägna))?\s*\??\s*$", re.I)
# A part that asks only whether the documents say anything of what the part before it asks of ("står det nåt om det?")
_MENTIONED_OF_IT = re.compile(r"^\s*(?:och\s+)?(?:står|finns|nämns)\s+det\s+(?:nå(?:go)?t|nåt|några|mer|mera)?\s*"
                              r"(?:mer\s+)?(?:om\s+(?:det|den|dem|dom|detta)\s*)?(?:alls\s*|i\s+dokumenten\s*)?\??\s*$", re.I)
# A process named by the adjective it makes things ("digitalisering" -> "digital")
_PROCESS_OF_ADJECTIVE = re.compile(r"^(?P<base>\w{4,}(?:al|ell))iser(?:ing|ingen|ingar|ingarna)$", re.I)


def process_base(word: str) -> str:
    """The adjective a process noun is made of, lower-case ("Digitaliseringen" -> "digital"), or ""."""
    match = _PROCESS_OF_ADJECTIVE.match(word)
    return match["base"].lower() if match else ""


# "Vad ansvarar nämnden för, vad ansvarar den inte för?": a question and, after a comma, the same question negated
_NOT_MIRROR = re.compile(r"(?<=\w)\s*,\s*(?=(?:och\s+)?(?:vad|vilka|vilket|vilken)\s+\w+\s+(?:den|det|de|dom|man|hen)\s+inte\b|"
                         r"(?:and\s+)?what\s+(?:is|are|does|do)\s+(?:it|they|he|she)\s+not\b)", re.I)
# A part that asks which groups (or people) are most affected, naming not of what ("vilka grupper är mest utsatta?")
_BARE_WHICH_GROUPS = re.compile(r"^\s*(?:och\s+)?vilka\s+(?:grupper|personer|åldersgrupper)\s+(?:är|blir|drabbas|pekas\s+ut)"
                                r"(?:\s+(?:som\s+)?(?:mest|särskilt|extra)?\s*(?:utsatta|drabbade|sårbara))?\s*\??\s*$", re.I)
# A part that asks when someone decided, naming not on what ("och när beslutade SVOM?"), after one that says on what
_BARE_DECISION = re.compile(r"^\s*(?:och\s+)?när\s+(?:beslutade|fattade\s+beslut|tog\s+beslut|antog|fastställde)\s+"
                            r"(?:[\w-]+\s+){0,2}?[\w-]+\s*\?\s*$", re.I)
_DECIDED_ON = re.compile(r"\b(?:beslutade|beslutades|beslut|fattade\s+beslut)\s+om\s+(?P<what>[^?,.]{3,60})", re.I)



# "vad är Min vård Norrbotten, vad kan patienterna göra där": what a thing is, a comma, then a question of its own
_WHAT_THEN_ASKED = re.compile(r"^(?P<a>\s*(?:och\s+)?vad\s+(?:är|betyder|innebär|menas\s+med|avses\s+med)\s+"
                              r"(?!(?:det|den|dom|de|detta|dessa)\b)[^,?]{3,60}?)"
                              r"\s*,\s+"
                              r"(?P<b>(?:vad|vilka|hur|vem|när|var)\s+(?!är\s+(?:det|den|dom|de)\s*\??\s*$)[^,?]{6,}?)\s*\??\s*$", re.I)
# "Vad är X, och …" / "vad är X och …": what a thing is, then a second question of it
_WHAT_IT_IS_THEN = (r"^(?P<a>\s*(?:och\s+)?vad\s+(?:är|betyder|innebär)\s+(?!(?:det|den|dom|de|detta|dessa)\b)"
                    r"[^,?]{3,60}?)\s*(?:,\s*(?:och\s+)?|\s+och\s+)")
# "va e nära vård egentligen o vad har de me mej å göra": what it is, then what it means for the asker
_WHAT_THEN_FOR_ME = re.compile(_WHAT_IT_IS_THEN +
                               r"(?P<b>(?:vad|hur)\s+(?:betyder|innebär|påverkar|har)\s+(?:det|den|detta)\s+(?:för\s+|med\s+)?"
                               r"(?:mig|oss)\b[^?]*?)\s*\?*\s*$", re.I)
# "Vad är Min vård Norrbotten och kommer det till oss på sjukhuset?": what it is, then a yes/no question of it
_WHAT_THEN_YESNO = re.compile(_WHAT_IT_IS_THEN +
                              # (not "finns det i Jämtland?", which asks whether the thing is there: read whole)
                              r"(?P<b>(?:kommer|ingår|får|ska|kan|används|funkar|fungerar)\s+(?:det|den|dom|de|detta)\b"
                              r"[^?]{4,}?)\s*\?*\s*$", re.I)
# "vem fattade beslutet och är den kopplad till någon annan strategi?": who (what, when …), then a yes/no question of
# the thing the thread is about
# (not of a count, whose thing the second part asks of: "Hur många hälsocentraler finns det och är det några privata?")
_ASKED_THEN_YESNO = re.compile(r"^(?P<a>\s*(?:och\s+)?(?:vem|vilka|vilken|när|var|hur(?!\s+(?:många|mycket)))\s+[^,?]{6,60}?)"
                               r"\s*(?:,\s*(?:och\s+)?|\s+och\s+)"
                               r"(?P<b>(?:är|finns|kommer|ingår|hänger|gäller)\s+(?:den|det|dom|de|detta)\s+\S+\s+\S+\s+[^?]*?)"
                               r"\s*\?*\s*$", re.I)
# ("vad är Min vård Norrbotten och vad kan man göra där??": joined by "och" too)
_WHAT_AND_DONE_THERE = re.compile(r"^(?P<a>\s*(?:och\s+)?vad\s+(?:är|betyder|innebär)\s+(?!(?:det|den|dom|de|detta|dessa)\b)"
                                  r"[^,?]{3,60}?)\s+och\s+(?P<b>vad\s+kan\s+(?:man|patienterna|patienten|jag|vi|invånarna|"
                                  r"medborgarna)\s+(?:göra|hitta|få|använda)\s+(?:där|i\s+den|med\s+den)\b[^?]*?)\s*\?*\s*$", re.I)
# "vad står SVOM och RSR för?", "vad betyder SIP och MVC?": two abbreviations, each asked
_TWO_ACRONYMS = re.compile(r"^\s*(?:(?:och|o|å)\s+)?vad\s+(?:står|betyder|är)\s+(?P<a>[A-ZÅÄÖ]{2,6})\s+(?:och|o|resp\.?|respektive|samt)\s+"
                           r"(?P<b>[A-ZÅÄÖ]{2,6})(?:\s+för)?\s*\?*\s*$")
# "Vilka är SVOM och Barnarenan?": two names, each asked what it is
_TWO_NAMES = re.compile(r"^\s*(?:(?:och|o|å)\s+)?(?i:vilka|vad|vem)\s+(?i:är|var)\s+(?P<a>[A-ZÅÄÖ][\wåäöÅÄÖ-]+)\s+(?i:och|o|samt)\s+"
                        r"(?P<b>[A-ZÅÄÖ][\wåäöÅÄÖ-]+)\s*\?*\s*$")
_TWO_NAMES_EN = re.compile(r"^\s*(?:(?i:and|so)\s+)?(?i:who|what)\s+(?i:are|is|were)\s+(?P<a>[A-ZÅÄÖ][\wåäöÅÄÖ-]+)\s+(?i:and)\s+"
                           r"(?P<b>[A-ZÅÄÖ][\wåäöÅÄÖ-]+)(?:\s+(?i:that|who|which)\b[^?]*)?\s*\?*\s*$")
# "Finns klimakteriet med bland nämndens uppdrag, eller något annat om kvinnors och mäns hälsa?": whether one thing is
# there, then what else is said of a wider topic
_YES_OR_ELSE = re.compile(r"^(?P<a>\s*(?:finns|står|nämns|tas|kommer)\b[^?,]{6,}?)\s*,\s*eller\s+(?:något|nåt|någonting)\s+"
                          r"(?:annat\s+)?(?:om|kring|för)\s+(?P<b>[^?,]{3,}?)\s*\?*\s*$", re.I)
# "Vad skriver regionen om inhyrd personal och om dialog med facket?": two topics, each with its own "om"
_TWO_TOPICS = re.compile(r"^(?P<lead>\s*(?:och\s+)?vad\s+(?:säger|skriver|står)\b[^?]*?\bom)\s+(?P<a>[^?]{3,}?)\s+(?:och|samt)\s+om\s+"
                         r"(?P<b>[^?]{3,}?)\s*\?\s*$", re.I)
# "står det något om rehabilitering efter operation, eller om väntetider i planen?": whether either is said, each asked
# of the place said at the end
_EITHER_SAID = re.compile(r"^(?P<lead>\s*(?:och\s+)?(?:står|nämns|sägs)\s+det\s+(?:något|nåt|nånting|några)\s+om)\s+(?P<a>[^?,]{3,}?)"
                          r"\s*,?\s+(?:eller|och|samt)\s+om\s+(?P<b>[^?]{3,}?)(?P<where>\s+(?:i|enligt)\s+[^?\s]+(?:\s+[^?\s]+)?)?"
                          r"\s*\?\s*$", re.I)
# (or two words, one or the other: "står det nåt om hemmonitorering eller egenmonitorering?" – not "barn och unga",
# one topic, nor a word and its qualifier: "vård eller omsorg i hemmet" stays whole by the one-word sides)
_EITHER_WORD_SAID = re.compile(r"^(?P<lead>\s*(?:och\s+)?(?:står|nämns|sägs)\s+det\s+(?:något|nåt|nånting|några)\s+om)"
                               r"\s+(?P<a>[^\W\d_][\w-]{4,})\s*,?\s+eller\s+(?P<b>[^\W\d_][\w-]{4,})"
                               r"(?P<where>\s+(?:i|enligt)\s+[^?\s]+(?:\s+[^?\s]+)?)?\s*\?\s*$", re.I)
# (in English: "Does the plan say anything about rehabilitation after surgery, or about waiting times?")
_EITHER_SAID_EN = re.compile(r"^(?P<lead>\s*(?:and\s+)?(?:does|do|did)\s+[^?]{2,40}?\s+(?:say|mention|write)\s+(?:anything|something)"
                             r"\s+(?:about|on))\s+(?P<a>[^?,]{3,}?)\s*,?\s+(?:or|and)\s+(?:about|on)\s+(?P<b>[^?]{3,}?)\s*\?\s*$", re.I)
# "Hur många hälsocentraler och tandvårdsmottagningar finns i Norrbotten?": two things counted, each its own number
# (not when a question of its own follows: "Hur många ordinarie och ersättare sitter i nämnden, och när bestämdes det …?")
_TWO_COUNTS = re.compile(r"^(?P<pre>.*?\bhur\s+(?:många|manga)\s+)(?P<a>\w{5,})\s+(?:och|o|&)\s+(?P<b>\w{5,})\s+"
                         r"(?P<rest>(?:finns|har|bedrivs|sitter|ingår|arbetar|jobbar)\b"
                         r"(?:(?!,\s*(?:och|samt|o)\s+(?:när|vad|vem|vilk|hur|var|varför)\b)[^?])*)\??\s*$", re.I)

_THREE_COUNTS = re.compile(r"^(?P<pre>.*?\bhur\s+(?:många|manga)\s+)(?P<a>\w{4,}),\s+(?P<b>\w{4,}),?\s+(?:och|o|&)\s+"
                           r"(?P<c>\w{4,})\s+(?P<rest>(?:finns|har|bedrivs|sitter|ingår|arbetar|jobbar)\b[^?]*)\??\s*$", re.I)

# ("How many hospitals, health centres and dental clinics does Region Norrbotten have?": each counted on its own)
_THREE_COUNTS_EN = re.compile(r"^.*?\bhow\s+many\s+(?P<a>(?:\w+\s+){0,2}?\w{4,}),\s+(?P<b>(?:\w+\s+){0,2}?\w{4,}),?\s+"
                              r"(?:and|&)\s+(?P<c>(?:\w+\s+){0,2}?\w{4,})\s+"
                              r"(?P<rest>(?:does|do|are|is|exist|there|has|have|work|run)\b[^?]*)\??\s*$", re.I)
_TWO_COUNTS_EN = re.compile(r"^.*?\bhow\s+many\s+(?P<a>(?:\w+\s+){0,2}?\w{4,})\s+(?:and|&)\s+(?P<b>(?:\w+\s+){0,2}?\w{4,})\s+"
                            r"(?P<rest>(?:does|do|are|is|exist|there|has|have|work|run)\b[^?]*)\??\s*$", re.I)


def names_only_documents(text: str) -> bool:
    """Whether a phrase names only documents ("nämndens plan", "strategin"), no topic."""
    left = re.sub(r"(?:\b\w+s\s+)?\b\w+\b", lambda m: "" if _DOCUMENT_WORD.search(m.group(0).split()[-1]) else m.group(0), text)
    return bool(text.strip()) and not left.strip()


_DOCUMENT_WORD = re.compile(r"(?:strateg|plan|verksamhetsplan|målbild|dokument|document|material|text)\w*$", re.I)


def document_kind_of(phrase: str) -> str:
    """The kind of document a compound's head names ("länsstrategin" -> "strategin", "verksamhetsplanen" ->
    "planen"), when the phrase is one word ending on one; else ""."""
    words = phrase.split()
    kind = re.search(r"(?:strategi|plan|målbild)\w*$", words[-1], re.I) if len(words) == 1 else None
    return kind.group(0) if kind and kind.start() > 0 else ""
# "Varför behöver vi ställa om? Vilka skäl anger strategin?": a second sentence that asks only for the reasons (or
# what a document says) asks the first again
_REASON_WORDS = {"skäl", "skälen", "anledning", "anledningen", "anledningar", "anledningarna", "orsak", "orsaken",
                 "orsaker", "orsakerna", "motiv", "motiven"}
_RESTATING_WORDS = _REASON_WORDS | {"reason", "reasons", "anger", "ger", "give", "gives", "does",
                    "the", "say", "says", "säger", "står", "nämns", "beskrivs"}


# "Punkta gärna upp det.", "… i punktform": the answer is asked for as points, all of what the section says
_POINTS = re.compile(r"\bpunkta\b|\bi\s+punktform\b|\bsom\s+(?:en\s+)?punktlista\b|\bi\s+(?:några\s+)?punkter\b|"
                     r"\bi\s+stödord\b|\bi\s+stolpar\b", re.I)


def asks_points(question: str) -> bool:
    """Whether a question asks for its answer as points ("Punkta gärna upp det.")."""
    return bool(_POINTS.search(question))


def _names_a_topic(sentence: str) -> bool:
    """Whether an asking sentence names something of its own ("Ge en kort sammanfattning av hur arbetet
    organiserades." does; "Ge mig en kort överblick." only says how to answer the one before)."""
    return bool(content_words(topic_words(_IMPERATIVE.sub(" ", sentence))).strip(" ?.!"))


def _restates(sentence: str) -> bool:
    """Whether an asking sentence names nothing but reasons and the documents ("What reasons does the strategy give?")."""
    words = [w for w in topic_words(sentence).lower().split() if not _DOCUMENT_WORD.match(w)]
    if _WHAT_DOCUMENTS_SAY.match(sentence) and names_only_documents(_WHAT_DOCUMENTS_SAY.match(sentence)["docs"]):
        return True  # "Jag vill veta vad både strategin och verksamhetsplanen säger.": only whom to answer from
    return bool(re.search(r"\b(?:skäl|anledning\w*|orsak\w*|motiv\w*|reasons?)\b", sentence, re.I)) and \
        all(w in _RESTATING_WORDS for w in words)


# "enligt strategin och verksamhetsplanen", "både länsstrategin och nämndens plan", "vad strategin och nämndens plan
# säger om …": two documents asked side by side
_BOTH_DOCUMENTS = re.compile(r"\b(?:\w+s\s+)?\w*(?:strategi|plan|målbild)\w*\s+(?:och|respektive|samt)\s+(?:i\s+)?"
                             r"(?:\w+s\s+)?\w*(?:strategi|plan|målbild)\w*\b", re.I)


def both_documents_asked(question: str) -> bool:
    """Whether a question asks two documents side by side ("… enligt strategin och verksamhetsplanen?")."""
    return bool(_BOTH_DOCUMENTS.search(question)) and not asks_relation(question)


_WHAT_DOCUMENTS_SAY = re.compile(r"^\s*(?:(?:jag\s+)?(?:vill|skulle vilja)\s+(?:veta|ha|höra)\s+)?vad\s+(?:både\s+)?"
                                 r"(?P<docs>[\w\s]+?)\s+(?:och|respektive)\s+(?P<other>[\w\s]+?)\s+(?:säger|skriver|tycker)"
                                 r"(?:\s+om\s+(?:det|detta|saken))?\s*[.?!]?\s*$", re.I)


# "… om inhyrd personal? Och står det nåt om sjukskrivningar?": whether a thing of its own is mentioned, asked apart
_ALSO_MENTIONED = re.compile(r"^\s*(?:(?:och|å|o|men|ok|okej)\b[\s,]+)?(?:står|nämns|sägs|skrivs)\s+det\s+(?:\w+\s+)?"
                            r"(?:om|kring|angående)\b", re.I)


# ", frågade man invånarna nånting?": a yes/no question of its own after a comma (a verb first)
_YESNO_AFTER_COMMA = re.compile(r",\s+(?:och\s+)?(?:frågade|fick|fanns|finns|var|är|blev|har|hade|ska|kan|gäller|ingår|"
                                r"involverades|deltog)\s+(?:man|de|dom|det|den|ni|vi|alla|några|någon)\b[^?]*\?", re.I)


def first_question(text: str) -> str:
    """A question's first question ("hur tog man fram målbilden i X, frågade man invånarna nånting?" -> "hur tog man
    fram målbilden i X?"): what a later "den" points back to is named there."""
    first = question_parts(text)[0]
    cut = _YESNO_AFTER_COMMA.search(first)
    return f"{first[:cut.start()].rstrip()}?" if cut else first


_ALSO_DOES = re.compile(r"\s*(?:(?:och|men|o|å)\s+)?(?:har|är|ska|gör|sköter|ansvarar)\s+(?:dom|de|den|hen)\s+[^?]*\bockså\s*\?",
                       re.I)
# "vem beslutade målbilden och när? ska kommunerna också fastställa den?": whether another does it too, named
_OTHER_ALSO_DOES = re.compile(r"\s*(?:(?:och|men|o|å)\s+)?(?:har|ska|skall|måste|behöver|gör|får)\s+(?!dom\b|de\b|den\b|det\b|hen\b|"
                              r"man\b|vi\b|jag\b|ni\b)[^\W\d_]{4,}\s+också\s+[^?]*\?", re.I)


_HOW_IT_WENT = re.compile(r"^\s*(?:(?:och|men)\s+)?hur\s+(?:gick\s+det\s+till|gjorde\s+(?:man|de|dom|ni))\s*\??\s*$", re.I)


def _asked_sentences(text: str) -> list[str]:
    """A question's sentences, each that asks on its own apart ("Vad låg bakom …? Ge en kort sammanfattning av
    hur arbetet organiserades." -> both); one that points back stays with the one before ("Vad är SIP? Vad innebär
    det för mig?")."""
    sentences: list[str] = []
    for sentence in re.split(r"(?<=\?)\s+", text.strip()):
        mentioned = _ALSO_MENTIONED.match(sentence) and asked_mentioned(sentence)  # ("står det" points at nothing)
        # ("när gick regionen över till Cosmic? och när slår det igenom i alla verksamheter?": two dates, each its own)
        another_date = bool(sentences) and asked_kind(sentences[-1]) == "date" and asked_kind(sentence) == "date" \
            and len(sentence.split()) >= 4  # ("När antogs målbilden? När var det?" asks the one date again)
        # ("hur många hc finns det? o hur många tandvårdsmottagningar, e några av dom privata?": two counts, each its own)
        another_count = bool(sentences) and asked_kind(sentences[-1]) == "number" and asked_kind(sentence) == "number" \
            and counted_noun(sentence) not in (None, counted_noun(sentences[-1]))
        # ("what is this patient contract thing? when was it introduced?": what it is, then when – each its own, as
        # the documents may say one and not the other)
        what_then_date = bool(sentences) and intent_of(sentences[-1]) == "what" and asked_kind(sentence) == "date" \
            and len(sentence.split()) >= 3
        # ("vem som … har beställt den länsgemensamma strategin? Och vilka var med och tog fram den?": two who's)
        another_who = bool(sentences) and asked_kind(sentences[-1]) == "who" and len(sentence.split()) >= 4 \
            and bool(re.match(r"\s*(?:och\s+|o\s+)?(?:vem|vilka)\s+(?:var|är|har|hade|tog|ska)\b", sentence, re.I))
        # ("Vad har nämnden ansvar för? har dom hand om vårdvalet också?": what it does, then whether it does one
        # thing more – each its own, as the documents say the one apart from the other)
        also_yes = bool(sentences) and bool(_ALSO_DOES.match(sentence) or _OTHER_ALSO_DOES.match(sentence)) \
            and bool(_WH_START.match(sentences[-1]))
        # ("Fick vi som patienter … vara med när man tog fram målbilden …? Hur gick det till?": whether, then how it
        # was made – each its own)
        then_how = bool(sentences) and bool(_HOW_IT_WENT.match(sentence)) and bool(_MADE_WHAT.search(sentences[-1]))
        # ("hur många hälsocentraler finns de i länet? och tandvårdskliniker?": the same count of another thing)
        counted = counted_noun(sentences[-1]) if sentences and asked_kind(sentences[-1]) == "number" else None
        other = _ONLY_ANOTHER_THING.match(sentence) if counted else None
        # ("Nämns servicepunkter ens i strategin? och vilka andra exempel tar dom upp under öppnare vårdformer?": "dom"
        # are the writers, the question its own)
        own_list = bool(sentences) and bool(_ASKING_START.match(re.sub(r"^\s*(?:och|o|å)\s+", "", sentence))) \
            and len(sentence.split()) >= 6 and bool(_THEY_WRITE.search(sentence)) \
            and not points_back(_THEY_WRITE.sub(" ", sentence)) and _names_a_topic(sentence)
        if other and counted:
            sentences.append(re.sub(rf"\b{re.escape(counted)}\b", other["thing"], sentences[-1], count=1))
        elif sentences and (another_date or another_count or what_then_date or another_who or also_yes or then_how
                            or own_list):
            sentences.append(sentence)
        elif sentences and (_ASKING_START.match(sentence) or _IMPERATIVE.match(sentence) or mentioned) \
                and not points_back(mentioned or sentence) \
                and len(sentence.split()) >= 4 and not _restates(sentence) and _names_a_topic(sentence):
            sentences.append(sentence)
        elif sentences:
            sentences[-1] = f"{sentences[-1]} {sentence}"
        else:
            sentences.append(sentence)
    return sentences


# A sentence that only names another thing ("och tandvårdskliniker?"), asked as the sentence before it asks
_ONLY_ANOTHER_THING = re.compile(r"^\s*(?:och|o|å|samt|men)\s+(?P<thing>[^\W\d_]{4,}(?:\s+[^\W\d_]{4,})?)\s*(?:då)?\s*\?+\s*$", re.I)
# The writers as "dom": "vilka exempel tar dom upp …?" asks what the documents take up, pointing back at nothing
_THEY_WRITE = re.compile(r"\b(?:tar|skriver|säger|nämner|beskriver|lyfter|räknar)\s+(?:dom|de)\b", re.I)


# "den" standing for a thing, not before one ("vad fokuserar den på?", "… göra med den?"; not "den nya planen")
_PRONOUN_DEN = re.compile(r"\b(?:den|dem|dessa)(?=\s*[?.!,]|\s*$|\s+(?:på|om|av|i|till|ut|för|med|egentligen|"
                          r"fram|in|ifrån|från|enligt|när|nu|idag|sen|sedan|under|framöver)\b)", re.I)
_IT_DOES = re.compile(r"^\s*(?:och\s+)?(?:kommer|gäller|funkar|fungerar|används|ingår|kostar)\s+(?P<it>det)\b", re.I)
REFERENT_WORDS = 4  # a longer stretch of topic words is no one thing "den" can stand for
_CLAUSE_VERBS = {"skulle", "ska", "skall", "kan", "kunde", "borde", "bör", "måste", "har", "hade", "blev", "blir", "är",
                 "var"}


# "vad är svom och vad har de beslutat om nära vård?": "de" as the subject of a later part is the body the first
# part asked what it is
_THEY_DID = re.compile(r"^\s*(?:och\s+)?(?:vad|vilka\s+\w+|när|hur|var)\s+(?:har|hade|gör|gjorde|ska|skall|"
                       r"beslutade|fattade|tog|ansvarar)\s+(?P<they>de|dom)\b", re.I)


# A name of several words the documents write mid-sentence, a capital first and last and a word between ("Min vård
# Norrbotten"), said at least twice
_NAME_OF_WORDS = re.compile(r"(?<=[a-zåäö,] )([A-ZÅÄÖ][a-zåäö]+ (?:[a-zåäö]{4,} ){1,2}[A-ZÅÄÖ][a-zåäö]+)\b")
NAME_MENTIONS = 2
MIN_ONE_WORD_NAME = 6  # letters of a one-word name the documents write capitalised ("Cosmic")
# (alone: not the first word of a longer name, "Social ReKo", "Agenda 2030", "Life Science")
_ONE_WORD_NAME = re.compile(r"(?<=[a-zåäö,] )([A-ZÅÄÖ][a-zåäö]{%d,})\b(?!\s+(?:[A-ZÅÄÖ]|\d{4}\b))" % (MIN_ONE_WORD_NAME - 1))


def names_of(texts: Sequence[str]) -> tuple[str, ...]:
    """The documents' names of several words, as they write them ("Min vård Norrbotten"), and the one-word names they
    only ever write capitalised within a sentence ("Cosmic", "Barnarenan"; no region or place)."""
    flat = [re.sub(r"\s+", " ", t) for t in texts]
    counts = Counter(m.group(1) for t in flat for m in _NAME_OF_WORDS.finditer(t))
    single = Counter(m.group(1) for t in flat for m in _ONE_WORD_NAME.finditer(t))
    lower = {w for t in flat for w in re.findall(r"\b[a-zåäö]{%d,}\b" % MIN_ONE_WORD_NAME, t)}
    return tuple(sorted({n for n, k in counts.items() if k >= NAME_MENTIONS}
                        | {n for n, k in single.items() if k >= NAME_MENTIONS and n.lower() not in lower
                           and not region_word(n) and fold(n.lower()) not in _places()}))


# "… är dialyssjuksköterska på Kiruna sjukhus. Vi hör att sjukhuset ska försvinna – …": the asker's own hospital
_OWN_HOSPITAL = re.compile(r"\b(?:på|vid)\s+(?P<name>(?-i:[A-ZÅÄÖ])[\w-]+\s+sjukhus|sjukhuset\s+i\s+(?-i:[A-ZÅÄÖ])[\w-]+)\b", re.I)


def own_hospital_named(question: str, preamble: str) -> str:
    """A question's bare "sjukhuset" as the hospital the preamble says the asker works at ("Kiruna sjukhus"), or ""."""
    own = _OWN_HOSPITAL.search(preamble or "")
    if not own or not re.search(r"\bsjukhuset\b", question, re.I) or _OWN_HOSPITAL.search(question):
        return ""
    return re.sub(r"\bsjukhuset\b", own["name"], question, count=1, flags=re.I)


def names_cased(text: str, names: Sequence[str]) -> str:
    """A question with the documents' names written as they write them ("vad är min vård norrbotten?" -> "vad är Min
    vård Norrbotten?"), so that "min" is read as a name's word, not "my"."""
    for name in names:
        text = re.sub(rf"\b{re.escape(name)}\b", name, text, flags=re.I)
    return text


def says_then(text: str) -> bool:
    """Whether a question goes on from what was said ("och vad ska hända i RSR sen?"): a "sen", "därefter"."""
    return asks_next(text) or bool(re.search(r"\b(?:sen|sedan|därefter|efter\s+det)\s*\??\s*$", text, re.I))


def acronyms_in(text: str) -> list[str]:
    """The acronyms a text says ("vad är SIP och var nämns det?" -> ["SIP"])."""
    return re.findall(r"\b[A-ZÅÄÖ]{2,6}\b", text)


_PARTICLES = {"fram", "upp", "ut", "in", "till", "bort"}  # a verb's particle ("ta fram"), never a thing


def with_referent(part: str, earlier: str) -> str:
    """A later part of a question with its "den" replaced by the thing the earlier part asks of ("När antogs
    Norrbottens gemensamma målbild, och vad fokuserar den på …?" -> "vad fokuserar Norrbottens gemensamma
    målbild på …?"), or the part as it is."""
    english_it = _SAID_ABOUT_IT_EN.search(part)
    if english_it:
        # "When was the new Cosmic record system rolled out …, and what does the plan say about it?": the one name the
        # earlier part says (its English is lost in the Swedish reading: "it" would be read as nothing)
        names = [n for n in dict.fromkeys([*proper_names(earlier), *acronyms(earlier)]) if not region_word(n)]
        return f"{part[:english_it.start('it')]}{names[0]}{part[english_it.end('it'):]}" if len(names) == 1 else part
    named = defined_term(earlier) if intent_of(earlier) == "what" else ""
    # ("vad menas med mobiltandvård, när ska det börja?": the "det" a modal's question is of is the term asked of)
    it_subject = _IT_SUBJECT.match(part) if named and len(named.split()) <= REFERENT_WORDS else None
    if it_subject:
        return f"{part[:it_subject.start('it')]}{named}{part[it_subject.end('it'):]}"
    named = named if named and named[:1].isupper() else ""  # (a name: "SVOM", "Min vård Norrbotten")
    they = _THEY_DID.match(part)
    if they and named:
        return f"{part[:they.start('they')]}{named}{part[they.end('they'):]}"
    said_of = _IT_DOES.match(part)
    if said_of and named and len(named.split()) <= REFERENT_WORDS:
        # "Vad är Min vård Norrbotten och kommer det till oss på sjukhuset?": "det" is the service
        return f"{part[:said_of.start('it')]}{named}{part[said_of.end('it'):]}"
    if named and _PRONOUN_DEN.search(part) and len(named.split()) <= REFERENT_WORDS:
        # "Vad är Min vård Norrbotten och vilka funktioner finns i den?": the name whole ("Min" is no pronoun here)
        return _PRONOUN_DEN.sub(named, part, count=1)
    # (its words that name a thing: not the asking nor what was done, "Vem fastställde målbilden …" -> "målbilden")
    # (nor the verb of an "att" clause: "När beslutades det att inrätta hälso- och sjukvårdsnämnden?" -> the nämnd)
    # (not the subject of an "att" clause with its own verb: "… att nämnden skulle inrättas" -> the nämnd)
    infinitives = {w.lower() for w in re.findall(r"\batt\s+(\w+)(?!\s+(?:skulle|ska|skall|har|hade|kommer|kan|måste|blir|blev)\b)",
                                                 earlier, re.I)}
    # (nor what was done, said after "har": "Vem har fastställt vår målbild …" -> "målbild")
    # (a supine, not a thing had: "Hur många ledamöter har nämnden, och när inrättades den?" -> the nämnd)
    infinitives |= {w.lower() for w in re.findall(r"\b(?:har|hade)\s+(?:(?:egentligen|redan|faktiskt|ju|nu|själva)\s+)?(\w+t)\b",
                                                  earlier, re.I) if not w.lower().endswith("et")}  # ("… har beställt …")
    # (nor the verb a question word opens on: "Vad ansvarar nämnden för …?" -> the nämnd)
    infinitives |= {w.lower() for w in re.findall(r"(?:^|[,;]\s*)(?:och\s+)?(?:vad|vem|vilka|vilken|vilket|när|varför)\s+(\w+)",
                                                  earlier, re.I) if verb_like(w)}
    # (nor the many counted: "Hur många ledamöter har nämnden, och när inrättades den?" -> the nämnd, one)
    infinitives |= {w.lower() for w in re.findall(r"\bhur\s+många\s+(\w+)", earlier, re.I)}
    # (what an "att" clause is done to, not who did it: "När beslutade regionfullmäktige att inrätta hälso- och
    # sjukvårdsnämnden, och hur många ledamöter har den?" -> the nämnd, not "regionfullmäktige hälso- och …")
    done_to = re.search(r"\batt\s+\w+\s+(?!(?:skulle|ska|skall|har|hade|kommer|kan|måste|blir|blev)\b)(?P<rest>[^?,]+)", earlier)
    source = done_to["rest"] if done_to and topic_words(done_to["rest"]).strip(" ?") else earlier
    words = [w for w in topic_words(source).strip(" ?").split()
             if w.lower() not in QUESTION_WORDS and not _QUESTIONISH.match(w) and not done_like(w)
             and w.lower() not in infinitives and w.lower() not in _PARTICLES]  # ("togs … fram": no part of the thing)
    # (the thing ends where a clause's verb begins: "… att hälso- och sjukvårdsnämnden skulle inrättas" -> the nämnd)
    ends = next((i for i, w in enumerate(words) if i and w.lower() in _CLAUSE_VERBS), len(words))
    # (a word cut short keeps its "och": "hälso- och sjukvårdsnämnden")
    thing = re.sub(r"(?<=\w-) (?=\w)", " och ", " ".join(words[:ends])) if re.search(r"\w- och \w", earlier) \
        else " ".join(words[:ends])
    if regions_named(part):  # "…, och var beslutades den i Jämtland Härjedalen?": the thing, of the region asked
        thing = " ".join(w for w in thing.split() if not regions_named(w))
    # ("Hur tog de fram sin målbild där, och vad innehåller den?": the thing that is theirs, not "tog fram målbild")
    owned = possessed_thing(earlier)
    if not owned and _PRONOUN_DEN.search(earlier):
        return part  # "Hur tog de fram den, och vem har fastställt den?": the earlier part names no thing either
    # (words before it are what was done; words after it qualify it: "vår målbild för nära vård" stays whole)
    thing = owned if owned and owned.lower() in thing.lower().split()[1:] else thing
    if thing and len(thing.split()) > REFERENT_WORDS:
        # (a long stretch less the region and a relative "som"; "nära vård" stays: "vem som … har beställt den
        # länsgemensamma strategin för nära vård i Norrbotten? Och vilka var med och tog fram den?" is a question of the
        # strategy "för nära vård", whose own line answers it – cut to "länsgemensamma strategin", the part read as a
        # follow-up and lost it, hold81; the rule that cut it had never matched, a backspace in its pattern)
        shorter = " ".join(w for w in thing.split() if w.lower() != "som" and not regions_named(w))
        thing = shorter if shorter and len(shorter.split()) <= REFERENT_WORDS else thing
    if not thing or len(thing.split()) > REFERENT_WORDS:
        return part
    if not _PRONOUN_DEN.search(part) and (about := _SAID_ABOUT_IT.search(part)):
        # "När infördes Cosmic och vad säger planen om det?": "det" after "om" is the thing (not "står det")
        return f"{part[:about.start('it')]}{thing}{part[about.end('it'):]}"
    return _PRONOUN_DEN.sub(thing, part, count=1)


# "… vad säger planen om det?", "… what does the plan say about it?" (read "om det"): the thing spoken of before
_IT_SUBJECT = re.compile(r"^\s*(?:och\s+)?(?:när|var|vart|hur|varför)\s+(?:ska|skall|kommer|kan|började|startade|startar|"
                         r"börjar|infördes|införs)\s+(?P<it>det|den)\b(?!\s+(?:att|som)\b)", re.I)
_SAID_ABOUT_IT_EN = re.compile(r"\babout\s+(?P<it>it|this|that)(?=\s*(?:[?.!]|$))", re.I)  # the same, in English
_SAID_ABOUT_IT = re.compile(r"\b(?:om|kring|angående)\s+(?P<it>det|detta|det\s+här)(?=\s*(?:[?.!]|$|\s+(?:i|enligt|då)\b))",
                            re.I)


def without_purpose(sentence: str) -> str:
    """A question less the clause that says what the asker will do with the answer (not a topic)."""
    cut = _PURPOSE.sub("", sentence).strip()
    return cut if len(cut.split()) >= 3 else sentence


_ABOUT_MINE = re.compile(r"\s*(?:min|mitt|mina)\s+\w+\s+(?:jobbar|arbetar|är|bor|har)\b", re.I)


# "jag jobbar som biståndshandläggare o fattar inte riktigt vad dom lokala handlingsplanerna e för nåt, vem …":
# what the asker does not understand is the question, a sentence of its own
_DONT_GET = re.compile(r"\s*,?\s+(?:och|o|men)\s+(?:jag\s+)?(?:fattar|förstår|begriper|fattade|förstod)\s+inte\s+"
                       r"(?:riktigt\s+|helt\s+|alls\s+|själv\s+)?(?=(?:vad|vem|vilka|vilken|vilket|hur|varför|när)\b)", re.I)
# "Min chef vill ha en kort sammanfattning av nämndens verksamhetsplan inför ett möte.": a wish for a summary
_SUMMARY_WISH = re.compile(r"^\s*(?:jag|vi|\w+\s+\w+|\w+\s+\w+\s+\([^)]*\))\s+(?:vill|skulle vilja|behöver|önskar|ville)\s+"
                           r"(?:(?:ha|få)\s+)?(?:en\s+|ett\s+)?(?:kort\s+|snabb\s+|enkel\s+|kortfattad\s+)?"
                           r"(?:sammanfattning|summering|överblick|översikt|sammandrag)\s+(?:av|över)\s+(?P<q>[^?]{6,}?)\s*[.!]?\s*$",
                           re.I)


def _wished_summary(sentence: str) -> str:
    """A sentence wishing for a summary as the request it is ("Min chef vill ha en kort sammanfattning av
    nämndens verksamhetsplan." -> "Sammanfatta nämndens verksamhetsplan."), else the sentence."""
    wish = _SUMMARY_WISH.match(sentence)
    if not wish:
        return sentence
    asked = without_purpose(f"Sammanfatta {wish['q'].strip(' .')}.").strip()  # ("… inför ett möte.")
    return asked if asked.endswith((".", "!", "?")) else f"{asked}."


# "Kan du sammanfatta kort vad nämnden har ansvar för – och …?": the question asked indirectly, asked directly
_SUMMARISED_DUTY = re.compile(r"^\s*(?:kan\s+du\s+)?(?:sammanfatta|summera|berätta)(?:\s+(?:kort|kortfattat|snabbt))?\s+vad\s+"
                              r"(?P<x>(?!(?:jag|vi|du|ni|man)\b)[\w\s-]{3,60}?)\s+(?:har\s+(?:\w+\s+)?ansvar(?:et)?|ansvarar)\s+för\b"
                              r"(?P<rest>[^?]*)\??\s*$", re.I)


# "sammanfatta kort tidslinjen för hur målbilden togs fram och beslutades": how it was done, asked directly
_SUMMARISED_HOW = re.compile(r"^\s*(?:kan\s+du\s+)?(?:sammanfatta|summera|beskriva?|berätta\s+om|ge\s+mig)(?:\s+(?:kort|kortfattat|"
                             r"snabbt))?\s+(?:tidslinjen|processen|förloppet|gången|historiken|tidplanen)\s+(?:för|över|av)\s+"
                             r"(?P<how>hur\s+[^?]{5,}?)\s*[?.!]?\s*$", re.I)


def _summarised_how(sentence: str) -> str:
    """"sammanfatta tidslinjen för hur målbilden togs fram" as "Hur togs målbilden fram?" (its words as typed), else the
    sentence."""
    match = _SUMMARISED_HOW.match(sentence)
    if not match:
        return sentence
    # ("… hur målbilden togs fram och beslutades": how it was made, then when it was decided – each asked on its own)
    # (in a question's word order: "hur strategin togs fram" -> "Hur togs strategin fram?")
    made = _MADE_THEN_DECIDED.match(match["how"])
    if made and made["done"]:
        return f"Hur {made['verb']} {made['x']} fram, och när {made['done']} den{made['rest']}?"
    if made:
        return f"Hur {made['verb']} {made['x']} fram{made['rest']}?"
    return f"{match['how'][:1].upper()}{match['how'][1:]}?"


_MADE_THEN_DECIDED = re.compile(r"^hur\s+(?P<x>[\w\s-]+?)\s+(?P<verb>togs|arbetades|växte)\s+fram(?:\s+och\s+"
                                r"(?P<done>beslutades|antogs|fastställdes|godkändes))?(?P<rest>[^?]*)$", re.I)


def _summarised_duty(sentence: str) -> str:
    """"Kan du sammanfatta kort vad nämnden har ansvar för?" as "Vad ansvarar nämnden för?", else the sentence."""
    match = _SUMMARISED_DUTY.match(sentence)
    return f"Vad ansvarar {match['x'].strip()} för{match['rest'].rstrip()}?" if match else sentence


# "… och vi ska börja jobba mer med patientkontrakt": what the asker is to work with, said last
_WORKS_WITH_END = re.compile(r"\b(?:jobba|arbeta|jobbar|arbetar|införa|inför|använda|använder)\s+(?:mer\s+|mycket\s+|mer\s+och\s+mer\s+)?"
                             r"med\s+(?P<x>[^\W\d_][\w-]+(?:\s+[\w-]+)?)\s*$", re.I)


# "Jag är ny koordinator för forskarskolan i nära vård, vad står det om den?": what the asker coordinates or leads
_LEADS_THING_END = re.compile(r"\b\w*(?:koordinator|samordnare|ledare|ansvarig|chef|handläggare)\s+(?:för|över)\s+"
                              r"(?P<x>[^\W\d_][\w-]+(?:\s+[\w-]+){0,3})\s*$", re.I)


def _pointing_replaced(question: str, thing: str) -> str:
    """The question with the word that points at a thing ("det", "den") as that thing, the expletive kept ("står det nåt
    om det i nämndens plan?" -> "står det nåt om klimakteriet i nämndens plan?")."""
    pointing = list(_POINTING_WORD.finditer(question))
    if without_expletive(question) != question and len(pointing) >= 2:
        last = pointing[-1]
        return f"{question[:last.start()]}{thing}{question[last.end():]}"
    return _POINTING_WORD.sub(lambda m: thing, without_expletive(question), count=1)


# "vad är det för mål …", "vad finns det för exempel …": the "det" asks what kind of thing, it points at nothing (nor
# "vad är det för nåt?", which asks what the thing pointed at is)
_WHAT_KIND_OF = re.compile(r"^(\s*vad\s+(?:är|finns|fanns|var))\s+det\s+för\s+(?=(?!(?:nåt|något|nånting|någonting)\b)\w+\s+\w)",
                           re.I)


# "diabetessköterska på hälsocentral i luleå, vad …?", "Ny teamledare i hemtjänsten i Piteå kommun.": who asks, said
# without "jag är"
_ROLE_AT = re.compile(r"^\s*(?:(?:ny|nyanställd|nyexaminerad|nybliven)\s+)?(?P<role>[^\W\d_]{4,})\s+(?:på|i|inom|vid|hos)\s+", re.I)


def _states_role_at(sentence: str) -> bool:
    """Whether a sentence opens by saying the asker's role and where, without "jag är" ("diabetessköterska på
    hälsocentral i luleå, …")."""
    match = _ROLE_AT.match(sentence)
    # (a nurse of a kind no role names: "diabetessköterska")
    return bool(match) and (bool(role_of(match["role"])) or bool(re.fullmatch(r"\w{3,}sköterska", match["role"], re.I)))


def _asked_part(sentence: str) -> str:
    """A sentence about the asker that turns into the question after a dash or comma: the question
    (unless the asker's role is said there: "Jag är distriktssköterska – vad … för oss?" asks from it)."""
    # (or about someone close to the asker: "min sambo jobbar i östersund, vad skiljer …?")
    # (or with its "jag" left out: "jobbar i hemtjänst, vad menas med egenvård …?")
    if not (_ABOUT_ME.match(sentence) or re.match(r"\s*(?:jag|vi)\s+\w+", sentence, re.I) or _ABOUT_MINE.match(sentence)
            or re.match(r"\s*(?:jobbar|arbetar)\s+(?:som|i|på|inom|vid)\s+\w+", sentence, re.I) or _states_role_at(sentence)):
        return sentence
    if re.match(r"\s*(?:jag är|i'm|i am)\b", sentence, re.I):  # "jag är ssk, …": who asks, kept …
        for mark in _THEN_ASKING.finditer(sentence):  # … unless what follows asks nothing of the asker
            rest = sentence[mark.end():]
            # (or what the asker coordinates, unless the question asks what it means for them: "Jag är enhetschef för
            # hemtjänsten i Kalix, vad innebär det för mig?")
            worked = _WORKS_WITH_END.search(sentence[:mark.start()]) or (
                _LEADS_THING_END.search(sentence[:mark.start()])
                if not re.search(r"\b(?:jag|vi|oss|mig|min|mitt|vår|vårt)\b", rest, re.I) else None)
            if worked and _ASKING_START.match(rest) and _POINTING_WORD.search(without_expletive(rest)):
                # "jag är ssk … och vi ska börja jobba mer med patientkontrakt, vad är det egentligen …?": "det" is
                # what the asker is to work with
                asked = _pointing_replaced(rest, worked["x"])
                return asked[:1].upper() + asked[1:]
            if _ASKING_START.match(rest) and len(rest.split()) >= 3 and not asks_for_me(rest) \
                    and not points_back(_THERE_IS.sub(" ", rest)) \
                    and not re.search(r"\b(?:jag|vi|oss|mig|min|mitt|vår|vårt)\b", rest, re.I):
                return rest[:1].upper() + rest[1:]  # "jag är ny ssk …, vad är nära vård egentligen"
            break
        return sentence
    for mark in _THEN_ASKING.finditer(sentence):
        rest = sentence[mark.end():]
        if _ASKING_START.match(rest) and len(rest.split()) >= 3 and not role_in(sentence[:mark.start()]):
            # (a "det" may point into the question itself: "vad menas med egenvård och vad innebär det för oss?")
            first = re.split(r"\s+och\s+(?=(?:vad|hur|vem|vilka|när|varför)\b)", rest, maxsplit=1)[0]
            # (nor the "det" of "vad är det för X …", which asks what kind of X: "Jag jobbar i Östersund, vad är det
            # för mål länet har satt upp?")
            if not points_back(_WHAT_KIND_OF.sub(r"\1 ", first)):
                return rest[:1].upper() + rest[1:]
            heard = _HEARD.match(sentence[:mark.start()])
            if heard:  # "jag har hört att det ska göras lokala handlingsplaner, vad säger strategin om dom?": what
                # was heard, then the question pointing at it, as two sentences
                said = sentence[heard.end():mark.start()].strip()
                return f"{said[:1].upper()}{said[1:]}. {rest[:1].upper()}{rest[1:]}"
            break  # "– vad står den för?" points back to the sentence itself
    return sentence


def _reported(sentence: str) -> str:
    """What a statement before a question tells about the matter: the statement less "jag hörde att"; of a
    sentence about the asker only what someone told them ("Jag är ny … och min chef nämnde att X." -> "X."), else ""."""
    if _ABOUT_ME.match(sentence) or _states_role_at(sentence):
        told = _REPORTED.search(sentence)
        return told.group(1) if told else ""
    return _HEARD.sub("", sentence).strip()


# The definite ending a pointing word agrees with: "den" a noun in -en ("målbilden"), "det" one in -et
# ("arbetet"), "dem"/"dessa" a plural in -na ("politikerna"); "där", "deras" … any of them.
_AGREES = {"den": "en", "denna": "en", "det": "et", "detta": "et", "dem": "na", "dessa": "na", "de": "na"}
_ARTICLE_AGREES = {"den": "en", "denna": "en", "det": "ett", "detta": "ett"}  # "en plan … den", "ett kontrakt … det"


# "den länsgemensamma strategin", "det nya journalsystemet": a determiner before its noun, pointing nowhere
_DETERMINED = re.compile(r"\b(?:den|det|de|denna|detta|dessa)\s+\w+[ae]\s+\w{4,}(?:en|et|na|n)\b|"
                         # ("Vad är det för målbild som gäller här?": "det för" points at nothing)
                         r"\b(?:vad|vilken|vilket)\s+(?:är|e|var)\s+det\s+för\b|"
                         # ("Hur beskrivs det där med kontinuitet …?": the thing named after it)
                         r"\bdet\s+där\s+med\b|"
                         # ("vem ska ta fram dom där lokala handlingsplanerna": the plans named after "dom där")
                         r"\b(?:dom|de|dem|den|det)\s+där\s+(?:\w+[ae]\s+)?(?=[^\W\d_]{3,}(?:na|en|et)\b)", re.I)


# "vad är grejen med Norrbottens gemensamma målbild?": chat's "grejen med" before the thing asked what it is
# A word that names one of the steering documents by its kind ("Norrbottens gemensamma målbild", "nämndens plan")
_NAMES_DOCUMENT = re.compile(r"\b(?:målbild|strategi|verksamhetsplan|färdplan|plan)\w*", re.I)
# (the whole question: "Vad är grejen med lasarettet i Kiruna, ska det bort pga gruvan?" asks what is happening to it)
_THE_THING_WITH = re.compile(r"^(?P<q>\s*(?:och\s+|men\s+)?(?:vad|va)\s+(?:är|e)\s+)(?:egentligen\s+)?"
                             r"(?:grejen|grejjen|grejset|greppet|det\s+här|det\s+där)\s+med\s+(?P<thing>\w[^?,;:–—]*?)\s*\??\s*$", re.I)
# ("vad är det här med nära vård?": what the thing is, as "grejen med" asks)


def thing_with(question: str) -> str:
    """"Vad är grejen med X?" read as "Vad är X?" when X is a term or a document ("Norrbottens gemensamma målbild"),
    not a place or a happening ("lasarettet i Kiruna", "att …"), or ""."""
    match = _THE_THING_WITH.match(question)
    thing = match["thing"] if match else ""
    if not thing or re.match(r"att\b", thing, re.I) or (len(thing.split()) > 2 and not _NAMES_DOCUMENT.search(thing)):
        return ""
    return f"{match['q']}{thing}?"


def that_thing_named(question: str) -> str:
    """A question without the "det där med" before the thing it names ("Hur beskrivs det där med kontinuitet …?"
    -> "Hur beskrivs kontinuitet …?"), or ""."""
    plain = re.sub(r"\b(?:det|den)\s+där\s+med\s+", "", question, flags=re.I)
    # ("Vilka är dom där indikatorerna konkret?": the thing named, in its definite form, after "dom där")
    plain = re.sub(r"\b(?:dom|de|dem|den|det)\s+där\s+(?=[^\W\d_]{3,}(?:na|en|et)\b)", "", plain, flags=re.I)
    return plain if plain != question else ""


def without_determined(question: str) -> str:
    """A question without the pointing words that point at the thing named right after them ("det där med
    kontinuitet", "den nya planen", "Vad är det för målbild")."""
    return _DETERMINED.sub(" ", question)


def defines_determined(question: str) -> bool:
    """Whether a question's pointing words point at what it names itself ("vad heter det nya journalsystemet och när
    infördes de?"): a determiner before its noun, or a noun before the word pointing at it."""
    return bool(_DETERMINED.search(question)) or _antecedent_inside(question)


def _antecedent_inside(question: str) -> bool:
    """Whether what a question points back to stands in it, before the pointing word: a noun in its
    definite form that agrees with it ("har målbilden något slutdatum eller gäller den tills vidare?";
    not "politikerna" for "den": "Vilket datum tog politikerna beslut om att anta den?")."""
    question = without_expletive(question)  # (the "det" of "Finns det …" points at nothing)
    first = _ANAPHORA.search(question)
    before = re.findall(r"\w+", question[:first.start()]) if first else []
    # ("Finns det någon regional digitaliseringsstrategi …, och vad heter den?": the thing whose existence is asked)
    if first and re.search(r"\b(?:finns|fanns)\s+(?:\w+\s+)?(?:någon|något|några|nån|nåt)\s+\w{4,}", question[:first.start()], re.I):
        return True
    ending = _AGREES.get(first.group(1).lower(), "(?:en|et|na)") if first else ""
    article = _ARTICLE_AGREES.get(first.group(1).lower()) if first else None
    # ("Vad är ett patientkontrakt och vad består det av?": "ett patientkontrakt" is what "det" is)
    if article and re.search(rf"\b(?:är|is)\s+{article}\s+\w{{{DEFINITE_NOUN_LETTERS},}}", question[:first.start()], re.I):
        return True
    return any(len(w) >= DEFINITE_NOUN_LETTERS and re.search(rf"{ending}$", w.lower())
               and w.lower() not in QUESTION_WORDS and not _QUESTIONISH.match(w) for w in before)


# What a sentence before a question speaks of: "… alla pratar om Min vård Norrbotten.", "… hör ordet nära
# vård hela tiden.", "I Jämtland Härjedalen pratar de om både målbild och färdplan."
_SPOKEN_OF = re.compile(r"\b(?:om|kring|kallas|heter|ordet|begreppet|termen|uttrycket)\s+(.+?)"
                        r"(?:\s+(?:på|under|vid)\s+[^.!]*)?[.!]?\s*$", re.I)
# "… och där står det RUS.": the word the asker read, at the end of the statement
_WRITTEN_THERE = re.compile(r"\b(?:står|stod|nämns|nämndes|skrivs|skrevs)\s+det\s+(?:om\s+)?(\w[\w-]*(?:\s+\w[\w-]*){0,3}?)"
                            r"[.!]?\s*$", re.I)
# "… hör ofta personcentrering och delaktighet nämnas i samma andetag.": what the asker hears named
_HEARD_NAMED = re.compile(r"\b(?:hör|ser|läser)\s+(?:ofta\s+|ständigt\s+|hela\s+tiden\s+|jämt\s+)?(.+?)\s+"
                          r"(?:nämnas|nämnts|användas|sägas|dyka\s+upp)\b", re.I)
# "Regionen vill dra ner på hyrpersonal.": what is cut down on (or invested in) is what the statement speaks of
_CUT_OR_INVESTED = re.compile(r"\b(?:dra|drar|dragit|skära|skär|minska|minskar|spara|sparar|satsa|satsar)\s+(?:ner\s+|ned\s+|mer\s+|"
                              r"mindre\s+)?(?:in\s+)?på\s+(\w[\w-]*(?:\s+\w[\w-]*){0,2}?)[.!]?\s*$", re.I)
_SPOKEN_TAIL = re.compile(r"\s+(?:hela tiden|jämt|ofta|överallt|just nu|nu|på sistone)$", re.I)
# The place a statement starts with ("I Jämtland Härjedalen pratar de om …"): the question is asked of it.
_LEADING_PLACE = re.compile(r"^\s*i\s+((?:[A-ZÅÄÖ][\w-]+)(?:\s+[A-ZÅÄÖ][\w-]+)?)\s", re.I)
_POINTING_WORD = re.compile(r"\b(?:det(?:\s+för\s+(?:nåt|något))?|den|dem|dessa|detta)(?=\W|$)(?!\s+som\b)"
                            # (nor a clause's "det" before its verb: "Någon sa att det står i en målbild att …")
                            # (nor a "det" a clause says what is: "… behöva upprepa det man redan sagt")
                            r"(?!\s+(?:står|stod|finns|fanns|sägs|nämns|skrivs|man|jag)\b)"
                            # (nor the article of "det övergripande målet", "den lokala handlingsplanen")
                            r"(?!\s+\w+[ae]\s+\w+(?:et|en|na)\b)", re.I)  # ("dem som är över 65" says whom itself)
SPOKEN_OF_WORDS = 4  # a longer stretch after "om" is a clause ("om vi ska …"), not a thing


# "Jag ska presentera Norrbottens målbildsbroschyr för nya kollegor.": what the asker is to present or go through
# (or is to write: "… och ska ta fram vår lokala handlingsplan.")
# (not a thing tired of: "… trötta på att dra samma historia för varje ny person")
_PRESENTED = re.compile(r"(?<!trötta på att )(?<!trött på att )(?<!slippa )"
                        # (not a particle verb's "dra ner/upp/in på …": "Regionen vill dra ner på hyrpersonal")
                        r"\b(?:presentera|presenterar|gå igenom|går igenom|(?:dra|drar)(?!\s+(?:ner|ned|upp|in|ut|igång|tillbaka)\b)|"
                        r"visa|visar|ta fram|tar fram|"
                        # ("Vi håller på med en intern nyhet om målbilden i Jämtland Härjedalen.")
                        r"skriva|skriver|uppdatera|uppdaterar|revidera|reviderar|håller\s+på\s+med)\s+"
                        # (to whom is no part of it: "… vill visa eleverna Jämtland Härjedalens målbild.")
                        r"(?:(?-i:[a-zåäö])\w+(?:erna|arna|orna)\s+(?=(?-i:[A-ZÅÄÖ])|vår\b|vårt\b|den\b|det\b))?(.+?)"
                        r"(?:\s+(?:på|under|vid|för|i morgon|imorgon)\b[^.!]*)?[.!]?\s*$", re.I)


def _spoken_of(sentence: str) -> str:
    """The thing a statement speaks of, or "" ("… pratar om både målbild och färdplan." -> "målbild och färdplan";
    "Jag ska presentera Norrbottens målbildsbroschyr för nya kollegor." -> "Norrbottens målbildsbroschyr")."""
    spoken = _WRITTEN_THERE.search(sentence) or _HEARD_NAMED.search(sentence) or _SPOKEN_OF.search(sentence) \
        or _PRESENTED.search(sentence) or _CUT_OR_INVESTED.search(sentence)
    said = re.sub(r"^både\s+", "", _SPOKEN_TAIL.sub("", spoken.group(1).strip())) if spoken else ""
    # ("… pratar man både om lokala samverkansplaner och om en gemensam plan.": two things, each short)
    sides = re.split(r"\s+och\s+(?:om\s+)?", said, maxsplit=1) if said else []
    if len(sides) == 2 and all(0 < len(side.split()) <= SPOKEN_OF_WORDS for side in sides):
        said = f"{sides[0]} och {sides[1]}"
    return said if said and (len(said.split()) <= SPOKEN_OF_WORDS or len(sides) == 2 and " och " in said) \
        and not _QUESTIONISH.match(said) else ""


# "Hur många sådana …?": of the kind of thing the sentence before names
_SUCH = re.compile(r"\b(?:sådana|såna|sådan|sådant)\b", re.I)
_THING_AT = re.compile(r"\b(?:på|i|vid|inom)\s+(?:ett|en)\s+(?P<thing>\w{4,}(?:\s+(?!och\b|men\b|som\b)\w+){0,3}?)\s*[.!]?\s*$",
                       re.I)
# "Planen säger att …", "i strategin står det att …": a statement of what a document says
_DOCUMENT_SAYS = re.compile(r"^\s*(?P<doc>(?:nämndens\s+|den\s+länsgemensamma\s+)?(?:planen|strategin|målbilden|verksamhetsplanen|"
                            r"dokumentet|texten|artikeln))\s+(?:säger|skriver|tar\s+upp|beskriver|menar)\s+att\s+"
                            r"(?P<said>[^.!?]{8,})[.!]?\s*$", re.I)
# "… vilka är de?", "när ska det ske?": a question of its own about the statement, not what the document says of it
_WHICH_ASKED = re.compile(r"\s*(?:och\s+)?(?:vilka|vilken|vilket|vem|när|var|hur\s+många)\b", re.I)
# "Hur hänger de ihop?", "vad är skillnaden?", "skiljer de sig åt?": two things the sentence before names, set side by side
_BOTH_ASKED = re.compile(r"\b(?:hänger\s+(?:de|dom|dessa)\s+ihop|skillnad(?:en|er|erna)?|"
                         r"skiljer\s+(?:de|dom|dessa|begreppen|orden|uttrycken|sakerna|termerna)|"
                         r"förhåller\s+(?:de|dom|dessa))\b", re.I)


# "En kollega påstod att X och Y är samma sak.": two things someone says are the same
_CLAIMED_SAME = re.compile(r"\b(?:påstod|påstår|sa|sade|säger|tror|trodde|menar|hävdar|hävdade|tycker)\s+att\s+"
                           r"(?P<a>[^.?!,]{3,60}?)\s+och\s+(?P<b>[^.?!,]{3,80}?)\s+är\s+(?:samma\s+sak|samma|likadana|"
                           r"densamma|desamma)\b", re.I)
# "Jag … blandar ihop målbilden och den länsgemensamma strategin i Norrbotten.": two things the asker mixes up
_MIXED_UP = re.compile(r"\b(?:(?:blandar|blandade|blanda|rör|rörde)\s+(?:\w+\s+){0,2}?ihop|förväxlar|förväxlade)\s+"
                       r"(?P<a>[^.?!,]{3,60}?)\s+(?:och|med)\s+(?P<b>[^.?!,]{3,80}?)\s*(?=[.?!,]|$)", re.I)

# "Är inte det samma sak?", "Är det samma sak?": whether two things said are one, asked before how they differ
_SAME_THING_ASKED = re.compile(r"^\s*(?:men\s+)?är\s+(?:inte\s+)?(?:det|de|dom|dessa)\s+(?:inte\s+)?(?:samma\s+sak|"
                               r"detsamma|samma)\s*\??\s*$", re.I)
# "Vad är egentligen skillnaden mellan dom?", "Vad skiljer dem åt?", "Vad är skillnaden?": a difference of what was said
# "I Norrbottens målbild finns både 'X' och 'Y'.": where the things quoted stand
_QUOTED_WHERE = re.compile(r"^\s*(?:i|inom)\s+([^,'\"”“‘]{4,60}?)\s+(?:finns|står|pratar|nämns|talar|skriver)\b", re.I)
# "vad är skillnaden mellan dom två?", "vad skiljer dem åt?": the two things the last two turns asked of (the whole
# question; `_DIFFERENCE_OF_THEM` reads a difference asked after a statement)
# (what kind of things they are may be said: "Hur skiljer sig de här två satsningarna åt egentligen?")
_TWO_OF_A_KIND = r"(?:\s+(?:[a-zåäö]+(?:arna|erna|orna|na)))?"
_THE_TWO = re.compile(r"^\s*(?:(?:och|men|ok|okej)[\s,]+)?(?:(?:vad\s+(?:är|e)\s+(?:det\s+för\s+)?(?:egentligen\s+)?skillnad\w*\s+"
                      rf"(?:mellan|på)\s+(?:dom|dem|de|dessa)(?:\s+här)?(?:\s+två|\s+båda)?{_TWO_OF_A_KIND})|"
                      r"(?:vad|hur)\s+skiljer\s+(?:sig\s+)?(?:dom|dem|de|dessa)(?:\s+här)?(?:\s+två)?"
                      rf"{_TWO_OF_A_KIND}(?:\s+sig)?(?:\s+åt)?)(?:\s+(?:egentligen|då|nu|alltså))?\s*[?.!]*\s*$", re.I)
# "och stärkt gemensam primärvård då?": a thing asked of as the turn before asked of its own
_AND_THE_THING = re.compile(r"^\s*(?:och|men|o|å)\s+(?P<thing>[^?,.!]{3,60}?)\s+då\s*[?.!]*\s*$", re.I)


def thing_asked_alike(question: str) -> str:
    """The thing an "och X då?" follow-up asks the same of ("Och stärkt gemensam primärvård då?" -> "stärkt gemensam
    primärvård"), or ""."""
    match = _AND_THE_THING.match(question)
    return match["thing"].strip() if match and not points_back(match["thing"]) else ""


def asks_difference_of_the_two(question: str) -> bool:
    """Whether a question asks only how the two things spoken of differ ("vad är skillnaden mellan dom två?"; "Vad är
    egentligen skillnaden mellan de här två? Överlappar de inte varandra?", its first sentence)."""
    return bool(_THE_TWO.match(question) or _THE_TWO.match((question_sentences(question) or [""])[0]))


_DIFFERENCE_OF_THEM = re.compile(r"\bskillnad\w*(?:\s+(?:mellan|på)\s+(?:dom|dem|de|dessa|de\s+två|dom\s+två))?\s*[?.!]?\s*$|"
                                 r"\bskiljer\s+(?:dom|dem|de|sig)\b|"
                                 # ("Vad skiljer begreppen åt?": the two things said before, by what they are)
                                 r"\bskiljer\s+(?:begreppen|orden|uttrycken|sakerna|termerna|de\s+två|dom\s+två)(?:\s+åt)?\b", re.I)


_INDEFINITE_THING = re.compile(r"^(?:en|ett)\s+(?:(?P<adj>[^\W\d]+)\s+)?(?P<noun>[^\W\d]{4,})$", re.I)


def _definite_of_said(question: str, said: str) -> str:
    """The question with a definite noun that is the head of the indefinite thing a statement spoke of ("planen" of
    "en lokal handlingsplan") named whole ("den lokala handlingsplanen"), or ""."""
    match = _INDEFINITE_THING.match(said.strip()) if said else None
    if not match:
        return ""
    noun, adj = match["noun"], match["adj"] or ""
    for word in re.finditer(r"\b[^\W\d]{4,}\b", question):
        stem = re.sub(r"(?:en|et|n|t)$", "", word.group(0))
        if word.group(0).lower() != noun.lower() and len(stem) >= 4 and word.group(0) != stem \
                and noun.lower().endswith(stem.lower()):
            ending = word.group(0)[len(stem):]
            adjective = "" if not adj else adj if adj.lower().endswith(("a", "e")) else f"{adj}a"
            named = " ".join(w for w in ("det" if ending.endswith("t") else "den", adjective, f"{noun}{ending}") if w)
            return f"{question[:word.start()]}{named}{question[word.end():]}"
    return ""


def _said_of(question: str, sentence: str) -> str:
    """The question with its pointing word replaced by what the statement before it speaks of (and
    asked of the place the statement starts with), or ""."""
    said = _spoken_of(sentence)
    both = re.split(r"\s+och\s+", said, maxsplit=1) if said else []
    if len(both) == 2 and (asks_likeness(question) or asks_relation(question)) and not _POINTING_WORD.search(question):
        # "I Jämtland Härjedalen pratar man både om X och om Y. Hur hänger de ihop, vad är skillnaden?" (and "I
        # verksamhetsplanen pratas det både om …": within that document)
        within = re.match(r"^\s*i\s+(\w+)\b", sentence, re.I)
        scope = f" i {within.group(1)}" if within and _DOCUMENT_WORD.search(within.group(1)) else ""
        asked = f"Vad är skillnaden mellan {both[0]} och {both[1]}{scope}?"
    elif not said or not _POINTING_WORD.search(without_expletive(question)):
        return ""  # (the "det" of "Finns det någon …?" points at nothing)
    else:
        asked = _POINTING_WORD.sub(lambda m: said, without_expletive(question), count=1)
    place = _LEADING_PLACE.match(sentence)
    if place and not _ABOUT_ME.match(sentence) and place.group(1) not in asked and place.group(1)[0].isupper():
        asked = re.sub(r"\s*([?.!]?)\s*$", rf" i {place.group(1)}\1", asked, count=1)
    return asked


DEFINITE_NOUN_LETTERS = 6  # "planen", "målbilden"; not "den", "ett"
# "Min chef tipsade mig om …", "En kollega berättade om …", "Jag läste om …": what the asker was told or read of
_TOLD_OF = re.compile(r"\b(?:tipsade|tipsat|berättade|berättat|nämnde|nämnt|pratade|pratat|talade|läste|läst|hörde|hört)\b"
                      r"(?:\s+\w+){0,2}?\s+om\s+\w", re.I)
SHORT_BACK_POINTING_QUESTION = 12  # words: a longer question says what it is about itself ("… stämmer det?")


# "Jag försöker förstå hur …", "jag vill veta när …": what the asker wants to know, asked indirectly
_WANTS_TO_KNOW = re.compile(r"^\s*(?:jag|vi)\s+(?:försöker|vill|skulle vilja|behöver)\s+(?:förstå|veta|få veta|ta reda på|få klarhet i)\s+"
                            r"(?P<q>(?:hur|vad|när|varför|vem|vilka|vilken|vilket)\b[^,.;:–?]{8,})", re.I)
# "Jag ska hålla en kort dragning för mitt arbetslag om varför …": what the asker is to talk about
_TALK_ABOUT = re.compile(r"^\s*(?:jag|vi)\s+ska\s+(?:hålla|ha|dra)\s+(?:en\s+|ett\s+)?(?:\w+\s+)?(?:dragning|presentation|"
                         r"genomgång|föredrag|pass|inslag)\b[^.?!]*?\bom\s+(?P<q>[^,.;:–?]{8,})", re.I)
# "vad menas med det", "vad betyder det": asking what the thing said before is
_WHAT_IS_IT_EN = re.compile(r"^\s*(what\s+does)\s+(?:that|this|it)\s+(mean)\b", re.I)
_WHAT_IS_IT = re.compile(r"^\s*(vad\s+(?:menas\s+med|betyder|innebär|är))\s+det\b", re.I)
# what a statement says is done, as the clause that says it: "… kritiserat att man tar in stafettläkare …"
_PRACTICE_SAID = re.compile(r"\batt\s+(?:man|vi|de|dom|regionen|kommunen|ni)\s+[^.?!]{8,}(?=[.!]?\s*$)", re.I)
# where a question points back at the talk's topic: "… säger om det?", "… tar upp det?"
# "Nämndens plan pratar mycket om personcentrering.": what a document talks about
_DOCUMENT_TALKS = re.compile(r"^\s*(?P<doc>(?:\w+s\s+|den\s+\w+\s+)?\w*(?:plan|planen|strategin|målbilden|dokumentet|"
                             r"artikeln))\s+(?:pratar|talar|skriver|handlar)\s+(?:\w+\s+){0,2}?om\s+(?P<q>[^.?!,]{4,60}?)"
                             r"\s*[.!]?\s*$", re.I)
# "Vi vill jobba mer ihop i team runt patienterna – läkare, …": what the asker wants to do
_WE_WANT = re.compile(r"^\s*(?:vi|jag)\s+(?:vill|skulle\s+vilja|försöker|planerar\s+att|funderar\s+på\s+att)\s+"
                      r"(?P<what>[^.?!–]{6,}?)\s*(?:[–-]\s.*)?[.!]?\s*$", re.I)
# "Finns det stöd för det i strategin?": support for what was said before
_SUPPORT_FOR_IT = re.compile(r"\b(?:stöd|täckning|belägg|grund|utrymme)\s+för\s+(?P<it>det|detta)\b", re.I)
_TALKED_OF = re.compile(r"\b(om|upp|med)\s+(?:det|den|detta)(?=\s*[?.!]?\s*$)", re.I)
# the words of a request to tell it all, which name no topic ("beskriva processen från början till slut")
_TO_COMPARE = re.compile(r"\b(?:ska|skall|vill|behöver|försöker)\s+jämföra\s+(?P<q>(?:hur|vad|när|vilka)\b[^,.;:–?]{8,})", re.I)
_COMPARING_WORDS = {"skiljer", "skiljer sig", "skillnaden", "skillnader", "skillnad", "åt", "processerna", "arbetet",
                    "likheter", "lika", "olika", "dem", "dom", "de", "sig"}
_PROCESS_WORDS = {"beskriva", "beskriv", "förklara", "berätta", "processen", "process", "förloppet", "gången", "hela",
                  "från", "början", "slut", "slutet", "helheten", "steg", "stegen", "kort", "kortfattat"}


# "… ska förklara vad nära vård egentligen är": the term the asker is to explain; "begreppet" said bare points at it
_EXPLAINS = re.compile(r"\b(?:förklara|beskriva|reda\s+ut|berätta)\s+(?:vad\s+)?(?P<x>[\w\s-]{3,40}?)\s+(?:egentligen\s+)?"
                       r"(?:är|innebär|betyder|handlar\s+om)\b", re.I)
_BARE_TERM = re.compile(r"\b(begreppet|termen|uttrycket|ordet)(?=\s*[,?.!]|\s+(?:kort|egentligen|enkelt)\b)", re.I)


_THE_EXPRESSION = re.compile(r"\b(?:uttrycket|begreppet|ordet|frasen|formuleringen|uttrycken|begreppen)\b", re.I)


# A sentence after the question that says what its "oss"/"det" is: "typ mödravård, gravida, småbarnsföräldrar"
_NAMED_AFTER = re.compile(r"^\s*(?:typ|alltså|dvs|d\.v\.s\.|till\s+exempel|t\.\s?ex\.?|som\s+t\.\s?ex\.?)\s+(?P<what>[^?]{3,80})$", re.I)
_ABOUT_US = re.compile(r"\b(om|kring)\s+(?:oss|sånt|sådant)\b", re.I)


# "Jag hann inte fråga – vad består den av …?": what the asker says of themself before a dash, then the question
_ASIDE_BEFORE_DASH = re.compile(r"^\s*(?:jag|vi)\s+[^–—?,.]{3,60}?\s+[–—-]\s+(?=(?:vad|vem|vilka|vilken|vilket|hur|när|"
                                r"varför|var|finns|kan|är|ska|står|nämns)\b)", re.I)


# "En elev undrade varför ordet nära vård inte står med i den. Vet du varför de valde så?": the question someone else
# asked, which the asker passes on
_REPORTED_THEN_ASKED = re.compile(r"^(?P<before>.*?)(?:^|(?<=[.!?]\s))[^.!?]{0,60}?\b(?:undrade|undrar|frågade|frågar)\s+"
                                  r"(?:mig\s+|oss\s+)?(?:just\s+)?(?P<q>(?:varför|hur|vad|vem|vilka|vilken|vilket|när)\b[^.!?]{8,}?)"
                                  r"\s*[.!]\s*(?:vet\s+du(?:\s+(?:varför|det|hur|vad))?|kan\s+du\s+svara(?:\s+på\s+det)?|"
                                  r"vad\s+(?:ska|kan|bör)\s+jag\s+svara|hur\s+(?:ska|kan|bör)\s+jag\s+svara)\b[^.!?]*\?\s*$",
                                  re.I | re.S)


# "hur stor andel … är positiva till 1177 e-tjänsterna, såg nån siffra i verksamhetsplanen typ 70 nånting procent??":
# what the asker remembers seeing, after the question, is no part of what is asked
_RECALLED_AFTER = re.compile(r",\s*(?:jag\s+)?(?:såg|sett|läste|läst|hörde|hört|minns)\s+(?:jag\s+)?(?:nån|någon|något|nåt|en|ett|"
                             r"att)\b[^?!.]*?(?=\s*[?!.]*\s*$)", re.I)


def _without_recalled(sentence: str) -> str:
    """A question without what the asker says they remember seeing after it ("…, såg nån siffra … typ 70 nånting
    procent??")."""
    rest = _RECALLED_AFTER.sub("", sentence)
    return rest if len(rest.split()) >= ASIDE_WORDS else sentence


def _without_aside(sentence: str) -> str:
    """A sentence without what the asker says of themself before a dash, the question after it capitalised."""
    rest = _ASIDE_BEFORE_DASH.sub("", sentence)
    # (unless the question points at what the aside names: "Jag ser förkortningen SVOM överallt i presentationen – vad
    # står den för?"; a short aside names nothing: "Jag hann inte fråga – vad består den av?")
    aside = sentence[:len(sentence) - len(rest)]
    if rest == sentence or (points_back(rest) and len(aside.split()) > ASIDE_WORDS + 1):
        return sentence
    # (nor when the question asks of the asker's place the aside names: "Jag jobbar som fysioterapeut i Kiruna – vad
    # säger nämndens plan om vårt sjukhus framöver?")
    if _SAYS_WE.search(rest) and re.search(r"\b(?:i|på|vid|inom)\s+\w+", aside, re.I):
        return sentence
    return rest[:1].upper() + rest[1:]


ASIDE_WORDS = 4  # an aside before a dash this short names no thing a pronoun after it could point at


# "… ska anta en målbild …": a document of a kind the sentence names, which a "den" after it points at
_A_DOCUMENT_KIND = re.compile(r"\b(?:en|ett)\s+(?:\w+\s+)?(?P<kind>målbild|strategi|handlingsplan|färdplan|verksamhetsplan)\b",
                              re.I)
_DEN_ASKED = re.compile(r"\bden\b(?=\s+(?:fram|av|ut|upp|till|på|egentligen|då|nu)\b|\s*[?,.]|\s*$)", re.I)


# "okej så jag har fattat att kiruna sjukhus ska bort pga gruvan men vad står det egentligen i planen om det, …?": what
# the asker has understood, then the question pointing at it, joined by "men"
_UNDERSTOOD_BUT = re.compile(r"^\s*(?:(?:okej|ok|okay|alltså|jaha)[\s,]+)?(?:så\s+)?(?:jag\s+)?(?:har\s+)?(?:fattat|förstått|"
                             r"uppfattat|hört|läst|fått\s+höra)\s+att\s+(?P<said>[^.?!,]{8,}?)[\s,]+men\s+"
                             r"(?P<q>(?:vad|hur|vem|när|vilka|vilken|vilket|varför|står|finns|stämmer)\b[^.!]*)$", re.I)


_OF_IT = re.compile(r"\bom\s+(?:det|detta|den|dem|dom)\b(?!\s+(?:här|där)\b)", re.I)


def strip_preamble(text: str) -> str:
    """The question without greetings and sentences about the asker ("Hej! Jag heter …. Vad är …?",
    "jag jobbar som barnmorska och undrar om regionen …" -> "regionen …")."""
    if reported := _REPORTED_THEN_ASKED.match(text):
        text = f"{reported['before']} {reported['q'][:1].upper()}{reported['q'][1:]}?".strip()
    if (understood := _UNDERSTOOD_BUT.match(text)) and _OF_IT.search(understood["q"]):
        # (its "om det" is what was understood: "Vad står det egentligen i planen om att kiruna sjukhus ska bort …")
        asked = _OF_IT.sub(lambda m: f"om att {understood['said'].strip()}", understood["q"], count=1)
        text = asked[:1].upper() + asked[1:]
    sentences = question_sentences(_DONT_GET.sub(". ", text))
    sentences = [_summarised_how(_summarised_duty(without_purpose(_asked_part(_wished_summary(
        _ASKER_CLAUSE.sub("", _without_aside(_without_recalled(_GREETING.sub("", s)))) or s))))) for s in sentences]
    if len(sentences) > 1:
        # (and sentences about someone close to the asker: "min kompis jobbar i östersund.")
        kept = [s for s in sentences if not _ABOUT_ME.match(_GREETING.sub("", s))
                and not (_ABOUT_MINE.match(_GREETING.sub("", s)) and not s.rstrip().endswith("?"))
                and not (_states_role_at(_GREETING.sub("", s)) and not s.rstrip().endswith("?"))]
        asking = [s for s in kept if s.rstrip().endswith("?") or _ASKING_START.match(_GREETING.sub("", s))
                  or _WH_START.match(s) or _WH_INSIDE.search(s)]  # ("… ? och vilka politiska instanser antar den sen")
        if any(s.rstrip().endswith("?") for s in asking):
            # "Kan du sammanfatta …? Ska dra det på APT nästa vecka.": with a question mark about, a statement
            # is no question (unless it tells what to do: "Sammanfatta …")
            # (a question word starts a question, "?" or not: "finns X på alla hälsocentraler? vad kan patienterna göra där")
            # (nor what others ask: "…, patienterna frågar ofta vad man kan göra i appen Min vård Norrbotten.")
            # (or when or who of the thing the question before asks of: "vilka punkter består den av? och när antogs den")
            asking = [s for s in asking if s.rstrip().endswith("?") or _IMPERATIVE.match(_GREETING.sub("", s))
                      or ((_WH_START.match(_GREETING.sub("", s)) or _WH_INSIDE.search(s)) and _names_a_thing(s)
                          and not _OTHERS_ASK.search(s))
                      or (s is not sentences[0] and (_WHEN_OR_WHO_OF_IT.match(_GREETING.sub("", s))
                                                     or _MENTION_ASKED_AFTER.match(_GREETING.sub("", s))))]
        if len(asking) == 2 and _SAME_THING_ASKED.match(asking[0]) and _DIFFERENCE_OF_THEM.search(asking[1]):
            # "… pratar om både en målbild och en färdplan. Är inte det samma sak? Vad är skillnaden?": one question
            sentences = [x for x in sentences if x is not asking[0]]
            asking = asking[1:]
        at = sentences.index(asking[0]) if len(asking) == 1 else 0
        statement = _GREETING.sub("", sentences[at - 1]).strip() if at else ""  # the sentence before the one question
        claimed = (_CLAIMED_SAME.search(statement) or _MIXED_UP.search(statement)) if len(asking) == 1 and statement else None
        both_list = _BOTH_LIST.match(statement) if len(asking) == 1 and statement else None
        if both_list and _SAME_ONES.search(asking[0]):
            # "Både länsstrategin och nämndens verksamhetsplan räknar upp fyra riktningsförändringar. Är det samma fyra,
            # eller skiljer de sig åt?": the things in the one set beside those in the other
            things = both_list["x"] + ("na" if re.search(r"(?:ar|er|or)$", both_list["x"]) else "")  # (the four named)
            asking, statement = [f"Är {things} i {both_list['a'].strip()} samma som i {both_list['b'].strip()}?"], ""
        elif claimed and _DIFFERENCE_OF_THEM.search(asking[0]):
            # "En kollega påstod att målbilden och den länsgemensamma strategin … är samma sak. Vad är egentligen
            # skillnaden mellan dom?": between the two things said to be the same (the claim is no question of its own)
            asking, statement = [f"Vad är skillnaden mellan {claimed['a'].strip()} och {claimed['b'].strip()}?"], ""
        elif len(asking) == 1 and at and _DIFFERENCE_OF_THEM.search(asking[0]) and \
                len(quoted := [p for x in sentences[:at] for p in quoted_phrases(x)]) == 2 and \
                len(re.findall(r"\b\w*(?:plan|strategi|målbild)\w*", " ".join(sentences[:at]), re.I)) < 2:
            # (not each of two documents' word: "Nämndens plan pratar om 'förändringsfaktorer' och strategin om
            # 'förutsättningar'. Är det samma saker …?" sets the documents' lists side by side)
            # "I Norrbottens målbild finns både 'Tillsammans för min trygghet' och 'Sammanhållet och enkelt för mig'. Båda
            # låter som … – vad är egentligen skillnaden mellan dem?": between the two the asker quoted, where they stand
            where = next((m.group(1) for x in sentences[:at] if (m := _QUOTED_WHERE.match(_GREETING.sub("", x)))), "")
            asking, statement = [f"Vad är skillnaden mellan ”{quoted[0]}” och ”{quoted[1]}”"
                                 f"{' i ' + where if where else ''}?"], ""
        # "Jag ska hålla en dragning om varför vi behöver ställa om till nära vård. Kan du sammanfatta vad strategin
        # säger om det?": "det" is what the talk is about
        # (or "Hur tar målbilderna … upp det?" after "Jag ska hålla en dragning om kontinuitet på nästa APT.")
        talk = _TALK_ABOUT.match(statement) if len(asking) == 1 and statement else None
        talked = without_purpose(talk["q"]).strip() if talk else ""
        if talked and _TALKED_OF.search(asking[0]):
            asking = [_TALKED_OF.sub(lambda m: f"{m.group(1)} {talked}", asking[0], count=1)]
        elif len(asking) == 1 and statement and (talks := _DOCUMENT_TALKS.match(statement)) and \
                _POINTING_WORD.search(asking[0]):
            # "Nämndens plan pratar mycket om personcentrering. Kan du sammanfatta vad det innebär där …?": "det" is
            # what the document talks about, "där" the document
            if re.match(r"\s*(?:kan\s+du\s+(?:kort\s+)?)?(?:sammanfatta|summera|berätta)\b", asking[0], re.I):
                # (a summary asked: what the document says of it)
                asking = [f"Vad säger {talks['doc'].strip().lower()} om {talks['q'].strip()}?"]
            else:
                asked = _POINTING_WORD.sub(lambda m: talks["q"].strip(), asking[0], count=1)
                asking = [re.sub(r"\bdär\b", lambda m: f"i {talks['doc'].strip().lower()}", asked, count=1)]
        elif len(asking) == 1 and statement and (wish := _WE_WANT.match(statement)) and \
                (support := _SUPPORT_FOR_IT.search(asking[0])):
            # "Vi vill jobba mer ihop i team runt patienterna – …. Finns det stöd för det i den länsgemensamma
            # strategin …?": "det" is what the asker wants to do
            asking = [f"{asking[0][:support.start('it')]}att {wish['what'].strip()}{asking[0][support.end('it'):]}"]
        elif len(asking) == 1 and statement and _TALKED_OF.search(asking[0]) and \
                (practice := _PRACTICE_SAID.search(statement)):
            # "… vi har länge kritiserat att man tar in stafettläkare via bemanningsföretag. Vad säger nämndens plan
            # om det?": "det" is what the asker says is done
            asking = [_TALKED_OF.sub(lambda m: f"{m.group(1)} {practice.group(0)}", asking[0], count=1)]
        elif len(asking) == 1 and statement and (kind := _A_DOCUMENT_KIND.search(statement)) and \
                _DEN_ASKED.search(asking[0]):
            # "Min chef sa att kommunen ska anta en målbild för nära vård … Hur togs den fram?": "den" is the målbild
            definite = kind["kind"] + ("n" if kind["kind"].endswith("i") else "en")
            asking = [_DEN_ASKED.sub(definite, asking[0], count=1)]
        # "står det nåt om oss i nära vård strategin? typ mödravård, gravida, småbarnsföräldrar": "oss" is what the
        # words after the question name
        after = sentences[sentences.index(asking[0]) + 1:] if len(asking) == 1 and asking[0] in sentences else []
        named_after = _NAMED_AFTER.match(after[0]) if after else None
        if named_after and _ABOUT_US.search(asking[0]):
            asking = [_ABOUT_US.sub(lambda m: f"{m.group(1)} {named_after['what'].strip(' .!?')}", asking[0], count=1)]
        explained = _EXPLAINS.search(statement) if len(asking) == 1 and statement else None
        if explained and _BARE_TERM.search(asking[0]):
            # "… ska förklara vad nära vård egentligen är. Hur förklarar strategin begreppet, kort?": that term
            asking = [_BARE_TERM.sub(lambda m: f"{m.group(1)} {explained['x'].strip()}", asking[0], count=1)]
        such = _SUCH.search(asking[0]) if len(asking) == 1 and statement else None
        thing = _THING_AT.search(statement) if such else None
        if such and thing:
            # "Jag funderar på att söka jobb på ett lasarett nere vid havet. Hur många sådana har regionen?"
            asking = [asking[0][:such.start()] + thing["thing"] + asking[0][such.end():]]
        # "Jag hörde att Barnarenan också var med och beslutade om målbilden – när var det?": when that was done
        when_done = done_then_when(f"{statement.rstrip(' .')}. {asking[0]}") if len(asking) == 1 and statement else ""
        if when_done:
            asking = [when_done]
        elif len(asking) == 1 and statement and _BOTH_ASKED.search(asking[0]) and \
                " och " in _spoken_of(statement) and (completed := _said_of(asking[0], statement)):
            # "I Jämtland Härjedalen pratar man både om X och om Y. Hur hänger de ihop, vad är skillnaden?"
            asking = [completed]
        elif len(asking) == 1 and not topic_words(_BARE_PRONOUN.sub(" ", asking[0])).strip(" ?"):
            # "… alla pratar om Min vård Norrbotten. Vad är det för nåt?": "det" is what the sentence before
            # speaks of -> "Vad är Min vård Norrbotten?"
            if statement and (completed := _said_of(asking[0], statement)):
                asking = [completed]
            elif statement and (says := _DOCUMENT_SAYS.match(statement)) and not _WHICH_ASKED.match(asking[0]):
                # "Planen säger att man ibland ska behandla folk lika och ibland olika. Vad är skillnaden, när
                # gäller vad?": what the document says of that
                asking = [f"Vad säger {says['doc'].lower()} om att {says['said'].strip()}?"]
            elif statement and (said := _reported(statement)):
                # "Jag hörde att den som söker vård ska få ett avtal om …. Vad ingår i det?": both, as one
                asking = [said, asking[0]]
        elif len(asking) == 1 and statement and (quoted := quoted_phrases(statement)) and _THE_EXPRESSION.search(asking[0]) \
                and not quoted_phrases(asking[0]):
            # "Min chef sa på APT att vi ska 'vända på perspektiven'. Var kommer uttrycket ifrån, …?": the words quoted
            asking = [_THE_EXPRESSION.sub(lambda m: f"{m.group(0)} ”{quoted[0]}”", asking[0], count=1)]
        elif len(asking) == 1 and statement and (quoted := quoted_phrases(statement)) and _WHAT_IS_IT.match(asking[0]):
            # "nån sa att det står 'öppnare vårdformer' nånstans. vad menas med det, betyder det att …?": "det" is
            # the words the asker quotes
            asking = [_WHAT_IS_IT.sub(lambda m: f"{m.group(1)} {quoted[0]}", asking[0], count=1)]
        elif len(asking) == 1 and statement and _WHAT_IS_IT_EN.match(asking[0]) and \
                (quoted := quoted_phrases(re.sub(r"(?<=\w)['’](?=\w)", "", statement))):  # (not "I'm": no quote)
            # "… I should ask patients "vad är viktigt för dig". What does that mean and why …?": the words quoted
            asking = [_WHAT_IS_IT_EN.sub(lambda m: f"{m.group(1)} ”{quoted[0]}” {m.group(2)}", asking[0], count=1)]
        elif len(asking) == 1 and statement and (it := _HOW_IS_IT.match(asking[0])) and (talked_of := asker_talks_of(statement)):
            # "På en ledardag pratade de om regionens verksamhetsmodell som ett hus – hur är den uppbyggd …?": "den" is
            # what was talked of
            asking = [f"{asking[0][:it.start('it')]}{talked_of}{asking[0][it.end('it'):]}"]
        elif len(asking) == 1 and points_back(without_expletive(asking[0])) and statement and _TOLD_OF.search(statement) \
                and (completed := _said_of(asking[0], statement)):
            # "Min chef tipsade mig om Forskarskolan i Nära vård. Vad säger verksamhetsplanen om den, vad …?"
            # (however long the question, and "verksamhetsplanen" before it): "den" is what the asker was told of
            asking = [completed]
        elif len(asking) == 1 and statement and _OTHERS_ASK.search(statement) \
                and (named := [n for n in name_phrases(statement) if len(n.split()) >= 2]) \
                and _POINTING_WORD.search(without_expletive(asking[0])) and not name_phrases(asking[0]):
            # "… patienterna frågar ofta vad man kan göra i appen Min vård Norrbotten. vad har den för funktioner …?":
            # "den" is the name the sentence before says
            asking = [_POINTING_WORD.sub(lambda m: named[0], without_expletive(asking[0]), count=1)]
        # (not the "det" that only opens a clause: "Står det i nämndens plan att alla sjukhusorter …?")
        elif len(asking) == 1 and points_back(without_expletive(_DETERMINED.sub(" ", asking[0]))) \
                and not _antecedent_inside(asking[0]) and (
                len(asking[0].split()) <= SHORT_BACK_POINTING_QUESTION or _PRESENTED.search(statement)):
            # (a long question too, after what the asker is to present: "Jag ska presentera Norrbottens
            # målbildsbroschyr för nya kollegor. Kan du ge mig en överblick över vad den innehåller – …?")
            # "Jag ska hänvisa till SKR-artikeln om … . Vilket datum kom den ut?", "Jag har jobbat i Västernorrland
            # förut. Hur skiljer sig deras målbild …?": what "den"/"deras" is stands in the statement before
            # (not what someone close to the asker does: "min kompis jobbar i östersund. är deras målbild …?")
            before = _reported(statement) if statement and not _PRESENTED.search(statement) \
                and not _ABOUT_MINE.match(statement) else ""
            # (what is cut down on or invested in, the question's "det": "Jag har hört att regionen vill dra ner på
            # hyrpersonal – vad säger verksamhetsplanen om det och varför?")
            cut = _CUT_OR_INVESTED.search(statement) if statement else None
            if cut and (completed := _said_of(asking[0], statement)):
                asking = [completed]
            elif before and not before.endswith("?") and not _ASKING_START.match(before):
                asking = [before, asking[0]]
            elif statement and (completed := _said_of(asking[0], statement)):
                # "Jag är ny … och hör ordet nära vård hela tiden. Vad betyder det …?" -> "Vad betyder nära vård …?"
                asking = [completed]
        if len(asking) == 1 and statement and (named := _definite_of_said(asking[0], _spoken_of(statement))):
            # "… ta fram en lokal handlingsplan för nära vård. Vilka ska planen göras tillsammans med …?": "planen" is
            # the local action plan the asker is to make
            asking = [named]
        # "Jag försöker förstå hur arbetet med målbilden gick till hos oss i Jämtland Härjedalen, för … . Kan du
        # beskriva processen från början till slut?": the asking sentence names nothing of its own; the wish to
        # know says what is asked
        wish = _WANTS_TO_KNOW.match(statement) if len(asking) == 1 and statement else None
        if wish and not set(topic_words(asking[0]).lower().split()) - _PROCESS_WORDS:
            asking = [f"{wish['q'].strip()}?"]
        # "Jag är projektledare … och ska jämföra hur Norrbotten och Jämtland Härjedalen tog fram sina målbilder. Vad
        # skiljer processerna åt?": the comparison the asker is to make is what the bare asking sentence asks
        compared = _TO_COMPARE.search(statement) if len(asking) == 1 and statement else None
        if compared and not set(topic_words(asking[0]).lower().split()) - _PROCESS_WORDS - _COMPARING_WORDS:
            asking = [f"Jämför {compared['q'].strip()}?"]
        # "… och nu ska allt ställas om till nära vård. Varför då?": the why asks of what the sentence before says is to be
        asking = [_why_of_before(s, sentences) for s in asking]
        # "hej! jag är ny … – kan du ge mig kontentan av den?": a question inside a sentence about the asker
        asking = asking or [s for s in sentences if s.rstrip().endswith("?")][-1:]
        sentences = asking or kept or sentences[-1:]
    cleaned = " ".join(_GREETING.sub("", s).strip() or s for s in sentences).strip()
    return cleaned or text.strip()


# "Varför då?", "och varför det?", "men varför?": why, naming nothing (of the sentence or question before)
_BARE_WHY = re.compile(r"^\s*(?:(?:och|men|o|så)\s+)?varför\s*(?:(?:då|det|det\s+då|egentligen|är\s+det\s+så|"
                       # ("Varför gör regionen det?", "why is the region doing it?")
                       r"(?:gör|gjorde|görs)\s+(?:(?:regionen|region|man|de|dom|ni|vi|kommunerna)\s+)?(?:det|detta|så)"
                       r"(?:\s+egentligen)?)\s*)?[?.!]*\s*$", re.I)
_TO_BE_DONE = re.compile(r"\b(?P<clause>(?:ska|skall|måste|behöver)\s+[^.?!]{8,})[.!]?\s*$", re.I)


def _why_of_before(sentence: str, sentences: Sequence[str]) -> str:
    """A bare "Varför då?" asked of what the sentence before it says is to be done ("… nu ska allt ställas om till nära
    vård. Varför då?" -> "Varför ska allt ställas om till nära vård?"), or the sentence as it is."""
    at = sentences.index(sentence) if sentence in sentences else 0
    done = _TO_BE_DONE.search(sentences[at - 1]) if at and _BARE_WHY.match(sentence) else None
    return f"Varför {done['clause'].strip()}?" if done else sentence


# Where the asker works: "sjuksköterska på Sunderby sjukhus", "jobbar på hälsocentralen i Kiruna".
_WORKPLACE = re.compile(rf"\b((?:jobbar|arbetar|är|anställd|nyanställd|börjat|började|\w*(?:{'|'.join(ROLES)})"  # "klinikchef"
                        # (or any title the asker gives: "jag är familjebehandlare på familjecentralen")
                        r"|(?<=jag\s)är\s+(?:ny\s+|nyanställd\s+)?[\w-]+(?=\s+(?:på|vid|inom)\s)"
                        # (or the title the asker asks as: "för mig som KBT-terapeut på hälsocentralen i Moskosel")
                        r"|(?<=\bsom\s)[\w-]+(?=\s+(?:på|vid|inom)\s))\w*\s+)"
                        # ("inom den specialiserade vården": a kind of care named by its adjective)
                        # ("… för oss som jobbar ute hos brukarna": out with whom the asker works)
                        r"(?:(?:på|vid|inom|i|för|(?:ute\s+)?hos|ute\s+(?:i|på))\s+(?:en\s+|ett\s+|den\s+(?=\w+(?:de|iga|ska)\s+\w*vård))?"
                        r"(?!(?:det|den|detta|denna|dessa|de|dem|här|där|oss|er|mig|dig|dom)\b)[\w-]+"
                        r"(?:\s+(?:sjukhus|lasarett|hälsocentral|"  # ("chef för ett särskilt boende")
                        r"vårdcentral|kommun|region|boende|avdelning|mottagning)\w*)?\s*)+", re.I)


# words after "jobbar i/på" that name no kind of workplace ("… som jobbar i verksamheten")
_NO_WORKPLACE_WORDS = {"en", "ett", "på", "vid", "inom", "i", "kommun", "kommunen", "region", "regionen", "länet",
                       "verksamhet", "verksamheten", "verksamheterna", "vården", "organisationen", "området",
                       # (a role in a change, no place: "vad förväntas av oss chefer i omställningen?")
                       "omställningen", "omställning", "förändringen", "förändringsarbetet", "arbetet", "processen",
                       # ("jag är ny på jobbet")
                       "jobbet", "jobb", "arbetsplatsen", "tjänsten",
                       # (whom the asker works with, no place: "… som jobbar ute hos brukarna")
                       "brukarna", "brukare", "brukarnas", "patienterna", "patienter", "patienternas", "invånarna",
                       "klienterna", "klienter", "familjerna", "äldre"}


# "… för mig som jobbar med hemrehab?", "… som sitter i receptionen och tar emot patienter?": what the asker does
_ASKER_DOES = re.compile(r"\bsom\s+((?:jobbar|arbetar|sitter)\s+(?:med|i|på|inom)\s+[\w -]{3,50}?)\s*[?,.!]", re.I)


def what_asker_does(text: str) -> str:
    """What a question says the asker does, in its own words ("jobbar med hemrehab"), or ""."""
    said = _ASKER_DOES.search(text)
    return said.group(1) if said else ""


def workplace_words(text: str) -> list[str]:
    """Where the asker works, as the words that name the kind of place ("sjuksköterska på en vårdavdelning
    på sjukhuset" -> vårdavdelning, sjukhuset); names ("Sunderby") and the county or municipality are left out."""
    words = [w for m in _WORKPLACE.finditer(text) for w in re.findall(r"[\w-]+", m.group(0)[len(m.group(1)):])
             if w.lower() not in _NO_WORKPLACE_WORDS and w[0].islower() and len(w) >= 5]
    # ("… som jobbar i kommunens socialpsykiatri": whose the place is names no place; the word after it does)
    owned = [after["place"] for w in words if w.lower() in _PLACE_OWNERS
             for after in [re.search(rf"\b{re.escape(w)}\s+(?P<place>[a-zåäö][\w-]{{4,}})", text)] if after]
    return [*(w for w in words if w.lower() not in _PLACE_OWNERS), *owned]


_PLACE_OWNERS = frozenset({"kommunens", "kommunernas", "regionens", "länets", "landstingets"})


# The part of care a kind of workplace belongs to, as the documents name it ("Inom primärvården ska …" is
# said to the one who works at a hälsocentral).
_WORKPLACE_CARE = {"hälsocentral": "primärvården", "vårdcentral": "primärvården", "distriktsmottagning": "primärvården",
                   "folktandvård": "tandvården", "tandklinik": "tandvården", "tandvårdsklinik": "tandvården",
                   # (the hospital's part: moving from inpatient care to open forms of care)
                   "vårdavdelning": "öppnare vårdformer", "sjukhus": "öppnare vårdformer", "slutenvård": "öppnare vårdformer",
                   "lasarett": "öppnare vårdformer"}
# How a part of care named by what it moves to is said of the asker's workplace ("För sjukhusvården, där du arbetar, …")
_CARE_SAID = {"öppnare vårdformer": "sjukhusvården"}


def care_said(care: str) -> str:
    """A part of care as said of the asker's workplace ("öppnare vårdformer" -> "sjukhusvården")."""
    return _CARE_SAID.get(care, care)


CARE_OF_WORKPLACES = frozenset(_WORKPLACE_CARE.values())


# Words that say what kind of place a workplace is, no place themselves ("särskilt boende", "privat hälsocentral")
_PLACE_QUALIFIERS = frozenset({"särskilt", "särskilda", "privat", "privata", "kommunal", "kommunala", "regional",
                               "regionala", "specialiserade", "egen", "egna"})


def qualifies_place(word: str) -> bool:
    """Whether a workplace word only says what kind of place it is ("särskilt" of "särskilt boende")."""
    return word.lower() in _PLACE_QUALIFIERS


def names_workplace(text: str, place: str) -> bool:
    """Whether text names the workplace itself or a compound with it ("mödravårdscentral MVC",
    "hemsjukvårdsteam" for "hemsjukvården"), not only a broader word it is a kind of ("sjukvården" does
    not name "hemsjukvården")."""
    head = _without_ending(fold(place.lower()))
    return any(len(w) >= len(head) and mentions(w, place) for w in (fold(t.lower()) for t in re.findall(r"\w+", text)))


def workplace_care(word: str) -> str:
    """The part of care a workplace word belongs to ("hälsocentralen" -> "primärvården"), or ""."""
    folded = word.lower()
    return next((care for place, care in _WORKPLACE_CARE.items() if folded.startswith(place)), "")


def without_workplace(text: str) -> str:
    """The question without where the asker works ("… sjuksköterska på Sunderby sjukhus – vad …" ->
    "… sjuksköterska – vad …"): a workplace is not a topic nor a name the answer must hold."""
    return _WORKPLACE.sub(lambda m: m.group(1), text)


SHORT_ROLE_SENTENCE = 8  # words: a sentence this short naming a role says who asks ("ny läkare på Sunderby här.")
# "sjukhuskurator på Sunderby sjukhus här.": who and where, no verb – the asker
# "Jobbar som samordnare för nära vård i Jokkmokks kommun.": who the asker is, the "jag" left out or not
_OWN_JOB = re.compile(r"^\s*(?:hej[,!.]?\s+)?(?:jag\s+|vi\s+)?(?:jobbar|arbetar|är\s+anställd|är\s+ny|började)\b", re.I)


def tells_own_job(statement: str) -> bool:
    """Whether a statement tells where or as what the asker works, not a matter asked of."""
    return bool(_OWN_JOB.match(statement) or _ABOUT_ME.match(statement))


_WHO_HERE = re.compile(r"^\s*(?:ny\s+|nyanställd\s+)?[\w-]+\s+(?:på|i|vid|från|inom)\s+[^.?!]{2,50}?\s+här\s*[.!]?\s*$", re.I)


def preamble_context(text: str) -> str:
    """What a preamble says about the matter, not the asker ("Min pappa har dåligt hjärta. Kan han mäta …?"
    -> "Min pappa har dåligt hjärta."): searched with the question, never read as the question."""
    sentences = [_GREETING.sub("", s).strip() for s in question_sentences(text)]
    # (a statement with its "jag" left out may open like a question: "har en äldre patient som bara vill prata
    # samiska. måste vi …?" – its full stop tells it)
    said = [s for s in sentences[:-1] if s and not s.endswith("?") and (not _ASKING_START.match(s) or
                                                                          (s.endswith(".") and not _WH_START.match(s)))
            and not _ABOUT_ME.match(s) and not re.match(r"(?:jag|vi|we)\b|(?-i:I)\s+(?:am|work|have|had|was|would|need|want|just|do|don't|think|read|saw|"
                                                    r"heard|teach|run|manage|lead|got|started)\b|(?-i:I)'", s, re.I)
            and len(s.split()) <= 25  # (not "I Jämtland Härjedalens målbild pratar man om …", Swedish "in")
            # (nor who the asker is and where, "jag är" left out: "sjukhuskurator på Sunderby sjukhus här." – but "Jobbar
            # som usk på ett äldreboende i Piteå." says where the question is asked from, which is searched)
            and not (len(s.split()) <= SHORT_ROLE_SENTENCE and _WHO_HERE.match(s))
            # (nor what the asker was told to do: "Min chef vill att jag läser på om nära vård innan APT nästa vecka.")
            and not _TOLD_TO_READ.search(s)]
    return " ".join(said[-2:])


_TOLD_TO_READ = re.compile(r"\b(?:vill|bad|sa|tycker)\s+(?:\w+\s+)?att\s+(?:jag|vi)\s+(?:ska\s+)?(?:läser|läsa|läst|kollar|kolla|"
                           r"tittar|titta|sätter\s+mig\s+in|sätta\s+mig\s+in|lär\s+mig|lära\s+mig)\b", re.I)


# "för mig" as "to me" (an opinion), not "for my work": "låter som samma sak för mig", "är oklart för mig"
_TO_ME = re.compile(r"\b(?:låter|verkar|känns|ser|är|blir)\b(?:\s+\w+){0,4}?\s+för mig\b"
                    # "Kan du sammanfatta Västernorrlands målbild för mig?": done for me, not what it means for me
                    r"|\b(?:sammanfatta|summera|förklara|beskriva|beskriv|berätta|lista|räkna upp|ta fram|reda ut|"
                    r"översätta|översätt)\b(?:\s+(?!betyder|innebär|gäller|påverkar|blir)[\w-]+){0,5}?\s+för mig\s*[?.!]?\s*$", re.I)


# Roles as staff write them short: "usk", "ssk".
ROLE_ABBREVIATIONS = {"usk": "undersköterska", "ssk": "sjuksköterska", "dsk": "distriktssköterska",
                      "spsk": "sjuksköterska", "ul": "underläkare", "st-läkare": "läkare", "at-läkare": "läkare",
                      "mas": "sjuksköterska"}  # medicinskt ansvarig sjuksköterska


_ROLES_LONGEST_FIRST = tuple(sorted(ROLES, key=len, reverse=True))  # "verksamhetschef" before "chef"


def role_of(word: str) -> str:
    """The role a word names, compounds and abbreviations too ("klinikchef" -> "chef",
    "specialistläkare" -> "läkare", "usk" -> "undersköterska"), or ""."""
    w = word.lower()
    if w in ROLE_ABBREVIATIONS:
        return ROLE_ABBREVIATIONS[w]
    stem = re.sub(r"(?:n|en|er|erna|ar|arna|or|orna)$", "", w)
    # (a compound's head first: "distriktsläkare" is a läkare, though it starts as "distriktssköterska" does)
    return next((r for r in _ROLES_LONGEST_FIRST if len(w) > len(r) + 2 and (w.endswith(r) or stem.endswith(r[:-1]))),
                "") or next((r for r in _ROLES_LONGEST_FIRST if _shares_role_start(w, r)), "")


ROLE_START_LETTERS = 8  # a role said in another form or slipped ("distriktsköterska") starts as the role does …


def _shares_role_start(word: str, role: str) -> bool:
    """Whether a word starts as a role does, far enough to be that role ("sjuksköterskestudent", "chefen"),
    not only a first part they share ("arbetsgivare" is no "arbetsterapeut", "samordningen" no "samordnare")."""
    same = len(os.path.commonprefix([fold(word), fold(role)]))  # (typed without å/ä/ö: "sjukskoterska")
    return same >= min(6, len(role)) and same >= min(len(role) - 2, ROLE_START_LETTERS)


# "Jag är enhetschef i äldreomsorgen och har svårt att få tag på folk.": the trouble the asker says they have
_ASKER_PROBLEM = re.compile(r"\b(?:jag|vi)\b[^.!?]*?\b(?:och\s+)?(?:har|hade)\s+(?P<problem>(?:svårt|problem|brist|ont)\s+[^.!?]+|"
                            # "… och har en äldre patient som helst vill prata finska med mig.": what the patient needs
                            r"(?:en|ett|flera|många|några)\s+(?:\w+\s+)?(?:patient|patienter|brukare|anhörig|anhöriga)\s+som\s+"
                            r"(?:helst\s+|bara\s+|inte\s+)?(?P<need>[^.!?]+))", re.I)


_ASKER_WORKS = re.compile(r"\b(?:jobbar|arbetar|sitter)\s+(?:själv\s+|sjalv\s+|också\s+|ocksa\s+|just\s+nu\s+)?"
                          r"(?:på|pa|i|inom|vid)\b[^,.?!–]*", re.I)
_ASKER_CLAUSE_PLACE = re.compile(r"^\s*(?:(?:hej|hejsan|hallå|tja)\W+)?(?:(?:jag|vi)\s+(?:är|jobbar|arbetar|har|sitter)|"
                                 r"(?:jobbar|arbetar)\s+(?:som|på|i|inom))\b[^,.?!–]*", re.I)


def asker_places(question: str) -> set[str]:
    """The places the asker's own clause names ("jag är ny på hälsocentralen i Piteå och …" -> Piteå): where
    the asker works, not something asked about."""
    clause = _ASKER_CLAUSE_PLACE.match(question)
    # (or said as where the asker is: "… för mig som enhetschef i äldreomsorgen här i Östersund?")
    # (or "vi i Ragunda kommun": where the asker and theirs are)
    # (or "lokalt i Kiruna": where the asker's own local work is)
    here = set(re.findall(r"\b(?:här|hos oss|hos mig|vi|oss|lokalt|lokalt här)\s+(?:i|på)\s+([A-ZÅÄÖ]\w+)", question))
    # (or a clause of its own later on, a municipality in lower case too: "…, jobbar själv på folktandvården i boden")
    later = " ".join(m.group(0) for m in _ASKER_WORKS.finditer(question))
    towns = {w for w in re.findall(r"\b(?:i|på|pa)\s+(\w+)", later) if fold(w.lower()) in _places()}
    # (or after the role the asker asks as: "… för mig som distriktssköterska i kommunens hemsjukvård i Kalix?")
    as_role = {w for m in _AS_ROLE_AT.finditer(question) for w in re.findall(r"\b(?:i|på)\s+([A-ZÅÄÖ]\w+)", m.group(0))}
    return (set(re.findall(r"\b(?:i|på)\s+([A-ZÅÄÖ]\w+)", clause.group(0))) if clause else set()) | here | towns | as_role


# "exempel på öppnare vårdformer som kan bli aktuella i glesbygd som Jokkmokk": a place given as an example of a kind
# the question names, not a thing the answer must name
_EXAMPLE_PLACE = re.compile(r"\b(?:[a-zåäö]{4,}\s+som|t\.\s?ex\.?|t\s?ex|till\s+exempel|typ|såsom)\s+(?:i\s+|på\s+)?"
                            r"(?P<place>[A-ZÅÄÖ][a-zåäö]{2,})\b")


# "… ska det byggas ett nytt där eller ska folk åka till gällivare istället?": a place the asker offers as the other way
_OTHER_WAY_PLACE = re.compile(r"\beller\b[^,?.!]{0,40}?\b(?:till|i|på|från)\s+(?P<place>[^\W\d_]{3,})\s+(?:istället|i\s+stället)\b",
                              re.I)


def example_places(question: str) -> set[str]:
    """The places a question gives as examples of a kind it names ("i glesbygd som Jokkmokk" -> Jokkmokk), or as the
    other way it guesses at ("… eller ska folk åka till gällivare istället?" -> gällivare): no place the answer must
    name."""
    examples = {m["place"] for m in _EXAMPLE_PLACE.finditer(question)
                if fold(m["place"].lower()) in _places() and not re.match(r"(?:mig|oss|dig|er)\s", question[max(0, m.start() - 4):m.start()], re.I)}
    return examples | {m["place"] for m in _OTHER_WAY_PLACE.finditer(question)}


# (or after what the asker does there: "… för mig som tandläkarstudent som gör praktik på folktandvården i Luleå?"; or
# whom they work for: "… som handledare för nya undersköterskor på ett SÄBO i Piteå?", "… i det mobila geriatriska
# teamet i Luleå?")
_AS_ROLE_AT = re.compile(r"\b(?:mig|oss|jag|vi)\s+som\s+[\w-]+(?:\s+som\s+(?:gör|har|jobbar|arbetar|går|läser)"
                         r"(?:\s+(?!i\b|på\b)[\w-]+){0,2})?(?:\s+(?:i|på|inom|vid|för)\s+(?:en\s+|ett\s+|det\s+|den\s+)?[\w-]+"
                         r"(?:\s+(?!i\b|på\b)[\w-]+){0,2}){1,3}",
                         re.I)


def asker_role_clause(question: str) -> str:
    """The clause naming the role the asker asks as, and where ("mig som handledare för nya undersköterskor på ett SÄBO
    i Piteå"), or "": its names are the asker's, not things asked about."""
    match = _AS_ROLE_AT.search(question)
    return match.group(0) if match else ""


# "Jag är enhetschef, sätter löner och fördelar arbetsuppgifterna i min grupp.": the things the asker's work handles
_DUTY_VERB = (r"sätter|fördelar|planerar|ansvarar\s+för|har\s+hand\s+om|leder|schemalägger|beslutar\s+om|tar\s+emot|"
              r"rekryterar|anställer")
_ASKER_DUTIES = re.compile(r"\b(?:jag|vi)\s+(?:är|jobbar som|arbetar som)\s+[\w-]+(?:\s+(?:på|i|inom)\s+(?:en\s+|ett\s+)?[\w-]+)?"
                           rf"\s*(?:,|och)\s*(?P<duties>(?:(?:och\s+)?(?:{_DUTY_VERB})\s+[^,.!?]+?"
                           r"(?:,\s*|\s+(?=och\b)|(?=[.!?]|$)))+)", re.I)
# (the verbs, and where the asker does it, are no things handled: "… i min grupp", "… från hälsocentralerna")
_DUTY_VERBS = re.compile(rf"\b(?:och|{_DUTY_VERB}|från\s+\w+|i\s+min\s+\w+|i\s+vår\s+\w+|på\s+min\s+\w+)\b", re.I)


# "Jag jobbar i receptionen på en hälsocentral och får ta emot frustration från patienter som skickas fram och
# tillbaka …": what the asker meets, said after who they are
_ASKER_SITUATION = re.compile(r"^\s*(?:(?:hej|hejsan|hallå|tja)\W+)?(?:jag|vi)\s+(?:är|jobbar|arbetar|sitter)\b[^.!?]*?"
                              r"\boch\s+(?P<what>[^.!?]{12,})", re.I)
# "Tar planen upp det problemet?", "… även för sånt?": a question that points at the situation the preamble told
_SITUATION_POINTED = re.compile(r"\b(?:det|detta|den|denna|det\s+här|det\s+där|den\s+här|den\s+där)\s+"
                                r"(?:problemet|problemen|situationen|läget|krocken|konflikten|glappet|utmaningen)\b|"
                                r"\b(?:sånt|sådant|sånt\s+där|sådana\s+fall)\b|"
                                # "… Under vilken del av målbilden passar det bäst?": where what the asker does belongs
                                r"\b(?:passar|hör|hamnar)\s+(?:det|detta|det\s+här|mitt\s+arbete|vårt\s+arbete)\b", re.I)


def asker_situation(preamble: str, question: str) -> str:
    """What the asker says they meet, after who they are ("… och pratar med vårdnadshavare som inte vet vart de
    ska vända sig när barnet mår psykiskt dåligt"), when the question points at it ("även för sånt?"), or ""."""
    if not _SITUATION_POINTED.search(question):
        return ""
    said = [m["what"].strip() for sentence in re.split(r"(?<=[.!?])\s+", preamble)
            if (m := _ASKER_SITUATION.match(sentence))]
    return " ".join(said)


# "… vad är det för fördelar man vill ta hem med det enligt planen?": a question that ends pointing at a thing
_ENDS_ON_POINTED = re.compile(r"\b(?:med|om|av|för|till|kring|från)\s+(?:det|den|detta|dem|dom)\b(?:\s+\w+){0,3}\s*\??\s*$", re.I)
STATEMENT_CONTEXT_WORDS = 20  # a longer sentence before the question tells more than the thing pointed at


# "Hej, jag är lokalvårdare på Kiruna sjukhus och kollegorna säger att hela sjukhuset ska rivas.": after who the asker
# is, what the preamble says of the matter ("o" and "å" as typed for "och"; not "vård- och omsorgsboende")
_ASKER_THEN_MATTER = re.compile(r"^\s*(?:(?:jag|vi)\s+)?(?:är|e|jobbar|arbetar|sitter)\b[^.!?]*?(?<!-)\s(?:och|o|å)\s+"
                                r"(?P<matter>[^.!?]{12,})", re.I)
# What a question asks of a thing without naming it: words of asking and of where it stands, no topic ("Stämmer det, och
# varför i så fall?", "Nämns det över huvud taget i nämndens verksamhetsplan?")
_ASKING_ONLY = frozenset({"stämmer", "varför", "fall", "över", "huvud", "taget", "alls", "egentligen", "någonstans",
                          "nånstans", "någon", "nån", "nämns", "nämnt", "står", "finns", "sägs", "skrivs", "upp", "något",
                          "nåt", "mer", "sant", "riktigt", "verkligen", "plats", "ställe", "stället"})


def preamble_matter(preamble: str) -> str:
    """What a preamble says of the matter, not of who asks ("Hej, jag är lokalvårdare på Kiruna sjukhus och kollegorna
    säger att hela sjukhuset ska rivas." -> "kollegorna säger att hela sjukhuset ska rivas"), or ""."""
    said = []
    for sentence in question_sentences(preamble):
        sentence = _GREETING.sub("", sentence).strip(" ,.!")
        clause = _ASKER_THEN_MATTER.match(sentence)
        if clause and not _OWN_STANDING.match(clause["matter"]):
            said.append(clause["matter"].strip(" ,"))
        elif sentence and not about_asker(sentence) and not _TOLD_TO_READ.search(sentence) \
                and not re.match(r"(?:jag|vi)\b", sentence, re.I):
            said.append(sentence)
    return ". ".join(s for s in said if topic_words(s).strip())


def matter_placed(matter: str, preamble: str) -> str:
    """What the preamble says of the matter, with the town of the asker's workplace when it speaks of that workplace
    ("… och kollegorna säger att hela sjukhuset ska rivas" on Kiruna sjukhus -> "… ska rivas i Kiruna")."""
    places = sorted(asker_places(preamble))
    at_work = any(mentions(w, place) for place in workplace_words(preamble) for w in re.findall(r"\w{4,}", matter))
    return f"{matter} i {places[0]}" if at_work and places and not any(p.lower() in matter.lower() for p in places) \
        else matter


# "… nån från kommunen nämnde SAM, … . vad står förkortningen för?": the abbreviation the preamble names
_ABBREVIATION_ASKED = re.compile(r"\b(?P<word>förkortningen|förkortning|akronymen|bokstäverna)\b(?!\s+(?-i:[A-ZÅÄÖ]{2,}))", re.I)


def abbreviation_named(question: str, matter: str) -> str:
    """"vad står förkortningen för?" with the one abbreviation the preamble names ("Vad står förkortningen SAM för?"),
    or ""."""
    match = _ABBREVIATION_ASKED.search(question)
    named = list(dict.fromkeys(acronyms_in(matter))) if match else []
    return f"{question[:match.end()]} {named[0]}{question[match.end():]}" if len(named) == 1 else ""


def names_no_topic(question: str) -> bool:
    """Whether a question asks of something it does not name: no topic word of its own besides words of asking, the
    documents and regions it asks of ("Stämmer det, och varför i så fall?", "vad står förkortningen för?")."""
    own = [w for w in topic_words(question).split() if w.lower().strip("?!.,:") not in _ASKING_ONLY
           and not names_only_documents(w) and not regions_named(w) and not _REGION_WORD.match(w)]
    return not own


# "… och har jobbat här i 20 år", "… och är ny sedan i måndags": the asker again, no matter
_OWN_STANDING = re.compile(r"^\s*(?:har|hade)\s+(?:\w+\s+)?(?:jobbat|arbetat|varit|börjat|bott)\b|^\s*är\s+(?:ny|nyanställd|nyexad)\b",
                           re.I)
_REGION_WORD = re.compile(r"^(?:regionen|regionens|länet|länets|nämnden|nämndens|region)$", re.I)


def statement_pointed_at(preamble: str, question: str) -> str:
    """The statement right before a question that ends pointing at it ("vi fick ju nya journalsystemet i höstas.
    vad är det för fördelar man vill ta hem med det?" -> "vi fick ju nya journalsystemet i höstas."), unless it
    only says who the asker is; or ""."""
    if not _ENDS_ON_POINTED.search(question):
        return ""
    sentences = [x for x in re.split(r"(?<=[.!?])\s+", _GREETING.sub("", preamble).strip()) if x]
    last = sentences[-1] if sentences else ""
    return last if last and not _ABOUT_ME.match(last) and len(last.split()) <= STATEMENT_CONTEXT_WORDS else ""


def asker_duties(preamble: str) -> str:
    """What the asker's work handles, as the preamble says it ("… sätter löner och fördelar arbetsuppgifterna i min
    grupp" -> "löner arbetsuppgifterna"), or ""."""
    match = _ASKER_DUTIES.search(preamble)
    return " ".join(_DUTY_VERBS.sub(" ", match["duties"]).split()) if match else ""


def asker_problem(preamble: str) -> str:
    """The trouble a preamble says the asker has ("svårt att få tag på folk"), or what their patient needs
    ("… har en äldre patient som helst vill prata finska med mig" -> "vill prata finska"), or what their work
    handles ("sätter löner och fördelar arbetsuppgifterna" -> "löner arbetsuppgifterna"), or ""."""
    match = _ASKER_PROBLEM.search(preamble)
    if not match:
        # "… många av mina patienter kan knappt svenska": what the asker's patients need
        theirs = re.search(r"\b(?:mina|våra)\s+patienter\s+(?P<need>(?:kan|har|är|pratar|talar|förstår|behöver)\s+[^.!?]+)",
                           preamble, re.I)
        return theirs["need"].strip() if theirs else asker_duties(preamble)
    if match["need"]:
        return re.sub(r"\s+(?:med|för|av|till)\s+(?:mig|oss)\b.*$", "", match["need"]).strip()
    return match["problem"].strip()


# "Jag är distriktsköterska … och träffar många sköra äldre.": the people or things the asker works with,
# whom a following "Vad säger planen om dem?" points at.
_ASKER_MEETS = re.compile(r"\b(?:jag|vi)\b[^.!?]*?\b(?:träffar|möter|tar hand om|jobbar(?: mest| mycket)? med|"
                          r"arbetar(?: mest| mycket)? med|har hand om|får in|tar emot)\s+"
                          r"(?:(?:många|flera|mest|ofta|mycket|en del|massor av|mängder av|en massa|allt fler|fler och fler)\s+)*"
                          # ("Vi får in massor av gamla som är jättesköra …": whom, with what they are)
                          r"(?P<thing>\w+(?:\s+(?!och\b|som\b|i\b|på\b|inom\b|hos\b)\w+){0,2}(?:\s+som\s+är\s+\w+)?)"
                          r"\s*(?:[.!?,]|\s+(?:och|som|i|på|inom|hos)\b|$)", re.I)


# "Jag jobbar på en hälsocentral med många gamla och skröpliga patienter.": whom the asker's workplace has many of
_ASKER_HAS_MANY = re.compile(r"\b(?:jag|vi)\b[^.!?]*?\b(?:med|har)\s+(?:(?:väldigt|så|jätte)\s*)?(?:många|flera|mycket|en del)\s+"
                             r"(?P<thing>[^.!?,]{3,60}?)\s*(?:[.!?,]|$)", re.I)


# "… och vi har börjat prata om patientkontrakt. Är det något Norrbotten har hittat på själva …?": the thing the asker
# says is talked of, which the question's "det" points at
_ASKER_TALKS_OF = re.compile(r"(?:\b(?:jag|vi|man|patienterna|patienter|folk|invånarna|anhöriga|kollegorna|alla)\b|"
                             r"^\s*(?:på|under|vid)\s+(?:en|ett|vår|vårt|förra|senaste)\s+\w+)[^.!?]*?"
                             r"\b(?:frågar|undrar|prata|pratar|pratat|pratade|diskutera|diskuterar|diskuterat|"
                             r"diskuterade|snackar|snackat|läst|läste|hört|hörde)\s+(?:(?:alla|många|folk|kollegorna|de|dom)\s+)?"
                             r"(?:(?:mycket|en del|lite|ofta|hela tiden|jämt|ständigt)\s+)?om\s+"
                             # ("vi har snackat om att låta patienterna väga sig och ta blodtrycket själva hemma": the
                             # whole doing)
                             r"(?:(?P<doing>att\s+[^.!?]{3,160}?)\s*(?:[.!?]|$)|"
                             r"[\"”“']?(?P<thing>[^.!?,\"”“']{3,60}?)[\"”“']?\s*(?:[.!?,]|\s+(?:och|men|på|i|som)\b|$))", re.I)
# (a statement that tells of such talk, before a dash and the question)
_TALKED_OF_BEFORE = re.compile(r"\b(?:frågar|undrar|prata|pratar|pratat|pratade|diskutera|diskuterar|diskuterat|diskuterade|"
                               r"snackar|snackat|läst|läste|hört|hörde)\s+(?:[\w-]+\s+){0,3}?om\b", re.I)


def asker_talks_of(preamble: str) -> str:
    """What a preamble says the asker and colleagues talk or have read of ("patientkontrakt"), or ""."""
    match = _ASKER_TALKS_OF.search(preamble)
    said = (match["doing"] or match["thing"]).strip() if match else ""
    return said if said and said.lower().split()[0] not in _POINTING_TOPIC else ""


# "… vad de kan göra i Min vård Norrbotten. Vilka funktioner finns där …?": "där" as the place a verb points at, not a
# relative "där" after a noun ("ett system där …")
_THERE_POINTS = re.compile(r"\b(?P<verb>finns|ingår|erbjuds|görs|gör|göra|går|kan\s+(?:man|vi|de|dom|patienterna)\s+\w+)"
                           r"\s+(?:det\s+)?(?P<there>där)\b", re.I)


def there_named(question: str, preamble: str) -> str:
    """The question with the "där" it points with said as the longest name its preamble says ("Vilka funktioner finns
    där …?" -> "Vilka funktioner finns i Min vård Norrbotten …?"), or ""."""
    match = _THERE_POINTS.search(question)
    name = _preamble_name(question, preamble) if match else ""
    return f"{question[:match.start('there')]}i {name}{question[match.end('there'):]}" if name else ""


def _preamble_name(question: str, preamble: str) -> str:
    """The longest name a preamble says that the question does not ("Min vård Norrbotten"), or ""."""
    names = [n for n in name_phrases(preamble) if n.lower() not in question.lower()] if preamble else []
    return max(names, key=len) if names else ""


# "Jag har precis börjat jobba med Min vård Norrbotten. Vad säger planen om den här tjänsten?", "… just started working on
# Min vård Norrbotten. What does the plan say about this service?": a service, system or app pointed at
_THIS_THING = re.compile(r"\b(?:(?:den|det)\s+här|denna|detta)\s+(?:e-)?(?:tjänsten|appen|systemet|plattformen|verktyget|"
                         r"funktionen|lösningen)\b|\b(?:this|that)\s+(?:service|system|app|tool|platform|solution)\b", re.I)


def this_named(question: str, preamble: str) -> str:
    """The question with the service it points at ("den här tjänsten", "this service") said as the longest name its
    preamble says ("Min vård Norrbotten"), or ""."""
    match = _THIS_THING.search(question)
    name = _preamble_name(question, preamble) if match else ""
    return f"{question[:match.start()]}{name}{question[match.end():]}" if name else ""


def asker_meets(preamble: str) -> str:
    """Whom or what a preamble says the asker works with ("sköra äldre", "gamla och skröpliga patienter"), or ""."""
    match = _ASKER_MEETS.search(preamble) or _ASKER_HAS_MANY.search(preamble)
    # ("jättesköra": the intensifier is no part of the word the documents use)
    return re.sub(r"\bjätte-?(?=\w{4,})", "", match["thing"].strip(), flags=re.I) if match else ""


def about_them(question: str, thing: str) -> str:
    """A "Vad säger planen om dem?" question with its pointing word replaced by the thing pointed at
    ("Vad säger planen om sköra äldre?"), or "" when the question asks about something of its own."""
    match = _ABOUT.search(question)
    # ("… om just den gruppen?": the group pointed at)
    if match and _POINTING_GROUP.match(match["topic"].strip()):
        return f"{question[:match.start('topic')]}{thing}{question[match.end('topic'):]}"
    if not match or match["topic"].strip().lower() not in _POINTING_TOPIC:
        # "… om vad vi ska göra för dem?": the pronoun after its preposition
        # (not "dem som …", which says whom itself: "… som går till dem som är över 65?")
        # (nor "dom här två sakerna", which names things of its own)
        them = re.search(r"\b(?:för|med|åt|hos|om|till)\s+(?P<them>dem|dom)\b(?!\s+(?:som|här|där)\b)", question, re.I)
        return f"{question[:them.start('them')]}{thing}{question[them.end('them'):]}" if them else ""
    return f"{question[:match.start('topic')]}{thing}{question[match.end('topic'):]}"


# "… på APT pratar alla om "riktningsförändringarna". Vilka är de enligt strategin?": "de" as the subject of what is asked
_SUBJECT_POINTS = re.compile(r"^\s*(?:och\s+)?(?:vilka|vad|vem|vilken|vilket)\s+(?:är|innebär|betyder|heter|står\s+för)\s+"
                             r"(?P<it>det\s+där|det\s+här|de\s+där|dessa|detta|dom|det|den|de)\b(?!\s+(?:som|att)\b)"
                             # (not a determiner: "Vad är det övergripande målet i den?" asks of "målet")
                             r"(?=\s*(?:[?.!,–-]|$)|\s+(?:här|där|enligt|i|inom|för|på|då|egentligen|nu|och|o|exakt|"
                             r"konkret|alltså)\b)", re.I)


def subject_named(question: str, thing: str) -> str:
    """A "Vilka är de …?" question with its pointing subject replaced by the thing pointed at ("Vilka är
    riktningsförändringarna …?"), or "" when its subject is no pointing word."""
    match = _SUBJECT_POINTS.search(question)
    return f"{question[:match.start('it')]}{thing}{question[match.end('it'):]}" if match and thing else ""


_ABOUT_IT = re.compile(r"\bom\s+(?:det|den|detta)(?=\s*(?:[?.!,–-]|$))", re.I)


def about_talked(question: str, thing: str, places: Iterable[str] = ()) -> str:
    """"Vad säger nämndens plan om det – …?" with "det" the thing the preamble says is talked of ("Patienterna frågar
    hela tiden om sjukhuset här." -> "om sjukhuset i Kiruna", where the asker works), or ""."""
    if not thing or not _ABOUT_IT.search(question):
        return ""
    place = next(iter(sorted(places)), "")
    named = re.sub(r"\bhär\b", f"i {place}", thing) if place else re.sub(r"\s+här\b", "", thing)
    return _ABOUT_IT.sub(lambda _: f"om {named}", question, count=1)


# (or the asker's unit: "Jag är enhetschef inom den specialiserade vården. Hur berör det min verksamhet?")
_CONCERNS_ME = r"\b(?:berör|angår|påverkar)\s+(?:det\s+här\s+|det\s+där\s+|det\s+|detta\s+|den\s+)?mig\b"  # "Hur berör det här mig?"
_TO_KNOW = r"\bvad\s+(?:behöver|ska|bör|måste)\s+(?:jag|vi)\s+(?:veta|kunna|tänka\s+på)"  # "vad behöver jag veta"
_FOR_ME = re.compile(r"\b(?:för|av|på|om|åt)\s+(?:mig|oss)\b|\bmed\s+(?:mig|oss)\s+att\s+göra\b|\b(?:min|vår)\s+(?:del|roll|verksamhet|enhet|avdelning|"
                     r"arbetsplats|mottagning|klinik|hälsocentral)\b|\b(?:mitt|vårt)\s+(?:jobb|arbete|team)\b|"
                     # "Vad betyder det för hur jag ska jobba med patienterna?"
                     r"\b(?:hur|vad)\s+(?:jag|vi)\s+(?:ska|skall|bör|behöver|kan)\s+(?:jobba|arbeta|göra|tänka)\b|"
                     # "vad behöver jag veta?" (a new employee): what concerns the asker
                     + _TO_KNOW + r"\b|"
                     # "Hur berör det här mig?" (not "Berör det här oss också?": whether it concerns the asker's place)
                     + _CONCERNS_ME, re.I)
# "Vad ska jag som medarbetare göra annorlunda enligt strategin?": what changes for the asker
_DO_DIFFERENTLY = (r"\b(?:vad|hur)\s+(?:ska|skall|bör|behöver|måste|kan)\s+(?:jag|vi)(?:\s+som\s+\w+)?\s+"
                   r"(?:göra|jobba|arbeta|tänka)\s+(?:annorlunda|nytt|konkret|i\s+praktiken)\b")
_SAID_OF_ME = r"\b(?:säger|står|skriver|sägs)\b[^?.!]*\bom\s+mig\b"
_SAID_OF_ME_RX = re.compile(_SAID_OF_ME, re.I)


def said_of_me(question: str) -> bool:
    """Whether a question asks what is said of the asker ("vad säger strategin om mig som medarbetare?")."""
    return bool(_SAID_OF_ME_RX.search(question))


_MEANS_FOR_ME = re.compile(r"\bför mig\b|\bmin del\b|\b(?:för|i) mitt (?:jobb|arbete)\b|"
                           # "Vad innebär omställningen för oss inom den specialiserade vården?", "… något som rör oss?"
                           # (or "för oss som jobbar på sjukhus": those who work there, the asker among them)
                           r"\b(?:innebär|betyder|påverkar|medför)\b[^?.!]*\bför oss\b(?!\s+(?:som(?!\s+(?:jobbar|arbetar)\b)|invånare|patienter|"
                           r"medborgare|brukare|medarbetare|anställda|personal)\b)|"
                           r"\bsom\s+(?:rör|berör|angår|gäller)\s+(?:oss|mig)\b|"
                           # "vad säger strategin om mig som rehabkoordinator?": what it says to the asker's part
                           + _SAID_OF_ME + "|" + _DO_DIFFERENTLY + "|" + _CONCERNS_ME, re.I)  # "vad betyder det för mig", "… om min del"
_MY_STAFF = r"(?:(?:mina|våra)\s+(?:medarbetare|anställda)|(?:min|vår)\s+personal)\b"  # a manager's staff
_EXPECTED_OF_ME = re.compile(r"\b(?:av|på) (?:mig|oss)\b|"  # "vad förväntas av mig/oss chefer", "vilka krav ställs på mig"
                             # (a manager of her staff: "vad förväntas av mina medarbetare i nära vård?")
                             rf"\b(?:av|på)\s+{_MY_STAFF}|"
                             # "vad behöver jag som chef ha koll på?", "vad jag som chef behöver tänka på"
                             r"\b(?:behöver|måste|bör)\s+(?:jag|vi)(?:\s+som\s+\w+)?\s+(?:ha\s+koll\s+på|veta|tänka\s+på|kunna)\b|"
                             r"\b(?:jag|vi)\s+(?:som\s+\w+\s+)?(?:behöver|måste|bör)\s+(?:ha\s+koll\s+på|veta|tänka\s+på|kunna)\b",
                             re.I)
_OF_US = re.compile(r"\b(?:för|av|på) (?:mig|oss)\b", re.I)


_NAMES_THEM = re.compile(r"^\s*(?:dessa|de|dom)\s+(?:är|utgörs\s+av|består\s+av|"
                         # ("Dessa kan tillkomma som en följd av klimatförändringar, förändrat säkerhetsläge och …")
                         r"kan\s+(?:tillkomma|uppstå|komma)\s+(?:som\s+en\s+följd\s+av|genom|av|från))\s+\S", re.I)


def names_them(sentence: str) -> bool:
    """Whether a sentence names the things the one before announced ("Dessa är utbildning och livslångt lärande, …")."""
    return bool(_NAMES_THEM.match(sentence))


def asks_for_me(question: str) -> bool:
    """Whether a question asks what something means for the asker ("… för mig?", "… om min del?"); not one asking
    for examples of the work ("finns det nåt konkret exempel på hur vi ska jobba med det?": the documents' examples),
    nor whether the asker's unit gets more or less of a thing ("Kommer vår avdelning att få färre vårdplatser …?": a
    fact the documents state or not)."""
    return bool(_FOR_ME.search(question)) and not _EXAMPLE_OF_HOW.search(question) \
        and not _UNIT_GETS.search(question)


def names_goal_image(question: str) -> bool:
    """Whether a question speaks of a målbild ("Vad står det i Västernorrlands målbild för nära vård?")."""
    return bool(re.search(r"\bmålbild", question, re.I))


def asks_unit_gets(question: str) -> bool:
    """Whether a question asks if the asker's own unit gets more or less of something ("Kommer vår avdelning att få
    färre vårdplatser …?"), which the documents, planning for the region, never say of one unit."""
    return bool(_UNIT_GETS.search(question))


# "Kommer vår avdelning att få färre vårdplatser när det nya sjukhuset är byggt?": whether the unit gets more or less
_UNIT_GETS = re.compile(r"^\s*(?:(?:och|men|så)\s+)?(?:kommer|ska|skall|får|blir|måste)\s+(?:(?:vår|min|vårt|mitt)\s+[\w-]+|vi)\s+"
                        r"(?:att\s+)?(?:få|bli|ha|behöva|tvingas|mista|förlora)?\s*(?:\w+\s+)?(?:färre|fler|mer|mindre|"
                        r"större|nya|ny|nytt|egna|flytta|stänga|läggas\s+ned|läggas\s+ner)\s+(?:personal|pengar|resurser|"
                        r"vårdplatser|platser|tjänster|anställda|medarbetare|kollegor|budget|lokaler)\b", re.I)
# ("Får vi mer personal i hemtjänsten för det?": whether the asker's own unit gets more staff, too)


_EXAMPLE_OF_HOW = re.compile(r"\bexempel\s+på\s+(?:hur|vad)\s+(?:jag|vi|man)\b", re.I)


def means_for_me(question: str) -> bool:
    """Whether a question asks what it means for the asker's part ("… för mig?", "… om min del?")."""
    return bool(_MEANS_FOR_ME.search(question))


def expected_of_me(question: str) -> bool:
    """Whether a question asks what is expected of the asker ("vad förväntas av mig …?", "… krav på mig")."""
    return bool(_EXPECTED_OF_ME.search(question))


def of_us(question: str) -> bool:
    """Whether a question speaks of the asker or their workplace ("för oss", "av mig", "på oss")."""
    return bool(_OF_US.search(question))


_ROLE_STEMS = {(r[:-1] if r.endswith("a") else r): r for r in ROLES}  # "sjukskötersk": sjuksköterska, -or, -an


# A thing named by a role, no role spoken from: "Hur många psykologtjänster finns …?", "läkarbristen", "läkarbesök"
_ROLE_THING = re.compile(r"(?:tjänst|tjänster|tjänsterna|bemanning\w*|brist\w*|besök\w*|tid|tider|tiderna|"
                         r"utbildning\w*|program\w*|kontakt\w*|resurs\w*)$", re.I)


_DID_THEN = re.compile(r"\s+(?:visade|sa|sade|säger|berättade|tycker|tyckte|vill|ville|menar|frågade|undrar|nämnde|"
                       r"pratade|pratar|skickade|delade|har\s+sagt|hade)\b", re.I)


def role_in(text: str) -> str:
    """The role a question speaks from ("för mig som sjuksköterska" -> "sjuksköterska"), or ""."""
    # (not someone else's: "Min chef vill ha en sammanfattning …" is asked by the chef's staff)
    # (nor one who did something the asker tells of: "Chefen visade en bild på APT …")
    match = next((m for m in re.finditer(rf"\b({'|'.join(ROLES)})\w*", text, re.I)
                  if not _SOMEONE_ELSES.search(text[:m.start()]) and not _ROLE_THING.search(m.group(0))
                  and not _HIRED.search(text[:m.start()])
                  and not (m.group(0).lower().endswith(("en", "n")) and _DID_THEN.match(text[m.end():]))), None)
    if match:
        return match.group(1).lower()
    if _STAFF_OF_MINE.search(text):
        return "medarbetare"  # "vad förväntas av mina medarbetare …?": what staff are to do, asked by their manager
    we = re.search(rf"\b(?:vi|oss)\s+({'|'.join(_ROLE_STEMS)})\w*", text, re.I)  # (in the plural: "oss sjuksköterskor")
    if we:
        return _ROLE_STEMS[we.group(1).lower()]
    # ("jag är ssk på en medicinavdelning": the role as staff write it short)
    short = re.search(rf"\b(?:jag|vi)\s+(?:är|e|jobbar som|arbetar som)\s+({'|'.join(map(re.escape, ROLE_ABBREVIATIONS))})\b", text, re.I)
    if short and _ROLE.search(_TO_ME.sub(" ", text)):  # (when it asks what it means for the asker)
        return ROLE_ABBREVIATIONS[short.group(1).lower()]
    # ("Jag är specialistläkare på en länsklinik …": a compound role said of the asker)
    said_is = re.search(r"\b(?:jag|vi)\s+(?:är|e)\s+([\w-]{5,})", text, re.I)
    if said_is and role_of(said_is.group(1)):
        return role_of(said_is.group(1))
    if said_is and _ROLE_ENDING.search(said_is.group(1)) and said_is.group(1).lower() not in _NOT_ROLES:
        return said_is.group(1).lower()  # "Jag är kardiolog.": a role the list lacks, by its ending
    # ("jobbar som usk i hemtjänsten, …": typed without "jag")
    # (each place the asker says it: "Jag jobbar som HR-partner … – vad innebär det för oss som arbetsgivare?")
    for said in re.finditer(r"(?:\b(?:mig|jag|oss|vi|me|I)(?:\s+(?:jobbar|arbetar|work)(?:\s+(?:här|idag|nu))?)?|"
                            # (a title's adjective before the role: "för mig som biträdande avdelningschef")
                            r"^\s*(?:jobbar|arbetar))\s+(?:som|as(?:\s+an?)?)\s+(?:(?:biträdande|tillförordnad|t\.f\.|"
                            r"ställföreträdande|nyanställd|ny|legitimerad|erfaren|blivande)\s+)?([\w-]+)", text, re.I):
        if role_of(said.group(1)):  # "för mig som klinikchef", "jag som usk", "jag jobbar som usk"
            return role_of(said.group(1))
        if role_setting(said.group(1)):  # "för mig som skolsköterska": the role and where it works
            return said.group(1).lower()
        if len(said.group(1)) >= MIN_ROLE_LETTERS and said.group(1).lower() not in _NOT_ROLES \
                and (not verb_like(said.group(1)) or said.group(1).lower() in _ROLES_LIKE_VERBS):
            return said.group(1).lower()  # "för mig som kommunikatör": a role the list lacks is still the asker's
    return "medarbetare" if _ROLE.search(_TO_ME.sub(" ", text)) else ""


# The endings of staff roles ("kardiolog", "miljösamordnare", "biståndshandläggare"), for roles the list lacks
_ROLE_ENDING = re.compile(r"(?:log|sköterska|läkare|terapeut|handläggare|samordnare|sekreterare|pedagog|kurator|assistent|"
                          r"strateg|koordinator|dietist|ingenjör|tekniker|controller)$", re.I)
# "min chef", "vår verksamhetschef", "my manager": a role word that is not the asker's
# "… locka till oss och behålla medarbetare?": the staff a workplace hires and keeps, not the role asked from
_HIRED = re.compile(r"\b(?:attrahera|rekrytera|behålla|locka|anställa|kompetensutveckla|hitta|nyanställa|hyra\s+in)"
                    r"(?:\s+(?:nya|fler|duktiga|bra|mer|egna))?\s+$", re.I)
_STAFF_OF_MINE = re.compile(rf"\b(?:av|på|för)\s+{_MY_STAFF}", re.I)
_SOMEONE_ELSES = re.compile(r"\b(?:min|mina|vår|våra|din|dina|er|era|hans|hennes|deras|my|our|your)\s+$", re.I)
MIN_ROLE_LETTERS = 5  # "för mig som kommunikatör"; not "som ny", "som du"
_ROLES_LIKE_VERBS = frozenset({"politiker", "tekniker", "terapeuter"})  # roles that end as a verb does ("-er")
_NOT_ROLES = frozenset({"nyanställd", "nyanställda", "nybörjare", "vanligt", "vanlig", "helhet", "individ", "patient",
                        "anhörig", "privatperson", "invånare", "medborgare", "norrbottning", "person"})


# Words that say what kind of answer is wanted but not what about: a question made only of these
# (and question words) leans on the conversation ("ge exempel på vad vi kan jobba med").
_GENERIC = {"exempel", "saker", "sak", "grejer", "jobba", "arbeta", "göra", "gör", "mer", "mig", "oss", "vi", "man", "kan", "ska", "får",
            "betyda", "betyder", "innebära", "innebär", "konkret", "konkreta", "praktiken", "sådant", "något",
            "ge", "ges", "gavs", "några", "fler", "mera", "vad", "hur", "vilka", "vilken", "vilket", "på", "med", "i", "för",
            "och", "det", "den", "de", "är", "en", "ett", "till", "om", "kort", "kortare", "förklara", "berätta",
            "tack", "punkten", "punkt", "delen", "första", "andra", "tredje", "fjärde", "femte", "sista",
            # what a role question asks of the asker's everyday work, not a topic ("för att bidra till det i det dagliga jobbet")
            "att", "bidra", "bidrar", "hjälpa", "tänka", "förväntas", "dagliga", "dagligen", "vardagen", "jobbet",
            "arbetet", "praktiskt", "rent", "egentligen", "själv", "nyanställd", "nyanställda", "jobb", "mitt", "min",
            "mina", "där", "här", "tanken", "tjänsten", "sitter", "vill", "prata", "men", "okej", "påverkar", "påverka",
            "koll", "känna", "till",  # "vad ska jag ha koll på?", "vad behöver jag känna till?"
            # "vad av det är relevant för mig som dietist?": which of it matters, no topic of its own
            "relevant", "relevanta", "relevantast", "aktuellt", "aktuella", "intressant", "intressanta", "viktigast",
            "utifrån", "tänka",  # "hur ska jag tänka … utifrån det?": from what was said
            "vara",  # "… och vilka ska vara med?": who takes part in the thing asked of
            "åtgärder", "åtgärderna", "insatser", "insatserna"}  # "ge exempel på konkreta åtgärder": of the topic before
ORDINALS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "sista": -1,
            "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
_ORDINAL = re.compile(rf"\b({'|'.join(ORDINALS)})\b", re.I)
# "andra" is the second only before a thing in the definite singular ("andra punkten", "den andra strategin")
_SECOND = re.compile(r"andra\s+\w+(?<!na)(?:en|et|n)\b", re.I)


def topic_words(text: str) -> str:
    """The words of a question that name its topic ("Vad är hemmonitorering?" -> "hemmonitorering")."""
    return " ".join(w for w in content_words(text).split() if w.lower().strip("?!.,:") not in _GENERIC and len(w) > 2)


# Words of a role question that say where or with whom the asker works, not what they ask about.
_ROLE_SETTING = {"som", "jag", "när", "inom", "vid", "ute", "inne", "hemma", "sitter", "träffar", "träffa", "möter", "möta", "mötet", "jobbar", "arbetar", "patient",
                 "patienten", "patienter", "patienterna", "verksamheten", "hälsocentral", "hälsocentralen",
                 "vårdcentral", "vårdcentralen", "sjukhus", "sjukhuset", "kommunen", "avdelningen", "mottagningen",
                 # what the asker's part is called, not a topic: "vad blir mitt bidrag där?", "min roll i det"
                 "bidrag", "bidraget", "bidra", "roll", "rollen", "uppgift", "uppgiften", "blir", "ansvar", "ansvaret",
                 # what it asks of the change, not what it is about: "vad kommer bli annorlunda för mig?", "vad
                 # förväntas rent konkret av mig?"
                 "kommer", "annorlunda", "ändras", "förändras", "förväntas", "konkret", "skillnad", "skillnaden",
                 # what the asker does all day: "… för mig som sitter i receptionen och tar emot patienter?"
                 "emot", "reception", "receptionen", "växeln", "telefon", "telefonen", "disken",
                 # the asker's work as a whole, no topic: "Vad betyder det för mitt arbete?", "… i min vardag?"
                 "arbete", "arbetet", "jobb", "jobbet", "vardag", "vardagen", "arbetsdag", "arbetsdagen", "yrke",
                 "yrket", "yrkesroll", "yrkesrollen", "arbetsuppgifter"}


# ("Jag har precis börjat som enhetschef på en hälsocentral. Vad innebär det …?": where and since when, no topic)
_ASKER_SAYS = re.compile(r"^\s*(?:jag|vi)\s+(?:är|e|jobbar|arbetar|sitter|började|blev|har\s+(?:\w+\s+)?(?:börjat|blivit))\b"
                         r"[^,–?.]*[,–.]", re.I)


# Words of a role question that name no topic of its own: the staff a manager leads, and how one stands to them
# ("hur ska vi vara gentemot personalen?" asks what leading is)
_NO_OWN_TOPIC = {"gentemot", "personalen", "personal", "medarbetarna", "anställda", "kollegorna", "kollegor"}


_HOLDS_FOR_US = re.compile(r"(?<=[?.!])\s*(?:och\s+|men\s+)?(?:gäller|berör|omfattar|påverkar)\s+(?:det|den|detta|dom|de)\s+"
                           r"(?:ens\s+|också\s+|även\s+|verkligen\s+|alls\s+)?(?:oss|mig|er|dig)\b[^?]*\?\s*$", re.I)


def own_topic(question: str) -> str:
    """What a role question asks about in its own words ("och vad betyder personcentreringen för mig som
    sjuksköterska?" -> "personcentreringen"), or "" when it leans on the conversation ("… det för mig …",
    "den tjänsten")."""
    anaphoric = {m.lower() for m in re.findall(r"\b(?:den|det|denna|detta|dessa|de)\s+(?:här\s+|där\s+)?(\w+)", question, re.I)}
    # (and what is said of the thing pointed back at: "… nu när det är infört?" after "När infördes Cosmic?")
    anaphoric |= {m.lower() for m in re.findall(r"\b(?:den|det|detta|de)\s+(?:är|blir|blev|har\s+blivit)\s+(\w+)",
                                                question, re.I)}
    # where the asker works: "som chef inom folktandvården", "fysioterapeut i primärvården", "sitter i
    # receptionen", "på en hälsocentral ute i glesbygden" – the places said of the asker, not "bemött på meänkieli"
    workplace = set()
    for clause in re.findall(r"\b(?:som|jobbar|arbetar|sitter|jag är|är anställd)\b((?:\s+[\w-]+){1,8})", question, re.I):
        # (and the place a genitive owns: "i kommunens hemsjukvård" – the asker works in the hemsjukvård)
        for m in re.finditer(r"\b(?:i|inom|på|vid)\s+(?:en\s+|ett\s+)?(\w+)(?:\s+(\w+))?", clause, re.I):
            workplace.add(m.group(1).lower())
            if m.group(2) and m.group(1).lower().endswith("s") and m.group(2).lower() not in ("i", "på", "och", "som"):
                workplace.add(m.group(2).lower())
    # "Gäller det ens oss, eller bara regionens hälsocentraler?": whether the topic before holds for the asker, no
    # topic of its own
    question = _HOLDS_FOR_US.sub("", question)
    # what the asker does, said after the role: "för mig som rehabassistent som gör mycket hembesök"
    for clause in re.findall(r"\bsom\s+[\w-]+\s+som\s+(?:gör|har|träffar|möter|tar hand om)"
                             r"((?:\s+[\w-]+){1,5})", question, re.I):
        workplace |= {w.lower() for w in re.findall(r"\w+", clause)}
    # what the asker says of their work before asking: "jag är ssk och sitter och triagerar där ibland, vad …"
    said = _ASKER_SAYS.match(question)
    workplace |= {w.lower() for w in re.findall(r"\w+", said.group(0))} if said else set()
    stated = role_in(question)  # ("för mig som kommunikatör": a role the list lacks)
    return " ".join(w for w in topic_words(question).split()
                    if w.lower() not in _ROLE_SETTING | anaphoric | workplace | _NO_OWN_TOPIC and len(w) > 3
                    and not role_of(w) and w.lower().strip("?!.,") != stated)  # the asker's role, or another ("som klinikchef")


# The documents' words for what a role's work is about: staff are "medarbetare", managers lead.
ROLE_TOPICS = {"chef": "ledarskap ledare chef arbetsgivare arbetsmiljö", "enhetschef": "ledarskap ledare chef arbetsgivare arbetsmiljö",
               "verksamhetschef": "ledarskap ledare chef arbetsgivare arbetsmiljö", "ledare": "ledarskap ledare", "manager": "ledarskap ledare",
               # ("Jag jobbar som HR-partner – vad innebär det för oss som arbetsgivare?")
               "arbetsgivare": "arbetsgivare arbetsvillkor arbetsmiljö", "employer": "arbetsgivare arbetsvillkor arbetsmiljö"}
# How the work is carried out in the line organisation, what falls to a manager: "Det implementeras i linjens mål och
# verksamhetsplaner", "Lokala samverkansarenor har fått i uppdrag att ta fram lokala samverkansplaner …"
_IN_THE_LINE = re.compile(r"\b(?:implementer\w*|linjens|i\s+linjen|\w*verksamhetsplaner|\w*samverkansplaner|"
                          r"\w*handlingsplaner)\b", re.I)


def carried_out_in_line(text: str) -> bool:
    """Whether a sentence says how the work is carried out in the line organisation (what falls to a manager)."""
    return bool(_IN_THE_LINE.search(text))


# What a role works with, when the documents never name the role but do name that ("farmaceut": the medicines)
ROLE_WORK = {"farmaceut": "läkemedel", "apotekare": "läkemedel", "pharmacist": "läkemedel",
             # ("… som dietist, vad ska vi jobba med?": the eating habits the documents call levnadsvanor)
             "dietist": "levnadsvanor", "nutritionist": "levnadsvanor", "dietitian": "levnadsvanor",
             # ("… och vad innebär det för mig som fysioterapeut?": the rehabilitation the documents name)
             "fysioterapeut": "rehabilitering", "arbetsterapeut": "rehabilitering", "sjukgymnast": "rehabilitering",
             "physiotherapist": "rehabilitering"}


def names_role(role: str, vocabulary: Mapping[str, int]) -> bool:
    """Whether the documents' words (`vocabulary_of`) name a role: the role or a word that begins with it."""
    role = role.lower()
    return any(n > 0 for w, n in vocabulary.items() if w.startswith(role[:-1]))


# "… för mig som sjuksköterska på en hälsocentral, vilka digitala funktioner har vi?": a question of its own
# (or "…, finns det exempel i strategin på vård som ska göras hemma hos patienten …?")
# ("Och för oss på sjukhuset då, vad säger dom att verksamheterna ska göra åt det?": what others are to do, asked)
_ROLE_OWN_QUESTION = re.compile(r"[,–-]\s*(?P<q>(?:och\s+)?(?:vilka|vilken|vilket|hur många|när|vem|var|finns\s+det|står\s+det|"
                                r"vad\s+(?:säger\s+(?:\w+\s+){0,2}?att\s+)?(?!jag\b|vi\b|man\b)\w+\s+(?:ska|bör|måste)\s+"
                                r"(?:\w+\s+)?göra)\b[^,?]{6,}\??)\s*$", re.I)


# "Vad betyder det för mig som revisor – har nämnden ansvar för …, och jobbar den med forskning?": a yes/no question of
# its own about someone else (not "… har jag något ansvar?", "… kommer det påverka mig?", which ask as the role)
_ROLE_OWN_YESNO = re.compile(r"[,–-]\s*(?P<q>(?:och\s+)?(?:har|finns|jobbar|arbetar|ansvarar|ingår|gäller|tar|står|nämns)\s+"
                             r"(?!(?:jag|vi|man|du|ni|det|detta|de|dom)\b)\w+\b[^?]{6,}\??)\s*$", re.I)
_FIRST_PERSON = re.compile(r"\b(?:jag|vi|mig|oss|min|mitt|mina|vår|vårt|våra)\b", re.I)


def role_own_question(question: str) -> str:
    """The question a role follow-up ends on, asked as such ("vilka digitala funktioner har vi?", "har nämnden ansvar
    för …?"), or "": what it asks is answered, not what the topic means for the role in general."""
    match = _ROLE_OWN_QUESTION.search(question)
    if not match and (own := _ROLE_OWN_YESNO.search(question)) and not _FIRST_PERSON.search(own["q"]):
        match = own
    if not match:
        return ""
    asked = re.sub(r"^och\s+", "", match["q"], flags=re.I).strip()
    # "vad betyder öppnare vårdformer för mig, vilka exempel finns?": examples of what the first clause names
    named = own_topic(question[:match.start()]) if not topic_words(asked).strip(" ?") else ""
    if named:
        asked = f"{asked.rstrip(' ?')} för {named}?"
    return asked[0].upper() + asked[1:]


# The words of a topic that is the change as a whole ("förändringen", "omställningen till nära vård", "nära vård"), the
# document it is asked of aside ("länsstrategi"), and the care it is of ("vården och omsorgen")
_WHOLE_CHANGE = re.compile(r"^(?:förändring\w*|omställning\w*|nära)$", re.I)
_OF_WHOLE_CHANGE = re.compile(r"^(?:förändring\w*|omställning\w*|nära|vård\w*|omsorg\w*|\w*strategi\w*|till|hela|det|den|detta)$",
                              re.I)


def of_whole_change(topic: str) -> bool:
    """Whether a role question's topic is the change as a whole ("länsstrategi nära vård förändringen omsorgen"), not
    a part of it ("personcentreringen")."""
    words = topic.split()
    return any(_WHOLE_CHANGE.match(w) for w in words) and all(_OF_WHOLE_CHANGE.match(w) for w in words)


def role_topic(role: str) -> str:
    """What the documents say to a role about: leadership for managers, staff and working methods otherwise."""
    return ROLE_TOPICS.get(role, ROLE_TOPIC)


# "och vad hände sen?", "vad är nästa steg?": a follow-up that asks for what comes after the earlier answer
_NEXT = re.compile(r"\b(?:vad (?:hände|händer|sker|skedde|hander|hande) (?:sen|sedan|därefter|efter det|efter\b)|"
                   r"vad (?:blir|är|var|kommer) (?:nästa|nasta) steg|(?:nästa|nasta) steg|och (?:sen|sedan|därefter) då|"
                   # "vem beslutar om det sen?": who takes the next step
                   r"vem\s+(?:beslutar|beslutade|fattar|fastställer|fastställde|antar|antog|tar)\s+(?:\w+\s+){0,3}?"
                   r"(?:sen|sedan|därefter|efter\s+det)\b|"
                   # "och efter det då, gällde den direkt överallt eller var det nåt mer som behövde hända?"
                   r"^\s*(?:och|men|ok)?\s*efter\s+(?:det|detta)\s+då\b|"
                   r"(?:nåt|något|nånting)\s+mer\s+som\s+(?:behövde|behövs|skulle|måste)\s+(?:hända|ske|göras)\b|"
                   r"what happened (?:next|then|after)|what (?:came|comes) next|next step)", re.I)


_TELLS_NEXT = re.compile(r"\b(?:därefter|därpå|sedan|efter det|efter detta|slutligen)\b", re.I)


_HAPPENS_THEN = re.compile(r"\bvad\s+(?:händer|sker|görs|hände|skedde|gjordes)\s+(?:med\s+(?:\w+\s+){1,4}?)?"
                           r"(?:sen|sedan|därefter|efter\s+det|efteråt)\b", re.I)


def asks_then(question: str) -> bool:
    """Whether a question asks what happens to a thing after ("Vad händer med de lokala handlingsplanerna sen?")."""
    return bool(_HAPPENS_THEN.search(question))


def tells_next(sentence: str) -> bool:
    """Whether a sentence tells what comes after ("Handlingsplanerna sammanfogas därefter till …")."""
    return bool(_TELLS_NEXT.search(sentence))


def asks_next(question: str) -> bool:
    """Whether a follow-up asks what came after the earlier answer ("Okej, och vad hände sen?")."""
    return bool(_NEXT.search(question))


_NUMBERED = re.compile(r"\b(?:nr|nummer|number|no\.?|punkt)\s*([1-9])\b", re.I)  # "under nr 2", "punkt 3"


_BARE_ORDINAL = re.compile(rf"\b(?:den|det|de|dom)\s+(?:{'|'.join(ORDINALS)})(?:\s+(?:av|i)\s+(?:dem|dom|de|dessa|listan))?"
                           rf"\s*(?:[?.!,]|$)|{_NUMBERED.pattern}", re.I)  # ("… under den sista av dem?")


def bare_ordinal(question: str) -> bool:
    """Whether a question points at a position with no noun ("… under den andra", "… under nr 2"): at the
    earlier answer's list."""
    return bool(_BARE_ORDINAL.search(question))


def ordinal_in(question: str) -> int:
    """"den andra punkten", "nr 2" -> 2 ("sista" -> -1); 0 when the question names no position."""
    for match in _ORDINAL.finditer(question):
        if match.group(1).lower() == "andra" and not _SECOND.match(question[match.start():]) \
                and not re.search(r"\b(?:den|det)\s+$", question[:match.start()], re.I):
            continue  # "nämns det några andra regioner?", "de andra strategierna": other ones, not the second
        return ORDINALS[match.group(1).lower()]
    numbered = _NUMBERED.search(question)
    return int(numbered.group(1)) if numbered else 0


_ORDINAL_THING = re.compile(rf"\b(?:{'|'.join(ORDINALS)})\s+([^\W\d_]{{6,}})", re.I)
_NO_LIST_THING = {"punkten", "punkt", "delen", "raden", "meningen", "stycket", "frågan", "svaret", "exemplet"}


def ordinal_thing(question: str) -> str:
    """The thing a position is asked of when it is named ("den andra riktningsförändringen" -> "riktningsförändringen"),
    "" for a place in the answer's own list ("den andra punkten") or a position named alone."""
    if not ordinal_in(question):
        return ""
    match = _ORDINAL_THING.search(question)
    word = match.group(1) if match else ""
    return "" if word.lower() in _NO_LIST_THING or word.lower() in _GENERIC else word


# "och den om kontinuitet, …?", "ok, men punkten med samverkan då?": one of the earlier answer's items, by a word of it
_POINTED_ITEM = re.compile(r"(?:^|\b(?:och|men|ok|okej|jaha)\s+|,\s*)(?:den|det|punkten|strategin|delen)\s+"
                           r"(?:om|med|kring|som handlar om|som gäller)\s+([^\W\d_]{4,})", re.I)


# "finns det exempel på det för oss i primärvården?": the examples of the item the asker's field names
_EXAMPLES_FOR = re.compile(r"\bexempel\s+på\s+(?:det|den|dem|dom|detta|sånt)\s+(?:för\s+(?:oss|mig)\s+)?(?:i|inom|på)\s+"
                           r"([^\W\d_]{4,})", re.I)


# "vad står det mer exakt om arbetsmiljödelen?", "… om delen om arbetsmiljö?": the part named by its word
_NAMED_PART = re.compile(r"\b([^\W\d_]{4,}?)-?delen\b|\bdelen\s+(?:om|med|kring)\s+([^\W\d_]{4,})", re.I)


def pointed_item(question: str) -> str:
    """The word that picks one item of the earlier answer's list ("och den om kontinuitet?" -> "kontinuitet";
    "finns det exempel på det för oss i primärvården?" -> "primärvården"; "arbetsmiljödelen" -> "arbetsmiljö"),
    or ""."""
    part = _NAMED_PART.search(question)
    if part:
        return (part.group(1) or part.group(2)).lower()
    match = _POINTED_ITEM.search(question) or _EXAMPLES_FOR.search(question)
    return match.group(1).lower() if match else ""


_HAPPENING = {"händer", "hända", "sker", "ske", "blir", "framöver", "sen", "sedan", "därefter", "framåt", "framtiden",
              "fortsättningen", "nu", "nästa", "steg", "steget"}


def says_happening(word: str) -> bool:
    """Whether a word only asks what happens or comes next ("händer", "framöver"), no topic of its own."""
    return word.lower() in _HAPPENING


# Words that name no thing, only how many or whether ("varför inte i alla?")
_NAMES_NO_THING = {"varför", "inte", "alla", "allt", "några", "någon", "något", "fler", "flera", "andra", "övriga", "resten",
             "blev", "blir", "var", "är", "så", "då"}


def only_happening(words: Sequence[str]) -> bool:
    """Whether a question's topic words only ask what happens and when ("vad händer framöver?"), naming no thing."""
    return bool(words) and all(w.lower() in _HAPPENING for w in words)


# "…, och vilka exempel finns för varje?", "can you give examples for each?": examples of each thing just listed
_FOR_EACH = re.compile(r"\bexempel\w*\b[^?]*\b(?:för|på|till|under|inom)\s+(?:varje|var\s+och\s+en|vart\s+och\s+ett|"
                       r"dem\s+alla|alla\s+de(?:ssa|m)?)\b|\bexamples?\b[^?]*\b(?:for|of)\s+(?:each|every|all\s+of\s+them)\b|"
                       r"\bexempel\w*\s+each\b", re.I)


def asks_for_each(question: str) -> bool:
    """Whether a question asks for examples of each thing just listed."""
    return bool(_FOR_EACH.search(question))


# "Under vilken rubrik i Norrbottens målbild står det att …?", "… Under vilken rubrik står det?": where a statement
# stands in a document
# ("I vilken del av Norrbottens målbild står det 'Jag är experten i mitt liv!'?")
_ASKS_HEADING = re.compile(r"\b(?:under|i)\s+vilk(?:en|et|a)\s+(?:rubrik|avsnitt|kapitel|stycke|del(?:\s+av)?)\w*\b[^?]*?"
                           r"\b(?:står|nämns|sägs|skrivs|finns|tas)\b", re.I)


def asks_heading(question: str) -> bool:
    """Whether a question asks under which heading the documents say something (a statement, not a question of
    its own: "Under vilken rubrik står det om hur många tandläkare som ska anställas?" asks a count)."""
    match = _ASKS_HEADING.search(question)
    return bool(match) and not re.search(r"\b(?:hur|vilka|vilken|vilket|vem|varför)\b", question[match.end():], re.I)


# "sammanfatta vad det står om attraktiv och hållbar arbetsmiljö": the "det" of a clause of its own opens it only
_CLAUSE_EXPLETIVE = re.compile(r"\b(vad|om|hur|var|vilka)\s+det\s+(står|stod|finns|fanns|sägs|nämns|skrivs)\b", re.I)


def without_clause_expletive(question: str) -> str:
    """A question without the "det" that opens a clause of its own ("… vad det står om X" -> "… vad står om X")."""
    return _CLAUSE_EXPLETIVE.sub(r"\1 \2", question)


def without_expletive(question: str) -> str:
    """A question without the "det" that only opens a clause ("vad finns det för …" -> "vad finns för …"; "hur gick det
    till när …" -> "hur gick till när …": how a thing was done)."""
    question = re.sub(r"\b(går|gick|gått)\s+det\s+till\b", r"\1 till", question, flags=re.I)
    question = without_clause_expletive(question)
    return re.sub(r"\b(finns|fanns|står|stod|sägs|nämns|skrivs)\s+det\b", r"\1", question, flags=re.I)


def names_no_thing(words: Sequence[str]) -> bool:
    """Whether a question's topic words only ask how many or whether ("varför inte i alla?"), naming no thing."""
    return bool(words) and all(w.lower() in _NAMES_NO_THING for w in words)


def done_like(word: str) -> bool:
    """A word that looks like a verb in the past tense ("fastställde", "beslutades"), not a thing."""
    return bool(re.search(r"(?:de|te|des|tes)$", word.lower()))


def verb_like(word: str) -> bool:
    """A word that looks like a verb form ("påverkar", "sköter", "hanterade"), not a topic noun."""
    return bool(re.search(r"(ar|er|ir|ade|de|te|as|es)$", word.lower())) and not word.lower().endswith(("tjänster", "ader"))


# "de" as a pronoun, after its verb: "Hur många delar består de av?", "Vad skiljer de åt?" (not "de nya planerna")
_DE_POINTS = re.compile(r"\b(?:består|har|är|innebär|betyder|heter|innehåller|gör|skiljer|fungerar)\s+de"
                        r"(?=\s+(?:av|åt|ut|sig|gemensamt|för|i|på|uppbyggda|upplagda|strukturerade)\b|\s*[?.!]|\s*$)|"
                        # "hur många delar har var och en?": each of the things said before
                        r"\bhar\s+var\s+och\s+en\b|"
                        # "… och hur blir de en helhet för länet?": the things said before
                        r"\b(?:blir|görs|sätts)\s+(?:de|dom)\s+(?:en|ett|till|klara|färdiga|verklighet|ihop)\b|"
                        # "vem ansvarar för att de blir verklighet?", "… att de genomförs?": the things said before
                        r"\b(?:att|om)\s+de\s+(?:blir|ska|kan|får|kommer|verkligen\s+\w+|[^\W\d]{3,}(?:as|s))\b|"
                        # "Vad är skillnaden mellan de två?": the two things said before
                        r"\b(?:mellan|på)\s+(?:de|dom|dem)\s+(?:två|båda|bägge)\b|"
                        # ("… skillnaden mellan dem – vems perspektiv …?")
                        r"\bmellan\s+(?:dem|dom)\b", re.I)


_NARROWS = re.compile(r"\b(?:när det gäller|vad gäller|gällande|i fråga om|med fokus på)\s+\w", re.I)


def narrows(question: str) -> bool:
    """Whether a follow-up narrows the earlier topic to a part of it ("vad betyder det för mig … när det gäller
    barn och unga?" after a question on the psychic ill-health: that ill-health among children)."""
    return bool(_NARROWS.search(question)) and points_back(_NARROWS.sub(" ", question))


# "vad ska bytet leda till?", "vad innebär förändringen för mig?": a noun for what the earlier question told was done
_EVENT_NOUNS = frozenset({"bytet", "förändringen", "införandet", "övergången", "satsningen", "beslutet", "flytten",
                          "sammanslagningen", "omorganisationen", "förflyttningen", "skiftet"})


def names_earlier_event(own: str, earlier: str) -> bool:
    """Whether a follow-up's own topic is a noun for what the earlier question told was done ("Vi har precis bytt
    journalsystem …" + "vad ska bytet leda till?"): a general event noun, or one made from the earlier verb."""
    done = [fold(w.lower()) for w in re.findall(r"[^\W\d_]{4,}", earlier)]

    def event(said: str) -> bool:
        word = fold(said)
        return said in _EVENT_NOUNS or (word.endswith(("et", "en", "ningen", "andet")) and any(
            w[:3] == word[:3] and w != word and not w.startswith(word[:-2]) and w.endswith(("t", "tt", "de", "des", "ts"))
            for w in done))
    return any(event(w) for w in own.lower().split())


_ADJECTIVE_ENDING = re.compile(r"(?:ande|ende|iga|ig|iska|isk|ella|ell|liga|lig|joint|overall|overarching|common|shared)$", re.I)


def adjective_like(word: str) -> bool:
    """Whether a word reads as an adjective by its ending ("övergripande", "gemensamma"-like "nationella"),
    or is an English qualifier of a document ("joint")."""
    return bool(_ADJECTIVE_ENDING.search(word)) and not word.lower().endswith("s")


# "vilka steg kom före beslutet?", "vad hände innan dess?", "what steps came before that decision?": the way a thing
# was made, up to the decision an earlier question asked the date of
_STEPS_BEFORE = re.compile(r"^\s*(?:(?:och|men|o|så)\s+)?(?:(?:vilka|vad\s+för)\s+steg|vad\s+(?:hände|gjordes|skedde)|"
                           r"(?:what|which)\s+steps|what\s+(?:happened|was\s+done))\b[^?]{0,30}?\b(?:före|innan|inför|"
                           r"before|prior\s+to|leading\s+up\s+to)\b[^?]{0,30}\??\s*$", re.I)


def asks_steps_before(question: str) -> bool:
    """Whether a question asks what was done before a decision ("vilka steg kom före beslutet?")."""
    return bool(_STEPS_BEFORE.match(question))


def bare_why(question: str) -> bool:
    """Whether a question asks only why, naming nothing ("och varför då?")."""
    return bool(_BARE_WHY.match(question))


def points_back(question: str) -> bool:
    """Whether a question has a word that points back ("det", "den", "dessa" …), however long it is."""
    return bool(_ANAPHORA.search(question) or _DE_POINTS.search(question) or _IN_THAT_CASE.search(question))


# "från vilket år är siffrorna?": the figures an answer has just given, by a word that says nothing else (a follow-up
# of its own however it goes on); "uppgifterna", "talen", "statistiken" point back at figures only in a question's part
FIGURES_GIVEN_WORDS = ("siffrorna", "sifferuppgifterna", "procentsiffrorna", "procentsatserna")
_FIGURES_GIVEN = re.compile(rf"\b(?:{'|'.join(FIGURES_GIVEN_WORDS)})\b", re.I)


_SAME_PLACE = re.compile(r"\b(?:i|under|från|ur)\s+samma\s+(?:avsnitt|del|delen|stycke|kapitel|ställe|rubrik)\b", re.I)


_IT_SAYS = re.compile(r"^\s*(?:(?:och|o|å|men)\s+)?vad\s+(?:säger|skriver|tar)\s+(?:den|dom|de|denna|dessa)\s+(?:upp\s+)?om\b", re.I)


_OWN_CONDITION = re.compile(r"^\s*(?:(?:och|men|å|o)\s+)?om\s+(?:en|ett|man|jag|vi|någon|nån|patienten|brukaren|"
                            r"personen)\s+[^?,]{8,},\s*(?:vem|vad|hur|vilka|vilken|vilket|när|var)\b", re.I)


# "och filialerna och servicepunkterna, vad är tanken med dom?": the topic said first, then asked of by a pronoun
_TOPIC_SAID_FIRST = re.compile(r"^\s*(?:(?:och|men|å|o)\s+)?(?P<topic>(?:(?!\b(?:det|den|dom|dem|de|dessa|detta|där|här)\b)"
                          r"[^,?.!])+),\s*(?:vad|hur|varför|vem|vilka|vilken|vilket|när|var|finns|står|nämns|gäller)\b"
                          r"[^?]*\b(?:dom|dem|de|den|det|dessa)\s*\??\s*$", re.I)


def names_topic_first(question: str) -> bool:
    """Whether a question says its topic first and points at it ("och filialerna och servicepunkterna, vad är tanken
    med dom?"): the pronoun is its own topic, so the question stands on its own for what comes after it."""
    match = _TOPIC_SAID_FIRST.match(question)
    return bool(match and not _NO_TOPIC_FIRST.match(match["topic"]) and topic_words(match["topic"]).strip())


_NO_TOPIC_FIRST = re.compile(r"^\s*(?:i\s+så\s+fall|sen|sedan|då|annars|alltså|ok|okej|ja|nej|men|och|fast|så)\s*$", re.I)


_COMPARED_WITH = re.compile(r"^\s*(?:(?:ok|okej|och|men)\b[\s,]*)?(?:jämför|jämfört|compare\s+(?:it\s+)?|compared)\s*(?:med|with|to)\b",
                            re.I)


def compared_with(question: str) -> bool:
    """Whether a follow-up asks to set the thread's topic beside another's ("Jämför med hur Norrbotten …", "Hur togs
    Norrbottens målbild fram i jämförelse?")."""
    return bool(_COMPARED_WITH.match(question) or _IN_COMPARISON.search(question))


# "Hur togs Norrbottens målbild fram i jämförelse?": the question asked of another region, beside the thread's
_IN_COMPARISON = re.compile(r"\s(?:i\s+jämförelse|som\s+jämförelse|jämfört\s+med\s+(?:det|den|dem|dom|oss|er|här))\s*[?.!]*\s*$"
                            # ("… Och hur skiljer den sig från Norrbottens målbild?": the thread's thing beside another's)
                            r"|\bskiljer\s+(?:den|det|de|dom)\s+sig\s+(?:från|mot)\s+\S", re.I)


def opens_as_follow_up(question: str) -> bool:
    """Whether a question opens by leading on ("och …", "men …", "vad hände sen?")."""
    return bool(_FOLLOW_START.match(question)) or asks_next(question)


def is_follow_up(question: str) -> bool:
    """Whether a question leans on an earlier one ("och vilka exempel finns för den?")."""
    words = question.split()
    if _OWN_CONDITION.match(question):
        return False  # "och om en brukare har många olika insatser, vem ska hålla ihop det?": "det" is its own condition
    if _BY_THE_WAY.search(question) and not _FOLLOW_START.match(question) and topic_words(question).strip(" ?!.,"):
        return False  # "när antogs den gemensamma målbilden i Norrbotten förresten?": a new question, said so
    if _FOLLOW_START.match(question) or asks_next(question):  # "vad hände sen?" leans on what was said before
        return True
    if _SAME_ONE.search(question):  # "används samma system i Västernorrland?": the one the answer before named
        return True
    if _SAME_PLACE.search(question):  # "finns det fler exempel i samma avsnitt …?"
        return True
    if _OUTCOME_OF_IT.search(question) and len(words) <= SHORT_BACK_POINTING_QUESTION:  # "vad kom man fram till?"
        return True
    if _IT_SAYS.match(question):  # "o vad säger den om tillgänglighet, …?": the document asked about before, however long
        return True
    if _ENDS_POINTING.search(question):  # "… eller tog nån annan också beslut om den?", however long
        return True
    if _FIGURES_GIVEN.search(question) and len(words) <= SHORT_BACK_POINTING_QUESTION:
        return True  # "från vilket år är siffrorna?": the figures the answer before gave
    if _THAT_ONE_ABOUT.match(question):  # "Den där om kontinuitet – hur ska det märkas …?": one of the things said before
        return True
    if all(w.lower().strip("?!.,:") in _GENERIC for w in words):
        return True
    if words and not topic_words(question).strip(" ?!.,"):  # "vilka exempel finns?": it names no topic of its own
        return True
    if names_no_thing(topic_words(question).strip(" ?!.,").split()):  # "varför inte alla?": of what was counted
        return True
    # (the "det" of a cleft points at nothing: "vilken reklambyrå var det som gjorde grafiken till målbilden?")
    if (_ANAPHORA.search(_CLEFT.sub(" ", without_clause_expletive(question))) or _DE_POINTS.search(question)) \
            and len(words) <= SHORT_BACK_POINTING_QUESTION:  # ("vem ansvarar för att de blir verklighet?")
        return True
    return len(words) <= 3 and not _QUESTIONISH.match(question)


def without_pointing(question: str) -> str:
    """A question without its pointing and filler words ("när var det egentligen?" -> "när var ?")."""
    return _BARE_PRONOUN.sub(" ", question)


_CLEFT = re.compile(r"\b(?:är|var|e|va)\s+det\s+som\b", re.I)
# "finns det nåt liknande där?", "står det om sånt?": the same kind of thing as the one spoken of before
_ALIKE_THING = re.compile(r"\b(?:liknande|sånt|sådant|såna|sådana|samma|likadant|likadana|motsvarande)\b", re.I)


# "Hur många sådana mottagningar finns det …?" after a question on tandvården: the documents' compound of the earlier
# topic and the noun ("tandvårdsmottagningar")
_SUCH_NOUN = re.compile(r"\b(?:sådana|såna|sådan|sån|sådant|sånt)\s+(?P<noun>[^\W\d_]{4,})\b", re.I)


def such_compound(question: str, earlier: str, vocabulary: Mapping[str, int]) -> str:
    """The question with "sådana X" said as the documents' one compound of a word of the earlier question and X
    ("sådana mottagningar" after "… om tandvården?" -> "tandvårdsmottagningar"), or ""."""
    match = _SUCH_NOUN.search(question)
    if not match or not vocabulary:
        return ""
    noun = match["noun"].lower()
    for word in reversed(content_words(earlier).lower().split()):
        for head in {word, re.sub(r"(?<=\w{4})(?:en|et|na|n)$", "", word)}:
            for joined in (f"{head}s{noun}", f"{head}{noun}"):
                if len(head) >= 4 and vocabulary.get(joined, 0) > 0:
                    return f"{question[:match.start()]}{joined}{question[match.end():]}"
    return ""


def asks_alike(question: str) -> bool:
    """Whether a question asks of a thing like the one spoken of before ("… finns det nåt liknande där?")."""
    return bool(_ALIKE_THING.search(question))


# "förresten", "apropå något annat": the asker turns to a new matter
_BY_THE_WAY = re.compile(r"\b(?:förresten|föresten|btw|apropå\s+något\s+annat|en\s+annan\s+(?:sak|fråga))\b", re.I)
# "samma system", "samma sak": the thing said before (not "samma rättigheter som …", compared within the question)
# (or one like it: "finns det liknande målbilder i andra regioner?")
_SAME_ONE = re.compile(r"\b(?:samma|liknande|likadana|motsvarande)\s+(?!som\b)[^\W\d_]{3,}\b(?!\s+som\b)", re.I)
# a question that ends on a preposition and a pronoun asks of a thing said before ("… beslut om den?")
# (or on a verb's particle: "Fick vanligt folk tycka till när dom tog fram den?")
_ENDS_POINTING = re.compile(r"\b(?:om|för|med|av|kring|till|fram|upp|igenom)\s+(?:den|dem|dom|denna|dessa|densamma)\s*\??\s*$",
                            re.I)
# "Den där om kontinuitet – …?", "och den med delaktighet, …?": one of the things the answer before listed
_THAT_ONE_ABOUT = re.compile(r"^\s*(?:och\s+|men\s+)?(?:den|det|dom|de)\s+där\s+(?:om|med)\s+\w", re.I)


def without_region_scope(term: str, regions: Sequence[str]) -> str:
    """A contrasted term without the region the whole question is about ("färdplan i Jämtland
    Härjedalens nära vård-arbete" -> "färdplan"; "strategin för nära vård i Norrbotten" -> "strategin för nära vård")."""
    for region in regions:
        term = re.sub(rf"\s+(?:i|inom|för|in|of)\s+{region_pattern(region)}.*$", "", term, flags=re.I)
    # ("färdplanen hos oss": the asker's region, which the question is asked of)
    term = re.sub(r"\s+(?:hos\s+oss|hos\s+er|här|i\s+vår\s+region|i\s+vårt\s+län|i\s+länet)\s*$", "", term, flags=re.I)
    return term.strip() or term


# A contrasted side's scope and role words: "den specialiserade vårdens roll i omställningen enligt strategin" is
# "den specialiserade vården" (the document scope is read from the whole question)
_SIDE_SCOPE = re.compile(r"\s+(?:i|enligt|inom)\s+(?:omställningen(?:\s+till\s+nära\s+vård)?|nära\s+vård)(?=\s|$)", re.I)
_SIDE_ROLE = re.compile(r"^(?P<whose>.*\w{3,}?(?:en|et|ns|s))\s+(?:roll|rollen|uppgift|uppgifter|uppdrag|ansvar)$", re.I)


# Words a question names "the document" by, whichever it is: "… enligt planen", "… i texten"
_DOCUMENT_NOUNS = {"planen", "dokumentet", "texten", "skriften", "materialet", "broschyren", "presentationen",
                   "artikeln", "bildspelet"}


def contrast_side(term: str, kind_words: Callable[[str], bool]) -> str:
    """A contrasted thing without the scope the whole question sets (a document named by its kind, also
    after a genitive: "i nämndens verksamhetsplan"; "i omställningen") and without "roll" after its genitive ("primärvårdens roll" -> "primärvården")."""
    term = _SIDE_SCOPE.sub("", term)
    term = re.sub(r"\s+(?:i|enligt|inom|hos)\s+(?:den\s+|det\s+)?(?:[\w-]+s\s+)?(?P<w>[\w-]+)\s*$",
                  lambda m: "" if kind_words(m["w"]) or m["w"].lower() in _DOCUMENT_NOUNS else m.group(0), term, flags=re.I)
    whose = _SIDE_ROLE.match(term.strip())
    if whose:
        owner = whose["whose"]
        term = owner[:-1] if owner.lower().endswith(("ens", "ets", "ns")) else owner
    return term.strip() or term


# One side of a contrast that is the way things are done now or were done before ("… och hur vi har jobbat
# hittills", "… och dagens vård"): the other side is answered by what it changes
_OLD_WAY = re.compile(r"^(?:(?:att\s+)?(?:hur|så som|som)\s+(?:vi|man|det|ni)\s+(?:har\s+|hade\s+)?"
                      r"(?:jobbat|arbetat|gjort|jobbar|arbetar|gör|jobbade|arbetade|gjorde|varit|är)\b.*|"
                      r"(?:det\s+|den\s+)?(?:gamla|traditionella|nuvarande|vanliga)\b.*|dagens\s+\w+.*|förr|förut|tidigare|idag|i dag)$",
                      re.I)
# A sentence that says what changes: "… än tidigare vända på perspektiven …", "… istället för …"
_CHANGE = re.compile(r"\b(?:än tidigare|i stället för|istället för|vända på|vänder på|förflyttning|skifte|"
                     r"inte längre|till skillnad från|snarare än|från\s+att)\b", re.I)


def is_old_way(side: str) -> bool:
    """Whether a contrasted side is how things are (or were) done, not a concept of the documents."""
    return bool(_OLD_WAY.match(side.strip()))


def says_change(sentence: str) -> bool:
    """Whether a sentence says what changes from before ("i allt högre grad än tidigare vända på perspektiven")."""
    return bool(_CHANGE.search(sentence))


def without_doing(side: str) -> str:
    """A contrasted way of working as its concept ("att jobba personcentrerat" -> "personcentrerat")."""
    return re.sub(r"^(?:att\s+)?(?:jobba|arbeta|jobbar|arbetar)\s+", "", side.strip(), flags=re.I) or side


def head_phrase(term: str) -> str:
    """A term up to its first preposition: what it is, without what it is of ("strategin för nära vård" -> "strategin")."""
    return re.split(r"\s+(?:för|i|inom|om|av|med|på|till|vid|of|for|in)\s+", term.strip(), maxsplit=1, flags=re.I)[0]


_ASKING_AFTER = re.compile(r"\s*[,–-]\s*(?:vad|hur|vilken|what)\b.*$", re.I)
# "… från kostnadseffektivitetsprincipen när man prioriterar i vården?": when it matters, not part of the thing
_WHEN_AFTER = re.compile(r"\s+(?:när|då|om|eftersom|medan|when|if)\s+(?:man|vi|jag|ni|du|de|dom|en|we|you|one)\b.*$|"
                         # "… och workshopparna när Norrbottens målbild togs fram?": when, of both
                         r"\s+(?:när|då|medan)\s+[^?]{3,}?\b(?:togs|gjordes|skrevs|antogs|beslutades|arbetades|hölls|"
                         r"infördes|startade|började)\b.*$", re.I)


# "Är inte målbilden och strategin i Norrbotten samma sak?": two things doubted to be one
_CONTRAST_SAME = re.compile(r"^\s*(?:men\s+)?(?:är|e)\s+inte\s+(?P<a>(?:[\w-]+\s+){0,2}?[\w-]+)\s+och\s+"
                            r"(?P<b>(?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:samma\s+sak|samma|likadana|lika)\b", re.I)
# (or asked without "inte": "Är målbilden och strategin i Norrbotten samma sak, eller …?")
_CONTRAST_SAME_PLAIN = re.compile(r"^\s*(?:men\s+)?(?:är|e)\s+(?P<a>(?:[\w-]+\s+){0,2}?[\w-]+)\s+och\s+"
                                  r"(?P<b>(?:[\w-]+\s+){0,4}?[\w-]+)\s+samma\s+sak\b", re.I)

# "är patientkontrakt samma sak som en SIP?": one thing doubted to be the other
_CONTRAST_SAME_AS = re.compile(r"^\s*(?:men\s+|och\s+)?(?:är|e)\s+(?:inte\s+)?(?P<a>(?:[\w-]+\s+){0,2}?[\w-]+)\s+"
                               r"(?:samma\s+sak\s+som|detsamma\s+som|samma\s+som|likadant\s+som|lika\s+med)\s+"
                               r"(?P<b>(?:[\w-]+\s+){0,3}?[\w()-]+)\s*(?:[?.!,]|$)", re.I)


# The endings of words that qualify a noun ("jämlik", "fysisk", "digital", "jämställd", "personcentrerad")
CONTRASTED_WORDS = 5  # a thing of a three-way contrast is named in at most this many words
_QUALIFIER_ENDING = re.compile(r"(?:ig|igt|iga|isk|iskt|iska|lik|likt|lika|ställd|ställt|rad|rat|al|alt|ala|ell|ellt|ella|"
                               r"bar|bart|sam|samt|iv|ivt|iva|ande)$", re.I)


# "I planen står det om både arbetsinvandring och arbetskraftinflyttning. Vad sägs om det ena respektive det andra?"
_EACH_OF_BOTH = re.compile(r"\bbåde\s+(?P<a>\w{4,}(?:\s+\w{4,})?)\s+och\s+(?P<b>\w{4,}(?:\s+(?!till\b|i\b|inom\b)\w{4,})?)", re.I)
_ONE_AND_OTHER = re.compile(r"\bdet\s+ena\s+(?:respektive|och|eller)\s+det\s+andra\b", re.I)
# "Vad säger dokumenten om skillnader i hälsa mellan olika grupper …?": what differs among groups, asked as a topic
_DIFFERENCES_IN = re.compile(r"\b(?:om|kring)\s+(?:de\s+)?(?:skillnader|skillnaderna|ojämlikheter)\s+i\s+\w+\s+mellan\b", re.I)


def coordinated(a: str, b: str, text: str) -> bool:
    """Whether a text names two concepts joined as one ("en jämlik och jämställd vård" for "jämlik vård" and
    "jämställd vård"): by their first words, each at least COORDINATED_LETTERS long, with "och", "eller" or "/"."""
    first = [w[:COORDINATED_LETTERS] for w in (a.split()[:1] + b.split()[:1]) if len(w) >= COORDINATED_LETTERS]
    if len(first) != 2 or first[0].lower() == first[1].lower():
        return False
    x, y = (re.escape(w) for w in first)
    joined = r"\w*\s*(?:,|\s)\s*(?:och|eller|samt|/)?\s*"
    return bool(re.search(rf"\b{x}{joined}{y}|\b{y}{joined}{x}", text, re.I))


COORDINATED_LETTERS = 5


def quality_noun(concept: str) -> str:
    """The noun for the quality a qualified concept has ("jämställd vård" -> "jämställdhet", "jämlik vård" ->
    "jämlikhet"), or ""."""
    words = concept.split()
    if len(words) != 2 or not re.search(r"(?:lik|ställd|bar|sam|ig|isk)$", words[0], re.I):
        return ""
    return f"{words[0]}het"


# "Vad är skillnaden mellan dem?", "… mellan de två?": the two things the thread named
_BETWEEN_THEM = re.compile(r"\b(?P<between>mellan|på)\s+(?:dem|dom|de\s+två|de\s+båda|dom\s+två|bägge)\b(?:\s+två\b)?", re.I)
# "… blandar ihop målbilden och länsstrategin": two things named together (definite or capitalised nouns)
_TWO_NAMED = re.compile(r"\b(?P<a>[^\W\d_]{4,}(?:en|et|na|n))\s+(?:och|o|resp(?:ektive|\.)?)\s+(?P<b>[^\W\d_]{4,}(?:en|et|na|n))\b", re.I)


def between_the_two(question: str, earlier: Sequence[str]) -> str:
    """A question on the difference "mellan dem" read with the two things the thread named ("Jag blandar ihop
    målbilden och länsstrategin." + "Vad är skillnaden mellan dem?" -> "… mellan målbilden och länsstrategin?"; "Vad
    är SIP?" + "Vad är patientkontrakt?" + "Vad skiljer de två åt?" -> the two terms), or ""."""
    match = _BETWEEN_THEM.search(question)
    if not match or not earlier or not re.search(r"\bskill\w*|\bskiljer\b|\blika\b|\bjämför", question, re.I):
        return ""
    pairs = list(_TWO_NAMED.finditer(earlier[-1]))
    if pairs:
        a, b = pairs[-1]["a"], pairs[-1]["b"]
    elif len(earlier) >= 2 and (a := defined_term(earlier[-2])) and (b := defined_term(earlier[-1])) and a != b:
        pass
    else:
        return ""
    return f"{question[:match.start()]}{match['between']} {a} och {b}{question[match.end():]}"


# "Vad är skillnaden mellan en miljömässigt, en socialt och en ekonomiskt hållbar verksamhet?": three things or more
_CONTRAST_MANY = re.compile(
    r"\b(?:skillnad(?:en|er|erna)?|skiljer|skilja|olikheter(?:na)?|difference|differ)\b[^?]*?\b(?:mellan|between)\s+"
    r"(?P<many>[^?,.]+?(?:,\s*[^?,.]+?)+),?\s+(?:och|o|and)\s+(?P<b>[^?,.]+?)\s*(?:\s+(?:enligt|i|inom)\s+[^?,.]+)?(?:[?,.!]|$)", re.I)
_ARTICLE = re.compile(r"^(?:en|ett|den|det|de|dom|the|an?)\s+", re.I)


def _contrasted_many(question: str) -> tuple[str, ...] | None:
    """The three or more things a "skillnaden mellan X, Y och Z" question contrasts, each with the noun they share
    ("miljömässigt, socialt och ekonomiskt hållbar verksamhet": each a "… hållbar verksamhet"), or None."""
    match = _CONTRAST_MANY.search(question)
    if not match:
        return None
    terms = [_ARTICLE.sub("", t.strip(" ,.”\"'")) for t in [*match["many"].split(","), match["b"]]]
    if any(not t or len(t.split()) > CONTRASTED_WORDS for t in terms):
        return None
    return tuple(shared_head(terms))


def shared_head(terms: Sequence[str]) -> list[str]:
    """Qualifiers coordinated before one noun, each with that noun ("jämlik och jämställd vård" -> "jämlik vård",
    "jämställd vård"; "miljömässigt, socialt och ekonomiskt hållbar verksamhet" -> "miljömässigt hållbar verksamhet",
    …); other terms as they are."""
    last = re.match(r"^(\w+)\s+(\w{3,}(?:\s+\w{3,})?)$", terms[-1])
    if not last or not _QUALIFIER_ENDING.search(last.group(1)):
        return list(terms)
    rest = last.group(2)
    if len(rest.split()) == 1 and _QUALIFIER_ENDING.search(rest):
        return list(terms)
    return [f"{t} {rest}" if " " not in t and _QUALIFIER_ENDING.search(t) else t for t in terms[:-1]] + [terms[-1]]


# the words that ask for a contrast, not what it is asked of ("vad är egentligen skillnaden mellan …")
CONTRAST_ASKING_WORDS = ("skillnad skillnaden skillnader skiljer skilja jämför jämföra jämfört likhet likheter lika olika "
                         "mellan egentligen difference differences between compare")


def contrast_terms(question: str) -> tuple[str, ...] | None:
    """The things (two, or more: `_contrasted_many`) a "skillnaden mellan X och Y" question contrasts, or None."""
    if _DIFFERENCES_IN.search(question):
        return None  # "… om skillnader i hälsa mellan olika grupper": how a thing differs among groups is a topic
    if many := _contrasted_many(question):
        return many
    each = _EACH_OF_BOTH.search(question)
    if each and _ONE_AND_OTHER.search(question):
        return each["a"], each["b"]  # "… om både arbetsinvandring och arbetskraftinflyttning. Vad sägs om det ena respektive det andra?"
    match = _CONTRAST.search(question) or _CONTRAST_FROM.search(question) or _CONTRAST_LEADING.search(question) \
        or _CONTRAST_BOTH.search(question) or _CONTRAST_FIRST.search(question) or _CONTRAST_APART.search(question) \
        or _CONTRAST_SAME.search(question) or _CONTRAST_SAME_PLAIN.search(question) or _CONTRAST_SAME_AS.search(question)
    if not match:
        return None
    match_b = _ASKING_AFTER.sub("", match["b"])  # "X vs Y, vad är skillnaden": the second side ends at the asking
    match_b = _WHEN_AFTER.sub("", match_b) or match_b
    match_b = re.split(r"\s+[–—-]\s+", match_b)[0]  # "… mellan målbilden och länsstrategin – vems perspektiv …?"
    # "… mot hur vi gör idag, alltså det linjära?": what the asker says it is after "alltså"/"dvs" names it
    restated = re.match(r"\s*,?\s+(?:alltså|dvs\.?|det vill säga|med andra ord)\s+(?P<named>[^,?]+?)\s*[?]?$",
                        question[match.end("b"):], re.I)
    match_b = restated["named"] if restated else match_b
    a, b = (re.sub(r"^(?:(?:nån|nåt|någon|något|nan|nat|nagon|nagot|en|ett)\s+(?:sorts|slags|typ av|form av)|"
                   r"en|ett|den|det|de|dom|the|an?)\s+(?!som\b)", "", m.strip(" ,.”\"'"), flags=re.I)
            for m in (match["a"], match_b))  # "nån sorts förutsättningar": "förutsättningar" ("de som dör": kept)
    a = re.sub(r"^(?:skillnad\w*|difference)\s+(?:(?:mellan|på|between)\s+)?", "", a, flags=re.I) or a  # "skillnad X vs Y"
    # ("… mellan målbilden och strategin egentligen?": a word of how it is asked is no part of the side)
    b = re.sub(r"\s+(?:egentligen|alltså|då|nu|liksom|typ|riktigt|exakt)$", "", b, flags=re.I) or b
    # ("… och ”Sammanhållet och enkelt för mig” i Norrbottens målbild?": a quoted side ends at its quote)
    b = re.sub(r"[”\"’']\s+(?:i|inom|enligt|för)\s+.*$", "", b) or b
    # "de fyra förutsättningarna": how many is no part of what they are
    a, b = (re.sub(r"^(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d+)\s+(?=\w{4,})", "", t, flags=re.I) for t in (a, b))
    # ("… mellan filialer och servicepunkter som står där?": where the asker saw them is no part of it)
    b = re.sub(r"\s+som\s+(?:står|stod|nämns|nämndes|tas\s+upp|togs\s+upp)(?:\s+(?:där|här|med|i\s+\w*(?:plan|strategi|målbild|"
               r"dokument)\w*))?$", "", b, flags=re.I) or b
    # ("… och den där gemensamma planen då?": the pointing "där" and the closing "då" are no part of it)
    a, b = (re.sub(r"\s+då$", "", re.sub(r"^(?:där|här)\s+(?=\w{4,})", "", t, flags=re.I), flags=re.I) or t for t in (a, b))
    if a.lower() in _PRONOUN or b.lower() in _PRONOUN:
        return None
    if re.match(r"(?:i|inom|enligt|in)\s", b, re.I):
        return None  # "… riktningsförändringarna i planen från dom i strategin": the same thing in two places
    # "… både målbild och färdplan för nära vård här": the scope both share, and the asker's "här", no part of the second
    b = re.sub(r"(?:\s+(?:för|inom)\s+(?:nära\s+vård|omställningen))?(?:\s+(?:här|där|hos\s+oss))?$", "", b, flags=re.I) or b
    # "… enligt regionen?": where to look, not part of the second thing
    # ("… enligt era dokument?", "… enligt de här dokumenten?")
    b = re.sub(r"\s+(?:enligt|hos|inom)\s+(?:(?:era|ert|dina|de\s+här|dessa|våra)\s+)?(?:regionen|dokumenten|dokument|"
               r"styrdokumenten|styrdokument|strategin|planen|verksamhetsplanen)$", "", b, flags=re.I) or b
    b = re.sub(r"^(?:vanlig|vanliga|vanligt|traditionell|traditionella)\s+(?=\w{4,})", "", b, flags=re.I) or b
    shared = re.match(r"(för|av|om|på|hos|med)\s+", b, re.I)
    at = a.lower().find(f" {shared.group(1).lower()} ") if shared else -1
    if shared and at >= 0:
        # "nämndens ansvar för primärvård i egen regi och för vårdgivarna inom vårdvalet": what follows the shared
        # "ansvar för" on each side
        a, b = a[at + len(shared.group(1)) + 2:].strip(), b[shared.end():].strip()
    elif shared and re.match(rf"{shared.group(1)}\s+", a, re.I):
        # "… pratar både om ett systematiskt säkerhetsarbete och om patientsäkerhetsarbete": each side after its "om"
        a, b = (re.sub(r"^(?:en|ett|den|det)\s+", "", t.strip(), flags=re.I) for t in (a[len(shared.group(1)):], b[shared.end():]))
    # "… från det man vill uppnå med Min vård Norrbotten": the thing itself
    b = re.sub(r"^(?:(?:det|vad)\s+)?(?:man|vi|de|dom|regionen|nämnden)\s+(?:vill|ska|hoppas)\s+(?:uppnå|åstadkomma|nå|göra)\s+"
               r"(?:med|i|genom|för)\s+", "", b, flags=re.I) or b
    # "jämlik och jämställd vård": two qualifiers of one noun, each side the noun so qualified ("jämlik vård")
    a, b = shared_head([a, b])
    return (a, b) if a and b and a.lower() != b.lower() else None


# "Kan du jämföra …?", "Skulle du kunna förklara …?": a request, asked as its verb, not a yes/no question
_REQUEST = re.compile(r"^\s*(?:(?:kan|kunde|skulle|could|can) (?:du|ni|you)(?: kunna)?(?: snälla| vänligen| please)?\s+"
                      r"(?=(?:jämföra|förklara|beskriva|berätta|sammanfatta|summera|lista|räkna upp|nämna|ge|visa|reda ut|"
                      r"utveckla|förtydliga|fördjupa|gå igenom|säga mer|"
                      r"compare|explain|describe|summari[sz]e|list|tell|give)\b)|"
                      r"(?:vet|undrar) (?:du|ni|någon|nån)\s+(?=(?:när|var|vem|vad|hur|vilk\w+|varför)\b))", re.I)  # "Vet du när …?"


# "vad går strategin för nära vård ut på i stora drag": what a whole document holds, its outline (a målbild's
# is what it is: its motto and points)
_DOCUMENT_GIST = re.compile(r"\bvad\s+går\s+(?:den\s+|det\s+)?(?:[\w:’'-]+\s+){0,4}?(?:strategi|plan|verksamhetsplan|"
                            r"färdplan|dokument|artikel|broschyr)\w*(?:\s+[\w-]+){0,4}?\s+ut\s+på\b", re.I)
# "Vad tar strategin upp som exempel …?", "vad finns det för exempel på …?": the examples, a list
_EXAMPLES_ASKED = re.compile(r"\bvad\s+(?:[\w-]+\s+){1,4}?(?:som|för)\s+exempel\b", re.I)


# "Står det nåt om levnadsvanor i styrdokumenten för nära vård?": whether, and what, all the documents say of a thing
_SAID_IN_ALL = re.compile(r"^\s*(?:står|nämns|sägs|skrivs)\s+det\s+(?:något|nåt|nånting|någonting)\s+om\s+(?!att\b)[\w\s-]{3,40}?\s+i\s+"
                         r"(?:styrdokumenten|dokumenten|alla\s+dokumenten|de\s+olika\s+dokumenten)\b", re.I)


def intent_of(question: str, role_follow_up: bool = False) -> str:
    """What the question asks for: one of INTENTS (the first rule that matches wins).

    Questions typed without å/ä/ö ("vad star det om tandvarden") are read as with them."""
    question = _REQUEST.sub("", restore_letters(question))
    # "och vad menas med öppnare vårdformer …": a leading "och", "å", "ok" is no part of what is asked
    question = _LEADING_AND.sub("", question)
    if role_follow_up:
        return "role"
    if contrast_terms(question):
        return "contrast"
    # "Vem ska gå först i kön när det inte räcker till alla – vilka grundregler för prioritering gäller?": a question
    # after a dash asks what the one before it leads up to (unless it asks of the first: "– vad av det …?")
    dashed = _ASKED_AFTER_DASH.match(question)
    if dashed and not points_back(dashed["asked"]):
        question = dashed["asked"]
    if asks_when_it_holds(question):
        return "lookup"  # "I vilka situationer gäller skyldigheten …?": the case it holds in, said in a sentence
    if _EXAMPLES_ASKED.search(question):
        return "list"  # "Vad tar strategin upp som exempel när det gäller barn och unga?": its list of examples
    if _DOCUMENT_GIST.search(question):
        return "summary"
    if _SAID_IN_ALL.match(question):
        return "summary"  # "Står det nåt om levnadsvanor i styrdokumenten?": what each document says of it
    if _SAYS_THAT.search(question):
        return "lookup"  # "vad säger dom att verksamheterna ska göra åt det?": what they say is to be done, in a sentence
    if _SUMMARY.search(question):
        # "Det pratas om att hjärtpatienter ska mäta sina värden hemma – vad säger planen om det?" asks what
        # the plan says about the statement before it, as "Vad säger planen om att …?" does: a lookup
        # ("Det ska göras lokala handlingsplaner – vad säger strategin om dom?" points at a thing: a summary)
        match = _ABOUT.search(question)
        said = _statement_pointed_at(question, match) if match else ""
        return "lookup" if said and len(said.split()) > STATED_THING_WORDS else "summary"
    if re.search(r"(?:^|[.?!]\s+)\s*vad\b[^?]*\??\s*$", question, re.I) and _QUOTED_HEADING.search(question):
        return "summary"  # "Vad skriver strategin under 'våra varför'?": what the section says
    kind = asked_kind(question)
    if kind:
        return kind
    if _DEGREE_ASKED.search(question):
        return "lookup"  # "Hur mycket ansvar förväntas invånaren ta …?": what is said of it, no list of responsibilities
    if _THING_DOING.search(question):
        return "summary"  # "vad ska tandvården göra enligt planen?": what the documents say it is to do, section by section
    if _REVERSE.search(question) or reverse_topic(question):
        return "reverse"
    if _FOR_WHOM_IT_MATTERS.search(question):
        return "lookup"  # "för vilka patienter är det allra viktigast att …?": the sentence naming them, no list
    if _GOAL_FOR_PEOPLE.match(question):
        return "lookup"  # "Vad är målet för dem som har långvariga sjukdomar?": what is said of them, no term defined
    if _WHAT.match(question) or asked_acronym(question):
        return "what"
    if _TAG_QUESTION.match(question):
        return "yesno"  # "nämnden ansvarar väl för vårdval primärvård?": a statement asked to be confirmed
    if _LIST_ASKED.search(question) or _OTHERS_NAMED.search(question):
        return "list"  # "finns det nån lista på vilka indikatorer som används?": which ones, not whether
    if _YESNO.match(question):
        return "yesno"
    if _PREPOSITION_WHICH.match(question) or _WHICH_CLEFT.match(question):
        # "För vilka patienter är det extra viktigt att …?", "Vilka är det som oftast tar sitt liv …?": the
        # sentence naming them, not a list
        return "lookup"
    if asks_one_abstract(question):
        return "lookup"  # "Vilket ansvar har nämnden för att strategin genomförs?": the task that says it, no list
    if asks_conclusion(question):
        return "lookup"  # "vilken slutsats drar planen om regionens ansvar?": what follows, no list of tasks
    if _LIST.search(question):
        return "list"
    return "lookup"


# "vad säger dom att verksamheterna ska göra åt det?": what a document says someone is to do, no summary of a topic
_SAYS_THAT = re.compile(r"\bvad\s+säger\s+(?:\w+\s+){0,2}?att\s+\w+\s+(?:ska|skall|bör|måste)\s+(?:\w+\s+)?göra\b", re.I)


# How much or how large of what no number measures ("Hur mycket ansvar …?", "hur stor roll …?"): no count asked
_NOT_MEASURED_MUCH = "ansvar|inflytande|fokus|vikt|betydelse|hänsyn|makt"
_NOT_MEASURED_LARGE = "roll|vikt|betydelse|fokus|inflytande"
_DEGREE_ASKED = re.compile(rf"\bhur\s+(?:mycket|stor)\s+(?:{_NOT_MEASURED_MUCH}|{_NOT_MEASURED_LARGE})\b", re.I)
_ASKED_AFTER_DASH = re.compile(r"^\s*(?:vad|vem|vilka|vilken|vilket|hur|när|varför)\b[^–?]{8,}?\s[–—]\s+"
                               r"(?P<asked>(?:vad|vem|vilka|vilken|vilket|hur|när|varför)\b[^–]+)$", re.I)
_WHICH_CLEFT = re.compile(r"^\s*(?:och\s+)?vilka\s+(?:är|var|e)\s+det\s+som\b", re.I)
_PREPOSITION_WHICH = re.compile(r"^\s*(?:och\s+)?(?:för|hos|bland|åt)\s+vilk(?:a|en|et)\s+\w+\s+(?:är|blir|var)\s+det\b", re.I)


# "nämns det några andra regioner som …?", "finns det fler regioner som …?": which ones, named
_OTHERS_NAMED = re.compile(r"\b(?:nämns|finns)\s+det\s+(?:(?:några|nåra|nån)\s+andra|fler|flera)\s+(\w{4,}(?:er|ar|or))\b", re.I)
_LIST_ASKED = re.compile(r"\bfinns\s+det\s+(?:(?:en|nån|någon|ngn)\s+(?:lista|förteckning|sammanställning)\s+(?:på|över)|"
                         r"(?:(?:fler|flera|andra|några|nåra)\s+)?exempel)\b", re.I)  # "finns det fler exempel …?": which


# Question words as typed without å/ä/ö; restored before the intent rules read the question.
# short words typed without dots that are no other Swedish word: respelt in a question with å/ä/ö elsewhere too
# ("vem har bestämt den där målbilden o nar?"); "ar" (år?) and "for" (for?) are left as typed there
_SHORT_SAFE = frozenset({"nar", "pa", "dar", "nan", "nat"})
# Words of their own that a question typed with å/ä/ö means as typed ("vet inte vart de ska vända sig": not "vårt")
_WORDS_AS_TYPED = frozenset({"vart", "beror", "bero", "berodde",  # ("… beror på psykisk ohälsa?": no "berör")
                             "satt"})  # ("… som Jämtland Härjedalen har satt upp": no "sätt")
# common words the documents' spelling of another word would change ("vilka dokument kan du svara på?": not "svåra")
_ALWAYS_AS_TYPED = frozenset({"svara", "svarar", "svarade", "svarat"})
_UNACCENTED = {"star": "står", "nar": "när", "ar": "är", "for": "för", "sags": "sägs", "sager": "säger",
               "innebar": "innebär", "vilka": "vilka", "manga": "många", "jamfor": "jämför",
               "sammanfatta": "sammanfatta", "skillnaden": "skillnaden", "oversikt": "översikt", "overblick": "överblick",
               "beratta": "berätta", "pa": "på", "mojligt": "möjligt", "namnden": "nämnden", "ansvarar": "ansvarar",
               # chat's short forms: "nån sorts", "på nåt sätt", "nåra"
               "nan": "nån", "nat": "nåt", "nagot": "något", "nagon": "någon", "nagra": "några", "nara": "nära",
               "hor": "hör", "tillhor": "tillhör", "hort": "hört",  # "jag har hort om …"
               "mycke": "mycket", "myke": "mycket"}  # ("hur mycke pengar …": spoken)


def restore_letters(text: str) -> str:
    """Common question words typed without å/ä/ö get their letters back ("vad star det om" -> "vad står det om";
    "vad är det for …" -> "vad är det för …")."""
    text = _WHAT_KIND_TYPED.sub(r"\1 för", text)
    return re.sub(r"\b\w+\b", lambda m: _UNACCENTED.get(m.group(0).lower(), m.group(0))
                  if m.group(0).lower() in _UNACCENTED else m.group(0), text)


_LIKENESS = re.compile(r"\b(jämför\w*|skillnad\w*|skiljer|lika|likheter|liknar|gemensamt|samma|differ\w*|similar\w*|"
                       r"annorlunda|olika|in common|compare)\b", re.I)


_WHAT_CHANGES = re.compile(r"\b(?:vad|hur)\s+blir\s+(?:det\s+)?annorlunda\b", re.I)


def without_what_changes(question: str) -> str:
    """A question less its asking what changes ("vad blir annorlunda för dom i vardagen?"), which compares nothing."""
    return _WHAT_CHANGES.sub(" ", question)


def asks_likeness(question: str) -> bool:
    """Whether a comparison asks how the things are alike or differ ("hur skiljer sig …", "vad har de
    gemensamt"), not only for each one's answer ("Vem beslutade i X respektive Y?")."""
    return bool(_LIKENESS.search(question))


_DIFFERENCE = re.compile(r"\b(skillnad\w*|skiljer|skilja|olika|annorlunda|differ\w*)\b", re.I)


# "Är riktningsförändringarna i nämndens plan samma som i strategin?": things (a definite plural, no document) set side
# by side in two documents
_THINGS_COMPARED = re.compile(r"^\s*(?:och\s+)?(?:är|finns|står|skiljer\s+sig|jämför|hur\s+skiljer\s+sig)\s+(?:sig\s+)?"
                              r"(?:de\s+|dom\s+)?(?P<things>[^\W\d]{6,}(?:erna|arna|orna|na))\b", re.I)


# "Står samma fyra med i nämndens verksamhetsplan också, eller skiljer de sig åt?": the same things, asked of another
# document
_SAME_ELSEWHERE = re.compile(r"\b(?:samma|likadana|dom\s+också|de\s+också)\b[^?]*\b(?:i|hos|enligt)\b[^?]*?"
                             r"(?:\bockså\b|\bskiljer\b|\bolika\b)", re.I)


def asks_same_elsewhere(question: str) -> bool:
    """Whether a follow-up asks if the same things stand in another document ("Står samma fyra med i X också?")."""
    return bool(_SAME_ELSEWHERE.search(question))


# "vad är skillnaden mot hur verksamhetsplanen beskriver öppna vårdformer?" (after the strategy's): how another
# document describes the thing, against the one the thread asked of
_DESCRIBED_AGAINST = re.compile(r"^\s*(?:och\s+|men\s+)?(?:vad\s+är\s+(?:det\s+för\s+)?skillnad(?:en)?|hur\s+skiljer\s+(?:det|den|de|dom)"
                                r"\s+sig|skiljer\s+(?:det|den|de|dom)\s+sig)\s+(?:mot|från|jämfört\s+med)\s+hur\s+"
                                r"(?P<document>(?:\w+s\s+)?\w+)\s+(?:beskriver|skriver\s+om|tar\s+upp|ser\s+på)\s+"
                                r"(?P<thing>[^?]{3,80}?)\s*\??\s*$", re.I)


def described_against(question: str) -> tuple[str, str] | None:
    """For "vad är skillnaden mot hur X beskriver Y?", the document X names and the thing Y; else None."""
    match = _DESCRIBED_AGAINST.match(question)
    return (match["document"], match["thing"]) if match else None


def things_compared(question: str) -> str:
    """The things a comparison of documents sets side by side, in the indefinite plural ("Är riktningsförändringarna
    i planen samma som i strategin?" -> "riktningsförändringar"), or "" (a document's own kind is no such thing:
    "Skiljer sig målbilderna åt?")."""
    match = _THINGS_COMPARED.match(question)
    if not match or DOCUMENT_THING.search(match["things"]) or not (asks_likeness(question) or asks_comparison(question)):
        return ""
    return match["things"][:-2]


def asks_difference(question: str) -> bool:
    """Whether a comparison asks how the things differ ("vad skiljer?", "vad är lika och vad är olika?")."""
    return bool(_DIFFERENCE.search(question))


_COMMON = re.compile(r"\b(lika|likheter|liknar|gemensamt|samma|similar\w*|in common|alike)\b", re.I)


def asks_common(question: str) -> bool:
    """Whether a comparison asks what the things share ("vad har de gemensamt?", "vilka likheter …"), not only how
    they differ ("Hur skiljer sig …?": the words both rows use are no difference)."""
    return bool(_COMMON.search(question))


# "Hur hänger verksamhetsplanen ihop med strategin?", "Hur förhåller sig planen till strategin?"
_RELATION = re.compile(r"\b(?:hänger|hör)\b[^?]*\bihop\b|\bförhåller sig\b|\brelaterar\b|\bkoppling(?:en)? mellan\b|"
                       r"\bsamband(?:et)? mellan\b|\bhow (?:does|do)\b[^?]*\b(?:relate|connect|fit)\b", re.I)


def asks_relation(question: str) -> bool:
    """Whether a question asks how two things (two documents) are tied together."""
    return bool(_RELATION.search(question))


# "vilken större strategi är den en del av?", "är den kopplad till någon annan strategi?": what a thing is part of
_PART_OF_WHOLE = re.compile(r"\b(?:en\s+del\s+av|ingår\s+(?:den|det|de|dom)\s+i|kopplad\w*\s+till|knuten\s+till)\b", re.I)


def asks_part_of(question: str) -> bool:
    """Whether a question asks what a thing is part of or tied to ("vilken strategi är den en del av?")."""
    return bool(_PART_OF_WHOLE.search(question))


# "… jämfört med resten av befolkningen/riket?": set against a population or the country, no region or document
_AGAINST_THE_REST = re.compile(r"\b(?:jämfört|jämförelse)\s+med\s+(?:resten\s+av|övriga|andra\s+(?:grupper|invånare)|"
                               r"riket|landet|befolkningen|hela\s+befolkningen|genomsnittet|riksgenomsnittet)\b", re.I)


def asks_comparison(question: str) -> bool:
    """Whether the question asks to compare (regions, documents) at all (not a group set against the rest:
    "Hur mår de här grupperna jämfört med resten av befolkningen?")."""
    return bool(_COMPARE.search(_AGAINST_THE_REST.sub(" ", question)))


# ---------------------------------------------------------------- answer kinds
# A passage can be on topic and still not hold the fact asked for ("När ska sjukhuset i Kiruna
# stå klart?" finds the passage about the new hospital, which gives no date). These checks look
# at what kind of answer the question asks for, and whether the answer has one.

_NUMBER_WORDS = ("två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|tjugo|"
                 "hundra|tusen|hälften|dubbelt|majoritet|flest|one|two|three|four|five|six|ten")
_ASKS = {
    # "Hur lång väntetid …?", "Hur långa är väntetiderna …?": a length of time ("inom tre dagar"), not a date; asked
    # before a date ("hur länge" stays a date: "Hur länge gäller planen?" – "2025–2027")
    # ("hur snabbt måste kommunen ta hem en patient …?", "inom hur lång tid …?": a time too)
    "duration": (re.compile(r"\bhur l[åa]ng[a]?\s+(?:(?:är|ar|blir|var)\s+)?(?:\w*tid\w*|kö\w*|\w*utbildning\w*|introduktion\w*|"
                            r"kurs\w*|upplärning\w*|inskolning\w*|praktik\w*|placering\w*)\b|(?<!för )\bhur\s+(?:snabbt|fort)\s+(?:\w+\s+){0,3}?"
                            r"(?:måste|ska|skall|bör|får)\s+(?:\w+\s+){0,2}?(?:ta|tas|få|ges|göras|vara|komma|svara|besvaras)\b|"
                            r"\binom\s+hur\s+lång\s+tid\b", re.I),
                 re.compile(rf"\b(?:\d+|{_NUMBER_WORDS})\s+(?:dag|dagar|dygn|vecka|veckor|månad|månader|år|timm\w*|"
                            r"minut\w*)\b", re.I)),
    # ("Finns det nån summa pengar avsatt för beredskapsarbetet …?": a sum, which no passage states)
    "money": (re.compile(r"\b(kosta|kostar|kostade|kostat|\w{0,12}kostnad(en|er|erna)?|\w{0,8}budget\w*|hur mycket pengar|anslag(et|en)?|pris(et|er|erna)?|"
                         r"(?:summa|summor|belopp)\s+(?:\w+\s+)?pengar|pengar\s+(?:\w+\s+)?avsatt\w*|avsatt\w*\s+(?:\w+\s+)?pengar|"
                         r"\w{0,8}lön(en|er|erna)?|tjänar|arvode\w*|cost(s|ed)?|price|salar\w*|money|spent|spend|spending|funding|"
                         # "hur mycket får hälsocentralen betalt per listad patient?", "ersättningen per besök"
                         r"betalt|betala\w*|ersättning(en|ar|arna)?|ersätts|kapitering\w*|pay|paid|payment)\b", re.I),
              re.compile(r"(\bkr\b|kronor|\bmiljon\w*|\bmiljard\w*|\bmnkr\b|\bmkr\b|\bsek\b|€|\$)", re.I)),
    # ("Hur mycket ansvar …?", "hur stor roll …?": how much, of what no number measures, asks what is said of it)
    "number": (re.compile(rf"\b(hur många|hur stor\w*(?!\s+(?:{_NOT_MEASURED_LARGE})\b)|siffror\s+(?:på|om|över|för)|"
                          rf"hur mycket(?!\s+(?:{_NOT_MEASURED_MUCH})\b)|hur ofta|antal\w*|"
                          r"how many|how much(?!\s+(?:responsibility|influence|focus|weight)\b))\b", re.I),
               re.compile(rf"(\d(?!\d*\s*§)|\b({_NUMBER_WORDS})\b)", re.I)),  # "enligt 1 §" cites a law, counts nothing
    # ("Min chef nämnde en gemensam målbild för länet. När bestämdes den?": a sentence of its own that asks when)
    "date": (re.compile(r"((?:^|[.!?]\s+)\s*(?:(?:och|men|å|o)\s+)?när\b(?!\s+(?:planen|dokumentet|dokumenten|strategin|målbilden|"
                        # "Och när planen pratar om hälsofrämjande vård, gäller det …?", "o när regionen jobbar med X, tar
                        # man hänsyn till …?": a clause of when someone does something, no date
                        r"texten|regionen|kommunen|kommunerna|vården|nämnden|man|vi|ni|de|dom|du|jag|det|den|"
                        r"\w{3,}(?:na|en|et))\s+"
                        r"(?:\w+(?:ar|er))\b[^?]*,)|"
                        # "… – finns det något datum för när den ska vara igång?" ("Har målbilden något slutdatum?" asks
                        # whether it has one: "Inte ha en tidsbegränsning")
                        r"\b(?:något|nåt|ett|någon|nån)\s+(?:datum|årtal|tidpunkt)\s+(?:för|när)\b|"
                        # "Står det någonstans när den utredningen ska vara klar …?": when a thing is to be done
                        r"\bnär\s+(?:\w+\s+){1,3}?(?:ska|skall|kommer\s+att)\s+(?:vara\s+)?(?:klar|färdig|genomför|"
                        r"införas|startas|börja|vara\s+igång|redovisas|presenteras)\w*|\bnär (ska|antogs|beslutades|bestämdes|fattades|inrättades|infördes|hölls|publicerades|"
                        r"började|startade|blir|kommer|kom|gavs|släpptes|skrevs|trädde|togs|gjordes)\b|\bhur gammal\b|\b(från|sedan) när\b|\boch när\s*\?|\bvilket (år|datum)\b|\bvilka (datum|dagar)\b|\bvilk(en|a) (tids)?period(er)?\b|\bvilka år\b|\bvilk(en|a) (månad|månader|vecka|veckor|årstid|dag)\b|\bwhich months?\b|\bhur länge\b|^\s*when\b|\band when\b|\bwhat year\b)", re.I),
             # ("fortskrider under planperioden": the plan's period, 2025–2027, is a time)
             re.compile(r"(\b(19|20)\d\d\b|[–-]\d\d\b|\b\d{6}\b|\b\d{1,2}/\d{1,2}\b|\b(januari|februari|mars|april|maj|juni|juli|"
                        r"augusti|september|oktober|november|december|våren|hösten|sommaren|vintern|planperioden)\b)", re.I)),
}
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ]?[a-zåäöé]+)?|[A-ZÅÄÖ]{2,}\d*)\b")


_WHO = re.compile(r"^\s*(vem|vilka personer|vilk(?:a|et|en) \w*(?:organ|organen|instans\w*)|who|"
                  r"vilka (?:ska|skulle|var|är|fick|har|kommer att) (?:vara|varit|få vara|ha varit) med|"  # "Vilka ska vara med och …?"
                  # "vilka är det som ska komma överens om de lokala planerna?": who does it
                  r"vilka (?:är det som |e det som )?(?:ska|skulle|måste|behöver) (?:komma överens|ta fram|utarbeta|"
                  r"utforma|ansvara|besluta)|"
                  # "Vilka ska planen göras tillsammans med?", "Med vilka ska den tas fram?": with whom
                  r"vilka (?:ska|skall|måste|bör) [^?.!]{0,60}?\btillsammans med(?=\s*[?.!]?\s*$)|med vilka|tillsammans med vilka|"
                  # where a decision was taken is the body that took it: "Var beslutades målbilden …?", "I vilket forum …?"
                  r"var (?:beslutades|fattades|antogs|fastställdes|godkändes)|"
                  r"i vilk(?:a|et|en) (?:forum|organ\w*|instans\w*|grupp\w*|möte\w*))\b", re.I)


# A question that opens with a when-clause and asks something else after it ("När de lokala planerna ska tas
# fram utifrån länsstrategin – vilka parter ska bestämma …?"): the clause sets the scene, it asks no date.
_WHEN_CLAUSE = re.compile(r"^\s*när\b[^?]*?(?:,|\s[–—-])\s*(?=(?:vilka|vilken|vilket|vad|hur|vem|vart|var)\b)", re.I)


# "Vilka språk har regionen särskilda skyldigheter kring, och när gäller det?": in what case a duty holds, no date
# ("När gäller planen?" stays a date: its period); "i vilka situationer gäller …" too, no list
_WHEN_IT_HOLDS = re.compile(r"(?:^|[,.!?]\s*)\s*(?:(?:och|men|å|o)\s+)?(?:i\s+vilka\s+(?:situationer|fall|lägen)\s+gäller\b|"
                            r"när\s+gäller\s+(?:det|detta|(?:\w+s\s+)?(?:skyldighet\w*|rättighet\w*|rätten)))\b", re.I)


# "Och när har den öppet?", "när är chatten öppen?", "vilka öppettider har …?": the hours a service keeps, said in a
# sentence ("… vården som alltid är öppen med bemanning varje dag"), no date
_OPENING_HOURS = re.compile(r"\bnär\s+(?:har|är|håller)\s+(?:\w+\s+){0,4}?öppe(?:t|n|na)\b|\böppettid\w*", re.I)


def asks_when_it_holds(question: str) -> bool:
    """Whether a question asks in what case a duty or right holds ("… och när gäller det?"), or when a service is
    open ("Och när har den öppet?"), not for a date."""
    return bool(_WHEN_IT_HOLDS.search(question) or _OPENING_HOURS.search(question))


# "Vid efterfrågan … ska regionen bemöta på dessa språk i samband med myndighetsutövning.": a sentence that says in
# what case something holds
_STATES_CASE = re.compile(r"\b(?:vid\s+(?:efterfrågan|behov|begäran|misstanke|\w+ning)|i\s+samband\s+med|i\s+de\s+fall|"
                          r"förutsatt\s+att|om\s+(?:patienten|den\s+enskilde|personen|någon|man)\s)", re.I)


def states_case(sentence: str) -> bool:
    """Whether a sentence says in what case something holds ("Vid efterfrågan …", "… i samband med …")."""
    return bool(_STATES_CASE.search(sentence))


_EQUAL_PAY = re.compile(r"\b(?:samma|lika|jämställd\w*|rättvis\w*|olika)\s+(?:\w+\s+)?(?:betalt|lön\w*)\b|\blöne(?:skillnad|gap)\w*",
                        re.I)


_REVERSE_PART = re.compile(r"\b(?:vilken|vilket|vilka)\s+(?:\w+\s+)?(?:i|av|of)\b", re.I)  # "vilken princip i …"


def asked_kind(question: str) -> str | None:
    """"duration", "money", "number", "date" or "who" when the question asks for one; else None."""
    question = _WHEN_CLAUSE.sub("", question)  # "När planerna tas fram – vilka parter …?" asks no date
    if asks_when_it_holds(question):
        return None  # "… och när gäller det?": the case it holds in, said in a sentence
    for kind, (asks, _) in _ASKS.items():
        if kind == "money" and _EQUAL_PAY.search(question):
            continue  # "Får tjejer samma betalt som killar?" asks whether pay is equal, not for a sum
        if kind == "money" and reverse_topic(_REVERSE_PART.sub("vilken av", question)):
            continue  # "Vilken princip … handlar om kostnader?" asks which one, not for a sum
        if asks.search(question):
            return kind
    # ("vem påverkas av cosmic?" asks whom it touches, said of any group: "samtliga verksamheter", no name)
    return "who" if (_WHO.search(question) or _WHICH_BODY.search(question)) and not asks_affected(question) else None


def asks_which_one(question: str) -> bool:
    """Whether a question opens by asking which one thing ("Vilken folkhälsostrategi …?"), not which ones ("vilka …")."""
    return bool(re.match(r"\s*vilke[nt]\b", question, re.I))


def asks_which_body(question: str) -> bool:
    """Whether a question asks which body does a thing, by the body's kind ("…, vilken nämnd ansvarar för oss?")."""
    return bool(_WHICH_BODY.search(question))


# "…, vilken nämnd ansvarar för oss?", "Vilken förvaltning beslutade …?": which body, asked by its kind
_WHICH_BODY = re.compile(r"(?:^|[,–-]\s*)\s*vilk(?:en|et|a)\s+(?:nämnd|styrelse|förvaltning|myndighet|aktör|huvudman|huvudmän)\w*\s+"
                         r"(?:ansvarar|har\s+(?:\w+\s+)?ansvar\w*|beslutade|beslutar|bestämde|bestämmer|fattade|fastställde|"
                         r"antog|driver|leder|äger)\b", re.I)


# Who-answers that are bodies or roles written in lower case ("reklambyrå", "arbetsgruppen", "projektledare").
_ACTOR = re.compile(r"\b\w*(?:byrå|arbetsgrupp|avdelning|nämnd|beredning|styrelse|fullmäktige|projektledare|"
                    r"samordnare|förvaltning|pensionärsråd|samverkansorgan|huvudman|huvudmän|beslutsinstans|"
                    r"politisk\w* beslut|tjänsteperson|förtroendevald|representant|företrädare|ledamot|ledamöter|"
                    r"politiker)\w*\b|\bmellan (?:\w+, )+(?:\w+ )?och \w+", re.I)  # "mellan kommun, hälsocentral och sjukhus"


# "Lokala samverkansarenor har fått i uppdrag att ta fram lokala samverkansplaner …": who was given the task
_COMMISSIONED = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:-\s*)?[\w-]+(?:\s+[\w-]+)?\s+(?:har|hade)\s+fått\s+(?:i\s+)?uppdrag(?:et)?\s+att\b",
                          re.I)


def names_commissioned(text: str) -> bool:
    """Whether a sentence says who was given a task ("Lokala samverkansarenor har fått i uppdrag att …"): an answer to
    who does it."""
    return bool(_COMMISSIONED.search(text))


def names_body(text: str) -> bool:
    """Whether a sentence names who acts by a body or person, not only as "politiskt beslut"."""
    return any(not re.match(r"politisk", m.group(0), re.I) for m in _ACTOR.finditer(text))


# "vem är det som driver det arbetet då?", "who leads the work?": who carries the work on, not who decided it
_WHO_DRIVES = re.compile(r"\b(?:vem|vilka|who)\b[^?]*?\b(?:driver|drev|leder|ledde|håller\s+i|höll\s+i|samordnar|samordnade|"
                         r"leads?|led|drives?|drove|runs?|coordinates?)\b", re.I)
# the roles and groups that carry work on ("Två projektledare, en samordnare för regionen …", "Arbetsgrupp med …")
_WORK_LEADERS = re.compile(r"\b\w*(?:projektledare|samordnare|processledare|arbetsgrupp|styrgrupp|projektgrupp|"
                           r"ledningsgrupp)\w*\b", re.I)


def asks_who_drives(question: str) -> bool:
    """Whether a question asks who drives or leads a piece of work ("vem är det som driver det arbetet?")."""
    return bool(_WHO_DRIVES.search(question))


def names_work_leaders(text: str) -> bool:
    """Whether a sentence names the roles or groups that carry work on ("Två projektledare, en samordnare …")."""
    return bool(_WORK_LEADERS.search(text))


# "vem har rätt till fast vårdkontakt?", "who is entitled to an interpreter?": who a right is granted to, and the thing
_ENTITLED = re.compile(r"\b(?:vem|vilka|vilken|who)\b[^?]*?\b(?:har|får|is|are|has)\s+(?:\w+\s+)?"
                       r"(?:rätt|rättighet|entitled|eligible|a\s+right)\s+(?:till|på|to|for)\s+(?P<thing>[^?]+)", re.I)


def entitlement_asked(question: str) -> str:
    """The thing a question asks who has the right to ("vem har rätt till fast vårdkontakt?" -> "fast vårdkontakt",
    "och vem har rätt till en sån?" -> "en sån"), or ""."""
    match = _ENTITLED.search(question)
    return match["thing"].strip(" .!") if match else ""


_POINTING_ONLY = re.compile(r"^(?:en|ett|the|a|an)?\s*(?:sån|sådan|sånt|sådant|det|den|dem|dom|one|it|them|that|this)$", re.I)


_GRANTS_RIGHT = re.compile(r"\b(?:har|ha|får|ges|erbjuds|is\s+entitled|are\s+entitled)\s+(?:\w+\s+){0,2}?(?:rätt|rättighet)"
                          r"\s+(?:till|att)\b", re.I)


def grants_right(text: str) -> bool:
    """Whether a sentence says someone has a right to something ("Patienter … har rätt till en fast vårdkontakt")."""
    return bool(_GRANTS_RIGHT.search(text))


_WHEN_OF_IT = re.compile(r"^\s*(?:and\s+|och\s+)?(?:when|när)\s+(?:did|was|were|is|will|does|do|var|hände|skedde|blev)\s+"
                         r"(?:it|this|that|they|the\s+change|det|den|detta)\b(?:\s+(?:happen|take\s+place|come|start|"
                         r"take\s+effect|ske|hända))?\s*\??\s*$", re.I)


def asks_when_of_it(question: str) -> bool:
    """Whether a question only asks when the thing before it was ("when did it happen?", "och när skedde det?")."""
    return bool(_WHEN_OF_IT.match(question))


def is_pointing_only(words: str) -> bool:
    """Whether words only point back, naming nothing ("en sån", "det", "one")."""
    return bool(_POINTING_ONLY.match(words.strip()))


def says_word_itself(text: str, word: str) -> bool:
    """Whether a text has the word itself, in any ending ("fasta vårdkontakter" has "vårdkontakt"), not split or
    paraphrased ("kontakt med vården" has not)."""
    stem = word[:max(SAID_ITSELF_STEM, len(word) - SAID_ITSELF_ENDING)]
    return bool(re.search(rf"\b{re.escape(stem)}", text, re.I))


SAID_ITSELF_STEM = 4    # letters of a word kept however short it is
SAID_ITSELF_ENDING = 2  # letters an ending may change ("vårdkontakt" / "vårdkontakter", "tolk" / "tolkar")


_RESPONSIBILITY = re.compile(r"\b(?:tar|ta|har|bär)\s+(?:\w+\s+)?ansvar\w*|\bansvarar\b|\bvilken aktör\b", re.I)
WHO_MUST_WORDS = 2  # the asked words a sentence on whose responsibility it is must share with the question


# "Står det … vem som ansvarar för läkemedelsförsörjningen till kommunernas särskilda boenden?": whose responsibility
# a thing is; the thing is what an answer must name
# "vem ansvarar för", "vem som har ansvaret för", "vem tar ansvar för": who is responsible for what follows
_WHO_RESPONSIBLE_FOR = (r"\bvem\s+(?:som\s+)?(?:\w+\s+)?(?:ansvarar|har\s+(?:\w+\s+)?ansvar(?:et)?|bär\s+ansvar(?:et)?|"
                        r"tar\s+ansvar(?:et)?)\s+för\s+")
_RESPONSIBLE_FOR = re.compile(_WHO_RESPONSIBLE_FOR + r"(?!att\b|det\b|detta\b|den\b|dem\b|dom\b|vad\b|hur\b)(?P<thing>[^?.!,–]+)",
                              re.I)  # (a thing, not a doing: "vem har ansvaret för att det faktiskt blir gjort?")


_RESPONSIBLE_FOR_IT = re.compile(_WHO_RESPONSIBLE_FOR + r"(?:det|detta|den|dem|dom)\s*[?.!]*\s*$", re.I)


def responsibility_of_earlier(question: str) -> bool:
    """Whether a follow-up asks who is responsible for what was asked before ("vem ansvarar för det?")."""
    return bool(_RESPONSIBLE_FOR_IT.search(question))


def responsibility_asked(question: str) -> str:
    """The thing a "vem ansvarar för X?" question asks whose responsibility it is ("läkemedelsförsörjningen till …"),
    or ""."""
    match = _RESPONSIBLE_FOR.search(question)
    return match["thing"].strip() if match else ""


_SEES_TO_IT = re.compile(r"\bvem\s+(?:är\s+det\s+som\s+|som\s+)?(?:\w+\s+)?(?:ska|skall|bör|måste|kommer\s+att)?\s*"
                         r"(?:se\s+till|säkerställa|ansvara\s+för|ta\s+ansvar(?:et)?\s+för|ha\s+ansvar(?:et)?\s+för|"
                         r"ansvarar\s+för|har\s+ansvar(?:et)?\s+för)\s+att\b", re.I)


_WHO_MAKES = re.compile(r"\bvem\s+(?:är\s+det\s+som\s+|som\s+)?(?:tar\s+fram|gör|skriver|utformar|utarbetar|arbetar\s+fram|"
                        r"sätter\s+ihop|ska\s+(?:ta\s+fram|göra|skriva|utforma|utarbeta))\s+"
                        # (not a bare pronoun, "vem tar fram den?"; "dom lokala samverkansplanerna" names them)
                        r"(?!(?:det|den|dem|dom)\s*[?.!]?\s*$)\w", re.I)
_MADE_BY = re.compile(r"\b(?:utarbetas|utformas|tas\s+fram|arbetas\s+fram|sammanfogas|upprättas)\b", re.I)
# (a list line may say who was given the task: "Lokala samverkansarenor har fått i uppdrag att ta fram lokala
# samverkansplaner …")
_TASKED_TO_MAKE = re.compile(r"\b(?:fått|får|fick|gett|ges)\s+i\s+uppdrag\s+att\s+(?:ta\s+fram|utarbeta|utforma|arbeta\s+fram)\b", re.I)


def asks_who_makes(question: str) -> bool:
    """Whether a who question asks who makes a thing now ("Vem tar fram de lokala handlingsplanerna?"): the sentences
    that say how and by whom it is made answer it ("Planerna utformas … mellan kommun, hälsocentral och sjukhus.")."""
    return bool(_WHO_MAKES.search(question))


_ESTABLISHED_BY = re.compile(r"\b(?:har|hade)\s+(?:fastställt|tagit\s+fram|arbetat\s+fram|antagit|beslutat\s+om)\b", re.I)


# "Formellt är målbilden på väg att antas … av politiska beslutsinstanser …", "… ska antas av fullmäktige"
_TO_BE_ADOPTED = re.compile(r"\b(?:på\s+väg\s+att|ska|skall|kommer\s+att)\s+(?:antas|beslutas|fastställas)\b", re.I)


def tells_established(sentence: str) -> bool:
    """Whether a sentence tells that someone has set or made a thing ("… Social ReKo, har fastställt en gemensam
    målbild …")."""
    return bool(_ESTABLISHED_BY.search(sentence))


def tells_to_be_adopted(sentence: str) -> bool:
    """Whether a sentence tells that a thing is to be adopted ("Formellt är målbilden på väg att antas i början av
    2021 av politiska beslutsinstanser …")."""
    return bool(_TO_BE_ADOPTED.search(sentence))


def tells_making(sentence: str) -> bool:
    """Whether a sentence tells how a thing is made ("… ska utarbetas utifrån strategin", "Planerna utformas …")."""
    return bool(_MADE_BY.search(sentence))


def tells_tasked(sentence: str) -> bool:
    """Whether a sentence tells who was given the task of making a thing ("… har fått i uppdrag att ta fram …")."""
    return bool(_TASKED_TO_MAKE.search(sentence))


def asks_who_sees_to(question: str) -> bool:
    """Whether a who question asks who sees a thing done ("vem ska se till att de faktiskt genomförs?", "vem ansvarar
    för att planerna blir verklighet?"): the body said to take responsibility answers it."""
    return bool(_SEES_TO_IT.search(question))


def speaks_of_responsibility(question: str) -> bool:
    """Whether a question speaks of responsibility in any form ("vem ansvarar för att det blir …", "ansvarig")."""
    return bool(re.search(r"\bansvar", question, re.I))


def says_responsible(text: str) -> bool:
    """Whether a sentence says who is responsible by a body's name ("Nämnden ansvarar för regionens arbete
    med primärvård, tandvård och omställning till nära vård.")."""
    return bool(_RESPONSIBILITY.search(text)) and names_body(text) and not negated(text)


# "vem ska göra det, primärvården eller bup?": the actors a who-question offers to choose between
_OFFERED_ACTORS = re.compile(r"^\s*(?:(?:och|o|men)\s+)?(?:vem|vilka|vilken|who)\b[^?]*?[,–-]\s*(?:är\s+det\s+)?"
                             r"(?P<one>[\w-]+(?:\s+[\w-]+)?)\s+(?:eller|or)\s+(?P<other>[\w-]+(?:\s+[\w-]+)?)\s*[?.!]*\s*$", re.I)


def offered_actors(question: str) -> tuple[str, str] | tuple[()]:
    """The two actors a who-question offers ("och vem ska göra det, primärvården eller bup?" -> ("primärvården",
    "bup")), or ()."""
    match = _OFFERED_ACTORS.match(question)
    return (match["one"], match["other"]) if match else ()


def opens_with_actor(text: str, actors: Sequence[str]) -> bool:
    """Whether a sentence opens with one of the actors as its subject ("Primärvården ska implementera …"), naming
    only that one."""
    first = text.split()[:1]
    # (one of them, not both: "Regioner och kommuner i flera län har tagit fram målbilder" chooses neither)
    return bool(first) and any(says_word_itself(first[0], actor) for actor in actors) \
        and sum(1 for actor in actors if says_word_itself(text, actor)) == 1


# "vem ansvarar för primärvården egentligen, är det bara regionen?", "… eller delas det med kommunerna?": whether
# others share it; and a sentence that says it is shared ("… har ett delat ansvar för …", "… både regioner och kommuner")
_SHARED_ASKED = re.compile(r"\b(?:bara|endast|enbart|ensam\w*)\s+(?:\w+\s+)?(?:regionen|kommunerna|kommunen|nämnden|"
                           r"landstinget|staten)\b|\bdelas\s+(?:det|den|ansvaret)\b|\bdelat\s+ansvar\b", re.I)
_SAYS_SHARED = re.compile(r"\b(?:delat|gemensamt)\s+ansvar\b|\bbåde\s+regioner\s+och\s+kommuner\b", re.I)


def asks_if_shared(question: str) -> bool:
    """Whether a who-question asks whether one body alone has the responsibility ("är det bara regionen?")."""
    return bool(_SHARED_ASKED.search(question))


def says_shared(text: str) -> bool:
    """Whether a sentence says a responsibility is shared ("… har ett delat ansvar för hälso- och sjukvård …")."""
    return bool(_SAYS_SHARED.search(text))


def says_who_must(text: str, question: str) -> bool:
    """Whether a text says whose responsibility the asked thing is, or that it must be settled, without a name
    ("För personer med komplexa behov är det särskilt angeläget att säkerställa vilken aktör som tar ansvar för
    att samordna insatser …" answers "vem ansvarar för att samordna insatserna …?")."""
    if not _RESPONSIBILITY.search(text):
        return False
    asked = [w for w in content_words(question).split() if len(w) > 4 and not _RESPONSIBILITY.search(w)
             and w.lower() not in QUESTION_WORDS]
    return sum(1 for w in asked if mentions(text, w)) >= WHO_MUST_WORDS


# "… att vårdskadorna ska minska med en viss procent till 2027?", "hur många procent …?": a percentage, which only a
# sentence that gives one answers ("77 procent", "44 %")
_ASKS_PERCENT = re.compile(r"\b(?:(?:en\s+viss|hur\s+många|vilken|hur\s+stor|what|which|how\s+many|a\s+certain)\s+"
                           r"(?:procent\w*|andel\s+i\s+procent|percent\w*|%))|"
                           # "Hur mycket ska utsläppen ha minskat till 2030 …, i procent?"
                           r"\b(?:i|in)\s+(?:procent|percent|%)(?:\s+(?:eller|or)\s+(?:kronor|pengar|money|antal))?\s*[?.!]*\s*$", re.I)
_GIVES_PERCENT = re.compile(r"\d\s*(?:%|procent\b)", re.I)


def asks_percent(question: str) -> bool:
    """Whether a question asks for a percentage ("… minska med en viss procent?")."""
    return bool(_ASKS_PERCENT.search(question))


def asks_percent_or_sum(question: str) -> bool:
    """Whether a question asks for a percentage or a sum ("… hur mycket det ska minska, i procent eller kronor?")."""
    return bool(re.search(r"\b(?:procent|percent|%)\s+(?:eller|or)\s+(?:kronor|pengar|money)\b", question, re.I))


def gives_percent(text: str) -> bool:
    """Whether text gives a percentage ("77 procent", "44 %")."""
    return bool(_GIVES_PERCENT.search(text))


def has_kind(kind: str, text: str) -> bool:
    """Whether text holds an answer of that kind (an amount, a number, a date, a name)."""
    text = without_citations(text)
    if kind == "number":
        text = _WEB_ADDRESS.sub(" ", text)
    if kind == "who":  # a name or a body: a capitalised word that does not start its sentence, or an actor noun
        return bool(_ACTOR.search(text)) or any(re.search(r"\s[A-ZÅÄÖ](?:[a-zåäö]|[A-ZÅÄÖ]+\b)", " " + sentence.strip()[1:])  # "Barnarenan", "SVOM"
                   for sentence in re.split(r"(?<=[.!?:])\s+|\n", text) if sentence.strip())
    if kind == "date" and _TIME_FIELD.search(text):
        return True  # an article's metadata field "Tidsperiod: Pågående." answers "Vilken tidsperiod gäller …?"
    return bool(_ASKS[kind][1].search(text))


_TIME_FIELD = re.compile(r"(?:^|(?<=[.\n]) ?)(?:Tidsperiod|Period|Datum|Tid): [^.:\n]+\.", re.M)


_YEAR_OR_SPAN = re.compile(r"\b(?:19|20)\d{2}(?:\s*[–-]\s*(?:19|20)?\d{2})?\b")


_STATES = re.compile(r"\b(?:är|har|ha|ska|skall|kan|blir|behöver|får|finns|inte)\b", re.I)


def states_something(line: str) -> bool:
    """Whether a list line says something (a verb or a negation: "Inte ha en tidsbegränsning på målbilden"), not
    only names a thing ("Mobila team")."""
    return bool(_STATES.search(line))


def days_named(text: str) -> set[str]:
    """The whole dates (day, month and year) a text names, as YYYY-MM-DD ("1 juli 2021" -> "2021-07-01")."""
    return {d for d in find_dates(text) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", d)}


def months_named(text: str) -> set[str]:
    """The months (with their year) a text names or dates within, as YYYY-MM ("1 juli 2021", "juli 2021" -> "2021-07")."""
    return {d[:7] for d in find_dates(text) if re.match(r"\d{4}-\d{2}", d)}


def has_count(text: str) -> bool:
    """Whether text holds a number that counts or measures something, not only a year ("Enligt SKR:s
    undersökning Hälso- och sjukvårdsbarometern (2023) är …" counts nothing)."""
    return has_kind("number", _YEAR_OR_SPAN.sub(" ", text))


def named_terms(question: str) -> set[str]:
    """Names and acronyms in the question (Kiruna, Stockholm, SVOM) – not its first word."""
    words = set()
    for match in _CAPITALISED.finditer(question.strip()):
        if match.start() == 0:
            continue
        words.add(fold(match.group(1).lower()))
    # (a municipality typed in lower case is as much a name: "finns det nat sjukhus i gallivare?")
    places = _places()
    words |= {w for w in (fold(x.lower()) for x in re.findall(r"\w+", question)[1:]) if w in places}
    return words


# Where staff will use the answer, not what they ask about: "… på APT nästa vecka", "till HR", "inför MBL";
# nor the language they ask in: "my Swedish is not great"
# (nor the asker's role, written short: "usk", "MAS"; named by no passage; nor a student's placement: "under min VFU")
_WORKPLACE_ACRONYMS = {"apt", "hr", "mbl", "it", "swedish", "english", "mar", "vfu", "apl", "lia"} | \
    {short for short in ROLE_ABBREVIATIONS if short.isalpha() and len(short) >= 3}


def missing_names(question: str, passages: Sequence[str]) -> set[str]:
    """Names in the question that none of the cited passages mention."""
    names = named_terms(question) - _WORKPLACE_ACRONYMS
    if not names:
        return set()
    words = {fold(w) for p in passages for w in re.findall(r"\w+", p.lower())}
    # a compound led by a name the passages have counts ("Jämtlandspresentationen" -> Jämtland)
    return {n for n in names if n not in words and not any(
        w.startswith(n[:max(4, len(n) - 3)]) or (len(w) >= 6 and n.startswith(w)) for w in words)}


_COUNTED = re.compile(rf"\b(?:hur många|hur manga|hur mycket(?!\s+(?:{_NOT_MEASURED_MUCH})\b)|antal(?:et)?|how many|how much|number of|vem är|vilka är|var finns|var ligger)\s+"
                      r"(?:av\s+)?(?:de\s+|the\s+|den\s+|det\s+)?(?:(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|two|three|four|five|six|"
                      r"seven|eight|nine|ten|\d+)\s+)?(?:(?:nya|fler|extra|ytterligare|new|more|additional)\s+)?"
                      r"(?:[a-zåäö]{3,}a\s+(?=[a-zåäö]{3,}(?:en|na)\b))?"
                      # ("hur många psykiatriska vårdplatser …?" counts vårdplatser)
                      r"(?:[a-zåäö]{2,}(?:iska|liga|iga)\s+(?=[a-zåäö]{4,}))?(\w+)",
                      re.I)  # ("hur många nya ssk …?" counts ssk; "hur många av de globala målen …?" counts målen)
_NOT_COUNTED = {"det", "de", "är", "finns", "har", "ska", "kommer", "is", "are", "there", "do", "dem", "dom", "den", "dessa",
                "några", "någon", "något", "nån", "nåt",  # "vilka är några exempel?": examples in any words
                "vill", "tycker", "anser", "uppger", "känner",  # "hur många vill få vård digitalt?" counts people
                "ansvarig", "ansvariga", "med", "i", "på", "man", "jag", "vi", "du", "ni", "nya", "ny",
                # verbs: "hur många sitter i nämnden" counts people, not "sitter"
                "sitter", "bor", "arbetar", "jobbar", "ingår", "deltar", "går", "gick", "blir", "fick", "får", "var",
                "leder", "ledde", "styr", "deltog", "arbetade", "jobbade", "behövs", "saknas",
                "gör", "gjorde", "driver", "drev",  # ("Who is actually doing the work …?" read "vem är gör arbetet …")
                # fillers of a cleft: "Vem är det egentligen som …?" names no thing
                "egentligen", "alltså", "faktiskt", "nu", "då", "riktigt", "ens", "som",
                # where: "hur många här uppe som gillar …" counts people here, not "här"
                "här", "där", "hos", "idag", "totalt", "ungefär", "cirka",
                # "hur mycket kostar …", "hur mycket ska …": a verb, not the thing measured
                "kostar", "kostade", "kostat", "kosta", "ska", "skall", "mer", "mindre", "bättre", "sämre", "does", "did"}


# "Hur många sitter i nämnden?": its members are counted
_MEMBERS = re.compile(r"\bhur många\s+(?:personer\s+|ledamöter\s+|politiker\s+|förtroendevalda\s+|ordinarie\s+)?"
                      r"(?:sitter|ingår|är med|är)\s+(?:det\s+|vi\s+|ni\s+|dom\s+|de\s+)?i\b", re.I)  # ("Hur många är vi i nämnden?")


# "vilka sitter i fredagsgruppen?", "vilka ingår i arbetsgruppen?": who its members are
_MEMBERS_ASKED = re.compile(r"^\s*(?:och\s+)?(?:vilka|vem|vilken)\s+(?:personer\s+)?(?:sitter|ingår|är\s+med|deltar|är\s+medlemmar)\s+"
                            r"i\s+(?P<group>[\w-]{4,})", re.I)
_MEMBERSHIP = re.compile(r"\b(?:består\s+av|ledamöter|ledamot|representanter|representant|medlemmar|ingår|sitter|deltar|"
                         r"deltagare|med\s+(?:högre\s+)?tjänstepersoner|ordförande)\b", re.I)


# "Hur många ledamöter ska rådet ha?", "Hur många ledamöter sitter i nämnden?": the members of a group, counted
_MEMBERS_COUNTED = re.compile(r"^\s*(?:och\s+)?hur\s+många\s+(?:ordinarie\s+)?(?:ledamöter|medlemmar|representanter|ersättare)\s+"
                              r"(?:(?:har|ska|skall|bör|sitter\s+i|ingår\s+i|finns\s+i)\s+)(?:det\s+i\s+)?(?:\w+-?\s+och\s+)?(?P<group>\w{4,})", re.I)


def members_asked(question: str) -> str:
    """The group whose members a question asks for ("vilka sitter i fredagsgruppen?" -> "fredagsgruppen"), or ""."""
    match = _MEMBERS_ASKED.match(question)
    return match["group"] if match else ""


def members_counted(question: str) -> str:
    """The group whose members a question counts ("Hur många ledamöter ska rådet ha?" -> "rådet"; "… har hälso- och
    sjukvårdsnämnden?" -> "sjukvårdsnämnden"), or ""."""
    match = _MEMBERS_COUNTED.match(question)
    return match["group"] if match else ""


def tells_members(text: str, group: str) -> bool:
    """Whether some sentence of a text names the group and who is in it ("Nämnden består av 13 ledamöter …";
    not "Statusrapport i Fredagsgruppen 23/9")."""
    stem = fold(group.lower())[:max(4, len(group) - 3)]
    # (or a word of the same head, typed a letter off too: "sjukvårdsnämnden", "sjukvårdsnämden" are told by
    # "Nämnden består av …")
    folded = fold(group.lower())

    def same_head(word: str) -> bool:
        return compound_match(folded, word) or (len(word) >= 5 and difflib.SequenceMatcher(
            None, folded[-len(word):], word).ratio() >= TYPO_HEAD_SIMILARITY)

    return any((stem in fold(sentence.lower()) or any(same_head(fold(w)) for w in re.findall(r"\w+", sentence.lower())))
               and _MEMBERSHIP.search(sentence) for sentence in _SENTENCE_OR_LINE.split(text))


TYPO_HEAD_SIMILARITY = 0.85  # "nämden" typed for "nämnden" (0.86); "rådet" is no "nämnden"


def _without_genitive_owner(question: str) -> str:
    """A genitive before a count names whose things they are, a name of several words too: "lista jämtlands fem
    strategier", "Vilka är Jämtland Härjedalens fem strategier?" ask for strategier."""
    return re.sub(r"\b(?:[A-ZÅÄÖ]\w+\s+)*\w+s\s+(?=(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|\d+)\s)", "", question)


def counted_noun(question: str) -> str | None:
    """The thing a "hur många X" / "vem är X" / "var finns X" question is about ("invånare",
    "ordförande"), which the answer must name; or None (never a word for any kind of thing:
    "Vilka är huvudpunkterna?")."""
    if _MEMBERS.search(question):
        return "ledamöter"
    match = _COUNTED.search(_without_genitive_owner(question))
    if not match or match.group(1).lower() in _NOT_COUNTED or match.group(1).lower() in _MAIN_POINTS \
            or match.group(1).lower() in _REASON_WORDS:  # "vilka är skälen …?": the reasons, in whatever words
        return None
    word = match.group(1).lower()
    return ROLE_ABBREVIATIONS.get(word, word)  # ("ssk": sjuksköterska, as the documents write it)


# "Hur många hälsocentraler och sjukhus har regionen?": a second thing counted in the same breath
_ALSO_COUNTED = re.compile(r"\b(?:hur m[åa]nga|antal(?:et)?)\s+[a-zåäö]{4,}\s+(?:och|samt|respektive|resp\.?)\s+([a-zåäö]{4,})\b", re.I)


def also_counted(question: str) -> str:
    """The second thing a count asks for ("Hur många hälsocentraler och sjukhus …?" -> "sjukhus"), or ""."""
    match = _ALSO_COUNTED.search(question)
    return match.group(1).lower() if match and match.group(1).lower() not in _NOT_COUNTED else ""


def word_and_next(text: str, word: str) -> str:
    """The word and the word after it in text ("contact person" for "contact"), or ""."""
    match = re.search(rf"\b{re.escape(word)}\s+(\w+)", text, re.I)
    return f"{word} {match.group(1)}" if match else ""


# "Hur många har svarat på enkäten?": those counted are named by what they did, which the answer must say.
_COUNTED_DOERS = re.compile(r"\bhur m[åa]nga\s+(?:har|hade|som)\s+(?:(?:redan|faktiskt|egentligen|hittills)\s+)?([a-zåäö]{4,})", re.I)


# "Hur många hälsocentraler har hittills infört egenmonitorering?": those counted who have done a thing, which the
# answer must name (not "sammanlagt 31 stycken mottagningar")
_COUNTED_HAVE_DONE = re.compile(r"\bhur\s+m[åa]nga\s+[^\W\d]{4,}\s+(?:har|hade|som\s+har)\s+(?:(?:redan|hittills|faktiskt|nu)\s+)?"
                                r"(?:[^\W\d]{3,}(?:rt|at|it|tt|gt|dt))\s+(?P<what>[^\W\d]{6,})\b", re.I)


def counted_have_done(question: str) -> str:
    """What those counted have done something to ("Hur många hälsocentraler har hittills infört egenmonitorering?"
    -> "egenmonitorering"), or ""."""
    match = _COUNTED_HAVE_DONE.search(question)
    return match["what"] if match else ""


def counted_doing(question: str) -> str:
    """For a count with no counted noun, the word for what those counted did or have ("Hur många har
    svarat …?" -> "svarat"), which the answer must name; or ""."""
    match = _COUNTED_DOERS.search(question)
    return match.group(1) if match and not counted_noun(question) else ""


# "Hur många nya tandläkare ska folktandvården rekrytera?": a count of those to be hired, which only a sentence on
# hiring answers (not "Folktandvård bedrivs vid 24 tandvårdsmottagningar …")
_COUNTED_HIRING = re.compile(r"\bhur\s+m[åa]nga\b[^?.!]*?\b(?P<verb>rekryter|anställ|nyanställ|tillsätt)\w*", re.I)


def counted_hiring(question: str) -> str:
    """The stem of the hiring a count asks about ("rekryter"), or ""."""
    match = _COUNTED_HIRING.search(question)
    return match["verb"].lower() if match else ""


# "Hur många procent av norrbottningarna har högt blodtryck?": a share is of those who have or do something,
# which the answer's number must be a share of (not "77 procent" of those positive to e-tjänster)
# (only of a condition had: what people think is said in many ways, "tycker det är okej att sköta … via appen")
_SHARE_ASKED = r"\bhur\s+(?:många|manga|stor)\s+(?:procent|andel)\b"  # "Hur stor andel …?", "Hur många procent …?"
_SHARE_OF = re.compile(_SHARE_ASKED + r"[^?]*?\b(?:har|hade|lider\s+av|drabbas\s+av|röker|dricker)\s+(?P<what>[^?,.]+)", re.I)


# "Hur stor andel …?", "Hur många procent …?": a share, which the answer must state as one
_ASKS_SHARE = re.compile(_SHARE_ASKED, re.I)
_STATES_SHARE = re.compile(r"\d+(?:[,.]\d+)?\s*(?:%|procent)|\bhälften\b|\w*(?:tredjedel|fjärdedel|femtedel)\w*|"
                           r"\bvar\s+(?:annan|tredje|fjärde|femte|tionde)\b|\bmajoriteten\b|\bflertalet\b", re.I)


def asks_share(question: str) -> bool:
    """Whether a question asks for a share ("Hur stor andel av vårdpersonalen är inhyrd?")."""
    return bool(_ASKS_SHARE.search(question))


# "Hur stor del av vården går till dem över 65?": a share, which "majoriteten", "en betydande del" answer (wider than
# `asks_share`/`states_share`, which a share asked in per cent must meet; this only lets a count's checks accept it)
_SHARE_OF_ASKED = re.compile(r"\bhur\s+stor\s+(?:del|andel)\b|\bvilken\s+andel\b|\bhur\s+mycket\s+av\b|"
                          r"\bhow\s+(?:much\s+of|large\s+a\s+(?:share|part))\b", re.I)
_SHARE_IN_WORDS = re.compile(r"\b(?:majoriteten|merparten|huvuddelen|flertalet|de\s+flesta|hälften|"
                         r"en\s+(?:stor|betydande|större|mindre|liten)\s+(?:del|andel)|(?:en|två)\s+tredjedel(?:en|ar)?|"
                         r"(?:en|tre)\s+fjärdedel(?:en|ar)?)\b", re.I)


# "Hur ofta ska mobiltandvården åka ut …?": how often, answered by a frequency, not any number ("77 procent")
_ASKS_FREQUENCY = re.compile(r"\b(?:hur\s+ofta|hur\s+många\s+gånger|how\s+often|how\s+many\s+times)\b", re.I)
_TELLS_FREQUENCY = re.compile(r"\b(?:varje|var\s+(?:\w+\s+)?(?:vecka|månad|dag|år)|gång(?:er)?\b|per\s+(?:dag|vecka|månad|"
                              r"år|termin|kvartal)|dagligen|veckovis|månadsvis|årligen|årlig\w*|halvårs\w*|kvartals\w*|"
                              r"regelbund\w*|löpande|kontinuerlig\w*|återkommande|frekvens\w*|ofta|sällan|"
                              r"\w+(?:möte|träff|uppföljning)(?:en|ar|arna)?\s+(?:varje|var)\b)", re.I)


def asks_frequency(question: str) -> bool:
    """Whether a question asks how often ("Hur ofta …?", "How often …?")."""
    return bool(_ASKS_FREQUENCY.search(question))


# "Finns det någon tidsgräns för hur snabbt …?", "… någon tidsplan …?": whether a time is set, which only a date or
# a span of time answers
_ASKS_TIME_FRAME = re.compile(r"\b(?:tidsgräns\w*|tidsplan\w*|tidsram\w*|tidsbegräns\w*|deadline\w*|slutdatum\w*|"
                              r"tidsfrist\w*|tidpunkt\w*|time\s?(?:limit|frame|line|table)s?)\b", re.I)
_TELLS_SPAN = re.compile(r"\binom\s+(?:\d+|en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio)\s+(?:dag|dygn|vecka|veckor|"
                         r"månad|år|timm)\w*|\b(?:senast|före|till och med|t\.o\.m\.)\s+\w+", re.I)


# "gäller den till ett visst år, typ 2030 som en del andra regioner har?": how long it holds, whatever the aside
_HOLDS_UNTIL = re.compile(r"^\s*(?:(?:och|men|o)\s+)?(?:gäller|löper)\s+(?P<thing>den|det|dom|de|\w*(?:målbild|plan|strategi)\w*"
                          r"(?:\s+(?:i|för)\s+\w+(?:\s+\w+)??)?)\s+(?:till|fram\s+till|ut)\s+(?:ett\s+vis+t\s+år|något\s+(?:vis+t\s+)?år|ett\s+slutår|när|(?:19|20)\d\d)\b"
                          r"[^?]*\?*\s*$", re.I)


def holds_until(question: str) -> str:
    """"Gäller den till ett visst år, …?" asked as "Hur länge gäller den?", or ""."""
    match = _HOLDS_UNTIL.match(question)
    return f"Hur länge gäller {match['thing']}?" if match else ""


def asks_time_frame(question: str) -> bool:
    """Whether a question asks whether a time is set for something ("Finns det någon tidsgräns …?")."""
    return bool(_ASKS_TIME_FRAME.search(question))


def tells_time_frame(text: str) -> bool:
    """Whether a text sets a time – a date, a year or a span ("inom tre veckor", "senast 2025") – or says of one
    ("Inte ha en tidsbegränsning på målbilden")."""
    return has_kind("date", text) or bool(_TELLS_SPAN.search(text)) or bool(_ASKS_TIME_FRAME.search(text))


def tells_frequency(text: str) -> bool:
    """Whether a text says how often something is done ("varje vecka", "två gånger per år", "regelbundet")."""
    return bool(_TELLS_FREQUENCY.search(text))


def tells_share(answer: str, question: str) -> bool:
    """Whether a question asks how large a share is and the answer says it in words ("majoriteten av …")."""
    return bool(_SHARE_OF_ASKED.search(question) and _SHARE_IN_WORDS.search(answer))


_HOW_MANY = re.compile(r"\bhur\s+många\b(?!\s+(?:procent|%))|\bhow\s+many\b(?!\s+per\s*cent)", re.I)
_PER_CENT = re.compile(r"\d+(?:[,.]\d+)?\s*(?:%|procent\b)", re.I)


def gives_count(text: str, question: str) -> bool:
    """Whether a text gives a count when a question asks how many, not only a share of them ("Två tredjedelar av
    de som avlider …" does not say how many died); True for a question that asks no count."""
    if not _HOW_MANY.search(question) or asks_share(question) or asks_percent(question):
        return True
    return has_kind("number", _PER_CENT.sub(" ", _SHARE_IN_WORDS.sub(" ", text)))


def states_share(text: str, question: str = "", english: bool = False) -> bool:
    """Whether a text states a share ("77 procent", "hälften", "Två tredjedelar", "majoriteten"); with a
    question, in a text that names something the question asks a share of ("… de som dör i suicid …": not
    "77 procent" of those positive to e-tjänster)."""
    if not _STATES_SHARE.search(text):
        return False
    asked = _share_topic(question) if question else ()
    if english:  # (an English question's reading keeps English words: any of its words the text says)
        return not asked or any(mentions(text, w) for w in asked)
    # (its longest word, the thing itself: "nationell minoritet" is not said by "nationella riktlinjer")
    return not asked or mentions(text, max(reversed(asked), key=len))  # (of two as long, the last: the head noun)


@functools.lru_cache(maxsize=256)
def _share_topic(question: str) -> tuple[str, ...]:
    """The words of what a share question asks a share of (cached: the composer weighs every candidate sentence)."""
    # (not the whole the share is taken of: "Hur stor andel av norrbottningarna tillhör en nationell minoritet?" asks
    # of the minority, which "77 procent" of norrbottningarna positive to e-tjänster is not)
    whole = re.search(_SHARE_ASKED + r"\s+av\s+(?:alla\s+)?(\w{5,})", question, re.I)
    return tuple(w for w in topic_words(_ASKS_SHARE.sub(" ", question)).split()
                 if len(w) >= SHARE_TOPIC_LETTERS and not regions_named(w) and not (whole and w == whole.group(1)))


SHARE_TOPIC_LETTERS = 5  # shorter words ("dör", "män") say too little of whom a share is

# "hur mycket andelen inhyrd personal ska minska": the share asked of is of a thing, which its answer must name
_SHARE_ASKED_OF = re.compile(r"\b(?:andel(?:en)?|procentandel(?:en)?)\s+(?:av\s+)?(?P<of>(?:(?!som\b|ska\b|skall\b|är\b|har\b|"
                       r"blir\b|kan\b|bör\b|av\b|i\b|på\b|till\b)[^\W\d]+\s*){1,3})", re.I)


def share_of(question: str) -> str:
    """What a share asked of is a share of ("… hur mycket andelen inhyrd personal ska minska …" -> "inhyrd personal"),
    or "" (a share of the people with a property, "andelen som är positiva", is `property_counted`)."""
    match = _SHARE_ASKED_OF.search(question)
    if not match or re.search(r"\b(?:är|var|tycker|anser|uppger|känner|vill|are|is|think|feel)\b", question[match.end():], re.I):
        return ""  # ("hur stor andel av folket i länet tycker att …?": of the people with a property)
    return match["of"].strip()


# "hur många norrbottningar är positiva till digitala tjänster?": a count of the people with a property, which a
# share of them answers ("Andelen som är positiva … uppgår till 77 procent")
_COUNTED_WITH_PROPERTY = re.compile(r"\bhur många (?:\w+ )?(?:som\s+)?(?:är|tycker|anser|uppger|känner sig|vill)\s+"
                                    r"(?P<what>[^?.!]+)", re.I)


def counts_by_property(question: str) -> bool:
    """Whether a "hur många X (som) är/tycker …" question counts people by a property ("… som tycker det är okej att
    sköta vårdkontakter digitalt?")."""
    return bool(_COUNTED_WITH_PROPERTY.search(question))


def property_counted(question: str) -> str:
    """The longest word of the property a "hur många X är …" question counts people by ("positiva"), or ""."""
    match = _COUNTED_WITH_PROPERTY.search(question)
    words = [w for w in topic_words(match["what"]).split() if len(w) >= SHARE_TOPIC_LETTERS] if match else []
    return max(words, key=len) if words else ""


def share_predicate(question: str) -> str:
    """The longest topic word of what a share is of ("Hur många procent … har högt blodtryck?" -> "blodtryck"), or ""."""
    match = _SHARE_OF.search(question)
    words = topic_words(match["what"]).split() if match else []
    return max(words, key=len) if words and len(max(words, key=len)) >= 5 else ""


# "Vilka var med på kick-offen?", "Vem deltog i workshopen?": who took part in an event the question names.
_PARTICIPANTS = re.compile(r"\b(?:vilka|vem|vilken)\b.{0,20}?\b(?:var med|deltog|deltar|medverkade|var inbjudna|bjöds in)"
                           r"\s+(?:på|i|vid|under|till)\s+(?:den\s+|det\s+|själva\s+)?(?P<event>[\w-]{4,})", re.I)


def participants_of(question: str) -> str:
    """The event whose participants a question asks for ("kick-offen"), or ""."""
    match = _PARTICIPANTS.search(question)
    return match["event"] if match else ""


# What a document says it does: "Strategin … ska konkretisera målbilden", "Planen syftar till …".
_SAYS_PURPOSE = re.compile(r"\b(?:ska|skall|syftar|beskriver|tydliggör|innehåller|visar|handlar)\b", re.I)


def says_purpose(sentence: str) -> bool:
    """Whether a sentence says what something is for or does (a document about itself)."""
    return bool(_SAYS_PURPOSE.search(sentence))


# "Vad är syftet med strategin?", "Kan du kort sammanfatta vad strategin ska åstadkomma?", "Vad är planen till för?":
# what a thing is for (a document's purpose is what it says of itself)
_PURPOSE_OF = re.compile(r"\bsyfte(?:t)?\s+(?:med|för)\s+(?P<a>[^?]+?)\s*(?:\?|$)"
                         r"|\bvad\s+(?P<b>[^?]+?)\s+(?:ska|skall|vill)\s+(?:åstadkomma|uppnå|leda till)\b"
                         r"|\bvad\s+(?:ska|skall|vill)\s+(?P<e>[^?,]+?)\s+(?:åstadkomma|uppnå)\b"  # "Vad vill Västernorrland uppnå?"
                         r"|\bvad\s+(?:är|finns)\s+(?P<c>[^?]+?)\s+till\s+för\b"
                         r"|\bpurpose\s+of\s+(?P<d>[^?]+?)\s*(?:\?|$)", re.I)


_ASKS_CONTENTS = re.compile(r"\bvad\s+(?P<x>(?:[\w-]+\s+){1,4}?)(?:innehåller|tar upp)\b", re.I)


def contents_of(question: str) -> str:
    """The thing whose contents a question asks for ("… en överblick över vad Norrbottens
    målbildsbroschyr innehåller" -> "Norrbottens målbildsbroschyr"), or ""."""
    match = _ASKS_CONTENTS.search(question)
    return match["x"].strip() if match else ""


def purpose_of(question: str) -> str:
    """The thing whose purpose a question asks for ("Vad är syftet med strategin?" -> "strategin"), or ""."""
    match = _PURPOSE_OF.search(question)
    return next((g for g in match.groups() if g), "").strip() if match else ""


# "Hur många delar består målbilden av i Västernorrland?", "Vilka delar består den av?", "Vad består
# målbilden av?": what a thing is made of is the thing's own section, its lead and its list.
_PART_NOUNS = r"delar|punkter|beståndsdelar|komponenter|byggstenar|teman|delområden|huvudområden"  # what a thing's parts are called
_PARTS = re.compile(rf"\b(?:(?:hur många|vilka)\s+(?:{_PART_NOUNS})\s+"
                    r"(?:består|har|innehåller)|vad består)\s+(?P<thing>.+?)(?:\s+av)?"
                    r"(?P<rest>\s+(?:i|för|enligt|inom|hos)\s+[^?]+?)?\s*(?:av)?\s*\??$", re.I)


def one_of_alternatives(question: str) -> str:
    """"vilka områden/rubriker finns …" -> "vilka rubriker finns …": of two words typed as alternatives
    the last is read (the asker's second try at the word)."""
    # (of three or more too: "strategier/punkter/delområden" -> "delområden")
    return re.sub(r"\b[^\W\d_]+(?:/[^\W\d_]+)*/([^\W\d_]+)\b", r"\1", question)


# "har nämnden ansvar för vårdval primärvård eller bara för hälsocentralerna i egen regi?": two things asked
# between, each after its preposition
_PREPOSITION = r"(?:för|om|i|på|med|till|av|inom)"
# ("… antagen av kommunfullmäktige ute i kommunerna, eller har bara regionen beslutat?": the second a clause)
_ALTERNATIVES = re.compile(rf"\b{_PREPOSITION}\s+(?P<a>[^,?]+?),?\s+eller\s+(?:(?:har|är|gäller)\s+(?=\w+\s+\w+))?"
                           rf"(?:(?:bara|enbart|endast|också|även|kanske)\s+)?"
                           rf"(?:{_PREPOSITION}\s+)?(?P<b>[^,?]+)", re.I)


def alternatives(question: str) -> tuple[str, str] | None:
    """The two things a yes/no question asks between ("… för vårdval primärvård eller bara för
    hälsocentralerna i egen regi?" -> ("vårdval primärvård", "hälsocentralerna i egen regi")), or None."""
    match = _ALTERNATIVES.search(question)
    if not match or match["b"].strip().lower() in ("inte", "not", "så", "nåt", "något", "någon"):
        return None  # "… eller inte?" asks yes or no, not between two things
    return match["a"].strip(), match["b"].strip()


# "och när började det hela, alltså när bestämdes det att …?": the question said again, the way meant
_RESTATED = re.compile(r"^(?P<first>.*?\b(?:vad|vem|vilka|vilken|vilket|när|hur|varför|var)\b.*?)[,;–-]?\s+"
                       r"(?:alltså|dvs\.?|det vill säga|jag menar|menar)\s*,?\s+"
                       r"(?P<again>(?:vad|vem|vilka|vilken|vilket|när|hur|varför|var)\b.+)$", re.I)


VAGUE_FIRST_TRY_WORDS = 6
_MEANS_FOR_ME_IN = re.compile(r"^\s*(?:och\s+)?vad\s+(?:betyder|innebär)\s+(?P<document>[^?,]{3,60}?)\s+för\s+(?:mig|oss)\b", re.I)
_SAYS_ABOUT = re.compile(r"^\s*vad\s+(?:står\s+det|sägs\s+det|säger\s+(?:den|det|de|dom))\s+om\s+\w", re.I)


def restated(question: str) -> str:
    """Of a question asked twice in one ("när började det hela, alltså när bestämdes det …?") the second,
    more precise asking (with the "och" the first leaned on, for a follow-up)."""
    match = _RESTATED.match(question.strip())
    # ("Vad betyder nämndens verksamhetsplan för mig som tandläkare, alltså vad står det om tandvården?": what the
    # document says of the asker's part of care, asked of that document)
    of_me = _MEANS_FOR_ME_IN.match(match["first"]) if match else None
    said = _SAYS_ABOUT.match(match["again"]) if of_me else None
    if said and not points_back(of_me["document"]):
        return f"{match['again'].rstrip(' ?')} i {of_me['document']}?"
    # (only a vague first try: "vem ligger bakom den?" after "Vem har bett om att länsstrategin …" leans on the first)
    if not match or len(match["first"].split()) > VAGUE_FIRST_TRY_WORDS or not points_back(match["first"]):
        return question
    lean = re.match(r"\s*(och|men)\s+", match["first"], re.I)
    return f"{lean.group(1)} {match['again']}" if lean else match["again"][:1].upper() + match["again"][1:]


# "Vilken slogan har målbilden i Jämtland Härjedalen?", "vad är mottot för Norrbottens målbild?": a thing's
# motto is the line its section opens with ("“Tillsammans för god hälsa hela livet”"): what the thing is
_MOTTO_WORD = r"(?:slogan|sloganen|sloganet|motto|mottot|devis|devisen|ledord|ledordet|paroll|parollen|tagline|rubrik|rubriken|" \
    r"(?:huvud|kärn)?budskap(?:et)?)"  # ("Vad är själva huvudbudskapet eller sloganen i den målbilden?")
_MOTTO = re.compile(rf"^\s*(?P<lean>(?:och|men)\s+)?(?:vilken|vilket|vad\s+är|vad\s+har)\s+(?:det\s+för\s+|den|det|en|ett)?\s*"
                    rf"(?:själva\s+|egentliga\s+)?{_MOTTO_WORD}(?:\s+(?:eller|och|alltså)\s+(?:själva\s+)?{_MOTTO_WORD})?\s+"
                    r"(?:har|för|i|på|till|hos|of)?\s*(?P<thing>[^?]{4,}?)\s*(?:för\s+(?:slogan|motto|devis))?\s*\??\s*$", re.I)


# "Vad är målet i Jämtland Härjedalens målbild?": the goal a målbild states is its motto, what the målbild is
_GOAL_OF_VISION = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?(?:vad|vilket)\s+är\s+(?:det\s+)?(?:övergripande\s+|stora\s+)?"
                             r"(?:målet|huvudmålet)\s+(?:i|med|för)\s+(?P<thing>[^?]*\bmålbild\w*[^?]*?)\s*\??\s*$", re.I)


# "Vad heter vår målbild (och vilka strategier ingår i den)?": a målbild's name is the motto its slide opens with
# (the målbild itself, a few words on: not "Vad heter reklambyrån som gjorde … målbilden?")
_NAME_OF_VISION = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?vad\s+heter\s+(?P<thing>(?:(?!som\b)[\w-]+\s+){0,3}?målbild\w*[^?]*?)"
                             r"\s*\??\s*$", re.I)


# "Chefen visade en bild med nån slogan för länets målbild men jag hann inte skriva ner, vad hette den …?": the name
# asked is that of the thing the statement before names
_NAME_THEN_ASKED = re.compile(r"\b(?:nån|någon|något|nåt|en|ett)\s+(?P<thing>(?:slogan|motto|devis|namn|rubrik|ledord)\s+"
                              r"(?:för|på|till|i)\s+[^,.?]+?)\s+(?:men|och)\b[^,.?]*[,.]\s*"
                              r"vad\s+(?:hette|heter)\s+(?:den|det|den\s+nu|det\s+nu)\b(?P<rest>[^?]*)\??\s*$", re.I)


def name_then_asked(question: str) -> str:
    """A statement naming a thing whose name the asker lacks, then "vad hette den?", asked of that thing ("… nån slogan
    för länets målbild men jag hann inte skriva ner, vad hette den och …?" -> "Vad heter slogan för länets målbild
    och …?"), or ""."""
    match = _NAME_THEN_ASKED.search(question)
    return f"Vad heter {match['thing']}{match['rest'].rstrip()}?" if match else ""


def motto_of(question: str) -> str:
    """A question for a thing's motto read as what the thing is ("Vilken slogan har målbilden i Jämtland
    Härjedalen?" -> "Vad är målbilden i Jämtland Härjedalen?"), or ""."""
    match = _MOTTO.match(question) or _GOAL_OF_VISION.match(question) or _NAME_OF_VISION.match(question)
    # (a thing, not only whose it is: "Vilket motto har Region Norrbotten?" asks for the region's vision)
    if not match or not re.search(r"\b(?!region)[a-zåäö]\w{3,}", match["thing"]) \
            or re.match(r"(?:om|kring|about)\s", match["thing"], re.I):  # (a message on a topic: "… budskapet om samverkan")
        return ""
    asked = f"{match['lean']}vad är {match['thing']}?" if match["lean"] else f"Vad är {match['thing']}?"
    # ("Vad heter sloganen för målbilden …?": the name asked is the slogan's, which is what the målbild is)
    return (motto_of(asked) if _MOTTO.match(asked) else "") or asked


# "Vad har Jämtland Härjedalen för målbild?", "vad har nämnden för uppdrag?": what a named one's thing is (not
# "Vad har vi för …": the asker's own)
_HAS_FOR = re.compile(r"^\s*(?P<lean>(?i:och|men)\s+)?(?i:vad\s+har)\s+(?P<who>(?i:region\s+)?[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?|"
                      # (a region typed in lower case: "vad har västernorrland för målbild?")
                      r"(?i:jämtland\s+härjedalen|västernorrland|norrbotten)|"
                      r"(?i:nämnden|regionen|kommunerna|länet))\s+(?i:för)\s+(?P<thing>[^?]{4,}?)\s*\??\s*$")


# "Vad ska nämnden satsa på under planperioden?": what a body is to put its effort on, with nothing named after
# "på", is its "inriktningar och uppdrag" (not "Ska vi satsa på digitala eller fysiska vårdmöten?")
_INVESTOR = r"(?P<who>(?!(?:vi|jag|man|du|ni|det|den)\b)[\w\s-]{3,60}?)"
_WHEN_AFTER_SATSA = r"(?P<when>\s+(?:under|de|i|för)\b[^?.!]*)?(?=\s*[?.!]|\s*$)"
_INVESTS_IN = re.compile(rf"^\s*vad\s+(?:ska|skall|vill|kommer)\s+{_INVESTOR}\s+(?:att\s+)?satsa\s+på{_WHEN_AFTER_SATSA}", re.I)
# (in a clause: "Kan du sammanfatta vad nämnden ska satsa på …")
# (or what it thinks or plans to: "sammanfatta vad nämnden tänker satsa på")
_INVESTS_IN_CLAUSE = re.compile(rf"\bvad\s+{_INVESTOR}\s+(?:ska|skall|vill|kommer att|tänker|planerar att|planerar|"
                                rf"har tänkt|avser att)\s+satsa\s+på{_WHEN_AFTER_SATSA}", re.I)


# ("sammanfatta vad nämnden ska jobba med 2025–2027": what it is to work on in a period, its inriktningar and uppdrag)
# (or focus on: "… vad hälso- och sjukvårdsnämnden ska fokusera på under 2025–2027")
_WORKS_ON_IN_PERIOD = re.compile(r"\bvad\s+(?P<who>(?:hälso-\s+och\s+sjukvårds)?nämnden)\s+(?:ska|skall|kommer\s+att)\s+"
                                 r"(?:(?:jobba|arbeta)\s+med|fokusera\s+på|prioritera)(?P<when>\s+(?:under\s+|för\s+|i\s+)?(?:perioden\s+)?"
                                 r"20\d\d\s*[–—-]\s*(?:20)?\d\d)(?=\s*[?.!]|\s*$)", re.I)


def invested_in(question: str) -> str:
    """"vad X ska satsa på" read as "vilka inriktningar och uppdrag X har" (the plan's words for it), or "" (and
    of a part of the care, no body with tasks, what the documents say it is to do: "Vad ska folktandvården satsa
    på de kommande åren?")."""
    if _THING_DOING.search(question):
        return ""
    if match := _INVESTS_IN.search(question):
        said = f"Vilka inriktningar och uppdrag har {match['who']}{match['when'] or ''}"
    elif match := _INVESTS_IN_CLAUSE.search(question) or _WORKS_ON_IN_PERIOD.search(question):
        said = f"vilka inriktningar och uppdrag {match['who']} har{match['when'] or ''}"
    else:
        return ""
    return question[:match.start()] + said + question[match.end():]


# "Strategin och de lokala handlingsplanerna i Norrbotten – vad är det för skillnad på vad de ska åstadkomma?": the two
# things first, then the contrast asked of them
_PAIR_FIRST = re.compile(r"^\s*(?P<a>[\w-]+(?:\s+[\w-]+){0,3}?)\s+och\s+(?P<b>[\w-]+(?:\s+[\w-]+){0,5}?)\s*[–—,:-]\s*"
                         r"(?:vad\s+är\s+(?:det\s+för\s+)?skillnad(?:en)?|hur\s+skiljer\s+(?:de|dom)\s+sig(?:\s+åt)?|"
                         r"vad\s+skiljer\s+(?:dem|dom)(?:\s+åt)?)\b(?P<rest>[^?]*)\??\s*$", re.I)


def pair_first(question: str) -> str:
    """"X och Y – vad är det för skillnad …?" read as "Vad är skillnaden mellan X och Y …?", or ""."""
    match = _PAIR_FIRST.match(question)
    if not match:
        return ""
    rest = re.sub(r"^\s*(?:på|i)\s+", " i fråga om ", match["rest"]) if match["rest"].strip() else ""
    return f"Vad är skillnaden mellan {match['a']} och {match['b']}{rest}?"


# "Vad är skillnaden mellan hur Västernorrland och Jämtland Härjedalen tog fram sina målbilder, alltså vad byggde de
# på?": how two did a thing, set side by side (the restating "alltså …" says it again)
_DIFFERENCE_IN_HOW = re.compile(r"^\s*(?:och\s+)?(?:vad\s+(?:är|e)\s+(?:det\s+för\s+)?skillnad(?:en)?|vilken\s+skillnad\s+"
                                r"(?:finns\s+det\s+|är\s+det\s+)?)\s+(?:mellan|på|i)\s+(?P<how>(?:hur|när|varför)\s+[^?,–]+?\s+och\s+[^?,–]+?)"
                                # ("… – vilka fick vara med och tycka till?": what the how is said to be about)
                                r"(?:\s*(?:,|–|-)\s*(?:alltså|dvs|typ|eller|vilka|vem|vad|hur)\b[^?]*)?\s*\??\s*$", re.I)


def difference_in_how(question: str) -> str:
    """"Vad är skillnaden mellan hur X och Y tog fram sina målbilder, alltså …?" read as "Hur skiljer sig hur X och Y
    tog fram sina målbilder?" (each one's how, in rows), or ""."""
    match = _DIFFERENCE_IN_HOW.match(question)
    return f"Hur skiljer sig {match['how'].strip()}?" if match else ""


# "Vad är det enligt planen som gör att …?", "vad är det som ska hända …?": the cleft says "vad gör att …"
_WHAT_CLEFT = re.compile(r"^(?P<lead>\s*(?:och\s+)?)vad\s+(?:är|var|e)\s+det\s+(?P<scope>(?:enligt|i)\s+[\w\s:-]{3,40}?\s+)?"
                         r"som\s+(?P<rest>[^?]+?)(?P<end>\s*\?.*)?$", re.I | re.S)


# "Vad har Jämtland Härjedalen för målbild när det gäller nära vård?": what every document is about, said after the
# document asked of, narrows nothing
_NEAR_CARE_SCOPE = re.compile(r"\s*,?\s*(?:när\s+det\s+gäller|vad\s+gäller|inom|kring|gällande|för)\s+(?:(?:den|omställningen\s+till)\s+)?"
                              r"nära\s+vård(?:en)?(?=\s*[?.!]?\s*$)", re.I)
_DOCUMENT_KIND = re.compile(r"\b(?:målbild|strategi|verksamhetsplan|färdplan)\w*", re.I)


# "Vad utgick arbetsgruppen i Jämtland Härjedalen ifrån när de gjorde om målbilden?": what the work started from
_STARTED_FROM = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?vad\s+(?:utgick|utgår|har)\s+(?P<who>[^?]{2,60}?)\s+"
                           r"(?:(?:ut)?gått\s+)?(?:i)?från\b(?P<rest>[^?]*)\??\s*$", re.I)


# "Vad byggde Jämtland Härjedalens målbild på – frågade man patienterna vad de tyckte?": what it was made from (in the
# past: the documents' own "bygger på följande tre grundprinciper" is what a thing is, not where its work started)
# (in the present too, of a målbild, which is no list of principles: "vad bygger Jämtland Härjedalens målbild på?")
_BUILT_ON = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?vad\s+(?:byggde|baserades|grundade|grundades|"
                       r"(?:bygger|baseras|grundar)(?=\s+[^?–—]{0,50}?målbild\w*\s+(?:sig\s+)?på\b))\s+(?P<who>[^?–—]{2,60}?)\s+"
                       r"(?:sig\s+)?på\b(?P<rest>[^?–—]*?)\s*(?:\?|[–—]\s*[^?]*\??|,\s*(?:eller|och)\s+[^?]*\??)?\s*$", re.I)


def starting_point(question: str) -> str:
    """"Vad utgick X ifrån …?" (or "Vad byggde X på?") read as "Vad var utgångspunkten för X …?" (the documents'
    word), or ""."""
    built = _BUILT_ON.match(question)
    if built:
        # ("vad byggde västernorrland sin målbild på?": Västernorrland's målbild)
        who = re.sub(r"^(?P<owner>\w[\w ]*?\w)\s+(?:sin|sitt|sina)\s+", lambda m: f"{m['owner']}s ", built["who"].strip(), flags=re.I)
        return _asked_with_lean(built["lean"], f"vad var utgångspunkten för {who}{built['rest'].rstrip()}?")
    match = _STARTED_FROM.match(question)
    # (what work started from, told after it: not "Vad utgår värdegrunden från?", the documents' own "utgår från")
    if not match or not re.search(r"\butg(?:ick|ått)\b", question, re.I):
        return ""
    who = match["who"].strip()
    of = "" if who.lower() in ("de", "dom", "man", "ni", "vi", "den", "det") else f" för {who}"
    return _asked_with_lean(match["lean"], f"vad var utgångspunkten{of}{match['rest'].rstrip()}?")


# "Under vilken riktningsförändring hamnar SIP i strategin?": which of the things a thing belongs under
_UNDER_WHICH = re.compile(r"^\s*(?P<lean>(?:och|men|o|å)\s+)?under\s+(?P<which>vilken|vilket|vilka)\s+(?P<kind>[\w-]+)\s+"
                          # (not where a statement stands: "Under vilken rubrik står det att …?" asks its heading)
                          r"(?:hamnar|hör|faller|passar)\s+(?P<thing>[^?]+?)(?:\s+(?:in|till))?\s*\??\s*$",
                          re.I)


def under_which(question: str) -> str:
    """"Under vilken X hamnar Y …?" read as "Vilken X passar Y …?" (the item placed under its heading), or ""."""
    match = _UNDER_WHICH.match(question)
    if not match:
        return ""
    return _asked_with_lean(match["lean"], f"{match['which'].lower()} {match['kind']} passar {match['thing'].strip()}?")


# "vilka räknas som nationella minoriteter?": which are they
_COUNTED_AS = re.compile(r"^\s*(?P<lean>(?:och|men|o|å)\s+)?(?P<which>vilka|vem|vad)\s+(?:räknas|klassas|definieras|ses)\s+som\s+"
                         r"(?P<x>[^?]{3,}?)\s*\??\s*$", re.I)


# "Vilka slags insatser räknar nämndens verksamhetsplan som hälsofrämjande arbete?": what the document counts so
_DOCUMENT_COUNTS_AS = re.compile(r"^\s*(?P<lean>(?:och|men|o|å)\s+)?(?:vilka|vad\s+för)\s+(?:slags\s+|sorters\s+|typer\s+av\s+)?"
                                 r"(?P<what>[\w-]+)\s+(?:räknar|klassar|ser|definierar)\s+"
                                 r"(?P<doc>(?:[\w:-]+\s+){0,3}?(?:plan|planen|strategi|strategin|målbild|målbilden|dokumentet|"
                                 r"verksamhetsplan|verksamhetsplanen|dokumenten)\w*)\s+som\s+(?P<x>[^?]{3,}?)\s*\??\s*$", re.I)


def counted_as(question: str) -> str:
    """"vilka räknas som X?" read as "vilka är X?" ("Vilka slags insatser räknar planen som hälsofrämjande arbete?" as
    "Vilka insatser räknas som hälsofrämjande arbete i planen?"), or ""."""
    counts = _DOCUMENT_COUNTS_AS.match(question)
    if counts:
        return _asked_with_lean(counts["lean"], f"vilka {counts['what']} räknas som {counts['x']} i {counts['doc']}?")
    match = _COUNTED_AS.match(question)
    return _asked_with_lean(match["lean"], f"{match['which'].lower()} är {match['x']}?") if match else ""


# "Hur ska kommunen och regionen samverka enligt strategin?": what the documents say of their samverkan
_HOW_TO_COOPERATE = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?hur\s+(?:ska|skall|bör|kan|behöver)\s+(?P<who>[^?]{2,60}?)\s+"
                               r"(?:samverka|samarbeta|jobba\s+ihop|arbeta\s+ihop|jobba\s+tillsammans|arbeta\s+tillsammans)"
                               r"(?P<rest>(?:\s+(?:enligt|i)\s+[^?]+)?)\s*\??\s*$", re.I)


def how_to_cooperate(question: str) -> str:
    """"Hur ska A och B samverka …?" read as "Vad står det om samverkan mellan A och B …?" (the documents' word, which
    heads a section of its own), or ""."""
    match = _HOW_TO_COOPERATE.match(question)
    if not match:
        return ""
    between = f" mellan {match['who'].strip()}" if re.search(r"\s(?:och|med)\s", match["who"]) else ""
    return _asked_with_lean(match["lean"], f"vad står det om samverkan{between}{match['rest'].rstrip()}?")


# "står det nåt om hur tandvården ska vara med i samverkan kring nära vård?": whether the thing is to take part
_SAID_HOW_PART = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?(?:står|sägs|skrivs)\s+det\s+(?:nåt|något|några|nånting)\s+om\s+hur\s+"
                            r"(?P<x>(?!(?:vi|jag|man|de|dom|den|det)\b)[^?]{3,60}?)\s+(?:ska|skall|bör|kan)\s+"
                            r"(?P<verb>vara\s+med|delta|medverka|ingå|inkluderas)\b(?P<rest>[^?]*?)\s*\??\s*$", re.I)


def said_how_part(question: str) -> str:
    """"står det nåt om hur X ska vara med i Y?" read as "Ska X vara med i Y?" (the sentence that says X is to take part
    answers it), or ""."""
    match = _SAID_HOW_PART.match(question)
    return _asked_with_lean(match["lean"], f"ska {match['x']} {match['verb']}{match['rest'].rstrip()}?") if match else ""


# ("kan du sammanfatta målbilden för nära vård i jämtland härjedalen?": the region's målbild, every one of them for nära vård)
_NEAR_CARE_BEFORE_REGION = re.compile(r"\s+(?:för|inom|kring)\s+nära\s+vård(?:en)?(?=\s+i\s+(?:jämtland|härjedalen|"
                                      r"västernorrland|norrbotten)\b)", re.I)


def without_near_care_before_region(question: str) -> str:
    """A question on a document less the "för nära vård" before the region it names ("… målbilden för nära vård i
    jämtland härjedalen?" -> "… målbilden i jämtland härjedalen?"), or ""."""
    before_region = _NEAR_CARE_BEFORE_REGION.search(question)
    if before_region and _DOCUMENT_KIND.search(question[:before_region.start()]):
        return f"{question[:before_region.start()]}{question[before_region.end():]}"
    return ""


# "Vad säger nämndens plan om forskning kopplat till nära vård?": every document is about nära vård; the tie says nothing
_TIED_TO_NEAR_CARE = re.compile(r"\s*,?\s+(?:som\s+(?:är\s+)?)?(?:kopplat|kopplad|kopplade|knutet|knuten|knutna|relaterat|"
                                r"relaterad|relaterade|med\s+koppling|i\s+koppling)\s+till\s+(?:den\s+)?"
                                r"(?:nära\s+vård(?:en)?|omställningen(?:\s+till\s+nära\s+vård)?)(?=\s*[?.!]?\s*$)", re.I)


# "Var kommer vaccinationer in i arbetet med nära vård enligt nämndens plan?": the work every document is about
_IN_NEAR_CARE_WORK = re.compile(r"\s+i\s+(?:arbetet\s+med|omställningen\s+till)\s+(?:den\s+)?nära\s+vård(?:en)?"
                                r"(?=\s+(?:enligt|i)\s+[^?]+\?|\s*[?.!]?\s*$)", re.I)


def without_tie_to_near_care(question: str) -> str:
    """A question on a topic less its "kopplat till nära vård" ("Vad säger planen om forskning kopplat till nära
    vård?" -> "Vad säger planen om forskning?"), or ""."""
    match = _TIED_TO_NEAR_CARE.search(question)
    if not (match and re.search(r"\bom\s+\w{4,}", question[:match.start()], re.I)):
        # (or "i arbetet med nära vård" after a thing asked where it comes in: "Var kommer vaccinationer in …")
        match = _IN_NEAR_CARE_WORK.search(question)
        if not (match and re.match(r"\s*(?:och\s+)?(?:var|hur|på\s+vilket\s+sätt)\s+(?:kommer|passar|hör)\s+\w{4,}",
                                   question[:match.start()], re.I)):
            return ""
    return f"{question[:match.start()]}{question[match.end():]}".rstrip()


# "Var kommer vaccinationer in enligt nämndens plan?": where a thing comes in is what the document says of it
_COMES_IN = re.compile(r"^\s*(?:och\s+)?(?:var|hur)\s+kommer\s+(?P<x>[^\W\d][\w -]{2,40}?)\s+in(?:\s+i\s+bilden)?"
                       r"(?:\s+(?:enligt|i)\s+(?P<doc>[^?]+?))?\s*\?\s*$", re.I)


def where_it_comes_in(question: str) -> str:
    """"Var kommer X in (enligt Y)?" read as "Vad säger Y om X?" (or "Vad står det om X?"), or ""."""
    match = _COMES_IN.match(question)
    if not match or match["x"].lower().split()[0] in ("det", "den", "dom", "de", "man", "vi", "jag", "ni"):
        return ""  # ("var kommer det in?" points back; "var kommer vi in?" asks of the asker)
    return f"Vad säger {match['doc'].strip()} om {match['x'].strip()}?" if match["doc"] else \
        f"Vad står det om {match['x'].strip()}?"


# "Vad har nämndens verksamhetsplan för fokus när det gäller nära vård?": what a document says of a topic
_FOCUS_ON = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?vad\s+(?:(?:har|lägger)\s+(?P<doc>[^?]{3,60}?)\s+(?:för\s+)?"
                       r"(?:fokus|tyngdpunkt|huvudfokus)(?:\s+på)?|fokuserar\s+(?P<doc2>[^?]{3,60}?)\s+på)\s+"
                       r"(?:när\s+det\s+gäller|vad\s+gäller|inom|kring|gällande)\s+(?P<topic>[^?]{3,60}?)\s*\??\s*$", re.I)


def focus_on(question: str) -> str:
    """"Vad har X för fokus när det gäller Y?" read as "Vad säger X om Y?" when X is a document, or ""."""
    match = _FOCUS_ON.match(question)
    doc = (match["doc"] or match["doc2"]) if match else ""
    if not doc or not _NAMES_DOCUMENT.search(doc):
        return ""
    return _asked_with_lean(match["lean"], f"vad säger {doc.strip()} om {match['topic'].strip()}?")


def without_near_care_scope(question: str) -> str:
    """A question on a document less its "när det gäller nära vård" tail ("Vad har X för målbild när det gäller nära
    vård?" -> "Vad har X för målbild?"), or ""."""
    match = _NEAR_CARE_SCOPE.search(question)
    if not match or not _DOCUMENT_KIND.search(question[:match.start()]):
        return ""
    if re.search(r"\b(?:verksamhetsplan\w*|nämndens\s+plan\w*)\b", question[:match.start()], re.I):
        # (nämndens plan speaks of much else: "… i nämndens verksamhetsplan när det gäller nära vård?" asks its part;
        # "Vad har nämndens verksamhetsplan för fokus när det gäller nära vård?" too)
        return ""
    if re.match(r"\s*,?\s*för\b", match.group(0), re.I) and \
            not re.search(r"\b\w{3,}s\s+\w*(?:målbild|strategi|verksamhetsplan|färdplan)\w*\s*$", question[:match.start()], re.I):
        return ""  # ("vad är målbilden för nära vård?" asks of the målbild for nära vård; "Västernorrlands målbild för nära
        # vård" is a region's document, every one of them for nära vård)
    return f"{question[:match.start()].rstrip(' ,')}{question[match.end():]}".rstrip()


# "Vad är det egentligen hälso- och sjukvårdsnämnden ansvarar för?": a cleft with its "som" left out
_WHAT_CLEFT_BARE = re.compile(r"^(?P<lead>\s*(?:och\s+)?)vad\s+(?:är|var|e)\s+det\s+(?:egentligen\s+|nu\s+|alltså\s+)?"
                              r"(?P<subject>(?:den\s+|det\s+|de\s+)?(?!som\b)[\w-]+(?:\s+och\s+[\w-]+)?)\s+"
                              r"(?:(?:faktiskt|egentligen|just|nu)\s+)?"  # ("vad är det nämnden faktiskt ansvarar för?")
                              r"(?P<verb>ansvarar|gör|jobbar|arbetar|handlar|säger|beslutar|tycker|har|ska)(?:\s+(?P<rest>[^?]*?))?\s*\?"
                              # (and a question after it: "… nämnden har ansvar för? har dom hand om vårdvalet också?")
                              r"(?P<after>\s+\S[^?]*\?)?\s*$", re.I)


def cleft_undone(question: str) -> str:
    """"Vad är det (enligt planen) som gör att X?" read as "Vad gör att X (enligt planen)?" ("Vad är det egentligen
    nämnden ansvarar för?" as "Vad ansvarar nämnden för?"), or "" (a cleft is no question of what something is)."""
    bare = _WHAT_CLEFT_BARE.match(question)
    if bare:  # (after a leaning "och", in lower case: "och Vad ansvarar nämnden för?" was refused)
        what = "vad" if bare["lead"].strip() else "Vad"
        return f"{bare['lead']}{what} {bare['verb']} {bare['subject']} {bare['rest'] or ''}".rstrip() + "?" + (bare["after"] or "")
    match = _WHAT_CLEFT.match(question)
    if not match:
        return ""
    scope = f" {match['scope'].strip()}" if match["scope"] else ""
    what = "vad" if match["lead"].strip() else "Vad"
    return f"{match['lead']}{what} {match['rest']}{scope}{match['end'] or '?'}"


# "Hur antogs målbilden formellt …?": how a decision was made, told by the lines that make it
_HOW_DECIDED = re.compile(r"^\s*(?:och\s+)?hur\s+(?:antogs|antas|beslutades|beslutas|fastställdes|fastställs|godkändes|"
                          r"klubbades|fattades)\b", re.I)


def asks_how_decided(question: str) -> bool:
    """Whether a question asks how a decision was made ("Hur antogs målbilden formellt i Västernorrland?")."""
    return bool(_HOW_DECIDED.match(question))


# "vilket av uppdragen handlar om kvinnors hälsa?": which items of a list (named by its noun) are about a topic
_WHICH_OF_LIST = re.compile(r"^\s*(?:och\s+|men\s+)?(?:vilket|vilka|vilken)\s+av\s+(?:(?:de|dom|dessa|nämndens|regionens|"
                            r"strategins|planens)\s+)?(?P<noun>\w{4,})\s+(?:\w+\s+)?(?:(?:och|samt)\s+\w+\s+)?"
                            # ("Vilka av exemplen under hälsofrämjande insatser handlar om skolan?": the list under that heading)
                            r"(?:(?:under|inom)\s+(?P<heading>[^?\d]{3,60}?)\s+)?"
                            # ("Vilka av nämndens inriktningar och uppdrag för 2025–2027 handlar om tandvården?")
                            r"(?:(?:för|under)\s+[\d–-]+\s+)?(?:handlar\s+om|gäller|rör|berör|tar\s+upp|"
                            r"har\s+med|har\s+att\s+göra\s+med|handlar\s+mest\s+om)\s+(?P<topic>[^?]{3,}?)\s*(?:\s+att\s+göra)?\s*\??\s*$",
                            re.I)


# "finns det något i uppdragen för 2025-2027 som handlar om kvinnors hälsa specifikt?": the same, asked whether any
_ANY_OF_LIST = re.compile(r"^\s*(?:och\s+|men\s+)?finns\s+det\s+(?:något|nåt|några|någon|nån)\s+(?:i|bland|av)\s+"
                          r"(?:(?:de|dom|dessa|nämndens|regionens|strategins|planens)\s+)?(?P<noun>\w{4,}(?:na|en|erna|arna))\s+"
                          r"(?:(?:och|samt)\s+\w+\s+)?(?:(?:för|under)\s+[\d–-]+\s+)?som\s+(?:handlar\s+om|gäller|rör|berör|"
                          r"tar\s+upp|har\s+med|har\s+att\s+göra\s+med)\s+(?P<topic>[^?]{3,}?)"
                          r"(?:\s+(?:specifikt|särskilt|alls))?\s*(?:\s+att\s+göra)?\s*\??\s*$", re.I)


def which_of_list(question: str) -> tuple[str, str, str] | None:
    """(the list's noun, the topic, the heading it is under) of "vilket av uppdragen handlar om kvinnors hälsa?" ->
    ("uppdragen", "kvinnors hälsa", ""), or None."""
    match = _WHICH_OF_LIST.match(question) or _ANY_OF_LIST.match(question)
    return (match["noun"], match["topic"], match.groupdict().get("heading") or "") if match else None


_UNDER_AT_END = re.compile(r"\bunder\s+(?:rubriken\s+)?[”\"']?(?P<h>[^?”\"']{4,60}?)[”\"']?\s*\??\s*$", re.I)
# "vilka av dem handlar om skolan?" after "Vilka exempel … finns under hälsofrämjande insatser?": the items the earlier
# question asked for
_WHICH_OF_THEM = re.compile(r"^\s*(?:(?:och|men|o|å|ok|okej)\s+)?(?P<which>vilket|vilka|vilken)\s+av\s+(?:dem|dom|dessa|de)\s+"
                            r"(?P<asked>(?:handlar\s+om|gäller|rör|berör|tar\s+upp|har\s+med|har\s+att\s+göra\s+med)\s+[^?]{3,}?)"
                            r"\s*\??\s*$", re.I)


def which_of_them(question: str, earlier: str) -> str:
    """"vilka av dem handlar om skolan?" asked of the list the earlier question asked for, under the heading it named
    ("Vilka exempel … finns under hälsofrämjande insatser?" -> "Vilka av exemplen under hälsofrämjande insatser handlar
    om skolan?"), or ""."""
    # ("vilken av dom handlar mest om digitala lösningar?": the one that does, however much)
    question = re.sub(r"\b(handlar|gäller|rör|berör|tar\s+upp)\s+(?:mest|främst|tydligast|särskilt|mer|allra\s+mest)\s+(?=\w)",
                      r"\1 ", question, flags=re.I)
    match = _WHICH_OF_THEM.match(question)
    noun = asked_list_noun(earlier, ()).lower() if match else ""
    noun = "exemplen" if noun == "exempel" else noun  # (the examples asked for, the one generic noun a list is named by)
    if not match or not noun or noun in GENERIC_NOUNS:
        return ""
    heading = named_under(earlier) or next((m["h"] for m in [_UNDER_AT_END.search(earlier)] if m), "")
    under = f" under {heading.strip()}" if heading else ""
    return f"{match['which'].capitalize()} av {noun}{under} {match['asked']}?"


# The kinds of steering document a statement may compare ("… fyra punkter i sina målbilder"), as their base word
DOCUMENT_THING = re.compile(r"\b(målbild|strategi|verksamhetsplan|vision)(?:en|er|erna|ens|ernas|s)?\b", re.I)


# "Vilken roll får skolan i nära vård-arbetet enligt strategin?": what the documents say of the school
_ROLE_OF = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?"
                      # ("Det pratas mest om hälsocentraler … – på vilka sätt ska tandvården vara med …?": a statement first)
                      r"(?:[^?–]{3,}?\s[–-]\s+)?"
                      r"(?:vilken\s+roll\s+(?:(?:har|hade|får|fick|spelar|spelade|ges|gavs|tilldelas)\s+"
                      r"(?P<x>(?!(?:jag|vi|du|ni|man|de|dom)\b)[^?]{3,}?)|"
                      # "Vilken roll ska ambulanssjukvården ha i omställningen …?": the thing between "ska" and "ha"
                      r"(?:ska|bör|kommer)\s+(?:att\s+)?(?P<thing>(?!(?:jag|vi|du|ni|man|de|dom)\b)[^?]{3,}?)\s+(?:ha|få|spela)"
                      r"(?P<rest>\s+[^?]+?)?)|"
                      # "på vilka sätt ska tandvården vara med enligt planen?": the thing between "ska" and taking part
                      r"(?:på\s+vilket\s+sätt|på\s+vilka\s+sätt|hur)\s+(?:ska|skall|bör|kommer)\s+(?:att\s+)?"
                      r"(?P<part>(?!(?:jag|vi|du|ni|man|de|dom|det|den)\b)[^?]{3,}?)\s+(?:vara\s+med|vara\s+delaktig|delta|"
                      r"medverka|involveras|inkluderas|bidra)\b(?P<after>\s+[^?]+?)?)\s*\??\s*$", re.I)


def _asked_with_lean(lean: str | None, asked: str) -> str:
    """A rewritten question after the "och "/"men " it leaned on, or capitalised when it stands alone."""
    return f"{lean}{asked}" if lean else asked[:1].upper() + asked[1:]


# "vad hade kommunikationsavdelningen för roll i arbetet?": "vilken roll hade …" in chat's order
_WHAT_ROLE = re.compile(r"^(?P<lean>\s*(?:och|men)\s+)?vad\s+(?P<verb>har|hade|får|fick|spelar|spelade)\s+"
                        r"(?P<x>(?!(?:jag|vi|du|ni|man|de|dom|det|den)\b)[^?]{3,}?)\s+för\s+(?:en\s+)?roll\b", re.I)


def role_asked_of(question: str) -> str:
    """"Vilken roll får X …?" (or "vad hade X för roll …?") read as "Vad står det om X …?" (a thing's role is what
    the documents say of it), or ""."""
    question = _WHAT_ROLE.sub(lambda m: f"{m['lean'] or ''}vilken roll {m['verb']} {m['x']}", question, count=1)
    match = _ROLE_OF.match(question)
    if not match:
        return ""
    asked = f"vad står det om {match['x'] or (match['thing'] or match['part']) + (match['rest'] or match['after'] or '')}?"
    # (the part in nära vård is what every document is about: "… tandvården vara med i nära vård …" narrows to nothing)
    asked = re.sub(r"\s+(?:i|inom)\s+(?:den\s+)?nära\s+vård(?:en)?(?![\w-])", "", asked, flags=re.I)
    return _asked_with_lean(match["lean"], asked)


# "Vad förväntas av tandvården enligt planen?": what the tandvård is to do (not "… av mig": the asker's role)
_EXPECTED_OF_THING = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?vad\s+förväntas\s+(?:det\s+)?av\s+(?P<thing>(?!(?:mig|oss|dig|er|"
                                r"personalen|medarbetarna|medarbetare)\b)\w+(?:\s+\w+)?)(?P<rest>\s+(?:enligt|i)\s+[^?]+)?\s*\??\s*$", re.I)


def expected_of_thing(question: str) -> str:
    """"Vad förväntas av X …?" read as "Vad ska X göra …?", or ""."""
    match = _EXPECTED_OF_THING.match(question)
    if not match:
        return ""
    asked = f"vad ska {match['thing']} göra{match['rest'] or ''}?"
    return _asked_with_lean(match["lean"], asked)


# "vad nämndens plan säger att vi i tandvården ska göra framåt, kopplat till nära vård?": what the plan says the
# asker's field is to do (the field named after "vi i"; the document it is asked of kept)
# (or what the nämnd wants it to do, after what the asker was told: "Min chef sa att tandvården också ska vara med …,
# men vad är det egentligen nämnden vill att tandvården ska göra dom närmaste åren?")
_SAID_TO_DO = re.compile(r"^(?:[^?]*?,\s*(?=men\s))?\s*(?P<lean>(?:och|men)\s+)?vad\s+(?:är\s+det\s+(?:egentligen\s+)?(?:som\s+)?)?"
                         r"(?:(?P<doc>(?!det\b)[\w-]+(?:\s+[\w-]+)?)\s+(?:säger|vill)|säger\s+"
                         r"(?P<doc2>(?!det\b)[\w-]+(?:\s+[\w-]+)?))\s+att\s+(?:(?:vi|ni)\s+(?:i|på|inom)\s+)?"
                         r"(?P<thing>(?!(?:jag|vi|man|du|ni)\b)\w+)\s+ska\s+(?:göra|jobba med|arbeta med|satsa på)\b"
                         r"[^?]*\??\s*$", re.I)


def said_to_do(question: str) -> str:
    """"Vad X säger att (vi i) Y ska göra …?" read as "Vad ska Y göra enligt X?", or ""."""
    match = _SAID_TO_DO.match(question)
    if not match:
        return ""
    doc = match["doc"] or match["doc2"]
    doc = "nämndens plan" if doc.lower() in ("nämnden", "nämnd") else doc  # (what the nämnd wants is in its plan)
    return _asked_with_lean(match["lean"], f"vad ska {match['thing']} göra enligt {doc}?")


# "Hur skiljer det sig mellan killar och tjejer när det gäller suicid …?": what is said of the topic for each group,
# not a contrast of the two groups as concepts
_GROUP_WORDS = r"(?:killar|killarna|tjejer|tjejerna|pojkar|pojkarna|flickor|flickorna|män|kvinnor|unga|äldre|barn|vuxna)"
_GROUPS_ON_TOPIC = re.compile(r"^\s*(?:och\s+)?(?:hur\s+skiljer\s+(?:det\s+)?sig|vad\s+(?:är\s+)?skillnaden|vad\s+skiljer)\s+"
                              rf"(?:det\s+)?mellan\s+(?P<a>{_GROUP_WORDS})\s+och\s+(?P<b>{_GROUP_WORDS})\s+"
                              r"(?:när\s+det\s+gäller|vad\s+gäller|i\s+fråga\s+om|angående|kring)\s+(?P<topic>[^?]+?)"
                              r"(?P<rest>\s+(?:enligt|i)\s+[^?]+)?\s*\??\s*$", re.I)


def groups_on_topic(question: str) -> str:
    """"Hur skiljer det sig mellan X och Y när det gäller T (enligt D)?" read as "Vad står det om T hos X och Y
    (enligt D)?", when X and Y are groups of people; else ""."""
    match = _GROUPS_ON_TOPIC.match(question)
    if not match:
        return ""
    return f"Vad står det om {match['topic']} hos {match['a']} och {match['b']}{match['rest'] or ''}?"


# The body the asker sits in, as an earlier turn or the preamble says it ("Jag är nyvald i hälso- och
# sjukvårdsnämnden …", "jag sitter i nämnden", "vi i nämnden"): a later "vi" that acts is that body.
_ASKER_BODY = re.compile(r"\b(?:jag\s+(?:är|sitter|blev|har\s+blivit)(?:\s+(?:ny|nyvald|invald|vald|ledamot|ersättare|"
                         r"politiker|ordförande))?\s+i|vi\s+i)\s+(?:den\s+|regionens\s+)?(?:\w+-\s+och\s+)?(?P<body>[\w-]*nämnd\w*|"
                         r"regionstyrelsen|regionfullmäktige)\b", re.I)
# "Är det vi som har hand om vårdvalet också?", "Ansvarar vi för …", "vad beslutar vi om?": the asker's body acts
_WE_ACT = re.compile(r"^(?P<lead>\s*(?:och\s+|men\s+)?)(?:är\s+det\s+(?:vi|oss)\s+som\s+(?P<verb>\w+)|"
                     r"(?P<asked>(?:(?:vad|vilka|vilket|vilken|hur|när|vem)\s+)?(?:har|ansvarar|beslutar|sköter|äger|"
                     r"bestämmer|ska)\s+)vi)\b(?P<rest>[^?]*\??)\s*$", re.I)


def asker_body(text: str) -> str:
    """The body the asker says they sit in ("Jag är nyvald i hälso- och sjukvårdsnämnden" -> "nämnden"), or ""."""
    match = _ASKER_BODY.search(text)
    if not match:
        return ""
    body = match["body"].lower()
    if "nämnd" in body and not re.match(r"(?:nämnd|hälso|sjukvård|tandvård|hsn)", body):
        return ""  # (a municipality's socialnämnd is not the nämnd the documents speak of)
    return "nämnden" if "nämnd" in body else body


# "och har den hand om vårdvalet också?": whether the body the thread is about does one thing more
_BODY_ALSO = re.compile(r"^(?P<lead>\s*(?:(?:och|men|o|å)\s+)?)(?P<verb>har|ansvarar|sköter|beslutar)\s+(?P<it>den|dom|de)\s+"
                        r"(?=[^?]*\bockså\b)", re.I)
_BODY_NAMED = re.compile(r"\b(?:[\w-]+\s+och\s+)?(?P<body>[\w-]*nämnd\w*|regionstyrelsen|regionfullmäktige|SVOM)\b", re.I)


# "Hur många ledamöter har nämnden, och vad är det egentligen den ansvarar för?": what the body itself does
_BODY_ITSELF_DOES = re.compile(r"^(?P<lead>\s*(?:(?:och|men|o|å)\s+)?vad\s+(?:är\s+det\s+(?:egentligen\s+)?(?:som\s+)?)?)"
                        r"(?:(?P<verb>ansvarar|sköter|beslutar)\s+(?P<it>den|dom|de)|(?P<it2>den|dom|de)\s+(?P<verb2>ansvarar|sköter|"
                        r"beslutar))\b(?=[^?]*\bom\b|[^?]*\bför\b)", re.I)


def body_does_too(question: str, earlier: Sequence[str]) -> str:
    """A follow-up asking whether the body the thread is about does one thing more, asked of that body ("Hur stor är
    nämnden?" + "Och har den hand om vårdvalet också?" -> "Och har nämnden hand om vårdvalet också?"), or what it does
    ("… och vad ansvarar den för?" -> "… och vad ansvarar nämnden för?"), or ""."""
    match = _BODY_ALSO.match(question) or _BODY_ITSELF_DOES.match(question)
    bodies = [m["body"] for turn in earlier for m in _BODY_NAMED.finditer(turn)] if match else []
    if not bodies:
        return ""
    body = "nämnden" if "nämnd" in bodies[-1].lower() else bodies[-1]
    if match.re is _BODY_ITSELF_DOES:
        it = "it" if match["it"] else "it2"
        return f"{question[:match.start(it)]}{body}{question[match.end(it):]}"
    return f"{match['lead']}{match['verb']} {body} {question[match.end():]}"


# "oss chefer", "vi sjuksköterskor": the "vi" of a role, not of the asker's workplace
_WE_IN_ROLE = re.compile(r"\b(?:vi|oss)\s+\w*(?:" + "|".join(_ROLE_STEMS) + r")\w*", re.I)


def we_in_role(question: str) -> bool:
    """Whether the question's "vi"/"oss" is said of a role ("Vad förväntas av oss chefer …?")."""
    return bool(_WE_IN_ROLE.search(question))


def we_as(question: str, body: str) -> str:
    """A question whose "vi" acts, asked of the body the asker sits in ("Är det vi som har hand om vårdvalet?"
    -> "Har nämnden hand om vårdvalet?"), or "" (no body, or no acting "vi")."""
    match = _WE_ACT.match(question) if body else None
    if not match:
        return ""
    if match["verb"]:
        return f"{match['lead']}{match['verb'].capitalize()} {body}{match['rest']}"
    return f"{match['lead']}{match['asked']}{body}{match['rest']}"


# "jobbar i ett mobilt team, nämns vi nångång i strategin och i så fall under vilken del": whether the asker's
# workplace is named, and where (the answer says where it stands)
_WE_NAMED = re.compile(r"^\s*(?:jag\s+)?(?:jobbar|arbetar)\s+(?:i|på|inom)\s+(?:ett\s+|en\s+)?(?P<place>[^\W\d]+(?:\s+[^\W\d]+)?)"
                       r"\s*[,.]\s*(?:och\s+|men\s+)?(?P<verb>nämns|finns|står)\s+(?:vi|det\s+(?:något|nåt)\s+om\s+oss)\b"
                       r"(?P<rest>[^?]*?)(?:,?\s*(?:och|o)\s+i\s+så\s+fall\s+(?:under|i|var)\b[^?]*)?\s*\??\s*$", re.I)


# (also the question after a statement, and what "we" have: "Folk fattar knappt att vi har … . Nämns sånt som vi
# har i nämndens plan alls?")
_WE_ASKED_NAMED = re.compile(r"(?:^|(?<=[.!]\s))\s*(?P<verb>finns|nämns|står|syns)\s+"
                             r"(?:vi|(?:sånt|sådant|det)\s+(?:som\s+)?vi\s+(?:har|gör|jobbar\s+med|håller\s+på\s+med))\b", re.I)


# "vi", "vår", "hos oss": the asker's own workplace or team is meant (not an "oss" given something: "ge oss")
_SAYS_WE = re.compile(r"\b(?:vi|vår|vårt|våra)\b|\b(?:för|hos|på|av|till|med|om|i)\s+oss\b", re.I)


# "… hos oss?", "finns vi med …?": the asker's place itself, not a "vi" that does something
_SAYS_OUR_PLACE = re.compile(r"\b(?:för|hos|på|i|till|om|med)\s+oss\b|\b(?:finns|nämns|står|syns)\s+vi\b", re.I)


def we_only_as_how(question: str) -> bool:
    """Whether every "vi" of a question is the one of a how ("… om hur vi ska samverka med kommunerna …?": how the
    organisation is to work, not where the asker works), and no "oss"/"vår" is said."""
    rest = re.sub(r"\bhur\s+vi\s+(?:ska|bör|kan|borde|skall)\b", " ", question, flags=re.I)
    return rest != question and not _SAYS_WE.search(rest)


def says_our_place(question: str) -> bool:
    """Whether a question asks of the asker's place ("… hos oss?", "Finns vi med …?")."""
    return bool(_SAYS_OUR_PLACE.search(question))


def says_we(question: str) -> bool:
    """Whether a question speaks of the asker's own place ("Finns vi med …?", "… hos oss?")."""
    return bool(_SAYS_WE.search(question))


def we_named(question: str, workplace: str) -> str:
    """"Finns vi med någonstans i strategin?" asked by someone who works at a mödravårdscentral -> "Finns
    mödravårdscentral med någonstans i strategin?", or ""."""
    match = _WE_ASKED_NAMED.search(question)
    return f"{match['verb']} {workplace}{question[match.end():]}" if match else ""


def workplace_named(question: str) -> str:
    """"(jag) jobbar i X, nämns vi … (och i så fall under vilken del)" read as "nämns X …?", or ""."""
    match = _WE_NAMED.match(question)
    if not match:
        return ""
    return f"{match['verb']} {match['place']}{match['rest']}?"


# "vad innehåller västernorrlands målbild?": what the målbild says, not the outline of the article that presents it
_HOLDS_GOAL = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?vad\s+(?:innehåller|omfattar)\s+(?P<x>(?:[\w-]+\s+){0,3}?"
                         r"(?:målbild|målbilden|visionen))(?:\s+(?:då|egentligen|alltså))?\s*[?.!]*\s*$", re.I)


# "hur ser målbilden ut i Norrbotten?": what the målbild is
_GOAL_LOOKS = re.compile(r"^\s*(?P<lean>(?:och|men|å)\s+)?hur\s+ser\s+(?P<x>(?:[\w-]+\s+){0,3}?(?:målbild|målbilden|visionen))\s+"
                         r"ut(?P<place>\s+(?:i|för|hos)\s+[\w-]+(?:\s+[\w-]+)?)?(?:\s+(?:då|egentligen|alltså))?\s*[?.!]*\s*$", re.I)


# "vilka fem strategier har målbilden i Jämtland Härjedalen?": the parts of a målbild are what it is (asked of another
# region, "och i Västernorrland då?", its own parts: four points, not five strategies)
_GOAL_PARTS = re.compile(r"^\s*(?P<lean>(?:och|men|å)\s+)?vilka\s+(?:(?:\d+|två|tre|fyra|fem|sex)\s+)?(?:strategier|punkter|delar|"
                         r"delområden|områden|perspektiv)\s+(?:har|finns\s+i|ingår\s+i)\s+(?P<x>(?:[\w-]+\s+){0,3}?"
                         r"(?:målbild|målbilden))(?P<place>\s+(?:i|för|hos)\s+[\w-]+(?:\s+[\w-]+)?)?\s*[?.!]*\s*$", re.I)


def goal_contents(question: str) -> str:
    """"Vad innehåller X:s målbild?" (or "hur ser målbilden ut i X?", "vilka fem strategier har målbilden i X?") read
    as "vad är X:s målbild?", or ""."""
    match = _HOLDS_GOAL.match(question)
    if match:
        return _asked_with_lean(match["lean"] or "", f"vad är {match['x']}?")
    parts = _GOAL_PARTS.match(question)
    if parts:
        return _asked_with_lean(parts["lean"] or "", f"vad är {parts['x']}{parts['place'] or ''}?")
    looks = _GOAL_LOOKS.match(question)
    return _asked_with_lean(looks["lean"] or "", f"vad är {looks['x']}{looks['place'] or ''}?") if looks else ""


# "vad är det för mål länet har satt upp?", "vilka mål har man satt upp i Västernorrland?", "vad är målet med nära
# vård i Norrbotten?": the goals a county (not the nämnd, nor a plan) has set for nära vård are its målbild ("Fem
# strategier för att nå målet")
_GOALS_SET = re.compile(
    r"^(?P<own>.{0,80}?[,.!:–]\s+)?\s*(?P<lean>(?:och|men|å)\s+)?(?:"
    r"vad\s+(?:är|finns)\s+det\s+för\s+mål\s+(?:som\s+)?(?P<who>länet|regionen|man|ni|vi|dom|de|(?-i:[A-ZÅÄÖ])[\w-]+(?:\s+(?-i:[A-ZÅÄÖ])[\w-]+)?)\s+"
    r"(?:har\s+)?(?:satt\s+upp|satt|tagit\s+fram|bestämt|kommit\s+överens\s+om)"
    r"|vilka\s+mål\s+har\s+(?P<who2>länet|regionen|man|ni|vi|dom|de|(?-i:[A-ZÅÄÖ])[\w-]+(?:\s+(?-i:[A-ZÅÄÖ])[\w-]+)?)\s+"
    r"(?:satt\s+upp|satt|tagit\s+fram|bestämt|kommit\s+överens\s+om)"
    r"|vad\s+är\s+(?:det\s+övergripande\s+)?(?:målet|målen)\s+(?:med|för)\s+(?:nära\s+vård(?:en)?|omställningen(?:\s+till\s+nära\s+vård)?)"
    # ("Finns det en gemensam målbild för nära vård här i Jämtland?": that there is one is told by what it is)
    r"|finns\s+det\s+(?:en|någon|nån)\s+(?:gemensam\s+|länsgemensam\s+)?(?:målbild|vision)"
    r"(?:\s+för\s+(?:nära\s+vård(?:en)?|omställningen))?(?:\s+(?:här|hos\s+oss))?"
    # ("Vilken målbild för nära vård gäller hos oss och vad innehåller den?": ours, and what it holds)
    r"|vilken\s+(?:gemensam\s+|länsgemensam\s+)?målbild\s+(?:för\s+(?:nära\s+vård(?:en)?|omställningen)\s+)?"
    r"(?:gäller|har\s+vi|har\s+ni|har\s+man|används)(?:\s+(?P<ours>hos\s+oss|här|för\s+oss|hos\s+er))?"
    r"(?:\s+och\s+vad\s+(?:innehåller|säger|står\s+det\s+i|går)\s+den(?:\s+ut\s+på)?)?"
    r")(?P<place>\s+(?:i|för|hos)\s+(?:(?-i:[A-ZÅÄÖ])[\w-]+(?:\s+(?-i:[A-ZÅÄÖ])[\w-]+)?"
    r"|norrbotten|västernorrland|jämtland(?:\s+härjedalen)?|härjedalen)|\s+i\s+länet)?"
    r"(?:\s+(?:för|kring|när\s+det\s+gäller)\s+nära\s+vård(?:en)?)?(?:\s+(?:då|egentligen|alltså))?\s*[?.!]*\s*$", re.I)


def goals_set(question: str) -> str:
    """"vad är det för mål länet har satt upp?" read as "vad är länets målbild?" ("vilka mål har man satt upp i
    Västernorrland?" -> "vad är målbilden i Västernorrland?"), or "". Goals of the nämnd or a plan are not these."""
    match = _GOALS_SET.match(question)
    if not match:
        return ""
    who = (match["who"] or match["who2"] or ("vi" if match["ours"] else "")).lower()
    place = (match["place"] or "").strip()
    if re.match(r"\s*finns\b", question[len(match["own"] or ""):].lstrip(" och men å"), re.I) and not place:
        return ""  # ("finns det någon målbild?": three regions have one – not read as the one målbild)
    if place.lower() in ("i länet",):
        place, who = "", "länet"
    if match["who"] and match["who"][:1].isupper() or match["who2"] and match["who2"][:1].isupper():
        place = place or f"i {match['who'] or match['who2']}"  # "vad är det för mål Västernorrland har satt upp?"
    asked = f"vad är målbilden {place}?" if place else \
        "vad är vår målbild?" if who in ("länet", "regionen", "vi", "ni") else \
        "vad är deras målbild?" if who in ("dom", "de") else "vad är målbilden?"
    # (the asker's own clause kept before it: "Jag jobbar i Östersund, vad är vår målbild?" – where the asker is)
    return f"{match['own']}{match['lean'] or ''}{asked}" if match["own"] else _asked_with_lean(match["lean"] or "", asked)


# "vad kan man göra i Min vård Norrbotten?": what a named service offers is its functions
_CAN_DO_IN = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?vad\s+kan\s+(?:man|patienterna|patienten|invånarna|medborgarna|jag|vi)\s+"
                        r"(?:göra|hitta|få\s+hjälp\s+med)\s+i\s+(?P<name>(?-i:[A-ZÅÄÖ])[\w-]*(?:\s+[\w-]+){1,3}?)\s*\??\s*$", re.I)


def functions_of(question: str) -> str:
    """"vad kan man göra i Min vård Norrbotten?" read as "Vilka funktioner finns i Min vård Norrbotten?" (a named
    service, not a place: "vad kan man göra i Jämtland Härjedalen?" stays), or ""."""
    match = _CAN_DO_IN.match(question)
    if not match or match["name"] not in name_phrases(f"Fråga om {match['name']}"):
        return ""
    return _asked_with_lean(match["lean"] or "", f"vilka funktioner finns i {match['name']}?")


# "hur skiljer sig deras strategier från Västernorrlands målbild?": the parts of one region's målbild set against the
# other's målbild – the målbilder compared
_PARTS_AGAINST_GOAL = re.compile(r"^(?P<lead>.*?\bskiljer\s+sig\s+)(?P<x>[\w\s]+?s|deras|dess|vår|våra)\s+"
                                 r"(?:strategier|punkter|delar|mål|fokusområden)\s+(?P<rest>(?:från|mot|jämfört\s+med)\s+"
                                 r"[\w\s]+?s\s+målbild\b.*)$", re.I)


# "Jämför övergripande mål i Norrbottens och Jämtland Härjedalens målbilder – vad vill de uppnå?", "norrbottens vision
# och jämtlands målbild låter ju nästan likadant, vad heter dom …?": the målbilder themselves compared, each its goal
# and its parts (not the lines of how each was made, which name "målbild" as often)
_GOAL_ITSELF = re.compile(r"\b(?:övergripande\s+mål\w*|vad\s+(?:vill|ska)\s+(?:de|dom)\s+uppnå|vad\s+heter\s+(?:de|dom)|"
                          r"kärna\w*|huvudbudskap\w*|vad\s+går\s+(?:de|dom)\s+ut\s+på|låter\s+(?:ju\s+)?(?:nästan\s+)?"
                          r"(?:likadan\w*|lika|samma))\b", re.I)
_REGION_GENITIVE = {"Norrbotten": "Norrbottens", "Jämtland": "Jämtland Härjedalens", "Härjedalen": "Jämtland Härjedalens",
                    "Västernorrland": "Västernorrlands"}


def goals_themselves_compared(question: str) -> str:
    """A comparison of two regions' målbilder that asks of the målbild itself (its goal, its name, its core) read
    as "Jämför X:s och Y:s målbilder", or ""."""
    owners = list(dict.fromkeys(_REGION_GENITIVE[r] for r in regions_named(question) if r in _REGION_GENITIVE))
    if len(owners) < 2 or not re.search(r"\b(?:målbild\w*|vision\w*)", question, re.I) \
            or not _GOAL_ITSELF.search(question):
        return ""
    return f"Jämför {', '.join(owners[:-1])} och {owners[-1]} målbilder"


def goals_compared(question: str) -> str:
    """A comparison of one region's målbild parts with another's målbild, read as of the målbilder ("hur skiljer sig
    deras strategier från Västernorrlands målbild?" -> "hur skiljer sig deras målbild från Västernorrlands
    målbild?"), or ""."""
    match = _PARTS_AGAINST_GOAL.match(question)
    x = match["x"] if match else ""
    x = {"våra": "vår", "dess": "dess"}.get(x.lower(), x)
    return f"{match['lead']}{x} målbild {match['rest']}" if match else ""


# "Vad har Min vård Norrbotten för funktioner enligt nämndens plan?": which things of a kind it has – a list
_HAS_WHICH = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?vad\s+har\s+(?!(?:vi|jag|man|de|dom|ni|du|den|det)\b)"
                        r"(?P<who>[^?]{3,40}?)\s+för\s+(?P<things>[^\W\d_]{4,}(?:er|ar|or))\b(?P<rest>[^?]*)\??\s*$", re.I)


def which_it_has(question: str) -> str:
    """"Vad har X för Ys?" read as "Vilka Ys har X?" ("Vad har Min vård Norrbotten för funktioner enligt nämndens
    plan?" -> "Vilka funktioner har Min vård Norrbotten enligt nämndens plan?"), or ""."""
    match = _HAS_WHICH.match(question)
    if not match:
        return ""
    return _asked_with_lean(match["lean"] or "", f"vilka {match['things']} har {match['who'].strip()}{match['rest'].rstrip()}?")


# "Vad har vi i Jämtland Härjedalen för målbild för nära vård?": what the asker's region has
_WE_HAVE_FOR = re.compile(r"^\s*(?P<lean>(?i:och|men)\s+)?(?i:vad\s+har\s+(?:vi|ni)\s+(?:i|på|uppe\s+i|här\s+i))\s+"
                          r"(?P<who>(?i:region\s+)?[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?)\s+(?i:för)\s+"
                          r"(?P<thing>[^?]{4,}?)(?:\s+(?i:för|inom|i)\s+(?i:nära\s+vård))?\s*\??\s*$")


# "och västernorrland då, vad har dom för målbild?" (read "vad har dom för målbild i västernorrland?"): the place's
_THEY_HAVE_THERE = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?vad\s+har\s+(?:dom|de|dem|ni)\s+(?:där\s+)?för\s+"
                              r"(?P<thing>målbild|vision|strategi)\s+(?P<place>(?:i|på|hos)\s+[\w-]+(?:\s+[\w-]+)?)\s*\??\s*$", re.I)


def what_it_has(question: str) -> str:
    """"Vad har X för Y?" read as "Vad är X:s Y?" ("Vad har Jämtland Härjedalen för målbild?" -> "Vad är Jämtland
    Härjedalens målbild?"; "Vad har vi i X för målbild …?" too; "vad har dom för målbild i X?" -> "vad är målbilden
    i X?"), or ""."""
    there = _THEY_HAVE_THERE.match(question)
    if there:
        definite = there["thing"].lower() + ("n" if there["thing"].lower().endswith("i") else "en")
        return _asked_with_lean(there["lean"] or "", f"vad är {definite} {there['place']}?")
    match = _HAS_FOR.match(question) or _WE_HAVE_FOR.match(question)
    if not match or match["who"].lower() in {"vi", "jag", "man", "de", "dom", "ni", "du", "den", "det"}:
        return ""
    who = match["who"] if match["who"].endswith(("s", "x", "z")) else f"{match['who']}:s" if match["who"].isupper() \
        else f"{match['who']}s"
    asked = f"vad är {who} {match['thing']}?"
    asked = without_near_care_scope(asked) or asked  # ("… för målbild för nära vård?": every målbild is for nära vård)
    return _asked_with_lean(match["lean"], asked)


# "Berätta kort hur Västernorrland gick till väga …", "Förklara varför …": a request to tell how/why/when is the question
# ("kan du kort beskriva hur jämtland härjedalen tog fram sin målbild": the request said as a question)
_TELL_ASKED = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?(?:(?:(?:kan|kunde|skulle)\s+(?:du|ni)\s+(?:kunna\s+)?(?:(?:gärna|kort|"
                         r"kortfattat|snabbt)\s+)*(?:berätta|förklara|beskriva|säga))|berätta|förklara|beskriv|säg)\s+"
                         r"(?:(?:gärna|kort|kortfattat|lite|"
                         r"snabbt|för mig)\s+)*(?P<asked>(?:hur|varför|när|vem|vilka|vilken|vilket)\b[^?]+?)[.?!]*\s*$", re.I)


# "Sammanfatta hur Västernorrland tog fram sin målbild": how a thing was made or done, asked as a summary (not the
# document's outline)
# ("Kan du sammanfatta hur Västernorrland tog fram sin målbild och vad den landade i?": both questions, each answered)
_SUMMED_HOW = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?(?:(?:kan|kunde|skulle)\s+(?:du|ni)\s+(?:kunna\s+)?)?(?:sammanfatta|summera)\s+"
                         r"(?:(?:gärna|kort|kortfattat|lite|snabbt|för mig)\s+)*"
                         r"(?P<asked>hur\s+(?![^?]*\b(?:och|samt)\s+(?:hur|vilk\w*|när|vem|varför)\b|[^?]*\b(?:steg\s+för\s+steg|step\s+(?:by\s+)?step)\b)"
                         r"[^?]*?\b(?:tog|tagit|togs|tagits|tas|gick|gått|gjorde|gjort|arbetade|arbetat|jobbade|"
                         r"jobbat)\b[^?]*?)[.?!]*\s*$", re.I)  # (not two questions, nor a timeline asked "steg för steg")


# "Kan du sammanfatta vilka riktningsförändringar länsstrategin pratar om?": which things, asked as a summary – the list
_SUMMED_WHICH = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?(?:(?:kan|kunde|skulle)\s+(?:du|ni)\s+(?:kunna\s+)?)?"
                           r"(?:sammanfatta|summera|lista)\s+(?:(?:gärna|kort|kortfattat|lite|snabbt|för mig)\s+)*"
                           r"(?P<asked>vilka\s+(?![^?]*\b(?:och|samt)\s+(?:vad|hur|vilk\w*|när|vem|varför)\b)[^?]+?)[.?!]*\s*$", re.I)


# "kan du sammanfatta kort vad nära vård går ut på här i norrbotten?": what the thing is, asked as a summary
_SUMMED_GOES = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?(?:(?:kan|kunde|skulle)\s+(?:du|ni)\s+(?:kunna\s+)?)?"
                          r"(?:sammanfatta|summera|förklara|berätta)\s+(?:(?:gärna|kort|kortfattat|lite|snabbt|enkelt|för\s+mig)\s+)*"
                          r"(?P<asked>vad\s+(?![^?]*\b(?:och|samt)\s+(?:vad|hur|vilk\w*|när|vem|varför)\b)(?:[\w-]+\s+){1,3}?"
                          r"går\s+ut\s+på\b[^?]*?)[.?!]*\s*$", re.I)


def told_asking(question: str) -> str:
    """"Berätta kort hur Västernorrland tog fram sin målbild." -> "Hur Västernorrland tog fram sin målbild?", or ""
    (the clause's word order stays: the rules read "hur … tog fram" either way); "Sammanfatta hur … tog fram …" too;
    "kan du sammanfatta kort vad nära vård går ut på …?" -> "Vad nära vård går ut på …?"."""
    match = _TELL_ASKED.match(question) or _SUMMED_HOW.match(question) or _SUMMED_WHICH.match(question) \
        or _SUMMED_GOES.match(question)
    if not match:
        return ""
    asked = f"{match['asked']}?"
    return f"{match['lean']}{asked[:1].lower()}{asked[1:]}" if match["lean"] else asked[:1].upper() + asked[1:]


# "Vad ingår konkret i folktandvårdens plan för utåtriktad verksamhet?": what a thing holds, which a sentence that only
# names it ("Inom folktandvården ska planen för ”utåtriktad verksamhet” genomföras …") does not tell
_CONTENTS_ASKED = re.compile(r"^\s*(?:och\s+)?(?:vad\s+(?:är\s+det\s+som\s+)?(?:ingår|innehåller|omfattar)\s+(?:(?:konkret|egentligen|"
                             r"mer\s+exakt|då)\s+)?(?:i\s+)?(?P<a>[^?]{4,}?)|vad\s+består\s+(?P<b>[^?]{4,}?)\s+av)\s*\??\s*$", re.I)
_TELLS_CONTENTS = re.compile(r"\b(?:ingår|innehåll\w*|omfatta\w*|består|innebär\w*|handlar\s+om|utgörs|bland\s+annat|"
                             r"exempelvis|till\s+exempel|t\.\s?ex|såsom|är\s+(?:en|ett)\b)|:", re.I)


# "Vad kom fram i medborgardialogerna?": what something resulted in, which a sentence that only names it ("Använda
# erfarenheterna från medborgardialoger som genomförts under 2024 …") does not tell
_OUTCOME_ASKED = re.compile(r"^\s*(?:och\s+)?(?:vad\s+(?:kom|framkom)\s+(?:det\s+)?(?:fram\s+)?(?:i|ur|vid|från|under|av)\s+"
                            r"(?P<a>[^?]{2,}?)|vad\s+(?:visade|gav|resulterade)\s+(?P<b>[^?]{4,}?)(?:\s+i)?|"
                            r"vilka\s+resultat\s+(?:gav|fick|har|visade)\s+(?P<c>[^?]{4,}?)|"
                            # ("vilken av målbilderna har gett bäst resultat i uppföljningen hittills?": which did best)
                            r"(?:vilken|vilket|vilka)\s+(?:av\s+)?(?P<d>[^?]{4,}?)\s+(?:har\s+)?(?:gett|gav|gjort|fått|visat)\s+"
                            r"(?:\w+\s+)?(?:bäst|bästa|mest|störst|sämst|bättre)\s+(?:resultat|effekt)\w*\b[^?]*)\s*\??\s*$", re.I)
_TELLS_OUTCOME = re.compile(r"\b(?:kom\s+fram|framkom\w*|framgick|visade\w*|visar|resultat\w*|ledde\s+till|lett\s+till|"
                            r"pekade|konstaterade\w*|svarade|svar\w*|utfall\w*|gav\s+(?:att|en|ett))\b", re.I)


def outcome_asked(question: str) -> str:
    """The thing whose outcome a question asks ("Vad kom fram i medborgardialogerna?" -> "medborgardialogerna"), or
    ("… i dem?") the pointing word."""
    match = _OUTCOME_ASKED.match(question)
    return next((m.strip() for m in (match["a"], match["b"], match["c"], match["d"]) if m), "") if match else ""


def tells_outcome(sentence: str) -> bool:
    """Whether a sentence says what something resulted in ("visade", "kom fram", "resultatet", "ledde till")."""
    return bool(_TELLS_OUTCOME.search(sentence))


def contents_asked(question: str) -> str:
    """The thing whose contents a question asks ("Vad ingår i patientkontraktet?" -> "patientkontraktet"), or ""."""
    match = _CONTENTS_ASKED.match(question)
    thing = (match["a"] or match["b"]) if match else ""
    return "" if not thing or points_back(thing) or not topic_words(thing).strip() else thing.strip()


def tells_contents(sentence: str) -> bool:
    """Whether a sentence says what something holds or is (a verb of contents, examples, a lead-in colon)."""
    return bool(_TELLS_CONTENTS.search(sentence))


# "och vad säger nämndens verksamhetsplan om det?": what another text says of the thread's topic
_SAID_OF_IT = re.compile(r"^\s*(?:(?:och|men|å|o)\s+)?(?:vad\s+(?:säger|skriver|står|sägs|skrivs|tar)\b[^?]{0,60}?|hur\s+(?:beskriver|"
                         r"tar)\b[^?]{0,60}?)\s(?:om|kring|gällande|angående|upp)\s+(?P<it>det|den|dem|dom|detta|dessa)\b"
                         r"(?P<rest>[^?]*)\??\s*$", re.I)


# "står dom med i nämndens verksamhetsplan också?": whether the thread's things are in another document too
_IT_IN_TOO = re.compile(r"^\s*(?:(?:och|men|å|o)\s+)?(?:står|finns|nämns|kommer)\s+(?:det|de|dom|dem|den|dessa)\s+(?:med\s+)?"
                        r"(?:också\s+|även\s+)?i\s+(?P<doc>[^?]+?)(?:\s+(?:också|även|med))?\s*\??\s*$", re.I)
# "… finns under öppnare vårdformer i strategin?": the heading a question asks under
_UNDER_HEADING = re.compile(r"\bunder\s+(?:rubriken\s+)?[”\"']?(?P<heading>[\w\s-]{4,40}?)[”\"']?\s+(?:i|inom|enligt)\s+\w+", re.I)


# "Vilka grupper är överrepresenterade när det gäller suicid enligt planen?": what the asked things are about
_WHEN_IT_COMES_TO = re.compile(r"\b(?:när\s+det\s+gäller|regarding|concerning|with\s+regard\s+to)\s+(?P<x>[\w-]+(?:\s+(?!enligt\b|i\b|inom\b|för\b)[\w-]+)?)", re.I)


def when_it_comes_to(question: str) -> str:
    """What a question narrows itself to with "när det gäller X" ("suicid"), or ""."""
    match = _WHEN_IT_COMES_TO.search(question)
    return match["x"] if match else ""


# "vilka exempel finns på hälsofrämjande arbete som jag kan göra?": the thing examples are asked of
_EXAMPLES_OF = re.compile(r"\bexempel\s+(?:finns\s+(?:det\s+)?)?på\s+(?P<x>(?!(?:hur|vad|vilka|det|den|dem|dom)\b)[^?,.]+?)"
                          r"(?:\s+(?:som|i|inom|enligt|för)\s+[^?]*)?\s*[?.]?\s*$", re.I)


def examples_asked_of(question: str) -> str:
    """The thing a question asks for examples of ("… exempel finns på hälsofrämjande arbete som jag kan göra?" ->
    "hälsofrämjande arbete"), or ""."""
    match = _EXAMPLES_OF.search(question)
    return match["x"].strip() if match else ""


# "Det kan exempelvis ske genom specialistteam i hemmet, …": a sentence that gives examples in its own words
_GIVES_EXAMPLES = re.compile(r"\b(?:exempelvis|till\s+exempel|t\.\s?ex\.?|såsom)\s+(?:\w+\s+){0,3}?(?:genom|med|i|på|av|om)\b", re.I)
_ASKS_EXAMPLES = re.compile(r"\bexempel\b(?!\s+på\s+(?:hur|var|när|vad|vilka|vilket|vilken|om)\b)", re.I)


def asks_examples(question: str) -> bool:
    """Whether a question asks for examples of a thing ("Vilka exempel på öppnare vårdformer ger planen?"), not of
    how or where a thing is said ("exempel på hur tandvården nämns")."""
    return bool(_ASKS_EXAMPLES.search(question))


# "… hur positiva norrbottningarna är, finns det siffror?": figures asked beside what is said
_ASKS_FIGURES = re.compile(r"\b(?:siffror|siffrorna|sifferuppgifter|statistik|procentsats\w*|några\s+procent|numbers|figures|"
                           r"statistics)\b", re.I)


def asks_figures(question: str) -> bool:
    """Whether a question asks for figures on what it asks of ("finns det siffror?", "någon statistik?")."""
    return bool(_ASKS_FIGURES.search(question))


# "…, och från vilket år är siffrorna?": the figures just given, pointed back at by a word for them
_THE_FIGURES = re.compile(rf"^(?:{'|'.join(FIGURES_GIVEN_WORDS)}|siffran|uppgifterna|uppgiften|talen|statistiken|figures|numbers|"
                          r"statistics)$", re.I)


# "Vilken folkhälsostrategi hänvisar verksamhetsplanen till?": which document one refers to, named in a list
_REFERRED = re.compile(r"\b(?:hänvisa[rs]?|hänvisade|refererar|refereras|hänvisning\w*|refers?|referred)\b", re.I)


def asks_referred(question: str) -> bool:
    """Whether a question asks what a document refers to ("Vilken folkhälsostrategi hänvisar den till?"): a list line
    naming it answers."""
    return bool(_REFERRED.search(question))


def names_the_figures(word: str) -> bool:
    """Whether a word points back at figures given ("siffrorna", "uppgifterna")."""
    return bool(_THE_FIGURES.match(word))


def says_figure(sentence: str) -> bool:
    """Whether a sentence gives a figure, a number that is no year ("… uppgår till 77 procent", not "(2023)")."""
    return any(not re.fullmatch(r"(?:19|20)\d\d", n) for n in re.findall(r"(?<![\d–-])\d+(?:[,.]\d+)?(?![\d–-])", sentence))


def gives_examples(sentence: str) -> bool:
    """Whether a sentence gives examples in running text ("Det kan exempelvis ske genom specialistteam i hemmet, …")."""
    return bool(_GIVES_EXAMPLES.search(sentence))


def named_under(question: str) -> str:
    """The heading a question asks under ("Vilka exempel finns under öppnare vårdformer i strategin?" -> "öppnare
    vårdformer"), or ""."""
    match = _UNDER_HEADING.search(question)
    return match["heading"].strip() if match else ""


def said_of_it(question: str, topic: str) -> str:
    """A follow-up asking what a text says "om det", asked of the thread's topic ("och vad säger planen om det?" ->
    "och vad säger planen om primärvården?"; "står dom med i planen också?" -> "Vad säger planen om …?"), or ""."""
    also = _IT_IN_TOO.match(question)
    if also and topic:
        return f"Vad säger {also['doc']} om {topic}?"
    match = _SAID_OF_IT.match(question)
    if not match or not topic or match["rest"].strip():
        return ""
    return f"{question[:match.start('it')]}{topic}{question[match.end('it'):]}".rstrip(" ?") + "?"


# "ok och var ska patienten kunna se det sen?" after "vad är ett patientkontrakt?": "det" is what a verb is done
# to, the thing the earlier question defined ("få det att fungera" is no thing)
_VERB_ON_IT = re.compile(r"\b(?:se|hitta|läsa|få|använda|nå|öppna|komma\s+åt|ta\s+del\s+av|fylla\s+i|skriva)\s+"
                         r"(?P<it>det|den)\b(?!\s+(?:att|som|här|där|till)\b)", re.I)


# "När ska det vara infört?" (after "Och om egenmonitorering då?"; "det" is what is to be done or become so), "När ska
# egenmonitorering vara infört?": the subject of a when/how/where question of what is to be done
_TO_BE = re.compile(r"^\s*(?:(?:och|men|o)\s+)?(?P<wh>när|hur|var|vart|till\s+när|vilket\s+år)\s+(?:ska|skall|kommer|bör|måste)\s+"
                    r"(?P<x>[\w-]+)\s+(?:att\s+)?(?:vara|bli|ha\s+blivit)\s+(?:\w+\s+)?\w+(?:t|d|da|de)\b", re.I)
_WHEN_WORDS = ("när", "till när", "vilket år")
_PRONOUN_SUBJECTS = ("det", "den", "dem", "dom", "vi", "man", "jag", "ni")
# "Och om egenmonitorering då?": a bare "och om X då?" turn asks of X
_BARE_ABOUT = re.compile(r"^\s*(?:och|men|o|å)?\s*(?:om|kring|angående)\s+(?P<x>(?!(?:det|den|dem|dom|detta)\b)[^?,.!]{3,40}?)"
                         r"\s*(?:då)?\s*\??\s*$", re.I)


def thing_to_be(question: str) -> str:
    """The one thing a when-question asks to be done or become so ("När ska egenmonitorering vara infört?" ->
    "egenmonitorering"), or ""."""
    match = _TO_BE.match(question)
    return match["x"] if match and " ".join(match["wh"].lower().split()) in _WHEN_WORDS \
        and match["x"].lower() not in _PRONOUN_SUBJECTS else ""


def bare_about(turn: str) -> str:
    """The thing a bare "och om X då?" turn asks of ("Och om egenmonitorering då?" -> "egenmonitorering"), or ""."""
    match = _BARE_ABOUT.match(turn)
    return match["x"].strip() if match else ""


def subject_of_it(question: str, thing: str) -> str:
    """A follow-up whose "det" is the thing to be done or become so, asked of the thing named ("När ska det vara
    infört?" -> "När ska egenmonitorering vara infört?"), or ""."""
    match = _TO_BE.match(question)
    if not match or not thing or match["x"].lower() not in ("det", "den"):
        return ""
    return f"{question[:match.start('x')]}{thing}{question[match.end('x'):]}"


_POSSESSED = re.compile(r"\b(?:sin|sitt|sina|deras|dess|vår|vårt|våra)\s+(?:\w+a\s+)?(?P<thing>\w{4,})\b", re.I)


def possessed_thing(question: str) -> str:
    """The thing a question says is someone's ("Hur tog de fram sin målbild där?" -> "målbild"), or ""."""
    match = _POSSESSED.search(question)
    return match["thing"] if match else ""


_WHAT_OF_IT = re.compile(r"^\s*(?:(?:och|o|men)\s+)?vad\s+(?P<verb>innebär|innebar|betyder|betydde)\s+(?:det|den|detta)\b"
                         r"(?P<rest>[^?]*)\??\s*$", re.I)


_OF_THEM = re.compile(r"\b(?P<how>hur\s+många|hur\s+stor\s+(?:del|andel))\s+av\s+(?:dem|dom|de|dessa)\b", re.I)


def counts_of_them(question: str) -> re.Match | None:
    """The "hur många av dem" of a question that counts among things named before, or None (not when it names its own
    things first: "och tandvårdsmottagningar då? hur många av dom drivs privat?")."""
    match = _OF_THEM.search(question)
    return None if not match or any(len(w) >= 4 for w in topic_words(question[:match.start()]).split()) else match


_FOR_THEM = re.compile(r"\b(?P<prep>för|om|med|över)\s+(?:dom|dem|de)(?=\s*[?.!]|\s*$)", re.I)


def them_counted(question: str, noun: str) -> str:
    """A follow-up whose "dom" at its end is the things counted before ("Hur många hälsocentraler finns det?" + "och
    vilken nämnd ansvarar för dom?" -> "… ansvarar för hälsocentralerna?"), or ""."""
    if not noun or not _FOR_THEM.search(question):
        return ""
    definite = noun if re.search(r"(?:na|erna|arna|orna)$", noun) else f"{noun}na"
    return _FOR_THEM.sub(lambda m: f"{m['prep']} {definite}", question, count=1)


def counted_of_them(question: str, noun: str) -> str:
    """"hur många av dem …?" asked of the things the earlier question counted ("Hur många hälsocentraler finns det?" +
    "och hur många av dem drivs privat?" -> "… hur många av hälsocentralerna drivs privat?"), or ""."""
    match = counts_of_them(question)
    if not match or not noun:
        return ""
    definite = noun if re.search(r"(?:na|en)$", noun, re.I) else f"{noun}na" if re.search(r"(?:er|ar|or)$", noun, re.I) \
        else f"{noun}en"  # ("hälsocentraler" -> "hälsocentralerna", "sjukhus" -> "sjukhusen")
    return f"{question[:match.start()]}{match['how']} av {definite}{question[match.end():]}"


def what_of_it(question: str, thing: str) -> str:
    """A bare "vad innebär det?" asked of the thing named before ("När infördes Cosmic och vad innebär det?" -> "vad
    innebär Cosmic?"), or ""."""
    match = _WHAT_OF_IT.match(question)
    return f"Vad {match['verb'].lower()} {thing}{match['rest'].rstrip()}?" if match and thing else ""


# "vad krävs för att det ska fungera?", "what is needed for that to work?": what a thing needs
_NEEDS_OF_IT = re.compile(r"^\s*(?:(?:och|men|o)\s+)?vad\s+(?:krävs|behövs|måste\s+till)\s+för\s+att\s+(?:det|den|dom|de)\s+"
                          r"ska\s+(?:fungera|funka|lyckas|bli\s+av|gå\s+att\s+göra|komma\s+igång)\b[^?]*\??\s*$", re.I)


# "vad innebär det för regionens verksamheter rent praktiskt?" (not "för mig"): what it means for a body, which a
# sentence "För Region Norrbotten innebär det att regionens verksamheter väljer varor …" says
_ASKS_MEANING_FOR = re.compile(r"\bvad\s+(?:innebär|betyder)\s+(?:det|detta|det\s+här)\s+för\s+(?!(?:mig|oss|dig|er|min|mitt|mina|"
                               r"vår|vårt|våra|de|dem|dom|patienten|patienterna)\b)\w+", re.I)
_SAYS_MEANING_FOR = re.compile(r"^\s*För\s+(?:Region\s+\w+|regionen|\w+)\s+innebär\s+(?:det|detta)\b", re.I)


def asks_meaning_for(question: str) -> bool:
    """Whether a question asks what a thing means for a body or its work ("vad innebär det för regionens verksamheter?")."""
    return bool(_ASKS_MEANING_FOR.search(question))


def says_meaning_for(sentence: str) -> bool:
    """Whether a sentence says what a thing means for a body ("För Region Norrbotten innebär det att …")."""
    return bool(_SAYS_MEANING_FOR.match(sentence))


_ASKS_NEEDED = re.compile(r"\bvad\s+(?:krävs|behövs|måste\s+till|förutsätter)\b", re.I)
_SAYS_NEEDED = re.compile(r"\b(?:kräver|krävs|förutsätter|förutsättning(?:en|ar|arna)?\s+för)\b", re.I)


_PRIVATE = re.compile(r"\bprivat\w*|\bprivate(?:ly)?\b", re.I)


def names_private(text: str) -> bool:
    """Whether a text speaks of what is run privately ("drivs privat", "i privat regi", "privately")."""
    return bool(_PRIVATE.search(text))


# "Hur gjorde Jämtland Härjedalen med kommunikationen kring sin målbild?": the thing a how-did-they-handle question is of
_HANDLED = re.compile(r"^\s*(?:(?:och|men|o)\s+)?hur\s+(?:gjorde|gör|har|hanterade|hanterar|löste|löser)\s+"
                      r"(?:(?!med\b)[\w:-]+\s+){1,4}?(?:gjort\s+|hanterat\s+|löst\s+)?med\s+(?:själva\s+)?"
                      r"(?P<x>(?!(?:det|den|dem|dom|detta|att)\b)[a-zåäö][\w-]{5,})\b", re.I)


def handled_topic(question: str) -> str:
    """The thing a "hur gjorde X med Y?" question asks how it was handled ("kommunikationen"), or ""."""
    match = _HANDLED.match(question)
    return match["x"] if match else ""


def asks_needed(question: str) -> bool:
    """Whether a question asks what a thing needs ("Vad krävs för egenmonitorering?")."""
    return bool(_ASKS_NEEDED.search(question))


def says_needed(sentence: str) -> bool:
    """Whether a sentence says what a thing needs ("… egenmonitorering vid hjärtsvikt kräver en väl utbyggd …")."""
    return bool(_SAYS_NEEDED.search(sentence))


def needs_of_it(question: str, thing: str) -> str:
    """"vad krävs för att det ska fungera?" asked of the thing named before ("Vad krävs för egenmonitorering i
    hemmet?"), or ""."""
    return f"Vad krävs för {thing}?" if thing and _NEEDS_OF_IT.match(question) else ""


_DONE_THERE = re.compile(r"\b(?P<there>där)\s*\??\s*$", re.I)


def done_there(question: str, thing: str) -> str:
    """A follow-up ending on "där", asked of the named thing before ("vad är Min vård Norrbotten?" + "vad kan man göra
    där?" -> "vad kan man göra i Min vård Norrbotten?"), or ""."""
    match = _DONE_THERE.search(question) if thing and thing[:1].isupper() else None
    return f"{question[:match.start('there')]}i {thing}?" if match else ""


def object_of_it(question: str, thing: str) -> str:
    """A follow-up whose "det" is what a verb is done to, asked of the thing named ("var kan patienten se det?" ->
    "var kan patienten se patientkontrakt?"), or ""."""
    match = _VERB_ON_IT.search(question)
    if not match or not thing:
        return ""
    return f"{question[:match.start('it')]}{thing}{question[match.end('it'):]}"


# "var ska patienten kunna se det sen, blir det i nån app?": where a thing is seen or found online
_WHERE_SEEN = re.compile(r"\b(?:var|vart|where)\b[^?.!]{0,40}?\b(?:se|hitta|läsa|nå|få\s+tag\s+på|komma\s+åt|see|find|read|"
                         r"access)\b|\bi\s+(?:nån|någon|en)\s+app\b|\bwhich\s+app\b", re.I)
_ONLINE_PLACE = re.compile(r"\b[\w-]+\.(?:se|nu|com|org)\b|\b(?:appen?|e-tjänst\w*|webbplats\w*|hemsida\w*|portal\w*)\b",
                           re.I)


def asks_where_seen(question: str) -> bool:
    """Whether a question asks where a thing is seen or found ("var kan patienten se det?", "i nån app?")."""
    return bool(_WHERE_SEEN.search(question))


def names_online_place(text: str) -> bool:
    """Whether a sentence names a place on the web ("… som en sammanhållen vy på 1177.se", "e-tjänster")."""
    return bool(_ONLINE_PLACE.search(text))


# "… står det nåt om att patienten är expert, vad menas med det?", "vad menas med att jag är experten i mitt liv?":
# what a statement of the documents means
_MEANT = re.compile(r"\bvad\s+(?:menas|avses)\s+med\s+att\b|\b(?:står|sägs)\s+det\s+\w+\s+om\s+att\b[^?]*\bvad\s+"
                    r"(?:menas|avses|betyder|innebär)\s+(?:med\s+)?(?:det|detta)\b", re.I)


_WHAT_MEANT = re.compile(r"\bvad\s+(?:menas|menar|betyder|innebär)\b", re.I)


def asks_meaning_of_quoted(question: str) -> bool:
    """Whether a question asks what a term it quotes means ("och vad menas med 'modigt ledarskap'?"): a question of
    its own, though an earlier answer named the term."""
    return bool(_WHAT_MEANT.search(question)) and bool(quoted_phrases(question))


def asks_meant(question: str) -> bool:
    """Whether a question asks what a statement means ("vad menas med att jag är experten i mitt liv?")."""
    return bool(_MEANT.search(question))


# "och vad säger nämndens verksamhetsplan om samma sak?": "samma sak" points back as "det" does
# (only as what is spoken of: "Säger strategin och planen samma sak?" asks whether they agree)
_SAME_THING_SAID = re.compile(r"\b(om|kring|angående|gällande)\s+(?:samma\s+(?:sak|saker|ämne|fråga|område|grej|tema)|detsamma)\b",
                              re.I)


def same_thing(question: str) -> str:
    """The question with "om samma sak" read as "om det" ("… om samma sak?" -> "… om det?"), or ""."""
    return _SAME_THING_SAID.sub(r"\1 det", question) if _SAME_THING_SAID.search(question) else ""


# "Frågan ”vad är viktigt för dig” dyker upp lite överallt. I vilka av dokumenten finns den med?": where a quoted
# phrase is said
_WHERE_SAID = re.compile(r"\b(?:i\s+vilk(?:a|et)\s+(?:av\s+)?(?:de\s+)?(?:styr)?dokument\w*|vilka\s+(?:styr)?dokument\w*\s+"
                         r"(?:tar|nämner|använder|har|säger)|(?:från\s+)?vilk(?:et|a)\s+(?:styr)?dokument\w*\s+(?:kommer|står|är)\s+"
                         r"(?:det|den|uttrycket|meningen|citatet|frasen)|var\s+(?:i\s+dokumenten\s+)?(?:står|finns|nämns|används|kommer)|"
                         r"in\s+which\s+documents?|where\s+(?:is|does)|"
                         # "… står det nånstans "jag är experten i mitt liv" – vilken del är det?": the part it stands in
                         r"(?:vilken|vilket)\s+(?:del|avsnitt|rubrik|stycke|kapitel)\s+(?:är\s+det|står\s+(?:det|den)|hör\s+"
                         r"(?:det|den)|kommer\s+(?:det|den))|(?:under|i)\s+vilken\s+(?:rubrik|del)\s+(?:står|finns|nämns))\b", re.I)
# "… – vilken del är det och vad står det mer där?": the rest of the part too
_MORE_THERE = re.compile(r"\bvad\s+(?:mer|mera|annat)\s+(?:står|sägs)\s+(?:det\s+)?där\b|\bvad\s+(?:står|sägs)\s+(?:det\s+)?"
                         r"(?:mer|mera|också|dessutom|runt\s+omkring)\s+(?:där|i\s+(?:den|det)\s+(?:delen|avsnittet|stycket))\b", re.I)


def asks_more_there(question: str) -> bool:
    """Whether a question asks what else the place it points at says ("… och vad står det mer där?")."""
    return bool(_MORE_THERE.search(question))


# a pronoun of the quoted phrase may stand as the speaker's own ("vad är viktigt för dig" / "… för mig")
_PRONOUN_PAIRS = {"dig": "(?:dig|mig)", "mig": "(?:dig|mig)", "du": "(?:du|jag)", "jag": "(?:du|jag)",
                  "din": "(?:din|min)", "min": "(?:din|min)", "ditt": "(?:ditt|mitt)", "mitt": "(?:ditt|mitt)",
                  "dina": "(?:dina|mina)", "mina": "(?:dina|mina)"}
MIN_SAID_PHRASE_WORDS = 3  # a quoted phrase this long is looked up where it is said; a shorter one is a term


# "Ordet tillit dyker upp i flera av dokumenten – i vilka sammanhang?": where a word named as a word is said
_WORD_WHERE = re.compile(r"\b(?:ordet|begreppet|uttrycket)\s+[”\"']?(?P<word>[\w-]{4,})[”\"']?\b[^?]*?\b(?:i\s+vilka\s+"
                         r"(?:sammanhang|dokument\w*)|var\s+(?:nämns|står|används|dyker)|dyker\s+upp\s+(?:var|i\s+vilka))", re.I)


def asks_where_said(question: str) -> str:
    """The quoted phrase a question asks where the documents say ("I vilka av dokumenten finns den med?"), or a word
    named as a word ("Ordet tillit dyker upp i flera av dokumenten – i vilka sammanhang?"), or ""."""
    word = _WORD_WHERE.search(question)
    if word:
        return word["word"]
    if not _WHERE_SAID.search(question):
        return ""
    return next((p for p in quoted_phrases(question) if len(p.split()) >= MIN_SAID_PHRASE_WORDS), "")


def said_phrase(phrase: str) -> re.Pattern:
    """A pattern for a phrase as the documents may say it: a "som" may come between its words ("vad som är viktigt"),
    and a "du" be the speaker's "jag"."""
    words = re.findall(r"\w+", phrase.lower())
    return re.compile(r"\b" + r"\W+(?:som\W+)?".join(_PRONOUN_PAIRS.get(w, re.escape(w)) for w in words) + r"\b", re.I)


# "… undrar vad syftet med målbilden i Jämtland är, varför …": a question in the word order of a clause ("vad X
# är"), once the asker's "undrar" is cut, asks "vad är X" (not "vad som är …", "vad det är för …", "vad vi är …")
_CLAUSE_ORDER = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?vad\s+(?P<thing>(?!(?:som|det|man|vi|jag|du|ni|han|hon|den|"
                           r"är|e)\b)[a-zåäö][^,.?!]{2,60}?)\s+(?:är|e)\s*(?P<rest>(?:[,–-][^?]*)?\??)\s*$", re.I)


def clause_order(question: str) -> str:
    """"vad syftet med målbilden är, varför gör man en sån" -> "Vad är syftet med målbilden, varför gör man en sån",
    or ""."""
    match = _CLAUSE_ORDER.match(question)
    first = match["thing"].split()[0] if match else ""
    if not match or (len(first) > 3 and verb_like(first)) or \
            re.search(r"\b(?:som|att|det|man|vi|jag|du|ni)\b", match["thing"], re.I):
        return ""  # a clause of its own ("vad sa du att det är")
    rest = match["rest"] if match["rest"].strip() not in ("", "?") else "?"
    asked = f"vad är {match['thing']}{rest}"
    return _asked_with_lean(match["lean"], asked)


# "Vad säger nämndens verksamhetsplan om hur stor del av vården som går till dem som är över 65?": a question of a
# kind of fact (how many or much, who) inside "vad säger X om …" is asked itself, of that document (not "när …":
# "Vad säger strategin om när den ska följas upp?" is answered by what it says of the follow-up, dated or not)
_KIND_INSIDE = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?vad\s+(?:säger|skriver)\s+(?P<doc>[\w:–-]+(?:\s+[\w:–-]+){0,3}?)\s+om\s+"
                          r"(?P<q>(?:hur\s+(?:många|stor\s+(?:del|andel)|mycket)|vem)\b[^?]{6,}?)\s*\??\s*$", re.I)


def kind_inside(question: str) -> str:
    """"Vad säger planen om hur många X …?" -> "Hur många X … enligt planen?", or ""."""
    match = _KIND_INSIDE.match(question)
    if not match:
        return ""
    asked = f"{match['q'][0].upper()}{match['q'][1:]} enligt {match['doc']}?"
    return _asked_with_lean(match["lean"], asked)


# "Vad lovar Norrbottens målbild oss som invånare?": what a document promises those it speaks to is what it says
_PROMISED_TO = re.compile(r"\b(?:lovar|utlovar|lovas|promises?)\s+(?:(?:oss|er|dem|mig|us|them)(?:\s+(?:som|as)\s+\w+)?|"
                          r"(?:invånar|medborgar|befolkning|länsbo|norrbottning|patient|resident|citizen)\w*)", re.I)


# ("Vad lovar strategin invånarna?": the verb before the document)
_PROMISES_WHAT = re.compile(r"^\s*(?P<what>vad)\s+(?:lovar|utlovar)\s+(?P<said>[^?]+?)\s+(?:(?:oss|er|dem|mig)(?:\s+som\s+\w+)?|"
                            r"(?:invånar|medborgar|befolkning|länsbo|norrbottning|patient)\w*)\s*\?\s*$", re.I)


def promised(question: str) -> str:
    """A question for what a document promises its readers, as what it says ("Kan du sammanfatta vad
    Norrbottens målbild lovar oss som invånare?" -> "… vad Norrbottens målbild säger?"), or ""."""
    verb_first = _PROMISES_WHAT.match(question)
    if verb_first:
        return f"{verb_first['what']} säger {verb_first['said']}?"
    return _PROMISED_TO.sub("säger", question) if _PROMISED_TO.search(question) else ""


# "vad innebär den om kontinuitet, alltså för patienten?": what a thing says of a topic (not "vad innebär det om man
# flyttar?", a condition)
_MEANS_ABOUT = re.compile(r"\b(?P<ask>vad\s+)innebär(?P<who>\s+(?:den|det|de|dom|\w+(?:n|et|na)))\s+om\s+"
                          r"(?=(?!(?:man|jag|vi|du|ni|han|hon|den|det|de|dom|en|ett)\b)[\w-]+(?:\s+[\w-]+)?\s*(?:[,?.!]|$|"
                          r"\s+(?:för|i|enligt|alltså)\b))", re.I)


def means_about(question: str) -> str:
    """"vad innebär den om kontinuitet?" -> "vad säger den om kontinuitet?", or ""."""
    return _MEANS_ABOUT.sub(lambda m: f"{m['ask']}säger{m['who']} om ", question, count=1) if _MEANS_ABOUT.search(question) else ""


# "var ska patienten kunna se det sen, blir det i nån app?": the asker's guess after the question asks nothing more
_GUESS_AFTER = re.compile(r"^(?P<asked>\s*(?:(?:ok|okej|och|å|men)\b[\s,]+)*(?:vad|var|vart|hur|när|vem|vilka|vilken|vilket)\b"
                          r"[^,?]{6,}?)\s*,\s*(?:blir|är|e|sker|hamnar|finns|kommer)\s+(?:det|den|de|dom)\s+(?:att\s+\w+\s+)?"
                          r"(?:i|på|via|genom)\s+(?:nån|någon|något|nåt|en|ett)\s+[\w-]+\s*\?*\s*$", re.I)


# "när tog svom beslut om målbilden i jämtland, var det 2022 eller 2023?": the years the asker guesses ask nothing more
_YEAR_GUESSED = re.compile(r"^(?P<asked>\s*(?:(?:ok|okej|och|å|men)\b[\s,]+)*(?:när|vilket\s+år|vilket\s+datum)\b[^,?]{6,}?)"
                           r"\s*,\s*(?:var|blev|är|e|va)\s+(?:det|den|de|dom)\s+(?:(?:i|år|typ|kanske)\s+)*(?:19|20)\d\d"
                           r"(?:\s+(?:eller|el)\s+(?:(?:i|år)\s+)?(?:19|20)\d\d)?\s*\?*\s*$", re.I)


def without_guess(question: str) -> str:
    """"var ska patienten kunna se det sen, blir det i nån app?" -> "var ska patienten kunna se det sen?" (and "när …,
    var det 2022 eller 2023?" -> "när …?"), or ""."""
    match = _GUESS_AFTER.match(question) or _YEAR_GUESSED.match(question)
    return f"{match['asked'].rstrip()}?" if match else ""


# "vad e patientkontraktet o vilka delar har de, hittar inget om de på intranätet": the asker's searching elsewhere,
# said after the question, asks nothing more (and its "de" is no thing asked of)
_NOT_FOUND_AFTER = re.compile(r"(?:\s*[,.;–-]\s*|\s*\?\s*|\s+(?:för|men|o|och)\s+)(?:(?:för|men|o|och)\s+)?(?:jag\s+|vi\s+)?"
                              r"(?:har\s+letat\s+(?:\w+\s+){0,3}(?:men\s+)?)?(?:hittar|hittade|hitta|har\s+inte\s+hittat|kan\s+inte\s+hitta|"
                              r"kunde\s+inte\s+hitta|får\s+inte\s+fram|fick\s+inte\s+fram)\s+"
                              r"(?:(?P<none>inget|ingenting|inte\s+nåt|inte\s+något|inte\s+mycket|nada|noll)\s*|inte\s+)?"
                              r"(?:(?:det|den|dem|dom|de)\s+)?(?:(?:om|på)\s+(?:det|de|dem|dom|den|det\s+där|\w+)\s*)?"
                              r"(?:(?:på|i|via)\s+(?:intranätet|intranät|nätet|webben|insidan|google|1177|platina|nån\s+sida)\b|"
                              r"(?:nånstans|någonstans|själv|där)\b|(?(none)(?=[\s.!?]*$)|(?!)))[^?]*\?*\s*$", re.I)


# "vad ska hälsocentralerna göra med dom sköra gamla enligt nämnden har hört nåt om skörhet men fattar inte riktigt":
# what the asker heard and does not understand, said after the question, asks nothing more
_NOT_UNDERSTOOD_AFTER = re.compile(r"(?:\s*[,.;–-]\s*|\s*\?\s*|\s+)(?:(?:och|men|o)\s+)?(?:jag\s+)?"
                                   r"(?:har\s+hört\s+(?:nåt|något|lite|talas)\s+om\s+[\w-]+\s+)?(?:(?:men|o|och)\s+)?(?:jag\s+)?"
                                   r"(?:fattar|förstår|begriper|kommer\s+inte\s+ihåg)\s+(?:inte|ingenting|inget)?\s*"
                                   r"(?:riktigt|alls|nåt|något|helt|vad\s+det\s+(?:är|betyder|innebär))?\s*[?.!]*\s*$", re.I)


def without_not_found(question: str) -> str:
    """"vad är patientkontraktet och vilka delar har de, hittar inget om de på intranätet" -> "vad är
    patientkontraktet och vilka delar har de?", or "" (nothing said of searching after the question); likewise what
    the asker heard and does not understand ("… har hört nåt om skörhet men fattar inte riktigt")."""
    match = _NOT_FOUND_AFTER.search(question) or _NOT_UNDERSTOOD_AFTER.search(question)
    if not match or match.start() < 8:
        return ""
    return f"{question[:match.start()].rstrip(' ,.;?')}?"


# "Hur definierar nämndens plan en hälsofrämjande hälso- och sjukvård?": what the document means by the thing
_HOW_DEFINED = re.compile(r"^\s*(?:(?:och|men)\s+)?hur\s+(?:definierar|förklarar|avgränsar)\s+"
                          r"(?P<doc>(?:[\w:-]+\s+){0,3}?(?:plan|planen|strategi|strategin|målbild|målbilden|dokumentet|"
                          r"verksamhetsplan|verksamhetsplanen|artikeln)\w*)\s+(?:en\s+|ett\s+|begreppet\s+)?"
                          r"(?P<x>[^?]{3,80}?)\s*\??\s*$", re.I)
_HOW_IS_DEFINED = re.compile(r"^\s*(?:(?:och|men)\s+)?hur\s+definieras\s+(?:en\s+|ett\s+|begreppet\s+)?(?P<x>[^?]{3,80}?)"
                             r"(?P<where>\s+(?:i|enligt)\s+[^?]+?)?\s*\??\s*$", re.I)


def how_defined(question: str) -> str:
    """"Hur definierar nämndens plan en hälsofrämjande hälso- och sjukvård?" -> "Vad menas med hälsofrämjande hälso-
    och sjukvård i nämndens plan?" (and "Hur definieras X (i Y)?" likewise), or ""."""
    match = _HOW_DEFINED.match(question)
    if match:
        return f"Vad menas med {match['x']} i {match['doc']}?"
    match = _HOW_IS_DEFINED.match(question)
    return f"Vad menas med {match['x']}{match['where'] or ''}?" if match else ""


# "Nämns servicepunkter ens i strategin?": "ens" (even) says how doubtful, not what about ("ens egen hälsa" is one's own)
_EVEN = re.compile(r"\s+ens\b(?!\s+(?:egen|eget|egna|liv|hälsa|vardag|behov|situation))", re.I)


def without_even(question: str) -> str:
    """"Nämns servicepunkter ens i strategin?" -> "Nämns servicepunkter i strategin?", or ""."""
    plain, removed = _EVEN.subn("", question)
    return plain if removed else ""


# "vad mer ska folktandvården göra enligt nämnden?" (after one of its tasks): what it is to do, all of it
_WHAT_ELSE_DONE = re.compile(r"^(?P<lean>\s*(?:(?:och|men|ok|okej)\b[\s,]+)*vad)\s+(?:mer|mera|annat|annars)\s+"
                             r"(?P<rest>(?:ska|skall|bör|behöver|kommer)\s+[^?]{3,}?\s+(?:göra|jobba\s+med|arbeta\s+med)\b[^?]*)"
                             r"\s*\?*\s*$", re.I)


def what_else_done(question: str) -> str:
    """"vad mer ska folktandvården göra enligt nämnden?" -> "vad ska folktandvården göra enligt nämnden?", or ""."""
    match = _WHAT_ELSE_DONE.match(question)
    return f"{match['lean']} {match['rest'].rstrip()}?" if match else ""


# "vad gör hälso- och sjukvårdsnämnden i Norrbotten?", "What does the committee do?": what a body is responsible for
_BODY_WORD = r"[\w-]*(?:nämnd|styrelse|råd|grupp|organ|fullmäktige)\w*"
_BODY_DOES = re.compile(rf"^\s*(?P<lean>(?:och|men|ok)\s+)?vad\s+gör\s+(?P<body>(?:[\w-]+\s+och\s+)?{_BODY_WORD}"
                        rf"(?:\s+{_BODY_WORD})?|[A-ZÅÄÖ]{{3,5}})(?P<rest>(?:\s+(?:i|för)\s+[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?)?)"
                        r"(?:\s+egentligen)?\s*\??\s*$")


def body_does(question: str) -> str:
    """"vad gör nämnden?" -> "vad ansvarar nämnden för?", or ""."""
    match = _BODY_DOES.match(question)
    return f"{match['lean'] or ''}vad ansvarar {match['body']}{match['rest']} för?" if match else ""


# "Hur lyfter målbilderna fram kontinuitet?": what is lifted forward is what a document describes
# (or passive: "Hur lyfts kontinuitet fram i målbilderna?")
_LIFTED = re.compile(r"\b(?P<verb>lyft(?:er|e|s))\s+(?P<who>(?:[\w-]+\s+){0,6}?)fram\b\s*", re.I)


def described(question: str) -> str:
    """A question on what a document lifts forward as one on what it describes ("Hur lyfter Jämtlands
    målbild fram kontinuitet?" -> "Hur beskriver Jämtlands målbild kontinuitet?"), or ""."""
    lifted = _LIFTED.search(question)
    if not lifted:
        return ""
    verb = "beskrivs" if lifted["verb"].lower() == "lyfts" else "beskriver"
    return f"{question[:lifted.start()]}{verb} {lifted['who']}{question[lifted.end():]}"


# "Hur är Jämtland Härjedalens målbild uppbyggd?": how a thing is built is what it is made of
_BUILT_NOUNS = r"uppbyggnad(?:en)?|upplägg(?:et)?"  # "… när det gäller upplägget?"
_BUILT_WORDS = rf"uppbygg(?:d|da|t)|{_BUILT_NOUNS}|upplag(?:d|da|t)|strukturer(?:ad|ade|at)"
_BUILT = re.compile(rf"\bhur är\s+(?P<thing>[^?,;–]+?)\s+(?:{_BUILT_WORDS})"
                    r"(?P<rest>\s+(?:i|för|enligt|inom|hos)\s+[^?,;–]+?)?\s*(?:[?,;–]|$)", re.I)
# The words that point at things named before rather than name one ("… hur många delar har var och en?")
_POINTING = {"det", "den", "de", "dom", "dem", "dessa", "detta", "denna", "var och en", "vardera", "båda", "bägge",
             "varje", "respektive"}


_STRUCTURE = re.compile(rf"\b(?:{_BUILT_WORDS}|teman|temana|samma\s+sätt|liknar|liknande\s+upplägg|bygger\s+(?:\w+\s+){{0,3}}på|"
                        rf"hur\s+många\s+(?:\w+\s+(?:eller|resp\.?|respektive|och)\s+)?(?:strategier|områden|{_PART_NOUNS}))\b", re.I)


def asks_structure(question: str) -> bool:
    """Whether a question asks how a thing is built or what it is made of ("uppbyggd på samma sätt", "upplägget",
    "vilka teman återkommer", "hur många strategier eller områden bygger … på?")."""
    return bool(_STRUCTURE.search(question))


def asks_parts(question: str) -> bool:
    """Whether a question asks what parts something has ("Hur många delar består de av?", "hur många
    strategier eller punkter består de av?", "hur är de uppbyggda?")."""
    # ("hur många punkter resp strategier har deras målbilder?")
    return bool(re.search(rf"\b(?:hur många|vilka)\s+(?:\w+\s+(?:eller|resp\.?|respektive|och)\s+)?(?:{_PART_NOUNS})"
                          r"(?:\s+(?:eller|resp\.?|respektive|och)\s+\w+)?\s+"
                          r"(?:består|har|innehåller|(?:är|blir)\s+\w+\s+(?:upp|in)delade?)\b|\bvad består\b|"
                          # "How many parts is Norrbotten's vision divided into …?" as the term map reads it
                          rf"\bhur många\s+(?:{_PART_NOUNS})\b[^?]*?\b(?:in|upp)delad[et]?\s+i\b", question, re.I)
                or _BUILT.search(question) or re.search(rf"\b(?:{_BUILT_NOUNS})\b", question, re.I))


def without_part_words(thing: str, question: str = "") -> str:
    """What is asked about less the words for its parts ("delar målbilder" -> "målbilder"), and less a word
    the question offers as another name for them ("hur många strategier eller punkter …")."""
    # (either way round: "hur många punkter eller strategier har dom var?")
    others = re.findall(rf"\b(\w+)\s+eller\s+(?:{_PART_NOUNS})\b", question, re.I) + \
        re.findall(rf"\b(?:{_PART_NOUNS})\s+eller\s+(\w+)\b", question, re.I)
    alternatives = "|".join(re.escape(w) for w in others)
    # (and the particle of "har tagit fram målbilder": no part of what is asked about; nor "dom" of "har dom var")
    return " ".join(re.sub(rf"\b(?:{_PART_NOUNS}|{_BUILT_WORDS}|delarna|punkterna|består|innehåller|\w*delade?|fram|dom|dem"
                           rf"{'|' + alternatives if alternatives else ''})\b", " ", thing, flags=re.I).split())


# "svom vad är det", "SVOM, vad är det?": the term first, then what is asked of it; "… ett delområde som heter
# 'sammanhållet och enkelt för mig', vad betyder det": the quoted name is the term
_TERM_FIRST = re.compile(r"^\s*(?P<term>[\w][\w\s-]{1,40}?)\s*[,:–-]?\s+(?:vad|va)\s+(?P<verb>är|betyder|innebär|ingår i|innehåller)\s+"
                         r"(?:det|den|dom|de)(?:\s+för\s+(?:nåt|något|någonting))?\s*[?!.]*\s*$", re.I)
_QUOTED_NAME = re.compile(r"\b(?:heter|kallas|kallad|kallat|benämns|som)\s+[‘'”\"“](?P<term>[^‘'”\"“]{3,80})[’'”\"]\s*[,.–-]?\s+"
                          r"(?:vad|va)\s+(?P<verb>är|betyder|innebär)\s+(?:det|den|dom|de)\b", re.I)


# "Medborgardialoger – vad står det om dem i de olika dokumenten?": the topic said first, then what is said of it
_SAID_OF_FIRST = re.compile(r"^\s*(?P<term>[^\W\d][\w\s-]{2,40}?)\s*[,:–-]\s*(?P<ask>vad\s+(?:står\s+det|sägs|skrivs|"
                            r"(?:säger|skriver)\s+(?!om\b)\w+(?:\s+(?!om\b)\w+)?)\s+om)\s+(?:dem|dom|de|det|den|dessa|detta)\b"
                            r"(?P<rest>[^?]*)\??\s*$", re.I)


# "å västernorrland då, hur tog dom fram sin": a place said first, then a question of its own
_PLACE_THEN_ASKED = re.compile(r"^\s*(?:(?:och|å|o|men)\s+)?(?:i\s+)?(?P<place>(?!(?:varför|vad|hur|när|vem|vilka|vilken|vilket|"
                               r"why|how|what|när|och)\b)[\w-]+(?:\s+[\w-]+)?)\s+då\s*[,?]\s*"
                               r"(?P<asked>(?:vad|vem|vilka|vilken|vilket|hur|när|varför)\b[^?]+?)\s*\??\s*$", re.I)


def place_and_asked(question: str) -> tuple[str, str]:
    """The place a follow-up names first and the question it then asks ("och tandvården då, hur många mottagningar och
    hur många är privata?" -> ("tandvården", "hur många mottagningar och hur många är privata")), or ("", "")."""
    match = _PLACE_THEN_ASKED.match(question)
    return (match["place"], f"{match['asked']}?") if match else ("", "")


# "gäller det även oss i Jämtland, eller bara Norrbotten?": whether it holds in the place named first (the other is
# the one talked of)
_ALSO_OR_ONLY = re.compile(r"^(?P<asked>[^?]*\b(?:även|också)\b[^?]*?)\s*,?\s*eller\s+(?:bara|enbart|endast)\s+"
                           r"(?:i\s+|för\s+|hos\s+)?[\w-]+(?:\s+[\w-]+)?\s*\??\s*$", re.I)


def also_not_only(question: str) -> str:
    """"gäller det även oss i Jämtland, eller bara Norrbotten?" read as "gäller det även oss i Jämtland?", or ""."""
    match = _ALSO_OR_ONLY.match(question)
    return f"{match['asked'].rstrip(' ,')}?" if match else ""


# "och egenmonitorering, vart ska det införas?": a thing named first, then a question of it by a pointing word
# (or named as "det där om X": "och det där om sköra äldre, vad mer står det om dom?")
# (or one long word alone before the comma, as "det där med mobiltandvård, var ska den erbjudas?" is read)
# (not "den där om kontinuitet – …", the one item of an earlier answer's list, which is a follow-up on it)
_THING_THEN_ASKED = re.compile(r"^\s*(?:(?:och|men|å|o)\s+(?:det\s+(?:där|här)\s+(?:om|med)\s+)?|"
                               r"det\s+(?:där|här)\s+med\s+|"
                               r"(?=(?!(?:jättebra|intressant|förstår|toppen|precis|perfekt|absolut|självklart)\b)"
                               r"[^\W\d_]{6,}\s*,))(?P<thing>(?!(?:varför|vad|hur|när|vem|vilka|vilken|vilket|var|vart|"
                               r"det|den|dom|de|du|jag|vi|ni)\b)[^\W\d_][\w-]+(?:\s+[\w-]+){0,2}?)(?:\s+då)?\s*[,–-]\s*"
                               r"(?P<asked>(?:var|vart|när|hur|vem|vad|varför|vilka|vilken|vilket)\b[^?]*)\??\s*$", re.I)


def thing_then_asked(question: str) -> str:
    """A follow-up that names a thing and then asks of it by "det"/"den", asked of the thing ("och egenmonitorering,
    vart ska det införas?" -> "vart ska egenmonitorering införas?"), or "" (a region is `place_then_asked`'s)."""
    match = _THING_THEN_ASKED.match(question)
    if not match or regions_named(match["thing"]) or places_named(match["thing"]):
        return ""
    # (a spoken "dom" after a preposition points at them too: "…, vad mer står det om dom?")
    them = re.search(r"\b(?:om|för|med|av|till)\s+(?P<them>dom)\s*$", match["asked"], re.I)
    if them:
        return f"{match['asked'][:them.start('them')]}{match['thing']}?"
    if not _POINTING_WORD.search(without_expletive(match["asked"])):
        return ""
    return f"{_pointing_replaced(match['asked'], match['thing']).rstrip(' ?')}?"


_AMONG_THEM = re.compile(r"\b(?:av|bland)\s+(?P<them>dem|dom|de)\b", re.I)


def place_then_asked(question: str) -> str:
    """A follow-up that names a place and then asks its own question, asked of the place ("å västernorrland
    då, hur tog dom fram sin" -> "hur tog dom fram sin i västernorrland?"), or ""."""
    match = _PLACE_THEN_ASKED.match(question)
    if not match:
        return ""
    them = _AMONG_THEM.search(match["asked"])
    if them and re.fullmatch(r"[^\W\d_]{5,}(?:ar|er|or)", match["place"]) and not places_named(match["place"]):
        # "och tandvårdsmottagningar då? hur många av dem drivs privat?": no place but the things asked of, by "dem"
        return f"{match['asked'][:them.start('them')]}{match['place']}na{match['asked'][them.end('them'):]}?"
    asked = f"{match['asked']} i {match['place']}?"
    return what_it_has(asked) or asked  # ("och västernorrland då, vad har dom för målbild?": what the målbild is there)


# "och SIP, nämns det nånstans i samma veva?", "och anhöriga då – står det nåt om dem?": a thing named first, then
# whether it is mentioned
_MENTION_AFTER_NAMED = re.compile(r"^\s*(?:(?:och|å|o|men)\s+)?(?P<thing>(?!(?:varför|vad|hur|när|vem|vilka|vilken|vilket|"
                                  r"det|den|dom|de|så|ja|nej|ok|okej|under|i|på|om|för|med|av|till|från|enligt|inom)\b)[^\W\d][\w-]*(?:\s+[\w-]+){0,2}?)(?:\s+då)?\s*[,–-]\s*"
                                  r"(?:(?P<named>nämns|finns|förekommer)\s+(?:det|den|dom|de)\b"
                                  # (not whether there is something of it: "Under samma riktningsförändring – finns det
                                  # något exempel …?")
                                  r"(?!\s+(?:något|nåt|några|någon|nån|nånting|någonting|ett|en|fler|mer)\b)|"
                                  r"står\s+det\s+(?:något|nåt|nånting|någonting)\s+om\s+(?:det|den|dem|dom)\b)"
                                  r"(?P<rest>[^?]*)\??\s*$", re.I)


def mention_after_named(question: str) -> str:
    """A question naming a thing first and then asking whether it is mentioned, asked of the thing ("och SIP, nämns
    det nånstans i samma veva?" -> "Nämns SIP nånstans i samma veva?"), or ""."""
    match = _MENTION_AFTER_NAMED.match(question)
    if not match:
        return ""
    if match["named"]:
        return f"{match['named'].capitalize()} {match['thing']}{match['rest'].rstrip()}?"
    return f"Står det något om {match['thing']}{match['rest'].rstrip()}?"


# "och hälsocentraler då, hur många är dom?": the thing counted named first
_COUNTED_FIRST = re.compile(r"^\s*(?:(?:och|men|å)\s+)?(?P<term>[^\W\d][\w\s-]{2,40}?)\s+då\s*[,:–-]?\s*hur\s+många\s+"
                            r"(?:är|finns)\s+(?:det|dom|de)\b[^?]*\??\s*$", re.I)


# "I strategin står det om något som kallas patientkontrakt, men jag hänger inte med – vad är det och vad ingår i det?"
_WHAT_IT_IS_AND = re.compile(r"^(?P<said>.{6,}?)\s*[,:–-]\s*(?:men\s+)?(?:vad|va)\s+är\s+det\s+(?:egentligen\s+)?och\s+"
                             r"(?P<second>(?:vad|hur|vilka|vem|varför)\b[^?]*)\??\s*$", re.I)


def term_asked_first(question: str) -> str:
    """A question that names its term before asking what it is, asked the usual way round ("svom vad är
    det" -> "vad är svom?"; a quoted name stays quoted, with where it stands: "vad betyder ”sammanhållet och
    enkelt för mig” i norrbottens målbild?"; what a statement speaks of, and a second question of it: "… något som
    kallas patientkontrakt, men jag hänger inte med – vad är det och vad ingår i det?" -> "Vad är patientkontrakt
    och vad ingår i det?"), or ""."""
    both = _WHAT_IT_IS_AND.match(question)
    spoken = _spoken_of(re.split(r"\s*,\s*(?:men|och)\s+", both["said"])[0]) if both else ""
    spoken = re.sub(r"^(?:något|nåt|någonting|en\s+sak|det)\s+som\s+(?:kallas|heter|benämns)\s+", "", spoken, flags=re.I)
    if spoken and len(spoken.split()) <= 3 and spoken.lower() not in _POINTING_TOPIC \
            and not _POINTING_WORD.match(spoken) and topic_words(spoken).strip():
        return f"Vad är {spoken} och {both['second'].strip()}?"
    counted = _COUNTED_FIRST.match(question)
    if counted and counted["term"].lower() not in _POINTING_TOPIC:
        return f"hur många {counted['term'].strip()} finns det?"
    said_of = _SAID_OF_FIRST.match(question)
    said = re.sub(r"^(?:och|men|å|ok|okej|jaha)\b\s*", "", said_of["term"].strip(), flags=re.I) if said_of else ""
    # (a question of its own first is no topic: "hur ska omställningen följas upp, vad står det om det")
    if said and said.lower() not in _POINTING_TOPIC and topic_words(said).strip() and not _WH_START.match(said):
        ask = said_of["ask"]
        return f"{ask[:1].upper()}{ask[1:]} {said}{said_of['rest'].rstrip()}?"
    quoted = _QUOTED_NAME.search(question)
    match = quoted or _TERM_FIRST.match(question)
    if not match or len(match["term"].split()) > 8:
        return ""
    term = re.sub(r"^(?:och|men|å|ok|okej|jaha)\s+(?=\w)", "", match["term"].strip(), flags=re.I)  # "och patientkontrakt, vad ingår i det?"
    if term.lower() in _POINTING_TOPIC or term.lower() in ("och", "men", "ok", "okej", "jaha"):
        return ""
    if not quoted and (spoken := _spoken_of(term)) and spoken != term:
        term = spoken  # "Alla pratar om kunskapsstyrning på mötena, vad är det?": what the clause speaks of
    if quoted:
        where = re.match(r"\s*((?:i|inom|under)\s+\w+(?:s)?\s+\w+)\b", question, re.I)
        return f"vad {match['verb'].lower()} ”{term}”{' ' + where.group(1) if where else ''}?"
    return f"vad {match['verb'].lower()} {term}?"


_QUOTED = re.compile(r"[”“\"‘'](?P<said>[^”“\"‘’']{3,100})[”\"’']")


def quoted_phrases(text: str) -> list[str]:
    """What a question quotes ("Vad är 'Viktiga förändringsfaktorer …' i planen?" -> the heading it names)."""
    return [m["said"].strip() for m in _QUOTED.finditer(text)]


def without_named_texts(text: str) -> str:
    """The text without the names of texts it cites – what it quotes, and a capitalised heading after
    "under" – which say nothing of the asker: "… ”enkelt för mig” …", "under Sammanhållet och enkelt för mig?"."""
    text = re.sub(r"[”“\"‘'][^”“\"‘’']{1,80}[”\"’']", " ", text)
    return re.sub(r"\bunder\s+[A-ZÅÄÖ][^?.!,]*", " ", text)


_EXAMPLE_OF_MEANING = re.compile(r"^\s*(?:och\s+|men\s+)?(?:finns|ges|står)\s+det\s+(?:några?\s+|nåt\s+|något\s+|nån\s+)?"
                                 r"(?:konkreta?\s+)?exempel\s+på\s+vad\s+(?P<thing>.+?)\s+(?P<verb>betyder|innebär|står\s+för)"
                                 r"(?:\s+(?:i\s+praktiken|konkret|rent\s+konkret))?\s*\??\s*$", re.I)


# "Vilket av citaten i presentationen hör ihop med ökad kontinuitet?": the quote a slide gives a label is what the label
# means to the citizen
_QUOTE_OF_LABEL = re.compile(r"^\s*(?P<lean>(?:och|men)\s+)?vilk(?:et|en|a)\s+(?:av\s+)?(?:de\s+|dom\s+)?citat\w*\s+"
                             r"(?:[^?]{0,60}?\s+)?(?:hör\s+(?:ihop\s+med|till)|passar\s+(?:ihop\s+med|till|med)|motsvarar|"
                             r"går\s+ihop\s+med|beskriver|förklarar)\s+(?P<x>[^?]{3,60}?)\s*\??\s*$", re.I)


def quote_of_label(question: str) -> str:
    """"Vilket av citaten hör ihop med X?" read as "Vad betyder X?", or ""."""
    match = _QUOTE_OF_LABEL.match(question)
    return _asked_with_lean(match["lean"], f"vad betyder {match['x']}?") if match else ""


def example_of_meaning(question: str) -> str:
    """"finns det exempel på vad X betyder?" read as "Vad betyder X?" (the documents explain a term by its example:
    "Ökad kontinuitet" by the citizen's words under it), or ""."""
    match = _EXAMPLE_OF_MEANING.match(question)
    return f"Vad {match['verb']} {match['thing']}?" if match else ""


# "vad e nämnden ansvarig för egentligen", "vad har nämnden för ansvar?", "vilket ansvar har nämnden?": what it is
# responsible for, as "Vad ansvarar nämnden för?" asks (its whole list of tasks)
_RESPONSIBLE_AS_ASKED = (re.compile(r"^\s*(?:(?:och|men)\s+)?vad\s+(?:är|e)\s+(?P<x>[^?]+?)\s+ansvarig[a]?\s+för\b(?P<rest>[^?]*)", re.I),
                    re.compile(r"^\s*(?:(?:och|men)\s+)?vad\s+har\s+(?P<x>[^?]+?)\s+(?:för\s+)?ansvar(?:\s+för)?\b(?P<rest>[^?]*)",
                               re.I),
                    re.compile(r"^\s*(?:(?:och|men)\s+)?vilket\s+ansvar\s+har\s+(?P<x>[^?]+?)(?P<rest>)\s*[?.!]*\s*$", re.I),
                    re.compile(r"^\s*(?:(?:och|men)\s+)?vad\s+ansvarar\s+(?P<x>[^?]+?)\s+för(?P<rest>\s+(?:när\s+det\s+gäller|i\s+fråga\s+om)"
                               r"\s[^?]*)", re.I))
# (of one matter: "vad har regionen för ansvar när det gäller minoriteter?" -> what the region is to do there)
_RESPONSIBLE_WITHIN = re.compile(r"^\s*(?:när\s+det\s+gäller|i\s+fråga\s+om|kring|inom)\s+\S", re.I)


def responsibility_reading(question: str) -> str:
    """What a body is responsible for, asked as "vad ansvarar X för" ("vad är nämnden ansvarig för?" -> "vad ansvarar
    nämnden för?"), or ""."""
    match = next((m for rx in _RESPONSIBLE_AS_ASKED if (m := rx.match(question))), None)
    if not match or len(match["x"].split()) > 4 or re.search(r"\b(?:jag|vi|man|du|ni)\b", match["x"], re.I):
        return ""
    rest = re.sub(r"\b(?:egentligen|typ|alltså|då|nu|i\s+stort)\b", "", match["rest"], flags=re.I).strip(" ?.!,")
    if rest and _RESPONSIBLE_WITHIN.match(rest):
        return f"vad ska {match['x'].strip()} göra {rest}?"  # (of one matter: what it is to do there)
    return "" if rest else f"vad ansvarar {match['x'].strip()} för?"


# "Vad ansvarar nämnden i Norrbotten för?": the nämnd is Norrbotten's; its region said after it scopes nothing more
_BODY_IN_ITS_REGION = re.compile(r"\b(?P<body>(?:hälso-\s+och\s+sjukvårds)?nämnden|hsn)\s+i\s+(?:region\s+)?norrbotten\b", re.I)


def body_without_region(question: str) -> str:
    """A question of the nämnd less the region it names after it ("Vad ansvarar nämnden i Norrbotten för?" -> "Vad
    ansvarar nämnden för?"), or ""."""
    return _BODY_IN_ITS_REGION.sub(lambda m: m["body"], question) if _BODY_IN_ITS_REGION.search(question) else ""


# "Vad var syftet med målbilden i X?", "Vilket syfte hade X med att ta fram sin målbild?": what the purpose is (a
# slide headed "Syftet med målbild" says it whole), asked in the past or of its maker
_PURPOSE_WAS = re.compile(r"^\s*(?:(?:och|men)\s+)?vad\s+var\s+(?P<what>syftet|målet|tanken|avsikten)\s+med\s+", re.I)
_PURPOSE_HAD = re.compile(r"^\s*(?:(?:och|men)\s+)?(?:vilket|vad\s+hade)\s+(?P<what>syfte)\s+(?:hade\s+|med\s+)?"
                          r"(?P<who>[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?)\s+(?:med\s+)?att\s+ta\s+fram\s+"
                          r"(?:sin|sitt|sina|den|det)\s+(?P<thing>[\w-]{4,})\s*[?.!]", re.I)


def purpose_asked(question: str) -> str:
    """A question of a thing's purpose asked in the past or of its maker, as what the purpose is ("Vilket syfte hade
    Jämtland Härjedalen med att ta fram sin målbild?" -> "Vad är syftet med målbild i Jämtland Härjedalen?"), or ""."""
    had = _PURPOSE_HAD.match(question)
    if had:
        return f"Vad är syftet med {had['thing']} i {had['who']}?{question[had.end():].rstrip()}".rstrip()
    was = _PURPOSE_WAS.match(question)
    return f"Vad är {was['what']} med {question[was.end():]}" if was else ""


def parts_of(question: str) -> str:
    """The thing a question asks the parts of, as a "what is" question ("Hur många delar består
    målbilden av i Västernorrland?" -> "Vad är målbilden i Västernorrland?"), or ""."""
    match = _PARTS.search(question.strip())
    if not match:
        built = _BUILT.search(question.strip())
        # only a question that is about nothing else ("Hur är målbilden uppbyggd i X?")
        match = built if built and not question[built.end():].strip(" ?") and \
            not re.search(r"[,;–?]", question[:built.start()]) else None
    # ("… vilka teman har de gemensamt?" points back to what was named before)
    if not match or match["thing"].lower() in _POINTING or match["thing"].split()[0].lower() in _POINTING:
        return ""
    return f"Vad är {match['thing']}{match['rest'] or ''}?"


_AGE_OR_YEAR = re.compile(r"\b\d+\s*(?:-|–)?\s*(?:\d+\s*)?(?:år|års|åring\w*)\b|\b(?:19|20)\d\d\b", re.I)
# Nouns a "Vilka X …?" question uses for any kind of thing: they need not stand in the answer.
TIME_NOUNS = {"period", "perioden", "tid", "tiden", "tidsperiod", "år", "året", "datum", "datumet", "tidpunkt", "månad",
              "månader", "månaden", "vecka", "veckor", "dag", "dagar", "årstid"}
# Words that qualify what is asked about without naming it: "den gemensamma målbilden" asks for the section
# headed "MÅLBILD" ("Vad är den gemensamma målbilden i Jämtland Härjedalen?"); folded, as headings are compared.
# (the composer's topic terms are stemmed: "gemensamm", "overgripand")
HEADING_QUALIFIERS = frozenset({"gemensam", "gemensamma", "gemensamm", "gemensamt", "ny", "nya", "nytt", "overgripande",
                                "overgripand", "egentliga", "egentlig", "sjalva", "sjalv", "hela", "var", "vara", "vart",
                                "shared", "common", "overall"})


# "Vilka är huvudpunkterna?": the main points of whatever is asked about, never a thing the answer must name
_MAIN_POINTS = {"huvudpunkter", "huvudpunkterna", "huvuddrag", "huvuddragen", "punkterna", "punkter"}
GENERIC_NOUNS = TIME_NOUNS | _MAIN_POINTS | {"exempel", "områden", "område", "delar", "del", "saker", "sak", "sakerna", "grejer", "grejerna", "typer", "sätt", "punkter", "grupper",
                 "frågor", "fråga", "uppgifter", "ord", "begrepp", "dokument", "mål", "steg", "principer", "av", "är",
                 "som", "de", "det", "den", "ska", "kan", "har", "finns", "things", "parts", "ways", "kinds", "of",
                 # "vilka fler än medborgarna var med …?": who else, no kind of thing
                 "fler", "flera", "andra", "mer", "mera",
                 # "varför …? lista skälen": the reasons are what "varför" asks, said in the documents' own words
                 "skäl", "skälen", "anledningar", "anledningarna", "argument", "argumenten", "reasons",
                 # "vilken slutsats drar planen om …?": what follows, said in the documents' words ("Detta medför att …")
                 "slutsats", "slutsatsen", "slutsatser", "slutsatserna",
                 # "Vilken roll har SKR?": what it does, not the word "roll"
                 "roll", "rollen", "roller", "role",
                 # "Vilka aspekter räknar planen upp?", "Vilka sorters hälsa …?": kinds of the thing, not a word to find
                 "aspekter", "aspekterna", "aspekt", "sorters", "sorter", "slags", "former", "formerna", "varianter",
                 # "Inom vilka branscher finns flest sjukfall …?": the fields, named ("inom vård, omsorg och …")
                 "branscher", "branscherna", "bransch", "sektorer", "sektorerna", "yrken", "yrkena", "yrkesgrupper",
                 "deltog", "deltar", "medverkade", "inbjudna",  # "Vilka deltog i …?" asks who, not for a thing so named
                 # "I vilka situationer gäller skyldigheten …?": the case, said in the documents' words ("i samband med")
                 "situationer", "situationerna", "lägen",
                 "sammanhang", "sammanhanget", "sammanhangen"}  # "… och i vilket sammanhang?": where it stands


# Words for a text itself ("SKR:s text", "artikeln"): what it is, not what it is about.
TEXT_NOUNS = {"text", "texten", "texter", "artikel", "artikeln", "skrift", "skriften", "publikation", "publikationen"}


# Whose a thing is, said of everything here: "Vilket år infördes chattfunktionen på regionens hälsocentraler?" is about
# the chat, which a sentence on "regionen" need not say
_OWNERS = {"regionen", "regionens", "region", "länet", "länets", "landstinget", "landstingets"}


def names_topic(question: str, text: str, places: Sequence[str] = ()) -> bool:
    """Whether text names at least one of the question's topic words (any that are not question
    words, generic words, places or too short), so an answer is about what was asked; True when
    the question has none."""
    place_words = {fold(w.lower()) for p in places for w in p.split()}
    words = [w for w in re.findall(r"\w+", content_words(question)) if len(w) > 3
             and w.lower() not in GENERIC_NOUNS | TEXT_NOUNS | _OWNERS and w.lower() not in _GENERIC and not w.isdigit()
             and not any(fold(w.lower()).startswith(p[:5]) for p in place_words) and not event_of(w)]
    return not words or any(mentions(text, w) for w in words)


def enumerates(sentence: str, word: str) -> bool:
    """Whether a sentence names the word and then lists several things ("minoriteter som är
    tornedalingar, sverigefinnar, judar, romer och …")."""
    named = next((m for m in re.finditer(r"\w+", sentence) if mentions(m.group(0), word)), None)
    if named is None or re.match(r"\s*(?:,|och\b|samt\b)", sentence[named.end():]):
        return False  # "Det är många som berörs; regioner, kommuner, …": the word is one of the things listed
    return _names_one_after_another(sentence[named.end():])


def lists_names(sentence: str) -> bool:
    """Whether a sentence goes on, after "är" or a colon, to list several short names ("… centrala
    hållbarhetsmål är mål 3: Hälsa och välbefinnande, mål 8: …"), whatever it calls them."""
    start = re.search(r"\b(?:som är|är|såsom)\b|:", sentence, re.I)
    return bool(start) and _names_one_after_another(sentence[start.start():])


def _names_one_after_another(after: str) -> bool:
    """Short names, one after another, at the start of the text."""
    # ("Riskfaktorer för suicid är bland annat psykisk ohälsa, trauma och missbruk": after what they are of, and "bland annat")
    after = re.sub(r"^\s*(?:(?:för|till|inom|hos|vid)\s+[\w-]+\s+)?(som är|är|:|såsom|som|till exempel)\s*"
                   r"(?:(?:bland\s+annat|till\s+exempel|exempelvis|främst|framför\s+allt)\s+)?", "", after, flags=re.I)
    parts = [p.strip() for p in re.split(r",|\boch\b|\bsamt\b", " ".join(after.split()[:18])) if p.strip()]
    return len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts[:3])


_NEGATION = re.compile(r"\b(?:inte|ej|icke|not)\b", re.I)


_JOINED = r"(?:och|samt|respektive|and)"


def without_other_regions(text: str, regions: Sequence[str]) -> str:
    """A comparison's question as one row reads it: without the other rows' regions, their "i" and the "och" that
    joins them ("i Norrbotten och i Jämtland Härjedalen" -> "i Jämtland Härjedalen"; named first, its "i" stays for
    the row's own name: "i Jämtland Härjedalen respektive Norrbotten" -> "i Norrbotten"; named second, the "och"
    before it goes: "Västernorrlands och Jämtland Härjedalens målbilder" -> "Västernorrlands målbilder")."""
    named = "|".join(region_pattern(r) for r in regions) or r"(?!)"
    return re.sub(rf"(\b(?:i|för|in)\s+)?(?:{named})(\s+{_JOINED}\b\s*(?:(?:i|för|in)\b)?)|"
                  rf"\s+{_JOINED}\s+(?:(?:i|för|in)\s+)?(?:{named})|(?:\b(?:i|för|in)\s+)?(?:{named})",
                  lambda m: m.group(1) or "" if m.group(2) else "", text, flags=re.I)


def region_pattern(region: str) -> str:
    """A region's name in any form ("Jämtland Härjedalens", "Jämtlands", "Västernorrlands"), and nothing after it."""
    first, *rest = region.split()
    return rf"\b{re.escape(first)}\w*" + (rf"(?: {re.escape(' '.join(rest))}\w*)?" if rest else "")


def negated(text: str) -> bool:
    """Whether a question or sentence says "inte" ("Vad ansvarar nämnden inte för?")."""
    return bool(_NEGATION.search(text))


_ABOUT_THE_TEXT = re.compile(r"^\s*(?:här presenteras|här beskrivs|nedan beskrivs|nedan presenteras|i (?:detta|det här|den här) "
                             r"(?:dokument|avsnitt|kapitel)\w*|dokumentet beskriver|de presenteras i)\b", re.I)


def about_the_text(sentence: str) -> bool:
    """A sentence about the text itself ("Här presenteras hur …"), which tells the reader nothing of the matter."""
    return bool(_ABOUT_THE_TEXT.match(sentence))


# The words a chat question may open with before asking: "ok och hur tog man fram den …?"
_OPENING = r"^\s*(?:(?:ok|okej|och|men|så|å|o)\s*,?\s+)*"
_PROCESS = re.compile(_OPENING + r"(?:(?:jämför|jämföra|beskriv|beskriva|förklara|berätta)\s+(?:gärna\s+)?)?"
                      r"hur\b.*\b(?:fram|till väga|gick (?:\w+\s+)?till|såg processen ut|"
                      r"gjorde (?:dom|de|man|ni) (?:sin|sitt|det|den|med)\b|"
                      r"genomfördes|arbetade|tyck\w* till|fick \w+ in|"
                      r"involver\w*|(?:varit|var|fick vara|fått vara) med)\b", re.I)  # "Hur har medborgarna fått tycka till …?"


# "Hur söker man till …?", "Hur bokar jag …?": how to do something; the answer has to speak of doing it.
_HOW_TO = re.compile(r"\bhur\s+(\w+)\s+(?:man|jag|vi|ni|du|hen)\b", re.I)
_HOW_TO_GENERIC = {"ska", "kan", "får", "fick", "tar", "tog", "bör", "gör", "gjorde", "kommer", "blir", "är", "var",
                   "har", "hade", "vet", "jobbar", "arbetar", "måste", "skulle", "borde"}


_WHO_DOES = re.compile(r"^\s*(?:och\s+)?vem\s+(?:ska|skall|kommer\s+att|bör|måste)\s+(\w{3,})", re.I)


def who_does(question: str) -> str:
    """The doing a "vem ska X …?" question asks the doer of ("vem ska anta den i kommunerna?" -> "anta"), or ""."""
    match = _WHO_DOES.match(question)
    return match.group(1).lower() if match and match.group(1).lower() not in {"vara", "ha", "göra", "få"} else ""


def asked_action(question: str) -> str:
    """The stem of the action a how-to question asks about ("Hur söker man …?" -> "sök"), or ""."""
    match = _HOW_TO.search(question)
    verb = match.group(1).lower() if match else ""
    if not verb or verb in _HOW_TO_GENERIC or not verb.endswith("r"):
        return ""  # (a past tense tells what was done, in any words: "Hur involverade man medborgarna …?")
    return re.sub(r"(?:er|ar|r)$", "", verb) if len(verb) > 4 else verb


# "Varför ska vi ens ställa om?", "Varför kan vi inte fortsätta jobba som vanligt?": why the change
# itself – the question names nothing but the change, so the answer is the section that says why.
_WHY = re.compile(r"\b(varför|why|anledning(en|ar|arna)?|skäl(et|en)?|reasons?|argument(et|en|s)?|motiv(et|en|ering|eringen)?|"
                  r"orsak(en|er|erna)?|drivkraft(en|er|erna)?)\b", re.I)
_CHANGE_WORDS = {"varför", "why", "argument", "argumentet", "argumenten", "arguments", "motiv", "motivet", "motiven",
                 "motivering", "motiveringen", "orsaken", "orsaker", "orsakerna", "drivkrafter", "drivkrafterna",
                 "bakom", "räcker", "räcka", "anledningen", "anledning", "anledningar", "anledningarna", "skälet", "skäl", "skälen",
                 "ställa", "ställas", "omställning", "omställningen", "nära", "vård", "vården", "förändring",
                 "förändringen", "förändringar", "förändra", "ens", "alls", "överhuvudtaget", "inte", "fortsätta",
                 "som", "vanligt", "förut", "tidigare", "alltid", "gjort", "behöver", "behövs", "behov", "till",
                 "korthet", "strategin", "strategi", "arbetssätt", "arbetssättet", "nytt", "nya", "sätt",
                 "change", "transition", "close", "care", "the", "need", "needed", "needs", "this",
                 "måste", "ändra", "ändras", "ändring", "jobbar", "arbetar", "tar", "upp", "vilka",
                 # "Vilka skäl ger dokumenten för att vården måste förändras?", "What reasons do the documents give …?"
                 "ger", "anger", "uppger", "förändras", "dokumenten", "reason", "reasons", "give", "documents", "healthcare", "health",
                 # "Och varför är det så bråttom med allt det här, vad är skälen enligt strategin?"
                 "och", "det", "med", "allt", "här", "bråttom", "brått", "brådskar", "skynda", "hast",
                 "has", "have", "must", "why",
                 # "Vilka skäl ger den länsgemensamma strategin, kort?": the document asked, and how briefly
                 "länsgemensamma", "länsgemensam", "länsgemensamt", "dokumentet", "kort", "kortfattat",
                 # "… för att allt ska ställas om?", "varför ska vi ställa om överallt?"
                 "allt", "alla", "allting", "överallt", "hela",
                 # "… vi har ju alltid jobbat så här?": how one has always worked
                 "jobbat", "arbetat", "gjorde",
                 # "Varför då? Vad är det som inte funkar med hur vi jobbar idag?": what is wrong with today's way
                 "funkar", "fungerar", "idag", "dag", "fel", "dagens"}
# Staff errands the steering documents never deal with (logging in, pay day, leave, parking, the gym): a
# question about one is off-topic however close its other words come ("kommer inte in i cosmic, lösenordet
# funkar inte – vem ringer man?"), unless some passage names the errand after all. Word starts, folded.
STAFF_ERRANDS = ("losenord", "inloggning", "logga in", "semester", "ob-tillagg", "obtillagg", "parkera", "parkering",
                 "lunch", "matsal", "friskvard", "arbetsskada", "sjukanmal", "passerkort", "servicedesk", "helpdesk",
                 "it-support", "itsupport", "tjanstebil", "reserakning", "utlagg", "personalgym", "personalrum",
                 # the office's machines and pay: "skrivaren säger pappersstopp" (not "datorn": patients use one to reach care)
                 "skrivare", "skrivaren", "pappersstopp", "toner", "kopiator", "vpn", "wifi", "lonespec",
                 "lonebesked", "tidrapport", "flexsaldo", "nyckelkort", "kaffemaskin",
                 # contact details and devices: "finns det ett telefonnummer …?", "vilka mobiler eller webbläsare …?"
                 "telefonnummer", "telefonnr", "mejladress", "mailadress", "e-postadress", "epostadress", "oppettid",
                 "webblasare", "mobiltelefon", "iphone", "android", "phone number", "email address", "opening hours",
                 "browser",
                 # working hours: "vad gäller för jour och beredskap för distriktssköterskor …?"
                 "jour ", "jouren", "jourtid", "jourhavande", "bakjour", "primarjour", "arbetstid", "overtid",
                 # ("… något konkret, typ sex timmars arbetsdag eller fyradagarsvecka?")
                 "arbetsdag", "arbetsvecka", "fyradagarsvecka", "sextimmars", "sex timmars",
                 "on call", "on-call", "overtime",
                 # clinical questions a treatment guideline answers, no steering document: "Vad är regionens
                 # riktlinje för antibiotikabehandling av urinvägsinfektion?" (answered only where a passage says it)
                 "antibiotik", "antibiotic", "urinvagsinfektion", "uvi ", "utis", "uti ", "dosering", "dosage",
                 "lakemedelsdos", "behandlingsriktlinje", "treatment guideline",
                 # what a job requires of the applicant: "do I need a B2 Swedish language certificate to work as a
                 # nurse here?" (the documents set no staff requirements)
                 "sprakcertifikat", "sprakkrav", "spraktest", "certifikat", "certificate", "legitimation",
                 "language requirement", "language test",
                 # asked in English ("Where do locums park at the hospital?")
                 "park", "password", "log in", "login", "salary", "payslip", "pay slip", "vacation", "annual leave",
                 "canteen", "gym", "printer", "sick leave", "expense claim")
_STAFF_ERRAND = re.compile(rf"\b({'|'.join(re.escape(e) for e in STAFF_ERRANDS)})", re.I)


# Sweden's 21 regions (and the counties' short names staff use): a question about a region the documents
# are not from and never name ("hur ser målbilden ut i region västerbotten?") is not answered from another's.
SWEDISH_REGIONS = ("Stockholm", "Uppsala", "Södermanland", "Sörmland", "Östergötland", "Jönköping", "Kronoberg",
                   "Kalmar", "Gotland", "Blekinge", "Skåne", "Halland", "Västra Götaland", "Värmland", "Örebro",
                   "Västmanland", "Dalarna", "Gävleborg", "Västernorrland", "Jämtland", "Härjedalen",
                   "Västerbotten", "Norrbotten")
_SWEDISH_REGION = re.compile(rf"\b({'|'.join(fold(r.lower()) for r in SWEDISH_REGIONS)})s?\b")


def joined_names(names: Sequence[str], last: str = "och") -> str:
    """Names as an enumeration: "A", "A och B", "A, B och C" (or "A, B and C" with `last="and"`)."""
    names = list(names)
    return f" {last} ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)


_NATIONAL = re.compile(r"\b(?:nationell\w*|nationellt|riket|rikets|hela\s+landet|i\s+sverige|sveriges|national(?:ly)?)\b", re.I)


def names_national(text: str) -> bool:
    """Whether a text speaks of the national level ("på nationell nivå", "i riket", "i Sverige")."""
    return bool(_NATIONAL.search(text))


def regions_named(question: str) -> list[str]:
    """The Swedish regions a question names, as SWEDISH_REGIONS spells them ("västerbottens" -> "Västerbotten")."""
    spelled = {fold(r.lower()): r for r in SWEDISH_REGIONS}
    return list(dict.fromkeys(spelled[m.group(1)] for m in _SWEDISH_REGION.finditer(fold(question.lower()))))


# "Vem kan man kontakta om …?", "Vem står som informationsansvarig?": a contact person, whom a page names under
# a heading of its own ("Informationsansvarig").
_ASKS_CONTACT = re.compile(r"\b(?:kontakt\w*|informationsansvarig\w*|vända (?:mig|sig|oss) till|contact\w*)\b", re.I)
_CONTACT_HEADING = re.compile(r"^\s*(?:informationsansvarig\w*|kontaktperson\w*|kontakt|contact)\s*$", re.I)


def asks_contact(question: str) -> bool:
    """Whether a question asks whom to contact."""
    return bool(_ASKS_CONTACT.search(question))


def is_contact_heading(heading: str) -> bool:
    """Whether a heading heads a page's contact person ("Informationsansvarig")."""
    return bool(_CONTACT_HEADING.match(heading))


def staff_errand(question: str) -> str:
    """The first staff errand a question is about ("lösenordet" -> "losenord"), or ""."""
    return next(iter(staff_errands(question)), "")


def staff_errands(question: str) -> list[str]:
    """Every staff errand word of a question, in its order ("skrivaren … pappersstopp" -> both)."""
    return [m.group(1) for m in _STAFF_ERRAND.finditer(fold(question.lower()))]


# Headings that say why, in the order they are preferred: "Våra varför" before "Bakgrund", "Syftet med …".
WHY_HEADINGS = ("varför", "bakgrund|syfte|syftet")
_WHY_HEADINGS = tuple(re.compile(rf"\b(?:{words})\b", re.I) for words in WHY_HEADINGS)


def asks_why_change(question: str, regions: Sequence[str] = ()) -> bool:
    """Whether a question asks why the change is made at all (and names nothing else but a region)."""
    if not _WHY.search(question):
        return False
    for region in regions:
        question = re.sub(region_pattern(region), " ", question, flags=re.I)
    # (a word naming the document it asks of names no other topic: "Kan du sammanfatta skälen som länsstrategin ger?")
    words = [w.lower() for w in re.findall(r"\w+", content_words(question)) if len(w) > 2 and not names_only_documents(w)]
    return all(w in _CHANGE_WORDS or w in _GENERIC or fold(w) in _FOLDED_QUESTION_WORDS for w in words)


_READING_LIST = re.compile(r"^\s*(fördjupning|läs mer|mer att läsa|fler \w+ (?:målbilder|exempel|dokument|länkar|resurser)|länkar|referenser|källor|litteratur)\b", re.I)


_ASKS_READING = re.compile(r"\b(?:dokument\w*|artikel\w*|läsa|läs|läsning|pdf|fördjupning\w*|rapport\w*|andra regioner\w*|"
                           r"fler regioner\w*|övriga regioner\w*|hänvis\w*|källor\w*|länk\w*|read|documents?)\b", re.I)


# "Finns det nåt längre dokument där dom har skrivit ner hela målbilden?", "var kan jag läsa mer?": further reading
_FURTHER_READING = re.compile(r"\b(?:längre|fullständig\w*|utförlig\w*|utförligare|större|eget|egen)\s+(?:dokument\w*|text\w*|"
                              r"rapport\w*|version\w*|pdf\w*)\b|\bläsa\s+(?:mer|vidare)\b|\bfördjupning\w*|\bpdf\b", re.I)


def asks_further_reading(question: str) -> bool:
    """Whether a question asks for a longer text to read ("Finns det nåt längre dokument där …?")."""
    return bool(_FURTHER_READING.search(question))


def asks_reading(question: str) -> bool:
    """Whether a question asks about documents or reading (so further reading may answer it)."""
    return bool(_ASKS_READING.search(question))


def proper_names(question: str) -> list[str]:
    """The names a question uses inside its sentences ("Vad innehåller Uppsalas målbild?" -> ["Uppsala"]):
    capitalised words not first in a sentence (nor after a dash or a quote), a genitive s taken off, in the
    question's order; acronyms are not names."""
    names: dict[str, None] = {}
    question = question.strip()
    for match in re.finditer(r"\b([A-ZÅÄÖ][a-zåäöé]{2,})\b", question):
        before = question[:match.start()].rstrip()
        if not before or before[-1] in ".!?:–-\"”“'(":
            continue
        word = match.group(1)
        names[word[:-1] if word.endswith("s") and len(word) > 4 else word] = None
    return list(names)


_PAGE_CONTACT = re.compile(r"^\s*(informationsansvarig|kontakt\w*|ansvarig utgivare|frågor om sidan)\b", re.I)


def is_page_contact(heading: str) -> bool:
    """A web page's contact box ("Informationsansvarig"): who answers for the page, not what it says."""
    return bool(_PAGE_CONTACT.match(heading))


def why_of_the_change(question: str) -> bool:
    """Whether a why-question asks why of the change itself ("Varför kan vi inte bara köra på som förut?", "… skälen
    bakom hela den här förändringen", "varför behövs omställningen till nära vård?"), not of a thing it names."""
    return bool(re.search(r"\b(?:förändring\w*|omställning\w*|ställa\s+om|ställas\s+om|ändra\s+allt|nära\s+vård|"
                          r"(?:köra\s+på|fortsätta|jobba|arbeta)\s+(?:som\s+)?(?:förut|vanligt|innan|vi\s+alltid))\b",
                          question, re.I))


def names_a_group(text: str) -> bool:
    """Whether a sentence names a group ("gruppen äldre män är överrepresenterade", "grupper i särskilt utsatta …")."""
    return bool(re.search(r"\bgrupp", text, re.I))


def lists_documents(heading: str) -> bool:
    """A heading over a list of other documents ("Styrande och vägledande dokument")."""
    return bool(re.search(r"\b(?:styrande|vägledande|övriga|andra|relaterade)\b[\w\s]*\bdokument\b", heading, re.I))


_PAGE_METADATA = re.compile(r"^\s*om\s+(?:exemplet|artikeln|sidan)\s*$", re.I)


def is_page_metadata(heading: str) -> bool:
    """A web article's box about itself ("Om exemplet": Ämne, Tidsperiod …): facts on the page, not what it says."""
    return bool(_PAGE_METADATA.match(heading))


def is_reading_list(heading: str) -> bool:
    """A heading of further reading ("Fördjupning", "Fler regioners målbilder", "Läs mer", "Referenser")."""
    return bool(_READING_LIST.match(heading))


def why_heading_order(heading: str) -> int | None:
    """For a heading that says why, its place in WHY_HEADINGS ("Våra varför" 0, "Bakgrund – utgångspunkt,
    syfte, mål" 1), else None."""
    return next((i for i, rx in enumerate(_WHY_HEADINGS) if rx.search(heading)), None)


def negates(term: str, word: str) -> bool:
    """"ohälsa" is what a section on "hälsa" is about too ("Psykisk hälsa" for "psykisk ohälsa")."""
    return term == "o" + word


# "Vilka var med och tog fram målbilden?": who took part in making it is told by how it was made
_PROCESS_PARTICIPANTS = re.compile(_OPENING + r"(?:(?:vilka|vem)\b.*\b(?:var med|deltog|medverkade|fick vara med|"
                                   # "vilka var inblandade när den togs fram?"
                                   r"(?:var|blev)\s+(?:inblandade|involverade|delaktiga))|"
                                   # "Var medborgarna med när målbilden togs fram …?", "Fick personalen vara med …?"
                                   r"(?:var|fick|blev)\s+\w+(?:\s+\w+)?\s+(?:vara\s+)?(?:med|delaktiga|involverade|tillfrågade))"
                                   r"\b.*\b(?:fram|framtagandet|framtagningen)\b", re.I)


def asks_participants(question: str) -> bool:
    """Whether a question asks who took part in making a thing ("Vilka fick vara med och tycka till när målbilden
    togs fram?")."""
    return bool(_PROCESS_PARTICIPANTS.match(question))


# "Vad skiljer Norrbottens och Jämtland Härjedalens sätt att ta fram målbilden?": the way it was made
_PROCESS_WAY = re.compile(r"\b(?:sätt(?:et|en)?|arbetssätt(?:et)?|process(?:en)?)\s+(?:att|för att|när de|när man)\s+"
                          r"(?:ta|tog|arbeta|arbetade|få)\s+fram\b|\bframtagningsprocess\w*|\bframtagandet av\b", re.I)


# "Vem har tagit fram målbilden i Norrbotten?": who worked it out is told by how it was (the kick-off's and the
# workshops' participants), not by who decided it
_WHO_WORKED_OUT = re.compile(_OPENING + r"(?:vem|vilka)\s+(?:har\s+|hade\s+)?(?:tagit|tog|arbetat|arbetade|jobbat|jobbade)"
                             r"\s+fram\b", re.I)


def asks_process(question: str) -> bool:
    """Whether a question asks how something was done ("Hur togs målbilden fram …?", "Vilka var med och tog
    fram den?", "Vem har tagit fram målbilden?", "… sätt att ta fram målbilden"), not how things differ."""
    # (a relative clause only says whose it is: "Hur skiljer sig Norrbottens målbild från den som Jämtland Härjedalen
    # tagit fram?" compares the målbilder)
    question = without_made_by(question)
    return bool(_PROCESS.match(question) or _PROCESS_PARTICIPANTS.match(question) or _WHO_WORKED_OUT.match(question)
                or _PROCESS_WAY.search(question))


# "Sammanfatta hur X tog fram sin målbild, från underlag till beslut": the span of the whole process, which names
# no step to answer with ("Beslut av målbild" is its last step, not the process)
_PROCESS_SPAN = re.compile(r"\s*[,–—-]?\s*(?:hela\s+vägen\s+)?från\s+(?:första\s+)?(?:underlag\w*|start\w*|början|idé\w*|"
                           r"planering\w*|förslag\w*|enkät\w*|kick-?off\w*)\s+(?:och\s+)?(?:fram\s+)?till\s+(?:\w+\s+)?"
                           r"(?:beslut\w*|slut\w*|mål\w*|färdig\w*|antag\w*|klar\w*)\b", re.I)


def without_process_span(question: str) -> str:
    """A question on how a thing was made without the span it names ("…, från underlag till beslut?" -> "…?"), or
    "" when it names none."""
    if not asks_process(question) and not asks_process(after_summary_verb(question) or ""):
        return ""
    plain = _PROCESS_SPAN.sub("", question)
    return plain if plain != question else ""


# Words of a question that asks anything of how a thing was made or decided: when, who, with whom, by what steps
_OF_MAKING = re.compile(r"\b(?:fram|framtag\w*|\w*beslut\w*|besluta\w*|anta\w*|antog\w*|fastställ\w*|klubba\w*|"
                        # (in a compound too: "medborgardialoger", "medborgarworkshops"; and what happened, after what)
                        r"\w*workshop\w*|kick-?off\w*|\w*dialog\w*|tyck\w*|deltog|delta\w*|medverka\w*|involver\w*|"
                        r"hände|händer|efteråt|därefter|inför|"
                        r"när|datum|år|månad\w*|tidslinje\w*|process\w*|gick\s+till|arbetet|arbetsgång\w*|steg|"
                        r"politiker\w*|politisk\w*|förankra\w*|bakgrund\w*|underlag\w*|utgångspunkt\w*|"
                        # ("Vilka fler än medborgarna bidrog till …?", "Fick de äldres organisationer säga sitt …?")
                        r"bidr\w*|säga\s+sitt|sa\s+sitt|(?:var|varit)\s+med\s+(?:och|när)|fick\s+\w+(?:\s+\w+)?\s+(?:vara|säga|tycka)|"
                        r"contribut\w*|involv\w*|consult\w*|took\s+part|take\s+part|say|develop\w*|adopt\w*|decid\w*|"
                        r"when|dialogues?)\b", re.I)


# "Vilka var inbjudna till den där kick-offen?": who took part in an event, told by the line that is the event ("Kick-off
# med högre tjänstepersoner, förtroendevalda …"), not one that names its participants later ("… deltagarna från kick-offen")
_TOOK_PART_IN = re.compile(r"\b(?:inbjudna|inbjuden|bjöds\s+in|bjudits\s+in|deltog|deltagit|medverkade|var\s+med|"
                           r"deltagare|deltagarna|närvarade)\s+(?:\w+\s+)?(?:till|i|på|vid)\s+(?:den\s+där\s+|det\s+där\s+|"
                           r"den\s+|det\s+|de\s+|dom\s+)?(?P<event>[^\W\d_][\w-]{3,})", re.I)


def event_taken_part_in(question: str) -> str:
    """The event a question asks who took part in ("kick-offen"), or ""."""
    match = _TOOK_PART_IN.search(question)
    return match["event"] if match else ""


def opens_with_event(line: str, event: str) -> bool:
    """Whether a line opens with the event named ("Kick-off med …" for "kick-offen"), hyphens and endings aside."""
    first = fold(line.split()[0].lower().replace("-", "")) if line.split() else ""
    named = fold(event.lower().replace("-", ""))
    return len(first) >= 5 and len(named) >= 5 and (named.startswith(first) or first.startswith(named))


def asks_of_making(question: str) -> bool:
    """Whether a question asks anything of how a thing was made, decided or worked out (`asks_process`, or a
    word of when, who took part, or the steps): the lines of a document's making may answer it."""
    return asks_process(question) or bool(_OF_MAKING.search(question))


def without_made_by(question: str) -> str:
    """A question less a relative clause saying who made the thing ("… från den som Jämtland Härjedalen tagit fram")."""
    return re.sub(r"\s{2,}", " ", _MADE_BY_CLAUSE.sub(" ", question))


_MADE_BY_CLAUSE = re.compile(r"\b(?:den|det|de|dom|dem)\s+som\s+(?:[\w-]+\s+){0,4}?(?:har\s+)?(?:tagit|tog|tagits|arbetat|"
                             r"arbetade)\s+fram\b", re.I)


# Headings of a section that tells how a thing was done ("Genomförande"): the answer to "Hur togs … fram?"
# in a document with no heading that names the thing itself.
PROCESS_HEADINGS = ("genomförande", "tillvägagångssätt", "arbetsprocess", "processen", "så här gick det till")
_PROCESS_HEADINGS = frozenset(fold(h) for h in PROCESS_HEADINGS)


_PROCESS_HEADING = re.compile(r"^\s*så här\b|\b(?:tagits|togs|arbetats|arbetades) fram\b|\bhur \w+ (?:tog|togs) fram\b", re.I)


def is_process_heading(heading: str) -> bool:
    """Whether a section heading names how something was done ("Genomförande", "Så här har målbilden tagits fram")."""
    return fold(heading.strip().lower()) in _PROCESS_HEADINGS or bool(_PROCESS_HEADING.search(heading))


# Words of a follow-up that asks the same again for another region ("och hur gjorde Norrbotten?",
# "och i Jämtland Härjedalen då?", "hur ser det ut där?"): nothing of a topic of its own.
_SWAP_WORDS = re.compile(r"\b(?:då|i|för|om|hur|gjorde|gör|gjort|det|är|var|ser|ut|där|gäller|blir|man|de|dem|även|också|oss|hos|"
                         # ("Gjorde man likadant i Västernorrland, eller hur gick det till där?")
                         r"likadant|likadana|samma|sak|sätt|eller|gick|går|till)\b", re.I)  # ("gäller det även oss i Jämtland Härjedalen?")


_COMPARING = re.compile(r"\b(?:jämfört (?:med|mot)|i jämförelse med|respektive|kontra|versus|liknar|påminner om|"
                        r"annorlunda (?:än|an|mot) (?:den|det|de|dom|var|vår|vårt|våra)?(?:\s+i)?)(?=\W|$)", re.I)


# "… ? nåt som är lika?", "… – vad är gemensamt?": a question of likeness after the comparison, no part of a row's
_LIKENESS_TAIL = re.compile(r"(?<=[?.!–-])\s*(?:och\s+|o\s+)?(?:nåt|något|nånting|någonting|vad|finns det \w+|är det \w+)\s+"
                            r"(?:som\s+)?(?:är\s+)?(?:lika|gemensamt|samma)\s*\??\s*$", re.I)


# "…, vad skiljer dom åt", "… – hur skiljer de sig?", "…, vad är skillnaden": asking for the difference, no part of a row's
_DIFFERENCE_TAIL = re.compile(r"[,?.!–-]\s*(?:och\s+|o\s+)?(?:vad|hur)\s+(?:skiljer\s+(?:dom|de|dem|sig)(?:\s+(?:sig|åt))*|"
                              r"är\s+skillnaden(?:\s+mellan\s+(?:dom|de|dem))?)\s*\??\s*$", re.I)


def without_comparing(text: str) -> str:
    """A comparison's question as one row asks it: "Hur togs målbilden fram i Norrbotten jämfört med ?" ->
    "Hur togs målbilden fram i Norrbotten ?" (the other regions are already removed; a trailing "nåt som
    är lika?" or "vad skiljer dom åt" goes too)."""
    text = _DIFFERENCE_TAIL.sub("", _LIKENESS_TAIL.sub("", text))
    # "… i Norrbotten och vem i – regionen …?": the other row's asking, its region gone, goes too
    text = _OTHER_ROW.sub("", text)
    return re.sub(r"\s+([?.!,])", r"\1", re.sub(r"\s{2,}", " ", _COMPARING.sub(" ", text))).strip()


_OTHER_ROW = re.compile(r"\s+(?:och|samt|eller)\s+(?:(?:vem|vad|hur|vilka|vilken|vilket|när)\s+)?(?:i|för|hos|inom)(?=\s*(?:[–,?.!]|$))",
                        re.I)


_SAME_WAY = re.compile(r"\blikadan[ta]?\b|\bpå\s+samma\s+sätt\b|\bgick\s+det\s+till\b|\bgjorde\s+(?:de|dom|man)\s+(?:så|det)\b", re.I)


def asks_same_way(question: str) -> bool:
    """Whether a follow-up asks whether another region did the same ("Gjorde man likadant i Västernorrland, eller hur
    gick det till där?"): the earlier question, asked there."""
    return bool(_SAME_WAY.search(question))


def without_swap_words(text: str) -> str:
    """A follow-up less the words that only ask the earlier question again."""
    return _SWAP_WORDS.sub(" ", text)


_NAMED_ONES = (r"projektledar\w*|ordförande\w*|samordnar\w*|kontaktperson\w*|chef\w*|ledamot|ledamöter\w*|"
               r"(?:reklam)?byrå\w*|konsult\w*|företag\w*|leverantör\w*|firma\w*")
_ASKS_NAME = re.compile(rf"\b(?:vad heter|vilka heter|vem är|vilka är|vilken|vilket|vem|who is|what is the name of)\s+"
                        rf"(?:\w+\s+){{0,2}}?(?P<one>{_NAMED_ONES})\b", re.I)


def asks_name(question: str) -> bool:
    """Whether a question asks for a person's or a firm's name ("Vad heter projektledarna?", "Vilken
    reklambyrå gjorde formgivningen?"): only a name answers it."""
    return bool(_ASKS_NAME.search(question))


# (not who else: "Vilka mer än kommunerna och regionen har fått tycka till …?" asks for others than the places)
_ASKS_PLACE = re.compile(r"\b(?:vilken|vilket|vilka|which)\s+(?!(?:mer|fler|andra|förutom|utöver|utom)\s+(?:än\s+)?)"
                         r"(?:av\s+)?(?:\w+\s+){0,2}?"
                         r"(kommun(?:en|er|erna)?|ort(?:en|er|erna)?|stad|städer|sjukhus(?:et|en)?|hälsocentral(?:en|er|erna)?|"
                         r"län(?:et)?|boende(?:t|n|na)?|mottagning(?:en|ar|arna)?|municipality|municipalities|town|towns)\b", re.I)


def asked_place(question: str, adjacent: bool = False) -> str:
    """The kind of place a "Vilken kommun …?" question asks for ("kommun"), or "": only a sentence
    that names such a place answers it ("sex av sju kommuner" names none); `adjacent`: only the place word right
    after the asking word (an English question's reading: "Which hälsocentraler …", not "which functions … at the
    hälsocentraler")."""
    match = _ASKS_PLACE.search(question)
    if match and adjacent and len(match.group(0).split()) > 2:
        return ""
    return match.group(1).lower() if match else ""


def names_place(text: str, question: str, place: str) -> bool:
    """Whether a sentence of text that speaks of the place kind also names one the question does not (a county
    or region by its name alone: "… i Norrbotten och Västerbotten" for "Vilka län gäller det?")."""
    if re.match(r"(?:lan|region|landsting)", fold(place.lower())) and \
            set(regions_named(text)) - set(regions_named(question)):
        return True
    for sentence in _SENTENCE_OR_LINE.split(text):
        words = re.findall(r"[\w-]+", sentence)
        for i, word in enumerate(words):
            # a name beside the place word ("Kiruna kommun", "kommunerna Kalix och Piteå"), not one a clause away
            if mentions(word, place) and has_new_name(" ".join(words[max(0, i - 2):i + 3]), question):
                return True
    return False


def has_new_name(text: str, question: str) -> bool:
    """Whether text names someone the question does not: a capitalised word inside a sentence that is
    neither in the question nor the first word of a quoted title ("… är ”Gemensam plan …”"); where a
    sentence speaks of the one asked for ("Uppdrag till reklambyrå …"), in such a sentence."""
    asked = {fold(w.lower()) for w in re.findall(r"\w+", question)}
    text = re.sub(r"\[\d+\]|\([^)]*\)", " ", text)  # citations, and (document titles, years) in parentheses
    text = re.sub(r"Under ”[^”]*”\s*(?:nämns[^:]*:)?", " ", text)  # where a list item stands, not what it says
    sentences = re.split(r"(?<=[.!?:])\s+|\n", text)
    one = _ASKS_NAME.search(question)
    stem = one["one"].lower()[:max(5, len(one["one"]) - 3)] if one else ""
    about = [s for s in sentences if stem and stem in s.lower()]
    for sentence in about or sentences:
        for match in re.finditer(r"(?<=[\s(])([A-ZÅÄÖ][a-zåäöé]+)", " " + sentence.strip()[1:]):
            before = sentence.strip()[max(0, match.start() - 2):match.start()]
            word = fold(match.group(1).lower())
            known = word in asked or any(len(a) >= 4 and (a.startswith(word) or word.startswith(a)) for a in asked)
            if not known and not re.search(r"[”“\"']\s*$", before):  # "Härjedalens" in the question is Härjedalen
                return True
    return False


# "vad ansvarar den för resp inte för?": what is so and what is not, both asked
# ("… vad nämnden har ansvar för – och finns det något den inte ansvarar för?")
_BOTH_WAYS = re.compile(r"(?:\b(?:och|resp\.?|respektive|eller)|\s[–—-])\s+(?:vad\s+\w+\s+\w+\s+|finns\s+det\s+(?:något|nåt|några|nånting)\s+"
                        r"(?:som\s+)?(?:\w+\s+){0,2})?inte\b", re.I)


def asks_both_ways(question: str) -> bool:
    """Whether a question asks what is so and what is not ("vad ansvarar nämnden för och inte för?"; not a
    follow-up's leading "och": "och vad ansvarar den inte för?")."""
    return bool(_BOTH_WAYS.search(_LEADING_CONJUNCTION.sub("", question)))


_EXAMPLES_OF_SAYING = re.compile(r"\bexempel\s+på\s+(?:hur|var|när|vad|vilka|vilket|vilken|om)\b", re.I)


def examples_of_saying(question: str) -> bool:
    """Whether a question asks for instances of how or where something is said or done ("Kan du ge några exempel
    på hur tandvården nämns i planen?"), not for what the documents call examples."""
    return bool(_EXAMPLES_OF_SAYING.search(question))


_OUTSIDE_DUTY = re.compile(r"\butanför\s+(?:\w+s\s+)?(?:ansvar\w*|bord|uppdrag\w*|ansvarsområde\w*)", re.I)


_NOT_ON_DUTY = re.compile(r"\binte\s+(?:på\s+[^?.]{0,40}?\bbord\w*|(?:\w+s\s+)?ansvar\w*|(?:ingår|omfattas|hör|tillhör)\b)|"
                          r"\b(?:ansvarar|ansvara|har\s+ansvar\w*)\s+(?:\w+\s+)?inte\b", re.I)


def asks_outside_duty(question: str) -> bool:
    """Whether a question asks what lies outside a body's duties ("Vilka … ligger INTE på nämndens bord?", "… utanför
    nämndens ansvar?", "Vad ansvarar nämnden inte för?"): the sentence saying what it is not responsible for answers,
    wherever the sentences picked by meaning stand."""
    return bool(_NOT_ON_DUTY.search(question) or _OUTSIDE_DUTY.search(question))


def asks_what_not(question: str) -> bool:
    """Whether a question asks what is not so ("Vad ansvarar nämnden inte för?", "Är det något område som ligger
    utanför nämndens ansvar?"), not why something cannot be ("Varför kan vi inte fortsätta som vanligt?")."""
    return (negated(question) or bool(_OUTSIDE_DUTY.search(question))) and not re.match(r"\s*(?:och\s+)?(?:varför|why)\b", question, re.I) \
        and not asks_both_ways(question)


_DATELINE = re.compile(r"^\s*(?:publicerad|publicerat|uppdaterad|uppdaterat|senast (?:uppdaterad|ändrad)|datum)\b", re.I)


def is_dateline(sentence: str) -> bool:
    """A page's publication line ("Publicerad 17 februari 2021"): when, not what the text says."""
    return bool(_DATELINE.match(sentence)) and len(sentence.split()) <= 6


def names_only_at_end(text: str, word: str) -> bool:
    """Whether every sentence naming the word ends with it ("… med gemensamt fastställda indikatorer."):
    the thing is named, but not which ones."""
    sentences = [s for s in _SENTENCE_OR_LINE.split(without_citations(text)) if mentions(s, word)]
    # ("… tas tillvara på individ-, verksamhets- och systemnivå": the kinds named as compounds sharing the word)
    return bool(sentences) and all(mentions(" ".join(re.findall(r"\w+", s)[-1:]), word)
                                   and not re.search(r"\w+-\s*(?:,\s*\w+-\s*)*(?:och|samt|eller)\s+\w+\W*$", s) for s in sentences)


COMPOUND_MODIFIER_EXTRA = 5  # a word this much longer than the counted one, starting with it, is another thing
MAX_ENDING_LETTERS = 5  # after the counted word's stem, an ending this long is an inflection ("patient|erna"),
# a longer one begins another word of a compound ("patient|enkäter" counts no patienter)
# A web address's digits name a service, they count nothing ("… patientenkäter via 1177.se").
_WEB_ADDRESS = re.compile(r"\b[\w.-]*\d[\w.-]*\.(?:se|nu|com|org|net)\b", re.I)


def _numbers(text: str) -> set[str]:
    return {m.lower() for m in re.findall(rf"\d+(?:[,.]\d+)?|\b(?:{_NUMBER_WORDS})\b", _AGE_OR_YEAR.sub(" ", text), re.I)}


def gives_new_number(text: str, question: str) -> bool:
    """Whether text gives a number the question does not already state ("Hur många av de 31
    hälsocentralerna drivs privat?" is not answered by "sammanlagt 31 stycken mottagningar")."""
    return bool(_numbers(without_citations(text)) - _numbers(question))


# "Vilket datum antog …?": a day is asked for, not a season or a year
_DAY_ASKED = re.compile(r"\b(?:vilket datum|vilken dag|vilka datum|på dagen|exakt datum|datumet|what date|which date|which day)\b", re.I)
_DAY = re.compile(r"\b\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\w*|\b\d{6}\b|\b\d{1,2}/\d{1,2}\b|"
                  r"\b\d{4}-\d{2}-\d{2}\b", re.I)


def lacks_asked_day(text: str, question: str) -> bool:
    """Whether a question asks for the very day ("Vilket datum antog regionfullmäktige målbilden?") and the
    text gives none ("… på väg att antas i början av 2021")."""
    return bool(_DAY_ASKED.search(question)) and not _DAY.search(without_citations(text))


_PART_ASKED = re.compile(r"\bhur m[åa]nga av\b", re.I)
_WHOLE_COUNT = re.compile(rf"\b(?:sammanlagt|totalt|sammantaget|allt som allt|i alla)\s+(?:\w+\s+)?(?:\d+|{_NUMBER_WORDS})\b", re.I)


# "… totalt, alltså både regionens egna och de privata?", "in total, public and private", "… räknat med de privata?": the
# whole is what is asked
_TOTAL_ASKED = re.compile(r"\b(?:totalt|sammanlagt|inr[äa]knade|inr[äa]knat|ihop|allt\s+som\s+allt|b[åa]de|both|in\s+total|"
                          r"altogether|total|r[äa]kna[rt]\s+(?:med|in)|medr[äa]kna\w*|inklusive|including|counting|public\s+(?:and|och)\s+private|egna\s+(?:och|o|plus|\+)|"
                          r"(?:och|o|plus)\s+(?:de\s+|dom\s+)?privata)\b", re.I)


def counts_only_the_whole(text: str, question: str) -> bool:
    """Whether a question asks how many of a whole ("Hur många av hälsocentralerna drivs i privat regi?")
    and the text only counts the whole ("… sammanlagt 31 stycken mottagningar"), no part of it ("varav fem")."""
    # (or how many are run privately, of a whole that counts both kinds: "How many of the health centres are privately
    # run?" -> "… på regionens egna hälsocentraler och på hälsocentraler i privat regi, sammanlagt 31 …")
    # (one count asked: "… hur många hälsocentraler och tandvårdsmottagningar …, och hur många av tandvårdsmottagningarna
    # drivs privat?" asks the private ones of another thing than the whole a sentence counts)
    if not _PART_ASKED.search(question) and not (names_private(question) and not _TOTAL_ASKED.search(question)
                                                 and len(re.findall(r"\bhur\s+m[åa]nga\b", question, re.I)) <= 1):
        return False
    text = without_citations(text)
    rest = _WHOLE_COUNT.sub(" ", text)
    return bool(_WHOLE_COUNT.search(text)) and not _numbers(rest)


def quantifies(text: str, word: str) -> bool:
    """Whether one sentence gives a number (not an age or a year) and names the counted thing itself:
    "31 hälsocentraler", "13 ordinarie ledamöter", "tandvårdsmottagningar" for mottagningar – not a
    compound that only begins with it ("medborgardialoger … i sex av sju kommuner" counts no medborgare)."""
    folded = fold(word.lower())
    head = _without_ending(folded)

    def counted(w: str) -> bool:
        w = fold(w.lower())
        if not w.startswith(folded[:max(4, len(folded) - 3)]):
            return True  # the counted word ends a compound ("tandvårdsmottagningar")
        if len(head) >= 4 and w.startswith(head) and len(w) - len(head) > MAX_ENDING_LETTERS:
            return False  # a compound the word begins ("patientenkäter")
        return len(w) <= len(folded) + COMPOUND_MODIFIER_EXTRA

    for sentence in _SENTENCE_OR_LINE.split(without_citations(text)):
        sentence = _AGE_OR_YEAR.sub(" ", sentence)
        if not has_kind("number", sentence):
            continue
        words = re.findall(r"\w+", sentence)
        numbers = [i for i, w in enumerate(words) if _NUMBER_TOKEN.fullmatch(w)]
        counts_any = any(j + 1 < len(words) and words[j + 1].lower() in _COUNTER_WORDS for j in numbers)
        if any(counted(w) and (counts_any or any(abs(i - j) <= NUMBER_NEAR_WORDS for j in numbers))
               for i, w in enumerate(words) if mentions(w, word)):
            return True
    return False


# The number that counts a thing stands near it: "13 ordinarie ledamöter", "hälsocentraler i privat regi,
# sammanlagt 31 stycken" – not "Två projektledare, en samordnare för regionen och en samordnare för
# länets kommuner" (eleven words from kommuner: no count of kommuner).
NUMBER_NEAR_WORDS = 6
# "… sammanlagt 31 stycken mottagningar": a number with a counter word counts the sentence's thing
_COUNTER_WORDS = {"stycken", "st", "styck"}
_NUMBER_TOKEN = re.compile(rf"\d+|{_NUMBER_WORDS}", re.I)


def _without_ending(folded: str) -> str:
    """A noun less its plural or definite ending ("principer" -> "princip", "patienterna" -> "patient")."""
    return re.sub(r"(erna|arna|orna|er|ar|or|en|et|n)$", "", folded)


ACRONYM_LETTERS = 4  # an upper-case word this short is an acronym ("SAM", "SVOM"), a longer one a heading ("MÅLBILD")


_TOPIC_HEADS = ("frågor", "fråga", "områden", "område", "delar", "saker", "bitar", "punkter")  # (longest first where one ends another)


def generic_head_modifier(noun: str) -> str:
    """The thing a compound with a generic head names ("primärvårdsfrågorna" -> "primärvård"; "tandvårdsdelar" ->
    "tandvård"): what the documents must say of it, for they never say "frågor" of it; "" for other words."""
    low = noun.lower()
    for generic in _TOPIC_HEADS:
        for form in (generic, f"{generic}na", f"{generic}a", f"{generic}n"):
            rest = low[:-len(form)] if low.endswith(form) else ""
            if len(rest) >= 4:
                return rest[:-1] if rest.endswith("s") and len(rest) > 4 else rest
    return ""


@functools.lru_cache(maxsize=MENTIONS_CACHE)
def mentions(text: str, word: str) -> bool:
    """Whether text has the word, an inflection of it or a compound with it (å/ä/ö folded). Pure, and
    asked of the same sentences and words question after question: cached (thread-safe)."""
    if "-" in word:  # "kick-offen" in "Kick-off med …": the word's parts as one, in the text's too
        return mentions(re.sub(r"(?<=\w)-(?=\w)", "", text), word.replace("-", ""))
    folded = fold(word.lower())
    stem = folded[:max(4, len(word) - 3)]
    head = _without_ending(folded)  # "principer" -> "princip" in "…principen"
    # (an acronym is a name, no inflection of a word: "SAM" is no "samerna")
    typed = re.findall(r"\w+", text)
    words = [fold(w.lower()) for w in typed if not (w.isupper() and 1 < len(w) <= ACRONYM_LETTERS and not word.isupper())
             or fold(w.lower()) == folded]
    return any(w.startswith(stem) or (len(stem) >= 5 and stem in w) or (len(head) >= 5 and head in w)
               or (len(head) >= 3 and (w == head or (w.endswith(head) and len(w) >= len(head) + 4)))  # "målen": "hållbarhetsmål"
               or compound_match(folded[:-2], w[:-2]) for w in words)


@functools.lru_cache(maxsize=PHRASE_CACHE)
def _phrase_pattern(phrase: str) -> re.Pattern:
    words = re.findall(r"\w+", phrase.lower())
    return re.compile(r"\b" + r"\W+".join(re.escape(w[:max(3, len(w) - 2)]) + r"\w*" for w in words), re.I)


# A name the asker spells as the documents do: a capitalised word inside a sentence (or two capitalised words)
# and the words after it ("Vad kan man göra i Min vård Norrbotten?" -> "Min vård Norrbotten", "Min vård")
NAME_WORDS = 4  # a name is at most this many words
_NAME_START = re.compile(r"(?<=[\w,:;–-] )[A-ZÅÄÖ][\w-]+|^[A-ZÅÄÖ][\w-]+(?= [\w-]+(?: [\w-]+)? [A-ZÅÄÖ])")
_NAME_ENDS = re.compile(r"^[a-zåäö]{1,3}$")  # a small word ("och", "om", "kan") ends a name


def name_phrases(question: str) -> list[str]:
    """The phrases of two or more words that start at a capitalised word within a sentence (or at its start,
    when another capitalised word follows), up to a small word or a question word, longest first; a region's
    name is no such phrase ("i Region Norrbotten om …", "Jämtland Härjedalen")."""
    phrases: list[str] = []
    for sentence in re.split(r"(?<=[.!?])\s+", question.strip()):
        for start in _NAME_START.finditer(sentence):
            if start.group(0).lower() in QUESTION_WORDS or _QUESTIONISH.match(start.group(0)) \
                    or is_region_name(start.group(0)) or fold(start.group(0).lower()).startswith("region"):
                continue  # (a region's name starts no name: "Norrbottens vision", "Region Norrbottens mål")
            words = re.findall(r"[\w-]+", sentence[start.start():])[:NAME_WORDS]
            end = next((i for i, w in enumerate(words) if i and (_NAME_ENDS.match(w) or w.lower() in QUESTION_WORDS)),
                       len(words))
            for n in range(end, 1, -1):
                if not is_region_name(words[n - 1]) or words[n - 1][0].isupper():
                    phrase = " ".join(words[:n])
                    if not is_region_name(phrase):
                        phrases.append(phrase)
    return sorted(dict.fromkeys(phrases), key=lambda p: -len(p.split()))


def is_region_name(phrase: str) -> bool:
    """Whether a phrase is only a region's name ("Jämtland Härjedalen", "Region Norrbotten", "Norrbottens län")."""
    rest = _SWEDISH_REGION.sub(" ", fold(phrase.lower()))
    return not re.sub(r"\b(?:region|regionen|lan|lanet|landsting)\b", " ", rest).strip()


def says_phrase(text: str, phrase: str) -> bool:
    """Whether text has the phrase's words one after another, each in any inflection ("Min vård
    Norrbotten", "en sammanhållen vårdkedja")."""
    return bool(re.search(r"\w", phrase)) and bool(_phrase_pattern(phrase).search(text))


@functools.lru_cache(maxsize=MENTIONS_CACHE)
def names_whole(text: str, word: str) -> bool:
    """Whether text names a word whole: as a word, in another inflection, or inside a compound – not by a
    compound's first part alone ("regionen" does not name "regiondirektör"; "uppdragsgivaren" names
    "uppdragsgivare"; "24 tandvårdsmottagningar" names "tandvårdsmottagningar", "31 stycken mottagningar"
    does not)."""
    folded = fold(word.lower())
    base = _NOUN_BASE.sub("", folded)
    stem = base if len(base) >= MIN_WHOLE_STEM else folded
    return any(stem in fold(w) for w in re.findall(r"\w+", text.lower()))


MIN_WHOLE_STEM = 5  # "ordförande" -> "ordförand"; a shorter stem is the word itself
_NOUN_BASE = re.compile(r"(erna|arna|orna|er|ar|or|en|et|n|e|a)$")  # a noun's ending, its vowel too ("mottagning-ar")


def names_compound(text: str, word: str) -> bool:
    """Whether text names a compound whole (`names_whole`), or its first part ("Folktandvård bedrivs …" names
    "folktandvårdskliniker", in a staff word for the documents' "mottagningar"), or its head with its first part
    said elsewhere ("Folktandvård bedrivs vid 24 tandvårdsmottagningar" names "folktandvårdsmottagningar"); not by
    its head alone ("1177:s e-tjänster" does not name "logopedtjänster")."""
    if names_whole(text, word):
        return True
    base = _NOUN_BASE.sub("", fold(word.lower()))
    if len(base) < MIN_WHOLE_STEM:
        return mentions(text, word)  # a short word is no compound: "målen" in "… hållbarhetsmål är mål 3 …"
    words = [fold(w) for w in re.findall(r"\w+", text.lower())]
    for said in words:
        head = _NOUN_BASE.sub("", said)
        if len(head) >= MIN_WHOLE_STEM and base.startswith(head):
            return True
        if len(head) >= MIN_WHOLE_STEM and base.endswith(head) and len(base) > len(head):
            rest = base[:-len(head)]
            rest = rest[:-1] if rest.endswith("s") and len(rest) > 3 else rest
            if len(rest) < 3 or any(w.startswith(rest) for w in words):
                return True
    return False


# "måste vi i kommunen prata meänkieli med de boende?", "ska kommunerna anta den?": a duty asked of the municipality
_DUTY_OF_MUNICIPALITY = re.compile(
    r"\b(?:måste|ska|skall|behöver|bör)\s+(?:vi\s+(?:i|på|inom)\s+|ni\s+(?:i|på|inom)\s+)?(?:kommunen|kommunerna)\b"
    r"|\b(?:vi|ni)\s+(?:i|på|inom)\s+(?:kommunen|kommunerna|\w+\s+kommun)\s*,?\s+(?:måste|ska|skall|behöver|bör)\b"
    r"|\bär\s+(?:kommunen|kommunerna)\s+skyldig\w*", re.I)
# what the region (not a municipality) is to do: "ska regionen bemöta …", "Regionen är skyldig att …"
_DUTY_OF_REGION = re.compile(r"\b(?:ska|skall|måste|behöver|bör)\s+regionen\b|\bregionen\s+(?:är\s+skyldig|ska|skall|måste"
                             r"|behöver|bör)\b|\bskyldigheter\s+för\s+regionen\b", re.I)


def duty_of_municipality_asked(question: str) -> bool:
    """Whether a question asks what a municipality must or shall do ("måste vi i kommunen prata meänkieli …?")."""
    return bool(_DUTY_OF_MUNICIPALITY.search(question))


def says_duty_of_region_only(text: str) -> bool:
    """Whether a text says what the region is to do and names no municipality ("… ska regionen bemöta på dessa
    språk …"): no answer to what a municipality must do."""
    return bool(_DUTY_OF_REGION.search(text)) and not re.search(r"\bkommun", text, re.I)


def mentions_phrase(text: str, phrase: str) -> bool:
    """Whether text has every word of a phrase, each in any inflection ("grafisk formgivning")."""
    return all(mentions(text, word) for word in re.findall(r"\w+", phrase))


_READER = r"du|dig|din|ditt|dina"  # the text speaks to its reader
_STAFF_WORDS = re.compile(rf"\b(medarbetare\w*|{_READER}|personal\w*|arbetssätt\w*)\b", re.I)
_TO_READER = re.compile(rf"\b(?:{_READER})\b", re.I)
_DEFINING_VERB = re.compile(r"\b(är|innebär|betyder|handlar om|avser|består av|syftar till|kallas)\b", re.I)
_FULL_YEAR = re.compile(r"\b(19|20)\d\d\b")
_ANY_YEAR = re.compile(r"\b(19|20)\d\d\b|\b\d{6}\b|[-–]\d\d\b")


def acronyms(text: str) -> list[str]:
    """Acronyms in a question ("SIP", "SVOM")."""
    return re.findall(r"\b[A-ZÅÄÖ]{2,}\b", text)


_FILLER_WORDS = {"och", "för", "i", "av", "&"}


def names_by_letters(acronym: str, text: str) -> bool:
    """Whether text names the acronym's words in full: capitalised words whose first letters spell it, small
    joining words apart ("SKR": "Sveriges Kommuner och Regioner")."""
    words = re.findall(r"[\w&]+", text)
    letters = acronym.upper()
    for start, word in enumerate(words):
        if not word[:1].isupper() or word[:1] != letters[:1]:
            continue
        got, i = "", start
        while i < len(words) and len(got) < len(letters):
            if words[i].lower() in _FILLER_WORDS and got:
                i += 1
                continue
            if not words[i][:1].isupper():
                break
            got += words[i][0].upper()
            i += 1
        if got == letters:
            return True
    return False


def spells_out(acronym: str, text: str) -> bool:
    """Whether a sentence spells out or defines an acronym ("… plan (SIP)", "SIP är …")."""
    return f"({acronym})" in text or bool(re.search(rf"\b{re.escape(acronym)}\b (är|innebär|betyder)", text))


_NOT_NOUNS = {"är", "var", "finns", "har", "ska", "kan", "nämns", "gäller", "ingår", "behövs", "används", "står", "som",
              "från", "för", "inom", "enligt", "i", "på", "med", "till", "om", "blir", "kommer",
              # (a word of talk: "vilka är de tre flödena igen?" asks for flödena)
              "igen", "egentligen", "alltså", "nu", "då", "här", "där"}


def asked_list_noun(question: str, regions: Sequence[str] = ()) -> str:
    """The thing a "Vilka X …" question asks for ("exempel", "strategier"), or "". A region the question
    names is whose things they are, never the thing: "lista västernorrlands målbild, dom fyra punkterna"."""
    for region in regions:
        question = re.sub(region_pattern(region), " ", question, flags=re.I)
    question = re.sub(r"\b(?:gärna|snälla|tack|please)\b", " ", question, flags=re.I)  # "lista gärna": how, not what
    if re.match(r"^\s*(?:och\s+)?vilka\s+(?:var|är|blir)\s+(?:det|de|dom)\s+(?:egentligen\s+|då\s+|alltså\s+)?som\b",
                question, re.I):
        return ""  # "Vilka var det egentligen som fick vara med …?" asks who, naming no listed thing
    question = re.sub(r"\s{2,}", " ", _without_genitive_owner(question))
    # (an abbreviation's genitive is whose things they are: "vilka av FN:s globala mål …" asks for mål)
    question = re.sub(r"\b[A-ZÅÄÖ]{2,}:s\s+", "", question)
    match = re.search(r"\b(vilka|vilken|vilket|which|what|räkna upp|lista|nämn|list)\s+(?:(?:är|var|blir|finns|are|is|av|of|på|över)\s+(?:vilka\s+)?)?"
                      r"(?:(?:de|dom|det|den|the|alla)\s+)?(?:(?:två|tre|fyra|fem|sex|sju|åtta|nio|tio|two|three|four|five|six|seven|eight|"
                      r"nine|ten|\d+)\s+)?"
                      # an adjective before the noun is not the thing asked for: "vilken större strategi" asks for a strategi
                      r"(?:(?:större|mindre|stora|största|viktigaste|viktiga|nya|olika|andra|övriga|konkreta|tydliga|exakta|specifika|specific|exact)\s+)?"
                      r"(\w+)(?:\s+(\d+[\s-])?([^\W\d]+))?",
                      question, re.I)
    if not match:
        # "ge exempel på …", "några exempel?", "nämn tre exempel": the examples are what is asked for
        # (or "vad tar strategin upp som exempel …?", "vad finns det för exempel …?")
        asks = re.search(r"\b(?:ge|ger|nämn|några|ett par|fler|finns det|tre|fyra|fem|som|för)\s+(?:\w+\s+)?(exempel)\b",
                         question, re.I) \
            or _OTHERS_NAMED.search(question)  # "nämns det några andra regioner som …?": regioner
        return asks.group(1) if asks else ""
    counted_as = re.search(r"\b(?:vilka|vilken|vilket)\s+\w+\s+(?:räknas|räknades|kallas|hör)\s+(?:som|till)\s+"
                           r"(?:\w+\s+)?(?P<noun>[^\W\d]{4,})\b", question, re.I)
    if counted_as:
        return counted_as["noun"]  # "Vilka folkgrupper räknas som nationella minoriteter?" asks for minoriteter
    noun, numbered, following = match.group(2), match.group(3), match.group(4) or ""
    if numbered and following:
        return following  # "Which Agenda 2030 goals": a name with its number, then the thing asked for
    if noun.lower().endswith("a") and not noun.lower().endswith("rna") and following \
            and following.lower() not in _NOT_NOUNS and (len(following) > 3 or following.lower() == "mål"):
        return following  # "Vilka nationella minoriteter" asks for minoriteter (not "riktningsförändringarna egentligen")
    if noun.lower() in _WHO_DID or re.search(r"[^\W\d]{3}(?:ades|des|tes)$", noun.lower()):
        return ""  # "vilka fick vara med och tycka till?", "vilka var med?", "vilka bjöds in?": who, no thing named
    return noun


# Words after "vilka" that ask who did something, not for a thing by its name.
_WHO_DID = {"fick", "får", "kom", "kommer", "var", "blev", "gick", "tog", "tar", "gjorde", "gör", "sa", "sade", "säger",
            "hade", "skulle", "kunde", "satt", "sitter", "stod", "står", "bjöds", "inbjöds", "deltog", "deltar", "ingick",
            "ingår",
            # ("vilka driver dom?": who runs them)
            "driver", "drev", "bedriver", "ska", "skall", "måste", "bör", "kan",  # ("vilka ska planen göras med?") "äger", "ägde", "leder", "ledde", "sköter", "skötte", "styr", "styrde",
            "mest", "flest", "främst", "oftast", "mycket"}  # ("bland vilka mest?": which group most, no thing named)


def names_one(question: str) -> bool:
    """"Vilken …?" asks for one thing by name."""
    return bool(re.match(r"\s*(vilken|vilket|which)\b", question, re.I))


_WORK_LIST = re.compile(r"\b(arbeta\w*|arbetssätt\w*|jobba\w*)\b", re.I)


def is_work_list(intro: str) -> bool:
    """A list of what to work with ("Exempel på områden att arbeta med …:")."""
    return bool(_WORK_LIST.search(intro))


def addresses_reader(text: str) -> bool:
    """A sentence that speaks to its reader ("du", "ditt arbete"), not only of staff ("medarbetares")."""
    return bool(_TO_READER.search(text))


def speaks_to_staff(text: str) -> bool:
    """A sentence addressed to staff ("medarbetare", "du", "ditt arbete")."""
    return bool(_STAFF_WORDS.search(text))


_WORK_PERSPECTIVE = re.compile(r"\bur\s+(?:\w+\s+)?\w*verksamhet\w*\s+perspektiv|\bför\s+(?:vår\w*\s+)?\w*verksamhet(?:en|erna)\b",
                               re.I)


def about_work(text: str) -> bool:
    """A sentence about the work: addressed to staff, or from the care units' side ("Ur
    vårdverksamheternas perspektiv ska …")."""
    return speaks_to_staff(text) or bool(_WORK_PERSPECTIVE.search(text))


_LEANS_BACK = re.compile(r"^(det|detta|dessa|denna|de|där|här|därför|därmed|då|exempelvis|till exempel|bland annat|"
                         r"dessutom|samtidigt|även|också|sådana|sådan|sådant|"
                         # "Ibland genom att behandla dem lika …": a clause without its verb goes on from the one before
                         r"ibland(?=\s+(?:genom|med|utan)\b)|"
                         # "Du gör det också genom att …": what the one before said is done, done some other way too
                         r"(?:du|vi|man|ni)\s+\w+\s+(?:det|detta)\s+(?:också|även|dessutom)|"
                         # "Den ska peka ut …" (a pronoun), not "Den specialiserade vården …" (an article)
                         r"den(?=\s+(?:ska|skall|är|var|har|hade|kan|bör|kommer|innebär|behöver|blir|får|gör|bygger|\w{3,}(?:ar|er))\b))\b", re.I)


HOW = re.compile(_OPENING + r"hur\b(?! många| manga| mycket| stor| länge| ofta| lång)", re.I)


_THEREFORE = re.compile(r"\b(?:är|blir|har|ska|kan|behöver)\s+därför\b", re.I)  # "… är därför viktig för mig"


def stands_alone(sentence: str) -> bool:
    """Whether a sentence can be quoted without the one before it: it does not lean back, or only opens
    on an existential "det" ("Det finns god evidens för att …")."""
    return not leans_back(sentence) or bool(re.match(r"\s*det\s+(?:finns|fanns|krävs|behövs|pågår)\b", sentence, re.I))


_ALSO_DONE = re.compile(r"^\s*(?:du|vi|man|ni)\s+\w+\s+(?:det|detta)\s+(?:också|även|dessutom)\b", re.I)


# "Regionens samverkansråd ställer sig bakom besluten … och rekommenderar Region Jämtland Härjedalen och länets kommuner":
# a recommendation whose content is not said (no "att", no colon): it breaks off
_BREAKS_OFF = re.compile(r"\b(?:rekommenderar|föreslår|uppmanar|uppdrar\s+åt|ger\s+i\s+uppdrag\s+åt)\s+(?!.*\b(?:att|om)\b)"
                         r"[^.:;?!]{2,80}$", re.I)


def breaks_off(item: str) -> bool:
    """Whether a list item ends before it says what it recommends ("… och rekommenderar Region Jämtland Härjedalen och
    länets kommuner"), so the next item goes on with it."""
    return bool(_BREAKS_OFF.search(item.strip()))


def goes_on_also(sentence: str) -> bool:
    """Whether a sentence tells another way the thing the one before told is done ("Du gör det också genom att …")."""
    return bool(_ALSO_DONE.match(sentence))


def leans_back(sentence: str, strongly: bool = False) -> bool:
    """A sentence that goes on from the one before it ("Det kan vara …", "Dessa …", "Exempelvis …",
    "En god relation … är därför viktig för mig"); `strongly`: one that cannot be read without it (not one that only
    adds to it: "Även tandvården behöver …")."""
    if strongly and _ADDS_TO.match(sentence.strip()):
        return False
    return bool(_LEANS_BACK.match(sentence.strip()) or _THEREFORE.search(sentence))


_ADDS_TO = re.compile(r"(?:även|också|dessutom|samtidigt|exempelvis|till exempel|bland annat)\b", re.I)


# "Lokala handlingsplaner ska utarbetas … . Planerna utformas utifrån …": a sentence opening on a plural in its
# definite form that the sentence before names ("handlingsplaner") says of those, read with it
# (not one that names them itself: "Funktionerna Sök vård och Chatt är infört …")
# (its next word in upper case names the things itself: "Funktionerna Sök vård och Chatt …", see `echoes_before`)
_DEFINITE_PLURAL_OPENING = re.compile(r"^\s*(?P<stem>[^\W\d_]{3,}?)(?:erna|arna|orna)\s+(?P<next>(?-i:[a-zåäöA-ZÅÄÖ]))",
                                      re.I)


# "Införandet påverkar …" after "… Cosmic införts i regionen …": the doing the sentence before told, as a thing
_DOING_OPENING = re.compile(r"^\s*(?P<stem>[^\W\d_]{4,}?)(?:andet|endet)\s+(?-i:[a-zåäö])", re.I)
_DEFINITE_BODY_OPENING = re.compile(r"^\s*(?P<stem>nämnd|styrelse|region|förvaltning|beredning)(?:en)\s+(?-i:[a-zåäö])", re.I)


def names_body_before(before: str, sentence: str) -> bool:
    """Whether a sentence opens on a body by its bare definite noun ("Nämnden ansvarar …") whose full name the
    sentence before says ("… att inrätta en hälso- och sjukvårdsnämnd, tillika tandvårdsnämnd.")."""
    match = _DEFINITE_BODY_OPENING.match(sentence)
    stem = match["stem"].lower() if match else ""
    return bool(stem) and any(w.endswith(stem) and len(w) > len(stem) + 3 for w in re.findall(r"[^\W\d_]+", before.lower()))


def echoes_before(before: str, sentence: str, naming: bool = False) -> bool:
    """Whether a sentence opens on a definite plural of a thing the sentence before names ("Planerna …" after
    "Lokala handlingsplaner ska …"); with `naming`, also one that names them ("Funktionerna Sök vård och Chatt är
    infört …" after "… kompletteras med fler funktioner …": it goes on from it, though it reads on its own)."""
    plural = _DEFINITE_PLURAL_OPENING.match(sentence)
    match = (plural if plural and (naming or plural["next"].islower()) else None) or _DOING_OPENING.match(sentence)
    if not match or len(match["stem"]) < 4:
        return False
    stem = match["stem"].lower()
    return any(w.startswith(stem) or (len(w) > len(stem) + 3 and stem in w[-len(stem) - 3:])
               for w in re.findall(r"[^\W\d_]+", before.lower()))


def is_defining(text: str) -> bool:
    """A sentence with a defining verb ("X är …", "… innebär …", "… kallas …")."""
    return bool(_DEFINING_VERB.search(text))


# "Vilka år gäller verksamhetsplanen?", "hur länge gäller planen?": the period a document covers
_PERIOD_ASKED = re.compile(r"\b(?:vilka\s+år|vilket\s+år|vilken\s+(?:tids)?period|vilka\s+(?:tids)?perioder|hur\s+länge|"
                           r"vilken\s+planperiod|för\s+vilka\s+år)\b[^?]*\b(?:gäller|omfattar|sträcker|löper|avser|täcker)\b|"
                           r"\b(?:gäller|omfattar|sträcker\s+sig\s+över|löper|avser|täcker)\b[^?]*\b(?:vilka\s+år|vilken\s+(?:tids)?period|"
                           r"hur\s+länge|vilken\s+planperiod)\b", re.I)


# "när började nämnden finnas?": when it was set up
_BEGAN_TO_EXIST = re.compile(r"^\s*(?P<lead>(?:och|men)\s+)?när\s+(?:började|började\s+egentligen)\s+(?P<x>[^?]{3,40}?)\s+"
                             r"(?:att\s+)?(?:finnas|existera)\s*\??\s*$", re.I)


def began_to_exist(question: str) -> str:
    """"när började nämnden finnas?" read as "när inrättades nämnden?", or ""."""
    match = _BEGAN_TO_EXIST.match(question)
    return f"{match['lead'] or ''}när inrättades {match['x'].strip()}?" if match else ""


_PERIOD_OF_POINTED = re.compile(r"^\s*(?:(?:och|men|o)\s+)?(?:hur\s+länge|vilka\s+år|vilken\s+(?:tids)?period)\s+(?:gäller|löper)\s+"
                                r"(?:den|det)(?:\s+(?:då|egentligen|alltså))?\s*\?*\s*$", re.I)
_NAMES_KIND_OF_DOCUMENT = re.compile(r"\b\w*(?:målbild|verksamhetsplan|strategi)\w*", re.I)


def asks_period_of_earlier(question: str, earlier: str) -> bool:
    """Whether a follow-up asks what period the document the question before named covers ("När fattades beslutet om
    den gemensamma målbilden?" + "Hur länge gäller den?")."""
    return bool(_PERIOD_OF_POINTED.match(question)) and bool(_NAMES_KIND_OF_DOCUMENT.search(earlier))


def asks_how_long(question: str) -> bool:
    """Whether a question asks how long something holds or what years it spans ("Hur länge gäller den
    handlingsplanen?")."""
    return bool(_HOW_LONG_HOLDS.search(question))


_HOW_LONG_HOLDS = re.compile(r"\b(?:hur\s+länge|vilka\s+år|vilken\s+(?:tids)?period|till\s+när)\s+(?:gäller|löper|"
                             r"sträcker\s+sig|omfattar)\b", re.I)


def asks_period(question: str) -> bool:
    """Whether a question asks what period a document covers ("Vilka år gäller verksamhetsplanen?"; not "… vilken plan
    för psykisk hälsa finns med där, och vilka år gäller den?", of a plan the document lists), or by when it is to be
    reached ("vilket år ska deras målbild vara uppnådd?")."""
    return (bool(_PERIOD_ASKED.search(question)) and bool(_PERIOD_OF_DOCUMENT.search(question))) \
        or bool(_TARGET_YEAR.search(question))


# "vilket år ska deras målbild vara uppnådd?": by when a målbild (a strategy, a plan) is to be reached
_TARGET_YEAR = re.compile(r"\b(?:vilket\s+år|när|till\s+när)\s+ska\s+(?:[\w:]+\s+){0,2}(?:\w*målbild\w*|\w*strategi\w*)\s+"
                          r"(?:vara\s+)?(?:uppnådd|uppnått|uppnås|nådd|nått|nås|klar|genomförd|uppfylld|förverkligad)\b", re.I)


_PERIOD_OF_DOCUMENT = re.compile(r"\b(?:gäller|omfattar|sträcker\s+sig\s+över|löper|avser|täcker)\s+(?:(?:den|det)\s+)?"
                                 # (a region's name of two words in the genitive: "Jämtland Härjedalens målbild")
                                 r"(?:(?-i:[A-ZÅÄÖ])\w+\s+)?(?:\w+s\s+)?(?:\w*verksamhetsplan\w*|plan(?:en)?|\w*strategi\w*|"
                                 r"\w*målbild\w*)\b", re.I)


def tells_time_limit(text: str) -> bool:
    """Whether a sentence says how long something holds ("Inte ha en tidsbegränsning på målbilden"): the words a
    time-frame question asks with (`asks_time_frame`), said by the documents."""
    return bool(_ASKS_TIME_FRAME.search(text))


_YEAR_SPAN = re.compile(r"\b(?:19|20)\d\d\s*[–-]\s*(?:19|20)\d\d\b")  # "verksamhetsplan 2025–2027"


def year_span(text: str) -> str:
    """The span of years a text states ("Hälso- och sjukvårdsnämndens verksamhetsplan 2025–2027" -> "2025–2027"),
    as written, or ""."""
    match = _YEAR_SPAN.search(text)
    return match.group(0) if match else ""


def has_year(text: str, full: bool = False) -> bool:
    """Whether a text holds a year: "2021", or also "221202" and "-21" unless `full`."""
    return bool((_FULL_YEAR if full else _ANY_YEAR).search(text))


# ---------------------------------------------------------------- dates
# Dates as the documents write them – "27 maj" under the heading "Maj 2021", "Fattades i SVOM
# 221202", "hösten -21", "3/6-22", "Mars – april 2021" – normalised to ISO-ish strings that sort
# by year: "2021-05-27", "2021-05", "2021-03/2021-04", "2021-hösten", "2025/2027", "2021".
# `format_date` turns them back into Swedish ("27 maj 2021", "hösten 2021").

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december")
SEASONS = ("våren", "sommaren", "hösten", "vintern")
_MONTH = r"(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
_SEASON = "(" + "|".join(SEASONS) + ")"
_YEAR_TAIL = r"(?:\s+((?:19|20)\d\d)|\s*[–-]\s*(\d\d))(?!\d)"  # " 2021" or "-21"/" –21"
_DATE_PATTERNS = (
    ("iso", re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")),
    ("day_month", re.compile(rf"\b(\d{{1,2}})\s+{_MONTH}(?:{_YEAR_TAIL})?", re.I)),
    ("month_range", re.compile(rf"\b{_MONTH}\s*[–-]\s*{_MONTH}(?:{_YEAR_TAIL})?", re.I)),
    ("month", re.compile(rf"\b{_MONTH}{_YEAR_TAIL}", re.I)),
    ("season", re.compile(rf"\b{_SEASON}{_YEAR_TAIL}", re.I)),
    ("slash", re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?:\s*[–-]\s*(\d\d(?:\d\d)?))?(?![\d/])")),
    ("yymmdd", re.compile(r"(?<![\d:/-])(\d\d)(\d\d)(\d\d)(?![\d:/-])")),
    ("year_range", re.compile(r"\b((?:19|20)\d\d)\s*[–-]\s*((?:19|20)\d\d)\b")),
    ("short_year", re.compile(r"(?<=\s)[–-](\d\d)(?![\d/])")),
    ("year", re.compile(r"(?<!Agenda )(?<![\d(])\b((?:19[5-9]|20\d)\d)\b(?![:\d])")),
)
# "Publicerad 17 februari 2021" – a web page's date line, not a heading.
DATELINE = re.compile(r"^(?:Publicerad|Uppdaterad|Senast (?:uppdaterad|ändrad|granskad)|Granskad|Datum)\b:?\s.*\d{4}\.?$",
                      re.I)


def _year(full: str | None, short: str | None, default: int | None) -> int | None:
    if full:
        return int(full)
    if short:
        return 2000 + int(short)
    return default


def _valid(month: int, day: int = 1, year: int = 2000) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def _iso(kind: str, m: re.Match, year: int | None) -> str | None:
    g = m.groups()
    if kind == "iso":
        return m.group(0) if _valid(int(g[1]), int(g[2]), int(g[0])) else None
    if kind == "day_month":
        y = _year(g[2], g[3], year)
        day, month = int(g[0]), MONTHS.index(g[1].lower()) + 1
        return f"{y}-{month:02d}-{day:02d}" if y and _valid(month, day, y) else None
    if kind == "month_range":
        y = _year(g[2], g[3], year)
        first, last = (MONTHS.index(x.lower()) + 1 for x in g[:2])
        return f"{y}-{first:02d}/{y}-{last:02d}" if y else None
    if kind == "month":
        return f"{_year(g[1], g[2], year)}-{MONTHS.index(g[0].lower()) + 1:02d}"
    if kind == "season":
        return f"{_year(g[1], g[2], year)}-{g[0].lower()}"
    if kind == "slash":
        day, month = int(g[0]), int(g[1])
        y = _year(g[2] if g[2] and len(g[2]) == 4 else None, g[2] if g[2] and len(g[2]) == 2 else None, year)
        return f"{y}-{month:02d}-{day:02d}" if y and _valid(month, day, y) else None
    if kind == "yymmdd":
        y, month, day = 2000 + int(g[0]), int(g[1]), int(g[2])
        return f"{y}-{month:02d}-{day:02d}" if int(g[0]) <= 49 and _valid(month, day, y) else None
    if kind == "year_range":
        return f"{g[0]}/{g[1]}"
    if kind == "short_year":
        return str(2000 + int(g[0]))
    return g[0]  # year


def find_dates(text: str, year: int | None = None) -> tuple[str, ...]:
    """Dates written in text, ISO-ish, in reading order; `year` completes "27 maj" or "23/9"."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < end and start < m.end() for start, end in taken):
                continue
            iso = _iso(kind, m, year)
            if iso:
                found.append((m.start(), iso))
                taken.append(m.span())
    return tuple(dict.fromkeys(iso for _, iso in sorted(found)))


def date_year(iso: str) -> int | None:
    """The year an ISO-ish date falls in ("2021-hösten" → 2021)."""
    return int(iso[:4]) if iso[:4].isdigit() else None


def is_date_heading(text: str) -> bool:
    """A heading that is only a date or period ("December 2020", "Mars – april 2021")."""
    rest = text
    for _, pattern in _DATE_PATTERNS:
        rest = pattern.sub(" ", rest)
    return bool(find_dates(text)) and not re.search(r"\w", rest)


def format_date(iso: str) -> str:
    """An ISO-ish date in Swedish words: "2021-05-27" → "27 maj 2021", "2021-hösten" → "hösten 2021"."""
    if "/" in iso:
        first, last = iso.split("/")
        if len(first) == 7 and first[:4] == last[:4]:
            return f"{MONTHS[int(first[5:]) - 1]}–{format_date(last)}"
        return f"{format_date(first)}–{format_date(last)}"
    parts = iso.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        word = MONTHS[int(parts[1]) - 1] if parts[1].isdigit() else parts[1]
        return f"{word} {parts[0]}"
    return iso

# ---------------------------------------------------------------- counts
# "Nedan beskrivs de fyra viktiga förutsättningarna." announces four subsections.

COUNT_WORDS = {"två": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7, "åtta": 8, "nio": 9, "tio": 10}
_FORWARD = re.compile(r"\b(?:nedan|nedanstående|följande)\b", re.I)


_LEADS_IN = re.compile(r"\b(?:följande|nedan\w*|nedanstående|exempel\w*|punkter|delar|delområden|bland annat)\b", re.I)


def leads_in(sentence: str) -> bool:
    """Whether a sentence before a list points to it ("… sammanfattas i fyra punkter.", "Exempel på …"),
    unlike a plain statement that merely stands before one."""
    return sentence.rstrip().endswith(":") or announced_count(sentence) is not None or bool(_LEADS_IN.search(sentence))


def announced_count(sentence: str) -> int | None:
    """How many following parts a forward-pointing sentence announces ("Nedan beskrivs de fyra …" → 4)."""
    if not _FORWARD.search(sentence):
        return None
    for word in re.findall(r"\w+", sentence.lower()):
        if word in COUNT_WORDS:
            return COUNT_WORDS[word]
        if word.isdigit() and 2 <= int(word) <= 12:
            return int(word)
    return None


_ABOUT = re.compile(r"\b(?:står|sägs|skrivs|säger|skriver|handlar|sammanfatta|summera|utveckla|fördjupa|förtydliga|berätta|säga|säg|"
                    r"finns(?=\s+det\s+(?:något|nåt|nånting|någonting|mer|mera)\s+(?:mer\s+)?om\b))\b"
                    r"(?:\s+[\w:–-]+){0,5}?\s+om\s+(?P<topic>[^?,.!]+?)"
                    r"(?:\s+(?:i|inom|enligt|för|på)\s+(?:[\w:–-]+\s*){1,4})?\s*(?:[?,.!]|$|–\s)", re.I)
_HEADING = re.compile(r"\b(?:rubriken|avsnittet|kapitlet|delen)\s+(?!om\b)[”\"']?(?P<heading>[^”\"'?]+?)[”\"']?"
                      r"(?:\s+(?:i|inom|på|under)\s+[\w:]+.*)?\s*(?:[?.!]|$)", re.I)


_POINTING_GROUP = re.compile(r"^(?:just\s+)?(?:den|denna|dessa|de|dom)\s+(?:här\s+|där\s+)?(?:grupp(?:en)?|målgrupp(?:en)?|"
                             r"patientgrupp(?:en)?|patienterna|personerna|människorna)$|^just\s+(?:dem|dom|de)$", re.I)
_POINTING_TOPIC = {"det", "detta", "den", "denna", "dem", "dom", "dessa", "de", "sånt", "sådant", "såna", "sådana"}
POINTING_WORDS = frozenset(_POINTING_TOPIC)  # pointing words, never a topic ("vem tar fram dom lokala …")
# "Står det något om familjecentraler både i strategin och i verksamhetsplanen?": whether X is mentioned at all
# (the document or place it is asked of may stand before "om" or after the topic: "står det nåt i verksamhetsplanen
# om kvinnor i övergångsåldern?" – "i övergångsåldern" is the topic's, "i strategin" is not)
_WHERE_FIRST = re.compile(r"^\s*(?:(?:och|o|men)\s+)?(?:i|enligt|hos)\s+[^,?]{3,60},\s*(?=(?:står|finns|sägs|nämns)\b)", re.I)
_MENTIONED = re.compile(r"^\s*(?:och\s+|men\s+)?(?:står|finns|sägs|nämns|skrivs)\s+det\s+(?:något|nåt|några|nämnt|alls)?\s*"
                        r"(?:(?:i|enligt)\s+(?:den\s+|det\s+)?(?:\w+s\s+)?\w+\s+)?"  # ("… i nämndens plan om X?")
                        r"(?:\w+\s+){0,2}?om\s+(?P<topic>[^?,.!]+?)\s*(?:\b(?:både|också|även|alls|enligt|hos)\b.*|"
                        r"\b(?:i|inom)\s+(?:både\s+)?(?:(?!(?:i|inom|om|på|för|med)\b)\w+\s+){0,2}?(?:\w+s\s+)?(?:\w*(?:strategi|plan|målbild|dokument|artikel)\w*|"
                        r"(?-i:[A-ZÅÄÖ])\w+|norrbotten\w*|jämtland\w*|härjedalen\w*|västernorrland\w*|länet|regionen|kommunen)\b.*)?"
                        r"\s*(?:[?.!]|$)", re.I)


# "(Jag undrar om) strategin för nära vård säger något om läkemedelsgenomgångar …?": the document first, as told
_DOCUMENT_MENTIONS = re.compile(r"^\s*(?:(?:och|men)\s+)?(?:om\s+)?(?:den\s+|det\s+)?(?:[\w-]+\s+){0,3}?\w*(?:strategi|plan|"
                                r"målbild|dokument)\w*(?:\s+(?:för|om|i)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+"
                                r"(?:säger|nämner|skriver|tar\s+upp)\s+(?:alls\s+)?(?:något|nåt)\s+(?:alls\s+)?om\s+"
                                r"(?!(?:hur|vad|vilk\w*|var|när|vem|varför|det|den|dem|dom)\b)(?P<topic>[^?,.!]+?)\s*(?:[?.!]|$)",
                                re.I)
# "Nämner nämndens verksamhetsplan något om rehabilitering?", "Tar strategin upp något om SIP?": the document
# is the subject
_MENTIONED_BY = re.compile(r"^\s*(?:och\s+|men\s+)?(?:nämner|tar|skriver|säger)\s+(?:[\w-]+\s+){1,3}?(?:upp\s+)?"
                           r"(?:alls\s+)?(?:något|nåt)\s+(?:alls\s+)?om\s+(?!(?:hur|vad|vilk\w*|var|när|vem|varför)\b)"
                           r"(?P<topic>[^?,.!]+?)\s*(?:[?.!]|$)", re.I)
# "Tar den upp läkemedel också på något sätt?", "Nämner planen SIP?": the document (or the one pointed at) takes a thing up
_TAKES_UP = re.compile(r"^\s*(?:och\s+|men\s+)?(?:tar|nämner)\s+(?:den|det|dom|de|\w*(?:strategi|plan|målbild)\w*)\s+(?:upp\s+)?"
                       r"(?!(?:något|nåt|några|hur|vad|vilk\w*|upp|mig|oss)\b)(?P<topic>[^?,.!]+?)"
                       r"(?:\s+(?:också|även|alls|överhuvudtaget|någonstans|nånstans|på\s+(?:något|nåt)\s+(?:sätt|vis)))*\s*[?.!]*\s*$",
                       re.I)
# "Säger nämndens plan något om hur tandhälsan i Norrbotten står sig …?": the thing whose state is asked, said by its
# definite noun
_MENTIONED_HOW = re.compile(r"^\s*(?:och\s+|men\s+)?(?:nämner|tar|skriver|säger)\s+(?:[\w-]+\s+){1,3}?(?:upp\s+)?"
                            r"(?:alls\s+)?(?:något|nåt)\s+(?:alls\s+)?om\s+hur\s+(?!(?:det|den|de|dom|man|vi|ni|jag)\b)"
                            r"(?P<topic>\w{4,}(?:en|an|et|na))\s+(?:i\s+\w+\s+)?(?:står|är|ser|mår|har|ligger|utvecklas)\b", re.I)
# "… om vad tandvården ska göra de närmaste åren?": what is to be done, said with "ska", "behöver", "planerar"
_ASKS_DOING = re.compile(r"\bvad\s+(?:[\w-]+\s+){0,3}?(?:ska|skall|behöver|bör|planerar)\s+(?:[\w-]+\s+)?"
                         r"(?:göra|gör|jobba|arbeta|satsa)\b|\bvilka\s+(?:åtgärder|insatser|satsningar)\b", re.I)
# "vad ska tandvården göra enligt planen?": what a part of the care (not the asker, not a body with a list of
# tasks of its own) is to do.
_THING_DOING = re.compile(r"(?:^|[,.?!]\s*)(?:och\s+)?vad\s+ska\s+(?!(?:jag|vi|man|du|ni|de|dom|den|det|nämnden|regionen|"
                          r"kommunen|kommunerna|styrelsen|regionstyrelsen)\b)(?P<thing>\w+(?:\s+\w+)?)\s+(?:göra|jobba med|arbeta med|"
                          r"satsa på)(?:\s+(?:de\s+(?:kommande|närmaste)\s+åren|framöver|under\s+planperioden|"
                          r"under\s+\d{4}(?:[–-]\d{4})?))?(?:\s+(?:enligt|i)\s+[\w\s–-]+)?\s*\??\s*$", re.I)
# "sammanfatta vad nämnden ska göra med nära vård 2025-2027": what is to be done with X, X the topic
_DOING_WITH = re.compile(r"\bvad\s+(?:[\w-]+\s+){1,2}?(?:ska|skall|behöver|bör|vill|planerar\s+att)\s+göra\s+"
                         r"(?:med|kring|inom|åt|när\s+det\s+gäller)\s+(?P<thing>[^?,.!]+?)(?:\s+(?:under\s+|för\s+)?\d{4}"
                         r"(?:\s*[–-]\s*\d{4})?|\s+framöver|\s+de\s+(?:kommande|närmaste)\s+åren)?\s*(?:[?.!]|$)", re.I)
_SAYS_DOING = re.compile(r"\b(?:ska|skall|behöver|planerar|kommer att|fortsätter|pågår|(?:är|har)\s+inför(?:t|d|da|ts))\b", re.I)


_PRESENTS = re.compile(r"\b(?:här|nedan)\s+(?:presenteras|beskrivs|redovisas)\b"
                       r"|\b(?:dokumentet|artikeln|rapporten|planen)\s+(?:presenterar|beskriver|redovisar)\b", re.I)


def presents(sentence: str) -> bool:
    """Whether a sentence says what its document presents ("Här presenteras hur Västernorrland tog fram
    sin målbild …")."""
    return bool(_PRESENTS.search(sentence))


_DEFINING_HEADING = re.compile(r"^\s*(?:definition(?:en)?|definitioner|begreppet)(?:\s+(?:av|på|för))?\s+(?P<term>\w.*?)\s*$", re.I)


def defining_heading(heading: str) -> str:
    """The term a heading says it defines ("Definition jämlik och jämställd verksamhet" -> "jämlik och
    jämställd verksamhet"), or ""."""
    match = _DEFINING_HEADING.match(heading)
    return match["term"] if match else ""


def asks_doing(question: str) -> bool:
    """Whether a question asks what someone is to do ("vad ska tandvården göra de närmaste åren?")."""
    return bool(_ASKS_DOING.search(question))


def says_doing(sentence: str) -> bool:
    """Whether a sentence says what is to be done or is being done ("Inom folktandvården ska planen …
    genomföras", "Funktionerna Sök vård och Chatt är infört på alla regionens hälsocentraler")."""
    return bool(_SAYS_DOING.search(sentence))


# "Finns kontinuitet med i målbilden …?", "Ingår tandvården i planen?": whether X is part of Y
# (an article before an adjective is no pointing word: "Nämns de fackliga organisationerna någonstans bland …?"; "det"
# is "there": "Finns det privata hälsocentraler i Norrbotten?")
# (or after a scope said first: "Men när det gäller bemötandet – nämns religion eller tro någonstans, …?")
_PART_OF = re.compile(r"^(?:[^?–]*?–\s*)?\s*(?:och\s+)?(?:finns|ingår|nämns|kommer)\s+(?:(?:de|den)\s+(?=\w+a\s+\w{4,}))?"
                      r"(?!det\b|de\b|den\b|någon\b|något\b|några\b)"
                      # ("Nämns skolan eller elevhälsan över huvud taget i länsstrategin …?": either of two)
                      r"(?P<topic>\w+(?:[\s-]+(?!med\b|upp\b|överhuvudtaget\b|över\b|alls\b|ens\b|eller\b|och\b)\w+)?"
                      r"(?:\s+(?:eller|och)\s+\w+)?)\s+(?:med\s+|upp\s+)?"
                      r"(?:(?:överhuvudtaget|över\s+huvud\s+taget|alls|ens|någonstans|nånstans|nångång|någon\s+gång|nånsin|"
                      r"någonsin)\s+)?"
                      r"(?:i|bland)\s+(?:både\s+)?\w+|"
                      # (with no place when it says "anywhere": "nämns religion eller tro någonstans?")
                      r"^(?:[^?–]*?–\s*)?\s*(?:och\s+)?(?:nämns|finns)\s+(?!det\b|de\b|den\b|någon\b|något\b|några\b)"
                      r"(?P<anywhere>\w+(?:\s+(?:eller|och)\s+\w+)?)\s+(?:med\s+)?"
                      r"(?:överhuvudtaget|över\s+huvud\s+taget|alls|någonstans|nånstans)\s*(?:[?,.]|$)", re.I)


# "Var nämns SIP i dokumenten och i vilket sammanhang?": where X is mentioned
_WHERE_MENTIONED = re.compile(r"^\s*(?:och\s+)?var\s+(?:i\s+\w+\s+)?(?:nämns|står|används)\s+"
                              r"(?!(?:det|den|de|dom|detta|något|nåt|några)\b)(?P<topic>[\w-]+(?:\s+[\w-]+)?)"
                              r"(?=\s+(?:i|med|någonstans|nånstans|och)\b|\s*\?)", re.I)


# "Vad i den gemensamma strategin handlar om skolan och elevernas hälsa – …?": what in a document is about X
_WHAT_IN_ABOUT = re.compile(r"^\s*(?:och\s+)?vad\s+i\s+(?:den\s+|det\s+|de\s+)?(?:[\w-]+\s+){0,4}?\w*(?:strategi|plan|målbild|"
                            r"dokument|artikel)\w*(?:\s+(?:för|om|i)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?\s+"
                            r"(?:handlar\s+om|tar\s+upp|rör|berör|gäller|nämner|säger\s+om)\s+"
                            r"(?P<topic>[^?–]+?)\s*(?:[?–]|$)", re.I)


# "Kan du ge några exempel på hur tandvården nämns i planen …?": the places X is mentioned
_EXAMPLES_MENTIONED = re.compile(r"\bexempel\s+på\s+(?:hur|var|när)\s+(?P<topic>[\w-]+)\s+"
                                 r"(?:nämns|omnämns|tas\s+upp|beskrivs|finns\s+med|förekommer|lyfts(?:\s+fram)?)\b", re.I)


# "Finns det mobila team i Jämtland?": whether the documents of a place (or a named document) say X at all
_EXISTS_IN = re.compile(r"^\s*(?:och\s+|men\s+)?finns\s+det\s+(?!(?:något|nåt|några|någon|nån|inga|ingen|inget|en|ett|"
                        r"alltså|också|även|idag|redan)\b)(?P<topic>[\w-]+(?:\s+[\w-]+)?)\s+(?:i|inom)\s+(?:både\s+)?"
                        r"(?:region\s+)?(?:(?-i:[A-ZÅÄÖ])[\w-]+(?:\s+(?-i:[A-ZÅÄÖ])[\w-]+)?|"
                        r"\w*(?:strategi|plan|målbild|dokument|artikel|länet|regionen)\w*)\s*[?.!]*\s*$", re.I)


def phrase_tail(phrase: str) -> str:
    """What a phrase is about after its last "kring"/"om"/"runt" ("samarbete kring tidiga insatser" -> "tidiga
    insatser"), or the phrase."""
    return re.split(r"\s+(?:kring|runt|om|gällande|angående|rörande)\s+", phrase)[-1].strip() or phrase


# "och vad säger planen om Cosmic som vi ska börja med?": a name asked of a document
_NAME_ASKED_OF = re.compile(r"^\s*(?:(?:och|men|å|o)\s+)?vad\s+(?:säger|skriver)\s+(?:den\s+)?\w*(?:plan|strategi|målbild)\w*"
                            r"\s+om\s+(?P<name>(?-i:[A-ZÅÄÖ])[\w-]+(?:\s+(?-i:[A-ZÅÄÖ])[\w-]+)?)"
                            r"(?:\s+som\s+[^?]*)?\s*\??\s*$", re.I)


# "Gäller något särskilt för samerna jämfört med de andra grupperna?", "vad skiljer X från de andra?": what the
# documents say of one of several in particular
_SET_APART = re.compile(r"\b(?:(?:något|nåt)\s+(?:särskilt|speciellt|annorlunda|annat)\s+(?:för|med|om|kring)|"
                        r"vad\s+skiljer)\s+(?:de\s+|dom\s+|the\s+)?(?P<x>[\w-]+(?:\s+[\w-]+)?)\s+"
                        r"(?:jämfört\s+med|till\s+skillnad\s+från|från|än|compared\s+(?:to|with))\s+"
                        r"(?:de\s+|dom\s+|the\s+)?(?:andra|övriga|other|others)\b", re.I)
# a sentence that says something holds for one in particular ("… har en särskild skyldighet att … konsultera det
# samiska folket")
_IN_PARTICULAR = re.compile(r"\b(?:särskil\w*|specifik\w*|enbart|endast|speciell\w*)\b", re.I)


def set_apart(question: str) -> str:
    """The one a question asks what sets apart from the others ("samerna"), or ""."""
    match = _SET_APART.search(question)
    return match["x"] if match else ""


def says_in_particular(sentence: str, thing: str) -> bool:
    """Whether a sentence names the thing and says something holds for it in particular."""
    return bool(_IN_PARTICULAR.search(sentence)) and any(mentions(sentence, w) for w in thing.split() if len(w) >= 4)


# People named as a group: "Vilken grupp …?" is answered by "… speciellt bland yngre kvinnor"
_PEOPLE = re.compile(r"\b(?:kvinnor|män|flickor|pojkar|unga|yngre|äldre|barn|ungdomar|personer|invånare|medborgare|"
                     r"samer|samerna|minoriteter|hbtqi\+?personer|föräldrar|elever|studenter|patienter|brukare|"
                     r"\w*representanter|tjänstepersoner|förtroendevalda)\b", re.I)


def is_group_noun(noun: str) -> bool:
    """Whether the listed noun of a question asks for a group ("grupp", "gruppen")."""
    # (or for the people who took part: "vilka var inblandade när den togs fram?")
    return fold(noun.lower()) in ("grupp", "gruppen", "grupper", "grupperna", "malgrupp", "malgruppen", "inblandade",
                                  "involverade", "delaktiga", "deltagare", "deltagarna", "medverkande")


# "hur fick dom in vad invånarna tyckte?": the people a question of how a thing was made asks about
_PEOPLE_ASKED_OF = re.compile(r"\b(?:invånar\w*|medborgar\w*|patienter\w*|patienten|brukar\w*|politiker\w*|förtroendevald\w*|"
                              r"pensionär\w*|minoritet\w*|samer\w*|unga|ungdomar\w*|äldre|anhörig\w*|kommuner\w*)\b", re.I)


# "Hur gick det till …?", "Hur togs målbilderna fram …?": how the whole thing was made, whoever the question goes on to
_HOW_MADE = re.compile(r"\bhur\b[^?]{0,40}?\b(?:gick\s+(?:det|man|de|dom)\s+till|togs|tog|tagits|arbetade|jobbade|gjorde)\b", re.I)


def asks_how_made(question: str) -> bool:
    """Whether a question asks how a thing as a whole was made ("Hur gick det till när …?", "Hur togs … fram?")."""
    return bool(_HOW_MADE.search(question))


def people_asked_of(question: str) -> list[str]:
    """The groups a question of how something was made asks about ("hur fick dom in vad invånarna tyckte?" ->
    ["invånarna"]; "Hur fick vanliga invånare och patienter vara med …?" -> both)."""
    return _PEOPLE_ASKED_OF.findall(question)


def names_people(text: str) -> bool:
    """Whether a text names a group of people ("yngre kvinnor", "äldre", "barn")."""
    return bool(_PEOPLE.search(text))


def names_people_taking_part(text: str) -> bool:
    """Whether a step of how a thing was made names people who took part, as a group or in a compound that gathers
    them ("medborgardialoger", "brukarråd")."""
    return names_people(text) or any(mentions(text, w) for w in ("medborgare", "invånare", "brukare", "patienter"))


# "Säger planen något mer om den förflyttningen?": more of a thing than was said
_MORE_ASKED = re.compile(r"\b(?:något|nåt|lite|mycket)\s+mer\s+om\b|\bmer\s+(?:ingående|utförligt|detaljerat)\s+om\b", re.I)


def asks_more_of(question: str) -> bool:
    """Whether a question asks for more of a thing ("… något mer om den förflyttningen?")."""
    return bool(_MORE_ASKED.search(question))


# "sammanfatta det viktigaste om samverkan och SIP": a summary of two things, each a word or two
_SUMMARY_PAIR = re.compile(r"^\s*(?:kan\s+du\s+)?(?:sammanfatta|summera)\s+(?:det\s+viktigaste\s+|kort\s+|vad\s+dokumenten\s+säger\s+)?"
                           r"om\s+(?P<a>[\w-]{3,}(?:\s+[\w-]{3,})?)\s+och\s+(?P<b>[\w-]{3,}(?:\s+[\w-]{3,})?)\s*[?.!]*\s*$", re.I)


def summary_pair(question: str) -> tuple[str, str] | None:
    """The two things a "sammanfatta (det viktigaste) om X och Y" question asks of, or None."""
    match = _SUMMARY_PAIR.match(question)
    return (match["a"], match["b"]) if match else None


def owns_document(word: str, question: str) -> bool:
    """Whether a word is said as the owner of a document the question names ("nämndens" in "nämndens
    verksamhetsplan", "regionens" in "regionens strategi")."""
    return word.lower().endswith("s") and bool(
        re.search(rf"\b{re.escape(word)}\s+\w*(?:plan|strategi|målbild)\w*\b", question, re.I))


def name_asked_of_document(question: str) -> str:
    """The name a "vad säger planen om X?" question asks of a document ("Cosmic"), or ""."""
    match = _NAME_ASKED_OF.match(question)
    return match["name"] if match else ""


# "finns det något där som rör oss i skolan?": whether the documents say anything of a thing
_CONCERNS = re.compile(r"^\s*(?:och\s+|men\s+)?finns\s+det\s+(?:något|nåt)\s+(?:där\s+|i\s+(?:den|det|dem|dom)\s+)?som\s+"
                       r"(?:rör|berör|gäller|handlar\s+om|angår)\s+(?:(?:oss|mig)\s+(?:i|på|inom|som\s+jobbar\s+(?:i|på|inom))\s+)?"
                       r"(?P<topic>[^?,.!]{4,40}?)\s*[?.!]*\s*$", re.I)


def asked_mentioned(question: str) -> str:
    """What a "Står det något om X (i Y)?" or "Finns X med i Y?" question asks whether the documents
    mention (X), or "" ("… om rehab specifikt": rehab)."""
    text = re.sub(r"\s+(?:specifikt|särskilt|konkret|egentligen|alls|överhuvudtaget)(?=\s*[?.!]*\s*$)", "",
                  restore_letters(question), flags=re.I)
    # ("och i nämndens verksamhetsplan, står det nåt om fackliga organisationer?": where it is asked, said first)
    text = _WHERE_FIRST.sub("", text)
    part = _PART_OF.search(text) or _WHERE_MENTIONED.search(text) or _EXAMPLES_MENTIONED.search(text) \
        or _WHAT_IN_ABOUT.search(text)
    said = (part.groupdict().get("topic") or part.groupdict().get("anywhere") or "") if part else ""
    if said and said.lower() not in _POINTING_TOPIC:
        return said
    match = _MENTIONED.search(text) or _MENTIONED_BY.search(text) or _MENTIONED_HOW.search(text) \
        or _DOCUMENT_MENTIONS.search(text) or _CONCERNS.search(text) or _TAKES_UP.search(text)
    topic = match["topic"].strip() if match else ""
    return "" if topic.lower() in _POINTING_TOPIC else topic


# A thing asked whether the documents say it, said as a clause ("att apoteken ska samverka med hälsocentralerna"): its
# subject; said as a noun phrase ("ekonomisk utsatthet eller skulder som orsak till ohälsa", "medarbetarnas arbetsmiljö
# i den"): what stands before its first preposition or relative word
_MENTIONED_CLAUSE = re.compile(r"^\s*att\s+(?P<subject>(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+)\s+"
                               r"(?:ska|skall|kan|måste|bör|får|behöver|kommer|inte)\b", re.I)
_PHRASE_END = re.compile(r"\s+(?:i|på|för|som|till|med|om|inom|hos|vid|av|från|när|där|mellan|under|efter|kring|och\s+hur)\s", re.I)
_NOT_HEADED = re.compile(r"^\s*(?:hur|vad|vilka|vilken|vilket|varför|när|var|vem|det|den|dom|de|något|nåt)\b", re.I)
MIN_NAMING_LETTERS = 4
_SOMEWHERE = re.compile(r"\s+(?:nånstans|någonstans|nångång|överhuvudtaget|över\s+huvud\s+taget|alls|ens|också|med|där|här|då)"
                        r"(?=\s|$)", re.I)
_SUBJECT_PRONOUN = frozenset("det den man vi de dom ni jag du hen han hon dessa detta".split())


def mentioned_heads(topic: str) -> list[str]:
    """The words a thing asked of ("Står det nåt om X?") is named by – a clause's subject ("att apoteken ska samverka
    …" -> ["apoteken"]), a noun phrase's last words, each alternative's ("ekonomisk utsatthet eller skulder som orsak
    till ohälsa" -> ["utsatthet", "skulder"]) – when it says more than a word; else []."""
    clause = _MENTIONED_CLAUSE.match(topic)
    if clause:
        subject = clause["subject"].split()[-1]
        return [] if subject.lower() in _SUBJECT_PRONOUN else [subject]
    if _NOT_HEADED.match(topic) or topic.lower().startswith("att "):
        return []
    topic = _SOMEWHERE.sub("", topic)  # ("AI nånstans": the thing is "AI")
    phrase = _PHRASE_END.split(f" {topic.strip()} ", maxsplit=1)[0].strip()
    if len(phrase.split()) < 2 and phrase == topic.strip():
        return []
    parts = [p.split()[-1] for p in re.split(r"\s*,\s*|\s+(?:eller|och|samt)\s+", phrase) if p.split()]
    return [w for w in parts if len(w) >= MIN_NAMING_LETTERS and w.lower() not in _SUBJECT_PRONOUN]


# "hur är nämndens 13 ordinarie platser fördelade mellan partierna?": what a thing is shared among, which an
# answer must name (not "Nämnden består av 13 ordinarie ledamöter …")
_SHARED_AMONG = re.compile(r"\b(?:fördela\w*|uppdela\w*|delas?\s+upp|spridda?)\s+(?:mellan|på|bland|över)\s+"
                           r"(?:de\s+|dom\s+|olika\s+)?(?P<among>[^\W\d_]{4,})", re.I)


def shared_among(question: str) -> str:
    """What a question asks a thing is shared among ("… fördelade mellan partierna?" -> "partierna"), or ""."""
    match = _SHARED_AMONG.search(question)
    return match["among"] if match else ""


# "Finns det några nyckeltal eller målvärden kopplade till hållbarhetsmålen …?": whether any such thing is given,
# which an answer must name (either of two), whatever it is asked of
_ANY_QUALIFIER = r"(?:särskild|särskilt|särskilda|konkret|konkreta|specifik|specifika|tydlig|tydliga)"  # ("något särskilt stöd")
_EXISTS_ANY_START = r"^\s*(?:och\s+|men\s+)?finns\s+det\s+(?:några|något|någon|nåt|nån)\s+"  # "Finns det några …"
_EXISTS_ANY = re.compile(_EXISTS_ANY_START + rf"(?:{_ANY_QUALIFIER}\s+)?(?!{_ANY_QUALIFIER}\b)"
                         r"(?P<topic>[^\W\d_]{5,}(?:\s+eller\s+(?:(?:någon|något|några|nån|nåt)\s+)?[^\W\d_]{5,})?)\b", re.I)


def asked_exists(question: str) -> str:
    """What a "Finns det X i <a region or a document>?" question asks whether that place's documents say (X), or "":
    an answer must name it, though it is answered like any yes/no question."""
    match = _EXISTS_IN.search(restore_letters(question))
    return match["topic"] if match else ""


# What a unit's working routine is written in, which steering documents do not hold: "Finns det nån rutin för hur vi
# lånar ut vågar …?" is refused when no passage says the word, not answered by sentences on the topic
_WORKING_PAPERS = re.compile(r"^(?:rutin|rutiner|rutinen|rutinerna|riktlinje|riktlinjer|riktlinjerna|checklista|checklistor|"
                             r"lathund|lathundar|blankett|blanketter|mall|mallar|manual|manualer|instruktion|instruktioner|"
                             r"handbok|handböcker|pm|policy|policyn|vårdprogram|vårdprogrammet)$", re.I)


def names_working_paper(thing: str) -> bool:
    """Whether what a "Finns det någon X …?" question asks for opens on a working paper's word ("rutin för …")."""
    words = thing.split()
    return bool(words) and bool(_WORKING_PAPERS.match(words[0]))


# "vilken app eller utrustning ska patienterna ha hemma …?": which of two things, asked as such
_WHICH_ANY = re.compile(r"^\s*(?:och\s+|men\s+)?(?:vilken|vilket|vilka)\s+(?P<topic>[^\W\d_]{3,}\s+eller\s+[^\W\d_]{5,})\b",
                        re.I)


def asked_any(question: str) -> str:
    """What a "Finns det några X (eller Y) …?" (or "vilken X eller Y …?") question asks whether any is given
    ("nyckeltal eller målvärden"), or "" (a word for any kind of thing asks nothing in particular: "några exempel")."""
    match = _EXISTS_ANY.search(restore_letters(question)) or _WHICH_ANY.search(restore_letters(question))
    if match and not any(any_kind(w) for w in match["topic"].split() if w.lower() != "eller"):
        return match["topic"]
    return ""


def any_kind(word: str) -> bool:
    """Whether a word names any kind of thing, or what the documents give in their own words ("exempel",
    "siffror"): asking whether there is any names nothing in particular."""
    return word.lower() in GENERIC_NOUNS or word.lower() in _GENERIC or word.lower() in _SAID_IN_ANY_WORDS


# "Finns det någon obligatorisk utbildning i suicidprevention …?": the thing asked whether any is given, after the
# adjective that qualifies it
_EXISTS_QUALIFIED = re.compile(_EXISTS_ANY_START + r"[^\W\d_]{4,}(?:isk|iska|iskt|ig|iga|igt|ell|ella|ellt)\s+(?P<thing>[^\W\d_]{5,})\b", re.I)


# "Finns det någon särskild satsning på beroendevården eller läkemedelsassisterad behandling …?": what a general
# thing (a satsning, a plan) is asked of, each side of an "eller"
# (or guidelines: "finns det några länsgemensamma riktlinjer för kostrådgivning eller nutrition?")
_EXISTS_ANY_ON = re.compile(_EXISTS_ANY_START + rf"(?:{_ANY_QUALIFIER}\s+|särskild\s+|speciell\s+|riktad\s+|"
                            r"(?:läns)?gemensamma\s+|regionala\s+|nationella\s+)?"
                            r"(?:satsning|plan|insats|strategi|arbete|projekt|stöd|uppdrag|riktlinje|rutin|policy)\w*\s+"
                            r"(?:på|för|inom|kring|mot)\s+"
                            r"(?P<a>[^\W\d_]{5,}(?:\s+[^\W\d_]{5,})?)\s+eller\s+(?P<b>[^\W\d_]{5,}(?:\s+[^\W\d_]{5,})?)\b", re.I)


def asked_any_on(question: str) -> tuple[str, ...]:
    """The two things a "Finns det någon satsning på X eller Y …?" question asks of (either will do), or ()."""
    match = _EXISTS_ANY_ON.search(restore_letters(question))
    return (match["a"], match["b"]) if match else ()


def asked_any_thing(question: str) -> str:
    """The thing a "Finns det någon <adjective> X …?" question asks whether any is given, of a kind its adjective
    narrows ("obligatorisk utbildning" -> "utbildning"), or "" (nor a word for any kind of thing, "några exempel";
    a plain "Finns det något stödcenter …?" may be answered in the documents' own word, "kompetenscentrum")."""
    qualified = _EXISTS_QUALIFIED.search(restore_letters(question))
    thing = qualified["thing"] if qualified else ""
    return "" if any_kind(thing) else thing


# "barn och ungas psykiska hälsa", "psykisk hälsa hos unga": whose (or among whom) a topic is, narrowing it
_TOPIC_OWNER = re.compile(r"^(?P<owner>[^\W\d_]{3,}(?:\s+och\s+[^\W\d_]{3,})?s)\s+[^\W\d_]+|"
                          r"\b(?:hos|bland|för)\s+(?P<among>[^\W\d_]{3,}(?:\s+och\s+[^\W\d_]{3,})?)\s*$", re.I)


# "sammanfatta kort vad nämnden ska göra för barn och unga": the group a question asks of, at its end
# (not what a thing is for: "… förutsättningar för omställningen", "… för arbetet")
_FOR_GROUP = re.compile(r"\b(?:för|bland|hos)\s+(?P<group>(?!(?:mig|oss|dig|er|dem|dom|det|den|att|en|ett|nära|hela|"
                        r"omställningen|omställning|arbetet|genomförandet|verksamheten|verksamheterna|vården|regionen|"
                        r"länet|strategin|planen|målbilden|framtiden|utvecklingen)\b)"
                        r"[^\W\d_]{3,}(?:\s+och\s+[^\W\d_]{3,})?)"
                        # (a period or a "då" after it: "… för folkhälsan 2025–2027 då?")
                        r"(?:\s+(?:19|20)\d\d(?:\s*[–-]\s*(?:19|20)?\d\d)?)?(?:\s+då)?\s*[?.!]*\s*$", re.I)


def asked_for_group(question: str) -> list[str]:
    """The words of the group a question ends by asking of ("… för barn och unga" -> ["barn", "unga"]), or []."""
    match = _FOR_GROUP.search(question)
    return [w for w in re.split(r"\s+och\s+", match["group"]) if len(w) >= 4] if match else []


# "ge mig en tidslinje för målbildsarbetet i jämtland härjedalen": how it was made, step by step with dates
_TIMELINE = re.compile(r"^\s*(?:kan\s+du\s+)?(?:ge\s+(?:mig\s+)?|göra\s+|visa\s+(?:mig\s+)?)?(?:en\s+)?"
                       r"(?:tidslinje|tidsaxel|kronologi)(?:n)?\s+(?:för|över|av|på)\s+(?:arbetet\s+med\s+)?"
                       r"(?P<thing>målbild|strategi|verksamhetsplan|plan)\w*(?P<rest>(?:\s+(?:i|för)\s+[^?.!]+)?)\s*[?.!]*\s*$", re.I)
_MADE_THING = {"målbild": "målbilden", "strategi": "strategin", "verksamhetsplan": "verksamhetsplanen", "plan": "planen"}


# "Kan du sammanfatta processen från start till att den antogs?": how it was made, from its start to its adoption
_PROCESS_TO_END = re.compile(r"^\s*(?:kan\s+du\s+|skulle\s+du\s+kunna\s+)?(?:sammanfatta|beskriva|beskriv|berätta\s+om|"
                             r"gå\s+igenom|ge\s+(?:mig\s+)?en\s+bild\s+av)\s+(?:hela\s+)?processen\s+(?:från\s+(?:start|"
                             r"början|starten)\s+)?(?:till|fram\s+till)\s+(?:att|dess)\s+(?P<thing>den|det|målbilden|strategin|"
                             r"planen)(?P<rest>(?:\s+(?:i|för)\s+[^?.!]+?)?)\s+(?:antogs|beslutades|fastställdes|klubbades|"
                             r"var\s+klar|blev\s+klar)\s*[?.!]*\s*$", re.I)


def timeline_asked(question: str) -> str:
    """"ge mig en tidslinje för målbildsarbetet i X" read as "Hur togs målbilden fram i X?" ("Kan du sammanfatta
    processen från start till att den antogs?" as "Hur togs den fram?"), or ""."""
    match = _TIMELINE.match(question)
    if match:
        return f"Hur togs {_MADE_THING[match['thing'].lower()]} fram{match['rest'].rstrip()}?"
    process = _PROCESS_TO_END.match(question)
    return f"Hur togs {process['thing'].lower()} fram{process['rest'].rstrip()}?" if process else ""


_END_YEAR = re.compile(r"\bslutår\w*|\btill\s+vilket\s+år\b|\bgäller\s+(?:\w+\s+){0,2}till\s+(?:när|vilket)\b|\bhur\s+länge\s+gäller\b|"
                       r"\btidshorisont\w*|\bvilket\s+år\s+(?:sträcker|siktar|syftar)\b", re.I)


def asks_end_year(question: str) -> bool:
    """Whether a question asks until when a thing holds ("… något slutår, alltså till vilket år gäller de?"), which a
    year in its title may say ("Målbild för God och nära vård 2030")."""
    return bool(_END_YEAR.search(question))


# Adjectives whose comparative is spelt otherwise: "unga" are also said as "yngre" ("… speciellt bland yngre kvinnor")
_COMPARATIVES = {"ung": "yngre", "unga": "yngre", "gammal": "äldre", "gamla": "äldre"}


def with_comparative(word: str) -> list[str]:
    """A word and its comparative when that is spelt otherwise ("unga" -> ["unga", "yngre"])."""
    other = _COMPARATIVES.get(word.lower())
    return [word, other] if other else [word]


def topic_owner(topic: str) -> str:
    """Whose (or among whom) a summary's topic is ("barn och ungas psykiska hälsa" -> "barn och ungas"), or ""."""
    match = _TOPIC_OWNER.search(topic.strip())
    return (match["owner"] or match["among"]) if match else ""


# What the documents give in their own words, never by this name: "Finns det några siffror på …?" (77 procent)
_SAID_IN_ANY_WORDS = {"siffror", "siffra", "statistik", "data", "fakta", "uppgift", "uppgifter", "information", "info",
                      "nummer", "beskrivning", "förklaring", "förslag", "tips", "råd",
                      # ("Vilket program är det vi ska dokumentera patienterna i?": the documents' "vårdinformationsstöd")
                      "program", "programmet", "system", "systemet"}


_SETTINGS_OF_CARE = {"glesbygd", "glesbygden", "hemmet", "skolan", "skolor", "kommunen", "kommunerna", "hemsjukvården",
                     "primärvården", "tandvården", "äldreomsorgen", "psykiatrin", "inlandet"}


def summary_topic(question: str) -> str:
    """What a "vad står det om X i Y" question is about (X), or "". "om det" points back to what the
    sentence before said ("Vi har många hyrläkare – vad säger planen om det?": hyrläkare)."""
    text = restore_letters(question)
    match = _ABOUT.search(text)
    if not match:
        doing = _THING_DOING.search(text)  # "vad ska tandvården göra enligt planen?": tandvården
        done_with = _DOING_WITH.search(text)  # "vad nämnden ska göra med nära vård …": nära vård
        return doing["thing"] if doing else done_with["thing"] if done_with else ""
    topic = match["topic"].strip()
    # "… om sjukhuset i Kiruna …": a town is part of the thing (a region or a document only bounds where it is said)
    town = re.match(r"\s+i\s+([^\W\d_]+)", text[match.end("topic"):])
    if town and places_named(town.group(1)) and not regions_named(town.group(1)):
        topic = f"{topic} i {town.group(1)}"
    elif town and town.group(1).lower() in _SETTINGS_OF_CARE:
        topic = f"{topic} i {town.group(1)}"  # ("… om vård i glesbygd?": where the care is, part of the thing)
    # "… om vilken roll primärvården ska ha i nära vård?": the thing whose role it is
    role = re.match(r"(?:vilken|vad för|vilka)\s+(?:roll|roller|uppgift|uppgifter)\s+(?P<x>.+?)\s+(?:ska|bör|skall|kommer att)?\s*"
                    r"(?:ha|har|spela|spelar|få|får)\b", topic, re.I)
    # "… om de anhörigas roll?": what is said of the anhöriga, people (their part is whatever is said of them; a
    # thing's role is said as such: "primärvårdens roll")
    owner = re.match(r"^(?:de\s+|dom\s+)?(?P<x>\w{3,}a)s\s+(?:roll|rollen|betydelse|del)$", topic, re.I)
    # "… om samverkan som förutsättning för omställningen": the thing, not the part it plays
    topic = re.sub(r"\s+som\s+(?:en\s+)?(?:förutsättning|del|grund|verktyg|metod|princip|arbetssätt)\b.*$", "", topic,
                   flags=re.I) or topic
    # "… om hur det ska gå från strategi till praktik – handlingsplaner och uppföljning?": a how spelled out after a
    # dash names the things asked about
    spelled = re.match(r"\s*[–—:]\s*(?P<x>[^\W\d_][^\W\d_ ,-]*(?:(?:\s+|,\s*)[^\W\d_][\w-]*){0,4})\s*[?.!]?\s*$",
                       text[match.end("topic"):])
    if spelled and re.match(r"(?:hur|vad|varför)\b", topic, re.I):
        return spelled["x"]
    return _statement_pointed_at(text, match) or (role["x"] if role else owner["x"] if owner else topic)


def topic_qualifier(question: str) -> str:
    """What a "vad står det om X för Y?" question says X is for, which `summary_topic` leaves out as if it were where to
    look ("… om väntetider för tandreglering för barn?" -> "tandreglering för barn"), or ""."""
    match = _ABOUT.search(restore_letters(question))
    rest = re.match(r"\s+(?:för|inom|vid)\s+(?P<rest>[^?,.!]+)", match.string[match.end("topic"):]) if match else None
    return rest["rest"].strip() if rest else ""


def _statement_pointed_at(text: str, about: re.Match) -> str:
    """The statement before "… om det?" that its "det" points at (three words or more), or ""."""
    if about["topic"].strip().lower() not in _POINTING_TOPIC:
        return ""
    before = re.split(r"\s[–—-]\s|[.!?:;]\s", text[:about.start()].strip())
    said = before[-2].strip() if len(before) >= 2 else ""  # the statement, not the start of the asking sentence
    asked_first = _ASKED_BEFORE_COMMA.match(before[-1].strip())
    if asked_first:  # "hur ska omställningen följas upp, vad står det om det": the question before the comma
        said = asked_first["said"]
    if len(said.split()) < 3:
        return ""
    # "Det ska göras lokala handlingsplaner för nära vård." -> "lokala handlingsplaner": the thing, not the clause
    thing = _STATED_THING.match(said)
    thing = _NEAR_CARE_TAIL.sub("", thing["thing"]) if thing else ""
    return thing if thing and len(thing.split()) <= STATED_THING_WORDS else said


# "hur ska omställningen följas upp, vad står det om det": a question, then a comma and the asking words.
_ASKED_BEFORE_COMMA = re.compile(r"^(?P<said>(?:hur|vad|vilka|vilken|vem|när|var|varför)\b[^,]+),\s*(?:vad|vilket|hur)\s*$", re.I)

STATED_THING_WORDS = 3  # words: a longer stretch is what is said of a thing, not a thing ("… ska mäta sina värden hemma")


# A statement that introduces a thing: "Det ska göras lokala handlingsplaner …", "Vi har fått en ny plan …"
_STATED_THING = re.compile(r"^(?:det|vi|man|de|dom|ni)\s+(?:ska|skall|kommer att|har|finns|behöver|hade|fick|har fått)\s+"
                           r"(?:(?:göras|tas fram|skrivas|införas|finnas|bli|få|fått|göra|ta fram)\s+)?(?P<thing>\w.*?)[.!]?$", re.I)
_NEAR_CARE_TAIL = re.compile(r"\s+(?:för|inom|i)\s+(?:den\s+)?nära\s+vård(?:en)?$", re.I)  # said of everything here


# "… vilka förutsättningar Norrbottens länsgemensamma strategi säger behövs för att omställningen ska lyckas": what is
# needed for a thing, asked as the things for it ("vilka förutsättningar för omställningen …")
_NEEDED_FOR = re.compile(r"\bvilka\s+(?P<x>[^\W\d_]{5,})\s+(?P<mid>(?:[\w-]+\s+){0,6}?)(?:säger\s+|anser\s+|menar\s+)?"
                         r"(?:behövs|krävs|behöver\s+finnas)\s+för\s+att\s+(?P<goal>[^\W\d_]{4,})\s+ska\s+"
                         r"(?:lyckas|fungera|gå\s+bra|bli\s+av|nå\s+målet)\b", re.I)


def needed_for(question: str) -> str:
    """"vilka X (Y säger) behövs för att Z ska lyckas" read as "vilka X för Z (Y säger)", or ""."""
    match = _NEEDED_FOR.search(question)
    if not match:
        return ""
    mid = match["mid"].strip()  # (a "säger" after it is the pattern's own: "… strategi säger behövs …")
    said = f"vilka {match['x']} för {match['goal']}" + (f" enligt {mid}" if mid else "")
    return question[:match.start()] + said + question[match.end():]


def after_summary_verb(question: str) -> str:
    """What follows "sammanfatta (lite kort)" ("Sammanfatta lite kort hur X tog fram sin målbild" -> "hur X …")."""
    match = re.search(r"\b(?:sammanfatta|summera|beskriv|berätta)\w*\s+(?:(?:lite|kort|kortfattat|gärna|snabbt|för mig)\s+)*"
                      r"(?:om\s+)?(?P<rest>.+)$", question, re.I) or \
        re.search(r"\b(?:överblick|översikt|sammanfattning|genomgång|summering)\s+(?:över|av|om|på)\s+(?P<rest>.+)$", question, re.I)
    return match["rest"].strip() if match else ""  # ("ge en snabb överblick över hur X tog fram …" -> "hur X …")


def named_heading(question: str) -> str:
    """A heading the question quotes: "under rubriken Våra varför i strategin" -> "Våra varför"."""
    match = _HEADING.search(question) or _QUOTED_HEADING.search(question) or _COMPOUND_HEADING.search(question) \
        or _SECTION_ON.search(question)
    return match["heading"].strip() if match else ""


# "sammanfatta digitaliseringsavsnittet i nämndens verksamhetsplan": the heading as the first part of a compound with
# "avsnittet" (its linking s dropped); "avsnittet om digitalisering": the heading after "om"
_COMPOUND_HEADING = re.compile(r"\b(?P<heading>[^\W\d_]{4,}?)s?(?:avsnittet|kapitlet|stycket)\b", re.I)
_SECTION_ON = re.compile(r"\b(?:avsnittet|kapitlet|stycket)\s+om\s+(?P<heading>[^\W\d_]{4,}(?:\s+och\s+[^\W\d_]{4,})?)"
                         r"(?:\s+(?:i|inom|på|under)\s+[\w:]+.*)?\s*(?:[?.!]|$)", re.I)


# "Vad skriver strategin under 'våra varför'?": a quoted phrase after "under" is a heading
_QUOTED_HEADING = re.compile(r"\bunder\s+[”“\"'‘’](?P<heading>[^”“\"'‘’?]{3,60})[”“\"'‘’]", re.I)


# What a "när …" question asks the date of, by the verb it uses: an answer's sentence (or its
# heading) must speak of the same kind of event ("När öppnar sjukhuset?" is not answered by when
# it was decided).
EVENTS = {
    "decision": ("beslut", "fatta", "anta", "antog", "antag", "fastställ", "klubba", "bestämde", "bestämdes", "bestämt", "godkän", "decid", "adopt", "approv"),
    "start": ("börja", "start", "inför", "implementer", "påbörja", "kick", "rolled", "introduc", "begin", "began"),
    "opening": ("öppna", "öppnar", "invig", "open"),
    # "När var slutrapporten klar?": a thing done, which its line may tell by its handing over ("Slutrapport …
    # lämnas till …")
    "completion": ("klar", "färdig", "ready", "complet", "finish", "slutrapport"),
    "publication": ("publicer", "publish"),
    # "När hölls workshopen i SVOM?": a meeting, which its line names ("Workshop i SVOM den 3/6-22")
    "meeting": ("hölls", "workshop", "möte", "träff", "konferens", "seminari", "sammanträd", "kick-off", "kickoff", "held", "meeting"),
    "founding": ("bildad", "bildat", "bildas", "inrätt", "grundad", "grundat", "grundlag", "establish", "founded", "created"),
    # "När ändrades hälso- och sjukvårdslagen?": a change, which its line may tell as "Ändring tillkom i HSL 1 juli –21"
    "change": ("ändr", "tillkom", "amend", "changed"),
    # "Vilket år ska vi flytta in i det nya sjukhuset?": a move, not the planning beside it
    "move": ("flytta", "inflytt", "moving", "move"),
    # "När ska målbilden följas upp eller utvärderas?": a follow-up (its verb of two words is read by `_FOLLOWED_UP`)
    "follow-up": ("uppfölj", "utvärder", "evaluat", "följas upp", "följs upp", "följa upp", "följdes upp"),
}
_FOLLOWED_UP = re.compile(r"\b(?:följ(?:as|s|a|des|t)\s+upp|uppfölj\w*|utvärder\w*|evaluat\w*|followed\s+up|reviewed)\b")
# "Vad har SVOM beslutat om nära vård?", "Vilka beslut har SVOM fattat?": what a body decided, all of it
# (the body's place may stand between: "vad har SVOM i jämtland beslutat om målbilden?")
_DECISIONS_OF = re.compile(r"^\s*(?i:och\s+)?(?:(?i:vad\s+(?:har|hade)\s+)(?P<a>[A-ZÅÄÖ][\w-]+)"
                           r"(?:\s+(?i:i|på)\s+(?!(?i:beslutat|bestämt|fattat)\b)[\w-]+(?:\s+(?!(?i:beslutat|bestämt|fattat)\b)[\w-]+)?)?"
                           r"\s+(?i:beslutat|bestämt|fattat\s+(?:för\s+)?beslut\w*)|"
                           r"(?i:vilka\s+beslut\s+(?:har|hade)\s+)(?P<b>[A-ZÅÄÖ][\w-]+)\s+(?i:fattat|tagit))\b")


def decisions_of(question: str) -> str:
    """The body whose decisions a question asks for ("Vad har SVOM beslutat om nära vård?" -> "SVOM"), or ""."""
    match = _DECISIONS_OF.match(question)
    return (match["a"] or match["b"]) if match else ""


_PREPARING = re.compile(r"\b(?:arbeta|ta|tas|togs) fram\b|\bpåbörja\w*|\bframtagande\w*", re.I)


def heads_making(heading: str) -> bool:
    """Whether a heading is on how its document was made ("Så här har målbilden tagits fram"), not on what it says."""
    return bool(re.search(r"\b(?:har|hade)\s+\w+\s+(?:tagits|arbetats)\s+fram\b|\bså\s+(?:här\s+|gick\s+det\s+till)",
                          heading, re.I))


# "Sammanfatta hur man … gick tillväga för att ta fram den gemensamma målbilden": the thing made, by its head noun
_MADE_HEAD = re.compile(r"\b(?:ta|tog|togs|tas|tagits|tagit|arbeta|arbetade|arbetades)\s+fram\s+(?:den\s+|det\s+|de\s+|dom\s+|"
                         r"sin\s+|sitt\s+|sina\s+|vår\s+|vårt\s+)?(?:[\w-]+\s+){0,2}?(?P<head>[\w-]{4,})\s*(?:[?.!]|$)", re.I)


def made_thing(question: str) -> str:
    """The head noun of what a question asks how it was made ("… för att ta fram den gemensamma målbilden" ->
    "målbilden"), or ""."""
    match = _MADE_HEAD.search(question)
    return match["head"] if match else ""


def prepares(text: str) -> bool:
    """Whether a sentence is about preparing something ("beslut om att arbeta fram en målbild"), not the thing itself."""
    return bool(_PREPARING.search(text))


_CAME_OUT = re.compile(r"\b(?:kom|kommer|gavs|ges|släpptes|släpps)\s+(?:\w+\s+)?ut\b|\bsläpptes\b|\butgiv\w*|\butgåv\w*")


# a decision in everyday words: "sa ja till", "gav klartecken", "röstade igenom"
_SAID_YES = re.compile(r"\b(?:sa|sade|röstade)\s+(?:\w+\s+){0,3}?ja\b|\bröstade igenom\b|\bgav\s+(?:\w+\s+)?(?:klartecken|grönt ljus)\b")


_WHEN_ASKED = re.compile(r"\b(?:när|when|vilket år|vilket datum|what year|hur länge)\b", re.I)


@functools.lru_cache(maxsize=256)
def event_of(question: str) -> str:
    """The kind of event a date question asks about (decision, start, opening, publication), or ""; of
    several sentences, the one that asks when ("Jag har precis börjat … . När bestämdes den?": a decision).
    Cached: the composer weighs every candidate sentence against it."""
    asking = [s for s in re.split(r"(?<=[.!?])\s+", question) if _WHEN_ASKED.search(s)]
    if asking and asking[-1] != question:
        # (an asking sentence that names no event leans on the rest: "Vem fattade beslut om målbilden? när var det?")
        return _event_in(asking[-1]) or _event_in(question)
    return _event_in(question)


def _event_in(question: str) -> str:
    """The kind of event one text speaks of (`event_of`), or ""."""
    low = question.lower()
    if _CAME_OUT.search(low):
        return "publication"  # "När kom den ut?"
    if _SAID_YES.search(low):
        return "decision"  # "När sa de förtroendevalda ja till visionen?"
    if _FOLLOWED_UP.search(low):
        return "follow-up"  # "när ska vår målbild följas upp eller utvärderas?": no adoption date answers it
    if re.match(r"\s*(?:och\s+)?(?:när|when)\s+(?:jobbade|arbetade|jobbar|arbetar|worked)\b", low):
        return ""  # "När jobbade arbetsgruppen vidare med det som kom fram på workshoppen?": the work, not the workshop
    if re.search(r"\b(?:när|when)\s+togs\b(?![^?.!]*\b(?:fram|i\s+bruk|bort)\b)", low):
        # "när togs målbilden i SVOM?" is when it was adopted ("… togs fram": worked out; "… togs i bruk": started)
        return "decision"
    for match, event in _event_words(low):
        if re.match(r"(?:man |vi |de |ni )?(?:att )?(?:arbeta|jobba|ta fram|tog fram)", low[match.end():].lstrip()):
            continue  # "När började man arbeta fram målbilden?": the date of the work itself, however it is worded
        return event
    return ""


def _event_words(low: str) -> Iterator[tuple[re.Match, str]]:
    """Each word of a lower-cased text that names a kind of event (EVENTS), with that kind, in order."""
    for match in re.finditer(r"\w+", low):
        for event, stems in EVENTS.items():
            if any(match.group(0).startswith(stem) for stem in stems):
                yield match, event


@functools.lru_cache(maxsize=256)
def events_in(question: str) -> tuple[str, ...]:
    """Every kind of event a question speaks of, in order ("När beslutade SVOM att målbilden skulle ändras …?" ->
    decision, change). Cached: the composer weighs every candidate sentence against it."""
    return tuple(dict.fromkeys(event for _, event in _event_words(question.lower())))


# A line may tell one event in the words of the other: a house "klar" is opened, an opening tells it done.
# (and a document is done when it is adopted: "När var målbilden klar?" is told by "… beslut att anta målbilden")
EVENT_ALSO_SAID = {"opening": ("klar", "färdig"), "start": ("arbeta fram",),
                   "completion": ("öppna", "invig", "lämna", "leverer", "redovis", "anta", "antog", "fastställ")}


# An earlier event a line refers back to: "Förslag av målbild presenteras till deltagarna från kick-offen" tells a
# proposal, not the kick-off
_EVENT_REFERRED = re.compile(r"\b(?:från|efter|sedan)\s+(?:den\s+|det\s+)?[\w-]+", re.I)


def without_referred_events(text: str) -> str:
    """A line without the earlier events it refers back to ("… till deltagarna från kick-offen")."""
    return _EVENT_REFERRED.sub(" ", text)


# Words of an event that tell it only when the question speaks of that kind of it: "Vilket år hölls medborgardialogerna / de
# samtalen?" is answered by "… medborgardialoger som genomförts under 2024"; "när är nästa sammanträde?" is not
_EVENT_SAID_WHEN_ASKED = {"meeting": (re.compile(r"dialog|samtal", re.I), ("dialog",))}


def mentions_event(text: str, event: str, question: str = "") -> bool:
    """Whether a text speaks of that kind of event (any of its verbs or nouns; of the `question`'s kind of it too)."""
    low = text.lower()
    asked, said = _EVENT_SAID_WHEN_ASKED.get(event, (None, ()))
    stems = (*EVENTS.get(event, ()), *EVENT_ALSO_SAID.get(event, ()), *(said if asked and asked.search(question) else ()))
    return any(re.search(rf"\b\w*{stem}", low) for stem in stems)


# ================================================================ retrieval analysis
# Everything below serves keyword and sparse search (issue 15): lemmas, compound parts,
# the staff-word synonym list and the English term map. The data lives in assistant/data/.

_WORD = re.compile(r"\w+", re.UNICODE)
# Compound parts shorter than this are linking letters or noise ("ar", "s").
MIN_COMPOUND_PART = 3
# Words shorter than this are never split: "hemma" is not "hem + ma".
MIN_COMPOUND_WORD = 7
# A part that is neither a corpus word nor a frequent word must be at least this long and in
# svlang's word list ("klimakterie" yes; the noise parts "orre", "anse" no).
MIN_LISTED_PART = 6
# Particles and prefixes that start many words without making them compounds
# ("utveckla" is not "ut + veckla", "förändring" not "för + ändring").
PARTICLES = frozenset("""av be bort efter en fram för före genom in med mot när om på sam samman till
    tillbaka under upp ut vid över""".split())
# … and before a word they make one of another meaning ("inledning" is no "ledning"), all but "med": a "medarbetare"
# still speaks of "arbete"
WORD_MAKING_PARTICLES = PARTICLES - {"med"}


def _data_text(name: str) -> str:
    from importlib import resources

    return (resources.files("assistant") / "data" / name).read_text(encoding="utf-8")


def _lemma_dictionary_factory():
    """simplemma's Swedish dictionary, decoded once and kept as a marshal file in the cache folder
    (ASSISTANT_CACHE_DIR, default .cache): decoding the shipped LZMA file costs 0.6-1 s of a cold
    `ask`, loading the marshal file about 0.3 s. A broken or missing file is made again."""
    import marshal
    import os
    import tempfile
    from pathlib import Path

    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import (
        CachingDictionaryFactory, MappingStrToByteString, _load_dictionary_from_disk)

    class Factory(CachingDictionaryFactory):
        def _get_dictionary_uncached(self, lang: str):
            path = Path(os.environ.get("ASSISTANT_CACHE_DIR", ".cache")) / f"simplemma-{lang}-{simplemma.__version__}.marshal"
            try:
                data = marshal.loads(path.read_bytes())
                if isinstance(data, dict) and data:
                    return MappingStrToByteString(data)
            except (OSError, ValueError, EOFError, TypeError):
                pass
            data = _load_dictionary_from_disk(lang)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as out:
                    out.write(marshal.dumps(data))
                os.replace(out.name, path)
            except OSError:
                pass  # a read-only cache folder: decode again next time
            return MappingStrToByteString(data)

    return Factory()


class Lemmas:
    """Base forms of Swedish words (simplemma's Swedish dictionary, shipped with the package)."""

    def __init__(self) -> None:
        from simplemma import Lemmatizer
        from simplemma.strategies import DefaultStrategy

        self._factory = _lemma_dictionary_factory()
        self._lemmatizer = Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=self._factory))
        self._cache: dict[str, str] = {}

    def is_known(self, word: str) -> bool:
        """Whether the dictionary has the word as written (an inflected form or a base form)."""
        return word.lower() in self._factory.get_dictionary("sv")

    def __call__(self, word: str) -> str:
        """The lower-cased base form of one word ("övergångsåldern" -> "övergångsålder")."""
        lemma = self._cache.get(word)
        if lemma is None:
            lemma = self._lemmatizer.lemmatize(word, lang="sv").lower()
            self._cache[word] = lemma
        return lemma


@functools.lru_cache(maxsize=1)
def shared_lemmas() -> Lemmas:
    """The one Lemmas of the process (its dictionary is loaded once, for the keyword analysis and the composer's words)."""
    return Lemmas()


class Compounds:
    """Splits Swedish compounds (svlang), keeping a split only when every part is a known word.

    svlang's own splits are noisy ("ansvara" -> "anse + vara", "västernorrland" -> "västern +
    orre + land"), so a split stands only when each part is a word of the corpus or of svlang's
    frequency list, the word itself is not a common word, and it is not a name.
    """

    def __init__(self, known: set[str], names: set[str] = frozenset(), lemma: Lemmas | None = None) -> None:
        from svlang.checkers.compound import CompoundSplitter

        self._splitter = CompoundSplitter()
        self.lemma = lemma
        self.common = frequency_words()
        self.known = known | self.common
        self.names = names
        self._cache: dict[str, tuple[str, ...]] = {}

    def __call__(self, word: str) -> tuple[str, ...]:
        """The parts of a compound ("klimakteriebesvär" -> ("klimakterie", "besvär")), or ()."""
        parts = self._cache.get(word)
        if parts is None:
            parts = self._split(word)
            self._cache[word] = parts
        return parts

    def _split(self, word: str) -> tuple[str, ...]:
        if len(word) < MIN_COMPOUND_WORD or word in self.common or word in self.names or not word.isalpha():
            return ()
        parts: list[str] = []
        for part in self._splitter.split(word).parts:  # an inflection ending split off joins its part again
            if parts and len(part) < MIN_COMPOUND_PART:
                parts[-1] += part
            else:
                parts.append(part)
        if parts and self.lemma is not None and not self._known(parts[-1]):
            parts[-1] = self.lemma(parts[-1])  # the head carries the inflection: "mottagningar"
        if len(parts) < 2 or any(p in PARTICLES or not self._known(p) for p in parts):
            return ()
        return tuple(parts)

    def _known(self, part: str) -> bool:
        """A real word: in the corpus or the frequency list, or a long word of svlang's word list."""
        return part in self.known or (len(part) >= MIN_LISTED_PART and part in self._splitter._words)


@functools.lru_cache(maxsize=1)
def frequency_words() -> frozenset[str]:
    """svlang's list of the 10,000 most frequent Swedish words (read once)."""
    from importlib import resources

    text = (resources.files("svlang") / "data" / "sv_frequency_10k.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def corpus_names(texts: Sequence[str]) -> set[str]:
    """Lower-cased words the texts only ever write capitalised inside a sentence: names, never split."""
    upper: set[str] = set()
    lower: set[str] = set()
    for text in texts:
        for match in re.finditer(r"(?<=[a-zåäöé,] )(\w+)", text):  # after a lower-case word: inside a sentence
            word = match.group(1)
            (upper if word[:1].isupper() else lower).add(word.lower())
    return {w for w in upper - lower if w.isalpha()}


class Analyzer:
    """Words of a text as keyword and sparse search should see them: base forms plus compound parts.

    "övergångsåldern" -> ["övergångsålder", "övergång", "ålder"]; names are kept whole.
    """

    def __init__(self, vocabulary: set[str], names: set[str], lemmas: bool = True, compounds: bool = True,
                 folded: bool = True) -> None:
        self.folded = folded
        self.vocabulary = vocabulary
        self.names = names
        self.lemma = shared_lemmas() if lemmas else None
        self.split = Compounds(vocabulary, names, self.lemma) if compounds else None

    @classmethod
    def for_texts(cls, texts: Sequence[str], lemmas: bool = True, compounds: bool = True, folded: bool = True) -> Analyzer:
        """An analyser whose known words and names come from these texts (the corpus)."""
        names = corpus_names(texts)
        probe = cls(set(), names, lemmas=lemmas, compounds=False)
        words = {w for t in texts for w in _WORD.findall(t.lower())}
        vocabulary = words | {probe.base(w) for w in words}
        return cls(vocabulary, names, lemmas=lemmas, compounds=compounds, folded=folded)

    def to_dict(self) -> dict:
        """What a build stores so that questions are analysed exactly like its passages."""
        return {"lemmas": self.lemma is not None, "compounds": self.split is not None, "folded": self.folded,
                "vocabulary": sorted(self.vocabulary), "names": sorted(self.names)}

    @classmethod
    def from_dict(cls, data: dict) -> Analyzer:
        """The analyser a build was made with."""
        return cls(set(data["vocabulary"]), set(data["names"]), data["lemmas"], data["compounds"], data.get("folded", False))

    def base(self, word: str) -> str:
        """The lower-cased base form of a word (itself for names)."""
        word = word.lower()
        if self.lemma is None or word in self.names:
            return word
        return self.lemma(word)

    def terms(self, word: str) -> list[str]:
        """One word's index terms: its base form, then its compound parts."""
        base = self.base(word)
        parts = self.split(base) if self.split is not None else ()
        return [base, *parts]

    def __call__(self, text: str) -> list[str]:
        """Index terms of a text, in order."""
        return [t for w in _WORD.findall(unicodedata.normalize("NFC", text)) for t in self.terms(w)]


# Definite and plural endings a word may carry beyond the staff word it is ("hyrpersonalen", "mottagningarna").
DEFINITE_ENDINGS = ("erna", "arna", "orna", "na", "en", "et", "n", "t")
MIN_STEM_LETTERS = 4


def _phrase_key(phrase: str, base: Callable[[str], str]) -> tuple[str, ...]:
    return tuple(base(w) for w in _WORD.findall(phrase.lower()))


_VERB_PARTICLES = frozenset({"upp", "fram", "ut", "in", "om", "av", "bort", "ihop", "tillbaka"})


def _contains(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    """Whether the words hold the phrase; a verb and its particle may have the subject between them ("hur följs
    omställningen upp?" holds "följs upp")."""
    n = len(phrase)
    if any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1)):
        return True
    return n == 2 and phrase[1] in _VERB_PARTICLES and any(
        words[i] == phrase[0] and words[i + 2] == phrase[1] for i in range(len(words) - 2))


class Synonyms:
    """The curated staff-word list (data/synonyms.json): adds the documents' words to a question."""

    def __init__(self, entries: Sequence[dict], base: Callable[[str], str]) -> None:
        self._base = base
        self.entries = [([_phrase_key(s, base) for s in e["staff"]], tuple(e["documents"])) for e in entries]
        # every word of the staff phrases as written (words staff use that the documents do not)
        self.staff_words = tuple(w for e in entries for phrase in e["staff"] for w in _WORD.findall(phrase.lower()))
        # each staff phrase under its first base word, in list order: a question looks up only its own words
        self._by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        for number, (staff, _) in enumerate(self.entries):
            for key in staff:
                if key:
                    self._by_first.setdefault(key[0], []).append((number, key))
        self._known = frozenset(w for staff, _ in self.entries for key in staff for w in key)

    def _word_base(self, word: str) -> str:
        """A question word's base form; a staff word in its definite form that the lemma list does not know
        ("hyrpersonalen", "bemanningsföretagen") is its staff word ("hyrpersonal")."""
        base = self._base(word)
        if base in self._known or base != word.lower():  # (a word the lemma list knows is what it says)
            return base
        stripped = (self._base(word[:-len(end)]) for end in DEFINITE_ENDINGS
                    if word.endswith(end) and len(word) - len(end) >= MIN_STEM_LETTERS)
        return next((b for b in stripped if b in self._known), base)

    @classmethod
    def load(cls, base: Callable[[str], str]) -> Synonyms:
        """The list shipped with the package; words are compared by `base` (their base forms)."""
        return cls(json.loads(_data_text("synonyms.json"))["entries"], base)

    def _matches(self, text: str) -> list[tuple[int, tuple[str, ...]]]:
        """The (entry number, staff phrase as base words) the text holds."""
        words = [self._word_base(w) for w in _WORD.findall(text.lower())]
        return [(number, key) for word in dict.fromkeys(words) for number, key in self._by_first.get(word, ())
                if _contains(words, key)]

    def added(self, text: str) -> list[str]:
        """The documents' words for the staff words in text (none it already has), in list order."""
        return list(self.added_weighed(text))

    def added_weighed(self, text: str) -> dict[str, int]:
        """`added`, each documents' word with the length in words of the longest staff phrase that asks for it:
        "bollas fram och tillbaka" (remisser, vänteläge) says more than "väntar" (väntetider, tillgänglighet)."""
        longest: dict[int, int] = {}
        for number, key in self._matches(text):
            longest[number] = max(longest.get(number, 0), len(key))
        out: dict[str, int] = {}
        for number in sorted(longest):  # in list order, as the entries stand in the file
            for word in self.entries[number][1]:
                if word.lower() not in text.lower():
                    out[word] = max(out.get(word, 0), longest[number])
        return out

    def staff_phrases(self, text: str) -> list[tuple[str, ...]]:
        """The staff phrases (as base words) the text holds."""
        return [key for _, key in self._matches(text)]

    def translated(self, text: str) -> str:
        """The text with each staff word replaced by the documents' words for it: what the vocabulary
        check reads, so a staff word the documents never use ("coronan") does not count as missing."""
        words = _WORD.findall(text.lower())
        bases = [self._word_base(w) for w in words]
        out: list[str] = []
        i = 0
        while i < len(words):
            match = next(((key, self.entries[number][1]) for number, key in self._by_first.get(bases[i], ())
                          if tuple(bases[i:i + len(key)]) == key), None)  # (_by_first is in list order already)
            if match is None:
                out.append(words[i])
                i += 1
            else:
                out.append(" ".join(match[1]))
                i += len(match[0])
        return " ".join(out)

    def expand(self, text: str) -> str:
        """The text followed by the documents' words for its staff words."""
        added = self.added(text)
        return f"{text} {' '.join(added)}" if added else text


# Function words that tell an English question from a Swedish one.
_ENGLISH = frozenset("""the a an of and or is are was were be been does do did what which who whom whose
    when where why how many much there their this that these those it its in on for to with by from
    about should would could can will has have had any some shared our your anything something
    summarize summarise explain describe tell give compare please article strategy vision documents""".split())
_EN_OPENERS = frozenset("what which who whom whose when where why how does do did is are can could".split())
_SWEDISH = frozenset("""och att det som en ett är var vad vilka vilken vilket hur när varför för på med
    av till om inte den de har ska kan finns står mig jag vi ni man sig sin sitt""".split())


_TITLE_RUN = re.compile(r"(?<=\w\s)[A-Z][a-z]+(?:\s+[a-z]+){2,}")  # a capitalised word and the English words after it


def is_english(text: str) -> bool:
    """Whether a question is written in English (more English than Swedish function words, at least two;
    a word with å, ä or ö counts as Swedish unless it is a name: "Why does Jämtland Härjedalen's vision
    avoid the term Nära vård?" is English); a quoted title is no sign either way ("Who commissioned the strategy
    "Tillsammans för nära vård i Norrbotten"?")."""
    text = re.sub(r"[\"”“«][^\"”“«»]{3,}[\"”“»]", " ", text)
    opening = _WORD.findall(text)[:1]
    if opening and (opening[0].lower() in _SWEDISH or opening[0].lower() in {"vem", "vilka", "vilken", "vilket", "varför",
                                                                           "när", "hur", "vad", "finns", "står"}):
        # (nor an English title named unquoted inside a Swedish question: "Vem har gjort illustrationen Health in
        # the river of life?")
        text = _TITLE_RUN.sub(" ", text)
    words = _WORD.findall(text)
    english = sum(w.lower() in _ENGLISH for w in words)
    # (a word with å, ä or ö in a question an English question word opens is the documents' term: "What is nära vård?")
    terms_inside = bool(opening) and opening[0].lower() in _EN_OPENERS
    swedish = sum(w.lower() in _SWEDISH for w in words) + \
        (0 if terms_inside else sum(w[0].islower() and bool(re.search("[åäö]", w)) for w in words))
    return english >= 2 and english > swedish


class TermMap:
    """English domain terms -> the documents' Swedish words (data/en_sv_terms.json)."""

    def __init__(self, terms: dict[str, str]) -> None:
        keys = sorted(terms, key=lambda t: -len(t))
        self.terms = terms
        self._pattern = re.compile(r"\b(" + "|".join(re.escape(k) for k in keys) + r")\b", re.I)

    @classmethod
    def load(cls) -> TermMap:
        """The map shipped with the package."""
        return cls(json.loads(_data_text("en_sv_terms.json"))["terms"])

    def __call__(self, text: str) -> str:
        """Each known English term followed by its Swedish words ("committee" -> "committee nämnd")."""
        return self._pattern.sub(lambda m: f"{m.group(0)} {self.terms[m.group(0).lower()]}", text)

    def replace(self, text: str) -> str:
        """Each known English term replaced by its Swedish words ("committee" -> "nämnd nämnden")."""
        return self._pattern.sub(lambda m: self.terms[m.group(0).lower()], text)


GLOSSED_TERMS = 6  # the terms an English question's answer glosses at most


@functools.lru_cache(maxsize=1)
def _glossary() -> tuple[tuple[re.Pattern, str], ...]:
    """The documents' Swedish terms with an English name (data/glossary_en.json), read and compiled once: each term
    as said with any ending ("jämlik" -> "jämlika", "hälsofrämjande"), with its English name."""
    terms = json.loads(_data_text("glossary_en.json"))["terms"]
    return tuple((re.compile(rf"(?<![\w-]){re.escape(term[:-1] if term.endswith('a') and ' ' not in term else term)}"
                             rf"\w{{0,5}}(?![\w-])", re.I), english) for term, english in terms.items())


def english_glossary(text: str, limit: int = GLOSSED_TERMS) -> list[tuple[str, str]]:
    """The documents' terms a Swedish text says that the hand-written glossary names in English, in the order said,
    at most `limit`: (the term as said, its English name) – "Öppnare vårdformer" -> "more open forms of care"; a term
    said inside a longer one glossed is left out ("vårdformer" in "öppnare vårdformer")."""
    found: list[tuple[int, int, str, str]] = []
    for pattern, english in _glossary():
        if match := pattern.search(text):
            found.append((match.start(), -len(match.group(0)), match.group(0), english))
    glossed: list[tuple[int, int, str, str]] = []
    for start, negative, said, english in sorted(found):
        end = start - negative
        if any(start < e and s < end for s, e, _, _ in glossed) or any(g[3] == english for g in glossed):
            continue  # (inside a term already glossed, or the same English name again)
        glossed.append((start, end, said, english))
    return [(said, english) for _, _, said, english in glossed[:limit]]


def translate_terms(text: str, terms: TermMap | None = None) -> str:
    """An English question with the documents' Swedish terms added after the English ones."""
    return (terms or _default_terms())(text)


_TERMS: list[TermMap] = []


def swedish_term(word: str, terms: TermMap | None = None) -> str:
    """The documents' Swedish word for an English term ("committee" -> "nämnd nämnden"); "" if unknown."""
    replaced = (terms or _default_terms()).replace(word)
    return "" if replaced == word else replaced


def _default_terms() -> TermMap:
    if not _TERMS:  # read once: the file ships with the package and never changes at run time
        _TERMS.append(TermMap.load())
    return _TERMS[0]



# ---------------------------------------------------------------- English questions, read in Swedish
# An English question is read as its Swedish counterpart, so every rule above (intent, counted
# thing, topic, section names) applies to it; the answer stays in the documents' Swedish.
_EN_QUESTION = (
    # "How did Västernorrland involve citizens when developing its vision?": how, while the vision was made
    # (no date asked: "när målbilden togs fram", not "when was it developed")
    (r"\bwhen\s+(?:developing|creating|drafting|drawing\s+up|making|preparing|writing|working\s+out)\s+"
     r"(?:its|their|the|this|that)\s+(\w+(?:\s+\w+)?)\s*(?=\?|$)", r"när \1 togs fram"),
    # "… – what is it and what features does it offer?": what one can do there, its functions
    (r"\bwhat\s+(?:features|functions|services)\s+(?:does|do)\s+(?:it|they)\s+(?:offer|have|provide|include|give)\b",
     "vilka funktioner finns där"),
    # "Is there anything about hired staff like me?": the asker is one of them, the question asks of them
    (r"\s*,?\s+(?:like|such\s+as)\s+(?:me|us|myself|ourselves)\b(?=\s*[?.!]*\s*$)", ""),
    # "Could you explain in English what it says about …?": what it says (the documents are quoted as they are)
    (r"^\s*(?:(?:thanks|thank you|ok(?:ay)?)[.!,]?\s*)?(?:could|can|would)\s+you\s+(?:please\s+)?(?:explain|tell\s+me|describe)"
     r"(?:\s+(?:in\s+english|briefly|simply))?\s+(?=what\s+(?:it|they|this|that)\s+says?\b)", ""),
    (r"^\s*what\s+(?:it|they|this|that)\s+says?\s+about\b", "vad säger det om"),
    # "What is the main point of the Norrbotten strategy?": its main points, the outline
    # (the main point, one: "the main points of the vision" ask what the vision is, its lead and its list)
    (r"^\s*(?:and\s+|so\s+)?what(?:\s+is|['’]s)\s+the\s+(?:main|key|central)\s+(?:point|message|idea)\s+(?:of|in|with)\s+",
     "sammanfatta "),
    (r"^\s*(?:and\s+|so\s+)?what(?:\s+is|['’]s)\s+the\s+gist\s+of\s+", "sammanfatta "),
    (r"^(\s*(?:and |so )?(?:what|who|where|how))(?:['’]s|s)\b", r"\1 is"),  # "what's (whats) the purpose …": "what is …"
    # "Can you summarize … what this means for my daily work?": what it means for the asker
    (r"\bwhat\s+(?:this|that|it)\s+(?:means|will\s+mean|would\s+mean)\s+for\s+(?:me|my\s+(?:daily\s+|everyday\s+)?(?:work|job))\b",
     "vad betyder det för mig"),
    # "Of those health centres, how many are privately run?": how many of them
    (r"^\s*(?:and\s+|so\s+)?of\s+(?:those|these|the|them|all)\s+([^,?]{3,60}?)\s*,\s*how\s+many\s+(?:of\s+them\s+)?",
     r"how many of the \1 "),
    # "… in these documents?": the documents are where every question is asked, no topic of it
    (r"\s*\b(?:in|according to|from) (?:these|the|your|our) (?:steering )?(?:documents?|texts?)\b", ""),
    # "What are the main priorities for primary care …?": the documents' "Viktiga prioriteringar" for it, not the
    # plan's main directions (as "the main priorities" alone are)
    # (or the committee's: "what are the committee priorities for strengthening primary care?")
    (r"\b(?:(?:main|key|top|most important) (?:(?:committee|board)(?:['’]s)? )?|(?:committee|board)(?:['’]s)? )"
     r"priorities (?:for|in|within) (?=\w)", "viktiga prioriteringar för "),
    # "Who decided (on) it and when?": "it" is what the turn before named, kept as "den" (a bare "it" says nothing)
    (r"\b(decided|adopted|approved|developed|wrote|written|published|introduced|launched)\s+(?:on\s+|upon\s+)?"
     r"(?:it|this|that)\b(?!\s+(?:up|the|a|an)\b)", r"\1 den"),
    # "When was it decided?": as Swedish asks it, the pointing word last ("när beslutades den?")
    (r"^\s*(?:and\s+|so\s+)?when\s+was\s+(?:it|this|that)\s+(decided|adopted|approved|published|introduced|launched|"
     r"developed|written)\s*\??\s*$", lambda m: {"decided": "när beslutades den?", "adopted": "när antogs den?",
                                                  "approved": "när godkändes den?", "published": "när publicerades den?",
                                                  "introduced": "när infördes den?", "launched": "när infördes den?",
                                                  "developed": "när togs den fram?", "written": "när skrevs den?"}[m.group(1).lower()]),
    # "And who is responsible for it?": who is responsible for what was named before (or for the thing named)
    (r"^\s*(?:and |so )?who (?:is|are|will be) (?:responsible|in charge) (?:for|of) (?:it|this|that|them|these)\s*\??$",
     "vem ansvarar för det?"),
    # ("who is responsible for making the local action plans?": who makes them, as "vem tar fram …?")
    (r"^\s*(?:and |so )?who (?:is|are|will be) (?:responsible|in charge) (?:for|of) (?:making|writing|drawing up|"
     r"developing|drafting|producing|preparing) (.+?)\??$", r"vem tar fram \1?"),
    (r"^\s*(?:and |so )?who (?:is|are|will be) (?:responsible|in charge) (?:for|of) (.+?)\??$", r"vem ansvarar för \1?"),
    # "Is it also responsible for ordering primary care under Vårdval primärvård?": whether it is responsible for
    # that (the ordering is the documents' "Beställning")
    (r"^\s*(?:and |so |but )?(?:is|are) (?:it|they|the committee|the board) (?:also |even )?(?:responsible|in charge) "
     r"(?:for|of) (?:the )?(?:ordering|commissioning|procurement|purchasing) (?:of )?", "ansvarar den också för beställning "),
    (r"^\s*(?:and |so |but )?(?:is|are) (?:it|they|the committee|the board) (?:also |even )?(?:responsible|in charge) (?:for|of) ",
     "ansvarar den också för "),
    # "Give examples for the second one": the examples of what the earlier answer listed second
    (r"^\s*(?:and |so )?(?:please )?(?:give|list|show)(?: me)? (?:some |the |a few )?examples? (?:for|of|in|under) (.+?)\??$",
     r"vilka exempel finns för \1?"),
    (r"\bthe (first|second|third|fourth|fifth|last)(?: one)?\b",
     lambda m: "den " + {"first": "första", "second": "andra", "third": "tredje", "fourth": "fjärde", "fifth": "femte",
                         "last": "sista"}[m.group(1).lower()]),
    # ("… and who does it affect?": who is affected by it, as "vem påverkas av det?")
    (r"\bwho (?:does|will|would|did) (?:it|this|that) affect\b", "vem påverkas av det"),
    # ("… and who is listed as contact?": who the contact is; "listed" names nothing)
    (r"\b(is|are) (?:listed|given|named|mentioned) as (?:the |a |an )?contact\b(?! person)", r"\1 contact person"),
    (r"\b(is|are) (?:listed|given|named|mentioned) as (?:the |a |an )?", r"\1 "),
    # ("And what do they mean by 'modigt ledarskap'?": what is meant by it, no one named)
    (r"\bwhat (?:does|do|did) (?:they|you|it|we|people|one) (?:mean|means|meant) by (.+?)\s*(?=[?.!]|$)", r"vad menas med \1"),
    # "What does the strategy mean by (moving towards) more open forms of care?", "… a summary of what the strategy means
    # by …": what the document means by the term (the change towards it is the term)
    (r"\bwhat (?:does |do |did )?(.+?) (?:mean|means|meant) by (?:moving |shifting |the (?:move|shift) )?(?:(?:towards?|to) )?"
     r"(.+?)\s*(?=[?.!]|$)", r"vad menar \1 med \2"),
    # "What is the committee actually responsible for – and is there anything it is not responsible for?": what it is
    # responsible for, and what it is not (as "Vad ansvarar nämnden för – och finns det något den inte ansvarar för?")
    (r"\b(?:and\s+)?is\s+there\s+anything\s+(?:that\s+)?(?:it|they|the\s+[\w\s]+?)\s+(?:is|are)\s+not\s+responsible\s+for\b",
     "finns det något den inte ansvarar för"),
    (r"\bwhat\s+(?:is|are)\s+(.+?)\s+(?:actually\s+|really\s+|exactly\s+)?responsible\s+for\b", r"vad ansvarar \1 för"),
    # "Is there a target year for it, like 2030?": a year given as an example of what is asked is no year asked about
    (r",?\s+(?:like|such as|e\.g\.|say|for example)\s+(?:in\s+)?(?:19|20)\d\d\b", ""),
    # "And what is that goal called?": its name
    (r"\b(?:and\s+)?what\s+(?:is|are)\s+(?:that|the|this|its|their)\s+([\w-]+)\s+called\b", r"vad heter \1"),
    # "what is our målbild … and what strategies does it have?": which of them it has, a second question of it
    (r"\band\s+(?:what|which)\s+([\w-]+)\s+(?:does|do)\s+(?:it|they|the\s+\w+)\s+(?:have|include|contain|list)\b",
     r"och vilka \1 har den"),
    # "Does the strategy mention AI?": whether it is named there
    (r"^\s*(?:and |so )?(?:does|do|did) (.+?) (?:mention|mentions|talk about|discuss|cover|address|bring up|refer to) (.+?)"
     r"(?:,? (?:as well|too|also|at all))?\s*\??$", r"står det något om \2 i \1?"),
    # "Tell me about mobile teams", "Explain the patient contract", "List the examples …", "Give me the dates …":
    # requests, read as the Swedish question each makes
    (r"^\s*(?:please\s+)?(?:(?:can|could|would) you\s+)?(?:please\s+)?tell me (?:a (?:bit|little) |more |something )?"
     r"about (.+?)\??$", r"vad står det om \1?"),
    # ("Could you explain how the shared vision … was developed and who took part in it?": the question it asks)
    (r"^\s*(?:please\s+)?(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:explain|describe|tell me)\s+"
     r"(?=(?:how|who|when|why|where|which|whether)\b)", ""),
    (r"^\s*(?:please\s+)?(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:explain|describe) (?:what )?(.+?)"
     r"(?: means| is| are)?\s*\??$", r"vad är \1?"),
    (r"^\s*(?:please\s+)?(?:(?:can|could|would) you\s+)?(?:please\s+)?(?:list|give me|show me) "
     r"(?!(?:a |an |the )?(?:\w+ )?(?:summary|overview|rundown)\b)(?:a list of |all )?(.+?)\??$", r"vilka är \1?"),
    # "What does "nära vård" mean in plain English?": how simply to say it, no topic of it
    (r"\s*,?\s*\b(?:in (?:plain|simple|everyday|easy) (?:english|language|words|terms)|in layman'?s terms|simply put|"
     r"in a nutshell)\b", ""),
    # ("what is this patient contract thing?": a thing named with "this … thing" is the thing)
    (r"\b(?:this|that|the)\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s+thing\b", r"\1"),
    # ("What does 'nära vård' mean, in short?": how briefly, after the question it asks)
    (r"\s*,\s*(?:in short|in brief|briefly|shortly|in a few words)\s*(?=\?|$)", ""),
    # "… and what is needed for that to work?": what it needs
    (r"\bwhat (?:is|are|would be|will be) (?:needed|required|necessary) (?:for (?:that|it|this) to (?:work|succeed|happen)|"
     r"to make (?:that|it|this) work)\b", "vad krävs för att det ska fungera"),
    # ("ok and what concrete examples do they list under the primary care one?": the examples given for that one)
    (r"^\s*(?:ok(?:ay)?,?\s+)?(?:and |so )?what (?:concrete |specific |practical )?examples (?:do|does|did) (?:they|it|the "
     r"strategy|the plan) (?:list|give|have|mention|name)\s+(?:under|for)\s+(?:the\s+)?(.+?)(?:\s+one)?\s*\??$",
     r"vilka exempel finns för \1?"),
    # "Can you summarise …?", "Could you please list …?": the request is its verb
    (r"^\s*(?:can|could|would) you (?:please )?(?=summari[sz]e|give|list|explain|describe|tell|compare)", ""),
    # ("In English please: how does that compare with …?": the language asked for is no part of the question)
    (r"^\s*(?:(?:in\s+)?english,?\s+please|please\s+(?:answer|reply)\s+in\s+english)\s*[:,.!–-]\s*", ""),
    # "… how does that compare with the vision of Jämtland Härjedalen?": that, set against the other
    (r"\bhow\s+(?:does|do)\s+(?:that|it|this|they|those)\s+compare\s+(?:with|to)\s+(?:the\s+)?", "jämför det med "),
    # "Can you compare the målbild in Jämtland Härjedalen with the one in Västernorrland?": as "jämför … med den i …"
    (r"\bcompare\s+(?:the\s+)?(.+?)\s+(?:with|to|and)\s+(?:the\s+ones?|that|those)\s+(?:in|of|for)\s+", r"jämför \1 med den i "),
    (r"\bcompare\s+(?:the\s+)?(.+?)\s+(?:with|to)\s+(?:the\s+)?", r"jämför \1 med "),
    (r"^\s*what(?:'s| is) the difference between (.+?) and (.+?)\??$", r"vad är skillnaden mellan \1 och \2?"),
    # "And does the committee's operating plan say anything about family centres as well?": whether it is mentioned
    (r"^\s*(?:and |so )?(?:does|do|did) (.+?) (?:say|mention|write) (?:anything|something) about (.+?)"
     r"(?:,? (?:as well|too|also|at all))?\s*\??$", r"står det något om \2 i \1?"),
    # "Who is leading the work with …?": who leads it (not "vem är leading …")
    (r"^(\s*(?:and |so )?)who (?:is|are) (?:leading|running|heading|in charge of)\b", r"\1vem leder"),
    # "Who is affected by the transition …?": who berörs (not "vem är affected …")
    (r"^(\s*(?:and |so )?)who (?:is|are|will be|gets?) (?:affected|concerned|impacted)(?: by)?\b", r"\1vilka berörs av"),
    # "Who chairs the political collaboration committee …?": who its chair is, a name the answer must give
    (r"^(\s*(?:and |so )?)who (?:chairs|is chairing|leads|heads)\b", r"\1vem är ordförande i"),
    (r"\b(?:the )?(?:chair|chairperson|chairman|chairwoman)\b(?= of\b)", "ordförande"),
    # "Which company supplies the Cosmic system …?": which company, a name the answer must give
    (r"^(\s*(?:and |so )?)(?:which|what) (?:company|supplier|vendor|firm|provider)\b", r"\1vilket företag"),
    # "who is behind that strategy?": who stands behind it (not "vem är behind …")
    (r"^(\s*(?:and |so )?)who (?:is|are|was|were) behind\b", r"\1vem står bakom"),
    # "What is the joint county strategy for nära vård about, in short?": what it is about, a summary
    (r"^\s*what(?:'s| is| are) (.+?) (?:all )?about(?:,? (?:in short|briefly|in brief|roughly))?\s*\??$", r"vad handlar \1 om?"),
    # "How is Västernorrland's vision different from Norrbotten's?": how the one differs from the other
    (r"^\s*(?:and |so )?how (?:is|are) (.+?) different (?:from|to|than) (.+?)\??$", r"hur skiljer sig \1 från \2?"),
    # "How will the transition to nära vård be followed up?": how it is to be followed up
    (r"^\s*(?:and |so )?how (?:will|is|are|should|shall|would) (.+?) (?:be )?(followed up|evaluated|monitored|measured)\s*\??$",
     lambda m: f"hur ska {m.group(1)} {'följas upp' if m.group(2).lower() != 'measured' else 'mätas'}?"),
    (r"^\s*how (?:does|do) (.+?) differ from (.+?)\??$", r"vad är skillnaden mellan \1 och \2?"),
    (r"^\s*what (?:is|are) (.+?) responsible for\??$", r"vad ansvarar \1 för?"),
    # "what is happening with Kiruna?": what is said to happen, no definition
    (r"^\s*(?:and |so )?what (?:is|are) (?:happening|going on) (?:with|to|in) (.+?)\??$", r"vad sker med \1?"),
    (r"^\s*(?:and |so )?what (?:will )?happens? (?:with|to|in) (.+?)\??$", r"vad sker med \1?"),
    (r"^\s*what (?:does|do) (.+?) (?:have|has|take) responsibility for\??$", r"vad ansvarar \1 för?"),
    (r"^\s*(?:and )?what (?:does|do) (.+?) (?:actually )?do\s*\??$", r"vad gör \1?"),  # (a body: what it is responsible for)
    # "What does SIP stand for (in the strategy)?": the acronym spelled out
    (r"^\s*what (?:does|do) ([A-ZÅÄÖ]{2,6}\d?) (?:stand for|mean)\b(.*?)\??$", r"vad står \1 för\2?"),
    # "… and is it part of a bigger strategy?": a yes/no question about what was named before
    (r"^\s*(?:is|are|was|were) (?:it|they|this|that|these) (.+?)\??$", r"är den \1?"),
    (r"^\s*(and )?what (?:has|have|did) ([A-ZÅÄÖ][\w-]+) decided?\b", r"\1vad har \2 beslutat"),  # "what has SVOM decided …"
    # "… and what is it called?": its name
    (r"^\s*(?:and )?what (?:is|are|was|were) (?:it|they|this|that|these) called\s*\??\s*$", "vad heter den?"),
    (r"^\s*(?:and )?what (?:is|are|was|were) (.+?) called\s*\??\s*$", r"vad heter \1?"),
    # "How many people are positive to …?": people are who a count counts, no counted thing of their own
    # (but people who took part are counted as such: "How many people took part in the citizen dialogues …?" is no
    # count of the kommuner the dialogues were held in)
    (r"^\s*how many (?:people|persons|individuals)\b(?=\s+(?:took part|participated|attended|joined|were involved)\b)",
     "hur många personer"),
    (r"^\s*how many (?:people|persons|individuals)\b", "hur många"),
    (r"^\s*how many\b", "hur många"),
    (r"^\s*how much\b", "hur mycket"),
    (r"^\s*(?:(?:and|och|so) )?(?:in |on )?(?:which|what) (?:exact |precise |specific )?(?:month|year|date|day)(?: and (?:year|month))?\b"
     r"(?: did| was| were| is| will)?",
     "när"),
    # ("how many members does it have, and when was it set up?": when it was instituted)
    (r"^\s*(?:and |so )?when (?:was|were) (?:it|they) (?:set up|established|founded|formed|created|started)\b",
     "när inrättades den"),
    (r"^\s*(?:and |so )?when (?:was|were) (.+?) (?:set up|established|founded|formed)\b", r"när inrättades \1"),
    (r"^\s*when\b(?: did| was| were| is| will| does)?", "när"),
    # "how did Norrbotten put together its vision?": how it was made
    (r"^\s*how (?:did|was|were|is|are) (.+?) (?:put together|developed|drawn up|created|produced|made|worked out)\b",
     r"hur tog \1 fram"),
    # ("… explain how the shared vision for Norrbotten was developed": asked as told)
    (r"^\s*how (?!did\b|was\b|were\b|is\b|are\b|do\b|does\b)(.+?) (?:was|were|got|has been|have been) "
     r"(?:put together|developed|drawn up|created|produced|made|worked out)\b", r"hur tog \1 fram"),
    (r"^\s*how (?:did|do|does) (.+?) (?:put together|develop|draw up|create|produce|make|work out|come up with|arrive at)\b",
     r"hur tog \1 fram"),
    (r"^\s*how\b(?! many| much)", "hur"),
    (r"^\s*who (?:is|are|was|were) (?:supposed|meant|going|expected) to\b", "vem skulle"),  # "who was supposed to do …"
    # ("…, and who was involved?": who took part and contributed, not "vem är involverade")
    (r"^\s*(?:and\s+)?who (?:was|were|has been|have been) involved\b(?!\s+in\b)", "vilka var med och bidrog"),
    # ("…, and who took part?": who took part and contributed, not a contact person)
    (r"^\s*(?:and\s+)?who (?:took|takes|has taken|have taken) part\b(?!\s+in\b)", "vilka var med och bidrog"),
    (r"^\s*who (?:is|are|was|were)(?: the)?\b", "vem är"),
    (r"^\s*who\b", "vem"),
    # "I keep hearing about a 'patient contract' … – what is it according to …?": what "it" is stands quoted before
    (r"^.*?['‘\"“]([^'’\"”]{3,40})['’\"”][^?]*?[–—-]\s*what (?:is|are) (?:it|they|that)\b", r"what is \1"),
    # "Can you summarize what the JH målbild says?": the document is what is summarised
    (r"^\s*(?:please )?summari[sz]e (?:for me )?what (.+?) (?:says|said|is saying|contains)\b", r"sammanfatta \1"),
    (r"^\s*(?:please )?(?:summari[sz]e|give (?:me )?(?:a |an )?(?:short |brief )?(?:summary|overview) of)\b",
     "sammanfatta"),
    # "… and why is the region doing it?": why it does what was asked of before
    (r"^\s*(?:and\s+)?why\s+(?:is|are|does|do)\s+(?:the\s+)?(region|county|municipalit\w+|they|we)\s+(?:doing|do)\s+"
     r"(?:it|this|that)\b", lambda m: f"varför gör {'regionen' if m.group(1).lower() in ('region', 'county') else 'de'} det"),
    # "… and what larger strategy is it part of?": which one it is a part of, as Swedish asks it
    (r"^\s*(?:and\s+)?(?:what|which)\s+([\w\s-]{2,30}?)\s+(?:is|are)\s+(?:it|this|that|they)\s+(?:a\s+)?part\s+of\b",
     r"vilken \1 är den en del av"),
    # (leading on too: "And what does the committee plan say about rehabilitation?")
    (r"^\s*(?:(and|so)\s+)?what does (.+?) say about (.+?)\??$",
     lambda m: f"{'och ' if m.group(1) else ''}vad står det om {m.group(3)} i {m.group(2)}?"),
    (r"^\s*(?:does|do) (.+?) (?:say|mention) anything about (.+?)\??$", r"står det något om \2 i \1?"),
    (r"^\s*(?:is|are) there (?:anything|something|any\w*) (?:about|on|regarding) (.+?)\??$", r"står det något om \1?"),
    # ("which areas does it say we should work on for that?": what to work with for it)
    (r"^\s*(?:and\s+|so\s+)?(?:which|what)\s+(?:areas|things|fields)\s+(?:does|do)\s+(?:it|they|the\s+\w+)\s+"
     r"(?:say|suggest|list|propose|mention)\s+(?:that\s+)?(?:we|one|staff|you)\s+(?:should|could|can|need\s+to)\s+"
     r"work\s+(?:on|with)(\s+for\s+(?:that|it|this))?\s*\??\s*$",
     lambda m: f"vilka områden ska vi arbeta med{' för det' if m.group(1) else ''}?"),
    # ("ok. anything about leadership?": whether anything is said of it)
    (r"^\s*(?:(?:ok(?:ay)?|and|so|also|thanks)[.,!]?\s+)*(?:anything|something)\s+(?:about|on|regarding)\s+(.+?)\??$",
     r"står det något om \1?"),
    # "Is continuity of care part of the shared vision in …?": whether X is mentioned in Y
    (r"^\s*(?:is|are) (.+?) (?:a )?part of (.+?)\??$", r"finns \1 med i \2?"),
    # ("What does "nära vård" mean according to the Norrbotten documents?": what it means, where)
    (r"^\s*what does (?!(?:it|this|that)\s)(.+?) mean\b(\s+(?:in|within)\s+(?:the\s+)?)?",
     lambda m: f"vad betyder {m.group(1)}{' i ' if m.group(2) else ''}"),
    # "What are the main points of X?", "what is X about?": what X is (its lead and its list)
    (r"^\s*what (?:are|is) the (?:main|key|most important) (?:points|parts|ideas|contents?) (?:of|in) (.+?)\??$",
     r"vad är \1?"),
    (r"^\s*what (?:is|are) (.+?) about\??$", r"vad handlar \1 om?"),
    (r"^\s*((?:and|so)\s+)?(?:what|which) are\b", r"\1vilka är"),  # ("And what are the …?" leads on as "och vilka är")
    (r"^\s*(?:what|which) (\w+) (?:are there|exist)", r"vilka \1 finns"),
    # "is there anything different about the Sami compared to the other groups?": what is said of them in particular
    (r"\b(?:anything|something)\s+(?:different|special|particular)\s+about\b", "något särskilt för"),
    # "… about primary care versus specialist care when it comes to mental health?": the two compared, within the topic
    (r"\b(\w[\w\s-]{2,40}?)\s+(?:versus|vs\.?|compared\s+(?:to|with))\s+([\w\s-]{3,40}?)\s+when\s+it\s+comes\s+to\s+([^?]+)",
     r"\1 jämfört med \2 när det gäller \3"),
    # "Which groups count as national minorities …?": which ones are named as such
    (r"^\s*(?:and\s+)?(?:what|which) (\w+) (?:count|counts|are counted|are considered|are regarded) as\b", r"vilka \1 räknas som"),
    (r"^\s*((?:and|so)\s+)?what is\b(?: an?\b| the\b)?", r"\1vad är"),
    (r"^\s*is there\b", "finns det"),
    # ("What do the plans say about mental health that's relevant for my work?": what the documents say of it)
    (r"^\s*(?:and\s+)?what\s+do\s+the\s+(?:steering\s+)?(?:documents|plans|strategies|texts)\s+say\s+about\s+(.+?)"
     r"(?:\s+that(?:['’]s|\s+is|\s+are)\s+relevant\s+(?:for|to)\s+(?:me|us|my\s+(?:daily\s+)?(?:work|job|role)))?\s*\??$",
     r"vad säger dokumenten om \1?"),
    (r"^\s*(?:and\s+)?what\s+do\s+the\s+(?:steering\s+)?documents\s+say\s+about\b", "vad säger dokumenten om"),
    (r"(?<=[,–-])\s*what\s+do\s+the\s+(?:steering\s+)?documents\s+say\s*(?=[?.]?\s*$)", " vad säger dokumenten"),
    # "Do I need to speak Sami …?", "Do we have to …?": whether one must
    (r"^\s*(?:do|does)\s+(?:i|we|you|one|staff)\s+(?:need|have)\s+to\b", "måste vi"),
    (r"^\s*(?:and )?what does (?:it|this|that) mean for (?:me|us)", "och vad betyder det för mig"),
    (r"\b(?:for (?:me|us)|för mig) as (?:an? )?", "för mig som "),
)
# Terms the shared term map reads otherwise ("monitoring" is uppföljning there) or lacks.
_EN_EXTRA = {"home monitoring": "hemmonitorering", "home-monitoring": "hemmonitorering",
             "self-monitoring": "egenmonitorering", "self monitoring": "egenmonitorering",
             "operating plan": "verksamhetsplan", "business plan": "verksamhetsplan",
             "vision statement": "vision", "adopt": "anta", "adopted": "antogs",
             "politicians": "politiskt beslut", "politician": "politiskt beslut", "decided": "beslutade",
             "decision": "beslut", "work": "arbete", "working": "arbete", "article": "artikel",
             # ("What does the strategy say about work environment and recruiting staff?": arbetsmiljö, not "arbete miljö")
             "work environment": "arbetsmiljö", "working environment": "arbetsmiljö", "work on": "arbeta med",
             "areas": "områden", "area": "område",
             # ("… and who was it developed together with?": the strategy's "tagits fram i samverkan med …")
             "developed together with": "tagits fram i samverkan med", "developed in collaboration with": "tagits fram i samverkan med",
             "drawn up together with": "tagits fram i samverkan med",
             "developed": "tog fram", "drew up": "tog fram", "put together": "tog fram", "came up with": "tog fram",
             "come up with": "tog fram", "graphic design": "grafisk formgivning", "graphic profile": "grafisk formgivning",
             "precondition": "förutsättning", "part of": "en del av",
             # ("Why did Jämtland Härjedalen start working on a joint plan …?")
             "start working on": "började arbeta med", "started working on": "började arbeta med",
             "begin working on": "började arbeta med", "began working on": "började arbeta med",
             "doing the work on": "gör arbetet med", "working on": "arbetar med",
             # ("Who currently chairs the committee?": its chair, a word no document says)
             "chairs": "är ordförande i", "chaired": "var ordförande i", "chairperson": "ordförande", "chairman": "ordförande",
             "chairwoman": "ordförande", "chair": "ordförande",
             "according to the": "enligt", "according to": "enligt",
             # ("which diary number does the SVOM decision … have?": a registry number, which no document gives)
             "diary number": "diarienummer", "registration number": "diarienummer", "reference number": "diarienummer",
             "case number": "diarienummer",
             "in a few points": "i några punkter", "in a few words": "kort", "in short": "kort", "briefly": "kort",
             # ("who was involved in drafting it?": who took part in making it)
             "involved in drafting": "med och tog fram", "involved in developing": "med och tog fram",
             "involved in writing": "med och tog fram", "drafted": "tog fram", "drafting": "tog fram",
             "involved": "involverade", "take part": "delta", "took part": "deltog",
             "what question": "vilken fråga", "which question": "vilken fråga", "put to": "ställa till", "should": "ska",
             "be used for": "användas till", "used for": "användas till", "committee's plan": "nämndens verksamhetsplan",
             "the committee's": "nämndens",
             "attracting": "attrahera", "attract": "attrahera", "recruiting": "rekrytera", "recruit": "rekrytera",
             "keeping": "behålla", "keep": "behålla", "retaining": "behålla", "retain": "behålla",
             "examples": "exempel", "example": "exempel", "document": "dokument", "documents": "dokument",
             # ("Is that vision part of some bigger regional document?": the regional strategy it belongs to)
             "regional document": "regional strategi regionala utvecklingsstrategin",
             "why not all of them": "varför inte i alla", "why not in all of them": "varför inte i alla",
             "why not": "varför inte", "why": "varför", "held": "hölls", "was held": "hölls", "were held": "hölls", "how many": "hur många", "contribute": "bidra",
             "contributed": "bidragit", "contributes": "bidrar", "other groups": "andra grupper", "groups": "grupper",
             "all of them": "alla", "in all": "i alla", "all of this": "det", "all this": "det", "all of that": "det",
             "all that": "det", "any other": "några andra",
             # the months, so that a date asked in English is read as one ("in July 2021")
             "january": "januari", "february": "februari", "march": "mars", "april": "april", "in may": "i maj", "of may": "maj",
             "june": "juni", "july": "juli", "august": "augusti", "september": "september", "october": "oktober",
             "november": "november", "december": "december"}  # ("preconditions": the shared map)
_EN_LEFT = {**{w: "" for w in ("the", "a", "an", "of", "in", "for", "to", "on", "at", "by", "with", "from", "our",
                                 "your", "their", "its", "this", "that", "these", "those", "do", "does", "did",
                                 "is", "are", "was", "were", "be", "been", "we", "they", "it",
                                 # ("What does 'nära vård' actually mean?": how the asker stresses it, no topic)
                                 "actually", "really", "exactly", "basically")},
            "have": "", "has": "", "had": "", "and": "och", "or": "eller", "how": "hur", "when": "när", "who": "vem",
            "between": "mellan", "about": "om", "some": "några", "them": "",
            "two": "två", "three": "tre", "four": "fyra", "five": "fem", "six": "sex", "seven": "sju"}
_EN_LEFT_RX = re.compile(r"\b(" + "|".join(_EN_LEFT) + r")\b", re.I)
_EN_EXTRA_RX = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _EN_EXTRA), key=len, reverse=True)) + r")\b", re.I)
_EN_QUESTION_RX = tuple((re.compile(p, re.I), r) for p, r in _EN_QUESTION)
_EN_STRESS = re.compile(r"\s+(?:actually|really|exactly|basically)\b(?=\s+\w)", re.I)
_GLOSSED = re.compile(r"\b(?P<det>the|a|an|our|this|that|their)\s+[a-z][\w-]*\s+\((?P<sv>[^()]*[åäöÅÄÖ][^()]*)\)", re.I)
_EN_ROLES = {"assistant nurse": "undersköterska", "district nurse": "distriktssköterska", "nurse": "sjuksköterska",
             "doctor": "läkare", "physician": "läkare", "manager": "chef", "physiotherapist": "fysioterapeut",
             "employee": "medarbetare", "staff": "medarbetare", "dentist": "tandläkare", "midwife": "barnmorska",
             "psychologist": "psykolog", "pharmacist": "apotekare"}
_EN_ROLES_RX = re.compile(r"\b(" + "|".join(sorted(_EN_ROLES, key=len, reverse=True)) + r")s?\b", re.I)


_WHICH_OF_EXAMPLES_EN = re.compile(r"^\s*(?:and\s+)?which\s+of\s+(?:the|these|those|them|the\s+listed)\s*(?:example\s+)?(?:work\s+)?"
                                   r"(?:areas?|examples?|items?|ones?|points?)?\s+(?:involves?|concerns?|(?:is|are)\s+about|"
                                   r"(?:has|have)\s+to\s+do\s+with|relates?\s+to|mentions?)\s+(?P<topic>[^?]+?)(?=\s*\?|\s*$)",
                                   re.I)


@functools.lru_cache(maxsize=4)
def _role_terms(terms: TermMap) -> TermMap:
    """The English terms of several words one of which names a role ("hired staff", "healthcare staff")."""
    return TermMap({k: v for k, v in terms.terms.items() if " " in k and _EN_ROLES_RX.search(k)})


# "the Norrbotten målbild and the one in Västernorrland", "Norrbotten's vision and the one of Jämtland Härjedalen", "the
# Västernorrland one": a name of one or two capitalised words
_EN_NAME = r"[A-ZÅÄÖ][\wåäö]+(?:\s+[A-ZÅÄÖ][\wåäö]+)?"
_THE_NAMED_ONE_EN = rf"\bthe\s+(?P<named>{_EN_NAME})\s+one\b"
_THE_ONE_OF_EN = re.compile(rf"(?P<first>\b{_EN_NAME}(?:['’]s)?\s+(?P<noun>[a-zåäö]{{4,}}))\s+(?P<join>(?:(?:compares?|differs?)\s+)?"
                            rf"(?:and|or|with|from))\s+(?:(?:that|the\s+one)\s+(?:in|of|for|from)\s+(?P<place>{_EN_NAME})|"
                            rf"{_THE_NAMED_ONE_EN[2:]})")


def swedish_reading(question: str, terms: TermMap | None = None) -> str:
    """An English question read in Swedish: question words and roles translated, known terms
    replaced by the documents' words ("How many members …" -> "hur många ledamöter ersättare …")."""
    # ("ok and does the plan mention …?": the nod before it says nothing; "and" leads on as it does alone)
    text = re.sub(r"^\s*(?:ok(?:ay)?|alright|right|thanks|great)\b[\s,.!]*(?=\S)", "", question.strip(), flags=re.I)
    # ("who is actually in charge of …", "what does X actually mean?": how the asker stresses it, no word of the question)
    text = _EN_STRESS.sub("", text)
    # ("which of the example work areas involve schools?": which of the examples are about it)
    text = _WHICH_OF_EXAMPLES_EN.sub(lambda m: f"vilka av exemplen handlar om {m['topic']}", text)
    # "the goal (målbild)": the asker gives the documents' Swedish word for an English one; the English gloss goes
    text = _GLOSSED.sub(lambda m: f"{m['det']} {m['sv']}", text)  # (one English word: "close care (nära vård)" stays)
    # ("a short overview of the Jämtland Härjedalen vision document": the document, not the vision it is named after)
    text = re.sub(r"\b(?:vision|målbild|goal)\s+(?=(?:document|paper|presentation|deck|slides)\b)", "", text, flags=re.I)
    # ("the difference between the Norrbotten målbild and the one in Västernorrland": the same thing, of that place)
    text = _THE_ONE_OF_EN.sub(lambda m: f"{m['first']} {m['join']} {m['place'] or m['named']}'s {m['noun']}", text)
    # ("And how was the Norrbotten one developed, in comparison?": the thing asked before, there – "… developed in
    # Norrbotten?", as a follow-up asks of another region)
    text = re.sub(r",?\s+(?:in|by)\s+comparison\b", "", text, flags=re.I)
    if (one := re.search(_THE_NAMED_ONE_EN, text)) and regions_named(one["named"]):
        text = f"{text[:one.start()]}it{text[one.end():]}".rstrip(" ?") + f" in {one['named']}?"
    # ("What is the patient contract mentioned in the Norrbotten strategy?": where it is named only places it)
    text = re.sub(r"\b(?:that\s+is\s+|which\s+is\s+|as\s+)?(?:mentioned|described|referred\s+to|named|talked\s+about)\s+"
                  r"(?:in|within)\s+(?:the\s+)?", "i ", text, flags=re.I)
    for rx, replacement in _EN_QUESTION_RX:
        text = rx.sub(replacement, text)
    # (a domain term that holds a role word is the term, not the role: "hired staff" -> "inhyrd personal")
    text = _role_terms(terms or _default_terms()).replace(text)
    text = _EN_ROLES_RX.sub(lambda m: _EN_ROLES[m.group(1).lower()], text)
    text = _EN_EXTRA_RX.sub(lambda m: _EN_EXTRA[m.group(1).lower()], text)
    text = (terms or _default_terms()).replace(text)
    # a place keeps its "in" and its genitive: "the strategy in Norrbotten's work" -> "strategi i Norrbottens arbete"
    text = re.sub(r"\b(?:in|within)\s+(?=[A-ZÅÄÖ])", "i ", text)
    # (and a document's: "anything about dental care in the Norrbotten nära vård strategy?" -> "… om tandvård i …
    # strategi", so what is asked about ends where the document it is asked of begins)
    # (not before a name: "the overall goal statement in the Jämtland Härjedalen målbild" asks what the målbild is)
    text = re.sub(r"\b(?:in|within)\s+the\s+(?=(?:[a-zåäö]+\s+){0,3}(?:strategi|plan|verksamhetsplan|"
                  r"målbild|målbilden|strategin|planen|dokument\w*)\b)", "i ", text)
    text = re.sub(r"\b([A-ZÅÄÖ]\w+)['’]s\b", r"\1s", text)
    # (a Swedish word the terms put in, with the English genitive: "nämnden's verksamhetsplan" -> "nämndens …")
    text = re.sub(r"\b(\w*[åäö]\w*|\w+(?:en|et|an))['’]s\b", r"\1s", text)
    # English function words left over say nothing to a Swedish index ("när the politicians in …")
    text = _EN_LEFT_RX.sub(lambda m: _EN_LEFT[m.group(1).lower()], text)
    # (two regions' visions set side by side are their målbilder: "the difference between Norrbotten's vision and
    # Västernorrland's vision" – only Norrbotten has a vision besides its målbild, Region Norrbotten's)
    # (or one region's vision set against another region: "How is Västernorrland's vision different from Norrbotten's?")
    if len(re.findall(r"\bvision målbild\b", text)) >= 2 or ("vision målbild" in text and len(regions_named(text)) >= 2):
        text = text.replace("vision målbild", "målbild")
    return re.sub(r"\s{2,}", " ", text).strip()


# ---------------------------------------------------------------- words that say how a question is meant
# How a document treats a topic ("… beskriver öppnare vårdformer"): what each says is compared, not the two
# documents as concepts ("Vad är skillnaden mellan målbilden och strategin?")
_DESCRIBES = re.compile(r"\b(?:beskriv\w*|säger|skriver|tar\s+upp|behandlar|ser\s+på|lyft\w*\s+(?:\w+\s+){0,5}?fram|"
                       r"framhåll\w*|betonar)\b", re.I)
# What a follow-up says besides naming another document: "och hur beskriver verksamhetsplanen samma sak?"
_SAME_THING = re.compile(r"\b(?:samma\s+(?:sak|sak\w*|fråga|ämne|område)|det|detta|den|dem|dom|då|beskriver|beskrivs|"
                         r"skriver|säger|står|tar|upp|om)\b", re.I)
# A follow-up that is only a name: "och i Barnarenan då?"
_BARE_NAME = re.compile(r"^\s*(?:och|men|samt|and)?\s*(?:i|för|hos|med|om|in|for)?\s*"
                        r"(?P<name>[A-ZÅÄÖ][\wåäöÅÄÖ-]+(?:\s+[A-ZÅÄÖ][\wåäöÅÄÖ-]+)?)\s*(?:då|then)?\s*\??\s*$")
# "vår målbild", "hos oss", "här hos oss": the asker's own region is meant
# ("vad har vi för …"; "vad är det för mål länet har satt upp …?": the county as the one who acts, `_COUNTY_ACTS`)
_COUNTY_ACTS = r"länet\s+(?:har|hade|ska)"
_OURS = re.compile(rf"\b(?:vår|vårt|våra|hos oss|här|länets|i länet|hela länet|{_COUNTY_ACTS}|vi|oss)\b", re.I)
# "en del av en större strategi": some strategy, not the document
_INDEFINITE = re.compile(r"(?:\b(?:en|ett|någon|nån|något|nåt)\s+(?:\w+\s+)?|\b(?:större|bredare|annan|andra)\s+(?:\w+\s+)?)$", re.I)


def describes(question: str) -> bool:
    """Whether a question asks how a document treats something ("Jämför hur X och Y beskriver …")."""
    return bool(_DESCRIBES.search(question))


def without_same_thing_words(question: str) -> str:
    """A follow-up less the words that only point at the earlier question's topic ("samma sak", "det")."""
    return _SAME_THING.sub(" ", question)


def bare_name(question: str) -> re.Match | None:
    """A follow-up that is only a name ("och i Barnarenan då?"): the match, its name in group "name"."""
    return _BARE_NAME.match(question)


# "och i Jämtland då?", "och västernorrland?": a follow-up that only names a region
_REGION_ONLY = re.compile(r"^\s*(?:(?:och|men|samt|and|å|o)\s+)?(?:(?:i|för|hos|in|for|om)\s+)?(?:region(?:en)?\s+)?"
                          r"(?P<place>[^\W\d_][\w-]*(?:\s+(?!(?:då|then)\b)[^\W\d_][\w-]*)?)\s*(?:då|then)?\s*[?.!]*\s*$", re.I)


# "och för den andra då?", "å den andra regionen?": the other of two things the earlier turn named
_OTHER_ONE = re.compile(r"^\s*(?:(?:och|men|å|o)\s+)?(?:(?:för|i|om|med|hos)\s+)?(?:den|det|dom|de)\s+andra"
                        r"(?:\s+(?:regionen|målbilden|länet))?\s*(?:då)?\s*[?.!]*\s*$", re.I)


# "sammanfatta kort", "kan du sammanfatta det?": a follow-up that asks only for a summary of what came before
_ONLY_SUMMARY = re.compile(r"^\s*(?:(?:och|ok|okej|tack)[,!]?\s+)?(?:kan\s+du\s+)?(?:snälla\s+)?(?:sammanfatta|summera)"
                           r"(?:\s+(?:kort|kortfattat))?"
                           r"(?:\s+(?:det|detta|dem|dom|den|allt(?:\s+det\s+här|\s+detta|\s+det\s+där)?|det\s+här|det\s+där|samtalet|"
                           r"det\s+vi\s+(?:har\s+)?pratat\s+om|"
                           # ("Kan du sammanfatta kort vad jag som behandlare ska ta med mig från det här?": the thread, for me)
                           r"vad\s+jag(?:\s+som\s+[\w-]+)?\s+(?:ska|bör|kan|behöver)\s+ta\s+med\s+mig(?:\s+(?:från|av)\s+"
                           r"(?:det\s+här|detta|det\s+vi\s+(?:har\s+)?pratat\s+om|samtalet))?|"
                           r"det\s+viktigaste(?:\s+för\s+mig)?(?:\s+(?:av|från|i)\s+(?:det\s+här|detta|samtalet))?))?"
                           r"(?:\s+(?:kort|kortfattat|snabbt|lite|"
                           r"åt\s+mig|för\s+mig|tack))*\s*[?.!]*\s*$", re.I)


# "kan du ta det kortare?", "korta ner det", "kortare tack": the answer before, asked shorter
_SHORTER = re.compile(r"^\s*(?:(?:och|ok|okej|tack)[,!]?\s+)?(?:kan\s+du\s+)?(?:snälla\s+)?(?:(?:ta|göra|säga|skriva|sammanfatta)\s+"
                      r"(?:det|den|dem|dom|detta)\s+(?:lite\s+|ännu\s+)?kortare|korta\s+ner\s+(?:det|den|detta)|"
                      r"(?:lite\s+|ännu\s+)?kortare)(?:\s+(?:tack|snälla))?\s*[?.!]*\s*$", re.I)


# "Can you summarise that in three bullet points?": the same in English
_ONLY_SUMMARY_EN = re.compile(r"^\s*(?:(?:and|ok|okay|thanks)[,!]?\s+)?(?:(?:can|could)\s+you\s+)?(?:please\s+)?"
                              r"(?:summari[sz]e|sum\s+up)(?:\s+(?:that|this|it|everything|all\s+that|all\s+this|all\s+of\s+it|"
                              r"all\s+of\s+this|all\s+of\s+that|our\s+conversation))?(?:\s+(?:briefly|quickly|for\s+me|please|"
                              r"in\s+english|in\s+(?:a\s+few|\w+)\s+"
                              r"(?:bullet\s+)?(?:points|bullets|sentences|lines)))*\s*[?.!]*\s*$", re.I)


# "Kan du sammanfatta de fyra punkterna kort med egna ord?": the answer asked short
_BRIEF = re.compile(r"\b(?:kort|kortfattat|kortare|korta\s+ner|i\s+korthet|med\s+egna\s+ord|i\s+ett\s+par\s+meningar|briefly|"
                    r"in\s+short)\b", re.I)
# "Till exempel en möjlighet att komma i kontakt med vården …": a sentence that only gives an example of the one before
_EXAMPLE_SENTENCE = re.compile(r"^\s*(?:till\s+exempel|exempelvis|t\.\s?ex\.)\s", re.I)


def asks_brief(question: str) -> bool:
    """Whether a question asks for a short answer ("… kort med egna ord?")."""
    return bool(_BRIEF.search(question))


def gives_example(sentence: str) -> bool:
    """Whether a sentence only gives an example of the one before it ("Till exempel att få känna trygghet …")."""
    return bool(_EXAMPLE_SENTENCE.match(sentence))


# Where a sentence's first clause ends: "…. ", "… i syfte att …", "… bland annat …" (not a comma, which may list on:
# "med länets kommuner, landets regioner och …")
_CLAUSE_END = re.compile(r"\.\s|;\s|\s(?=(?:i\s+syfte\s+att|bland\s+annat|vilket)\s)", re.I)
_LOOSE_END = re.compile(r"\s+(?:i|av|för|och|den|det|de|en|ett|till|med|på|om|som|att|inom|mellan|samt|vid|hos|från|"
                        r"mot|under|över|efter|sin|sitt|sina|mer|ökad|bättre|hela|alla|så|där|enligt|\d+)$", re.I)
FIRST_CLAUSE_MIN_WORDS = 3  # a clause end this early in a sentence is read past ("Sätta fokus på …, …")


def first_clause(sentence: str, max_words: int) -> str:
    """A sentence's first clause, at most `max_words` words, ending on a word that carries meaning and marked "…"
    when cut ("Bistå regionstyrelsen i dialog med fackliga organisationer, medarbetare …" -> "Bistå regionstyrelsen i
    dialog med fackliga organisationer …"); a short sentence whole."""
    text = sentence.strip()
    ends = [m.start() for m in _CLAUSE_END.finditer(text) if len(text[:m.start()].split()) >= FIRST_CLAUSE_MIN_WORDS]
    cut = text[:ends[0]] if ends else text
    words = cut.split()
    if len(words) > max_words:
        cut = " ".join(words[:max_words])
    while (loose := _LOOSE_END.search(cut)) and len(cut[:loose.start()].split()) >= FIRST_CLAUSE_MIN_WORDS:
        cut = cut[:loose.start()]
    cut = cut.rstrip(" ,.;:")
    return text if cut == text.rstrip(" .:") else f"{cut} …"


def only_summary_request(question: str) -> bool:
    """Whether a follow-up asks only for a summary ("sammanfatta kort", "kan du sammanfatta det?", "summarise that")."""
    return bool(_ONLY_SUMMARY.match(question) or _ONLY_SUMMARY_EN.match(question) or _SHORTER.match(question))


# "vad innebär det?", "och vad menas med det rent praktiskt?", "kan du förklara vad det betyder?", "vad innebär det för
# patienterna?": what the thing the turn before asked of means, by a word that points back (not "… för mig som …", a
# role's question, nor "vad innebär den första?", one of a list)
_HOW_MEANT = r"(?:rent\s+praktiskt|rent\s+konkret|konkret|i\s+praktiken|egentligen|närmare|då)"  # "… det i praktiken?"
_MEANING_OF_IT = re.compile(
    r"^\s*(?:(?:och|men|o|å|ok|okej|jaha|aha)[\s,]+)*(?:(?:kan|kunde|skulle)\s+(?:du|ni)\s+(?:förklara|berätta)\s+)?"
    r"(?:vad\s+(?P<verb>innebär|betyder|menas\s+med)\s+(?P<it>det|den|detta|dom|dem|de)(?:\s+här)?"
    r"|vad\s+(?P<it2>det|den|detta)\s+(?:här\s+)?(?P<verb2>innebär|betyder))"
    rf"(?P<rest>(?:\s+(?:{_HOW_MEANT}|mer\s+exakt))*"
    r"(?:\s+för\s+(?!(?:mig|oss|dig|er|min|mitt|mina|vår|vårt|våra|en|ett|nåt|något|någon|nån|dem|dom|de|det|den)\b)"
    r"[a-zåäö][\w-]+(?:\s+(?:och|i|på|inom)\s+[\w-]+)?)?"
    rf"(?:\s+{_HOW_MEANT})*)\s*[?!.]*\s*$", re.I)


def meaning_asked(question: str) -> str:
    """A follow-up asking what the earlier thing means, as a question with "{}" where the thing goes ("vad innebär det
    i praktiken?" -> "vad innebär {} i praktiken?"), or ""."""
    match = _MEANING_OF_IT.match(question)
    # (for staff by their role is a role's question: "vad innebär det för sjuksköterskorna?")
    if not match or any(role_of(w) for w in re.findall(r"(?<=\bför\s)[\w-]+", match["rest"], re.I)):
        return ""
    verb = re.sub(r"\s+", " ", (match["verb"] or match["verb2"]).lower())
    return f"vad {verb} {{}}{match['rest'].rstrip()}?"


# "vem ansvarar för det?", "hur använder man den?": a follow-up whose last word points back at the thing the turn
# before asked of (not "stämmer det?", "finns det?", which ask whether)
_LAST_WORD_POINTS = re.compile(r"^(?P<asked>\s*(?:(?:och|men|o|å|ok|okej)[\s,]+)?(?:vad|vem|vilka|vilken|vilket|hur|var|varför|när)\b"
                            r"[^?.!,]*?\s)(?P<it>det|den|dem|dom|de)\s*(?:då\s*)?[?.!]*\s*$", re.I)


def pointing_end_named(question: str, thing: str) -> str:
    """A follow-up whose last word points back, with the thing it points at in its place ("vem ansvarar för det?" ->
    "vem ansvarar för SIP?"), or ""."""
    match = _LAST_WORD_POINTS.match(question)
    # (not a question of the asker's own part, "vad kan jag som läkare … göra för att bidra till det?", a role's; nor
    # one of two parts, "vad är SIP och var nämns det?"; nor a bare why, read as why the thing is done)
    if not match or len(match["asked"].split()) < 2 or _FIRST_PERSON.search(match["asked"]) or \
            re.search(r"\soch\s|,|^\s*(?:och\s+|men\s+)?varför\b", match["asked"], re.I):
        return ""
    return f"{match['asked']}{thing}?"


# "… för mig som patient?": one who asks as someone care is for, not as staff – what the thing means for them
_CARED_FOR = {"patient": "patienten", "anhörig": "anhöriga", "närstående": "närstående", "invånare": "invånarna",
              "medborgare": "medborgarna", "brukare": "brukarna", "förälder": "föräldrar", "vårdnadshavare": "föräldrar"}
_AS_CARED_FOR = re.compile(rf"\bför\s+(?:mig|oss)\s+som\s+(?:\w+\s+)?(?P<who>{'|'.join(_CARED_FOR)})(?:er|n|na|rna)?\b", re.I)


def as_cared_for(question: str) -> str:
    """A question asked as a patient or relative, asked of them ("vad betyder det för mig som patient?" -> "vad betyder
    det för patienten?"), or ""."""
    match = _AS_CARED_FOR.search(question)
    return f"{question[:match.start()]}för {_CARED_FOR[match['who'].lower()]}{question[match.end():]}" if match else ""


# "och när bestämdes de två?", "… båda två": a follow-up asking of both things compared before
_BOTH_OF_THEM = re.compile(r"\b(?:de|dom|dem)\s+(?:två|båda)\b|\bbåda\s+(?:två|dom|de)\b", re.I)
# "syftet med X", "tanken bakom X": a part of a thing, not the thing a later "den" points at
_PART_OF_THING = re.compile(r"\s(?:med|av|för|bakom|till)\s", re.I)


def both_of_them(question: str) -> re.Match[str] | None:
    """Where a follow-up says "de två" / "båda" of the things compared before ("och när bestämdes de två?"), or None."""
    return _BOTH_OF_THEM.search(question)


def names_part_of_thing(thing: str) -> bool:
    """Whether a thing asked of is a part of another ("syftet med Västernorrlands målbild"), which a later pointing
    word does not point at."""
    return bool(_PART_OF_THING.search(thing))


def asks_when(question: str) -> bool:
    """Whether a question opens by asking when ("när beslutades den?")."""
    return bool(re.match(r"^\s*(?:(?:och|men)\s+)?när\b", question, re.I))


def asks_shorter_again(question: str, history: Sequence[str]) -> bool:
    """Whether a follow-up asks only for a brief summary of what the turn before asked summed up ("Kan du sammanfatta
    strategin?" + "sammanfatta det kort")."""
    return bool(history) and only_summary_request(question) and asks_brief(question) \
        and intent_of(history[-1]) == "summary"


def asks_other_one(question: str) -> bool:
    """Whether a follow-up asks the same of "den andra" ("och för den andra då?")."""
    return bool(_OTHER_ONE.match(question))


def region_word(word: str) -> bool:
    """Whether a word is a Swedish region's name ("Jämtland", "västernorrlands")."""
    return bool(_SWEDISH_REGION.fullmatch(fold(word.lower())))


def region_only(question: str) -> bool:
    """Whether a follow-up only names a region ("och i Jämtland då?", "och västernorrland?")."""
    match = _REGION_ONLY.match(question)
    return bool(match) and all(region_word(w) for w in match["place"].split())


# "och i barnarenan då?": a follow-up that is only one word, typed in lower case
_BARE_LOWER_WORD = re.compile(r"^(\s*(?:och|men|samt|and)?\s*(?:i|för|hos|med|om|in|for)?\s*)([a-zåäö][\wåäö-]{4,})"
                              r"(\s*(?:då|then)?\s*\??\s*)$", re.I)


def bare_word(question: str) -> str:
    """The one word a follow-up names and nothing else ("och tandvårdsmottagningar?"), or ""."""
    match = _BARE_LOWER_WORD.match(question)
    return match.group(2) if match else ""


def capitalised_word(question: str, is_name: Callable[[str], bool]) -> str:
    """A follow-up that is only one lower-case word the caller takes for a name, with the word capitalised
    ("och i barnarenan då?" -> "och i Barnarenan då?"), else ""."""
    match = _BARE_LOWER_WORD.match(question)
    if not match or not is_name(match.group(2)):
        return ""
    return f"{match.group(1)}{match.group(2).capitalize()}{match.group(3)}"


_ALSO_FIRST = re.compile(r"\s*(?:även|också)\b", re.I)


def opens_on_also(sentence: str) -> bool:
    """Whether a sentence opens on "Även"/"Också" ("Även folktandvårdens chefer behöver …"): it leans back only
    by adding to what came before, and stands when it names its own subject."""
    return bool(_ALSO_FIRST.match(sentence))


@functools.lru_cache(maxsize=1)
def _places() -> dict[str, str]:
    """Municipality (folded, lower case) -> its region (data/places.json)."""
    regions = json.loads(_data_text("places.json"))["regions"]
    return {fold(place.lower()): region for region, places in regions.items() for place in places}


def places_named(text: str) -> list[str]:
    """The municipalities a text names, as typed, capitalised ("har sundsvalls kommunfullmäktige …" -> ["Sundsvall"])."""
    places = _places()
    found = []
    for word in re.findall(r"[^\W\d_]+", text):
        folded = fold(word.lower())
        base = folded if folded in places else folded[:-1] if folded.endswith("s") and folded[:-1] in places else ""
        if base:
            found.append((word[:-1] if base != folded else word).capitalize())
    return list(dict.fromkeys(found))


# A municipality whose name is a word too (places.json leaves Berg out: as a word it is a mountain), known by "kommun"
# after it: "MAS i Bergs kommun"
_MUNICIPALITY_WORDS = {"berg": "Jämtland Härjedalen"}
_NAMED_MUNICIPALITY = re.compile(r"\b(?P<name>\w+?)s?\s+kommun\b", re.I)


def region_of_places(text: str) -> str:
    """The one region whose municipalities a text names ("… på hälsocentralen i Kalix" -> "Norrbotten"), or ""."""
    places = _places()
    found = {places[w] for w in (fold(x.lower()) for x in re.findall(r"\w+", text)) if w in places}
    found |= {_MUNICIPALITY_WORDS[m["name"].lower()] for m in _NAMED_MUNICIPALITY.finditer(text)
              if m["name"].lower() in _MUNICIPALITY_WORDS}
    found |= {places[w[:-1]] for w in (fold(x.lower()) for x in re.findall(r"\w+s\b", text)) if w[:-1] in places}
    return found.pop() if len(found) == 1 else ""


# "Vilka dokument finns det?", "vilket av dokumenten gäller för oss i Jämtland?", "Which documents can you answer
# from?": the documents themselves are asked for, no topic in them ("Vilka dokument tar upp SIP?" asks a topic)
_ASKS_DOCUMENTS = re.compile(r"^\s*(?:(?:och|men|så|and|so)\s+)?(?:vilka|vilket|vilken|vad\s+för|which|what)\s+(?:av\s+|of\s+)?"
                             r"(?:de\s+|dom\s+|the\s+|these\s+)?(?:olika\s+|fem\s+|five\s+)?(?:styr)?(?:dokument(?:en|et)?|documents?)\b"
                             r"(?P<rest>[^?]*)[?.!]*\s*$", re.I)
_DOCUMENTS_FILLER = frozenset("""det du ni dig mig oss vi jag för i om hos från till på att svara svarar svar utifrån
    bygger finns gäller har kan ingår använder täcker utgår söka söker fråga frågor här nu just alltså egentligen ens är
    svåra
    tillgängliga med region regionen länet kommunen vår vårt våra mitt min mina sig som man hittar läsa läser den de
    you do have are is in for about available apply applies cover covers use using based on the can answer from there
    here we our us my me i ask questions know of search searched read which that""".split())


# "Vilket dokument säger att primärvården ska vara förstahandsval?", "Vilka dokument tar upp SIP?", "I vilken av
# planerna står det om Cosmic?", "Which of the documents says that …?": where a thing is said is asked; read as whether
# it is said (the answer then names the documents it quotes)
_DOCUMENT_NOUN = r"(?:(?:styr)?dokument(?:en|et)?|texter(?:na)?|text(?:en)?|plan(?:er|erna|en)?|strategi(?:er|erna|n)?)"
_WHICH_DOCUMENT_SAYS = re.compile(
    r"^\s*(?:(?:och|men|så)\s+)?(?:i\s+)?(?:vilka|vilket|vilken)\s+(?:av\s+)?(?:de\s+|dom\s+|era\s+)?(?:olika\s+)?"
    rf"{_DOCUMENT_NOUN}\s+(?:"
    r"(?:säger|sägs\s+det|står\s+det|skriver|skrivs\s+det|framgår\s+det|nämns\s+det|nämner|beskrivs\s+det)\s+att\s+(?P<claim>.+?)|"
    r"(?:tar\s+upp|nämner|nämns|handlar\s+om|skriver\s+om|står\s+det\s+(?:något\s+|nåt\s+|mest\s+)?om|beskriver|"
    r"säger\s+(?:något\s+|nåt\s+)?om|behandlar|tar\s+(?:något\s+|nåt\s+)?om)\s+(?P<topic>.+?))\s*[?.!]*\s*$", re.I)
_WHICH_DOCUMENT_SAYS_EN = re.compile(
    r"^\s*(?:(?:and|so)\s+)?(?:in\s+)?which\s+(?:(?:one\s+)?of\s+(?:the|these|your)\s+)?(?:steering\s+)?"
    r"(?:documents?|texts?|plans?|strateg(?:y|ies))\s+(?:"
    r"(?:says?|states?|writes?|claims?|is\s+it\s+said|does\s+it\s+say)\s+that\s+(?P<claim>.+?)|"
    r"(?:talks?\s+about|mentions?|covers?|discuss(?:es)?|deals?\s+with|(?:is|are)\s+about|describes?|"
    r"says?\s+(?:anything|something)\s+about|writes?\s+about)\s+(?P<topic>.+?))\s*[?.!]*\s*$", re.I)


# "Var i styrdokumenten står det att vi ska fråga patienten …?", "var står det om SIP?"
_WHERE_SAYS = re.compile(r"^\s*(?:(?:och|men|så)\s+)?var\s+(?:i\s+(?:de\s+|dom\s+)?(?:styr)?dokumenten\s+|någonstans\s+)?"
                         r"(?:står|sägs|nämns|skrivs)\s+det\s+(?:(?P<that>att)|(?:något\s+|nåt\s+)?om)\s+(?P<rest>.+?)\s*[?.!]*\s*$", re.I)


# "Vad står det om SIP, och i vilket dokument?": the question, and where it is said
_AND_WHICH_DOCUMENT = re.compile(r"^(?P<q>.+?)\s*[,–-]?\s+(?:och\s+)?(?:i\s+)?(?:vilket|vilka)\s+(?:av\s+)?(?:dokument(?:en|et)?|"
                                 r"styrdokument(?:en|et)?)(?:\s+(?:står|nämns|sägs)\s+det(?:\s+i)?)?\s*\??\s*$", re.I)
_AND_WHICH_DOCUMENT_EN = re.compile(r"^(?P<q>.+?)\s*[,–-]?\s+(?:and\s+)?(?:in\s+)?which\s+(?:of\s+the\s+)?documents?"
                                    r"(?:\s+(?:is\s+(?:it|that)\s+(?:in|said|mentioned)|says?\s+(?:it|that|so)))?\s*\??\s*$", re.I)


_WHICH_DOCUMENT_HOLDS = re.compile(rf"^\s*(?:(?:och|men|så)\s+)?(?:vilket|vilka)\s+(?:av\s+)?(?:de\s+|dom\s+)?{_DOCUMENT_NOUN}\s+"
                                   r"(?:står|nämns|finns|sägs)\s+(?P<topic>(?!det\b).+?)\s+(?:i|med)\s*[?.!]*\s*$", re.I)


def which_document_asked(question: str) -> str:
    """A question asking which document says a thing, read as whether the documents say it ("Vilket dokument säger
    att X?" -> "Står det att X?", "Vilka dokument tar upp SIP?" -> "Står det något om SIP?", "Which document talks
    about Cosmic?" -> "Is there anything about Cosmic?"), or ""."""
    if match := _WHICH_DOCUMENT_SAYS.match(question):
        return f"Står det att {match['claim']}?" if match["claim"] else f"Står det något om {match['topic']}?"
    if (match := _AND_WHICH_DOCUMENT.match(question) or _AND_WHICH_DOCUMENT_EN.match(question)) \
            and len(match["q"].split()) >= 3:
        return f"{match['q'].rstrip(' ,?')}?"
    if match := _WHICH_DOCUMENT_HOLDS.match(question):  # ("vilket dokument står forskarskolan i nära vård i?")
        return f"Står det något om {match['topic'].strip()}?"
    if match := _WHERE_SAYS.match(question):
        return f"Står det att {match['rest']}?" if match["that"] else f"Står det något om {match['rest']}?"
    if match := _WHICH_DOCUMENT_SAYS_EN.match(question):
        return f"Do the documents say that {match['claim']}?" if match["claim"] else \
            f"Is there anything about {match['topic']}?"
    return ""


def asks_documents(question: str) -> bool:
    """Whether a question asks which documents there are (the ones the assistant answers from), at most for a
    region or a municipality ("vilket av dokumenten gäller för oss i Jämtland?"), not what they say of a topic."""
    match = _ASKS_DOCUMENTS.match(question)
    if not match:
        return False
    rest = [w for w in re.findall(r"[^\W\d_]+", match["rest"]) if w.lower() not in _DOCUMENTS_FILLER]
    return all(region_word(w) or fold(w.lower()) in _places() or fold(w.lower()).rstrip("s") in _places()
               or w.lower() in {"härjedalen", "härjedalens"} for w in rest)


_EACH_REGIONS_OWN = re.compile(r"\b(?:målbilden|malbilden|visionen)\b", re.I)


def asks_each_regions_own(question: str) -> bool:
    """Whether a question asks of "the" thing every region has its own of ("… tog beslut om målbilden …?"): asked
    by someone who says where they work, it is theirs."""
    return bool(_EACH_REGIONS_OWN.search(question))


def says_ours_in_english(question: str) -> bool:
    """Whether an English question speaks of the asker's own region ("our målbild", "here", "for us")."""
    return bool(re.search(r"\b(?:our|ours|we|us|here|(?:this|my)\s+(?:county|region|area)|the\s+(?:county|region)['’]s)\b",
                          question, re.I))


def says_our_county(text: str) -> bool:
    """Whether a text speaks of the asker's county or its documents ("länets målbild", "vår målbild"), not only of
    the asker's group ("Vi känner oss ofta lite utanför")."""
    return bool(re.search(rf"\b(?:vår|vårt|våra|länets|i\s+länet|hela\s+länet|{_COUNTY_ACTS}|här)\b", text, re.I))


# "kommunen ska anta en målbild", "målbilden i min kommun": the municipality the asker said they work in
_OWN_MUNICIPALITY = re.compile(r"\b(?:min|vår|mitt)\s+kommun\b|\bkommunen\b", re.I)


def says_own_municipality(question: str) -> bool:
    """Whether a question speaks of "kommunen" / "min kommun" (the asker's, when a preamble names it)."""
    return bool(_OWN_MUNICIPALITY.search(question))


def says_ours(question: str) -> bool:
    """Whether a question speaks of the asker's own region ("vår målbild", "hos oss")."""
    return bool(_OURS.search(question))


def after_indefinite(text: str) -> bool:
    """Whether text ends on an indefinite article or "större/annan": a kind word after it names no document."""
    return bool(_INDEFINITE.search(text))


# The documents as a whole ("Vad säger dokumenten om rehabilitering?"): where to look, no topic; said in a search,
# it pulls the passages that speak of documents ("Styrande och vägledande dokument") above those on the topic
_SAY_THE_DOCUMENTS = re.compile(r"\b(?:säger|skriver)\s+(?:de\s+(?:olika|här)\s+|alla\s+)?(?:styr)?dokumenten\b", re.I)
_THE_DOCUMENTS = re.compile(r"(?:\b(?:i|enligt|från)\s+)?\b(?:de\s+(?:olika|här)\s+|alla\s+)?(?:styr)?dokumenten\b", re.I)


def without_the_documents(search: str) -> str:
    """A search without its words for the documents as a whole ("vad säger dokumenten om X?" -> "vad står det om X?")."""
    said = _SAY_THE_DOCUMENTS.sub("står det", search)

    def unless_described(match: re.Match) -> str:
        # ("bland de styrande dokumenten": documents of a kind, which a section may list, are a topic)
        before = said[:match.start()].split()
        bare = not re.match(r"(?:i|enligt|från|de|alla)\b", match.group(0), re.I)  # (the noun alone matched)
        return match.group(0) if bare and before and _DESCRIBING.search(before[-1]) else ""
    return re.sub(r"\s+(?=[?.!,])", "", re.sub(r"\s{2,}", " ", _THE_DOCUMENTS.sub(unless_described, said))).strip()


_DESCRIBING = re.compile(r"(?:nde|ande|ella|iga|ska|ade|rade|övriga|andra|nya|gamla)$", re.I)  # "styrande", "nationella"


# "Jag … kommer från Region Jämtland Härjedalen. Vad skiljer deras målbild från Norrbottens?": a document whose owner
# only the preamble names
_THEIR_DOCUMENT = re.compile(r"\b(?:deras|vår|vårt|våra|er|ert|era)\s+(?=(?:målbild|strategi|plan|färdplan|"
                             r"verksamhetsplan)\w*\b)", re.I)


def with_owner(question: str, region: str) -> str:
    """The question with its "deras/vår målbild" said as the region's ("Jämtland Härjedalens målbild"), or ""."""
    match = _THEIR_DOCUMENT.search(question)
    return f"{question[:match.start()]}{region}s {question[match.end():]}" if match else ""


def thing_dated(question: str) -> str:
    """A date question read as a question on the thing it dates ("När infördes Cosmic?" -> "Vad står det om
    Cosmic?"), for a role question leaning on it ("vad ska jag göra annorlunda som chef nu när det är infört?"), or
    the question itself."""
    thing = dated_thing(question) if intent_of(question) == "date" else ""
    return f"Vad står det om {thing}?" if thing else question


# When a document itself was made: "vilket år togs den länsgemensamma strategin fram?", "När antogs strategin?",
# "Vilket år är strategin från?"
_DOCUMENT_MADE = re.compile(r"\b(?:togs|tagits|tas)\b[^?.!]*?\bfram\b|\b(?:antogs|antagits|beslutades|beslutats|"
                            r"fastställdes|skrevs|publicerades|daterad|gavs\s+ut|kom\s+ut)\b|\bär\s+(?:\w+\s+){1,4}?från\s*\?",
                            re.I)


def asks_when_made(question: str) -> bool:
    """Whether a date question asks when the thing it names was made, adopted or published."""
    return bool(_DOCUMENT_MADE.search(question))


# A word that names where to look: "enligt nämndens plan", "i strategin", "regionens plan"
_DOCUMENT_NAMED = re.compile(r"\b(?:(?:enligt|i|från|ur)\s+(?:den\s+|det\s+)?(?:\w+s\s+)?|\w+s\s+)(?P<word>\w+)\b", re.I)


def document_words(question: str) -> set[str]:
    """The words a question names a document by, as said ("enligt nämndens plan" -> {"plan"})."""
    return {m["word"] for m in _DOCUMENT_NAMED.finditer(question) if _DOCUMENT_WORD.fullmatch(m["word"])
            or re.fullmatch(r"(?:verksamhets)?plan(?:en)?", m["word"], re.I)}


# A part that asks what follows from what the part before asked: "…, och vilken slutsats drar planen om regionens
# ansvar?", "…, och vad innebär det för regionen?"
_CONCLUSION = re.compile(r"\bslutsats\w*|\b(?:vad|vilka\s+konsekvenser)\s+(?:innebär|betyder|medför|får)\s+(?:det|detta)\b", re.I)


def asks_conclusion(question: str) -> bool:
    """Whether a question asks for the conclusion drawn from something said before it."""
    return bool(_CONCLUSION.search(question))


SELF_CONTAINED_WORDS = 10  # a question this long that points back to nothing says what it asks itself


# "Måste regionen fråga samerna innan dom bestämmer saker som rör dom?": a plural the question names itself, which
# its later "dom" points at
# (or a body it names: "Och i nämndens verksamhetsplan – vad vill de göra åt alla hyrläkare …?": "de" is the nämnd)
_OWN_PLURAL = re.compile(r"\b(?:[^\W\d_]{3,}(?:erna|arna|orna)|nämnden|nämndens|regionen|regionens|kommunen|kommunens)\b",
                         re.I)
# "Och de riktigt sköra gamla då, de som har allt möjligt … – står det något om hur vården ska ta hand om dem?": the
# group said first, with its article, is what the later "dem" points at
_FRONTED_GROUP = re.compile(r"^\s*(?:(?:och|men|o|å)\s+)?(?P<article>de|dom)\s+[^\W\d_][^,?–]{2,60}?\s+då\s*[,–-]", re.I)


def _own_plurals_said(question: str) -> str:
    """The question less the "dom"/"dem"/"de" after a definite plural (or a body) it names itself, or after a group it
    sets first ("Och de riktigt sköra gamla då, …")."""
    fronted = _FRONTED_GROUP.match(question)
    match = fronted or _OWN_PLURAL.search(question)
    if fronted:
        question = question[:fronted.start("article")] + " " * len(fronted["article"]) + question[fronted.end("article"):]
    if not match:
        return question
    # (after a group set first, its "de som …" is that group too)
    rest = re.sub(r"\b(?:dom|dem|de)\b" + ("" if fronted else r"(?!\s+(?:som|här|där)\b)"), " ", question[match.end():],
                  flags=re.I)
    return question[:match.end()] + rest


def self_contained(question: str) -> bool:
    """Whether a question says all it asks itself: long enough, pointing back to nothing before it (not "Kan han mäta
    sitt blodtryck hemma?" after "Min pappa har dåligt hjärta.")."""
    question = _own_plurals_said(question)
    return len(question.split()) >= SELF_CONTAINED_WORDS and not points_back(without_expletive(question)) \
        and not re.search(r"\b(?:han|hon|hen|de|dom|dem|honom|henne|sånt|sådant|sådana|så|vi|oss|vår|vårt|våra|här)\b",
                          question, re.I)  # (nor one asked of the asker's place: "… hur vi ska samarbeta …?")


# "Gäller det alla verksamheter …?", "Ska varje hälsocentral …?": whether something holds for every one of a kind
_EVERY_ASKED = re.compile(r"\b(?:alla|varje|samtliga|all|every)\s+(?P<what>\w{4,})", re.I)


def every_asked(question: str) -> str:
    """The kind a question asks whether something holds for every one of ("alla verksamheter" -> "verksamheter"), or
    ""."""
    match = _EVERY_ASKED.search(question)
    return match["what"] if match and match["what"].lower() not in _GENERIC else ""


def says_every(sentence: str, what: str) -> bool:
    """Whether a sentence says something of every one of that kind ("Varje verksamhet behöver …", "… i alla
    verksamheter")."""
    stem = fold(what.lower())[:max(MIN_STEM_FOR_EVERY, len(what) - 3)]
    return any(fold(m["what"].lower()).startswith(stem) for m in _EVERY_ASKED.finditer(sentence))


MIN_STEM_FOR_EVERY = 5  # letters of the kind compared: "verksamheter" and "verksamhet" share "verksa…"


# What others wonder or say, told before a question: "Patienterna undrar ofta varför …", "Kollegorna menar att …"
_OTHERS_REPORTED = re.compile(rf"^\s*{_OTHERS}\s+(?:\w+\s+)?(?:undrar|frågar|säger|menar|tycker|klagar|pratar|tror)\b", re.I)


def reports_others(statement: str) -> bool:
    """Whether a statement tells what others wonder or say ("Patienterna undrar ofta varför …")."""
    return bool(_OTHERS_REPORTED.match(statement))


# "berörs jag av nära vård?", "påverkar omställningen mig?": whether the change touches the asker
_TOUCHES_ME = re.compile(r"\b(?:berörs|påverkas)\s+(?:jag|vi)\b|\b(?:berör|påverkar|gäller)\s+(?:nära\s+vård(?:en)?|omställningen|"
                         r"(?:det|den|detta)\s+(?:här\s+)?(?:nära\s+vård-?)?(?:arbetet)?)\s+(?:\w+\s+)?(?:mig|oss)\b", re.I)


def asks_what_to_know(question: str) -> bool:
    """Whether a new employee asks what they need to know ("vad behöver jag veta?", "vad ska vi tänka på?"), naming
    no topic of their own."""
    return bool(_WHAT_TO_KNOW.match(question))


_WHAT_TO_KNOW = re.compile(r"^\s*(?:(?:och|men|o|så)\s+)?" + _TO_KNOW +
                           r"(?:\s+(?:om\s+(?:det|det\s+här|detta)|egentligen|då|först))*\s*[?.!]*\s*$", re.I)


def asks_if_touched(question: str) -> bool:
    """Whether the asker asks if the change touches them ("berörs jag av nära vård?", "påverkar omställningen mig?")."""
    return bool(_TOUCHES_ME.search(question))


def asks_doing_differently(question: str) -> bool:
    """Whether the asker asks what they are to do differently ("Vad ska jag göra annorlunda enligt strategin?")."""
    return bool(re.search(_DO_DIFFERENTLY, question, re.I))


# "Och nämndens verksamhetsplan då – står det något om rehab där också, eller säger den något annat än strategin?": the
# document named first is the "där" of the question after the dash
_THERE_NAMED_FIRST = re.compile(r"^\s*(?:och|men|o)\s+(?P<doc>[^–—?,]+?)\s+då\s*[–—,-]\s*(?P<q>(?:står|finns|nämns|sägs|skrivs)\s+"
                                r"det\s+(?:något|nåt|några)\s+om\s+[^?,]+?)\s+där\b(?:\s+också)?[^?]*\?\s*$", re.I)


def asked_of_there(question: str) -> str:
    """"Och X då – står det något om Y där också, …?" asked as "står det något om Y i X?", or "" (X must name only a
    document)."""
    match = _THERE_NAMED_FIRST.match(question)
    if not match or not names_only_documents(match["doc"]):
        return ""
    return f"{match['q'][:1].upper()}{match['q'][1:]} i {match['doc'].strip()}?"


# "Vad skiljer strategin och verksamhetsplanen åt när det gäller digitalisering?": a topic the two are set side by side on
_ON_TOPIC = re.compile(r"\b(?:när\s+det\s+gäller|i\s+fråga\s+om|vad\s+gäller|angående|kring|gällande)\s+\w{4,}|"
                       r"\båt\s+(?:om|i\s+synen\s+på)\s+\w{4,}|\b(?:sig|åt)\s+om\s+\w{4,}", re.I)


def on_topic(question: str) -> bool:
    """Whether a question names a topic things are compared on ("… åt när det gäller digitalisering?")."""
    return bool(_ON_TOPIC.search(question))


# a place word, not "det här" nor "här i Norrbotten", which says its place itself
_HERE = re.compile(r"(?<!\bdet\s)(?<!\bden\s)(?<!\bdom\s)(?<!\bde\s)(?<!\bdetta\s)\b(?:here|här)\b"
                   r"(?!\s+(?:i|på|in|at|uppe|nere|hos)\b)", re.I)
# "Jag kom nyss från Region Västernorrland. Hur tog de fram sin målbild där …?": there, where the asker came from
_THERE = re.compile(r"\b(?:där|dit|därifrån|deras|hos\s+(?:dem|dom))\b", re.I)


def points_there(question: str) -> bool:
    """Whether a question points at a place said before it ("där", "deras", "hos dem")."""
    return bool(_THERE.search(question))


def here_named(question: str, preamble: str) -> str:
    """The question with its "here"/"här" said as the one municipality the preamble names ("… in Kiruna. … the
    hospital here …" -> "… the hospital in Kiruna …"), or ""."""
    places = _places()
    towns = list(dict.fromkeys(w for w in re.findall(r"\b[A-ZÅÄÖ]\w+", preamble) if fold(w.lower()) in places))
    if len(towns) != 1 or not _HERE.search(question):
        return ""
    return _HERE.sub(lambda m: f"{'in' if m.group(0).lower() == 'here' else 'i'} {towns[0]}", question, count=1)
