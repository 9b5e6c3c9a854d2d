"""The Swedish language rules in one home: folding, compounds, question words, answer kinds.

Every word list and regex that says something about Swedish (or about how staff ask in
English) lives here, so a rule is changed in one place and checked by the fast unit tests in
tests/test_swedish.py.
"""

from __future__ import annotations

import datetime
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
# ---------------------------------------------------------------- dates
# Dates as the documents write them – "27 maj" under the heading "Maj 2021", "Fattades i SVOM
# 221202", "hösten -21", "3/6-22", "Mars – april 2021" – normalised to ISO-ish strings that sort
# by year: "2021-05-27", "2021-05", "2021-03/2021-04", "2021-hösten", "2025/2027", "2021".
# `format_date` turns them back into Swedish ("27 maj 2021", "hösten 2021").

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
          "oktober", "november", "december")
SEASONS = ("våren", "sommaren", "hösten", "vintern")
_MONTH = r"(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)"
_SEASON = r"(våren|sommaren|hösten|vintern)"
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
