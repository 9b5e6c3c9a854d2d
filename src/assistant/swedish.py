"""The Swedish language rules in one home: folding, compounds, question words, answer kinds.

Every word list and regex that says something about Swedish (or about how staff ask in
English) lives here, so a rule is changed in one place and checked by the fast unit tests in
tests/test_swedish.py.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Callable, Sequence


def fold(word: str) -> str:
    """å/ä/ö/é → a/a/o/e, for matching questions typed without Swedish letters."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def compound_match(a: str, b: str) -> bool:
    """Swedish compounds: "sjukvårdsnämnd" matches "nämnd" (shared head of 5+ letters)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and (long.endswith(short) or long.startswith(short))

# ---------------------------------------------------------------- answer kinds
# A passage can be on topic and still not hold the fact asked for ("När ska sjukhuset i Kiruna
# stå klart?" finds the passage about the new hospital, which gives no date). These checks look
# at what kind of answer the question asks for, and whether the answer has one.

_NUMBER_WORDS = ("en|ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|tjugo|"
                 "hundra|tusen|hälften|dubbelt|majoritet|flest|one|two|three|four|five|six|ten")
_ASKS = {
    "money": (re.compile(r"\b(kosta\w*|\w*kostnad\w*|\w*budget\w*|pris\w*|\w*lön\w*|tjänar|arvode\w*|cost\w*|price|salar\w*)\b", re.I),
              re.compile(r"(\bkr\b|kronor|\bmiljon\w*|\bmiljard\w*|\bmnkr\b|\bmkr\b|\bsek\b|€|\$)", re.I)),
    "number": (re.compile(r"\b(hur många|hur stor\w*|hur mycket|hur ofta|antal\w*|how many|how much)\b", re.I),
               re.compile(rf"(\d|\b({_NUMBER_WORDS})\b)", re.I)),
    "date": (re.compile(r"(^\s*när\b|\bnär (ska|antogs|beslutades|fattades|inrättades|infördes|hölls|publicerades|"
                        r"började|startade|blir|kommer)\b|\boch när\b|\bvilket (år|datum)\b|\bhur länge\b|^\s*when\b|\band when\b|\bwhat year\b)", re.I),
             re.compile(r"(\b(19|20)\d\d\b|[–-]\d\d\b|\b\d{6}\b|\b\d{1,2}/\d{1,2}\b|\b(januari|februari|mars|april|maj|juni|juli|"
                        r"augusti|september|oktober|november|december|våren|hösten|sommaren|vintern)\b)", re.I)),
}
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ]?[a-zåäöé]+)?|[A-ZÅÄÖ]{2,}\d*)\b")


_WHO = re.compile(r"^\s*(vem|vilka personer|who)\b", re.I)


def asked_kind(question: str) -> str | None:
    """"money", "number", "date" or "who" when the question asks for one; else None."""
    for kind, (asks, _) in _ASKS.items():
        if asks.search(question):
            return kind
    return "who" if _WHO.search(question) else None


def has_kind(kind: str, text: str) -> bool:
    """Whether text holds an answer of that kind (an amount, a number, a date, a name)."""
    text = re.sub(r"\[\d+\]", " ", text)
    if kind == "who":  # a name or a body: a capitalised word that does not start its sentence
        return any(re.search(r"\s[A-ZÅÄÖ][a-zåäö]", " " + sentence.strip()[1:])
                   for sentence in re.split(r"(?<=[.!?:])\s+|\n", text) if sentence.strip())
    return bool(_ASKS[kind][1].search(text))


def named_terms(question: str) -> set[str]:
    """Names and acronyms in the question (Kiruna, Stockholm, SVOM) – not its first word."""
    words = set()
    for match in _CAPITALISED.finditer(question.strip()):
        if match.start() == 0:
            continue
        words.add(fold(match.group(1).lower()))
    return words


def missing_names(question: str, passages: Sequence[str]) -> set[str]:
    """Names in the question that none of the cited passages mention."""
    names = named_terms(question)
    if not names:
        return set()
    words = {fold(w) for p in passages for w in re.findall(r"\w+", p.lower())}
    return {n for n in names if n not in words and not any(w.startswith(n[:max(4, len(n) - 3)]) for w in words)}


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


def _data_text(name: str) -> str:
    from importlib import resources

    return (resources.files("assistant") / "data" / name).read_text(encoding="utf-8")


class Lemmas:
    """Base forms of Swedish words (simplemma's Swedish dictionary, shipped with the package)."""

    def __init__(self) -> None:
        from simplemma import Lemmatizer

        self._lemmatizer = Lemmatizer()
        self._cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        """The lower-cased base form of one word ("övergångsåldern" -> "övergångsålder")."""
        lemma = self._cache.get(word)
        if lemma is None:
            lemma = self._lemmatizer.lemmatize(word, lang="sv").lower()
            self._cache[word] = lemma
        return lemma


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
        self.common = _frequency_words()
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


def _frequency_words() -> set[str]:
    """svlang's list of the 10,000 most frequent Swedish words."""
    from importlib import resources

    text = (resources.files("svlang") / "data" / "sv_frequency_10k.txt").read_text(encoding="utf-8")
    return {w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#")}


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
        self.lemma = Lemmas() if lemmas else None
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


def _phrase_key(phrase: str, base: Callable[[str], str]) -> tuple[str, ...]:
    return tuple(base(w) for w in _WORD.findall(phrase.lower()))


def _contains(words: Sequence[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(words[i:i + n]) == phrase for i in range(len(words) - n + 1))


class Synonyms:
    """The curated staff-word list (data/synonyms.json): adds the documents' words to a question."""

    def __init__(self, entries: Sequence[dict], base: Callable[[str], str]) -> None:
        self._base = base
        self.entries = [([_phrase_key(s, base) for s in e["staff"]], tuple(e["documents"])) for e in entries]

    @classmethod
    def load(cls, base: Callable[[str], str]) -> Synonyms:
        """The list shipped with the package; words are compared by `base` (their base forms)."""
        return cls(json.loads(_data_text("synonyms.json"))["entries"], base)

    def added(self, text: str) -> list[str]:
        """The documents' words for the staff words in text (none it already has)."""
        words = [self._base(w) for w in _WORD.findall(text.lower())]
        out: list[str] = []
        for staff, documents in self.entries:
            if any(_contains(words, key) for key in staff):
                out += [d for d in documents if d.lower() not in text.lower() and d not in out]
        return out

    def expand(self, text: str) -> str:
        """The text followed by the documents' words for its staff words."""
        added = self.added(text)
        return f"{text} {' '.join(added)}" if added else text


# Function words that tell an English question from a Swedish one.
_ENGLISH = frozenset("""the a an of and or is are was were be been does do did what which who whom whose
    when where why how many much there their this that these those it its in on for to with by from
    about should would could can will has have had any some shared our your""".split())
_SWEDISH = frozenset("""och att det som en ett är var vad vilka vilken vilket hur när varför för på med
    av till om inte den de har ska kan finns står mig jag vi ni man sig sin sitt""".split())


def is_english(text: str) -> bool:
    """Whether a question is written in English (more English than Swedish function words, at least two)."""
    words = _WORD.findall(text.lower())
    english = sum(w in _ENGLISH for w in words)
    swedish = sum(w in _SWEDISH for w in words) + sum(ch in "åäö" for ch in text.lower())
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


def translate_terms(text: str, terms: TermMap | None = None) -> str:
    """An English question with the documents' Swedish terms added after the English ones."""
    return (terms or _default_terms())(text)


_TERMS: list[TermMap] = []


def _default_terms() -> TermMap:
    if not _TERMS:  # read once: the file ships with the package and never changes at run time
        _TERMS.append(TermMap.load())
    return _TERMS[0]
