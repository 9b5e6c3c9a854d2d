"""`Assistant`: the one object everything else uses (CLI, web chat, evaluation, benchmarks).

The path of one question is a short pipeline of named stages, each a method that takes the
question's data as arguments and returns new data; nothing about a question is kept on the
assistant, so concurrent questions never wait for each other:

    understand -> retrieve -> judge -> compose -> check
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import dataclass, replace
from functools import partial

import numpy as np

from . import swedish
from .answer import (ALSO_LEAD, ENGLISH_LEAD, MENTIONED_ONLY, SPECIFIC_WORD_PASSAGES, TOPIC_LEAD, Composer, Draft, Passages,
                     asked_event, heading_of)
from .catalogue import documents_answer
from .chunking import CHUNKER_VERSION, SECTION_SEP
from .embedding import Embedder
from .privacy import NOTICE
from .query import (EMPTY_QUESTION, Query, QuestionRejected, beyond_thread, common_title_words, each_regions_own,  # noqa: F401
                    kind_word, named_by_kind, named_in, understand)  # (re-exported)
from .relevance import RelevanceGate
from .retrieval import LoadedIndex, Retriever
from .settings import Settings
from .store import IndexDir
from .types import Answer, Chunk, Citation, DocumentMeta, Hit

# How many passages are retrieved for composing: a few more than are shown, so the composer
# can find a whole list among them.
EXTRA_CANDIDATES = 3
COMPARISON_HITS = 5
# A date question needs a dated passage: its retrieval looks this deep for the best dated passages
# and gives that many of them a place among the top k (chunks know their dates from ingest).
# Only a passage that scores at least DATED_FLOOR of the best one is lifted (a dated passage about
# something else is no answer to "När ska patientkontraktet finnas på 1177?").
DATE_POOL = 40
DATED_SLOTS = 2
DATED_FLOOR = 0.6
DATE_GATE_SLACK = 0.07  # a date question is composed (and checked) when its best sentence is this near the floor
# … and any question this near, when its best passage is where the question says to look (`floor_slack`)
NAMED_DOCUMENT_SLACK = 0.02
RARELY_USED = 1  # passages: a question's word the documents use at most this often is the staff's, not theirs
SUGGESTIONS = 3


@dataclass(frozen=True)
class Served:
    """One loaded build and everything derived from it once: metadata, passages, relevance gate."""

    index: LoadedIndex
    metas: dict[str, DocumentMeta]
    passages: Passages
    gate: RelevanceGate
    letters: dict[str, str]  # the documents' words by their å/ä/ö-less spelling (questions typed without them)
    vocabulary: dict[str, int]  # the documents' words and counts, and staff words (typing slips are read as these)
    is_word: Callable[[str], bool]  # a word of Swedish (the lemma dictionary, the frequency list): never a slip
    common: frozenset[str]  # words the documents use too often to name a document by its title
    names: tuple[str, ...] = ()  # the documents' names of several words ("Min vård Norrbotten"), as they write them


class Assistant:
    """Answers questions from the indexed steering documents, with citations."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.embedder = embedder or Embedder(settings)
        self.retriever = Retriever(settings, self.embedder)
        self.composer = Composer()
        self.index_dir = IndexDir(settings)
        self._served: Served | None = None
        self._load_lock = threading.Lock()
        self._generator = None

    # ------------------------------------------------------------ index

    def served(self) -> Served:
        """The serving build; reloaded when an ingest has swapped in a new one (readers never wait)."""
        served = self._served
        build = self.index_dir.current()
        if served is not None and build is not None and served.index.build == build:
            return served
        with self._load_lock:
            served = self._served
            if served is None or build is None or served.index.build != build:
                build = self.index_dir.require(self.embedder.model_id, CHUNKER_VERSION)
                if served is None or served.index.build != build:
                    served = self._load(build)
                    self._served = served
            return served

    def _load(self, build) -> Served:
        index = LoadedIndex.load(self.settings, build, embed_units=self.embedder.embed_passages)
        fields = DocumentMeta.__dataclass_fields__
        metas = {name: DocumentMeta(**{k: v for k, v in meta.items() if k in fields})
                 for name, meta in index.documents.items()}
        texts = [*(c.text for c in index.chunks), *(m.title for m in metas.values())]
        known = [*index.synonyms.staff_words, *swedish.ROLES, *swedish.ROLE_ABBREVIATIONS, *swedish.GENERIC_NOUNS]
        vocabulary = swedish.vocabulary_of(texts, known)  # (the understanding and the composer read the same words)
        passages = Passages(chunks=index.chunks, metas=metas, vectors=index.unit_vectors, synonyms=index.synonyms,
                            vocabulary=vocabulary)
        gate = RelevanceGate(index.chunks, self.composer.tokenize, self.settings.relevance_floor)
        letters = swedish.letters_of(texts, known)
        lemmas = index.keyword.tokenize.analyzer.lemma
        common = swedish.frequency_words()
        is_word = (lambda w: w in common or (lemmas is not None and lemmas.is_known(w)))
        return Served(index, metas, passages, gate, letters, vocabulary, is_word, common_title_words(vocabulary),
                      swedish.names_of(texts))

    @property
    def index(self) -> LoadedIndex:
        """The serving build's loaded index."""
        return self.served().index

    def documents(self) -> dict[str, DocumentMeta]:
        """Metadata of every indexed document, by file name (built once per loaded index)."""
        return dict(self.served().metas)

    def status(self) -> dict:
        """What is indexed and when it was built (for "Om tjänsten")."""
        served = self.served()
        return {"built_at": served.index.manifest.get("built_at", ""), "chunks": len(served.index.chunks),
                "embedding_model": served.index.manifest.get("embedding_model", ""),
                "documents": [vars(m) for m in served.metas.values()]}

    def glossary(self) -> list[dict]:
        """Ordlista: each term with its defining sentence, document title and section."""
        return self.index.glossary()

    def getting_started(self) -> list[tuple[str, Answer]]:
        """Kom igång: how the documents fit together, each step answered and cited in the documents' own
        words (never generated: the guide is built when the chat starts and when the index changes, and
        does not wait on the generative model server)."""
        from .glossary import GETTING_STARTED

        return [(label, self.answer(self.understand(question), generate=False)) for label, question in GETTING_STARTED]

    # ------------------------------------------------------------ asking

    def understand(self, question: object, history: Sequence[str] = (),
                   documents: Sequence[str] | None = None) -> Query:
        """Stage 1: the question understood once (limits, masking, follow-up, intent); may raise QuestionRejected."""
        served = self.served()
        return understand(question, history, documents, metas=served.metas, letters=served.letters,
                          vocabulary=served.vocabulary, is_word=served.is_word, common=served.common, names=served.names,
                          max_chars=self.settings.max_question_chars, max_turns=self.settings.max_history_turns)

    def ask(self, question: object, history: Sequence[str] = (), documents: Sequence[str] | None = None,
            mode: str = "hybrid") -> Answer:
        """A cited answer, or a plain refusal when the documents do not cover the question."""
        try:
            query = self.understand(question, history, documents)
        except QuestionRejected as exc:
            shown = question[:200] if isinstance(question, str) else ""
            return Answer(question=shown, text=str(exc), answered=False, flags=("rejected",))
        return self.answer(query, mode)

    def warm_up(self, question: str) -> None:
        """Load the index and the model by answering one question, extractively: a start never waits
        on the generative model server (`assistant serve` does this before it takes visitors)."""
        self.answer(self.understand(question), generate=False)

    def answer(self, query: Query, mode: str = "hybrid", generate: bool = True) -> Answer:
        """Stages 2-5 for an understood question; an English question's answer names the Swedish terms it quotes in
        English, once, after it."""
        answer = self._answered(query, mode, generate)
        return with_glossary(answer) if query.english and answer.answered else answer

    def _answered(self, query: Query, mode: str = "hybrid", generate: bool = True) -> Answer:
        """`answer`, each part of a two-part question on its own."""
        served = self.served()
        if not query.parts and (pair := two_topics_apart(query, served.passages)):
            # "sammanfatta det viktigaste om samverkan och SIP": two topics no passage names together, each on its own
            query = replace(query, parts=tuple(f"Vad säger dokumenten om {topic}?" for topic in pair))
        if query.summed_turns:  # "sammanfatta det kort" after several turns: each turn's answer in brief
            return self._thread_summary(query, mode)
        if query.parts:
            return self._answer_parts(query, mode, generate)
        query = beyond_thread(query, partial(says_in_region_or_synonym, served.passages))
        query = each_regions_own(query, served.metas) or query  # "När beslutades målbilden?": each region's, in rows
        groups = comparison_groups(query, served.metas) if query.intent == "comparison" else []
        # (a comparison's rows run searches of their own: the whole question's is only read by the generative mode)
        searched_whole = len(groups) < 2 or bool(self.settings.llm_url and generate)
        if searched_whole:
            self.retriever.prefetch(served.index, query.search, mode)  # the sparse pass runs beside the embedding
        # (by meaning, the whole search: a vector without the thread's region name lost 8 answers of the eval)
        qvec = self.embedder.embed_queries([query.search])[0]
        hits = self.retrieve(served, query, qvec, mode) if searched_whole else []
        if swedish.asks_documents(query.text):
            answer = self.documents_asked(served, query, hits)
        elif len(groups) >= 2:
            answer = self._compare(served, query, qvec, groups, mode)
        elif lacking := region_lacks(query, served.passages):
            answer = self.refuse(served, query, hits, reason=REGION_LACKS.format(region=query.regions[0], word=lacking))
        elif other := other_region(query, served.metas, served.passages, self.composer):
            answer = self.refuse(served, query, hits, reason=OTHER_REGION.format(
                region=other, covered=swedish.joined_names(sorted({m.region for m in served.metas.values() if m.region}))))
        elif undated := undated_document(query, served.metas):
            # "vilket år togs den länsgemensamma strategin fram?": the strategy states no date, and the dates of the
            # documents it lists are no answer
            answer = self.refuse(served, query, hits, reason=UNDATED.format(title=undated.title, note=undated.date_note))
        elif not hits or self.errand(served, query) or \
                not (self.judge(served, query, hits, qvec) or self.names_section(served, query, hits)):
            answer = self.refuse(served, query, hits)
        else:
            draft = self.composer.compose(query, hits, qvec, served.passages)
            draft, hits = self.with_named_documents(served, query, draft, hits, qvec, mode)
            answer = self.check(served, query, draft, hits)
        if query.where_asked and answer.answered:
            answer = where_said(answer, served.metas, query.english)
        if query.personal_data:
            answer = replace(answer, notices=(NOTICE, *answer.notices))
        if answer.answered and self.settings.llm_url and generate:
            answer = self._generate(answer, hits, served.metas)
        return answer

    def search(self, query: str, k: int | None = None, mode: str = "hybrid",
               documents: Sequence[str] | None = None) -> list[Hit]:
        """Retrieval only (evaluation's reference retrievers, integrations)."""
        return self.retriever.search(self.index, query, k=k, mode=mode, documents=list(documents or []) or None)

    # ------------------------------------------------------------ stages

    def retrieve(self, served: Served, query: Query, qvec: np.ndarray, mode: str = "hybrid") -> list[Hit]:
        """Stage 2: hybrid retrieval of the resolved question, within the user's document filter."""
        k = self.settings.top_k + EXTRA_CANDIDATES
        dated = query.kind == "date"
        documents, words = region_scope(query, served.metas)
        hits = self.retriever.search(served.index, words, k=DATE_POOL if dated else k, mode=mode,
                                     documents=documents, query_vector=qvec)
        hits = with_dated(hits, self.settings.top_k, DATED_SLOTS, DATED_FLOOR)[:k] if dated else hits
        own = swedish.counted_noun(query.reading)
        # (or a question that only implies what it counts: "Hur många är vi i nämnden?" counts ledamöter)
        own = own if query.follow_up or (own and not swedish.mentions(query.reading, own)) else None
        if own and not any(swedish.mentions(turn, own) for turn in query.history):
            # "Vilken nämnd ansvarar för omställningen?" -> "hur många ledamöter har den?": the earlier question's
            # words would drown what this one counts; its own words are searched too, taken in turn
            # (with the counted noun the question implies: "hur många sitter i den?" counts ledamöter)
            said = query.reading if swedish.mentions(query.reading, own) else f"{query.reading} {own}"
            mine = self.retriever.search(served.index, said, k=k, mode=mode,
                                         documents=list(query.documents) or None, query_vector=None)
            hits = in_turn([hits, mine])[:k]
        if mode != "hybrid":
            return hits
        hits = with_specific(hits, served.passages, query, self.settings.top_k)
        hits = with_named_month(hits, served.passages, query, self.settings.top_k)
        hits = with_asked_thing(hits, served.passages, query, self.settings.top_k)
        return with_named_phrase(hits, served.passages, query, self.settings.top_k)

    def judge(self, served: Served, query: Query, hits: Sequence[Hit], qvec: np.ndarray) -> bool:
        """Stage 3: whether the passages are about what was asked at all (meaning and vocabulary)."""
        phrase = swedish.asks_where_said(query.reading)
        if phrase and any(swedish.said_phrase(phrase).search(c.text) for c in served.passages.chunks):
            return True  # "Ordet tillit dyker upp … – i vilka sammanhang?": the documents say it, so where is answerable
        similarity = self.composer.best_similarity(hits, qvec, served.passages)
        if query.kind == "date" and not query.english and similarity >= self.settings.relevance_floor - DATE_GATE_SLACK:
            # a date question whose best sentence falls a little short of the floor: a timeline's lines are short
            # ("Politiskt beslut om att arbeta fram en gemensam målbild" under "December 2020"), so meaning alone
            # undersells them; the answer still has to name the event and the thing (check)
            return True
        months = swedish.months_named(query.reading)
        if months and any(months & swedish.months_named(h.chunk.text) for h in hits[:DATED_DAY_HITS]):
            # "Vad hände 1 juli 2021?", "What changed in the law in July 2021?": a passage dated that very day or
            # month ("Ändring tillkom i HSL 1 juli –21 …")
            return True
        words = served.index.synonyms.translated(query.search)  # staff words as the documents say them
        slack = floor_slack(query, hits[0].chunk, served.index.synonyms, served.passages)
        if not served.gate.judge(words, hits, similarity, slack).answerable:
            return False
        # a question about something no passage names ("Vad serveras i personalmatsalen idag?"): the
        # shared vocabulary may not lift it over the floor, only the meaning of the best sentence may
        return similarity + slack >= self.settings.relevance_floor or not self.composer.never_named(query, served.passages)

    @staticmethod
    def errand(served: Served, query: Query) -> bool:
        """Whether a question is a staff errand no passage names (a password, the pay day, parking): no
        steering document deals with it, however close its other words come ("… cosmic …")."""
        # (the question and what its preamble says: "glömt lösenordet till cosmic igen... vem ringer man??")
        # (any of its errand words no passage says: "skrivaren" is also in "beskrivaren", "pappersstopp" nowhere)
        errands = swedish.staff_errands(query.reading if query.follow_up else f"{query.reading} {query.search}")
        return any(not served.passages.passages_saying(errand) for errand in errands)

    def names_section(self, served: Served, query: Query, hits: Sequence[Hit]) -> bool:
        """A question about what a section or document says is answerable when the index has it by name."""
        return self.composer.answers_by_structure(query, hits, served.passages)

    def with_named_documents(self, served: Served, query: Query, draft: Draft, hits: list[Hit], qvec: np.ndarray,
                             mode: str) -> tuple[Draft, list[Hit]]:
        """A question that names two documents ("… både i strategin och i nämndens verksamhetsplan?") and
        an answer from only one of them: what the other says, searched within it, under its title (when
        it holds what was asked)."""
        # (named by kind: "… i strategin och i verksamhetsplanen"; a title word said in passing names no document to complete)
        named = [d for d in query.named_documents if d in served.metas and named_by_kind(query.reading, served.metas[d])]
        if len(named) < 2 or not draft.lines or query.intent in ("comparison", "contrast"):
            return draft, hits
        cited = {c.document for c in draft.cited}
        missing = [d for d in named if d not in cited]
        if not missing or len(missing) == len(named):
            return draft, hits
        for document in missing:
            found = self.retriever.search(served.index, query.search, k=COMPARISON_HITS, mode=mode,
                                          documents=[document], query_vector=qvec, sparse_query=query.search)
            sub = replace(query, documents=(document,), named_documents=(document,))
            own = self.composer.compose(sub, found, qvec, served.passages)
            if own.lines and holds_answer(sub, own.text(), self.composer.citations(own, found, served.passages),
                                          served.index.synonyms):
                draft.lines.append(f"I ”{served.metas[document].title}”: {self.composer.merge(draft, own)}")
                hits = [*hits, *found]
        return draft, hits

    def check(self, served: Served, query: Query, draft: Draft, hits: Sequence[Hit]) -> Answer:
        """Stage 5: the composed text holds what was asked (kind, counted thing, names), or a refusal (read without
        the sentences said only as context of the best one)."""
        shown, draft = draft, draft.core()
        citations = self.composer.citations(draft, hits, served.passages)
        # (but how two things relate is answered by the label that names them together: "Hur hänger patientkontrakt
        # ihop med SIP?" -> "Patientkontrakt och Samordnad individuell plan (SIP)", one example area)
        if "mention-only" in draft.flags and not swedish.asked_mentioned(query.reading) \
                and not swedish.asks_referred(query.reading) \
                and not swedish.asks_where_fits(query.reading) and not swedish.asks_relation(query.reading) \
                and not swedish.asks_whether_also(query.reading) and not swedish.handled_topic(query.reading) and (
                query.intent == "lookup" or (query.intent == "who" and labels_the_topic(query, citations))):
            # ("Står det något om X?" is answered by where X is named, a list line too)
            # "Hur går det till …?" is not answered by a list label, nor "och vem tar fram det?" (of a patientkontrakt)
            # by the label that names the thing asked about ("Patientkontrakt och Samordnad individuell plan (SIP)")
            return self.refuse(served, query, hits)
        if (elsewhere := mentioned_elsewhere(query, served.passages)) and not any(
                c.chunk.document in query.named_documents for c in citations):
            # "Finns det något om AI i strategin?": only the plan says it; said so, not quoted as the strategy's answer
            return self.refuse(served, query, hits, reason=elsewhere)
        # "Finns det några nyckeltal eller målvärden kopplade till hållbarhetsmålen?": no passage names either, said so
        # whichever check refuses it
        none_named = any_untold(query, served.passages) or qualifier_untold(query, served.passages) \
            or which_untold(query, served.passages)
        none_said = NOTHING_NAMED.format(thing=none_named) if none_named else ""
        if not citations or ("where-said" not in draft.flags and "period" not in draft.flags
                             and not holds_answer(query, draft.text(), citations, served.index.synonyms,
                                                  served.passages)):
            return self.refuse(served, query, hits, reason=unlisted(query, citations) or partly_said(query, citations)
                               or elsewhere or none_said)
        if none_said:
            return self.refuse(served, query, hits, reason=none_said)
        # "Kan man chatta … via Min vård Norrbotten …? || Finns tjänsten på samiska eller meänkieli också?": the service
        # the question points at must be what the quoted passages speak of (anywhere in them: "Funktionerna Sök vård
        # och Chatt …" stands in Min vård Norrbotten's), not the minority languages in general
        pointed = swedish.service_pointed(query.reading, query.history[-1]) if query.intent == "yesno" and query.history else ""
        if pointed and not swedish.mentions_phrase(" ".join(c.chunk.text for c in citations if c.used), pointed):
            return self.refuse(served, query, hits, reason=NOTHING_SAID_OF.format(thing=pointed))
        if swedish.duty_of_municipality_asked(query.reading) and swedish.says_duty_of_region_only(draft.text()):
            # "måste vi i kommunen prata meänkieli med de boende?": what the region must do is no answer for a
            # municipality – said so, not quoted as if it were
            return self.refuse(served, query, hits, reason=MUNICIPALITY_UNTOLD)
        if swedish.asks_unit_gets(query.reading):
            # "Kommer vår avdelning att få färre vårdplatser när det nya sjukhuset är byggt?": the documents plan for the
            # region, not for one unit – said so, not answered by lines on öppna vårdformer as if they told it
            return self.refuse(served, query, hits, reason=UNIT_UNTOLD)
        if query.kind == "number" and not query.english and counted_untold(query, draft.text(), served.index.synonyms):
            # "… hur många i Jämtland Härjedalen som använder 1177:s e-tjänster?": a count of nothing named, answered by
            # lines that say none of what is counted
            return self.refuse(served, query, hits)
        if query.kind == "date" and not query.english and (untold := dated_untold(query, served.passages, draft.text())):
            # "när ska nämnden återrapportera till fullmäktige …?": what is dated no passage says at all, so the day
            # the nämnd was set up is no answer
            return self.refuse(served, query, hits, reason=NOTHING_SAID.format(thing=untold))
        if (untold_contrast := contrast_untold(query, draft, citations)) is not None:
            # "vad e skillnaden mellan en filial o en servicepunkt?": both only named, side by side, never explained
            return self.refuse(served, query, hits, reason=untold_contrast)
        if (no_outcome := outcome_untold(query, citations)) is not None:
            # "Vad kom fram i medborgardialogerna?" is not answered by "Använda erfarenheterna från medborgardialoger …"
            return self.refuse(served, query, hits, reason=no_outcome)
        if (no_contents := contents_untold(query, draft.text(), citations)) is not None:
            # "Vad ingår konkret i planen för utåtriktad verksamhet?" is not answered by "… ska planen … genomföras"
            return self.refuse(served, query, hits, reason=no_contents)
        text = shown.text()
        if no_reason_given(query, citations):
            # (after the English lead, which opens every English answer)
            text = f"{ENGLISH_LEAD}\n{NO_REASON} {text[len(ENGLISH_LEAD):].lstrip()}" if text.startswith(ENGLISH_LEAD) \
                else f"{NO_REASON} {text}"
        # (not where the asker sits: "Jag sitter i kommunstyrelsen i Överkalix och blir förvirrad av Jämtland
        # Härjedalens material – vad är skillnaden …?" asks of Jämtland Härjedalen – unless the question names it
        # again: "… i Överkalix. Har Överkalix kommun antagit …?")
        own = {swedish.fold(p.lower()) for p in swedish.asker_places(query.text)
               if len(re.findall(rf"\b{re.escape(p)}", query.text, re.I)) == 1}
        if untold := [p for p in swedish.places_named(query.reading)
                      if not served.passages.passages_saying(p) and swedish.fold(p.lower()) not in own]:
            # "har sundsvalls kommunfullmäktige antagit målbilden?": no passage names Sundsvall; what is said of its
            # region is the answer, said as such – when the answer is the region's ("… Örnsköldsviks lokala
            # handlingsplan?" is not answered by Norrbotten's strategy)
            region = swedish.region_of_places(query.reading)
            if region and not any(c.meta.region == region for c in citations):
                return self.refuse(served, query, hits, reason=PLACE_UNNAMED.format(places=swedish.joined_names(untold)))
            text = PLACE_UNTOLD.format(places=swedish.joined_names(untold), region=region or "länet") + "\n" + text
        listed = [c for c in citations if swedish.is_reading_list(heading_of(c.chunk))]
        if listed and not swedish.asks_reading(query.reading):
            # "Vilka mål har Uppsalas målbild?": a link under "Fler regioners målbilder" names it, says nothing of
            # it; what the other sources say is not about it either
            others = [c for c in citations if c not in listed]
            only_listed = [n for n in swedish.proper_names(query.reading)
                           if any(n.lower() in c.chunk.text.lower() for c in listed)
                           and not any(n.lower() in c.chunk.text.lower() for c in others)]
            if not others or only_listed:
                refusal = self.refuse(served, query, hits)
                if only_listed:
                    link = next((i for c in listed for i in c.chunk.items if only_listed[0].lower() in i.lower()), "")
                    said = f" (”{link}”)" if link else ""
                    refusal = replace(refusal, text=f"{refusal.text} {only_listed[0]} nämns bara i en lista under "
                                                    f"”{heading_of(listed[0].chunk)}”{said}, utan att dokumenten "
                                                    f"säger något mer om det.")
                return refusal
        citations = self.composer.citations(shown, hits, served.passages)  # (marking the context said too)
        return Answer(question=query.text, text=text, answered=True, citations=tuple(citations),
                      searched=searched(query, served.metas), resolved_query=query.search,
                      notices=currency_notices(citations, hits, served.metas), flags=tuple(draft.flags),
                      retrieved=tuple(hits))

    def documents_asked(self, served: Served, query: Query, hits: Sequence[Hit]) -> Answer:
        """"Vilka dokument finns det?": the documents themselves, each citing its opening passage."""
        draft = documents_answer(query, served.passages)
        citations = self.composer.citations(draft, hits, served.passages)
        return Answer(question=query.text, text=draft.text(), answered=True, citations=tuple(citations),
                      searched=searched(query, served.metas), resolved_query=query.search, flags=tuple(draft.flags),
                      retrieved=tuple(hits))

    def refuse(self, served: Served, query: Query, hits: Sequence[Hit], reason: str = "") -> Answer:
        """A plain refusal that says what was searched (and why, when known), nearby topics and questions
        the documents answer."""
        titles = searched(query, served.metas)
        topics = nearby_topics(hits, served.metas)
        suggestions = suggested_questions(topics)
        listing = "; ".join(f"”{t}”" for t in titles)
        text = f"Det står inte i styrdokumenten. {reason + ' ' if reason else ''}" \
               f"Jag sökte i {listing} utan att hitta svar på just det."
        if query.english:  # the asker reads English: the verdict first in their language, the rest as always
            text = f"{ENGLISH_REFUSAL} {text}"
        if topics:
            text += " Dokumenten tar upp närliggande ämnen: " + ", ".join(topics) + "."
        return Answer(question=query.text, text=text, answered=False, searched=titles,
                      resolved_query=query.search, topics=tuple(topics), suggestions=tuple(suggestions),
                      retrieved=tuple(hits))

    def _compare(self, served: Served, query: Query, qvec: np.ndarray, groups: list[tuple[str, list[str]]],
                 mode: str) -> Answer:
        """One row per region or document: the question answered within each group's documents."""
        found = []
        rows = [(label, docs, row_question(query, label, docs, served.passages, self.composer)) for label, docs in groups]
        # each row searches its own question ("Vem fattade beslut om målbilden i Västernorrland?"), in every leg:
        # the other region's name and the words of comparing would only pull in passages about the other (the
        # rows' questions are embedded in one batch)
        # (with the row's topic words once more: "Hur tar de olika länens målbilder upp kontinuitet?" -> each
        # region's lines on kontinuitet rank above its målbild's other lines)
        # (not the words that name the row's documents: "målbilder" is every line of a målbild)
        texts = [f"{sub.search if sub.search != query.search else sub.reading} "
                 f"{row_topic(self.composer.thing_asked(sub, served.passages), docs, served.metas)}".strip()
                 for _, docs, sub in rows]
        vectors = self.embedder.embed_queries(texts)
        for (label, docs, sub), text, vector in zip(rows, texts, vectors):
            hits = self.retriever.search(served.index, text, k=COMPARISON_HITS, mode=mode, documents=docs,
                                         query_vector=vector, sparse_query=text)
            found.append((label, sub, hits))
        check = (lambda sub, draft: holds_answer(sub, draft.text(), self.composer.citations(draft, [], served.passages),
                                                 served.index.synonyms))
        draft = self.composer.compose_comparison(query, found, qvec, served.passages, holds=check)
        all_hits = in_turn([hs for _, _, hs in found])
        citations = self.composer.citations(draft, all_hits, served.passages)
        if not citations:
            return self.refuse(served, query, all_hits)
        return Answer(question=query.text, text=draft.text(), answered=True, citations=tuple(citations),
                      searched=searched(query, served.metas), resolved_query=query.search, flags=tuple(draft.flags),
                      retrieved=tuple(all_hits))

    def _answer_parts(self, query: Query, mode: str, generate: bool = True) -> Answer:
        """"När antogs målbilden, och vad ska nämnden göra med den?": each part answered as its own
        question (a later part reads the earlier ones as its conversation, so "den" is the målbild),
        one after the other under the part it answers, the sources numbered across the whole answer."""
        served = self.served()
        asked: list[str] = []
        answers: list[tuple[str, Answer]] = []
        subs: list[Query] = []
        whens: list[bool] = []  # each part that only asks when the thing the part before named was
        first: Query | None = None
        for part in query.parts:
            # ("…, och vad fokuserar den på enligt verksamhetsplanen?": asked of the thing the first part names)
            said = swedish.with_referent(part, first.reading) if first is not None else part
            sub = replace(self.understand(said, (*query.history, *asked), query.documents), parts=())
            # (an English question's too, when its asker's town gave the region: "… at the health centre in Strömsund
            # … in this county, and what are its main points?")
            if query.regions and set(sub.regions) != set(query.regions) and not swedish.regions_named(said) \
                    and (not query.english or not named_in(sub.reading, served.metas)[1]):
                # (the region the whole question gave, by its preamble too, not one a kind word alone gives the part:
                # "Jag är socialchef i en kommun i Västernorrland. Vem har fastställt vår målbild …, och vem ska anta
                # den i kommunerna?" – not Norrbotten's, the one document whose kind is "målbild")
                sub = replace(sub, regions=query.regions, named_documents=query.named_documents,
                              search=f"{sub.search} {' '.join(query.regions)}",
                              # ("Är X:s målbild uppbyggd som Y:s, och hur många delar har de var?": each region's)
                              intent="comparison" if len(query.regions) >= 2 and sub.intent in ("number", "list", "what",
                                                                                              "summary", "date", "who")
                              else sub.intent)
            if first is not None and not sub.follow_up:
                # "…, och vad ska nämnden göra med den?": a later part is about what the first one named
                # (or a part with no topic of its own: "…, och vilka exempel finns på saker att jobba med?")
                # (or only what was done: "… Ge en kort sammanfattning av hur arbetet organiserades.")
                own = swedish.topic_words(sub.reading).strip(" ?").split()
                no_thing = swedish.names_no_thing(own)
                # (or only what happens when: "hur har X tagits emot hittills, o vad händer framöver?")
                # (or the conclusion drawn from it: "…, och vilken slutsats drar planen om regionens ansvar?")
                # (or whom it touches: "När infördes Cosmic, och vilka verksamheter påverkas?")
                # (or the event the first part asked of, named again: "när bestämdes det att regionen skulle ha en
                # hälso- och sjukvårdsnämnd och vem tog beslutet" – that decision)
                again = bool(set(swedish.events_in(sub.reading)) & set(swedish.events_in(first.reading))) \
                    and len(own) <= EVENT_AGAIN_WORDS
                about = swedish.topic_words(first.reading) if swedish.points_back(sub.reading) or \
                    all(swedish.done_like(w) for w in own) or swedish.only_happening(own) or no_thing \
                    or swedish.asks_conclusion(sub.reading) or swedish.asks_affected(sub.reading) or again else ""
                if no_thing:
                    # "…, och varför inte i alla?" (of the kommuner with medborgardialoger): asked of what the first
                    # part named, not why the change is made at all
                    sub = replace(sub, reading=f"{sub.reading.rstrip(' ?')} – {about.strip(' ?')}?")
                # (and of the document the first part named, when it names none: "vem har tagit fram strategin och
                # vem är uppdragsgivare?" asks who commissioned the strategy)
                whose = [] if sub.named_documents else [kind_word(first.reading, served.metas[d])
                                                        for d in first.named_documents if d in served.metas]
                sub = replace(sub, regions=sub.regions or first.regions,
                              named_documents=sub.named_documents or first.named_documents,
                              search=" ".join(x for x in (sub.search, about, *whose, *([] if sub.regions else first.regions)) if x))
            elif first is not None and not sub.regions and first.regions:
                # "what's the purpose of the Västernorrland vision, and is it part of some bigger regional strategy?":
                # a part leaning on the first stays in the first one's region
                sub = replace(sub, regions=first.regions, search=f"{sub.search} {' '.join(first.regions)}")
            region = self._answered_region(served, answers[0][1]) if answers and not sub.regions and not query.regions \
                and not swedish.regions_named(said) and not swedish.asks_other_regions(sub.reading) else ""
            if region:
                # "När hölls workshoparna ute i länet, och när togs det politiska beslutet att anta målbilden?": the
                # målbild of the region whose workshops the first part's answer told of
                sub = replace(sub, regions=(region,),
                              named_documents=tuple(d for d in sub.named_documents
                                                    if d in served.metas and served.metas[d].region == region))
            first = first or sub
            above = [c for _, a in answers if a.answered for c in a.citations]
            # (not after who decided: "Vem fattade beslut om den, och när?" is the decision's date, not those the lines
            # on who decided name in passing, "Beslut i SVOM hösten -21 …")
            when_of_it = swedish.asks_when_of_it(part) and first is not sub and first.kind != "who"
            whens.append(when_of_it)
            subs.append(sub)
            asked.append(part)
            if when_of_it and above and told_above(sub, above, served.index.synonyms, when_of_it=True):
                # "…, and when did it happen?": the date stands in the line the part before quoted ("Ändring tillkom i
                # HSL 1 juli –21 …"), not in another search's dates
                answers.append((part, Answer(question=part, text="", answered=False, resolved_query=sub.search)))
                continue
            each = self._for_each(served, sub, answers[0][1]) if answers and swedish.asks_for_each(sub.reading) else None
            answers.append((part, each or self._answered(sub, mode, generate)))
        if not answers[0][1].answered:
            if not swedish.points_back(subs[0].reading) and all(
                    sub.kind == "date" and not swedish.topic_words(sub.reading).strip(" ?") for sub in subs[1:]):
                # (the later parts only ask when of a thing the documents do not name: "vilka utbildningar i
                # journalsystemet får jag gå och när?" – "När var det?" – is not answered by the day the journal
                # system came; a first part pointing back is answered as one: "Vem har beslutat om den och när?")
                return answers[0][1]
            # the first part is what the others lean on: without it, the question is answered (or not) as one
            return self._answered(replace(query, parts=()), mode, generate)
        citations: list[Citation] = []
        blocks: list[str] = []
        said: list[str] = []
        english = False
        quoted_above: set[tuple[str, str]] = set()
        # (an English question's parts are told in English: "See the answer above.")
        said_above, not_found = (PART_SAID_ABOVE_EN, PART_NOT_FOUND_EN) if query.english else (PART_SAID_ABOVE, PART_NOT_FOUND)
        first_text: str | None = None  # the first part's own answer …
        told_by_first = True  # … said alone when every later part is told above it
        for at, (part, answer) in enumerate(answers):
            if not answer.answered:
                above = [c for _, a in answers[:at] if a.answered for c in a.citations]
                told = told_above(subs[at], above, served.index.synonyms, when_of_it=whens[at])
                blocks.append(f"”{part}”: {(said_above if told else not_found)}")
                told_by_first &= told
                continue
            quoted = {(c.chunk.id, u) for c in answer.citations for u in c.used}
            # both parts answered by the same passage (or all but a related line of it): said once – unless the part's
            # first line is its own ("Nämnden ansvarar inte för Beställning Vårdval primärvård." before two of the
            # nämnd's tasks said above, under "har dom hand om vårdvalet också?")
            lead = next(({(c.chunk.id, u) for u in c.used} for c in answer.citations if c.used), set())
            # (nor a part asking what letters stand for, whose answer spells them out itself: "Vad står RSR för?" after
            # SVOM, both read from the one sentence that names both)
            letters = swedish.asked_acronym(part)
            spelled_out = bool(letters) and letters in answer.text.split("[", 1)[0]
            if answer.text in said or (quoted and len(quoted & quoted_above) >= PART_REPEATED_SHARE * len(quoted)
                                       and lead <= quoted_above and not spelled_out):
                blocks.append(f"”{part}”: {said_above}")
                continue
            body = without_said(answer, quoted & quoted_above, part)
            # (what is left once the sentences said above are taken out no longer names what the part asks of: "Vad
            # innebär patientkontrakt, står det något om det i strategin?" is told above, not by the strategy's other
            # sections)
            last = (swedish.question_sentences(answer.resolved_query) or [answer.resolved_query])[-1]
            asked_of = max(swedish.content_words(swedish.asked_mentioned(last)).split(), key=len, default="")
            if at and len(asked_of) >= PART_WORD_LETTERS and not swedish.names_whole(body, asked_of) \
                    and any(swedish.names_whole(text, asked_of) for text in said):  # (its own word, not a part)
                blocks.append(f"”{part}”: {said_above}")
                continue
            said.append(answer.text)
            quoted_above |= quoted
            text = renumbered(body, answer.citations, citations)
            if text.startswith(ENGLISH_LEAD):  # said once, above the parts
                text, english = text[len(ENGLISH_LEAD):].lstrip("\n"), True
            blocks.append(f"”{part}”:\n{text}")
            if at:
                told_by_first = False
            else:
                first_text = text
        if len(blocks) >= 2 and first_text is not None and told_by_first:
            # every later part told by the first part's answer ("vem antar den formellt i kommunerna, och när?":
            # "Formellt är målbilden på väg att antas i början av 2021 … av kommunfullmäktige"): one answer, said once
            blocks = [first_text]
        if english or query.english:  # (an English question's parts may be read in Swedish: the lead all the same)
            blocks.insert(0, ENGLISH_LEAD)
        notices = tuple(dict.fromkeys(n for _, a in answers for n in a.notices))
        flags = tuple(dict.fromkeys(("parts", *(f for _, a in answers for f in a.flags))))
        return Answer(question=query.text, text="\n\n".join(blocks), answered=True, citations=tuple(citations),
                      searched=searched(query, served.metas), resolved_query=" | ".join(a.resolved_query for _, a in answers),
                      notices=notices, flags=flags, retrieved=tuple(in_turn([a.retrieved for _, a in answers])))

    def _thread_summary(self, query: Query, mode: str) -> Answer:
        """"sammanfatta det kort" after a conversation of several turns: what each turn was answered, in brief (its
        first sentences, or a list's lead and first items) under the turn's question, the sources numbered across."""
        served = self.served()
        citations: list[Citation] = []
        blocks: list[str] = []
        resolved: list[str] = []
        retrieved: list[Sequence[Hit]] = []
        not_found, said_above = (PART_NOT_FOUND_EN, PART_SAID_ABOVE_EN) if query.english else (PART_NOT_FOUND, PART_SAID_ABOVE)
        told: set[str] = set()
        for at, turn in enumerate(query.summed_turns):
            try:
                sub = self.understand(turn, query.summed_turns[:at], query.documents)
            except QuestionRejected:
                continue
            answer = self._answered(sub, mode, generate=False)
            resolved.append(answer.resolved_query)
            retrieved.append(answer.retrieved)
            if not answer.answered or "rejected" in answer.flags:
                blocks.append(f"- ”{sub.text}”: {not_found}")
                continue
            qvec = self.embedder.embed_queries([sub.search])[0]
            brief = brief_of(answer.text, partial(self.composer._similarity, qvec=qvec, passages=served.passages), told)
            told |= {u["said"].strip() for u in _SOURCED.finditer(brief)}
            if not brief:
                blocks.append(f"- ”{sub.text}”: {said_above}")
                continue
            cited = [c for c in answer.citations if f"[{c.rank}]" in brief]
            blocks.append(f"- ”{sub.text}”: {renumbered(brief, cited, citations)}")
        if not citations:  # nothing earlier was answered: the request is answered (or not) as a question of its own
            return self._answered(replace(query, summed_turns=()), mode)
        lead = THREAD_SUMMARY_LEAD_EN if query.english else THREAD_SUMMARY_LEAD
        text = "\n".join([*([ENGLISH_LEAD] if query.english else []), lead, *blocks])
        return Answer(question=query.text, text=text, answered=True, citations=tuple(citations),
                      searched=searched(query, served.metas), resolved_query=" | ".join(resolved),
                      flags=("thread-summary",), retrieved=tuple(in_turn(retrieved)))

    @staticmethod
    def _answered_region(served: Served, answer: Answer) -> str:
        """The one region whose documents an answered part quotes, or "" (none answered, or several regions)."""
        regions = {served.metas[c.chunk.document].region for c in answer.citations
                   if c.used and c.chunk.document in served.metas}
        return next(iter(regions)) if answer.answered and len(regions) == 1 else ""

    def _for_each(self, served: Served, sub: Query, first: Answer) -> Answer | None:
        """"…, och vilka exempel finns för varje?": of the list the first part answered with, each item's own work
        list (the strategy's four directions, each with its "Exempel på områden att arbeta med"); None when the
        first answer cited no such list."""
        listed = next((c.chunk for c in first.citations if len(c.chunk.items) >= 2), None)
        draft = self.composer.examples_for_each(listed, served.passages) if listed is not None else None
        if draft is None or not draft.lines:
            return None
        return self.check(served, sub, draft, [Hit(c, 1.0) for c in draft.cited])

    def _generate(self, answer: Answer, hits: Sequence[Hit], metas: dict[str, DocumentMeta]) -> Answer:
        """Optional generative mode (generate.py, shared with the llama-index query engine); never loses the answer."""
        from .generate import Generator

        if self._generator is None:
            self._generator = Generator(self.settings)
        return self._generator.rewrite(answer, hits, metas)


