"""The Swedish language rules in one home: folding, compounds, question words, answer kinds.

Every word list and regex that says something about Swedish (or about how staff ask in
English) lives here, so a rule is changed in one place and checked by the fast unit tests in
tests/test_swedish.py.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence


def fold(word: str) -> str:
    """å/ä/ö/é → a/a/o/e, for matching questions typed without Swedish letters."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def compound_match(a: str, b: str) -> bool:
    """Swedish compounds: "sjukvårdsnämnd" matches "nämnd" (shared head of 5+ letters)."""
    short, long = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= 5 and (long.endswith(short) or long.startswith(short))

# ---------------------------------------------------------------- question words
# Words of asking, not of the topic: they say nothing about whether the documents cover it.
QUESTION_WORDS = {
    "heter", "het", "nämns", "nämn", "antogs", "antog", "antas", "innebär", "innebar", "betyder", "betyd",
    "står", "finns", "gäller", "handlar", "handl", "beskrivs", "beskriv", "menas", "ingår", "fattades",
    "fattad", "tas", "togs", "mång", "många", "hur", "vad", "vilk", "vilken", "när", "var", "sägs", "säg",
    "säger", "enligt", "ska", "bör", "kan", "får", "gör", "görs", "dokument", "dokumenten", "styrdokument",
    "sammanfatt", "sammanfattning", "summer", "kort", "berätt", "förklar", "skillnad", "skillnaden", "mellan",
    "skiljer", "skilj", "jämför", "jämfor", "likhet", "likheter", "olik", "olika", "exempel", "what", "mean",
    "explain", "summar", "tell", "compar", "differ",
}
# The same words as the keyword tokenizer's stems would have them, å/ä/ö folded.
QUESTION_STEMS = {fold(w) for w in QUESTION_WORDS}


# ---------------------------------------------------------------- what a question asks for
# The intents a question can have; query.understand picks one, the composer shapes the answer by it.
INTENTS = ("summary", "contrast", "comparison", "date", "number", "money", "who", "reverse", "list",
           "yesno", "role", "what", "lookup")

_GREETING = re.compile(r"^\s*(hej|hejsan|hallå|tjena|god (morgon|dag|kväll|eftermiddag)|hello|hi|hey|"
                       r"tack( så mycket)?|thanks)\b[\s!,.]*", re.I)
# A sentence about the asker, not a question: "Jag heter Anna.", "Jag är ny som undersköterska i Luleå."
_ABOUT_ME = re.compile(r"^\s*(jag (heter|är|jobbar|arbetar|har (just )?börjat|har en fråga|undrar bara|skulle vilja)|"
                       r"mitt namn är|i'm|i am|my name is|i work)\b", re.I)
_ASKING_START = re.compile(
    r"^\s*(vad|vem|vilka|vilken|vilket|hur|varför|när|var|finns|är|ska|kan|har|får|gäller|ingår|ansvarar|"
    r"sammanfatta|summera|förklara|beskriv|berätta|jämför|lista|räkna upp|nämn|ge|visa|"
    r"what|who|which|how|why|when|where|is|are|does|do|can|summari[sz]e|explain|describe|list|tell)\b", re.I)
_QUESTION_SENTENCE = re.compile(r"(?<=[.!?])\s+")

_SUMMARY = re.compile(
    r"\b(sammanfatta\w*|sammanfattning\w*|summera\w*|summering|kort om|översikt\w*|överblick|huvuddrag\w*|"
    r"vad (står|sägs) det om|vad (står|sägs) i|vad handlar \w+( \w+){0,4} om|vad tar \w+( \w+){0,4} upp|"
    r"berätta (kort )?om|ge en bild av|summari[sz]e|summary|overview|what does \w+( \w+){0,4} say about)\b", re.I)
_CONTRAST = re.compile(
    r"\b(skillnaden?|skiljer|skilja|olikheter(na)?|difference|differ)\b[^?]*?\b(mellan|på|från|between|from)\b"
    r"\s+(?P<a>[^?]+?)\s+(och|resp(ektive|\.)?|från|and|from|vs\.?|mot)\s+(?P<b>[^?]+?)\s*\??\s*$", re.I)
_CONTRAST_LEADING = re.compile(r"^\s*(?P<a>[^?]+?)\s+(vs\.?|kontra|versus)\s+(?P<b>[^?]+?)\s*\??\s*$", re.I)
_COMPARE = re.compile(r"\b(jämför\w*|skillnad\w*|skiljer|respektive|likheter|olika (län|regioner|dokument)\w*|"
                      r"compare|comparison|difference\w*)\b", re.I)
_LIST = re.compile(
    r"\b(vilka|lista|räkna upp|nämn|ingår|exempel|punkter|delar|strategier|uppgifter|uppdrag|"
    r"prioriteringar|förutsättningar|ansvar\w*|which|list|examples|what are|responsib\w*)\b", re.I)
_REVERSE = re.compile(r"\b(vilken|vilket|under vilken|which)\b.*\b(passar|hör|tillhör|ingår|belong|fit)", re.I)
_YESNO = re.compile(r"^\s*(är|finns|ska|kan|har|ansvarar|ingår|gäller|får|måste|behöver|bör|omfattar|"
                    r"is|are|does|do|can|should|has)\b", re.I)
_WHAT = re.compile(r"^\s*(vad (är|innebär|betyder|menas med|avses med|står \S+ för|är det för)|förklara|"
                   r"what (is|are|does)|explain|define)\b", re.I)
