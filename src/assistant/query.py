"""A question understood once: limits, masking, cleaning, follow-up, intent and named documents.

`understand` is the one entry for every channel (CLI, chat, API, evaluation). It refuses an
oversized question before doing any other work, masks personal data once, and returns a frozen
`Query` that the rest of the answering path only reads.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace

from . import swedish
from .privacy import mask
from .types import DocumentMeta

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]")
_MARKUP = re.compile(r"<[^>]{0,200}>|!?\[([^\]]{0,200})\]\([^)]{0,500}\)")

EMPTY_QUESTION = "Skriv en fråga om styrdokumenten, till exempel ”Vad ansvarar hälso- och sjukvårdsnämnden för?”."


class QuestionRejected(ValueError):
    """A question that is refused before any model call (empty, too long)."""


@dataclass(frozen=True)
class Query:
    """What was asked, understood once and passed down the answering path unchanged."""

    text: str                      # the user's question: masked, cleaned, greetings and preamble removed
    reading: str                   # what the Swedish rules read: the text, or an English question in Swedish
    search: str                    # what retrieval sees: the question with a follow-up's context
    intent: str                    # one of swedish.INTENTS
    history: tuple[str, ...] = ()  # earlier questions, masked and cleaned
    documents: tuple[str, ...] = ()        # the user's filter ("Sök i"); empty = all
    named_documents: tuple[str, ...] = ()  # documents the question names ("verksamhetsplanen")
    regions: tuple[str, ...] = ()          # regions the question names
    contrast: tuple[str, ...] = ()         # the two concepts of a "skillnaden mellan X och Y" question
    role: str = ""                 # "sjuksköterska" in "vad betyder det för mig som sjuksköterska?"
    own_topic: str = ""            # what a role follow-up asks about in its own words ("personcentreringen")
    follow_up: bool = False
    english: bool = False
    personal_data: bool = False
    parts: tuple[str, ...] = ()    # the questions a two-part question holds, each answered on its own
    thread_region: str = ""        # the region the conversation was about, which `regions` took from it
    workplace: tuple[str, ...] = ()  # where the asker says they work, in the question or its preamble ("vårdavdelning")
    asker_region: str = ""         # the region the asker says they work in, in this or an earlier preamble ("Kramfors")
    where_asked: bool = False      # "Vilket dokument säger att …?": the answer names the documents it quotes
    summed_turns: tuple[str, ...] = ()  # a bare "sammanfatta det" after two or more turns: those turns, as typed
    sentences: int = 0             # how many sentences the answer is asked to keep to ("… i en mening"); 0: no limit

    @property
    def kind(self) -> str | None:
        """The kind of fact the answer must hold (date, duration, number, money, who), if any."""
        return self.intent if self.intent in ("date", "duration", "number", "money", "who") else None


def clean(question: object, max_chars: int) -> str:
    """Size limit first, then control characters, markup and spaces; refuses empty questions."""
    text = question if isinstance(question, str) else ""
    if len(text) > max_chars * 4:
        raise QuestionRejected(f"Frågan är för lång ({len(text)} tecken). Korta den till högst {max_chars} tecken.")
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates cannot be answered or logged
    # Markup in a question is not part of it: "<b>Vad …</b>" and "[text](url)" are asked as plain text.
    text = _MARKUP.sub(lambda m: f" {m.group(1) or ''} ", _CONTROL.sub(" ", text))
    text = re.sub(r"\s+", " ", text).strip()
    if not text or not any(ch.isalnum() for ch in text):
        raise QuestionRejected(EMPTY_QUESTION)
    if len(text) > max_chars:
        raise QuestionRejected(f"Frågan är för lång ({len(text)} tecken). Korta den till högst {max_chars} tecken.")
    return text


def understand(question: object, history: Sequence[str] = (), documents: Sequence[str] | None = None, *,
               metas: Mapping[str, DocumentMeta], max_chars: int = 2000, max_turns: int = 6,
               letters: dict[str, str] | None = None, vocabulary: Mapping[str, int] | None = None,
               is_word: Callable[[str], bool] | None = None, common: frozenset[str] | None = None,
               names: Sequence[str] = ()) -> Query:
    """The question as a `Query`; raises QuestionRejected for empty or oversized questions. `letters`
    (swedish.letters_of the documents) respells a question typed without å/ä/ö; `vocabulary`
    (swedish.vocabulary_of the documents) reads a typing slip as the documents' word ("nämden"); `names`
    (swedish.names_of the documents) writes their names as they do ("min vård norrbotten")."""
    def spelled(swedish_text: str) -> str:  # typed without å/ä/ö, or with a slip: the documents' spelling
        respelt = swedish.respell_by_dictionary(swedish.respell(swedish_text, letters or {}), is_word)
        # ("patiänt-kontrakt" -> "patient-kontrakt" -> "patientkontrakt")
        typed = swedish.correct_typos(respelt, vocabulary or {}, is_word)
        return swedish.joined_compounds(swedish.slang_compounds(typed, vocabulary or {}), vocabulary or {})

    def situation_pointed_at(preamble: str, asked: str) -> str:  # what a preamble tells that the question points at
        return swedish.asker_situation(spelled(preamble), asked) or swedish.statement_pointed_at(preamble, asked)

    raw = clean(question, max_chars)
    masked = mask(raw)
    personal = masked != raw  # (before the names are cased: a name written the documents' way is no personal data)
    masked = swedish.names_cased(masked, names)  # ("vad är min vård norrbotten?": the service, not "my care")
    asked = swedish.strip_preamble(masked)  # as typed: where it starts in the masked text tells the preamble
    english = swedish.is_english(asked)
    preamble = _cut_preamble(masked, asked)
    # respelt, a sentence about the asker shows ("jag ar ny pa …" is "jag är ny på …")
    # ("Summarize … in a few bullet points": the shape of the answer is no word to translate)
    if english:
        text = swedish.without_answer_shape(asked) or asked
    else:  # (less the asker's searching said after it: "…, hittar inget om de på intranätet")
        plain = swedish.strip_preamble(spelled(asked))
        text = swedish.topic_first(swedish.without_not_found(plain) or plain)
    # ("… at a health centre in Kiruna. I heard something about the hospital here being moved …": "here" is Kiruna; in
    # English only: a Swedish "här" may stand in a statement kept before the question, "industrisatsningarna här")
    if english:
        text = swedish.here_named(text, preamble) or text
    else:  # ("… vad de kan göra i Min vård Norrbotten. Vilka funktioner finns där …?": there, the service it names)
        text = swedish.there_named(text, preamble) or text
    # ("… börjat jobba med Min vård Norrbotten. Vad säger planen om den här tjänsten?": the service it names)
    text = swedish.this_named(text, preamble) or text
    # ("… sjuksköterska på Kiruna sjukhus. Vi hör att sjukhuset ska försvinna …": the asker's hospital)
    text = (swedish.own_hospital_named(text, preamble) if not english else "") or text
    # (an English question's Swedish words typed without å/ä/ö too: "primarvard" -> "primärvård")
    # ("… ska jämföra vår målbild i Västernorrland med Norrbottens. Vilka är likheterna och skillnaderna?": that comparison)
    text = (swedish.comparison_of_preamble(text, spelled(preamble)) if preamble and not english else "") or text
    # ("Vilket dokument säger att X?": whether X is said, the documents named in the answer)
    where = swedish.which_document_asked(text)
    reading = _region_initials_spelled(swedish.respell(swedish.swedish_reading(where or text), letters or {}) if english
                                       else where or text, metas)
    # (spoken: the turns as typed, for what the asker says of themself; told_before: what they said before their questions)
    if common is None:  # (a caller that serves many questions passes it, made once per build)
        common = common_title_words(vocabulary or {})
    earlier, spoken, told_before = [], [], []
    for turn in list(history or ())[-max_turns:]:
        try:
            masked_turn = mask(clean(turn, max_chars))
            spoken.append(masked_turn)
            turn_text = swedish.strip_preamble(masked_turn)
            turn_preamble = _cut_preamble(masked_turn, turn_text)
            told_before.append(turn_preamble)  # ("Jag är barnmorska på en mödravårdscentral.")
            if swedish.is_english(turn_text):
                # ("I work for a municipality in Västernorrland … what is the overall purpose of our shared vision …?":
                # the region its preamble names, as for a Swedish turn)
                read_turn = _region_initials_spelled(swedish.swedish_reading(turn_text), metas)
                # (only when it asks of "our" one: not "… coordinator at Region Norrbotten. What does the … plan say …?")
                # (or the region of the town it names: "… at the health centre in Strömsund … in this county")
                home = (_home_region(turn_preamble, metas) or swedish.region_of_places(turn_preamble)) \
                    if swedish.says_ours_in_english(turn_text) else ""
                earlier.append(f"{read_turn} i {home}" if home and not named_in(read_turn, metas)[1] else read_turn)
            else:
                # ("… i JH målbild?": the region's initials spelled out, as in the question itself)
                # (less the shape its answer was asked in: "Kort, vad går …?" is asked again as "vad går …?")
                spelled_turn = spelled(turn_text)
                plain = swedish.without_answer_shape(spelled_turn) or spelled_turn
                plain = swedish.goal_contents(plain) or plain  # ("vad innehåller X:s målbild" asked again of Y)
                # ("… nån slogan för länets målbild men jag hann inte skriva ner, vad hette den …?": of the målbild)
                plain = swedish.motto_of(named := swedish.name_then_asked(plain)) or named or plain
                # ("Hur ska kommunerna och regionen samverka …?" + "ge exempel på vad vi kan jobba med för det?": samverkan)
                plain = swedish.how_to_cooperate(plain) or plain
                # ("kan du sammanfatta målbilden för nära vård i jämtland härjedalen?": the region's målbild)
                plain = swedish.without_near_care_before_region(plain) or plain
                talked = swedish.asker_talks_of(spelled(turn_preamble))
                plain = (swedish.subject_named(plain, talked) if talked else "") or plain  # ("Vilka är de …?": named)
                plain = swedish.there_named(plain, turn_preamble) or plain  # ("Vilka funktioner finns där …?": named)
                # ("… ska skriva en intranättext om vår målbild för nära vård. Vad står det i den?": the preamble it
                # leaned on, as a turn before it, as when it was asked)
                turn_leaned = _leaned_on(turn_preamble, turn_text, metas, common)
                if turn_leaned:
                    earlier.append(_region_initials_spelled(spelled(turn_leaned), metas))
                if swedish.points_back(asked) and (told := _document_told(turn_preamble, plain, metas, common)):
                    # ("… ska dra vår länsgemensamma målbild i Jämtland Härjedalen på APT. Vad är det för övergripande
                    # mål …?" + "när beslutades den …?": "den" is the målbild its preamble named)
                    plain = f"{plain} {told}"
                elif turn_preamble and swedish.points_back(plain) and swedish.asks_alike(asked) and (
                        situation := situation_pointed_at(turn_preamble, plain)) and situation not in plain \
                        and not swedish.role_in(situation) and not swedish.tells_own_job(situation):
                    # ("… frågor om utrustning där folk mäter sina värden själva hemma. Står det nåt i nämndens plan om
                    # sånt …?" + "Och i den gemensamma strategin …, finns det nåt liknande där?": what "sånt" was)
                    plain = f"{plain} {situation}"
                earlier.append(_region_initials_spelled(_with_home_region(plain, turn_preamble, metas), metas))
        except QuestionRejected:
            continue
    leaned = "" if earlier else _leaned_on(preamble, text, metas, common)
    # (a question that points at it, or names nothing at all: not "Kort, vad går Jämtland Härjedalens målbild ut på?",
    # whose målbild is its topic)
    if not leaned and not earlier and preamble and not english and swedish.names_no_topic(text) \
            and (swedish.points_back(text) or not swedish.topic_words(text).strip()) and not swedish.asks_for_me(text):
        # "Hej, jag är lokalvårdare på Kiruna sjukhus och kollegorna säger att hela sjukhuset ska rivas. Stämmer det, och
        # varför i så fall?": what the preamble says of the matter is what the question asks of, as if asked before
        matter = swedish.preamble_matter(spelled(preamble))
        # ("… nämnde SAM, nån arbetsmodell för barn och unga … . vad står förkortningen för?": SAM's)
        named_abbreviation = swedish.abbreviation_named(text, matter)
        if named_abbreviation:
            text = named_abbreviation
            reading = _region_initials_spelled(named_abbreviation, metas)
        else:
            leaned = swedish.matter_placed(matter, spelled(preamble)) if matter else ""
    leans = bool(leaned)
    if leans:  # "Jag ska läsa den länsgemensamma strategin. Kan du sammanfatta den kort?": as if asked before
        earlier = [spelled(leaned)]
    asked_again = ""  # an earlier question asked again of another region, word for word
    fronted, fronted_asked = swedish.place_and_asked(reading)  # ("och självmord då, vilka grupper …?": before it is read)
    reading, rewrites = read_plainly(_titles_as_kinds(reading, metas))
    # "… målbilderna i Jämtland Härjedalen och Västernorrland. Vad går Jämtland Härjedalens ut på?" + "och för den
    # andra då?": the other region the earlier turn named
    other = _other_one(spoken[-1], earlier[-1], metas) if earlier and spoken and swedish.asks_other_one(reading) else ""
    reading = f"och i {other} då?" if other else reading
    pointed = re.search(r"\bskillnad\w*\s+(?:på|mellan)\s+(det|den|dem|dom|detta)\s+(?:och|o)\s+", reading, re.I) \
        if earlier else None
    if pointed and (thing := swedish.asked_mentioned(earlier[-1]) or swedish.asked_exists(earlier[-1])
                    or swedish.reverse_thing(earlier[-1]) or swedish.defined_term(earlier[-1])):
        # "Nämns SIP i länsstrategin …?" + "vad e skillnaden på det o patientkontraktet som står bredvid?": SIP
        reading = f"{reading[:pointed.start(1)]}{thing}{reading[pointed.end(1):]}"
        reading = re.sub(r"\s+som\s+står\s+(?:bredvid|intill|där|nedanför|ovanför)\b", "", reading, flags=re.I)
    against = (re.match(r"^\s*(?:och\s+|men\s+)?(?:vad\s+är\s+|vad\s+e\s+|vilken\s+är\s+)?(?:det\s+för\s+)?skillnad\w*\s+"
                        r"(?:mot|från|gentemot|jämfört\s+med)\s+(?P<x>[^?,.!]{2,40}?)\s*(?:[?,.!]|$)", reading, re.I)
               # ("how does that compare with Norrbotten's vision?", read "jämför det med Norrbottens vision målbild?")
               or re.match(r"^\s*(?:och\s+|men\s+)?(?:hur\s+)?jämför\w*\s+(?:det|den|dom|de)\s+(?:sig\s+)?med\s+"
                           r"(?P<x>[^?,.!]{2,40}?)\s*(?:[?,.!]|$)", reading, re.I)) if earlier else None
    if against and (regions := _regions_set_against(against["x"].strip(), earlier, metas)):
        # "Vad heter vår målbild … i Jämtland Härjedalen?" + … + "vad är skillnaden mot norrbottens målbild?": the same
        # thing of the region the thread is about, set against the one named
        # (each named by its region and the thing's last word: "Norrbottens vision målbild", read from English, is
        # Norrbottens målbild)
        # (not the region's own last word: "… skillnaden mot målbilden i Jämtland Härjedalen?" sets målbilder apart)
        noun = (re.sub(r"(?:\s+(?:i|för|och))+\s*$", "", _without_regions(against["x"], metas).strip()).split()
                or against["x"].split())[-1]
        noun = swedish.term_forms(noun)[1] if " " not in noun and len(swedish.term_forms(noun)) > 1 else noun  # ("målbild")
        reading = f"Vad är skillnaden mellan {regions[0]}s {noun} och {regions[1]}s {noun}?"
    elif against and (thing := next((t for e in reversed(earlier)
                                     if (t := swedish.defined_term(e) or swedish.asked_mentioned(e))), "")):
        # "vad är patientkontrakt?" + "och vad är skillnaden mot SIP?": between the two
        # (the thing the thread last asked to have explained, when the turns since asked of it: "vad är västernorrlands
        # målbild?" + "vem har fastställt den?" + "hur togs den fram?" + "vad är skillnaden mot jämtland härjedalens?")
        reading = f"Vad är skillnaden mellan {thing} och {against['x'].strip()}?"
    if earlier:
        # ("Nämns elevhälsan i strategin …?" + "vilka andra exempel finns under samma riktningsförändring?": the one the
        # answer before placed it under, as "den riktningsförändringen" asks)
        reading = re.sub(r"\bsamma\s+riktningsförändring(?:en)?\b", "den riktningsförändringen", reading, flags=re.I)
    if len(earlier) >= 2 and swedish.asks_difference_of_the_two(reading) and (two := _two_documents_on(earlier[-2:], metas, common)):
        # "Vad säger nämndens verksamhetsplan om öppna vårdformer?" + "Och vad står det om det i strategin?" + "vad är
        # skillnaden mellan dom två?": what the two documents say of the one topic, side by side
        reading = f"Vad är skillnaden mellan vad {two[0]} och {two[1]} säger om {two[2]}?"
    elif len(earlier) >= 2 and swedish.asks_difference_of_the_two(reading) and \
            (first := _thing_asked_of(earlier[-2], metas, with_region=False)) and \
            (second := swedish.thing_asked_alike(earlier[-1]) or _thing_asked_of(earlier[-1], metas)) and \
            swedish.fold(first.lower()) != swedish.fold(second.lower()):
        # "Vad menas med öppnare vårdformer …?" + "Och stärkt gemensam primärvård då?" + "Vad är egentligen skillnaden
        # mellan de här två?": between the two things the two turns asked of
        regions = named_in(" ".join(earlier[-2:]), metas)[1]
        reading = f"Vad är skillnaden mellan {first} och {second}{f' i {regions[0]}' if len(regions) == 1 else ''}?"
    both = swedish.both_of_them(reading) if earlier else None
    regions_compared = named_in(" ".join(earlier[-2:]), metas)[1] if both else ()
    if both and len(regions_compared) == 2 and re.search(r"\bmålbild", " ".join(earlier[-2:]), re.I):
        # "Vad är målbilden i Norrbotten?" + "vad är skillnaden mot målbilden i Jämtland Härjedalen?" + "och när
        # bestämdes de två?": each region's målbild (was Jämtland Härjedalen's alone)
        reading = f"{reading[:both.start()]}målbilderna i {regions_compared[0]} och {regions_compared[1]}{reading[both.end():]}"
    if earlier and swedish.only_summary_request(reading) and (summed := swedish.topic_words(earlier[-1]).strip(" ?")):
        # "vilka inriktningar och uppdrag har nämnden för 2025-2027?" + "sammanfatta kort …": a summary of that
        reading = f"Sammanfatta {summed}"
    reading = swedish.as_cared_for(reading) or reading  # ("… för mig som patient?": what it means for patients)
    reading = swedish.introduced_reading(reading) or reading  # ("När var det vi bytte till Cosmic …?")
    thing_before = _thing_asked_of(earlier[-1], metas) if earlier else ""
    if thing_before and (meaning := swedish.meaning_asked(reading)):
        # "Vad är SIP?" + "och vad innebär det i praktiken?": what SIP means in practice, a question of its own
        reading = meaning.format(thing_before)
    elif thing_before and not leans and (not english or swedish.asks_when(reading)) and \
            not swedish.names_part_of_thing(thing_before) and \
            (named_end := swedish.pointing_end_named(reading, thing_before)):
        # "Vad är SIP?" + "vem ansvarar för det?": who is responsible for SIP, a question of its own (not of a part
        # of a thing: "Vad är syftet med Västernorrlands målbild?" + "vem fastställde den?" asks of the målbild; in
        # English a when-question only, read "när beslutades den?": "When was it decided?")
        reading = named_end
    # the asker's region, said in an earlier turn's preamble ("jag är MAS i en kommun i jämtland. vad är svom …?")
    asker_home = next((h for t in reversed(told_before) if t and (h := _home_region(t, metas))), "") if not english else ""
    # (or the region of the town or municipality it names: "Jag är ny förvaltningschef … i Ragunda kommun. Vad har SVOM
    # beslutat …?" + "Vad är skillnaden mellan målbilden och …?": Jämtland Härjedalen's målbild)
    asker_town = next((r for t in reversed(told_before) if t and (r := swedish.region_of_places(t))), "") \
        if not english else ""
    owner = _home_region(preamble, metas) if preamble and not english else ""
    # (or an earlier turn's preamble: "Jag är socialchef i en kommun i Jämtland. …" + "vilka var strategierna i vår
    # målbild, och liknar de Västernorrlands?")
    owner = owner or asker_home
    if owner and owner not in named_in(reading, metas)[1] and named_in(reading, metas)[1]:
        # "Jag … kommer från Region Jämtland Härjedalen. Vad skiljer deras målbild från Norrbottens?": set against
        # another region, "deras målbild" is the one of the region the preamble names
        reading = swedish.with_owner(reading, owner) or reading
    # "… || hur gjorde de i västernorrland då, …? || vilka punkter har deras målbild?": "deras" is the region the last
    # question named, when it named one other than the earlier turns'
    last_named = named_in(spoken[-1], metas)[1] if spoken and not english else ()
    if len(last_named) == 1 and not named_in(reading, metas)[1] and any(
            last_named[0] not in named_in(t, metas)[1] for t in spoken[:-1]):
        # (but "vår målbild" is the asker's own region's, said in an earlier preamble: "… i en kommun i
        # västernorrland …" + "hur skiljer sig vår målbild från norrbottens?" + "när ska vår målbild följas upp?")
        ours = owner if owner and re.search(r"\b(?:vår|vårt|våra)\b", reading, re.I) else ""
        reading = swedish.with_owner(reading, ours or last_named[0]) or reading
    # "Jag är nyvald i nämnden … || Är det vi som har hand om vårdvalet också?": asked of the body the asker sits in
    of_body = swedish.we_as(reading, swedish.asker_body(" ".join([*spoken, preamble])))
    reading = of_body or reading  # (then a question of its own: "… också?" points back to nothing more)
    if earlier and swedish.asks_steps_before(reading):
        reading = "Hur togs den fram?"  # "När antogs målbilden?" + "vilka steg kom före beslutet?": how it was made
    # ("svom vad är det" asks a question of its own; so does "och egenmonitorering, vart ska det införas?")
    named_first = swedish.term_asked_first in rewrites or swedish.thing_then_asked in rewrites
    # (or a statement before the question: "Vi får in massor av gamla som är jättesköra …. Står det nåt … om just den
    # gruppen?")
    told = swedish.question_sentences(reading)
    met = swedish.asker_meets(f"{preamble} {' '.join(told[:-1])}".strip()) if preamble or len(told) > 1 else ""
    # "Jag är distriktsköterska … och träffar många sköra äldre. Vad säger verksamhetsplanen om dem?" (the question
    # alone, once it names them)
    reading = (swedish.about_them(told[-1] if len(told) > 1 else reading, met) if met else "") or reading
    # "… på APT pratar alla om "riktningsförändringarna". Vilka är de enligt …?": what the asker says is talked of
    talked = swedish.asker_talks_of(spelled(preamble)) if preamble and not earlier and not english else ""
    reading = (swedish.subject_named(reading, talked) if talked else "") or reading
    # ("Patienterna frågar hela tiden om sjukhuset här. Vad säger nämndens plan om det – varför …?": its parts too)
    asked_again = asked_again or (swedish.about_talked(reading, talked, swedish.asker_places(masked)) if talked else "")
    reading = asked_again or reading
    role = swedish.role_in(swedish.without_named_texts(reading))
    if role and swedish.counted_noun(reading) == role:
        role = ""  # "Hur många nya tandläkare ska folktandvården rekrytera?" counts them; no one asks as one
    stated = swedish.role_in(spelled(preamble)) if preamble else ""  # ("jag e underskoterska …": respelt)
    # (or said in an earlier turn: "Jag är barnmorska på en mödravårdscentral. …" -> "vad kan det betyda för mig?")
    stated = stated or next((r for t in reversed(told_before) if t and (r := swedish.role_in(spelled(t)))), "")
    if stated and stated != "medarbetare" and role in ("", "medarbetare") and swedish.asks_for_me(reading):
        role = stated  # "Jag är enhetschef i äldreomsorgen. Vad säger det om min del?": the role the preamble says
    if not role and not english and swedish.asks_what_to_know(reading):
        role = stated or "medarbetare"  # ("… ny usk i hemtjänsten, … vad behöver ja veta?": what the documents say to staff)
    if not role and not earlier and swedish.asks_if_touched(reading) and not english:
        role = "medarbetare"  # ("jobbar som kock i ett tillagningskök … berörs jag av nära vård?": staff, whatever the title)
    if not role and swedish.asks_doing_differently(reading):
        # ("Jag är biståndshandläggare … Vad ska jag göra annorlunda …?": staff, whatever the title; or the role an earlier
        # question asked as: "vad betyder det för mig som kurator?" + "ok men vad ska jag göra annorlunda då?")
        role = next((r for t in reversed(earlier) if (r := swedish.role_asked_as(t))), "medarbetare")
    # "vad kan jag som läkare på vårdcentralen göra för att bidra till det?": a role question that points back
    # ("och patientkontrakt, vad ingår i det?" names what "det" is: asked as "vad ingår i patientkontrakt?", its own question)
    # "… journalsystem …? || Och vad finns det för funktioner i Min vård Norrbotten?": a name the thread has not
    # said, and nothing pointing back, is a question of its own
    # (or a term in quotes: "And what do they mean by 'modigt ledarskap'?" asks what that term means, though the
    # answer before named it in a list)
    # (or an acronym the thread has not said: "vad är SIP och var nämns det?" after a question on glesbygd)
    own_name = bool(earlier) and not leans and not swedish.points_back(swedish.without_expletive(reading)) and any(
        n.lower() not in " ".join(earlier).lower() for n in [*swedish.name_phrases(reading),
                                                             *([] if swedish.says_then(reading) else swedish.acronyms_in(reading))]) \
        or (bool(earlier) and not leans and swedish.asks_meaning_of_quoted(reading))
    own_question = _asks_its_own(reading, (fronted, fronted_asked), earlier, metas, common, asked_from=leans or bool(role),
                                 english=english)
    # ("… || Och vad säger strategin om mig som medarbetare, vad kommer förändras i mitt jobb?": what a document it
    # names says to the asker, whatever the thread was about)
    to_me = bool(role) and swedish.said_of_me(reading) and bool(named_in(reading, metas)[0]) \
        and not swedish.points_back(swedish.without_workplace(reading))
    follow_up = bool(earlier) and not of_body and not own_name and not own_question and not to_me and (
        leans or (swedish.is_follow_up(text) and not named_first) or swedish.is_follow_up(reading)
        or swedish.bare_ordinal(reading) or swedish.bare_why(reading)
        or (bool(role) and (swedish.points_back(swedish.without_workplace(reading)) or swedish.of_us(reading))))
    anchor = topic_of(earlier) if follow_up else ""
    # "Jag blandar ihop målbilden och länsstrategin. Vad är skillnaden mellan dem?": the two things it names
    between = swedish.between_the_two(reading, earlier) if follow_up else ""
    # "Kan du sammanfatta vilka riktningsförändringar länsstrategin pratar om?" + "Står samma fyra med i nämndens
    # verksamhetsplan också, eller skiljer de sig åt?": the earlier list's things, in both documents
    between = between or (_same_elsewhere(reading, earlier[-1], metas, common) if earlier else "")
    between = between or (_described_elsewhere(reading, earlier, metas, common) if earlier else "")
    if between:
        reading, anchor, follow_up = between, "", False
    own_asked = ""
    if anchor:  # "och vad säger nämndens verksamhetsplan om det?" -> "… om primärvården?"
        # (not a role's "vad betyder det för mig som …?", which asks from the earlier topic as a role question)
        dated = swedish.dated_thing(earlier[-1]) if swedish.intent_of(earlier[-1]) == "date" and not role else ""
        # (as asked: its reading may have moved its own things behind, "… drivs privat i tandvårdsmottagningar?")
        counted_things = (swedish.counted_noun(earlier[-1]) or "") if swedish.intent_of(earlier[-1]) == "number" else ""
        counted = counted_things if swedish.counts_of_them(text) else ""
        # ("Hur stor är nämnden?" + "och har den hand om vårdvalet också?": asked of the nämnd, a question of its own)
        # ("Hur många hälsocentraler finns det?" + "och vilken nämnd ansvarar för dom?": of the things counted, its own)
        named_them = swedish.them_counted(reading, counted_things)
        own_asked = swedish.body_does_too(reading, earlier) or (named_them if swedish.asks_own(named_them) else "")
        # ("Hur Västernorrland tog fram sin målbild?" + "vad landade den i?": what the målbild is)
        # ("… om tandvården?" + "Hur många sådana mottagningar finns det?": "tandvårdsmottagningar")
        reading = swedish.such_compound(reading, earlier[-1], vocabulary or {}) or reading
        reading = own_asked or swedish.outcome_of_made(reading, earlier[-1]) \
            or swedish.subject_of_it(reading, swedish.bare_about(earlier[-1])) \
            or swedish.placed_of_it(reading, swedish.asked_mentioned(earlier[-1]) or swedish.defined_term(earlier[-1])) \
            or swedish.which_of_them(reading, earlier[-1]) \
            or (_asked_there(reading, swedish.defined_term(earlier[-1])) if swedish.intent_of(earlier[-1]) == "what" else "") \
            or (swedish.what_of_it(reading, dated) if dated else "") \
            or (swedish.counted_of_them(reading, counted) if counted else "") \
            or swedish.said_of_it(reading, swedish.summary_topic(earlier[-1]) or swedish.summary_topic(anchor)
                                     or swedish.named_under(earlier[-1]) or swedish.examples_asked_of(earlier[-1])) \
            or swedish.needs_of_it(reading, swedish.summary_topic(earlier[-1]) or swedish.defined_term(earlier[-1])) \
            or swedish.object_of_it(reading, swedish.defined_term(earlier[-1]) if swedish.intent_of(earlier[-1]) == "what"
                                    # ("När infördes Cosmic och vad innebär det?": the thing dated)
                                    else swedish.dated_thing(earlier[-1]) if swedish.intent_of(earlier[-1]) == "date"
                                    else swedish.possessed_thing(earlier[-1]) or swedish.defined_term(earlier[-1])) or reading
    if anchor and swedish.bare_why(reading) and (why_of := swedish.summary_topic(earlier[-1])
                                                  or (swedish.defined_term(earlier[-1])
                                                      if swedish.intent_of(earlier[-1]) == "what" else "")):
        reading = f"Varför {why_of}?"  # "Vad står det i planen om inhyrd personal?" + "och varför då?"
        # ("Vad betyder nära vård?" + "Varför gör regionen det?": why nära vård)
    elif anchor and swedish.names_no_thing(swedish.topic_words(reading).strip(" ?").split()) \
            and (counted_of := swedish.topic_words(earlier[-1]).strip(" ?")):
        # "hur många kommuner hade medborgardialog …?" + "varför inte alla?": of what was counted (as the part of one
        # question is read: "…, och varför inte i alla?")
        reading = f"{reading.rstrip(' ?')} – {counted_of}?"
    if anchor and not swedish.asks_comparison(reading):
        renamed = other_name(anchor, reading, metas, vocabulary)  # "och i Barnarenan då?" after "När beslutade SVOM …?"
        if renamed:
            reading = anchor = renamed
        # "och i Jämtland Härjedalen då?" asks the same of another region
        swapped = other_region(anchor, reading, metas, _thread_region(earlier, metas, common)[0])
        rest = swedish.topic_words(swedish.without_swap_words(_without_regions(reading, metas))).strip(" ?").split()
        said = [swedish.fold(w) for w in re.findall(r"\w+", anchor.lower())]
        if swapped != anchor and all(any(a.startswith(swedish.fold(w.lower())) for a in said) for w in rest):
            # nothing asked but the region (or the earlier question's own thing again: "Vad skiljer Norrbottens målbild
            # från Västernorrlands?" + "och Jämtland Härjedalens målbild då?"): the earlier question, for this region,
            # read as plainly as it was
            # ("Vad heter målbilden i …?" as "Vad är målbilden i …?")
            reading = read_plainly(swapped)[0]
            asked_again = reading  # (its parts too: "Hur togs målbilden fram … och när antogs den?" + "och i Jämtland då?")
            last = earlier[-1]
            if anchor != last and anchor.endswith(last) and swedish.points_back(last) and not named_in(last, metas)[1] \
                    and (new := [r for r in named_in(swapped, metas)[1] if r not in named_in(anchor, metas)[1]]):
                # "vad är målbilden hos oss?" + "vad betyder ökad kontinuitet i den?" + "och i västernorrland då?": the
                # last question, asked of the other region's (the first one is searched with it)
                # (what a label means, asked of a region that may not use the label: "ökad kontinuitet" is what
                # Västernorrland says of "kontinuitet")
                term = swedish.defined_term(last) if swedish.intent_of(last) == "what" else ""
                core = re.sub(r"^(?:ökad|ökat|ökade|stärkt|stärkta|mer|bättre|fler)\s+", "", term, flags=re.I)
                # ("Vad har Jämtland Härjedalen för målbild?" + "vem ansvarar för det?" + "och i Norrbotten då?": who is
                # responsible for the other region's målbild)
                owned = _without_regions(swedish.topic_words(earlier[-2]), metas).strip(" ?") \
                    if len(earlier) >= 2 and swedish.responsibility_of_earlier(last) else ""
                reading = asked_again = f"Vad står det om {core} i {new[0]}?" if core else \
                    f"Vem ansvarar för {owned} i {new[0]}?" if owned else f"{last.rstrip(' ?')} – i {new[0]}?"
        elif swapped != anchor and (new_place := [r for r in named_in(swapped, metas)[1]
                                                  if r not in named_in(anchor, metas)[1]]) \
                and (there := swedish.made_there(reading, earlier[-1], new_place[0])):
            reading = asked_again = there  # "… när man tog fram målbilden …?" + "hur gjorde de i västernorrland då, …?"
        anchor = swapped
    # ("vad förväntas av mig som ledare?" too, unless it asks more: "… Säger strategin och planen samma sak?")
    unquoted = swedish.without_named_texts(reading)
    role_follow_up = bool(role) and (follow_up or swedish.means_for_me(unquoted) or swedish.asks_if_touched(unquoted)
                                     or (swedish.expected_of_me(unquoted)
                                         and swedish.intent_of(reading) in ("lookup", "summary")
                                         and not swedish.asks_likeness(swedish.without_what_changes(reading))))
    if role_follow_up and anchor and swedish.asks_work(reading) and not swedish.means_for_me(unquoted):
        # "… vilka är de? || Finns det nån lista på vad vi chefer ska jobba med för att få till dom?": the earlier
        # topic's list of what to work with, whoever asks
        role_follow_up = False
    if role_follow_up and swedish.asks_meaning_of_quoted(reading):
        # "… || ok men vad betyder 'ökad kontinuitet' i jämtlands målbild, för oss i hemsjukvården alltså": what the
        # quoted term means, which the documents say to no role in particular
        role_follow_up = False
    if role_follow_up and swedish.says_why(reading) and not swedish.means_for_me(unquoted) \
            and not swedish.asks_for_me(unquoted):
        # "… Forskarskolan …? || Och varför tycker de att det är viktigt att vi medarbetare meriterar oss vetenskapligt?":
        # the reason the document gives, which staff are the subject of, not what it says to staff
        role_follow_up = False
    own_question = swedish.role_own_question(reading) if role_follow_up and anchor else ""
    if own_question:  # "… för mig som sjuksköterska, vilka digitala funktioner har vi?": that question, in the thread
        role_follow_up, reading = False, own_question
    search = f"{anchor} {reading}".strip() if anchor else reading
    turned = swedish.turns_to(reading) if anchor else ""
    # ("… det nya sjukhuset i kiruna …? || står det nåt om läkemedel överhuvudtaget i samma plan?": a thing of its own
    # asked of the same documents)
    own_mention = swedish.asked_mentioned(reading) if anchor and not role_follow_up else ""
    # (or what a document says of a name the thread never said: "… sjukhuset ska rivas …? || ok. och vad säger planen
    # om Cosmic som vi ska börja med?")
    own_mention = own_mention or (swedish.name_asked_of_document(reading) if anchor and not role_follow_up else "")
    # (a thing named in a word or two, not a statement: "… om att kvinnor och män påverkar klimatet olika?")
    own_mention = own_mention if own_mention and len(own_mention.split()) <= OWN_MENTION_WORDS \
        and not own_mention.lower().startswith("att ") and not swedish.points_back(own_mention) and not any(
        swedish.mentions(anchor, w) for w in swedish.content_words(own_mention).split() if len(w) > 3) else ""
    if (turned and not swedish.mentions(anchor, turned)) or (anchor and swedish.asks_other_regions(reading)) or (
            anchor and not role_follow_up and swedish.self_contained(reading) and not swedish.ordinal_in(reading)) \
            or own_mention or own_asked:
        # "och hur är det med egenmonitorering, ska vi börja med det?": its own thing, not the earlier one
        # ("… || finns det liknande målbilder i andra regioner?": not the region talked of)
        # ("Och när regionen ska väga olika hållbarhetsmål mot varandra – finns det något som enligt planen alltid ska
        # gå först?": a follow-up that says all it asks itself, after a question on fair work between women and men)
        # (within the documents the earlier question named: "… Norrbottens nära vård-strategi …? || Och anhöriga då – …?")
        # (unless it names its own: "Och i nämndens verksamhetsplan – vad vill de göra åt alla hyrläkare …?")
        search = " ".join([reading, *(said for d in named_in(anchor, metas, common)[0] if d in metas
                                      and (said := kind_word(anchor, metas[d])) and said.lower() not in reading.lower()
                                      and not named_in(reading, metas, common)[0])])
    # (not what others wonder, before a question that says all it asks itself: "Patienterna undrar varför de måste åka
    # till Sunderbyn … . Står det i nämndens plan att alla sjukhusorter ska ha samma mottagningar?")
    # (a follow-up's own statement too: "I samma avsnitt hittar jag två olika perioder för de prioriterade målen. Vilka
    # årtal står det …?" – what it asks of stands there, not in the earlier question)
    context = "" if english else swedish.preamble_context(masked)
    if context and swedish.self_contained(reading) and swedish.reports_others(context):
        context = ""
    if not context and not english and not follow_up and not role and preamble and swedish.points_back(reading) \
            and len(reading.split()) <= SHORT_POINTING_QUESTION:
        # "Jag jobbar i Pajala och har en äldre patient som helst vill prata sitt modersmål med oss. Har hen rätt
        # till det?": what "det" is stands in what the asker's patient needs
        context = swedish.asker_problem(spelled(preamble))
    if not context and not english and not follow_up and preamble and swedish.points_back(swedish.without_expletive(reading)):
        # "… och vi har börjat prata om patientkontrakt. Är det något Norrbotten har hittat på själva …?"
        context = swedish.asker_talks_of(spelled(preamble))
    if not context and not english and not follow_up and preamble:
        # "Jag jobbar i receptionen … och får ta emot frustration från patienter som skickas fram och tillbaka …. Tar
        # planen upp det problemet?": the problem is what the asker told they meet
        context = situation_pointed_at(preamble, reading)
    if talked and not english and not follow_up and swedish.points_back(reading) and talked not in context:
        # "… vi har snackat om att låta patienterna väga sig och ta blodtrycket själva hemma … . Står det nåt i nämndens
        # plan om att sånt ska byggas ut?": what "sånt" is, beside where the asker works
        context = f"{context} {talked}".strip()
    # ("Två frågor om nämndens uppdrag för 2025–2027: …": each part asks of that, and so is the whole searched)
    scope = "" if english else swedish.questions_about(masked)
    context = " ".join(x for x in (context, scope) if x)
    # (nor a statement the question already says again: "Många patienter klagar på att de måste dra hela sin historia
    # … . Står det nåt om det?" is read "Står det nåt om att de måste dra hela sin historia …?"; its "klagar" is no topic)
    told_again = re.search(r"\batt\s+(.{20,}?)[.!]?\s*$", context) if context else None
    if told_again and told_again.group(1).lower() in reading.lower():
        context = ""
    if context and context not in search:  # "Min pappa har dåligt hjärta. Kan han mäta …?": the heart is searched too
        search = f"{search} {context}"
    # (where the asker works is no topic: "… som undersköterska på ett särskilt boende?")
    own = swedish.own_topic(swedish.without_workplace(reading)) if role else ""
    own = " ".join(w for w in own.split() if w.lower() != role)  # "… som skolsköterska?": the role, no topic
    # (nor the owner of the document asked of: "Vad i nämndens verksamhetsplan är viktigast för mig?")
    own = " ".join(w for w in own.split() if not swedish.owns_document(w, reading))
    # (nor the word that qualifies the role: "… för mig som medicinsk sekreterare?")
    qualifier = re.search(rf"\bsom\s+(\w+)\s+{re.escape(role)}", reading, re.I) if own and role else None
    own = " ".join(w for w in own.split() if not (qualifier and w.lower() == qualifier.group(1).lower()))
    # ("vad förväntas av mina medarbetare i nära vård enligt strategin?": the whole transition and the document asked
    # of are no topic of their own)
    if own and re.search(r"\bi\s+nära\s+vård\b", reading, re.I):
        own = " ".join(w for w in own.split() if w.lower() not in ("nära", "vård") and not swedish.names_only_documents(w))
    if own and anchor and vocabulary and not any(swedish.names_role(w, vocabulary) for w in own.split()):
        own = ""  # "… för mig som jobbar med hemrehab?": a word no document uses says what the asker does, not a topic
    told_places = [w for t in told_before if t for w in swedish.workplace_words(spelled(t))]  # (earlier preambles')
    works_at = [*swedish.workplace_words(text), *(swedish.workplace_words(spelled(preamble)) if preamble else []),
                *told_places]
    if works_at and (named_we := swedish.we_named(reading, works_at[0])):
        # "Jag är barnmorska på en mödravårdscentral … Finns vi med någonstans i strategin …?": "vi" is the workplace
        reading = search = named_we
    if own and swedish.names_only_documents(own):
        # "jobbar som tandhygienist på folktandvården, finns det nåt i nämndens plan som rör oss?": the plan is where to
        # look; the topic is the part of care the asker works in
        own = next((care for w in works_at if (care := swedish.workplace_care(w))), "")
    told = ""
    if role and not own and preamble:  # "Jag är enhetschef … och har svårt att få tag på folk. Vad säger det om min del?"
        own = told = swedish.asker_problem(preamble)
    if role_follow_up:  # a follow-up that names its own topic searches that, not the earlier question
        search = f"{(own if anchor else '') or swedish.thing_dated(anchor) or reading} {swedish.role_topic(role)} {role}".strip()
        # ("… när det gäller barn och unga": within the earlier topic; or what the asker's preamble says they do,
        # "tar emot konsultfrågor från hälsocentralerna", within the earlier topic)
        # (or a noun for what the earlier question told was done: "vad ska bytet leda till?" of the journal system)
        if own and anchor and (swedish.narrows(reading) or told or swedish.names_earlier_event(own, anchor)):
            search = f"{own} {swedish.topic_words(anchor)} {role}"
        if anchor and not own and vocabulary and swedish.intent_of(anchor) == "summary" \
                and not swedish.names_role(role, vocabulary):
            # "vad står det om tandvården …?" -> "jag är tandsköterska, vad blir annorlunda för mig?": the documents
            # never name the role, so the answer is what they say of the topic; the staff words would only pull
            # in what is said to all staff
            search = anchor
    # A follow-up's kind of answer comes from its own words; its topic from the history.
    intent = swedish.intent_of(reading, role_follow_up=role_follow_up)
    # (a "which" after a preposition relates, asks for no list: "Does the strategy set a target year by which …?")
    if english and (intent == "lookup" or (intent == "list" and re.search(r"\b(?:by|in|for|of|through|during|within|until)"
                                                                         r"\s+which\b", text, re.I))) \
            and swedish.yes_no_asked(text):
        intent = "yesno"  # "And has their attitude changed over time?" (its Swedish reading loses the "has")
    # "och i Jämtland då?" asks what the earlier question asked; "vad ska nämnden göra med den?" asks its own
    # (a why, wherever it stands, is never a count or a date: "o det i kiruna ska rivas har jag hört, varför då?")
    if follow_up and intent == "lookup" and not swedish.ordinal_in(reading) and not swedish.asks_own(reading) \
            and not swedish.says_why(reading) and not own_asked \
            and not swedish.asks_next(reading) \
            and not swedish.self_contained(reading) \
            and not swedish.asks_whether_also(reading) \
            and not swedish.asks_relation(reading) and not swedish.asks_part_of(reading) \
            and not swedish.yes_no_of_own(reading):  # (nor one that says all it asks: "Och i nämndens plan – vad vill …?")
        # (nor how the thing relates to another: "Vem har fastställt målbilden …? || hur hänger den ihop med RUS?")
        # "och sen då?" after a date question asks for what came next, not a date
        intent = swedish.intent_of(f"{anchor} {reading}")
    if intent == "what" and swedish.meant_statement(reading):
        # "Vad menas med att primärvården ska vara 'första valet' även för psykisk hälsa?": the sentence that says it and
        # what its paragraph goes on to say, not a definition of the words
        intent = "lookup"
    if intent == "what" and follow_up and swedish.asks_meaning_for(reading):
        intent = "lookup"  # "vad innebär det för regionens verksamheter?": what the thing talked of means for them
    if intent == "list" and swedish.asks_affected(reading):
        intent = "lookup"  # "Which parts of the organisation will be affected by it?": whom it touches, said in a sentence
    wanted = tuple(d for d in (documents or ()) if d in metas)
    named, regions = named_in(f"{anchor} {reading}", metas, common)
    # (what the question itself names, beside its thread)
    own_named, own_regions = named_in(reading, metas, common) if anchor else ((), ())
    if own_regions and len(regions) > len(own_regions) and not swedish.asks_comparison(reading) \
            and not swedish.asks_likeness(reading):
        # ("… Norrbotten …? || … i västernorrland …? || vilka punkter har deras målbild?" read "… Västernorrlands
        # målbild": the region the question itself names, not those of the thread beside it)
        named = tuple(d for d in named if d not in metas or not metas[d].region or metas[d].region in own_regions)
        regions = own_regions
    if len(own_named) >= 2 and set(own_named) < set(named):
        # ("när beslutades norrbottens målbild …?" + "vad står det om glesbygd i strategin och i nämndens plan?": the
        # two documents the question names, not the målbild of the thread beside them)
        named = own_named
    whose = swedish.asks_whose_region(reading)
    if whose:
        named, regions = (), ()  # "… – är det vår Norrbottenmålbild eller någon annan regions?": asked of every region
        reading, search = swedish.without_whose_region(reading), swedish.without_whose_region(search)
    moved = other_document(anchor, reading, metas) if follow_up and not swedish.asks_comparison(reading) else ()
    if follow_up and not moved and not swedish.asks_comparison(reading) and not named_in(anchor, metas)[0] \
            and len(switched_to := named_in(reading, metas)[0]) == 1 and _names_only(switched_to[0], reading, metas):
        # ("ge exempel på vad vi ska jobba med inom öppnare vårdformer" + "och vad säger verksamhetsplanen om samma
        # sak?": the earlier question named no document, the thread's topic is asked of the one this names)
        moved = switched_to
    if moved:  # "… i strategin?" + "och hur beskriver verksamhetsplanen samma sak?": the same, in the plan
        named, wanted = moved, wanted or moved
        said, topic = kind_word(reading, metas[moved[0]]), _topic_without_documents(anchor, metas)
        topic = re.sub(r"^(?:inom|i|om|för|med|under|kring|angående)\s+", "", topic, flags=re.I)
        # (the document named with its owner: "Står det något om det i nämndens verksamhetsplan också?")
        # (in a thread only: a preamble's statement is no turn – "… träffar många kvinnor med klimakterie besvär. Nämns
        # det över huvud taget i nämndens verksamhetsplan?" asks whether the plan names them)
        bare = _without_owner(reading, said) if said and not leans else reading
        if said and topic and not swedish.topic_words(swedish.without_same_thing_words(bare.replace(said, " "))).strip(" ?"):
            reading, intent = f"Vad säger {said} om {topic}?", "summary"
            search = f"{reading} {search}"
    # (or said in an earlier turn: "Jag är familjebehandlare på familjecentralen …" + "har tandvården nån roll hos oss?")
    # (only when this turn itself says "hos oss"/"finns vi", not the earlier question it is read with, nor a "vi" that
    # does something: "… om Cosmic som vi ska börja med?")
    workplace = [w for w in (swedish.workplace_words(masked) or (told_places if swedish.says_our_place(text) else []))
                 if w.lower() not in search.lower()] if not english else []
    # (an "oss" after a verb is who is given something, not where: "… det som ska ge oss rätt förutsättningar?")
    if workplace and swedish.says_we(reading) and not swedish.we_only_as_how(reading) \
            and not swedish.we_in_role(reading):
        # "Jag är klinikchef inom folktandvården i Kalix. Ska vi också vara med i samverkan …?": "vi" is where
        # the asker works, searched with the question
        search = f"{search} {' '.join(workplace)}"
    # (or the region of the place the asker works in, said before the question or in it: "Jag har precis börjat
    # på hälsocentralen i Kalix … en gemensam målbild för hela länet. När bestämdes den?")
    # ("I work in home care in Jämtland. What is … in our målbild?": in English too)
    home = _home_region(preamble, metas) if not regions else ""
    # ("… working at the health centre in Strömsund … Is there a shared vision … in this county?": its preamble's town)
    town = swedish.region_of_places(preamble if english else f"{preamble} {reading}") if not regions and not home else ""
    ours = swedish.says_ours_in_english(text) if english else swedish.says_ours(reading)
    # (or the preamble says it: "Jag är kommunikatör på Region Jämtland Härjedalen och ska ta fram material om vår
    # gemensamma målbild. Ska jag lyfta fram uttrycket nära vård i materialet …?")
    ours = ours or (bool(home or town) and not english and swedish.says_ours(preamble))
    # ("Jag … i Örnsköldsviks kommun. Min chef sa att kommunen ska anta en målbild …": the municipality's region)
    ours = ours or (bool(town) and not english and swedish.says_own_municipality(f"{preamble} {reading}")
                    and bool(swedish.places_named(preamble)))
    # ("Jag kom nyss från Region Västernorrland. Hur tog de fram sin målbild där …?": there, where the asker came from)
    there = bool(home) and not english and swedish.points_there(reading)
    if (home or town) and (ours or there or swedish.asks_each_regions_own(reading)) and not whose:
        # "jag jobbar i en kommun i Västernorrland och undrar vilken strategi vår målbild …": the asker's
        # region is the "vår" of the question (searched too when the asker names it; a town only scopes)
        alone = named
        named, regions = named_in(f"{anchor} {reading} i {home or town}", metas, common)
        if alone and all(d in metas and metas[d].region == (home or town) for d in alone):
            # (the documents the question names, when they are the region's: "Hur vill den länsgemensamma strategin
            # respektive nämndens verksamhetsplan att vi …?" asks of no målbild "… i Norrbotten")
            named = alone
        # (searched too, unless the question names the region's documents itself: "… i Östra Norrbotten och vi kör
        # ofta in äldre … Hur beskriver nämndens plan att …?" asks the plan, not every Norrbotten text)
        search = f"{search} {home}" if home and not (alone and named == alone) else search
    talked_of, by_name = _thread_region(earlier, metas, common, asker_home or asker_town) if not regions else ("", False)
    if not talked_of and (asker_home or asker_town) and not regions and named and _by_kind_only(named, reading, metas):
        # ("… MAS i en kommun i jämtland. vad är svom …?" + "nar beslutades målbilden": Jämtland Härjedalen's)
        talked_of = asker_home or asker_town
    if named and talked_of and not regions:
        # "målbilden" in a thread about Jämtland Härjedalen is its målbild, not the one document whose kind is
        # "målbild" (Norrbotten's brochure): the thread's document its title names so
        stems = {w.lower()[:KIND_STEM_LETTERS] for d in named if d in metas
                 for w in [kind_word(f"{anchor} {reading}", metas[d])] if w}
        theirs = tuple(n for n, m in metas.items() if m.region == talked_of and any(t in m.title.lower() for t in stems))
        named = theirs or named
    if named and any(d in metas and metas[d].region != talked_of for d in named):
        talked_of = ""  # a document of another region (or of none) named: the question's own
    # (a follow-up too, when the question it leans on named no region itself, its own region having come from the
    # thread: "… Jämtland Härjedalen …" + "när beslutades målbilden?" + "vem ansvarar för det?")
    if talked_of and (not follow_up or (anchor and not named_in(anchor, metas, common)[1]
                                        and not swedish.region_only(reading))):
        # "vad är målbilden i jämtland härjedalen" -> "vad betyder ökad kontinuitet konkret för brukaren?": the
        # conversation is about that region's documents until a question names another
        regions = (talked_of,)  # (the region, not a document whose title happens to end "i Norrbotten")
        # (searched too when the conversation named it, unless the question names a document of it: "målbilden"
        # of a Norrbotten thread is Norrbotten's; a thread on one of its documents only scopes)
        search = f"{search} {talked_of}" if by_name and not named else search
    # (or a question of its own set beside the thread: "Hur togs Norrbottens målbild fram i jämförelse?")
    if (follow_up or earlier) and len(regions) == 1 and swedish.compared_with(reading):
        # "Vad är SVOM …?" (a Jämtland Härjedalen preamble) + "Jämför med hur Norrbotten tog fram sin målbild": the
        # region the thread (or the asker) is in, beside the one named
        thread = _thread_region(earlier, metas, common, asker_home or asker_town)[0] or asker_home or asker_town
        if thread and thread not in regions:
            regions, intent = (*regions, thread), "comparison"
    pair = swedish.contrast_terms(reading) if intent == "contrast" else None
    # "Skiljer sig riktningsförändringarna i strategin från dem i nämndens verksamhetsplan?": the same thing in two
    # documents, each document's compared
    same_in_other = bool(pair) and re.match(r"^(?:dem|dom|de|den|det|samma|densamma|dessa)\s+(?:i|hos|enligt)\s+\S", pair[1], re.I)
    if pair and len(regions) == 1:  # "… mellan målbild och färdplan i Jämtland Härjedalen": the region scopes both
        pair = tuple(swedish.without_region_scope(term, regions) for term in pair)
    if pair:  # "… primärvårdens roll från den specialiserade vårdens roll i omställningen enligt strategin"
        pair = tuple(swedish.contrast_side(term, lambda w: any(kind_word(w, m) for m in metas.values())) for term in pair)
    other = re.search(r"\b(?:skiljer|skilja|skillnad\w*)\b.*?\b(?:från|mot|jämfört med|from)\s+(?P<b>[^?]+?)\s*\??$", reading, re.I)
    if follow_up and other and not pair:
        subject = swedish.topic_words(earlier[-1]).strip(" ?")
        if subject:
            intent, pair = "contrast", (subject, other["b"].strip())
    if len(regions) >= 2 and (pair or intent == "contrast"):
        # ("jämför målbilden i jämtland härjedalen med den i västernorrland" after "vad skiljer …?": no two
        # concepts, two regions)
        intent, pair = "comparison", None
    elif pair and len(named) >= 2 and (same_in_other or all(_whose(side, named, metas) for side in pair) or (
            _each_names_one(pair, named, metas) and (swedish.describes(reading) or swedish.on_topic(reading)
                                                     or bool(swedish.things_compared(reading))))):
        # "Skiljer sig strategins och verksamhetsplanens beskrivning av X åt?", "Jämför hur länsstrategin och
        # nämndens verksamhetsplan beskriver X": what each document says is compared
        intent, pair = "comparison", None
    elif intent not in ("contrast",) and len(regions) >= 2:
        intent = "comparison"  # two regions named: each is answered in its own row
    elif intent not in ("contrast",) and len(named) >= 2 and (swedish.asks_comparison(reading) or (
            intent == "yesno" and swedish.asks_likeness(reading))):
        intent = "comparison"  # ("Är riktningsförändringarna i nämndens plan samma som i strategin?": each one's, in rows)
    elif intent == "lookup" and swedish.asks_comparison(reading):
        intent = "comparison"
    elif intent in ("summary", "lookup", "list") and len(named) >= 2 and not role and swedish.both_documents_asked(reading):
        # "Hur ska folk i glesbygden få vård nära sig, enligt strategin och verksamhetsplanen?": what each says
        intent = "comparison"
    # ("Vad säger dokumenten om rehabilitering?": the documents as a whole are where to look, not what)
    search = swedish.without_the_documents(search) or search
    first_place, first_asked = swedish.place_and_asked(text) if swedish.place_then_asked in rewrites else ("", "")
    # (each part asked of the place, unless it is a region, which the thread carries: "och tandvården då, hur många
    # mottagningar och hur många är privata?" -> "… i tandvården?" twice)
    first_place = "" if named_in(first_place, metas)[1] else first_place
    return Query(text=text, reading=reading, search=search, intent=intent, history=tuple(earlier), documents=wanted,
                 named_documents=named, regions=regions, contrast=tuple(pair or ()), role=role, own_topic=own,
                 follow_up=follow_up, english=english, personal_data=personal,
                 # ("och i Västernorrland då, vem antar deras målbild och när skulle det ske?": the parts of what it asks
                 # of the place it names first)
                 # (an English "Who decided on it and when?" by its Swedish reading, "vem beslutade den och när?")
                 parts=_parts(asked_again or first_asked or swedish.name_then_asked(text) or (where if not english else "")
                              or (reading if english and swedish.asks_who_and_when(reading) and swedish.points_back(reading)
                                  else "")
                              or text, scope or first_place),
                 thread_region=talked_of if talked_of and not follow_up and regions == (talked_of,) else "",
                 workplace=tuple(dict.fromkeys(works_at)),
                 asker_region=owner or ("" if english else
                                        (swedish.region_of_places(preamble) if preamble else "") or asker_town),
                 where_asked=bool(where),
                 # ("sammanfatta det kort", "Can you summarise that in three bullet points?" after a conversation of
                 # several turns: what each turn was answered, in brief)
                 summed_turns=tuple(spoken) if len(spoken) >= THREAD_SUMMARY_TURNS and (
                     swedish.only_summary_request(text) or swedish.only_summary_request(asked)
                     or swedish.only_summary_request(reading)
                     # ("kan du sammanfatta det kort så jag kan ta det på APT": what it is for is no topic)
                     or swedish.only_summary_request(swedish.without_answer_shape(text))) else (),
                 sentences=swedish.sentences_asked(masked))


def _thing_asked_of(turn: str, metas: Mapping[str, DocumentMeta], with_region: bool = True) -> str:
    """The one thing a turn asked of ("Vad är SIP?", "Vad säger strategin om egenmonitorering?", "Finns det mobila team
    …?"), with the region it asked of ("Vad är målbilden i Jämtland Härjedalen?" -> "målbilden i Jämtland
    Härjedalen"), or ""."""
    thing = (swedish.defined_term(turn) or swedish.asked_mentioned(turn) or swedish.asked_exists(turn)
             or swedish.summary_topic(turn) or swedish.reverse_thing(turn))
    if swedish.points_back(thing):
        return ""  # ("Var i … strategi passar det in?": its thing is a statement before it, not named)
    regions = named_in(turn, metas)[1]
    if thing and with_region and len(regions) == 1 and not named_in(thing, metas)[1]:
        thing = f"{thing} i {regions[0]}"
    return thing


def _asked_there(reading: str, named: str) -> str:
    """A follow-up's "där" as the thing named before, what one can do in a service asked as its functions ("vad är Min
    vård Norrbotten?" + "vad kan man göra där?" -> "Vilka funktioner finns i Min vård Norrbotten?"), or ""."""
    there = swedish.done_there(reading, named)
    return (swedish.functions_of(there) or there) if there else ""


def _asks_its_own(reading: str, fronted: tuple[str, str], earlier: Sequence[str], metas: Mapping[str, DocumentMeta],
                  common: frozenset[str], asked_from: bool = False, english: bool = False) -> bool:
    """Whether a question after others asks its own question: a new topic said first and then a whole question of it
    ("… barn och ungas psykiska mående? || och självmord då, vilka grupper pekas ut som mest utsatta?", `fronted` being
    the topic and the question as typed), or a place the thread never asked of with a question of its own ("… om
    arbetsmiljön …? || och vad händer med kiruna sjukhus, när ska vi flytta in i det nya?"; not when `asked_from` a
    role or a preamble leaned on)."""
    if not earlier:
        return False
    said = " ".join(earlier)
    topic, asked = fronted
    if topic and not any(swedish.mentions(said, w) for w in topic.split() if len(w) > 3) \
            and not any(named_in(topic, metas, common)) and not swedish.points_back(asked) \
            and not re.search(r"\b(?:dom|de|dem|sin|sitt|sina|deras|där|dit|samma)\b", asked, re.I) \
            and len(swedish.topic_words(asked).split()) >= OWN_QUESTION_TOPIC_WORDS:
        return True
    # (or a first sentence that names new things the thread never said and points back to nothing, however it is led in:
    # "… || Och måste jag kunna bemöta patienter på samiska? Vad står det om det?" – "det" is its own first sentence's;
    # not an English one, whose words left in English point back unread: "Which parts … will be affected by it …?")
    first = (swedish.question_sentences(reading) or [reading])[0]
    new_words = [w for w in swedish.topic_words(first).split() if len(w) >= OWN_TOPIC_WORD_LETTERS]
    # (a whole question: its asking word or verb first; not a bare place, "och under öppnare vårdformer?", which asks
    # the earlier question of it)
    if not asked_from and not english and swedish.whole_question(first) and len(new_words) >= OWN_QUESTION_TOPIC_WORDS \
            and not swedish.points_back(first) \
            and not any(swedish.mentions(said, w) for w in new_words) and not any(named_in(first, metas, common)):
        return True
    # (or who made or when was made the one document it names: "… || vad är skillnaden mellan patientkontrakt och SIP? ||
    # och vem har tagit fram strategin?" asks of the strategy, not of the two things compared)
    if not english and swedish.whole_question(first) and not swedish.points_back(first) \
            and swedish.intent_of(first) in ("who", "date") and len(named_in(first, metas, common)[0]) == 1 \
            and not [w for w in new_words if not swedish.names_only_documents(w)]:
        return True
    places = [p for p in swedish.places_named(reading) if not swedish.mentions(said, p)] if not asked_from else []
    # (not "det i kiruna", the earlier thing there: "Hur många sjukhus …? || o det i kiruna ska rivas har jag hört, …?";
    # nor one pointing back: "jag är tandhygienist … i Gällivare – vad innebär det här för oss?", "det nya" is the new one)
    return bool(places) and not swedish.points_back(re.sub(r"\b(?:det|den)\s+(?:nya|gamla)\b", " ", reading, flags=re.I)) \
        and not any(re.search(rf"\b(?:det|den|de|dom)\s+(?:i|på|uppe\s+i)\s+{re.escape(p)}", reading, re.I) for p in places) \
        and len([w for w in swedish.topic_words(reading).split()
                 if not any(swedish.mentions(w, p) for p in places)]) >= OWN_PLACE_TOPIC_WORDS


def _parts(text: str, scope: str) -> tuple[str, ...]:
    """The questions a question holds, each asked of the scope said before them ("Två frågor om nämndens uppdrag: …"),
    or () for one question (a request for how to answer is no part: "Varför …? Ge mig skälen kort."; nor "När i så
    fall?")."""
    # ("Kan du sammanfatta hur X tog fram sin målbild och vad den landade i?": the questions the request asks)
    parts = swedish.question_parts(swedish.without_format_request(text) or swedish.asked_if_so(text)
                                   or swedish.told_asking(text) or text)
    if len(parts) < 2:
        return ()
    return tuple(f"{p.rstrip(' ?')} i {scope}?" if scope and not swedish.mentions(p, scope.split()[0]) else p
                 for p in parts)


# How a question is put, read as the plain question it asks; each stage returns "" (or the text unchanged) when
# it does not apply, and each reads what the stages before it made.
READING_STAGES: tuple[Callable[[str], str], ...] = (
    swedish.without_format_request,  # "Vad menar planen med X – kan du sammanfatta det kort?" -> "Vad menar planen med X?"
    swedish.without_even,         # "Nämns servicepunkter ens i strategin?" -> "Nämns servicepunkter i strategin?"
    swedish.how_defined,          # "Hur definierar planen en hälsofrämjande vård?" -> "Vad menas med hälsofrämjande vård i planen?"
    swedish.timeline_asked,       # "ge mig en tidslinje för målbildsarbetet i X" -> "Hur togs målbilden fram i X?"
    swedish.without_answer_shape,  # "Kan du sammanfatta planen i fem punkter?" -> "Kan du sammanfatta planen?"
    swedish.mention_after_named,  # "och SIP, nämns det nånstans?" -> "Nämns SIP nånstans?"
    swedish.asked_of_there,       # "Och planen då – står det något om rehab där också, …?" -> "Står det något om rehab i planen?"
    swedish.asked_if_so,          # "Antogs X och Y ungefär samtidigt? När i så fall?" -> "När antogs X och Y?"
    swedish.began_to_exist,       # "när började nämnden finnas?" -> "när inrättades nämnden?"
    swedish.hearsay_checked,      # "Hörde på fikat att X, stämmer det?" -> "Stämmer det att X?"
    swedish.seen_then_asked,      # "Norrbotten verkar ha X – står det något om Y i Västernorrland?" -> the question
    swedish.statement_then_asked,  # "det står att X, vem ansvarar för det?" -> "vem ansvarar för att X?"
    swedish.done_then_when,       # "X var med och beslutade om Y. När var det?" -> "När X var med och beslutade om Y?"
    swedish.odd_then_why,         # "Konstigt att X, varför har dom valt det?" -> "Varför X?"
    swedish.quoted_section_summed,  # "… heter "Våra varför". Vilka skäl tar det upp?" -> "Sammanfatta avsnittet 'Våra varför'"
    swedish.quoted_section_pointed,  # "… heter 'Våra varför'. Vad …, enligt det avsnittet?" -> "…, enligt avsnittet 'Våra varför'?"
    swedish.without_if_so_where,  # "Nämns X i planen, och i så fall i vilket sammanhang?" -> "Nämns X i planen?"
    swedish.who_is_it,            # "Vem hanterar X – ligger det på nämnden?" -> "Hanterar nämnden X?"
    swedish.without_vaguer_again,  # "Hur beskrivs X i Y – vad ska personen själv uppleva?" -> "Hur beskrivs X i Y?"
    swedish.others_wonder,        # "Personalen undrar varför X – vad är tanken bakom det enligt Y?" -> "Varför X enligt Y?"
    swedish.without_denied,       # "… – alltså inte A, utan B?" -> "… – B?"
    swedish.without_talked_of,    # "… den där gemensamma planen dom pratar om?" -> "… den där gemensamma planen?"
    swedish.without_own_clause,   # "jag kommer sitta med på SIP-möten, står det nåt om SIP?" -> "står det nåt om SIP?"
    swedish.meant_quality,        # "Vad menar planen med att vården ska vara hälsofrämjande?" -> "Vad menas med hälsofrämjande vård …?"
    swedish.that_thing_named,     # "Hur beskrivs det där med kontinuitet …?" -> "Hur beskrivs kontinuitet …?"
    swedish.thing_with,           # "vad är grejen med Norrbottens målbild?" -> "vad är Norrbottens målbild?"
    swedish.without_guess,        # "var ska patienten se det, blir det i nån app?" -> "var ska patienten se det?"
    swedish.what_else_done,       # "vad mer ska folktandvården göra enligt nämnden?" -> "vad ska folktandvården göra …?"
    swedish.groups_on_topic,      # "Hur skiljer det sig mellan killar och tjejer när det gäller X?" -> "… om X hos …"
    swedish.workplace_named,      # "jobbar i ett mobilt team, nämns vi i strategin?" -> "nämns mobilt team i strategin?"
    swedish.difference_in_how,    # "Vad är skillnaden mellan hur X och Y tog fram …?" -> "Hur skiljer sig hur X och Y tog fram …?"
    swedish.pair_first,           # "X och Y – vad är det för skillnad …?" -> "Vad är skillnaden mellan X och Y …?"
    swedish.cleft_undone,         # "Vad är det enligt planen som gör att X?" -> "Vad gör att X enligt planen?"
    swedish.same_thing,           # "… om samma sak?" -> "… om det?"
    swedish.one_of_alternatives,  # "… X eller Y?" asked of one of them
    swedish.restated,             # "när började det hela, alltså när bestämdes det …?" -> the second asking
    swedish.clause_order,         # "vad syftet med målbilden är, …" -> "Vad är syftet med målbilden, …"
    swedish.kind_inside,          # "Vad säger planen om hur många X …?" -> "Hur många X … enligt planen?"
    swedish.told_asking,          # "Berätta kort hur X tog fram …" -> "Hur X tog fram …?"
    swedish.without_process_span,  # "Hur tog X fram Y, från underlag till beslut?" -> "Hur tog X fram Y?"
    swedish.came_to_in_goal,      # "Vad kom man fram till i målbilden …?" -> "Vad är målbilden …?"
    swedish.holds_until,          # "gäller den till ett visst år, typ 2030 …?" -> "Hur länge gäller den?"
    swedish.needed_for,           # "vilka X … behövs för att Y ska lyckas" -> "vilka X för Y …"
    swedish.responsibility_reading,  # "vad är nämnden ansvarig för?" -> "vad ansvarar nämnden för?"
    swedish.body_without_region,  # "Vad ansvarar nämnden i Norrbotten för?" -> "Vad ansvarar nämnden för?"
    swedish.purpose_asked,        # "Vilket syfte hade X med att ta fram sin målbild?" -> "Vad är syftet med målbild i X?"
    swedish.parts_of,             # "Hur många delar består målbilden av …?" -> what the målbild is: its lead and list
    swedish.quote_of_label,       # "Vilket av citaten hör ihop med ökad kontinuitet?" -> "Vad betyder ökad kontinuitet?"
    swedish.example_of_meaning,   # "finns det exempel på vad ökad kontinuitet betyder?" -> "Vad betyder ökad kontinuitet?"
    swedish.name_then_asked,      # "… nån slogan för X men jag hann inte skriva ner, vad hette den?" -> "Vad heter slogan för X?"
    swedish.motto_of,             # "Vilken slogan har målbilden …?" -> "Vad är målbilden …?"
    swedish.focus_on,             # "Vad har nämndens plan för fokus när det gäller nära vård?" -> "Vad säger nämndens plan om nära vård?"
    swedish.without_near_care_scope,  # "Vad har X för målbild när det gäller nära vård?" -> "Vad har X för målbild?"
    swedish.without_tie_to_near_care,  # "Vad säger planen om forskning kopplat till nära vård?" -> "… om forskning?"
    swedish.where_it_comes_in,    # "Var kommer vaccinationer in enligt nämndens plan?" -> "Vad säger nämndens plan om vaccinationer?"
    swedish.goals_themselves_compared,  # "Jämför övergripande mål i X:s och Y:s målbilder – …?" -> "Jämför X:s och Y:s målbilder"
    swedish.goals_compared,       # "hur skiljer sig deras strategier från X:s målbild?" -> "… deras målbild från X:s målbild?"
    swedish.which_it_has,         # "Vad har Min vård Norrbotten för funktioner?" -> "vilka funktioner har Min vård Norrbotten?"
    swedish.functions_of,         # "vad kan man göra i Min vård Norrbotten?" -> "vilka funktioner finns i Min vård Norrbotten?"
    swedish.what_it_has,          # "Vad har Jämtland Härjedalen för målbild?" -> "Vad är Jämtland Härjedalens målbild?"
    swedish.goal_contents,        # "vad innehåller västernorrlands målbild?" -> "vad är västernorrlands målbild?"
    swedish.goals_set,            # "vad är det för mål länet har satt upp?" -> "vad är länets målbild?"
    swedish.invested_in,          # "vad nämnden ska satsa på" -> "vilka inriktningar och uppdrag nämnden har"
    swedish.role_asked_of,        # "Vilken roll får skolan …?" -> "Vad står det om skolan …?"
    swedish.expected_of_thing,    # "Vad förväntas av tandvården …?" -> "Vad ska tandvården göra …?"
    swedish.said_to_do,           # "vad planen säger att vi i tandvården ska göra?" -> "vad ska tandvården göra enligt planen?"
    swedish.promised,             # "vad målbilden lovar oss som invånare" -> "vad målbilden säger"
    swedish.body_does,            # "vad gör nämnden?" -> "vad ansvarar nämnden för?"
    swedish.means_about,          # "vad innebär den om kontinuitet?" -> "vad säger den om kontinuitet?"
    swedish.described,            # "Hur lyfter X fram Y?" -> "Hur beskriver X Y?"
    swedish.term_asked_first,     # "svom vad är det" -> "vad är svom?"
    swedish.also_not_only,        # "gäller det även oss i Jämtland, eller bara Norrbotten?" -> "gäller det även oss i Jämtland?"
    swedish.place_then_asked,     # "å västernorrland då, hur tog dom fram sin" -> "… i västernorrland?"
    swedish.thing_then_asked,     # "och egenmonitorering, vart ska det införas?" -> "vart ska egenmonitorering införas?"
    swedish.starting_point,       # "Vad utgick arbetsgruppen ifrån när …?" -> "Vad var utgångspunkten för arbetsgruppen när …?"
    swedish.under_which,          # "Under vilken riktningsförändring hamnar SIP?" -> "Vilken riktningsförändring passar SIP?"
    swedish.counted_as,           # "vilka räknas som nationella minoriteter?" -> "vilka är nationella minoriteter?"
    swedish.how_to_cooperate,     # "Hur ska kommunen och regionen samverka …?" -> "Vad står det om samverkan mellan …?"
    swedish.said_how_part,        # "står det nåt om hur tandvården ska vara med i samverkan?" -> "Ska tandvården vara med …?"
    swedish.without_at_all,       # "står det nåt om X överhuvudtaget i planen?" -> "står det nåt om X i planen?"
    swedish.in_the_directions,    # "står det nåt om X i riktningsförändringarna?" -> "står det nåt om X i strategin?"
    swedish.examples_in_practice,  # "ge nåt exempel på hur det kan se ut i praktiken" -> "vilka exempel finns?"
)


def each_regions_own(query: Query, metas: Mapping[str, DocumentMeta]) -> Query | None:
    """"När beslutades målbilden?": a date or a who asked of the målbild with no region, no document named but by
    its kind ("målbilden"), no name or acronym that says whose (SVOM, Barnarenan), asked as a comparison of every
    region that has one, each in its own row – not one region's "Fattades i SVOM 221202" as if it were the only
    målbild; else None."""
    if query.intent not in ("date", "who") or query.follow_up or query.regions or query.documents or query.english \
            or not swedish.asks_each_regions_own(query.reading) or swedish.proper_names(query.reading) \
            or re.search(r"\b[A-ZÅÄÖ]{2,}\b", query.reading) \
            or re.search(r"\b(?:vår|våra|gemensam\w*|kompass\w*|färdplan\w*|broschyr\w*)\b", query.reading, re.I):
        return None
    # (a document named only by its kind, "målbilden", is no region's: three documents are målbilder)
    if not all(d in metas and metas[d].kind.startswith("målbild") and kind_word(query.reading, metas[d])
               for d in query.named_documents):
        return None
    every = tuple(dict.fromkeys(m.region for m in metas.values() if m.region and "målbild" in f"{m.title} {m.kind}".lower()))
    if len(every) < 2:
        return None
    return replace(query, regions=every, intent="comparison", named_documents=(),
                   reading=f"{query.reading.rstrip(' ?')} i {swedish.joined_names(every)}?",
                   search=f"{query.search} {' '.join(every)}")


def _by_kind_only(documents: Sequence[str], text: str, metas: Mapping[str, DocumentMeta]) -> bool:
    """Whether a text names each of these documents only by a kind word several titles say ("målbilden"), none by a
    word of its own title (true of none named)."""
    return all(d in metas and kind_word(text, metas[d]) and not _names_only(d, text, metas) for d in documents)


def _names_only(document: str, reading: str, metas: Mapping[str, DocumentMeta]) -> bool:
    """Whether a question names a document by a kind word no other document's title says ("verksamhetsplanen"; not
    "målbilden", which three titles say)."""
    said = swedish.fold(kind_word(reading, metas[document]).lower())[:KIND_STEM_LETTERS]
    return bool(said) and not any(said in swedish.fold(m.title.lower()) for n, m in metas.items() if n != document)


def _same_elsewhere(reading: str, earlier: str, metas: Mapping[str, DocumentMeta], common: frozenset[str]) -> str:
    """"Står samma fyra med i nämndens verksamhetsplan också?" after "Vilka riktningsförändringar pratar länsstrategin
    om?": whether the things the earlier question listed in one document are the same in the other, asked as such
    ("Är riktningsförändringarna i <plan> samma som i <strategi>?"), or ""."""
    if not swedish.asks_same_elsewhere(reading):
        return ""
    now, before = named_in(reading, metas, common)[0], named_in(earlier, metas, common)[0]
    things = swedish.asked_list_noun(earlier).lower()
    if len(now) != 1 or len(before) != 1 or now == before or not re.fullmatch(r"[^\W\d]{5,}(?:ar|er|or)", things) \
            or now[0] not in metas or before[0] not in metas:
        return ""
    a, b = _document_phrase(metas[now[0]]), _document_phrase(metas[before[0]])
    return f"Är {things}na i {a} samma som i {b}?" if a and b else ""


def _described_elsewhere(reading: str, earlier: Sequence[str], metas: Mapping[str, DocumentMeta],
                         common: frozenset[str]) -> str:
    """"vad är skillnaden mot hur verksamhetsplanen beskriver öppna vårdformer?" after "vilka exempel på öppnare
    vårdformer finns i strategin?": the two documents compared on the thing ("Jämför hur strategin och
    verksamhetsplanen beskriver öppna vårdformer"), or ""."""
    against = swedish.described_against(reading)
    if against is None:
        return ""
    now = named_in(against[0], metas, common)[0]
    before = next((n for turn in reversed(earlier) if (n := named_in(turn, metas, common)[0])), ())
    if len(now) != 1 or len(before) != 1 or now == before or now[0] not in metas or before[0] not in metas:
        return ""
    a, b = _document_phrase(metas[before[0]]), _document_phrase(metas[now[0]])
    return f"Jämför hur {a} och {b} beskriver {against[1]}" if a and b else ""


def _document_phrase(meta: DocumentMeta) -> str:
    """A document named as staff name it, by its kind ("verksamhetsplanen", "strategin", "målbilden i Norrbotten"),
    or "" for a kind no question names it by."""
    kind = (meta.kind.split() or [""])[0].lower()
    if kind not in DOCUMENT_KINDS_ASKED:
        return ""
    definite = f"{kind}n" if kind.endswith("i") else f"{kind}en"
    return f"{definite} i {meta.region}" if kind == "målbild" and meta.region else definite


THREAD_SUMMARY_TURNS = 2  # a bare summary request after this many turns or more sums up the conversation, turn by turn
DOCUMENT_KINDS_ASKED = ("strategi", "verksamhetsplan", "målbild")  # kinds a question names a document by


def _other_one(turn: str, asked: str, metas: Mapping[str, DocumentMeta]) -> str:
    """Of the two regions an earlier turn names (its preamble too), the one its question did not ask of, or ""."""
    named = named_in(turn, metas)[1]
    others = [r for r in named if r not in named_in(asked, metas)[1]]
    return others[0] if len(named) == 2 and len(others) == 1 else ""


def read_plainly(reading: str) -> tuple[str, frozenset[Callable[[str], str]]]:
    """The question as the plain question it asks (READING_STAGES in turn), and the stages that rewrote it."""
    applied = set()
    for stage in READING_STAGES:
        plain = stage(reading)
        if plain and plain != reading:
            reading = plain
            applied.add(stage)
    return reading, frozenset(applied)


def beyond_thread(query: Query, says: Callable[[str, str], bool]) -> Query:
    """A question the conversation's region was given to, asked of all documents when that region's documents
    never say one of its topic words that others do ("som ny chef, vad behöver jag tänka på kring ledarskapet?"
    after questions on Västernorrland's målbild: SKR's article never speaks of leadership). `says(word, region)`
    tells whether the region's documents say the word ("" for any document)."""
    region = query.thread_region
    if not region or query.english:  # (an English question's words left in English tell nothing of what a region says)
        return query
    # (a verb's past form is how it is asked, no topic: "hur var medborgarna involverade?")
    # (nor a qualifier: "själva ordet nära vård" asks of the word, whatever documents say "själva")
    words = [w for w in re.findall(r"\w+", swedish.topic_words(query.reading)) if len(w) >= THREAD_TOPIC_LETTERS
             and not swedish.done_like(w) and swedish.fold(w.lower()) not in swedish.HEADING_QUALIFIERS
             and not swedish.says_happening(w)]  # (nor what happens: "vad händer med dem sen?" is of the thread's thing)
    if not any(not says(w, region) and says(w, "") for w in words):
        return query
    search = query.search[:-len(region) - 1] if query.search.endswith(f" {region}") else query.search
    return replace(query, regions=(), search=search, thread_region="")


OWN_PLACE_TOPIC_WORDS = 3  # a question naming a new place and this many words besides asks its own question
OWN_MENTION_WORDS = 3  # a follow-up asking whether a thing this short is mentioned asks of that thing itself
OWN_QUESTION_TOPIC_WORDS = 2  # a question after a new topic said first that names this much asks its own question
OWN_TOPIC_WORD_LETTERS = 6  # … and a first sentence's new words this long (none of them said in the thread)
SHORT_POINTING_QUESTION = 6  # words: "Har hen rätt till det?" asks of what the preamble told, naming nothing itself
THREAD_TOPIC_LETTERS = 5  # a topic word this long is specific enough to tell whether a region's documents cover it


def _each_names_one(pair: Sequence[str], named: Sequence[str], metas: Mapping[str, DocumentMeta]) -> bool:
    """Whether each side of a contrast names a different named document by its kind ("hur länsstrategin" /
    "nämndens verksamhetsplan 2025")."""
    owners = [{d for d in named if kind_word(side, metas[d])} for side in pair]
    return all(len(o) == 1 for o in owners) and owners[0] != owners[1]


def _whose(side: str, named: Sequence[str], metas: Mapping[str, DocumentMeta]) -> bool:
    """Whether one side of a contrast starts with a named document's genitive ("strategins", "verksamhetsplanens
    beskrivning av …"): what each document says is compared, not two things."""
    first = (side.split() or [""])[0]
    return first.lower().endswith("s") and any(kind_word(first, metas[d]) for d in named)


def _without_regions(text: str, metas: Mapping[str, DocumentMeta]) -> str:
    for meta in metas.values():
        for word in (meta.region or "").split():
            text = re.sub(rf"\b{re.escape(word[:min(len(word), 9)])}\w*", " ", text, flags=re.I)
    return text


def other_region(anchor: str, reading: str, metas: Mapping[str, DocumentMeta], thread: str = "") -> str:
    """The earlier question asked of the region a follow-up names instead ("När antogs målbilden i
    Norrbotten?" + "och i Jämtland Härjedalen då?" -> "När antogs målbilden i Jämtland Härjedalen?")."""
    _, own = named_in(reading, metas)
    anchored, before = named_in(anchor, metas)
    if len(own) == 1 and not before and anchor.strip() and (swedish.asks_same_way(reading) or (
            swedish.region_only(reading) and thread and thread != own[0] and _by_kind_only(anchored, anchor, metas))):
        # (or only the region, after a question naming no region nor document in a thread about another region:
        # "vad innebär målbilden, vilka strategier finns?" in a Jämtland Härjedalen thread + "och i Västernorrland då?")
        # ("Hur fick invånarna vara med när målbilden togs fram?" + "Gjorde man likadant i Västernorrland?": the earlier
        # question named no region, so the one named now is where it is asked)
        return f"{anchor.rstrip(' ?.!')} i {own[0]}?"
    if len(own) != 1 or not before or own[0] in before:
        return anchor
    if len(before) >= 2:
        # ("Jämför hur Norrbotten och Jämtland Härjedalen tog fram sina målbilder?" + "och i Västernorrland då?": the
        # same asked of that one region, its regions said as one, the comparing word left out)
        names = [rf"\b{re.escape(r.split()[0][:min(len(r.split()[0]), 9)])}\w*" + "".join(rf"(?:\s+{re.escape(w)}\w*)?"
                                                                                          for w in r.split()[1:]) for r in before]
        joined = rf"(?:{'|'.join(names)})(?:\s*(?:,|och|eller|resp\.?|respektive)\s*(?:{'|'.join(names)}))+"
        single = re.sub(joined, own[0], anchor, count=1, flags=re.I)
        if single != anchor:
            return re.sub(r"^\s*jämför\s+", "", single, flags=re.I).replace(" sina ", " sin ").replace("målbilder", "målbild")
        spans = sorted((m.start(), m.end(), region) for region in before
                       if (m := re.search(_region_pattern(region), anchor, re.I)))
        if len(spans) == 2 and swedish.asks_difference(anchor):
            # ("Vad skiljer Norrbottens målbild från Västernorrlands?" + "och Jämtland Härjedalens målbild då?": the new
            # region set against both, not against itself)
            (start, end, _), (later, last, _) = spans
            both = " och ".join(_as_in(r, anchor[later:last]) for _, _, r in spans)
            return f"{anchor[:start]}{_as_in(own[0], anchor[start:end])}{anchor[end:later]}{both}{anchor[last:]}"
    for region in before:
        # (its genitive kept: "Jämtland Härjedalens målbild" -> "Västernorrlands målbild")
        anchor = re.sub(_region_pattern(region), lambda m: _as_in(own[0], m.group(0)), anchor, flags=re.I)
    return anchor


def _region_pattern(region: str) -> str:
    """A region's name as typed: its first word's start, any ending, its other words if given ("Jämtland(s) Härjedalens")."""
    first, *rest = region.split()
    return rf"\b{re.escape(first[:min(len(first), 9)])}\w*" + "".join(rf"(?:\s+{re.escape(w)}\w*)?" for w in rest)


def _as_in(region: str, typed: str) -> str:
    """A region's name in the form another was typed: its genitive if that was one ("Norrbottens" -> "Västernorrlands")."""
    return region + ("s" if typed.lower().endswith("s") and not region.endswith("s") else "")


def _topic_without_documents(question: str, metas: Mapping[str, DocumentMeta]) -> str:
    """What a question is about, less the words that name documents ("… öppnare vårdformer i strategin?" ->
    "öppnare vårdformer")."""
    named, _ = named_in(question, metas)
    kinds = {kind_word(question, metas[d]).lower() for d in named} - {""}
    # (and the document's owner before it: "nämndens" of "Vad säger nämndens verksamhetsplan om öppna vårdformer?")
    for kind in kinds:
        question = _without_owner(question, kind)
    return " ".join(w for w in swedish.topic_words(question).split() if w.lower().strip("?.,") not in kinds)


def _without_owner(text: str, kind: str) -> str:
    """A text without the owner said before a document's kind word ("nämndens" of "nämndens verksamhetsplan")."""
    return re.sub(rf"\b\w{{3,}}s\s+(?={re.escape(kind)}\b)", "", text, flags=re.I)


def other_document(anchor: str, reading: str, metas: Mapping[str, DocumentMeta]) -> tuple[str, ...]:
    """The one document a follow-up names instead of the earlier question's ("Vilka exempel finns i strategin?"
    + "och hur beskriver verksamhetsplanen samma sak?" -> the plan), or ()."""
    own, _ = named_in(reading, metas)
    before, _ = named_in(anchor, metas)
    if len(own) != 1 or not before or own[0] in before:
        return ()
    others = " ".join(swedish.fold(m.title.lower()) for n, m in metas.items() if n != own[0])
    # (or by a word of its title alone: "och vad säger nämndens plan om det?" – "nämndens", of the plan's title)
    title = swedish.fold(metas[own[0]].title.lower())
    # (as a document's owner, right before a word for a document: not "omställningen", a title word said of the topic)
    owners = [m.group(1) for m in re.finditer(r"\b(\w{5,})\s+(?=(\w+))", swedish.fold(reading.lower()))
              if swedish.names_only_documents(m.group(2))]
    titled = [w for w in owners if w in title and w not in others]
    # named by a word that names no other document ("verksamhetsplanen"; not "målbilder", which three titles say)
    return own if _names_only(own[0], reading, metas) or titled else ()


def other_name(anchor: str, reading: str, metas: Mapping[str, DocumentMeta],
               vocabulary: Mapping[str, int] | None = None) -> str:
    """The earlier question asked of the body or name a bare follow-up names instead ("När beslutade
    SVOM om målbilden?" + "och i Barnarenan då?" -> "När beslutade Barnarenan om målbilden?"; of a question
    that names only its region, in the region's stead: "När beslutades målbilden i Jämtland Härjedalen?" ->
    "… i Barnarenan?"), or "" when the follow-up is more than a name, names a region, or the earlier
    question has no one name. A name typed in lower case counts when the documents use the word, seldom."""
    rare = (lambda word: bool(vocabulary) and 0 < vocabulary.get(word.lower(), 0) <= RARE_NAME_USES)
    # (after a count, a bare word counts another thing: "Hur många hälsocentraler finns det i Norrbotten?" + "och
    # tandvårdsmottagningar?" -> "Hur många tandvårdsmottagningar finns det i Norrbotten?")
    counted = swedish.counted_noun(anchor) if swedish.asked_kind(anchor) == "number" else None
    if counted and (word := swedish.bare_word(reading)) and not named_in(reading, metas)[1]:
        return re.sub(rf"\b{re.escape(counted)}\b", word, anchor, count=1, flags=re.I)
    # (a bare place in the documents asks the same of it: "Vilka exempel finns under stärkt gemensam primärvård?" +
    # "och under öppnare vårdformer?" -> "Vilka exempel finns under öppnare vårdformer?")
    swapped = swedish.place_swapped(anchor, reading) if not named_in(reading, metas)[1] else ""
    if swapped:
        return swapped
    match = swedish.bare_name(reading) or (None if counted else swedish.bare_name(swedish.capitalised_word(reading, rare)))
    if not match or named_in(reading, metas)[1]:
        return ""
    regions = " ".join(m.region or "" for m in metas.values()).lower().split()
    names = [w for w in re.findall(r"(?<!^)(?<![.?!]\s)\b([A-ZÅÄÖ][\wåäöÅÄÖ-]+)", anchor)
             if not any(w.lower().startswith(r[:6]) for r in regions)]
    if not names:
        # the region the earlier question was asked of is what the name stands in for
        region = next((m.region for m in metas.values() if m.region
                       and re.search(rf"\bi\s+{re.escape(m.region)}\b", anchor)), "")
        return re.sub(rf"\bi\s+{re.escape(region)}\b", f"i {match['name']}", anchor) if region else ""
    if len(set(names)) != 1:
        return ""
    return re.sub(rf"\b{re.escape(names[0])}\b", match["name"], anchor)


RARE_NAME_USES = 5  # a lower-case word the documents use at most this often may be a name typed lower case


def topic_of(history: Sequence[str]) -> str:
    """The earlier question a follow-up leans on: the last one that stood on its own (and the last)."""
    anchor = history[-1]
    for at in range(len(history) - 1, -1, -1):
        earlier = anchor = history[at]
        # (one that opens on "och" but names its own topic stands on its own: "… agenda 2030-mål …? || och vad säger
        # verksamhetsplanen om vårdens miljöpåverkan?" – a later "det" is the miljöpåverkan)
        # (one that points back leans on the question before: "… vad hette den …? || konstigt att det inte står nära
        # vård nånstans i den, varför är det så? || när klubbades den och av vem?" – the målbild)
        leans = at > 0 and "?" in history[at - 1] \
            and swedish.points_back(swedish.without_expletive(earlier))
        # (nor one that opens as a whole question of a thing the turn before never named, its "de" its own thing's:
        # "… om läkemedel? || vad heter det nya journalsystemet och när infördes de?" – a later "det" is the system)
        if at > 0 and _asks_of_new_thing(earlier, history[at - 1]):
            break
        # (nor one that says its topic first: "och filialerna och servicepunkterna, vad är tanken med dom?")
        if (not swedish.is_follow_up(earlier) and not leans) or swedish.names_topic_first(earlier) \
                or (swedish.summary_topic(earlier) and not swedish.points_back(earlier)):
            break
    return anchor if anchor == history[-1] else f"{anchor} {history[-1]}"


def _asks_of_new_thing(turn: str, before: str) -> bool:
    """Whether a turn opens as a whole question of a thing the turn before never named, its pointing words its own
    thing's ("vad heter det nya journalsystemet och när infördes de?" after a question on läkemedel)."""
    first = (swedish.question_sentences(turn) or [turn])[0]
    own = [w for w in swedish.topic_words(swedish.without_pointing(first)).split()
           if len(w) >= OWN_TOPIC_WORD_LETTERS and not swedish.names_only_documents(w)]
    return bool(own) and swedish.whole_question(first) and not swedish.opens_as_follow_up(turn) \
        and swedish.defines_determined(first) and not any(swedish.mentions(before, w) for w in own)


def _home_region(preamble: str, metas: Mapping[str, DocumentMeta]) -> str:
    """The one region the preamble that was cut from the question names ("Hej, jag jobbar … i
    Västernorrland och undrar …"), or ""."""
    regions = named_in(preamble, metas)[1] if preamble else ()
    return regions[0] if len(regions) == 1 else ""


def _with_home_region(turn: str, preamble: str, metas: Mapping[str, DocumentMeta]) -> str:
    """An earlier question that asks of "här", "vi", "vår" with the region its preamble names ("Jag är ny
    enhetschef … i Jämtland. Finns det nån plan som vi i kommunen ska följa?" -> "… ska följa? i Jämtland
    Härjedalen"): the thread stays in the asker's region."""
    home = _home_region(preamble, metas)
    # (or the region of the asker's town, when the preamble says "länets"/"vår": "Jag är läkare på Östersunds
    # sjukhus och fick en dragning om länets målbild. Hur beskrivs …?" -> "… i Jämtland Härjedalen")
    # (or the question itself says "länets": "Jobbar … i Funäsdalen. … vad hette sloganen för länets målbild?")
    town = swedish.region_of_places(preamble) if preamble and not home and (
        swedish.says_our_county(preamble) or swedish.says_our_county(turn)) else ""
    # (or the preamble says it is about the region's målbild: "Vi ska ha en arbetsplatsträff om den gemensamma
    # målbilden i Jämtland Härjedalen. Vilka är de strategier som ska leda till målet?")
    if (home and (swedish.says_ours(turn) or swedish.asks_each_regions_own(preamble)) or town) \
            and not named_in(turn, metas)[1]:
        return f"{turn} i {home or town}"
    # ("… hänvisade någon till "den där kompassen från Västernorrland". Kan du sammanfatta vad deras målbild går ut
    # på?": the målbild of the region the preamble names, asked again in the thread)
    return (swedish.with_owner(turn, home) if home and not named_in(turn, metas)[1] else "") or turn


def _thread_region(earlier: Sequence[str], metas: Mapping[str, DocumentMeta],
                   common: frozenset[str] | None, home: str = "") -> tuple[str, bool]:
    """The one region the conversation is about, named by the latest earlier question that names a region or a
    document ("… i Region Norrbotten … sammanfatta den länsgemensamma strategin", then "vilka exempel finns för
    den tredje riktningsförändringen?": still Norrbotten), or ""; and whether that question named the region
    itself (not only a document of it)."""
    by_kind: tuple[str, bool] | None = None
    for turn in reversed(earlier):
        named, regions = named_in(turn, metas, common)
        said = set(regions) or {metas[d].region for d in named if d in metas and metas[d].region}
        by_kind_only = bool(named) and _by_kind_only(named, turn, metas)
        if not regions and by_kind_only and (owner := _region_of_acronym(turn, metas)):
            # ("När beslutades målbilden i SVOM?" + "och vad gör regionens samverkansråd med beslutet?": SVOM's
            # region's målbild, not Norrbotten's brochure, the one "målbild" by kind)
            return owner, False
        if not regions and by_kind_only:
            # ("när beslutades målbilden?" in a Jämtland thread: every region has a målbild, it names none – the
            # region a turn before it names, else the asker's own region an earlier preamble said, else the one
            # document of that kind)
            by_kind = by_kind or ((home, False) if home else (next(iter(said)), False) if len(said) == 1 else ("", False))
            continue
        if said:
            return (next(iter(said)), bool(regions)) if len(said) == 1 else ("", False)
        if not named and (owner := _region_of_acronym(turn, metas)):
            # ("Vad är SVOM?" + "när bestämdes målbilden där?" + "vad innebär målbilden …?": the region whose body
            # SVOM is, not Norrbotten, whose brochure alone is a "målbild" by kind)
            return owner, False
    return by_kind or ("", False)


def _region_of_acronym(turn: str, metas: Mapping[str, DocumentMeta]) -> str:
    """The one region whose documents' publisher or decision names an acronym the turn says ("SVOM"), or ""."""
    said = {w.lower() for w in re.findall(r"\b\w{3,}\b", turn)}
    owners = {m.region for m in metas.values() if m.region and said & {
        a.lower() for a in re.findall(r"\b[A-ZÅÄÖ]{3,}\b", f"{m.publisher} {m.date_note}")}}
    return next(iter(owners)) if len(owners) == 1 else ""


def _leaned_on(preamble: str, text: str, metas: Mapping[str, DocumentMeta], common: frozenset[str]) -> str:
    """The preamble a question points back to ("den") when the preamble names a document and the question
    names none, or ""; or regions, and the question names none ("Jag ska jämföra målbilderna i Norrbotten,
    Jämtland Härjedalen och Västernorrland … Hur är de uppbyggda?")."""
    if not preamble or not swedish.points_back(swedish.without_determined(text)):
        return ""  # ("Hur beskrivs det där med kontinuitet …?" points at the thing it names)
    documents, regions = named_in(preamble, metas, common)
    asked_documents, asked_regions = named_in(text, metas, common)
    if (documents and not asked_documents) or (regions and not asked_documents and not asked_regions):
        return preamble
    return ""


def _document_told(preamble: str, turn: str, metas: Mapping[str, DocumentMeta], common: frozenset[str]) -> str:
    """The word an earlier turn's preamble names a document by ("målbild"), when the turn names no document itself;
    or ""."""
    if not preamble or named_in(turn, metas, common)[0]:
        return ""
    told = named_in(preamble, metas, common)[0]
    # (its kind, or the word of its title the preamble says: "vår länsgemensamma målbild" of a presentation)
    titled = re.search(r"\b\w*(?:strategi|plan|målbild)\w*", preamble, re.I)
    return next((said for d in told if d in metas and (said := kind_word(preamble, metas[d]))), "") or \
        (titled.group(0) if told and titled else "")


def _cut_preamble(masked: str, text: str) -> str:
    """What `swedish.strip_preamble` cut from the front of the (masked) question, or "" (and a statement about the
    asker it cut after the question: "Vad går vår målbild ut på i korthet? Jobbar i Västernorrland.")."""
    at = masked.lower().find(text[:40].lower()) if text else -1  # (the question may start upper-cased: "vad …" -> "Vad …")
    if at < 0 and text:
        # (a question `strip_preamble` read with what the preamble spoke of: "… om länets gemensamma målbild. När togs
        # beslutet om den?" -> "När togs beslutet om länets gemensamma målbild?": its first words still stand there)
        at = masked.lower().rfind(text[:PREAMBLE_FIND_LETTERS].lower())
    if at < 0 and text and len(opening := " ".join(text.split()[:2])) >= PREAMBLE_FIND_LETTERS // 2:
        # (or a pronoun in its first words read as what the statement named: "… ska anta en målbild … Hur togs den
        # fram?" -> "Hur togs målbilden fram?": its first two words)
        at = masked.lower().rfind(opening.lower())
    end = at + len(text) if at >= 0 and masked[at:at + len(text)].lower() == text.lower() else -1
    after = masked[end:].strip() if end > 0 and swedish.about_asker(masked[end:]) else ""
    return " ".join(p for p in (masked[:at].strip() if at > 0 else "", after) if p)


def common_title_words(vocabulary: Mapping[str, int]) -> frozenset[str]:
    """The words the documents use too often to name a document by its title ("omställningen"), folded as
    titles are (`named_in`'s `common`); not the words of asking, which the vocabulary weighs apart."""
    return frozenset(swedish.fold(w) for w, n in vocabulary.items() if TITLE_WORD_MAX_USES < n < QUESTION_WORD_USES)


PREAMBLE_FIND_LETTERS = 16  # the first letters of a question read anew, found where it starts after the preamble
KIND_STEM_LETTERS = 6  # a kind word names a thread's document whose title says its first letters ("målbil…")
TITLE_WORD_MAX_USES = 15  # a title word the documents use more often than this names no document by itself
QUESTION_WORD_USES = swedish.QUESTION_WORD_WEIGHT  # (the vocabulary's weight for words of asking: not document words)
MIN_HEAD_LETTERS = 5  # a question word names a title word it ends ("nämndens" - "sjukvårdsnämndens"), not "plan" - "färdplan"


def _two_documents_on(turns: Sequence[str], metas: Mapping[str, DocumentMeta], common: frozenset[str]) -> tuple[str, str, str] | None:
    """The two documents two turns each asked of, and the one topic the first named (the second points back to it:
    "… verksamhetsplan om öppna vårdformer?" + "Och vad står det om det i strategin?"): (document word, document word,
    topic), or None."""
    named = [named_in(t, metas, common)[0] for t in turns]
    if any(len(n) != 1 for n in named) or named[0] == named[1]:
        return None
    topic = swedish.summary_topic(turns[0])
    later = swedish.summary_topic(turns[1])
    if not topic or (later and not swedish.points_back(later) and swedish.fold(later.lower()) != swedish.fold(topic.lower())):
        return None
    words = [kind_word(t, metas[n[0]]) for t, n in zip(turns, named)]
    return (words[0], words[1], topic) if all(words) else None


def kind_word(text: str, meta: DocumentMeta, plural: bool = True) -> str:
    """The word a question names a document by its kind with ("verksamhetsplanen", "strategin", "artikeln"
    for a webbartikel), or "". Without `plural`, a plural ("strategierna") names none: several things of
    that kind are asked about, not the one document ("vilka är strategierna?" after a region's målbild)."""
    key = swedish.fold(meta.kind.split()[0].lower()) if meta.kind else ""
    keys = [key[:max(5, len(key) - 1)]] + [key[i:] for i in range(3, len(key) - 5)] if len(key) >= 5 else []
    # … or a compound that ends on the kind ("länsstrategin" names the strategy; "Norrbottensstrategins" too)
    compound = re.compile(rf"^(?P<modifier>\w{{3,}}){re.escape(key)}(?:en|n|er|erna|et)?s?$") if len(key) >= 7 else None
    # (whose first part is the title's or the region's: "hållbarhetsstrategin" is another strategy, one the
    # verksamhetsplan lists, not "… – länsgemensam strategi")
    titled = re.findall(r"\w{3,}", swedish.fold(f"{meta.title} {meta.region}".lower()))
    for match in re.finditer(r"\w+", text):
        w = swedish.fold(match.group(0).lower())
        joined = compound.match(w) if compound is not None and not any(w.startswith(k) for k in keys) else None
        if joined is not None:
            modifier = joined["modifier"].rstrip("s") or joined["modifier"]
            joined = joined if modifier == swedish.fold("län") and meta.region or \
                any(t.startswith(modifier[:5]) or modifier.startswith(t[:5]) for t in titled) else None
        if not (any(w.startswith(k) for k in keys) or joined is not None):
            continue
        if w == key and swedish.after_indefinite(text[:match.start()]):
            continue  # "en del av en större strategi": some strategy, not the document
        if not plural and w.startswith(key) and w[len(key):] in ("er", "erna", "ar", "arna"):
            continue
        return match.group(0)
    return ""


def named_by_kind(text: str, meta: DocumentMeta, plural: bool = True) -> bool:
    """Whether a question names a document by its kind (with `plural`, in the plural too), or by its
    publisher's short name and a word for a text ("SKR:s lärande exempel", "SKR:s artikel") or by what the
    publisher calls it ("det lärande exemplet": "…, lärande exempel")."""
    if kind_word(text, meta, plural):
        return True
    for short in re.findall(r"\(([A-ZÅÄÖ]{2,})\)", meta.publisher):
        if re.search(rf"\b{short}(?::s|s|-)\s*(?:lärande\s+)?(?:exempl?e\w*|artikel\w*|text\w*|webbsida\w*|sida\w*)",
                     text, re.I):
            return True
    called = meta.publisher.rsplit(",", 1)[1].strip() if "," in meta.publisher else ""
    words = called.lower().split()
    # ("lärande exempel" as "lärande exemplet", "lärande exempel"; a called name of two words or more)
    return len(words) >= 2 and bool(re.search(r"\b" + r"\s+".join(rf"{re.escape(w[:-2])}\w*" for w in words) + r"\b",
                                              text, re.I))


NAME_SLIP_RATIO = 0.85   # "vastnorrlands" is Västernorrland's; a shorter or less alike word is another word
NAME_SLIP_LETTERS = 10   # only a long name is recognised misspelt ("jamtland" has near neighbours)


def _misspelt_name(key: str, folded: str) -> bool:
    """Whether a word of the question is a long region name misspelt ("vastnorrlands" for "västernorrlands")."""
    if len(key) < NAME_SLIP_LETTERS:
        return False
    return any(len(w) >= NAME_SLIP_LETTERS and w[0] == key[0] and
               difflib.SequenceMatcher(None, w[:len(key)], key).ratio() >= NAME_SLIP_RATIO
               for w in re.findall(r"\w+", folded))


_QUOTED = re.compile(r"[\"”“«»']([^\"”“«»']{6,80})[\"”“«»']")
_KINDS_NAMED = ("målbild", "strategi", "verksamhetsplan")  # kinds a question names a document by ("målbilden")


def _titles_as_kinds(text: str, metas: Mapping[str, DocumentMeta]) -> str:
    """The question with a document's title, quoted, said as the document's kind ("Är "Vår gemensamma målbild" och
    "Tillsammans för nära vård" i Norrbotten samma sak?" -> "Är målbilden och strategin i Norrbotten samma sak?"), so
    that it reads as the documents are asked of; only where two titles are set side by side (one title alone is
    searched as said: "vad handlar broschyren "Vår gemensamma målbild i Norrbotten" om?"), and a quote no title opens,
    or of a kind no question names, stays."""
    def kind_of(quoted: str) -> str:
        found = {m.kind.split()[0] for m in metas.values() if m.kind and
                 swedish.fold(m.title.lower()).startswith(swedish.fold(quoted.strip().lower()))}
        word = found.pop() if len(found) == 1 else ""
        return (f"{word}n" if word.endswith("i") else f"{word}en") if word in _KINDS_NAMED else ""
    kinds = [kind_of(m.group(1)) for m in _QUOTED.finditer(text)]
    if len({k for k in kinds if k}) < 2:
        return text
    return _QUOTED.sub(lambda m: kind_of(m.group(1)) or m.group(0), text)


def _region_initials_spelled(text: str, metas: Mapping[str, DocumentMeta]) -> str:
    """A region of two names written by its initials, spelled out ("när JH tog fram sin målbild", "JH:s målbild"
    -> "Jämtland Härjedalen", "Jämtland Härjedalens")."""
    for region in {m.region for m in metas.values() if m.region and len(m.region.split()) >= 2}:
        initials = "".join(word[0] for word in region.split()).upper()
        text = re.sub(rf"\b{initials}(:s|s)?\b", lambda m: region + ("s" if m.group(1) else ""), text)
    return text


def _qualifies_as_titled(word: str, question: str, title: str) -> bool:
    """Whether the (folded) question says a title's qualifier before the noun the title says it of ("gemensamma
    målbilden" for "Vår gemensamma målbild"; not "gemensamma planen")."""
    tokens = re.findall(r"\w+", swedish.fold(title.lower()))
    after = [tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t == word]
    # (the noun it qualifies, a word or two on: "den gemensamma nära vård-strategin" is the strategy)
    said = []
    for match in re.finditer(rf"\b{re.escape(word)}\w*((?:[\s-]+\w+){{1,{QUALIFIED_NOUN_WORDS}}})", question):
        following = re.findall(r"\w+", match.group(1))
        said.append(next((n for n in following if n.startswith(_OTHER_TEXTS) or any(n.startswith(a[:5]) for a in after)),
                         following[0]))
    # (only another kind of text is another thing: "den gemensamma visionen" is the målbild still)
    other = [n for n in said if n.startswith(_OTHER_TEXTS) and not any(n.startswith(a[:5]) for a in after)]
    return not after or not said or len(other) < len(said)


QUALIFIED_NOUN_WORDS = 3  # "gemensamma nära vård-strategin": the noun a title's qualifier goes with, this many words on
_OTHER_TEXTS = ("plan", "strategi", "fardplan", "handlingsplan", "verksamhetsplan", "dokument", "rapport", "program")


def _regions_set_against(named: str, earlier: Sequence[str], metas: Mapping[str, DocumentMeta]) -> tuple[str, str] | None:
    """(the region a thread is about – its latest turn naming one –, the other region) when a "skillnaden mot X"
    follow-up names another region's thing of two words or more ("norrbottens målbild"); else None."""
    against = named_in(named, metas)[1]
    thread = next((regions for turn in reversed(earlier) if (regions := named_in(turn, metas)[1])), ())
    other = [r for r in thread if r not in against]
    return (other[0], against[0]) if len(against) == 1 and len(other) == 1 and len(named.split()) >= 2 else None


def named_in(text: str, metas: Mapping[str, DocumentMeta],
             common: frozenset[str] = frozenset()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(documents, regions) a question names: by region ("i Norrbotten"), by kind ("verksamhetsplanen",
    "artikeln" for a webbartikel) or by two words of its title, one of them its own and not one of the
    `common` words every document uses ("omställningen" in "… kompassen för omställningen till Nära vård"
    names no document in "Vad innebär omställningen till nära vård?")."""
    q = swedish.fold(text.lower())
    regions = []
    for meta in metas.values():
        key = swedish.fold(meta.region.lower().split()[0]) if meta.region else ""
        if key and (re.search(rf"\b{re.escape(key[:min(len(key), 9)])}", q) or _misspelt_name(key, q)) \
                and meta.region not in regions:
            regions.append(meta.region)
    named = {}
    several = len(regions) >= 2 or swedish.asks_comparison(text)
    words = set(re.findall(r"\w+", q))
    title_words = {name: {w for w in re.findall(r"\w{4,}", swedish.fold(m.title.lower()))} for name, m in metas.items()}
    for name, meta in metas.items():
        own = title_words[name] - set().union(*(t for n, t in title_words.items() if n != name)) - common
        # a title word the question says, or whose head it says ("nämndens plan": "sjukvårdsnämndens verksamhetsplan")
        shared = {w for w in title_words[name] if any(x.startswith(w[:max(4, len(w) - 2)]) for x in words)}
        # a title word whose head the question says ("nämndens" - "sjukvårdsnämndens"); a short head ("plan" -
        # "verksamhetsplan") only beside a longer one ("nämndens plan"), not alone ("en lokal plan för nära vård")
        # (a qualifier is no head: "gemensam målbild" does not name the "länsgemensam strategi")
        heads = {w: max((len(x) for x in words if len(x) >= 4 and len(w) > len(x) and w.endswith(x)
                         and x not in swedish.HEADING_QUALIFIERS), default=0)
                 for w in title_words[name]}
        if any(n >= MIN_HEAD_LETTERS for n in heads.values()):
            shared |= {w for w, n in heads.items() if n}
        # (a qualifier names the title only of the title's noun: "den där gemensamma planen" is no "gemensamma målbild")
        shared -= {w for w in shared & swedish.HEADING_QUALIFIERS if not _qualifies_as_titled(w, q, meta.title)}
        # ("målbilderna i Norrbotten och Västernorrland" are each region's målbild; "strategierna" alone are no document)
        if named_by_kind(text, meta, plural=several) or (len(shared) >= 2 and shared & own):
            named[name] = meta
    chosen = [n for n, m in named.items() if not regions or m.region in regions]
    return tuple(chosen), tuple(regions)