# ---------------------------------------------------------------- helpers of the stages

DATED_DAY_HITS = 3  # a question naming a day is about the documents when one of this many passages says that day
SPECIFIC_PLACE = 3  # the rank a passage saying a specific documents' word for a staff word is given
PROCESS_TURNS = 3  # a comparison that points back asks the how of one of this many turns before it
PART_NOT_FOUND = "Det står inte i styrdokumenten."
EVENT_AGAIN_WORDS = 3  # a later part this short naming the first part's event ("vem tog beslutet?") asks of that event
PART_SAID_ABOVE = "Se svaret ovan."
THREAD_SUMMARY_LEAD = "Kort sammanfattat, fråga för fråga:"
THREAD_SUMMARY_LEAD_EN = "In brief, question by question:"
BRIEF_ITEMS = 5  # of a turn's answer in a thread summary: its first sentence, and of a list its first items
BRIEF_TOPIC_SENTENCES = 2  # … of what the documents say on a topic, the sentences closest to what was asked
PART_NOT_FOUND_EN = "The steering documents do not say."
PART_SAID_ABOVE_EN = "See the answer above."
PART_TOLD_ABOVE_INTENTS = ("list", "date", "number", "what")  # a refused part may be told by the answer above
PART_REPEATED_SHARE = 0.75  # a later part whose quoted sentences were this much quoted above is "Se svaret ovan"
PART_WORD_LETTERS = 4  # a part's own word this long keeps a sentence an earlier part quoted ("alla", "ersättare")
PART_THING_LETTERS = 6  # a later part's topic word this long, said by no sentence above, is not told above ("skolan")
UNLISTED = "Dokumenten nämner {noun} men räknar inte upp vilka: ”{said}” (”{title}”, {heading})."
PLACES_UNNAMED = "Dokumenten namnger dem inte, de säger bara: ”{said}” (”{title}”, {heading})."
ONLY_THE_WHOLE = "Dokumenten anger bara hur många det är sammanlagt: ”{said}” (”{title}”, {heading})."
NO_DAY = "Dokumenten anger ingen dag, bara: ”{said}” (”{title}”, {heading})."
DATED_THING_LETTERS = 5  # a word this long of what a date question dates is one some passage must say
ASKED_PHRASE_WORDS = 3    # "Nämns de fackliga organisationerna …?": a thing of at most this many words is pinned where said …
ASKED_PHRASE_LETTERS = 7  # … when one of its words is this long
ASKED_THING_WORDS = 2  # "Vad säger planen om X?": an X this short is a thing the answer must name, not a paraphrase
MENTIONED_KEY_LETTERS = 6  # "Står det något om X?": one of X's words this long must stand in what answers it
MENTIONED_ELSEWHERE = "”{thing}” nämns i ”{title}” (under ”{heading}”), inte i de dokument frågan gäller."
REGION_TOPIC_LETTERS = 7  # a topic word this long that a region's documents never say is a topic they do not take up
REGION_LACKS = "Dokumenten från {region} tar inte upp ”{word}”; det gör bara andra regioners dokument."
NO_REASON = "Dokumenten anger inget skäl till det, de säger bara:"
WHERE_SAID = "Det står i {titles}:"
WHERE_SAID_EN = "It is said in {titles}:"
WHERE_HEADINGS = 2  # the headings named for each document a "which document says …?" answer quotes
PLACE_UNNAMED = "Dokumenten nämner inte {places}."
PLACE_UNTOLD = "Dokumenten nämner inte {places} särskilt; det här säger de om {region}:"
NO_OUTCOME = "Dokumenten säger inte vad som kom fram; de säger bara: ”{said}” (”{title}”, {heading})."
NOTHING_NAMED = "Dokumenten nämner inte {thing}."
MIN_WHICH_LETTERS = 3  # "vilken app …?": the shortest thing a which-question asks of that no passage may name
MIN_HEAD_LETTERS = 5   # a compound's head the documents say ("ändring" of "lagändring") is the thing in their words
MIN_WHICH_COMPOUND_LETTERS = 8  # a shorter word asked of ("parti") is said as itself or not at all, not as two parts
MUNICIPALITY_UNTOLD = "Dokumenten säger inget om vad kommunen ska göra här; det de säger om det gäller regionen."
UNIT_UNTOLD = "Dokumenten säger inget om vad som händer med en enskild avdelning eller enhet."
NOTHING_SAID_OF = "Dokumenten säger inget om det för {thing}."
CONTRAST_UNTOLD = "Dokumenten nämner {a} och {b} tillsammans men förklarar inte vad som skiljer dem åt."
NO_CONTENTS = "Dokumenten nämner {thing} men säger inte vad som ingår: ”{said}” (”{title}”, {heading})."
OTHER_REGION = "Dokumenten kommer från {covered} och säger inget om det här för {region}."
UNDATED = "”{title}” anger inte när den togs fram eller antogs ({note})."
NOTHING_SAID = "Dokumenten säger ingenting om ”{thing}”, så de anger inte heller när."
GLOSSARY_LEAD = "Terms in the quotes:"  # the Swedish terms an English question's answer quotes, named in English
ENGLISH_REFUSAL = "The steering documents do not answer this (they are in Swedish; details below in Swedish)."