ROLES = ("sjuksköterska", "undersköterska", "läkare", "chef", "enhetschef", "verksamhetschef", "medarbetare",
         "fysioterapeut", "arbetsterapeut", "kurator", "psykolog", "tandläkare", "tandhygienist",
         "biståndshandläggare", "handläggare", "sekreterare", "administratör", "samordnare", "ledare",
         "distriktssköterska", "barnmorska", "nurse", "doctor", "manager", "employee")
_ROLE = re.compile(r"\b(för mig|i min roll|min roll|mitt arbete|mitt jobb|oss som|for me|my role|my job)\b|"
                   rf"\bsom ny(anställd)?\b|\bsom ({'|'.join(ROLES)})\w*\b|\bas an? ({'|'.join(ROLES)})\b", re.I)
# The words a role follow-up is answered from: the documents speak of staff as "medarbetare".
ROLE_TOPIC = "medarbetare arbetssätt ditt arbete"

_FOLLOW_START = re.compile(
    r"^\s*(och|men|samt|också|även|dessutom|hur är det med|vad gäller|än|and|but|also|what about|how about)\b",
    re.I)
_ANAPHORA = re.compile(
    r"\b(den|det|dem|denna|detta|dessa|där|dit|deras|dess|densamma|it|its|they|them|those|that|this|there)\b",
    re.I)
_QUESTIONISH = re.compile(r"^\s*(vad|vem|vilka|vilken|vilket|hur|varför|när|var|finns|what|who|which|how|why|when)\b", re.I)
_ENGLISH_WORDS = re.compile(r"\b(what|which|who|how|does|do|is|are|the|of|in|for|and|why|when|about|say)\b", re.I)


def strip_preamble(text: str) -> str:
    """The question without greetings and sentences about the asker ("Hej! Jag heter …. Vad är …?")."""
    sentences = [s for s in _QUESTION_SENTENCE.split(text.strip()) if s.strip()]
    if len(sentences) > 1:
        kept = [s for s in sentences if not _ABOUT_ME.match(_GREETING.sub("", s))]
        asking = [s for s in kept if s.rstrip().endswith("?") or _ASKING_START.match(_GREETING.sub("", s))]
        sentences = asking or kept or sentences[-1:]
    cleaned = " ".join(_GREETING.sub("", s).strip() or s for s in sentences).strip()
    return cleaned or text.strip()


def role_in(text: str) -> str:
    """The role a question speaks from ("för mig som sjuksköterska" -> "sjuksköterska"), or ""."""
    match = re.search(rf"\b({'|'.join(ROLES)})\w*", text, re.I)
    if match:
        return match.group(1).lower()
    return "medarbetare" if _ROLE.search(text) else ""


def is_follow_up(question: str) -> bool:
    """Whether a question leans on an earlier one ("och vilka exempel finns för den?")."""
    words = question.split()
    if _FOLLOW_START.match(question):
        return True
    if _ANAPHORA.search(question) and len(words) <= 10:
        return True
    return len(words) <= 3 and not _QUESTIONISH.match(question)


def is_english(text: str) -> bool:
    """A question written in English (two English function words and no å/ä/ö)."""
    return len(_ENGLISH_WORDS.findall(text)) >= 2 and not re.search(r"[åäö]", text, re.I)


def contrast_terms(question: str) -> tuple[str, str] | None:
    """The two things a "skillnaden mellan X och Y" question contrasts, or None."""
    match = _CONTRAST.search(question) or _CONTRAST_LEADING.search(question)
    if not match:
        return None
    a, b = (re.sub(r"^(en|ett|den|det|de)\s+", "", m.strip(" ,.”\"'"), flags=re.I) for m in (match["a"], match["b"]))
    return (a, b) if a and b and a.lower() != b.lower() else None


def intent_of(question: str, role_follow_up: bool = False) -> str:
    """What the question asks for: one of INTENTS (the first rule that matches wins)."""
    if role_follow_up:
        return "role"
    if _SUMMARY.search(question):
        return "summary"
    if contrast_terms(question):
        return "contrast"
    kind = asked_kind(question)
    if kind:
        return kind
    if _REVERSE.search(question):
        return "reverse"
    if _WHAT.match(question):
        return "what"
    if _YESNO.match(question):
        return "yesno"
    if _LIST.search(question):
        return "list"
    return "lookup"


def is_list_question(question: str) -> bool:
    """Whether the question asks for a list (examples, items, strategies …)."""
    return bool(_LIST.search(question))


def is_reverse_question(question: str) -> bool:
    """"Vilken riktningsförändring passar mobila team?": from an item back to its list."""
    return bool(_REVERSE.search(question))


def asks_comparison(question: str) -> bool:
    """Whether the question asks to compare (regions, documents) at all."""
    return bool(_COMPARE.search(question))


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


_COUNTED = re.compile(r"\b(?:hur många|antal(?:et)?|how many|number of)\s+(?:av\s+)?(?:de\s+|the\s+)?(\w+)", re.I)
_NOT_COUNTED = {"det", "de", "är", "finns", "har", "ska", "kommer", "is", "are", "there", "do"}


def counted_noun(question: str) -> str | None:
    """The thing a "hur många X" question counts ("invånare"), or None."""
    match = _COUNTED.search(question)
    if not match or match.group(1).lower() in _NOT_COUNTED:
        return None
    return match.group(1).lower()


def mentions(text: str, word: str) -> bool:
    """Whether text has the word, an inflection of it or a compound with it (å/ä/ö folded)."""
    stem = fold(word.lower())[:max(4, len(word) - 3)]
    return any(fold(w).startswith(stem) or (len(stem) >= 5 and stem in fold(w)) for w in re.findall(r"\w+", text.lower()))