def undated_document(query: Query, metas: Mapping[str, DocumentMeta]) -> DocumentMeta | None:
    """For a question on when the one document it names by kind was made or adopted, that document when its
    metadata says it states no date; else None."""
    if query.kind != "date" or len(query.named_documents) != 1 or not swedish.asks_when_made(query.reading):
        return None
    meta = metas.get(query.named_documents[0])
    if meta is None or not named_by_kind(query.reading, meta):
        return None
    # (or a date of another kind than the decision asked: "När antogs verksamhetsplanen?" – the plan gives its period,
    # "planperiod 2025–2027", not when it was adopted; a decision date of something else is no answer)
    decided_asked = asked_event(query) == "decision" and bool(meta.date_note) \
        and not re.search(r"antag|antog|beslut|faststäl|godkän", meta.date_note, re.I)
    return meta if not meta.date or decided_asked else None


def unlisted(query: Query, citations: Sequence[Citation]) -> str:
    """For a list question whose things the documents only name ("… med gemensamt fastställda indikatorer."),
    a sentence saying so and where; else ""."""
    noun = swedish.asked_list_noun(query.reading, query.regions).lower() if query.intent == "list" else ""
    for citation in citations if noun else ():
        said = next((u for u in citation.used if swedish.names_only_at_end(u, noun)), "")
        if said and not any(swedish.names_them(u) for u in citation.used):  # (unless the next sentence names them)
            return UNLISTED.format(noun=noun, said=said.rstrip("."), title=citation.chunk.title,
                                   heading=heading_of(citation.chunk))
    # ("Vilka sjukhus finns i Norrbotten?": "… fem sjukhus i länet, tre vid kusten och två i Malmfälten" names none)
    place = swedish.asked_place(query.reading) if not query.english else ""
    for citation in citations if place else ():
        said = next((u for u in citation.used if swedish.mentions(u, place)), "")
        if said:
            return PLACES_UNNAMED.format(said=said.rstrip("."), title=citation.chunk.title, heading=heading_of(citation.chunk))
    return ""


def contents_untold(query: Query, text: str, citations: Sequence[Citation]) -> str | None:
    """For "Vad ingår i X?" answered with no list and no sentence that tells what X holds, a sentence saying
    the documents only name X, and where ("" when nothing was quoted); None when the answer tells it."""
    thing = swedish.contents_asked(query.reading)
    if not thing or "\n- " in f"\n{text}" or any(swedish.tells_contents(u) for c in citations for u in c.used):
        return None
    named = next(((u, c) for c in citations for u in c.used), None)
    return NO_CONTENTS.format(thing=thing, said=named[0].rstrip("."), title=named[1].chunk.title,
                              heading=heading_of(named[1].chunk)) if named else ""


def outcome_untold(query: Query, citations: Sequence[Citation]) -> str | None:
    """For "Vad kom fram i X?" answered with no sentence that tells a result, a sentence saying the documents only
    name X, and where ("" when nothing was quoted); None when the answer tells it."""
    thing = swedish.outcome_asked(query.reading)
    if not thing or any(swedish.tells_outcome(u) for c in citations for u in c.used):
        return None
    named = next(((u, c) for c in citations for u in c.used), None)
    return NO_OUTCOME.format(said=named[0].rstrip("."), title=named[1].chunk.title,
                             heading=heading_of(named[1].chunk)) if named else ""


def asked_to_be_named(query: Query) -> str:
    """The thing a question asks whether the documents (or the ones it names) say – "Står det något om X …?", "Finns
    det X i Jämtland?", "Vad säger verksamhetsplanen om X?" – which an answer must name, or ""."""
    return swedish.asked_mentioned(query.reading) or swedish.asked_exists(query.reading) or thing_asked_of_document(query)


def thing_asked_of_document(query: Query) -> str:
    """For "Vad säger verksamhetsplanen om hemmonitorering?" – a summary of a short thing (a word or two), asked of
    a document or a region – that thing: the answer must name it (or where else it is named is said); else ""."""
    if query.intent != "summary" or not (query.named_documents or query.regions):
        return ""
    topic = swedish.summary_topic(query.reading)
    # (two things joined count as two words: "… om mödrahälsovården och gravida?")
    words = [w for w in swedish.content_words(topic).split() if w.lower() not in ("och", "eller")]
    return topic if 0 < len(words) <= ASKED_THING_WORDS and not swedish.points_back(topic) else ""


def switched_topic(query: Query) -> str:
    """For a follow-up that only names another region ("vad är SIP?" + "och i Jämtland då?"), what the earlier
    question asked of ("SIP"), less the places it named; else "": the region is asked the same thing, and its
    documents must say that thing to answer it."""
    if not (query.follow_up and query.regions and query.history) or not swedish.region_only(query.reading):
        return ""
    places = {w for r in swedish.regions_named(query.history[-1]) for w in r.lower().split()}
    return " ".join(w for w in swedish.content_words(swedish.topic_words(query.history[-1])).split()
                    if w.lower() not in places and not swedish.region_word(w))


def mentioned_elsewhere(query: Query, passages: Passages) -> str:
    """For "Står det något om X i <a region's or a named document>?" when only other documents say X, a sentence
    saying where it is named ("”hemmonitorering” nämns i ”Tillsammans för nära vård …” (under ”Öppnare
    vårdformer”) …"); else ""."""
    mentioned = asked_to_be_named(query) or switched_topic(query)
    # (less the document it points at: "anhöriga i den" is "anhöriga")
    mentioned = re.sub(r"\s+(?:i|inom)\s+(?:den|det|dem|dom|denna|detta)\s*$", "", mentioned, flags=re.I)
    key = max(swedish.content_words(mentioned).split(), key=len, default="") if mentioned else ""
    # (an acronym is a key however short: "Finns det något om AI i strategin?")
    if (len(key) < MENTIONED_KEY_LETTERS and not (len(key) >= 2 and key.isupper())) \
            or not (query.regions or query.named_documents):
        return ""
    scope = set(query.named_documents) or {n for n, m in passages.metas.items() if m.region in query.regions}
    saying, thing = passages.chunks_saying(key), mentioned
    if not saying and passages.synonyms is not None:
        # (or in the documents' word for it: "står det nåt om anhöriga i den?" – "närstående" stands in the plan)
        said = next((w for w in passages.synonyms.added(key) if passages.chunks_saying(w)), "")
        saying, thing = (passages.chunks_saying(said), f"{mentioned}” (”{said}") if said else ([], mentioned)
    if not saying or any(c.document in scope for c in saying):
        return ""
    # (the passage saying the whole thing first: "mobila team" is named under "Öppnare vårdformer", not by the
    # "mobiltandvård" that shares its first word's stem)
    named = next((c for c in saying if swedish.says_phrase(f"{c.section} {c.text}", mentioned)), saying[0])
    return MENTIONED_ELSEWHERE.format(thing=thing, title=named.title, heading=heading_of(named))


def labels_the_topic(query: Query, citations: Sequence[Citation]) -> bool:
    """Whether the list lines an answer quotes name what the question (with its thread) is about: a who-question
    answered by the list label of the thing itself names no one ("Patientkontrakt och Samordnad individuell plan
    (SIP)"); a contact line does ("Lisbeth Löpare Johansson Samordnare")."""
    # (an acronym however short: "vem ska kalla till en SIP …?" is not answered by the label naming SIP)
    topic = [w for w in swedish.content_words(swedish.topic_words(query.search)).split()
             if (len(w) >= MENTIONED_KEY_LETTERS or (w.isupper() and len(w) >= 2))
             and not swedish.done_like(w)]  # ("vem fattade beslutet …?" is not named by "Fattades i SVOM 221202")
    items = [i for c in citations for i in quoted_items(c)]
    # (a line that names a body answers who: "Målbilden beslutas i varje huvudmans ordinarie beslutsprocess")
    return any(swedish.mentions(i, w) for i in items for w in topic) and not any(swedish.names_body(i) for i in items)


def quoted_items(citation: Citation) -> list[str]:
    """The list items a citation's quoted lines say, each said in its place or bare ("Under ”…” nämns i listan: Inte ha
    en tidsbegränsning på målbilden." -> "Inte ha en tidsbegränsning på målbilden")."""
    return [i for u in citation.used for i in citation.chunk.items if u.rstrip(".").endswith(i.rstrip("."))]


def no_reason_given(query: Query, citations: Sequence[Citation]) -> bool:
    """Whether a why-question is answered by one list line that gives no reason ("Varför ska målbilden inte ha någon
    tidsbegränsning?": the slide's "Inte ha en tidsbegränsning på målbilden" only says so)."""
    if not swedish.asks_why(query.reading) or sum(len(c.used) for c in citations) != 1:
        return False
    item = next(iter(quoted_items(citations[0])), "")
    # (a line that goes on after a comma may give its reason there: "Inte använda begreppet Nära Vård, målbilden är
    # oberoende av omställningen")
    return bool(item) and "," not in item and not swedish.gives_reason(item)


def partly_said(query: Query, citations: Sequence[Citation]) -> str:
    """For a count of a part the documents give only the whole of, or a day they give only the year or
    season of, a sentence saying what they do give and where; else ""."""
    for citation in citations:
        for used in citation.used:
            if query.kind == "number" and swedish.counts_only_the_whole(used, query.reading):
                template = ONLY_THE_WHOLE
            elif query.kind == "date" and swedish.has_year(used) and swedish.lacks_asked_day(used, query.reading):
                template = NO_DAY
            else:
                continue
            return template.format(said=used.rstrip("."), title=citation.chunk.title, heading=heading_of(citation.chunk))
    return ""


def region_scope(query: Query, metas: Mapping[str, DocumentMeta]) -> tuple[list[str] | None, str]:
    """The documents a question is searched in and the words searched for keywords: a question the conversation's
    region was given to ("Hur många är vi i nämnden i Norrbotten?" -> "Har nämnden hand om vårdvalet också?") is
    searched in that region's documents, without the region's name, which every one of them says and so tells
    nothing but pulls passages that say it often. (A region the question names itself stays searched: measured,
    scoping those too changed 135 answers of the eval, 10 better and 12 worse.)"""
    documents = list(query.documents) or None
    if len(query.regions) != 1 or documents or query.intent in ("comparison", "contrast") \
            or query.regions[0] in named_in(query.reading, metas)[1] \
            or (not query.thread_region and query.regions[0] in named_in(query.search, metas)[1]):
        # (a region the question's own words name, however spelt: "norrbottningar"; or an earlier question's, that
        # its search holds: "… enligt Norrbottens strategi?" -> "och vad förväntas av mig som enhetschef då?")
        return documents, query.search
    # (or a region only the asker's town gives: "Jag är läkare på Östersunds sjukhus … Hur beskrivs det där med
    # kontinuitet …?" is asked of Jämtland Härjedalen's documents, whose name the search does not hold)
    region = query.regions[0]
    own = sorted(n for n, m in metas.items() if m.region == region)
    if not own:
        return documents, query.search
    named = "|".join(re.escape(w) for w in region.split())
    words = " ".join(re.sub(rf"\b(?:{named})\w*", " ", query.search).split())
    return own, words if swedish.topic_words(words).strip(" ?") else query.search


def region_lacks(query: Query, passages: Passages) -> str:
    """A topic word of the earlier question that a follow-up asks again of one region, when the region's documents never
    say it (nor the documents' word for it) while others do ("Vilken roll har ledarskapet i omställningen?" -> "gäller det
    även oss i Jämtland Härjedalen?": only Norrbotten's documents speak of ledarskap), or "": another region's text is
    no answer."""
    if len(query.regions) != 1 or query.english or query.intent in ("comparison", "contrast") or not query.follow_up \
            or not query.history or not swedish.regions_named(query.reading):
        return ""
    region = query.regions[0]
    named = {swedish.fold(w) for m in passages.metas.values() for w in m.region.lower().split()}  # (any region's name)
    # (only a follow-up that asks the earlier question again of the region: "gäller det även oss i Jämtland
    # Härjedalen?", "och i Jämtland då?"; a question's own words may be staff words for what the region says)
    own = [w for w in re.findall(r"\w+", swedish.topic_words(swedish.without_swap_words(query.reading)))
           if swedish.fold(w.lower()) not in named and w.lower() not in ("och", "men")]
    if own:
        return ""
    for word in re.findall(r"\w+", swedish.topic_words(query.history[-1])):
        # (a qualifier is no topic: "vanliga" of "vanliga invånare")
        # (or an abbreviation, however short: "SIP")
        if (len(word) >= REGION_TOPIC_LETTERS or len(word) >= 2 and word.isupper()) \
                and swedish.fold(word.lower()) not in named and not swedish.done_like(word) \
                and not swedish.adjective_like(word) \
                and not swedish.names_only_documents(word) \
                and says_in_region(passages, word, "") and not says_in_region_or_synonym(passages, word, region):
            return word
    return ""


def other_region(query: Query, metas: Mapping[str, DocumentMeta], passages: Passages, composer: Composer) -> str:
    """A Swedish region the question names that no document is from and no passage names together with
    what is asked ("hur ser målbilden ut i region västerbotten?": Västerbotten is named once, in an EU
    project, never with a målbild), or "": another region's text is no answer about it."""
    if query.regions:  # "jag jobbar i Västerbotten men undrar vad Norrbottens strategi säger …": asked of ours
        return ""
    ours = {swedish.fold(w) for m in metas.values() if m.region for w in m.region.lower().split()}
    return next((r for r in swedish.regions_named(query.reading if query.follow_up else query.text)
                 if not set(swedish.fold(r.lower()).split()) <= ours and not composer.named_with(r, query, passages)), "")


def floor_slack(query: Query, top: Chunk, synonyms: swedish.Synonyms, passages: Passages) -> float:
    """How much lower the relevance floor lies for this question: "… enligt Norrbottens strategi?" found in
    that strategy (the asker said where to look), or "Vilka bitar ingår i avtalet …?" found where the
    documents' word for it stands ("Patientkontraktet består av tre delar": the curated list read the staff
    word as theirs)."""
    if top.document in query.named_documents or translated_in(top, query.search, synonyms, passages):
        return NAMED_DOCUMENT_SLACK
    return 0.0


def counted_untold(query: Query, text: str, synonyms: swedish.Synonyms | None) -> bool:
    """Whether a count that names no counted thing ("hur många i Jämtland Härjedalen som använder 1177:s e-tjänster?") is
    answered by text that says none of its words – not in the documents' words ("utbrändhet … tjejer": "kvinnor"), not
    its numbers ("1177")."""
    if swedish.counted_noun(query.reading) or not re.search(r"\bhur\s+många\b", query.reading, re.I):
        return False  # (a size or a share is asked of what is said: "Hur stort beskriver SKR att skiftet är?")
    said = [query.reading, *([synonyms.translated(query.reading)] if synonyms else [])]
    numbers = re.findall(r"\d+", query.reading)
    return not any(swedish.names_topic(r, text, query.regions) for r in said) and not any(n in text for n in numbers)


def translated_in(chunk: Chunk, question: str, synonyms: swedish.Synonyms, passages: Passages) -> list[str]:
    """The documents' rare words, given by the curated list for the question's words the documents (almost)
    never use ("avtalet" -> "patientkontrakt"), that the passage holds."""
    unknown = [w for w in re.findall(r"[^\W\d_]{4,}", question) if passages.passages_saying(w) <= RARELY_USED]
    return [d for w in unknown for d in synonyms.added(w)
            if passages.passages_saying(d) <= SPECIFIC_WORD_PASSAGES and swedish.mentions(f"{chunk.section} {chunk.text}", d)]


def with_dated(ranking: Sequence[Hit], k: int, slots: int, floor: float) -> list[Hit]:
    """The ranking with at least `slots` passages dated to the month or day among its first k (the best
    such passages from further down, scoring at least `floor` of the best, take the places of the lowest
    others), the rest in their order.
    A bare year or a plan period ("2025–2027") does not count: it dates a plan, not an event."""
    def dated(hit: Hit) -> bool:
        return any(len(d.split("/")[0]) >= len("2021-05") for d in hit.chunk.dates)

    head = list(ranking[:k])
    missing = slots - sum(dated(h) for h in head)
    best = ranking[0].score if ranking else 0.0
    lifted = [h for h in ranking[k:] if dated(h) and h.score >= floor * best][:max(0, missing)]
    for _ in lifted:
        lowest = max((i for i, h in enumerate(head) if not dated(h)), default=None)
        if lowest is not None:
            head.pop(lowest)
    head = sorted([*head, *lifted][:k], key=lambda h: -h.score) if lifted else head
    return [*head, *(h for h in ranking if h not in head)]


def in_turn(rankings: Sequence[Sequence[Hit]]) -> list[Hit]:
    """Several rankings as one: the first of each, then the second of each, …, each passage once."""
    merged: dict[str, Hit] = {}
    for rank in range(max((len(r) for r in rankings), default=0)):
        for ranking in rankings:
            if rank < len(ranking):
                merged.setdefault(ranking[rank].chunk.id, ranking[rank])
    return list(merged.values())


def searched(query: Query, metas: dict[str, DocumentMeta]) -> tuple[str, ...]:
    """Titles of the documents the question was looked up in."""
    return tuple(metas[d].title for d in (query.documents or metas) if d in metas)


def with_specific(hits: list[Hit], passages: Passages, query: Query, top_k: int) -> list[Hit]:
    """The hits with the passages that say a documents' word for a staff word of the question, where
    few passages say it ("övergångsåldern" -> the one passage on "klimakteriebesvär"), placed third
    (SPECIFIC_PLACE) when the search ranked them lower: the curated word list is evidence the search
    cannot weigh (a rare word in a long passage scores low on every leg)."""
    words = passages.documents_words(query.search)
    if not words or len(hits) < top_k:
        return hits
    # (within the documents asked about: "Står det nåt i Norrbottens målbild om …?" pins none of the plan's)
    allowed = set(query.documents or query.named_documents) or None
    saying: dict[str, int] = {}  # passage -> how many of the words it says, each by the length of its staff phrase
    for w, weight in words.items():
        for c in passages.chunks_saying(w):
            saying[c.id] = saying.get(c.id, 0) + weight
    # ("remisser" and "vänteläge" before "sjukhusvård" alone; asked as "bollas fram och tillbaka", before
    # "väntetider" and "tillgänglighet" asked as "väntar")
    candidates = [c for c in passages.chunks if c.id in saying and (allowed is None or c.document in allowed)]
    return pinned_third(hits, sorted(candidates, key=lambda c: -saying[c.id]), top_k)


def pinned_third(hits: list[Hit], chunks: Sequence[Chunk], top_k: int) -> list[Hit]:
    """The hits with the first few (SPECIFIC_WORD_PASSAGES) of these passages not already shown among the
    first SPECIFIC_PLACE placed there, the rest after them (with_specific, with_named_month)."""
    place = min(top_k, SPECIFIC_PLACE) - 1  # among the passages a plain answer reads its sentences from
    shown = {h.chunk.id for h in hits[:place + 1]}
    pinned = [Hit(c, hits[top_k - 1].score) for c in chunks if c.id not in shown][:SPECIFIC_WORD_PASSAGES]
    if not pinned:
        return hits
    ids = {h.chunk.id for h in pinned}
    rest = [h for h in hits if h.chunk.id not in ids]
    return [*rest[:place], *pinned, *rest[place:]]


def says_in_region(passages: Passages, word: str, region: str) -> bool:
    """Whether a region's documents ("" for any) say a word (by its stem, as `Passages.chunks_saying`)."""
    return any(not region or (m := passages.metas.get(c.document)) is not None and m.region == region
               for c in passages.chunks_saying(word))


def says_in_region_or_synonym(passages: Passages, word: str, region: str) -> bool:
    """`says_in_region`, or says one of the documents' words for it ("brukaren": Jämtland Härjedalen's målbild
    speaks of the medborgare)."""
    return says_in_region(passages, word, region) or bool(passages.synonyms) and any(
        says_in_region(passages, said, region) for said in passages.synonyms.added(word))


def with_named_month(hits: list[Hit], passages: Passages, query: Query, top_k: int) -> list[Hit]:
    """The hits with the passages dated in the month the question names ("Vilken grupp för unga sa ja till
    visionen i december 2022?" -> "Fattades i Barnarenan 221212"), placed third (SPECIFIC_PLACE) when the
    search ranked them lower and few passages are dated so (a date is evidence no leg weighs)."""
    months = swedish.months_named(query.reading)
    if not months or len(hits) < top_k:
        return hits
    dated = [c for c in passages.chunks if any(d[:7] in months for d in c.dates)]
    return pinned_third(hits, dated, top_k) if len(dated) <= SPECIFIC_WORD_PASSAGES else hits


def with_named_phrase(hits: list[Hit], passages: Passages, query: Query, top_k: int) -> list[Hit]:
    """The hits with the passages that say a name the question spells as the documents do ("Vad kan man göra i
    Min vård Norrbotten?"), placed third (SPECIFIC_PLACE) when the search ranked them lower and few passages say
    it: the name's words are common ones ("min", "vård"), so no leg weighs the name itself."""
    if len(hits) < top_k:
        return hits
    allowed = set(query.documents) or None
    for phrase in swedish.name_phrases(query.reading):
        saying = passages.saying_phrase(phrase, allowed)
        if saying:
            return pinned_third(hits, saying, top_k) if len(saying) <= SPECIFIC_WORD_PASSAGES else hits
    return hits


def with_asked_thing(hits: list[Hit], passages: Passages, query: Query, top_k: int) -> list[Hit]:
    """The hits with the few passages that say every word of the thing a question asks whether the documents say
    ("Nämns de fackliga organisationerna någonstans i nämndens verksamhetsplan …?": the plan's one list line on them),
    placed third (SPECIFIC_PLACE) when the search ranked them lower: a phrase said once in a long list scores low on
    every leg, and a preamble's words ("… på Piteå älvdals sjukhus") pull other passages up."""
    if len(hits) < top_k or query.english:
        return hits
    thing = swedish.content_words(asked_to_be_named(query))
    words = [w for w in thing.split() if not swedish.points_back(w) and not swedish.regions_named(w)]
    if not words or not any(len(w) >= ASKED_PHRASE_LETTERS for w in words) or len(words) > ASKED_PHRASE_WORDS:
        return hits
    allowed = set(query.documents or query.named_documents) or None
    saying = [c for c in passages.chunks_saying(" ".join(words)) if allowed is None or c.document in allowed]
    return pinned_third(hits, saying, top_k) if 0 < len(saying) <= SPECIFIC_WORD_PASSAGES else hits


def with_glossary(answer: Answer) -> Answer:
    """An English question's answer with the documents' terms it quotes named in English (swedish.english_glossary),
    on one line after it: the quotes stay as the documents say them."""
    lines = answer.text.split("\n")
    at = 1 if lines and lines[0].startswith(ENGLISH_LEAD) else 0
    quoted = "\n".join(lines[at:])
    for title in {c.chunk.title for c in answer.citations}:  # (a document's title is a name, not a quoted term)
        quoted = quoted.replace(title, " ")
    glossed = swedish.english_glossary(quoted)
    if not glossed:
        return answer
    lines.append(GLOSSARY_LEAD + " " + "; ".join(f"{said} = {english}" for said, english in glossed) + ".")
    return replace(answer, text="\n".join(lines))


def told_above(part: Query, above: Sequence[Citation], synonyms: swedish.Synonyms | None, when_of_it: bool = False) -> bool:
    """Whether a later part the composer could not answer on its own is held by what the parts before it quoted ("Vad
    är det övergripande målet …, och vilka strategier ska vi jobba efter för att nå dit?": målet with its five
    strategies) – only a part asking for a kind of fact (a lookup's check is too loose to tell), and not an English
    part, whose reading is checked loosely ("who does it affect?" of Cosmic)."""
    # (not a part naming a thing no sentence above says: "…, och finns det något där som rör oss i skolan?")
    quoted = " ".join([*(u for c in above for u in c.used), *(f"{c.chunk.section} {c.chunk.list_intro}" for c in above)])
    # (nor the figures quoted above, pointed back at: "hur stor andel är positiva …, och från vilket år är siffrorna?")
    unsaid = [w for w in swedish.topic_words(part.reading).split() if len(w) >= PART_THING_LETTERS
              and not swedish.names_only_documents(w) and not said_in(quoted, [w], synonyms)
              and not (swedish.names_the_figures(w) and swedish.says_figure(quoted))]
    # (an English part that only asks when it was is checked as strictly as a Swedish one: "…, and when did it happen?"
    # after the line "Ändring tillkom i HSL 1 juli –21 …"; its reading's words are the part before's, in part English)
    when_of_it = when_of_it and part.kind == "date"  # (`when_of_it`: the part as typed only asks when the thing was)
    return bool(above) and part.intent in PART_TOLD_ABOVE_INTENTS and (not part.english or when_of_it) \
        and (not unsaid or when_of_it) and holds_answer(part, "", above, synonyms)


def renumbered(text: str, cited: Sequence[Citation], citations: list[Citation]) -> str:
    """An answer's text with its [n] numbered as in `citations`, a list of sources across several answers that its
    own sources (`cited`) are added to, each passage once."""
    number: dict[int, int] = {}
    for c in cited:
        same = next((d for d in citations if d.chunk.id == c.chunk.id), None)
        if same is None:
            same = replace(c, rank=len(citations) + 1)
            citations.append(same)
        number[c.rank] = same.rank
    return re.sub(r"\[(\d+)\]", lambda m: f"[{number.get(int(m.group(1)), int(m.group(1)))}]", text)


def brief_of(text: str, similarity: Callable[[list[str]], np.ndarray] | None = None, said: Set[str] = frozenset()) -> str:
    """An answer in brief, for a summary of a conversation: when it holds a list, its first sentence, the list's lead
    and the first sentence of its first items on one line; else its first sentence and the one closest to what was
    asked (`similarity` scores sentences against the question) – each with its sources ("… [2]"). What else the
    documents take up, the English lead line, and sentences in `said` (told for an earlier turn) are left out."""
    lines = [line.strip() for line in text.split("\n") if line.strip() and line.strip() != ENGLISH_LEAD]
    lines = lines[:next((k for k, line in enumerate(lines) if k and line.startswith(ALSO_LEAD)), len(lines))]
    lines[:1] = [lines[0].split(f" {ALSO_LEAD}")[0]] if lines else []
    if not lines:
        return ""
    if lines[0] == TOPIC_LEAD:
        # what the documents say on a topic, section by section: the sentences closest to what was asked ("… vid länets
        # större särskilda boenden för äldre (SÄBO)" for where mobiltandvård is offered), in their order
        units = _sourced_units([line.lstrip("- ") for line in lines[1:]], said)
        if similarity is None or len(units) <= BRIEF_TOPIC_SENTENCES:
            return " ".join(units[:BRIEF_TOPIC_SENTENCES])
        scores = similarity([_SOURCES.sub("", u) for u in units])
        best = sorted(sorted(range(len(units)), key=lambda k: -scores[k])[:BRIEF_TOPIC_SENTENCES])
        return " ".join(units[k] for k in best)
    at = next((k for k, line in enumerate(lines) if line.startswith("- ")), len(lines))
    if at < len(lines):
        parts = [_first_sentence(lines[0])] if at > 0 else []
        lead = lines[at - 1] if at > 0 else ""
        if lead and lead != lines[0]:
            parts.append(_first_sentence(lead))
        items = [_first_sentence(line[2:]) for line in lines[at:] if line.startswith("- ")]
        # (a list cut short says so, and how long it is: "…; … (11 punkter)")
        parts.append("; ".join(items[:BRIEF_ITEMS]) + (f"; … ({len(items)} punkter)" if len(items) > BRIEF_ITEMS else ""))
        return " ".join(x for x in parts if x)
    units = _sourced_units(lines, said)
    if len(units) <= 1 or similarity is None:
        return units[0] if units else ""
    scores = similarity([_SOURCES.sub("", u) for u in units[1:]])
    return f"{units[0]} {units[1 + int(np.argmax(scores))]}"


_SOURCED = re.compile(r"(?P<said>.+?)(?P<sources>(?:\s*\[\d+\])+)(?=\s|$)")  # a sentence (or more) and its sources
_SOURCES = re.compile(r"\s*\[\d+\]")


def _sourced_units(lines: Sequence[str], said: Set[str]) -> list[str]:
    """The lines' sentences, each run with its sources ("… [2]"), less those in `said`."""
    return [f"{u['said'].strip()} {u['sources'].strip()}" for line in lines for u in _SOURCED.finditer(line)
            if u["said"].strip() not in said]


def _first_sentence(line: str) -> str:
    """A line's first sentence with its sources ("Jag har en vård som är tillgänglig för mina behov. [2]"); a lead-in
    ending in ":" whole."""
    if line.rstrip().endswith(":"):
        return line.strip()
    unit = _SOURCED.match(line)  # up to its first sources
    said, sources = (unit["said"], unit["sources"].strip()) if unit else (line, "")
    first = re.split(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ”“\"])", said.strip(), maxsplit=1)[0]
    return f"{first} {sources}".strip()


def without_said(answer: Answer, said: set[tuple[str, str]], part: str) -> str:
    """A part's answer without the sentences an earlier part's answer quoted that say nothing of the part's own
    words (said inside a run of cited sentences, with more after it: "Uppdragsgivaren … [1] Strategin har tagits
    fram i samverkan med … [1]" under "vilka var med och skrev den?" says only the second; "Nämnden består av 13
    ordinarie ledamöter och 13 ersättare." stays under "finns det ersättare också?")."""
    own = [w for w in swedish.content_words(part).split() if len(w) >= PART_WORD_LETTERS]
    text = answer.text
    for c in answer.citations:
        for sentence in c.used:
            cited = f"{sentence} [{c.rank}] "
            if (c.chunk.id, sentence) in said and cited in text and not any(swedish.mentions(sentence, w) for w in own):
                text = text.replace(cited, "", 1)
    return text


def two_topics_apart(query: Query, passages: Passages) -> tuple[str, str] | None:
    """The two topics of a summary asked of "X och Y" that no passage names together, each named by some passage
    ("… om samverkan och SIP"), or None ("hälsofrämjande och förebyggande insatser" is one thing the documents say)."""
    pair = swedish.summary_pair(query.reading) if query.intent == "summary" and not query.english else None
    if pair is None or passages.passages_saying(f"{pair[0]} och {pair[1]}"):
        return None
    return pair if all(passages.passages_saying(topic) for topic in pair) else None


def said_in(text: str, words: Sequence[str], synonyms: swedish.Synonyms | None) -> bool:
    """Whether a text says one of the words, or a word the synonym list gives for one ("vårdcentral": hälsocentral)."""
    return any(swedish.mentions(text, w) for w in words) or bool(
        synonyms and any(swedish.mentions(text, said) for w in words for said in synonyms.added(w)))


def contrast_untold(query: Query, draft: Draft, citations) -> str | None:
    """Why a contrast is no answer when the documents only name its two things, side by side (a row said to be
    only named, and every quoted sentence naming both), or None."""
    if len(query.contrast) != 2 or MENTIONED_ONLY not in draft.text():
        return None
    quoted = [u for c in citations for u in c.used]
    a, b = query.contrast
    # (each by the words the other lacks: "primärvård i egen regi" and "Vårdval primärvård" share "primärvård")
    own_a, own_b = ([w for w in swedish.content_words(x).split() if w.lower() not in y.lower()] for x, y in ((a, b), (b, a)))
    if quoted and own_a and own_b and all(all(swedish.mentions(u, w) for w in own_a) and
                                          all(swedish.mentions(u, w) for w in own_b) for u in quoted):
        return CONTRAST_UNTOLD.format(a=a, b=b)
    return None


def any_untold(query: Query, passages: Passages) -> str:
    """What a "Finns det några X (eller Y) …?" question asks for, when no passage says any of its words (nor the
    documents' words for them), or ""."""
    asked = swedish.asked_any(query.reading)
    # (only of two things asked in the same breath, or a schedule: a staff word for one thing the documents say in
    # their own may be absent alone – "Finns det något stödcenter för …?" is answered by the kompetenscentrum)
    paper = swedish.names_working_paper(asked)
    if " eller " not in f" {asked.lower()} " and not re.match(r"tids?plan", asked, re.I) and not paper:
        return ""
    # (a working paper is asked for as such: "rutin" is what no passage says, whatever its topic)
    words = asked.split()[:1] if paper else [w for w in swedish.content_words(asked).split()
                                             if len(w) >= MENTIONED_KEY_LETTERS]
    if not words or any(passages.says_word(w) for w in words):
        return ""
    return asked


def which_untold(query: Query, passages: Passages) -> str:
    """The thing a "vilken X …?" question asks which one of, when no passage says it (nor the documents' word for it, nor
    its parts as a compound): "vilken app använder man för egenmonitorering?" – no document names an app; else "". A
    word for any kind of thing, or a time ("vilket datum …"), asks nothing the documents must name."""
    if not re.match(r"^\s*(?:och\s+|men\s+)?(?:vilken|vilket|vilka)\s+", query.reading, re.I) or query.english \
            or query.intent == "summary":  # ("vilka rubriker finns i målbilden?" asks for its outline)
        return ""
    noun = swedish.asked_list_noun(query.reading, query.regions).lower()
    # (the noun right after the question word: "vilka var inblandade …?" asks who, naming no thing)
    if not re.match(rf"^\s*(?:och\s+|men\s+)?(?:vilken|vilket|vilka)\s+{re.escape(noun)}\b", query.reading, re.I):
        return ""
    # (each of nouns written together: "vilka områden/rubriker …" asks of områden too; and a compound whose head the
    # documents say is said in their words: "lagändring" is "Ändring tillkom i HSL …")
    # (a short word as itself: "parti" is no compound of "par" and "ti…", nor "partner" by its first letters)
    if any(len(n) < MIN_WHICH_LETTERS or n in swedish.GENERIC_NOUNS or n in swedish.TIME_NOUNS or swedish.any_kind(n)
           or (passages.knows_word(n) if len(n) >= MIN_WHICH_COMPOUND_LETTERS else passages.says_whole_word(n))
           or any(passages.starts_a_word(n[i:]) for i in range(1, len(n) - MIN_HEAD_LETTERS + 1))
           for n in re.split(r"[/-]", noun) if n) or not noun.strip("/-"):
        return ""
    return noun


def qualifier_untold(query: Query, passages: Passages) -> str:
    """The words of what a "vad står det om X för Y?" question says X is for that no passage says (nor both their
    parts, nor the documents' word for them), or "": "väntetider för tandreglering för barn" is not answered by what
    the plan says of väntetider ("tandreglering")."""
    if query.intent != "summary" or query.english:
        return ""
    qualifier = swedish.topic_qualifier(query.reading)
    words = [w for w in swedish.content_words(qualifier).split() if len(w) >= MENTIONED_KEY_LETTERS]
    return " eller ".join(w for w in words if not passages.knows_word(w))


def dated_untold(query: Query, passages: Passages, said: str = "") -> str:
    """What a date question dates, when no passage says any of its words ("återrapportera"), nor the answer `said`
    the documents' word for one, or ""."""
    dated = [w for w in swedish.dated_thing(query.reading).split() if len(w) >= DATED_THING_LETTERS
             and not any(swedish.mentions(w, r) for r in query.regions)]
    # (a word that names a document the question names is said by the document itself: "skr-artikeln" is the web
    # article SKR published)
    named = " ".join(f"{m.kind} {m.title} {m.publisher}" for d in query.named_documents if (m := passages.metas.get(d)))
    if named and any(all(swedish.mentions(named, part) for part in w.split("-") if part) for w in dated):
        return ""
    # (or the answer says it in the documents' word for it: "journalsystemet" is the "vårdinformationsstöd Cosmic", a
    # heading's word only; not "hemsjukvård" said otherwise somewhere, when the answer dates Cosmic in the region)
    added = [d for w in dated for d in (passages.synonyms.added(w) if passages.synonyms is not None else [])]
    return " ".join(dated) if dated and not any(passages.passages_saying(w) for w in dated) \
        and not any(swedish.mentions(said, d) for d in added) else ""


def heads_one_listed(listed: str, citations: Sequence[Citation], passages: Passages) -> bool:
    """Whether a quoted passage's heading is one item of a list the documents give under the listed noun ("vilken av
    riktningsförändringarna …?" is answered under "Öppnare vårdformer", one of "Fyra riktningsförändringar i
    verksamheterna")."""
    headings = {swedish.fold(heading_of(c.chunk).lower()) for c in citations if c.used and heading_of(c.chunk)}
    # (the item may say more before the heading's words: "1. Mer hälsofrämjande och förebyggande insatser" is headed
    # "Hälsofrämjande och förebyggande insatser")
    return any(item == h or item.endswith(f" {h}") for chunk in passages.chunks if chunk.items
               and swedish.mentions(f"{heading_of(chunk)} {chunk.list_intro}", listed)
               for item in (swedish.fold(i.lower()).strip(" .") for i in chunk.items) for h in headings)


LONG_DATED_LETTERS = 10  # long words of the thing a date question dates ("gemensamma", "primärvårdsnivån"), one of
LONG_DATED_WORDS = 2     # which its answer must say, when it names at least this many
ENTITLED_KEY_LETTERS = 4  # a right asked of is named by each word this long ("tolk")
LONG_DATED_THING_LETTERS = 14  # a follow-up's date asked of one word this long is of that thing ("egenmonitorering")


def holds_answer(query: Query, text: str, citations, synonyms: swedish.Synonyms | None = None,
                 passages: Passages | None = None) -> bool:
    """The quoted sentences hold the kind of fact asked for, the thing asked about, the event a date
    question asks about, and the places and names asked about."""
    quoted = "\n".join(u for c in citations for u in c.used) or text  # (one line each: list items end without a stop)
    headed = quoted + " " + " ".join(c.chunk.section for c in citations)
    # ("Hur stor del …?" answered by "majoriteten av …": a share said in words is a number of its own)
    share_in_words = query.kind == "number" and swedish.tells_share(quoted, query.reading)
    if query.kind and not swedish.has_kind(query.kind, headed if query.kind == "date" else quoted) \
            and not (query.kind == "who" and (swedish.says_who_must(quoted, query.reading)
                                              or swedish.names_commissioned(quoted)
                                              or any(swedish.opens_with_actor(u, swedish.offered_actors(query.reading))
                                                     for u in quoted.splitlines())
                                              # (a right is granted to a group, no body: "Patienter … har rätt till …")
                                              or (swedish.entitlement_asked(query.reading) and swedish.grants_right(quoted))
                                              )) and not share_in_words:
        return False
    # (a date of another thing: "När ska den gemensamma planen för primärvårdsnivån … vara klar?" is not answered by the
    # dates of the målbild's final report and the graphic design, which name none of it)
    # (and what it is for, in its long words: "… för primärvårdsnivån")
    # (in Swedish: an English question's words are not the documents')
    thing = swedish.dated_thing(query.reading) if query.kind == "date" and not query.follow_up and not query.english else ""
    dated = [w for w in [*thing.split(), *(swedish.dated_purpose(query.reading).split() if thing else [])]
             if len(w) >= LONG_DATED_LETTERS and not swedish.regions_named(w) and not swedish.names_only_documents(w)]
    titled = headed + " " + " ".join(c.chunk.title for c in citations)  # ("Vår gemensamma målbild i Norrbotten")
    if citations and len(dated) >= LONG_DATED_WORDS and not said_in(titled, dated, synonyms):
        return False
    # (or one long word a follow-up was read as asking of: "Och om egenmonitorering då?" + "När ska det vara infört?"
    # is not answered by the date Cosmic came, "Införandet påverkar … under 2025")
    to_be = swedish.thing_to_be(query.reading) if query.kind == "date" and query.follow_up and not query.english else ""
    if citations and len(to_be) >= LONG_DATED_THING_LETTERS and not said_in(titled, [to_be], synonyms):
        return False
    among = swedish.shared_among(query.reading)
    if among and not said_in(headed, [among], synonyms):
        return False  # "… platser fördelade mellan partierna?" is not answered by "13 ordinarie ledamöter"
    any_thing = swedish.asked_any_thing(query.reading) if query.intent == "yesno" else ""
    if any_thing and not said_in(headed, [any_thing], synonyms):
        return False  # "Finns det någon obligatorisk utbildning i suicidprevention …?" is not answered by risk groups
    sides = swedish.asked_any_on(query.reading) if query.intent == "yesno" else ()
    if sides and not any(all(said_in(headed, [w], synonyms) for w in side.split() if len(w) >= MENTIONED_KEY_LETTERS)
                         for side in sides):
        return False  # "Finns det någon särskild satsning på beroendevården eller läkemedelsassisterad behandling …?"
    either = swedish.asked_any(query.reading) if query.intent == "yesno" else ""
    either = [w for w in either.split() if w.lower() != "eller" and len(w) >= MENTIONED_KEY_LETTERS] \
        if " eller " in f" {either} " else []
    if either and not said_in(headed, either, synonyms):
        return False  # "Finns det några kostråd eller riktlinjer för hur maten …?" is not answered by mobiltandvård
    if query.kind == "number" and swedish.names_private(query.reading) and not swedish.names_private(headed):
        return False  # "Hur många sjukhus drivs privat?" is not answered by "… verksamhet på fem sjukhus i länet"
    # (or a sum, when asked "i procent eller kronor")
    if swedish.asks_percent(query.reading) and not swedish.gives_percent(quoted) \
            and not (swedish.asks_percent_or_sum(query.reading) and swedish.has_kind("money", quoted)):
        return False  # "… att vårdskadorna ska minska med en viss procent?" is not answered by the goals without one
    mentioned = asked_to_be_named(query)
    keys = [w for w in swedish.content_words(mentioned).split() if len(w) >= MENTIONED_KEY_LETTERS] if mentioned else []
    if keys and not any(swedish.mentions(headed, key) for key in keys) and not (
            synonyms and any(swedish.mentions(headed, said) for said in synonyms.added(mentioned))):
        return False  # "Står det något om hemmonitorering i Västernorrlands målbild?" is not answered without it
    # "står det nåt om att apoteken ska samverka med hälsocentralerna?" is not answered by what is said of samverkan:
    # the thing it names no passage says (a staff word the documents say otherwise may be absent from the answer:
    # "kvinnor i övergångsåldern" is answered by "klimakteriebesvär")
    heads = swedish.mentioned_heads(mentioned) if mentioned and passages is not None and not query.english else []
    if heads and not said_in(headed, heads, synonyms) and not any(passages.knows_word(h) for h in heads):
        return False
    switched = [w for w in switched_topic(query).split() if len(w) >= MENTIONED_KEY_LETTERS or w.isupper()]
    if switched and not said_in(headed, switched, synonyms):
        return False  # "vad är SIP?" + "och i Jämtland då?" is not answered by Jämtland Härjedalen's målbild
    turned = [w for w in swedish.content_words(swedish.set_before(query.reading)).split() if len(w) >= MENTIONED_KEY_LETTERS]
    if turned and not said_in(headed, turned, synonyms):
        return False  # "Och egenmonitoreringen … – finns det något datum …?" is not answered by the date of the nämnd
    # (by its longest word: "läkemedelsförsörjningen", not "kommunernas", which the nämnd's tasks say too)
    responsible_for = swedish.responsibility_asked(query.reading)
    if query.history and swedish.responsibility_of_earlier(query.reading):
        # ("Vad är patientkontrakt?" + "vem ansvarar för det?": the earlier question's thing; of a date question the
        # thing dated, not its verb: "när beslutades målbilden?" + "vem ansvarar för det?" -> "målbilden")
        earlier = query.history[-1]
        responsible_for = (swedish.dated_thing(earlier) if swedish.intent_of(earlier) == "date" else "") \
            or swedish.topic_words(earlier)
    elif query.history and query.kind == "who" and query.follow_up and not responsible_for \
            and swedish.points_back(swedish.without_determined(query.reading)) and not swedish.regions_named(query.reading) \
            and not swedish.speaks_of_responsibility(query.reading) \
            and not any(swedish.names_only_documents(w) for w in swedish.topic_words(swedish.without_pointing(query.reading)).split()
                        if len(w) >= MENTIONED_KEY_LETTERS):
        # (nor one that names the plan it asks of, the "det" only what the plan is for: "Vem tar fram de lokala
        # handlingsplanerna för det arbetet?")
        # (not "vem ansvarar för att det blir något av det …?": who sees it done, said of the plans the strategy names)
        # "vad innebär patientkontraktet" + "vem är det som utvecklar det?": whoever is named must be named of it, not
        # the nämnd's directions, which never say "patientkontrakt"
        # (of its first question: "hur tog man fram målbilden …, frågade man invånarna nånting?" + "vem var det som
        # fastställde den sen?" asks of the målbild, not the residents)
        earlier = swedish.first_question(query.history[-1])
        # (of a date question, the thing it dated, if it named one: "… när beslutades den?" + "vem bestämde det?" is
        # answered by "Fattades i SVOM 221202", which names no "beslutades")
        # (of how a thing was made, that thing: "Sammanfatta hur man … gick tillväga för att ta fram den gemensamma
        # målbilden" + "och vem tog själva beslutet om den sen?" -> "målbilden", not its longest word "gemensamma")
        # (of what a document says of a thing, that thing: "vad säger nämndens verksamhetsplan om barn och ungas
        # psykiska hälsa" + "och vem ska göra det, …?" -> "psykiska", not "verksamhetsplan")
        responsible_for = swedish.dated_thing(earlier) if swedish.intent_of(earlier) == "date" else \
            swedish.defined_term(earlier) or swedish.made_thing(earlier) or swedish.summary_topic(earlier) \
            or swedish.topic_words(earlier)
    elif query.english:
        responsible_for = ""
    # (not the region it is asked of: "Vem ansvarar för tandvården i Norrbotten?" -> "tandvården")
    whose = sorted((w for w in swedish.content_words(responsible_for).split() if len(w) >= MENTIONED_KEY_LETTERS
                    and not swedish.regions_named(w)), key=len)[-1:]
    # (who drives a piece of work is named in the passage on that work: "Två projektledare, en samordnare …" stands in
    # the list on the gemensam plan för primärvården, which its own line does not name)
    # (nor who was given the task, in the list on the thing: "Lokala samverkansarenor har fått i uppdrag att ta fram
    # lokala samverkansplaner …" above "Sammanställs till en gemensam plan för länet", for "vem tar fram den lokalt?")
    drives = swedish.asks_who_drives(query.reading) or (query.kind == "who" and swedish.names_commissioned(quoted))
    if whose and not said_in(headed, whose, synonyms) and not (drives and any(said_in(c.chunk.text, whose, synonyms)
                                                                              for c in citations)):
        return False  # "… vem som ansvarar för läkemedelsförsörjningen …?" is not answered by the nämnd's tasks
    # (who has a right to a thing: the quoted sentences name that thing, not only rights of another: "Vad är fast
    # vårdkontakt?" + "och vem har rätt till en sån?" is not answered by "… samma rättigheter, möjligheter …")
    entitled = swedish.entitlement_asked(query.reading)
    if entitled and query.history and (swedish.points_back(entitled) or swedish.is_pointing_only(entitled)):
        earlier = swedish.first_question(query.history[-1])
        entitled = swedish.defined_term(earlier) or swedish.topic_words(earlier)
    # (by its own word, not a paraphrase: "vårdkontakt" is not "kontakt med vården"; "tolk" is short but the thing)
    entitled_keys = [w for w in swedish.content_words(entitled).split()
                     if len(w) >= ENTITLED_KEY_LETTERS and not swedish.regions_named(w)]
    if entitled_keys and not all(swedish.says_word_itself(quoted, w) or any(
            swedish.says_word_itself(quoted, said) for said in (synonyms.added(w) if synonyms else ())) for w in entitled_keys):
        return False
    if query.intent in ("yesno", "lookup", "what") and swedish.asks_time_frame(query.reading) \
            and not swedish.tells_time_frame(quoted):
        # (or "Deadline för de lokala handlingsplanerna?" by what they are to be made from)
        return False  # "Finns det någon tidsgräns för hur snabbt … tolk …?" is not answered by the duty to answer in samiska
    if (swedish.asks_frequency(query.reading) or swedish.asks_frequency(query.text)) and not swedish.tells_frequency(quoted):
        return False  # "Hur ofta ska mobiltandvården åka ut …?" is not answered by "… uppgår till 77 procent"
    days = swedish.days_named(query.reading)
    if days and not days & set(swedish.find_dates(headed)):
        return False  # "Vad hände 3 mars 2023?" is not answered by a list of plans for 2023–2025
    months = swedish.months_named(query.reading)
    if months and query.kind != "date" and not months & swedish.months_named(headed):
        return False  # "Vad hände i mars 2023?" neither
    group = swedish.members_asked(query.reading) or swedish.members_counted(query.reading)
    if group and not swedish.tells_members(quoted, group):
        return False  # "vilka sitter i fredagsgruppen?" is not answered by "Statusrapport i Fredagsgruppen 23/9"
    if swedish.asks_name(query.reading) and not swedish.has_new_name(quoted, query.reading):
        return False  # "Vad heter projektledarna?" is answered by their names, not by what they do
    # (an English question by its Swedish reading: "Which hälsocentraler i Norrbotten …?")
    place = swedish.asked_place(query.reading, adjacent=query.english)
    if place and not swedish.names_place(quoted, query.reading, place):
        return False  # "Vilken kommun hade ingen dialog?" is not answered by "… i sex av sju kommuner"
    action = "" if query.english else swedish.asked_action(query.reading)
    if action and not swedish.mentions(quoted, action):
        return False  # "Hur söker man till Forskarskolan?" is not answered by what the Forskarskolan is
    asked = swedish.counted_noun(query.reading)
    # an English two-word noun the staff list knows as a whole ("contact person" -> informationsansvarig)
    phrase = swedish.word_and_next(query.text, asked) if asked and query.english else ""
    by_phrase = synonyms.added(phrase) if synonyms and phrase else []
    if asked and query.english and swedish.mentions(query.text, asked):
        # "the three parts", still English after reading: checked as the documents' word if the term map
        # knows it; else a list question need not name it ("What are the three parts …?"), but a count
        # or a "Who is the chair …?" must ("How many members …?" is not answered by any number)
        asked = swedish.swedish_term(asked) or (asked if query.intent != "list" else "")
    # The thing asked about may stand in the documents' own word ("vårdcentraler" -> hälsocentraler).
    words = [asked, *(synonyms.added(asked) if synonyms else []), *by_phrase] if asked else []
    # (of the people with a property, their share: "hur många norrbottningar är positiva till …?" -> "Andelen som
    # är positiva … uppgår till 77 procent")
    # (or in the documents' word for it: "… som tycker det är okej att …" -> "positiva")
    counted_by = swedish.property_counted(query.reading) if query.kind == "number" else ""
    shared = query.kind == "number" and swedish.counts_by_property(query.reading) and swedish.states_share(quoted) and (
        (bool(counted_by) and swedish.says_phrase(quoted, counted_by))
        or any(swedish.says_phrase(quoted, d) for d in (synonyms.added(query.reading) if synonyms else [])))
    share = [w for w in swedish.share_of(query.reading).split() if len(w) >= MENTIONED_KEY_LETTERS][-1:] \
        if query.kind == "number" and not query.english else []  # (an English reading keeps words untranslated)
    if share and not said_in(quoted, share, synonyms):
        return False  # "… hur mycket andelen inhyrd personal ska minska …?" is not answered by the share positive to 1177
    if query.kind == "number" and not share_in_words and not shared and not swedish.gives_count(quoted, query.reading):
        return False  # "Hur många dog i suicid …?" is not answered by "Två tredjedelar av de som avlider …"
    if asked and not shared and not any(swedish.mentions(headed, word) for word in words):
        return False
    if asked and query.kind == "who" and not query.english and not any(swedish.names_whole(headed, word) for word in words):
        return False  # "Vem är regiondirektör?" is not answered by a sentence on "regionen"
    if asked and query.kind == "number" and not query.english and not shared and \
            not any(swedish.names_compound(headed, word) for word in words):
        return False  # "Hur många nya logopedtjänster …?" is not answered by the share positive to 1177:s "e-tjänster"
    if asked and query.kind == "number" and not shared and not any(swedish.quantifies(quoted, word) for word in words):
        return False  # "Hur många invånare …?" needs a number of invånare, not any number
    # (an English question's digits too: "How many of Norrbotten's 31 primary care clinics are run privately?")
    if query.kind == "number" and not swedish.gives_new_number(quoted, query.reading) and not share_in_words:
        return False  # the number the question already states is no answer
    if query.kind == "date" and swedish.lacks_asked_day(headed, query.reading):
        return False  # "Vilket datum antog …?" is not answered by "i början av 2021"
    if query.kind == "number" and swedish.counts_only_the_whole(quoted, query.reading):
        return False  # "Hur många av hälsocentralerna drivs privat?" is not answered by "sammanlagt 31 …"
    if query.kind == "number" and swedish.asks_share(query.reading) and not swedish.states_share(quoted, query.reading, query.english):
        return False  # "Hur stor andel av vårdpersonalen är inhyrd?" is not answered by "tre grundprinciper"
    share = swedish.share_predicate(query.reading) if query.kind == "number" and not query.english else ""
    if share and not swedish.mentions(quoted, share):
        return False  # "Hur många procent … har högt blodtryck?" is not answered by a share positive to e-tjänster
    hiring = swedish.counted_hiring(query.reading) if query.kind == "number" else ""
    if hiring and hiring not in quoted.lower():
        return False  # "Hur många nya tandläkare ska … rekrytera?" is not answered by the number of clinics
    done = swedish.counted_have_done(query.reading) if query.kind == "number" and not query.english else ""
    if done and not said_in(quoted, [done], synonyms):
        return False  # "Hur många hälsocentraler har hittills infört egenmonitorering?" is not answered by all 31 of them
    doing = swedish.counted_doing(query.reading) if query.kind == "number" and not query.english else ""
    if doing and not swedish.mentions(quoted, doing):
        return False  # "Hur många har svarat på enkäterna …?" is not answered by a share who are positive
    listed = swedish.asked_list_noun(query.reading, query.regions).lower()
    owned = re.search(rf"\b{re.escape(listed)}\s+(\w+)", query.reading, re.I) if listed else None
    if owned and swedish.names_only_documents(owned.group(1)):
        listed = ""  # the owner of a document named ("what nämndens plan say …" of "what does the committee's plan say")
    # (of an English question, only a noun the term map put in: "Which specific indicators …" -> indikatorer)
    translated = not query.english or (listed and not swedish.mentions(query.text, listed))
    # (a who question asks for a person: "Vem är informationsansvarig för Västernorrlands exempel?")
    # (not examples of how or where something is said: "Kan du ge några exempel på hur tandvården nämns …?")
    if listed == "exempel" and query.kind != "who" and not query.english and not swedish.examples_of_saying(query.reading) \
            and not re.search(r"\bexempel\w*|\bt\.\s?ex\b|\bsåsom\b|\bbland annat\b",
                                                                   headed + " " + " ".join(c.chunk.list_intro for c in citations), re.I):
        return False  # "vilka exempel finns för den?" is not answered by the list of five strategies again
    if query.intent in ("list", "lookup") and translated and listed and listed not in swedish.GENERIC_NOUNS \
            and not swedish.asks_one_abstract(query.reading) \
            and len(listed) > 3 and not swedish.asks_why_change(query.reading, query.regions):  # "Vilka skäl …": the why section
        intros = " ".join(c.chunk.list_intro for c in citations)
        # (or the thing a generic compound names: "Vilka av primärvårdsfrågorna …?" is answered of primärvård)
        named = [listed, *(synonyms.added(listed) if synonyms else []), swedish.generic_head_modifier(listed)]
        named = [n for n in named if n]
        if not any(swedish.mentions(f"{headed} {intros}", word) for word in named) \
                and not (passages is not None and heads_one_listed(listed, citations, passages)) \
                and not (swedish.is_group_noun(listed) and swedish.names_people(quoted)) \
                and not (swedish.asks_examples(query.reading) and swedish.is_work_list(intros)):
            # (examples asked, a list of examples to work with given: "Vilka konkreta arbetssätt tar länsstrategin upp
            # som exempel …?" – "Exempel på områden att arbeta med:")
            return False  # "I vilka kommuner …?" needs kommuner in the answer
        # (what is not so is said at a sentence's end: "Nämnden ansvarar inte för Beställning Vårdval primärvård.")
        if query.intent == "list" and "\n- " not in f"\n{text}" and swedish.names_only_at_end(quoted, listed) \
                and not (swedish.asks_what_not(query.reading) and swedish.negated(quoted)) \
                and not any(swedish.names_them(u) for c in citations for u in c.used):  # ("Dessa kan tillkomma …")
            return False  # "Vilka indikatorer …?" is not answered by "… med fastställda indikatorer."
    # (the document's title names its topic too: "… västernorrlandsexemplet …? när publicerades det?" is answered by
    # the article's "Publicerad 17 februari 2021")
    titled = f"{headed} {' '.join(dict.fromkeys(c.chunk.title for c in citations))}"
    # (or, in a thread, the document the follow-up names itself: "hur togs den fram?" + "när publicerades
    # skr-artikeln om det?" is answered by the article's date, its publisher SKR)
    published = f"{titled} {' '.join(dict.fromkeys(c.meta.publisher for c in citations))}"
    if query.kind == "date" and not query.english and not swedish.names_topic(query.search, titled, query.regions) \
            and not (synonyms and swedish.names_topic(synonyms.translated(query.search), titled, query.regions)) \
            and not (query.follow_up and swedish.names_topic(query.reading, published, query.regions)) \
            and not (swedish.says_figure(quoted) and any(swedish.names_the_figures(w)
                                                         for w in swedish.topic_words(query.reading).split())):
        # (the figures quoted dated by the survey they stand in: "… från vilket år är siffrorna?")
        # a date about something else ("När ska patientkontraktet …?" answered with a survey year); the thing
        # may stand in the documents' word ("… ja till den gemensamma visionen" -> "… att anta målbilden")
        return False
    # (an English follow-up's date is of the thing the earlier question asked what it is: "what is this patient
    # contract thing? when was it introduced?" is not answered by the date Cosmic came)
    defined = swedish.defined_term(query.history[-1]) if query.kind == "date" and query.english and query.follow_up \
        and query.history and swedish.intent_of(query.history[-1]) == "what" else ""
    # (in the documents' words: the English word the term map keeps beside its Swedish one, "vision målbild", is none)
    defined = " ".join(w for w in defined.split() if not swedish.swedish_term(w))
    if defined and not said_in(titled, [defined], synonyms):
        return False
    event = asked_event(query) if query.kind == "date" else ""
    if event and not swedish.mentions_event(headed, event, query.reading):
        return False
    passages = [f"{c.chunk.title} {c.meta.publisher} {c.chunk.section} {c.chunk.text}" for c in citations]
    reading = swedish.without_workplace(query.reading) if query.role else query.reading
    # (not where the asker works: "jag är ny på hälsocentralen i Piteå och ser förkortningen SIP …")
    role_parts = {swedish.fold(w) for w in re.findall(r"\w+", query.role.lower())}  # ("BVC" of "BVC-sköterska": who asks)
    # (the role as the asker wrote it: "LSS" of "LSS-handläggare", read as "handläggare")
    role_parts |= {swedish.fold(w.lower()) for whole in (re.findall(rf"[\w-]+-{re.escape(query.role)}\w*", query.text, re.I)
                                                       if query.role else ()) for w in whole.split("-")}
    # (nor a name in the clause naming the role asked as: "SÄBO" of "mig som handledare … på ett SÄBO i Piteå")
    as_role = {swedish.fold(w.lower()) for w in re.findall(r"\w+", swedish.asker_role_clause(query.text))}
    missing = {n for n in swedish.missing_names(reading, passages)
               # (nor a place given as an example of a kind: "… i glesbygd som Jokkmokk?")
               if not any(swedish.fold(n.lower()) == swedish.fold(p.lower())
                          for p in swedish.asker_places(query.text) | swedish.example_places(query.text))
               and swedish.fold(n.lower()) not in role_parts and swedish.fold(n.lower()) not in as_role}
    # an acronym the passages spell out ("SKR": "Sveriges Kommuner och Regioner")
    missing = {n for n in missing if not (n.upper() in swedish.acronyms(reading)
                                          and any(swedish.names_by_letters(n.upper(), p) for p in passages))}
    # a staff name for something the documents call otherwise ("HSN" -> hälso- och sjukvårdsnämnden)
    said = " ".join(passages)
    # (or a name inside a staff phrase the documents say otherwise: "resten av Sverige" -> "riket i övrigt")
    phrased = {w for phrase in (synonyms.staff_phrases(reading) if synonyms else []) for w in phrase}
    said_otherwise = bool(phrased) and any(swedish.mentions_phrase(said, d) for d in synonyms.added(reading))  # (once)
    return not {n for n in missing if not (synonyms and any(swedish.mentions_phrase(said, d) for d in synonyms.added(n)))
                and not (n in phrased and said_otherwise)}


def nearby_topics(hits: Sequence[Hit], metas: dict[str, DocumentMeta], limit: int = 4) -> list[str]:
    """Section headings of the passages closest to a question the documents do not answer."""
    topics: list[str] = []
    titles = {m.title for m in metas.values()}
    for hit in hits:
        heading = hit.chunk.section.split(SECTION_SEP)[-1] if hit.chunk.section else ""
        if heading and heading not in titles and heading.lower() not in (t.lower() for t in topics) \
                and not swedish.has_kind("date", heading) and len(heading) >= 4:
            topics.append(heading)
        if len(topics) >= limit:
            break
    return topics


def suggested_questions(topics: Sequence[str]) -> list[str]:
    """Questions the documents can answer, from the nearby sections' headings."""
    return [f"Vad står det om {t[0].lower() + t[1:] if t[:2].upper() != t[:2] else t}?" for t in topics][:SUGGESTIONS]


def currency_notices(citations, hits: Sequence[Hit], metas: dict[str, DocumentMeta]) -> tuple[str, ...]:
    """Say when an answer rests on an older or superseded document, and point to the newer one."""
    notices = []
    cited = {c.chunk.document for c in citations}
    for name in sorted(cited):
        meta = metas.get(name)
        if meta and meta.superseded_by:
            newer = metas.get(meta.superseded_by)
            notices.append(f"”{meta.title}” har ersatts av ”{newer.title if newer else meta.superseded_by}”.")
    dated = {h.chunk.document: metas[h.chunk.document].date for h in hits
             if h.chunk.document in metas and metas[h.chunk.document].date}
    if dated:
        newest_doc = max(dated, key=dated.get)
        for name in sorted(cited):
            date = metas[name].date if name in metas else ""
            if date and newest_doc not in cited and dated[newest_doc][:4] > date[:4]:
                newest = metas[newest_doc]
                notices.append(f"Svaret bygger på ”{metas[name].title}” ({metas[name].date_note or date}); "
                               f"det nyare dokumentet ”{newest.title}” ({newest.date_note or newest.date}) "
                               "tar också upp ämnet.")
                break
    return tuple(notices)


def row_inner_intent(query: Query) -> str:
    """What each row of a comparison answers: a comparison with a topic ("Hur beskriver X och Y
    tillgänglighet?") asks what each says about it."""
    inner = swedish.intent_of(query.reading)
    if inner in ("list", "what") and re.match(r"^\s*(?:och\s+)?(?:tar|nämner|säger|skriver|beskriver|lyfter)\b",
                                               query.reading, re.I):
        # "tar både norrbottens och jämtland härjedalens målbilder upp att invånaren har ett ansvar …?": what each says
        return "summary"
    inner = {"lookup": "summary", "comparison": "summary", "contrast": "summary", "list": "what"}.get(inner, inner)
    if inner == "yesno" and swedish.asks_likeness(query.reading):
        inner = "summary"  # "Är riktningsförändringarna i planen samma som i strategin?": what each says of them
    return inner


def row_question(query: Query, label: str, docs: Sequence[str], passages: Passages, composer: Composer) -> Query:
    """One row of a comparison as its own question: read as if it named only its own region or document,
    within that row's documents."""
    inner = row_inner_intent(query)
    metas = passages.metas
    others = [r for r in query.regions if r != label]
    # ("Hur skiljer sig Norrbottens målbild från den som Jämtland Härjedalen tagit fram?": who made it is no topic)
    reading = swedish.without_other_regions(swedish.without_made_by(query.reading), others)
    # ("tar både norrbottens och jämtland härjedalens målbilder upp …?": a row asks of its one region, "både" goes)
    reading = swedish.without_comparing(re.sub(r"\bbåde\s+", "", reading, flags=re.I) if others else reading)
    # "… Jämtland Härjedalen och Norrbottens verksamhetsplan …": the kind of a document only another
    # row has is no topic of this row
    own = " ".join(f"{metas[d].kind} {metas[d].title}" for d in docs).lower()
    for name in query.named_documents:
        kind = (metas[name].kind.split() or [""])[0].lower() if name in metas else ""
        if name not in docs and len(kind) >= 5 and kind not in own:  # ("målbild" names Västernorrland's too)
            # with the words that say whose it is: "nämndens verksamhetsplan", "den länsgemensamma strategin"
            # (or a compound on the kind: "länsstrategin")
            reading = re.sub(rf"(?:\b(?:den|det|de)\s+)?(?:\b\w{{2,}}(?:s|a|e)\s+)?\b\w*{re.escape(kind)}\w*", "",
                             reading, flags=re.I)
    sub = replace(query, intent=inner, documents=tuple(docs), named_documents=(), reading=reading,
                  regions=(label,) if label in query.regions else ())
    listed = swedish.things_compared(query.reading) if len(query.named_documents) >= 2 else ""
    if listed:
        # "Är riktningsförändringarna i nämndens plan samma som i strategin?": each document's list of them
        plain = f"Vilka {listed} finns?"
        return replace(sub, intent="list", reading=plain, search=plain)
    # (the latest turn that asked how: "… vem är det som har bestämt den? || hur skiljer sig det mot hur dom gjorde …?")
    earlier = next((t for t in reversed(query.history[-PROCESS_TURNS:]) if swedish.asks_process(t)), "") \
        if query.follow_up else ""
    if earlier and swedish.points_back(swedish.without_comparing(query.reading)) and swedish.asks_how_done(query.reading):
        # "Hur gick det till när Västernorrland tog fram sin målbild?" + "hur skiljer sig det mot hur dom gjorde i
        # Norrbotten?": each row asks the earlier question of its own region (Norrbotten's steps, not one line of them)
        asked = swedish.without_other_regions(earlier, [r for r in swedish.regions_named(earlier) if r != label])
        asked = re.sub(r"\s{2,}", " ", re.sub(r"\b(när|då|hur)\s{2,}(?=\w)", r"\1 man ", asked)).strip()
        asked = asked if label in swedish.regions_named(asked) or not sub.regions else f"{asked.rstrip(' ?')} i {label}?"
        return replace(sub, intent="lookup", reading=asked, search=asked)
    if (swedish.asks_process(reading) or swedish.asks_how_decided(reading)) and inner in ("summary", "what"):
        # "Hur togs målbilden fram i X jämfört med Y?": how, in each (or how an event went: "Hur antogs målbilden
        # formellt i X jämfört med Y?", the lines that tell the decision, not a summary of the målbild)
        return replace(sub, intent="lookup")
    # "X har fem strategier och Y fyra punkter i sina målbilder. Vad har de gemensamt?": the asking sentence names
    # no topic, so each row is what the compared thing is
    asking = re.split(r"(?<=[.!?])\s+", query.reading.strip())[-1]
    # (not when a question comes before it: "Hur mycket ansvar lägger målbilderna … på invånaren? Formuleras det
    # olika?" asks the first question of each)
    asked_before = query.reading.strip()[:-len(asking)].rstrip().endswith("?")
    bare_likeness = asking != query.reading.strip() and not asked_before and swedish.asks_likeness(asking) and \
        not swedish.topic_words(swedish.without_comparing(asking)).replace("sig", "").strip(" ?")
    # ("Är Jämtland Härjedalens målbild uppbyggd på samma sätt som Västernorrlands?", "Vilka teman återkommer i båda
    # målbilderna?", "… när det gäller upplägget?": how each målbild is built is what each one is)
    # (or only what is alike and what differs, of the målbilder themselves: "Jämför målbilden i Västernorrland med
    # Norrbottens – vilka är likheterna och skillnaderna?")
    bare = [w for w in swedish.topic_words(swedish.without_comparing(query.reading)).split()
            if not re.match(r"(?:målbild|likhet|skillnad|jämför|jämförelse|approach|upplägg)", w, re.I)
            and not swedish.regions_named(w) and not swedish.points_back(w) and w.lower() not in ("sig", "från", "mot", "med")]
    # (or a follow-up comparing what the question before asked what it is: "Vad är målbilden i Jämtland Härjedalen?" +
    # "Hur skiljer sig det från Norrbottens?")
    of_malbild = bool(re.search(r"\bmålbild", query.reading, re.I)) or (
        query.follow_up and bool(query.history) and not bare and swedish.intent_of(query.history[-1]) == "what"
        and bool(re.search(r"\bmålbild", query.history[-1], re.I)))
    # (not a date, count or who of each: "när antogs målbilden i norrbotten jämfört med västernorrland?")
    built = of_malbild and inner not in ("date", "number", "who") and not swedish.event_of(query.reading) and (
        swedish.asks_structure(query.reading) or (swedish.asks_likeness(query.reading) and not bare))
    if (inner == "summary" and not composer.summary_topic(sub, passages)) or bare_likeness or built or \
            (inner in ("number", "list", "summary", "lookup", "what") and swedish.asks_parts(reading)):
        # (or its parts: "X och Y har båda målbilder. Hur många delar består de av?" – what each one is)
        # no topic beyond the documents themselves: what each one is, asked plainly of this row
        # ("Hur skiljer sig Västernorrlands målbild från …?" -> "Vad är målbild i Västernorrland?")
        thing = swedish.without_part_words(composer.thing_asked(sub, passages), reading)
        # ("… Norrbottens målbilder för nära vård?": each row's one målbild; every document is about nära vård)
        thing = re.sub(r"\s*\b(?:för\s+)?nära\s+vård\b", "", re.sub(r"\bmålbilder(?:na)?\b", "målbild", thing, flags=re.I),
                       flags=re.I).strip() or thing
        if bare_likeness and (kinds := swedish.DOCUMENT_THING.findall(query.reading)):
            thing = kinds[-1].lower()  # (the kind of document the statement ends on, "i sina målbilder": målbild)
        elif built and not re.fullmatch(r"målbild(?:en)?", thing, re.I):
            thing = "målbild"  # (how each is built is the målbild itself: not "återkommer målbild", "målbild resp strategier")
        plain = f"Vad är {thing} i {label}?" if thing else reading
        # the document the question names within this row is the one asked of ("målbilden i Norrbotten": the
        # målbild, not the strategy)
        named = tuple(d for d in query.named_documents if d in docs)
        return replace(sub, intent="what", reading=plain, search=plain if thing else sub.search, named_documents=named)
    return sub


def row_topic(thing: str, docs: Sequence[str], metas: Mapping[str, DocumentMeta]) -> str:
    """A comparison row's topic words less those its documents' titles and kinds say ("Kontinuitet uttrycks
    målbilder" -> "Kontinuitet uttrycks" in the målbild rows)."""
    named = " ".join(f"{metas[d].title} {metas[d].kind}" for d in docs if d in metas)
    return " ".join(w for w in thing.split() if not swedish.mentions(named, w))


def comparison_groups(query: Query, metas: dict[str, DocumentMeta]) -> list[tuple[str, list[str]]]:
    """(label, documents) per region or document a comparison question names (all regions if none)."""
    by_region: dict[str, list[str]] = {}
    for name, meta in metas.items():
        if meta.region and (not query.documents or name in query.documents):
            by_region.setdefault(meta.region, []).append(name)
    if len(query.regions) >= 2:
        # ("… i målbilderna för Jämtland Härjedalen, Västernorrland och Norrbotten?": each region's målbild, not
        # Norrbotten's plan and strategy too)
        named = set(query.named_documents)
        return [(region, [d for d in by_region[region] if d in named] or by_region[region])
                for region in query.regions if region in by_region]
    if len(query.named_documents) >= 2:
        return [(metas[n].title, [n]) for n in query.named_documents]
    if len(by_region) < 2 or query.regions:
        return []
    # ("Hur tar målbilderna i de tre länen upp …?": each region's målbild where the named one's kind tells it; the
    # documents' kinds differ, so a region's document with the named one's title word)
    words = {w for n in query.named_documents for w in re.findall(r"\w{5,}", metas[n].kind.lower())}
    return [(region, [d for d in docs if any(w in metas[d].title.lower() or w in metas[d].kind.lower() for w in words)]
             or docs) for region, docs in by_region.items()]


def where_said(answer: Answer, metas: Mapping[str, DocumentMeta], english: bool) -> Answer:
    """"Vilket dokument säger att primärvården ska vara förstahandsval?": the answer opens by naming the documents its
    quoted passages come from, each with the headings it is said under (after the English lead line, for an English
    question)."""
    where: dict[str, list[str]] = {}
    for c in answer.citations:
        if c.used:
            title = metas[c.chunk.document].title if c.chunk.document in metas else c.chunk.title
            headings = where.setdefault(title, [])
            if (heading := heading_of(c.chunk)) and heading != title and heading not in headings:
                headings.append(heading)
    if not where:
        return answer
    joined = partial(swedish.joined_names, last="and" if english else "och")
    said = [f"”{title}”" + (f" (under {joined([f'”{h}”' for h in headings[:WHERE_HEADINGS]])})" if headings else "")
            for title, headings in where.items()]
    lead = (WHERE_SAID_EN if english else WHERE_SAID).format(titles=joined(said))
    text = answer.text
    if text.startswith(ENGLISH_LEAD):
        return replace(answer, text=f"{ENGLISH_LEAD}\n{lead}\n{text[len(ENGLISH_LEAD):].lstrip()}")
    return replace(answer, text=f"{lead}\n{text}")
