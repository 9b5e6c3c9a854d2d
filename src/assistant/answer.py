"""Compose an extractive answer in Swedish from the retrieved passages, every claim cited [n].

No language model is needed: the answer is made of the documents' own sentences, headings and
list items, shaped by what the question asks for (`Query.intent`): a section's lead and its
whole list, a document's outline, a row per concept or region, a date with its year. Citations
can only point at passages that were retrieved or that belong to a retrieved passage's section,
because the numbers are assigned here.

The composer is stateless: everything about one question travels in arguments (`Query`, hits,
the query vector) and in the `Draft` it returns; `Passages` holds only what is the same for
every question (the loaded index's chunks, metadata and unit vectors).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial

import numpy as np

from . import swedish
from .chunking import SECTION_SEP, split_sentences
from .corpus import FIELD  # "Tidsperiod: Pågående." – a field of an article's metadata, as ingest writes it
from .glossary import Definition, define, echo_of, expand_acronym
from .glossary import mentions as mentions_term
from .keyword import Tokenizer
from .query import Query, kind_word
from .types import Chunk, Citation, DocumentMeta, Hit

# Weights of the sentence score: meaning (cosine with the question) dominates, shared words
# and the passage's retrieval rank break ties, later sentences in a passage lose a little.
W_MEANING = 2.0
W_WORDS = 0.5
W_RANK = 0.1
W_POSITION = 0.002
W_OWN_WORDS = 0.3        # a follow-up's own question: the share of its own words in the sentence
MIN_COMPOUND_PART_LETTERS = 4  # a part of a staff compound the passages say ("specialist|vården")
MENTIONED_THING_WORDS = 4  # "kvinnor i övergångsåldern": a thing asked whether the documents mention, in at most so many words
MIN_HEADING_TAIL_WORDS = 3  # a list item that ends on a heading this long is that section ("Mer hälsofrämjande och …")
# the owner of a thing asked about, or where it is, no topic ("Vad är regionens verksamhetsmodell?", "Vad är det för
# målbild vi har för nära vård här i länet?")
OWN_REGION_WORDS = "regionens länet länets"
PUBLISHING_KOMMUNER = re.compile(r"\bkommun\w*", re.I)  # publishers' words that name no document but a topic of its own
ASKED_OF_KOMMUNER = re.compile(r"\bom\s+(?:länets\s+|de\s+)?kommun\w*", re.I)  # ("Vad står det om kommunerna i …?")
VERBATIM_MIN_LETTERS = 8  # a passage's item or sentence this long, found in a framed line, is what the line quotes
OWN_WORDS_SAID = 3  # a follow-up's own words (not the earlier question's) one sentence says, which answers it again
OWN_WORD_LETTERS = 4
AFFECTED_STEMS = r"(?:påverk|berör)"  # a follow-up asking whom a thing touches, said by a sentence said before: kept
MIN_LISTED_ITEMS = 2  # comparison rows set item by item when each is a list of at least this many
TOPIC_WORK_LIST = 0.5      # the work list of a section whose text says the question's rare topic word …
TOPIC_WORK_LIST_PRIOR = 0.3  # … a candidate though not retrieved
TOPIC_WORK_WORD_LETTERS = 8  # … a word this long …
TOPIC_WORK_PASSAGES = 4      # … said by at most this many passages
PARENT_LIST_WORDS = 2  # a sub-section's work list whose lead-in says this many words of the parent's heading is the parent's
NAMED_DOCUMENT_LIST = 0.5  # a list of the one document the question names, over another document's
ITEMS_NAME_IT = 0.25      # a list most of whose items say the asked noun ("Till exempel …"), beside one whose lead does (0.5)
W_OWN_YESNO = 0.6        # … of a yes/no follow-up, whose own words are what it asks ("Är det igång redan?")
W_HEADING = 0.2         # for dates and numbers: the passage's heading names what is asked ("Beslut av målbild")
STAFF_PHRASE_WORDS = 2   # a staff phrase this long for the documents' word that heads a section is a summary of that section
BONUS_KIND = 0.08       # the sentence holds the kind of fact asked for (a date, a number …)
BONUS_ENUMERATES = 0.6  # for "Vilka X": the sentence names X and then several things one by one
BONUS_DEFINES = 0.1     # the sentence defines the term asked about ("X är …", "… (SIP)")
GENERIC_STAFF_TOPIC = "nära vård omställning omställningen innebär betyder arbete arbetet"  # what all staff are told of
NARROWING_LETTERS = 5  # a shorter topic word ("se", "sånt") narrows no list question to a topic of its own
COMMON_OWNER_SHARE = 0.3  # a genitive said in this share of the passages owns the topic, is none ("vårdens miljöpåverkan")
BONUS_NAMED_DAY = 1.0   # the sentence says the very day the question names (it all but answers)
MIN_TOPIC_WORD_ELSEWHERE = 6  # a topic word this long, said beside where the asker works, ties a sentence to the topic
NAMED_PLAN_LINES = 4     # "vad är färdplanen?": the lines the document says of the plan it names
NAMED_PLAN_LEAD = "Om ”{name}” säger dokumentet också:"
CASE_READ_HITS = 3     # passages read for the sentence saying in what case a duty holds ("… när gäller det?")
CASE_SHARED_WORDS = 2  # the question's words that sentence must share ("bemöt…", "språk…")
MEANT_SENTENCES = 5      # "vad menas med att …?": the statement and the sentences after it in its paragraph
MIN_HEADED_LETTERS = 5  # … by its words of at least this many letters
WHY_SECTION_HITS = 2  # "varför …?": the document's own why-section among the passages found first is said as a summary
HEADED_MENTION_HITS = 3  # "står det nåt om X?": a short section headed by X among the passages found first is said whole
GROUP_SENTENCES = 6      # "vilka grupper har högre risk för X?": the sentences of the paragraph naming them, at most
BONUS_WHAT_WAS = 0.5    # "Vad var utgångspunkten …?": the sentence has the asked thing as its subject ("Utgångspunkt är …")
CONTRAST_MENTIONS = 2  # a concept the documents only mention gets this many mentions in its row
OPENING_TOKENS = 2  # a sentence opens with a concept when one of its first two content words names it
BONUS_CONCEPT_OPENS = 0.1    # … or only opens with it ("Den specialiserade vården behöver förändras …")
BONUS_CONCEPT_FRAME = 0.05  # … per word the contrast asks of both concepts it says ("nämndens ansvar för X och för Y")
MIN_FRAME_STEM = 4  # such a word is this long at least
BONUS_CONCEPT_DEFINED = 0.3  # in a contrast: the sentence has the concept as its subject ("Personcentrering handlar om …")
BONUS_NEGATED = 0.15    # "Vad ansvarar nämnden inte för?": the sentence that says "inte" ("Nämnden ansvarar inte för …")
NEAR_REPEAT = 0.85          # sentences sharing this share of their words are the same sentence …
NEAR_REPEAT_MIN_WORDS = 8   # … when they are this long (short list items may differ in one word)
PENALTY_ABOUT_TEXT = 0.2  # "Här presenteras hur …": a sentence about the text, not the matter
PENALTY_PREPARES = 0.3  # a date question about a thing, and a sentence about preparing it ("beslut om att arbeta fram")
# a line of how a document was made ("Så här har målbilden tagits fram › Mars – april 2021: Workshop …"), for a question
# that asks nothing of the making: it names the document as often as its content does
PENALTY_MAKING_OF = 0.2
EVENT_ITSELF = 1.0  # "Vilka var inbjudna till kick-offen?": the list whose line is the event ("Kick-off med …")
BONUS_ROLE = 0.06       # the sentence speaks to staff ("medarbetare", "du", "ditt arbete")
BONUS_ASKED = 0.12      # … and names the thing counted or the event dated
SPECIFIC_WORD_PASSAGES = 3  # a documents' word used by at most this many passages is specific enough to point to one
# A word of the question this few passages say is specific enough to read a lower-ranked passage for it
RARE_WORD_PASSAGES = 2
REVERSE_THING_WORDS = 2  # a thing placed by the words it is named with needs at least this many ("SAM barn unga")
RARE_WORD_COMPANY = 2  # … in a sentence that says this many words of the question
BONUS_DOCUMENTS_WORD = 0.2  # the sentence says, in the documents' word, what the asker said in a staff word ("grafiska formen" -> "grafisk formgivning")
# A further-reading section ("Fördjupning: Västernorrland har sammanfattat sin målbild i ett dokument")
# answers only a question about what to read or other documents.
PENALTY_READING_LIST = 0.3
# … and weighs more for a question asking for a longer text ("Finns det nåt längre dokument där dom har skrivit ner hela
# målbilden?"), which a follow-up's search of the earlier question would bury
BONUS_FURTHER_READING = 0.3
NEXT_ITEMS = 2          # "och vad hände sen?" after an item of a timeline list: the items that follow it
BONUS_BODY = 0.1        # a who-question: the sentence names a body or person, not only "ett politiskt beslut"
MAX_RESPONSIBLE = 2       # the sentences naming who is responsible for the asked thing, said first
BONUS_CONTACT = 0.5     # a who-to-contact question: the line under a page's contact heading ("Informationsansvarig")
WHY_CLAIM_WORDS = 2       # … and say this many of its words
WHY_CLAIM_MARGIN = 0.4     # for a why, the sentences this close to the best state what is asked about (their next gives why)
BONUS_NEXT = 0.1          # what happens next is told by a sentence saying "därefter", "sedan"
BONUS_REASON = 0.06       # a why is answered by a sentence that gives a reason or an effect
NAME_MENTIONS = 2         # a name the documents write mid-sentence this often is known in any case it is typed
BONUS_AFFECTS = 0.2      # "vem påverkas av X?" is answered by a sentence that says what X touches
BONUS_IN_PARTICULAR = 0.3  # "något särskilt för X jämfört med de andra?": the sentence says what holds for X in particular
LONG_TOPIC_WORD = 8  # a topic word this long is said as itself where a section says more of it
MENTIONED_PAIR_WORDS = 5  # "skolan och elevhälsan" is two things asked of; "att kvinnor och män påverkar …" is one
BONUS_NEEDED = 0.1       # "vad krävs för X?" is answered by a sentence saying what X "kräver"
BONUS_HANDLED = 0.4      # "Hur gjorde X med kommunikationen …?": a sentence naming the thing handled ("Kommunikationsavdelningen …")
BONUS_MEANS_FOR = 0.15   # "vad innebär det för regionens verksamheter?" by "För Region Norrbotten innebär det att …"
BONUS_TURNED_TO = 0.2    # a follow-up turning to a region: the sentence names that region ("I Norrbotten …")
BONUS_EVERY = 0.2        # the sentence says of every one what the question asks holds for all ("alla verksamheter")
BONUS_NAMED = 0.12      # the sentence names every name the question asks about ("Barnarenan", "RSR")
BONUS_ASKED_THING = 0.3  # "står det nåt om fackliga organisationer?": the sentence says every word of the thing asked of
ASKED_THING_LETTERS = 5  # … its words this long (of at least two)
BONUS_OFFERED_ACTOR = 0.3  # "vem ska göra det, primärvården eller bup?": the sentence has one of them as its subject
BONUS_EARLY_MENTION = 0.1  # in a topic summary: the sentence is about the topic (named in its first words)
BONUS_DATED_SUBJECT = 0.1  # a date question: the line opens with the dated thing (within SUBJECT_WORDS words)
SUBJECT_WORDS = 3
BONUS_DOING = 0.1       # … and says what is to be done, when the question asks that ("vad ska tandvården göra?")
EARLY_WORDS = 6
SHORT_ITEM_WORDS = 8    # a list item this short is a label, not an explanation
ECHO_LINE = "Nästan samma formulering finns i ”{title}”."  # a definition two documents give in nearly the same words
MAX_OTHER_DECIDERS = 2  # "Vem beslutar om X?": other sentences naming who decides X, besides the best one
ALTERNATIVE_SHARE = 0.6  # a sentence names one of two things asked between ("… X eller Y?"): this share of its words
SHORT_SECTION_SENTENCES = 6  # "Vad är X?" of a section this short (and without a list): all of it, not its lead
MARGIN = 0.12           # sentences within this of the best one are said too
NEIGHBOUR_MARGIN = 2.5  # the best sentence's next sentence may trail by this many margins
MAX_SENTENCES = 3
MAX_ROW_LINES = 8       # a comparison row shows at most this many of its group's lines
MAX_PROCESS_ROW_LINES = 16  # … of how a thing was made, step by step
CONTRAST_STATED_MIN = 2    # a contrast row adds what a list states of the concept alone, when it states this much …
CONTRAST_STATED_ITEMS = 3  # … up to this many items
QUESTION_ITEM_SHARE = 0.6  # a slide's question item is the one asked when the question uses this share of its words
CLAIM_LEAD = "Det här säger dokumenten om det du frågar om:"  # a role question's "att X": the sentences saying X
MIN_CLAIM_WORDS = 2       # … when its claim has at least this many topic words …
MIN_CLAIM_WORD = 4        # … this long …
MAX_CLAIM_SENTENCES = 2   # … and at most this many sentences say them all
MAX_ROLE_SENTENCES = 5  # a role answer without a topic section quotes more of what is said to staff
ROLE_MARGIN = 0.3
ROLE_FOLLOWING_SENTENCES = 3  # how far after a sentence on the topic one in the role's words still goes on from it
OUTLINE_SHORT_LEAD_WORDS = 12  # an outline line whose first sentence is shorter goes on with the next one
WHOLE_ITEM_WORD_LETTERS = 12  # a question's word this long, named whole by some of the list lines picked, picks them
MAX_ROLE_TOPIC_SENTENCES = 4  # a role question on a topic nothing says to staff about: what is said of the topic
ROLE_TOPIC_PASSAGES = 6  # a role question's topic named in more passages than this is too broad to answer from its mentions
MAX_STAFF_SENTENCES = 8  # a section written to staff is quoted whole up to this many sentences
MAX_SUMMARY_CHILDREN = 4  # subsections a section's summary goes into
MAX_OUTLINE = 10        # sections in a summary outline
CONTRAST_LEAD_SENTENCES = 3  # sentences quoted of a contrasted concept's own section
MIN_ROLE_SENTENCE_WORDS = 5  # shorter lines of a role answer's passages are labels, not what is said to the role
ASKING_WORDS = ("enligt",)  # a word of asking a sentence's own words are not counted by ("i enlighet med")
GENERIC_SENTENCES = 3  # "Vad är en målbild?": at most this many sentences that say what any such thing is
THING_WORDS_DATED = 2  # a dated line names at least this many words of the thing whose date is asked
KIND_READ_HITS = 5  # a kind of fact (a date, a number, who) is read from this many passages
TITLE_HEAD_LETTERS = 5       # a question word this long that ends a named document's title word names the document
MAX_WORKPLACE_SENTENCES = 2  # what is to be done where the asker works, in a role answer on a topic
MIN_WORKPLACE_LETTERS = 6    # a workplace word this long may be looked up in the documents' lists ("mödravårdscentral")
WORKPLACE_LIST_LEAD = "Din arbetsplats ({place}) nämns under ”{heading}” ({title}):"
WORKPLACE_LIST_ITEMS = 6  # a list longer than this is said only by its items that name the asker's workplace
WORKPLACE_CARE_LEAD = "För {place}, där du arbetar, tar ”{heading}” ({title}) upp:"
IN_THE_LINE_LEAD = "Så ska arbetet föras ut i verksamheterna:"
MAX_TOPIC_SENTENCES = 5
TOPIC_SECTIONS = 6        # a topic summary says what this many sections say of it ("tandvården": mobiltandvård the 6th) …
ALSO_TOPIC_SECTIONS = 3   # … or, after a section headed by the topic said whole, what this many others say
SECTION_RANK_WEIGHT = 0.05  # a heading that names the topic exactly beats one ranked higher with more words
MAX_EXTRA_HEADING_WORDS = 2  # a heading naming the topic may have this many other words
LEAD_PARAGRAPH_SENTENCES = 3  # a section summary says this much of the section's first paragraph
SHORT_LEAD_WORDS = 6  # a paragraph lead this short is said with the sentence after it
MAX_SUMMARY_LEADS = 8        # lead sentences of a section in a summary
MAX_SUMMARY_LEADS_STRETCHED = 10  # … or, of a section of many paragraphs, enough for each paragraph's lead
HEADED_PREFIX = 6  # letters a topic word shares with a heading's word that says it in another form ("digital…")
TOPIC_PARAGRAPH_SENTENCES = 4  # a later paragraph opening on a topic word its section's heading does not say
MIN_PART_HEADING = 8        # a heading this long named in an earlier section's text is that section's part …
MAX_PARTS = 6               # … when it is among the next this many sections
OUTLINE_ITEMS = 5           # list items shown for a section in an outline …
OUTLINE_ITEM_CHARS = 80     # … when they are this short (longer lists are counted, not quoted)
RELATED_OVERLAP = 0.3
CHUNK_WORDS_CACHE = 8192  # passages whose word sets are kept (a build has about a hundred; the 100x bench 10,000)
PAIR_HALF_WORDS = 3         # "om ledarskap och arbetsmiljö": each half of a pair of topics at most this long
FEW_TOPIC_SECTIONS = 2    # a topic summary over at most this many sections says more of each …
WHOLE_TOPIC_SECTION_SENTENCES = 2  # a section this short is said whole when one of its sentences is on the topic
TOPIC_PASSAGE_SENTENCES = 4  # … up to this many sentences naming the topic (and their context)
MAX_SAID_PLACES = 2          # "I vilka dokument står ”…”?": at most this many places in each document
TREATED_FIRST_TOPIC_SENTENCES = 2  # … (the first section of a longer summary, said with all its sentences naming it)
TREATED_TOPIC_SENTENCES = 3  # … as does the first section of a longer summary that names the topic this often
INFLECTION_LETTERS = 2    # "artikeln" less its ending is the "artikel" a title's "webbartikel" ends on ("arbetsmiljön": "arbetsmiljö")
MIN_STEM_LETTERS = 5      # a word cut to its stem keeps at least this many letters ("kickoffen" -> "kicko")
WHOLE_WORD_ENDING = 4     # "tillgänglig" names "tillgänglighet" (a derivation), "patient" not "patientkontrakt"
TIMELINE_STEPS = 3        # dated list items that make a list a timeline ("Hur togs målbilden fram?")
HOW_WORDS = frozenset({"fram", "till", "väga", "går"})  # words of a how question that name no topic ("tas fram")
# what a document says to a role: a manager gets "Modigt ledarskap", any staff "Nära vård för dig som medarbetare"
CONTRAST_GOES_ON = 2      # a concept's row goes on with at most this many sentences that continue its own …
ECHOED_ON = 2  # sentences after a picked one and the one that leans on it, kept while they open on its things
CONCEPT_HEAD_LETTERS = 4  # … ("Dessa …", or "Planerna …" for "lokal handlingsplan": a word starting the concept's head)
WRITTEN_TO_ROLE_LEAD = "Till dig som {role} säger ”{heading}” ({title}):"
TOPIC_SECTION_LEAD = "Om ämnet säger ”{heading}” ({title}):"  # after what is said to staff: the topic's own section
TOKENS_CACHE = 65536      # texts whose tokens are kept (sentences, headings, titles: about 10,000 at 1x; each a few words)
SHORT_DEFINITION_WORDS = 30  # a one-sentence definition shorter than this goes on with the next sentence …
MAX_DEFINITION_SENTENCES = 4  # … up to this many in all
MIN_DEFINITION_STRENGTH = 3.0  # a term as the subject of "är/innebär/handlar om", or named and explained   # a "Se också" sentence shares at least this share of the question's words


TOPIC_LEAD = "Det här säger dokumenten om det:"
EXAMPLES_ON_TOPIC_LEAD = "Bland exemplen att arbeta med:"  # a section's work-list items that name the topic, after it
EXAMPLES_ON_TOPIC = 3  # … at most this many
BRIEF_LIST_ITEMS = 6  # a list asked for short ("sammanfatta det kort") with at least this many items …
BRIEF_ITEM_WORDS = 12  # … whose items average more words than this says each item's first clause …
BRIEF_CLAUSE_WORDS = 12  # … of at most this many words
BRIEF_WHOLE_ITEM_WORDS = 16  # an item this short is said whole ("… styrningen inom Region Norrbotten mot en mer
                             # tillitsbaserad styrning": its last words are its point)
PART_LEAD = "Det hör till ”{heading}” i ”{title}”:"  # the one part of a document a "vilken del …" question asks for
ALSO_LEAD = "Dokumenten tar också upp det här:"
ABOUT_DOCUMENT = "Om dokumentet:"  # an outline's line on what the document says it is for
_CITED_ITEM_LINE = re.compile(r"^(\s*- )(.+?)( \[[\d, ]+\])$")  # a list line of an answer: its dash, text and citation
HALF_LEAD = "Om {half}:"  # a summary of "X och Y" that no passage says together: each half under its own lead
HALF_TOPIC_SECTIONS = 3  # … in at most this many sections each
ITEMS_ABOUT_LEAD = "Det här av listan handlar om det: "
INTRODUCTION = re.compile(r"^(inledning|bakgrund|syfte|introduktion|om (strategin|planen|dokumentet))", re.I)
SIDE_BY_SIDE = "Dokumenten ställer dem mot varandra: "
INFERRED_ACRONYM_LEAD = "Dokumenten skriver inte ut {term}, men bokstäverna stämmer med ”{spelled}”, som står intill förkortningen:"
NOT_A_THING_ENDINGS = ("na", "da", "ta", "ande", "ende", "ig", "iga", "lig", "liga", "isk", "iska", "ad", "at")
MIN_MODIFIER_LETTERS = 4  # a compound's first part this long must be in some document word ("ambulans"; not "hem")
NEVER_NAMED_LETTERS = 7  # a topic word this long that no passage names ("personalmatsal") may not be lifted by vocabulary
RELATION_SENTENCES = 2  # "hur hänger A ihop med B": A's sentences that name B, at most this many
RELATION_NAME_PASSAGES = 6  # a title word names its document only when at most this many passages use it
DECISION_HEADING = re.compile(r"^(?:förslag|beslut)\b", re.I)  # a dated heading of a decision step is a section of its own
SHARED_LEAD = "Båda nämner: "
SHARED_BY_ALL_LEAD = "Alla {n} nämner: "  # three rows or more
# asked both what is alike and what differs: the words one row's points alone use (of its points: a row's prose may say
# them otherwise, "samverkansorgan", "samarbetar")
ONLY_ONE_LEAD = "Bara {label} punkter nämner: "
POINT_WORDS = 14  # a list item whose first sentence is this short is a point ("Mitt behov är i fokus och jag är delaktig …")
# rows that are lists of the same things (the plan's and the strategy's four riktningsförändringar): item by item
PERIOD_LINE = "”{title}” gäller perioden {period}, enligt sin titel."  # "vilka år gäller verksamhetsplanen?"
LISTS_SAME = "Listorna är likadana."
LISTS_SHARED = "I båda listorna: {items}."
LISTS_SHARED_BY_ALL = "I alla listorna: {items}."
LIST_ONLY_IN = "Bara i {label}: {items}."
_NUMBER_WORD = {n: word for word, n in swedish.COUNT_WORDS.items()}  # 3 -> "tre"
OUTLINE_ROW_LEAD = "”{title}” tar upp: "  # a document's outline as a comparison's cell: its headings
MIN_SHARED_WORDS = 2     # a comparison of likeness or difference says the words both rows use, when there are this many …
MAX_SHARED_WORDS = 8     # … at most this many
MIN_SHARED_LETTERS = 6   # shorter stems ("liv", "fokus") say too little to name as shared
NAMED_HEADING_WORDS = 3  # a heading this long, named whole by a summary question, is all it asks ("Viktiga förutsättningar …")
MIN_OWN_POINT_WORDS = 1  # asked only how they differ: one word a row's points alone name is the difference ("samordning")
MIN_SHARED_STEM = 6  # a stem a staff sentence shares with the answer's topic is this long ("digital"), not "vård"
COMMON_WORD_SHARE = 0.2  # a word in more than this share of all passages is too common to count as shared
ROLE_UNNAMED_LEAD = "Dokumenten vänder sig inte särskilt till dig som {role}, men det här säger de som rör ditt arbete:"
NARROWED_HITS = 3  # a role follow-up narrowing the earlier topic ("när det gäller barn och unga") reads this many passages
OTHER_REGION_STAFF = "(Det här står i dokument från {regions}, inte i dokumenten från {own}.)"
ROLE_TOPIC_LEAD = "Dokumenten vänder sig inte särskilt till dig som {role}, men det här säger de om ämnet:"
ROLE_TOPIC_UNNAMED = "Dokumenten nämner inte {thing}."  # a role follow-up on a thing no passage names (trygg hemgång)
UNNAMED_ROLE_START = ROLE_TOPIC_LEAD.split("{role}")[0].rstrip()  # either lead: the role is said to be unnamed once
CHANGED_LEAD = "{concept} jämfört med {old}: "
ACRONYM_SPELLED = "{term} står för ”{expansion}”"  # then the sentence that spells it out
ACRONYM_IN_LABEL = "{term} står för ”{expansion}”, men dokumenten förklarar inte närmare vad det innebär. "
MENTIONED_ONLY = "nämns men förklaras inte."  # a contrast row whose concept the documents only name
ENGLISH_LEAD = "The documents are in Swedish; this answer quotes them in Swedish."
NOT_EXPLAINED = "Dokumenten förklarar inte närmare vad"  # a term the documents only name
ENGLISH_MENTIONED = "The documents name this but do not explain it further; what they say, quoted in Swedish:"
MAX_DECISIONS = 6  # "Vad har SVOM beslutat?": at most this many of its decisions
_INNER_HYPHEN = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")  # "Kick-off": a word typed with a hyphen inside
FOLLOWED_TOPIC_WORDS = 2  # an earlier summary's topic this short narrows a follow-up's list to the items naming it
RESPONSIBLE_PASSAGES = 2  # the top passages whose body "tar ansvar" answers "vem ska se till att …?"
NEGATED_PASSAGES = 3  # the top passages whose sentence saying what is not answers "Vad ansvarar nämnden inte för?"
WHAT_NOT_PASSAGES = 5  # the top passages a "… och inte för?" question's sentence of what is not is taken from
SUMMARISED_ELSEWHERE = "summarised-elsewhere"  # an outline led by another document's summary of it
SUMMARY_HEADINGS = 3  # another document naming this many of a document's headings summarises it
ELSEWHERE_SENTENCES = 2  # sentences of such a summary said before the outline
RELATION_DOCUMENTS = 2  # a relation is told when at least two of the named documents say something of it
# Words any question about a region's care has, which say nothing of what is asked about it.
REGION_WORDS = "region regionen län länet nära vård omsorg"
NEAR_CARE = "nära vård"  # what every document is about: no topic of a summary of one


@dataclass(frozen=True)
class Passages:
    """What the composer may quote, the same for every question: chunks, metadata, unit vectors."""

    chunks: Sequence[Chunk]
    metas: Mapping[str, DocumentMeta]
    vectors: Callable[[Sequence[str]], np.ndarray] | None = None
    synonyms: swedish.Synonyms | None = None
    vocabulary: Mapping[str, int] | None = None  # swedish.vocabulary_of the documents; of the chunks when not given

    def names_role(self, role: str) -> bool:
        """Whether the documents name the asker's role ("fysioterapeut"): the one rule (swedish.names_role)
        the question's understanding uses too, on the same words; kept per build and role."""
        known = self.__dict__.setdefault("_names_role", {})
        if role not in known:
            words = self.vocabulary if self.vocabulary is not None else swedish.vocabulary_of([c.text for c in self.chunks])
            known[role] = swedish.names_role(role, words)
        return known[role]

    def title_of(self, chunk: Chunk) -> str:
        """The title of a chunk's document as its metadata gives it."""
        return self.metas[chunk.document].title if chunk.document in self.metas else chunk.title

    def asked_words(self, question: str) -> list[str]:
        """The thing a question counts or asks about, and the documents' own words for it."""
        asked = swedish.counted_noun(question)
        if not asked:
            return []
        return [asked, *(self.synonyms.added(asked) if self.synonyms else [])]

    def documents_words(self, question: str) -> dict[str, int]:
        """The documents' words for the staff words of a question (the curated synonym list) that only
        a few passages use: "grafisk formgivning" points to its sentence, "arbete" to none in particular;
        each with its weight, the length in words of the staff phrase that asks for it (`added_weighed`)."""
        added = self.synonyms.added_weighed(question) if self.synonyms else {}
        return {w: n for w, n in added.items() if self.passages_saying(w) <= SPECIFIC_WORD_PASSAGES}

    def all_words(self, words_of: Callable[[Chunk], frozenset[str]]) -> tuple[frozenset[str], str]:
        """Every passage's words (folded stems) and the same joined for compound look-ups (kept per build)."""
        if "_all_words" not in self.__dict__:
            words = frozenset().union(*(words_of(c) for c in self.chunks)) if self.chunks else frozenset()
            self.__dict__["_all_words"] = (words, swedish.joined_words(words))
        return self.__dict__["_all_words"]

    def spelled_names(self) -> list[str]:
        """Names of several words the documents write mid-sentence at least NAME_MENTIONS times ("Min vård
        Norrbotten", "Vårdval primärvård"), longest first: a question may type them in lower case (kept per build)."""
        if "_spelled_names" not in self.__dict__:
            counts: dict[str, int] = {}
            for chunk in self.chunks:
                for phrase in swedish.name_phrases(chunk.text):
                    mid = len(re.findall(rf"(?<=[a-zåäö,] ){re.escape(phrase)}\b", chunk.text))
                    counts[phrase] = counts.get(phrase, 0) + mid
            near = swedish.fold(NEAR_CARE.lower())
            self.__dict__["_spelled_names"] = sorted(
                (p for p, n in counts.items() if n >= NAME_MENTIONS and swedish.fold(p.lower()) != near),
                key=lambda p: -len(p.split()))
        return self.__dict__["_spelled_names"]

    def stem_counts(self, tokenize: Callable[[str], list[str]]) -> dict[str, int]:
        """How many passages use each stem (kept per build: Passages is made once per index)."""
        if "_stem_counts" not in self.__dict__:
            counts: dict[str, int] = {}
            for chunk in self.chunks:
                for stem in set(tokenize(chunk.text)):
                    counts[stem] = counts.get(stem, 0) + 1
            self.__dict__["_stem_counts"] = counts
        return self.__dict__["_stem_counts"]

    def heading_stem_counts(self, tokenize: Callable[[str], list[str]]) -> dict[str, int]:
        """How many distinct section headings use each stem; a document title's stems count as common (kept per
        build)."""
        if "_heading_stem_counts" not in self.__dict__:
            counts: dict[str, int] = {}
            for heading in {heading_of(c) for c in self.chunks}:
                for stem in set(tokenize(heading)):
                    counts[stem] = counts.get(stem, 0) + 1
            for meta in self.metas.values():
                for stem in tokenize(meta.title):
                    counts[stem] = counts.get(stem, 0) + len(self.chunks)
            self.__dict__["_heading_stem_counts"] = counts
        return self.__dict__["_heading_stem_counts"]

    def common_stems(self, tokenize: Callable[[str], list[str]], share: float) -> frozenset[str]:
        """The stems more than `share` of all passages use (kept per build: Passages is made once per index)."""
        key = ("_common_stems", share)
        if key not in self.__dict__:
            counts = self.stem_counts(tokenize)
            self.__dict__[key] = frozenset(s for s, n in counts.items() if n > share * len(self.chunks))
        return self.__dict__[key]

    def saying_phrase(self, phrase: str, documents: set[str] | None = None) -> list[Chunk]:
        """The passages (of `documents`, when given) that say a phrase as one phrase ("Min vård Norrbotten"), found
        among those `chunks_saying` keeps."""
        return [c for c in self.chunks_saying(phrase)
                if (documents is None or c.document in documents) and swedish.says_phrase(c.text, phrase)]

    def chunks_saying(self, phrase: str) -> tuple[Chunk, ...]:
        """The passages that hold every word of a phrase (by its stem, å/ä/ö folded), in document order: a
        substring test, cheap enough for the first question that asks it; kept per build (Passages is made
        once per index)."""
        found = self.__dict__.setdefault("_phrase_chunks", {})
        if phrase not in found:
            texts = self._folded_texts()
            stems = [swedish.fold(w.lower())[:max(4, len(w) - 3)] for w in re.findall(r"\w+", phrase)]
            found[phrase] = tuple(c for c, text in zip(self.chunks, texts) if all(stem in text for stem in stems))
        return found[phrase]

    def _folded_texts(self) -> list[str]:
        """Each passage's text lower-cased and å/ä/ö folded, and again with its inner hyphens dropped (a hyphenated
        word typed whole: "kickoffen" is said by "Kick-off med …"); made once per build (a default argument would be
        made again at every call)."""
        texts = self.__dict__.get("_folded")
        if texts is None:
            texts = self.__dict__.setdefault("_folded", [
                f"{folded} {_INNER_HYPHEN.sub('', folded)}" for folded in (swedish.fold(c.text.lower()) for c in self.chunks)])
        return texts

    def says_word(self, word: str) -> bool:
        """Whether some passage says a word, or a word the synonym list gives for it ("vårdcentral": hälsocentral)."""
        return bool(self.passages_saying(word)) or bool(
            self.synonyms and any(self.passages_saying(said) for said in self.synonyms.added(word)))

    def says_whole_word(self, word: str) -> bool:
        """Whether some passage says a word as a word of its own, with at most an ending ("parti": "partiet", not
        "partner", whose first four letters `says_word` reads as the word's stem)."""
        said = re.compile(rf"\b{re.escape(swedish.fold(word.lower()))}\w{{0,{WHOLE_WORD_ENDING}}}\b")
        return any(said.search(text) for text in self._folded_texts()) or bool(
            self.synonyms and any(self.passages_saying(other) for other in self.synonyms.added(word)))

    def knows_word(self, word: str) -> bool:
        """Whether the passages say a word (`says_word`) or both parts of it as a compound, each starting a word
        ("specialistvården": "specialiserad vård"); "apoteken", "tandreglering" they never say."""
        return self.says_word(word) or any(
            self.starts_a_word(word[:i]) and self.starts_a_word(word[i:])
            for i in range(MIN_COMPOUND_PART_LETTERS, len(word) - MIN_COMPOUND_PART_LETTERS + 1))

    def starts_a_word(self, part: str) -> bool:
        """Whether some passage has a word starting as the part does (its stem, å/ä/ö folded): "vård" of "vårdens",
        not "leri" inside "galleri" – a compound's part, said as a word of its own."""
        starts = self.__dict__.setdefault("_word_starts", {})
        if part not in starts:
            stem = swedish.fold(part.lower())[:max(4, len(part) - 3)]
            starts[part] = any(re.search(rf"(?<!\w){re.escape(stem)}", text) for text in self._folded_texts())
        return starts[part]

    def passages_saying(self, phrase: str) -> int:
        """How many passages hold every word of a phrase (`chunks_saying`)."""
        return len(self.chunks_saying(phrase))

    def list_parts(self, chunk: Chunk) -> list[Chunk]:
        """Every chunk of the list a chunk holds part of (a long list is split across chunks), in order."""
        return [c for c in self.chunks if c.document == chunk.document and c.section == chunk.section
                and c.list_intro == chunk.list_intro and c.items] or [chunk]

    def section_chunks(self, document: str, section: str) -> list[Chunk]:
        """Every chunk of one section (a section path and everything below it), in document order."""
        return [c for c in self.chunks if c.document == document
                and (c.section == section or c.section.startswith(section + SECTION_SEP))]


@dataclass
class Draft:
    """The answer being assembled: lines and the chunks they cite, in citation order; no repeats."""

    lines: list[str] = field(default_factory=list)
    cited: list[Chunk] = field(default_factory=list)
    used: dict[str, list[str]] = field(default_factory=dict)
    said: set[str] = field(default_factory=set)
    flags: list[str] = field(default_factory=list)
    context: list[tuple[str, str]] = field(default_factory=list)  # (line, sentence) said as context of the best one

    def cite(self, chunk: Chunk, used_text: str) -> int:
        """Citation number for chunk (assigned on first use). What it quotes is kept as the passage says it: a line
        framed for the answer ("Under ”X” (…) nämns i listan: <item>") is kept as the items and sentences of the
        passage it holds, so that the source shows them marked."""
        if chunk not in self.cited:
            self.cited.append(chunk)
        self.used.setdefault(chunk.id, []).extend(verbatim_in(chunk, used_text))
        return self.cited.index(chunk) + 1

    @staticmethod
    def key(text: str) -> str:
        """A sentence as `said` keeps it: lower case, words only."""
        return re.sub(r"\W+", " ", text.lower()).strip()

    def repeats(self, text: str) -> bool:
        """Whether this answer said the sentence already (or nothing is in it), also a word or two apart in
        another passage ("minoriteter (som är) …")."""
        key = self.key(text)
        if not key or key in self.said:
            return True
        words = set(key.split())
        return len(words) >= NEAR_REPEAT_MIN_WORDS and any(
            len(words & (other := set(said.split()))) >= NEAR_REPEAT * len(words | other) for said in self.said)

    def fresh(self, text: str) -> bool:
        """True the first time a sentence is said in this answer (the same sentence never twice); marks it said."""
        if self.repeats(text):
            return False
        self.said.add(self.key(text))
        return True

    def say(self, text: str, chunk: Chunk, prefix: str = "") -> bool:
        """Add one cited line (unless that sentence was said already)."""
        if not self.fresh(text):
            return False
        self.lines.append(f"{prefix}{text} [{self.cite(chunk, text)}]")
        return True

    def text(self) -> str:
        """The answer as it is shown."""
        return "\n".join(self.lines).strip()

    def core_text(self) -> str:
        """The answer without the sentences said only as context: what decides whether it holds what was asked (a
        sentence beside the best one may name a number or a name the question asks of another thing)."""
        text = self.text()
        for line, _ in self.context:
            text = text.replace(line, "")
        return re.sub(r"[ \t]{2,}", " ", text).strip()

    def close_up(self) -> None:
        """Drops the passages no line cites any more (after lines were left out), the others' numbers closed up."""
        marks = re.compile(r"\[(\d+(?:,\s*\d+)*)\]")
        shown = {int(n) for line in self.lines for m in marks.finditer(line) for n in m.group(1).split(",")}
        kept = [c for i, c in enumerate(self.cited, 1) if i in shown]
        if len(kept) == len(self.cited):
            return
        number = {self.cited.index(c) + 1: k for k, c in enumerate(kept, 1)}
        self.lines = [marks.sub(lambda m: "[" + ", ".join(str(number.get(int(n), int(n))) for n in m.group(1).split(","))
                                + "]", line) for line in self.lines]
        self.used = {k: v for k, v in self.used.items() if any(c.id == k for c in kept)}
        self.cited = kept

    def core(self) -> Draft:
        """The draft without the sentences said only as context (`core_text`), its passages quoting the rest."""
        said = {sentence for _, sentence in self.context}
        return replace(self, lines=[self.core_text()] if self.context else list(self.lines),
                       used={k: [u for u in v if u not in said] for k, v in self.used.items()}, context=[])


@dataclass(frozen=True)
class Unit:
    """One quotable sentence, list item, list intro or heading of a retrieved passage."""

    rank: int
    position: int
    text: str
    chunk: Chunk
    context: bool = False  # said beside the best sentence as what its passage says around it, not picked for itself


_CITED_SENTENCE = re.compile(r"[^\[\]]+?\[(\d+)\]")
# An answer asked in one or two sentences keeps to them (hold90-35: "… typ i tre meningar" kept to the first three of
# the section written to staff lost its lines on digital tools and working across organisations)
MAX_SENTENCES_KEPT_TO = 2


def within_sentences(draft: Draft, limit: int) -> Draft:
    """The draft kept to its first `limit` cited sentences, when the question asks for that many ("kan du säga vad
    patientkontrakt är i en mening"): a lead without a citation before them stays; the passages cited only by what is
    left out go (every one kept is cited before any left out, in the order said)."""
    if limit <= 0 or limit > MAX_SENTENCES_KEPT_TO:
        return draft  # (three or more: the first ones in the documents' order would leave out what matters most)
    lines: list[str] = []
    count = 0
    for line in draft.lines:
        sentences = list(_CITED_SENTENCE.finditer(line))
        if not sentences:
            if count == 0:
                lines.append(line)  # ("Dokumenten förklarar inte närmare vad X är, men nämner det:")
            continue
        kept = sentences[:limit - count]
        if kept:
            lines.append(line[:kept[-1].end()].rstrip())
            count += len(kept)
        if count >= limit:
            break
    if count == 0 or lines == draft.lines:
        return draft
    numbers = sorted({int(m.group(1)) for line in lines for m in _CITED_SENTENCE.finditer(line)})
    if numbers != list(range(1, len(numbers) + 1)):
        return draft  # (a later passage cited first: not cut, rather than renumbered)
    cited = draft.cited[:len(numbers)]
    said = "\n".join(lines)
    used = {c.id: [u for u in draft.used.get(c.id, []) if u.split()[0] in said] or draft.used.get(c.id, []) for c in cited}
    return replace(draft, lines=lines, cited=cited, used=used)


def units_of(hits: Sequence[Hit]) -> list[Unit]:
    """Every sentence of the hits; a list's introducing sentences, then its items."""
    units: list[Unit] = []
    for rank, hit in enumerate(hits):
        chunk = hit.chunk
        if chunk.items:
            texts = split_sentences(pre_text(chunk)) + split_sentences(chunk.list_intro) + list(chunk.items)
        else:
            texts = split_sentences(chunk.text)
        units += [Unit(rank, pos, text, chunk) for pos, text in enumerate(texts)]
    return units


def pre_text(chunk: Chunk) -> str:
    """A passage's own text before its list (a list chunk's lead, e.g. a slide's motto)."""
    if not chunk.items:
        return chunk.text
    if chunk.list_intro and chunk.list_intro in chunk.text:
        return chunk.text[:chunk.text.index(chunk.list_intro)].strip()
    return chunk.text.split("\n- ")[0].strip() if not chunk.text.startswith("- ") else ""


def head_text(chunk: Chunk) -> str:
    """A list passage's title, section, lead and items: what a list is read by."""
    return f"{chunk.title} {chunk.section} {chunk.list_intro} " + " ".join(chunk.items)


def heading_of(chunk: Chunk) -> str:
    """The chunk's own (innermost) heading."""
    return chunk.section.split(SECTION_SEP)[-1] if chunk.section else ""


class Composer:
    """Builds the cited extractive answer for a `Query` from its hits; holds no per-question state."""

    def __init__(self, tokenizer: Tokenizer | None = None) -> None:
        words_of = tokenizer or Tokenizer()
        # The same sentences, headings and titles come back question after question: their tokens are
        # worked out once (a tuple, so no caller can change what the next question reads).
        self.tokenize = lru_cache(maxsize=TOKENS_CACHE)(lambda text: tuple(words_of(text)))
        # A passage's words (å/ä/ö folded) are the same for every question: worked out once per chunk.
        self._chunk_words = lru_cache(maxsize=CHUNK_WORDS_CACHE)(self._words_of)
        self._chunk_joined = lru_cache(maxsize=CHUNK_WORDS_CACHE)(lambda chunk: swedish.joined_words(self._chunk_words(chunk)))
        # The words for any kind of thing ("områden", "saker"), as stems: the same for every question.
        self._generic_stems = frozenset(w for g in swedish.GENERIC_NOUNS for w in self.tokenize(g))
        # A region's name as words, the same for every question: tokenized once per name.
        self._region_terms = lru_cache(maxsize=CHUNK_WORDS_CACHE)(lambda region: frozenset(self.tokenize(region)))

    # ------------------------------------------------------------ entry

    def compose(self, query: Query, hits: Sequence[Hit], qvec: np.ndarray | None, passages: Passages) -> Draft:
        """The answer for the question's intent; an empty draft when nothing fits (a follow-up asking its own
        question is not answered by only what the earlier question's answer said: `_said_again`)."""
        draft = self._briefly(query, self._for_group(query, self._compose(query, hits, qvec, passages), passages.synonyms))
        draft = within_sentences(draft, query.sentences)  # ("… i en mening", "max 2 meningar")
        if "outline" in draft.flags and swedish.asks_shorter_again(query.text, query.history):
            # ("Kan du sammanfatta den länsgemensamma strategin?" + "sammanfatta det kort": the outline said once
            # already, so its headings, each cited – not the same outline again)
            draft = self._outline_shorter(draft, passages)
        # (not when it asks of a region of its own: "…, och vem gjorde det i Västernorrland?")
        # (nor a yes/no question, which the same sentence may answer: "Är det igång redan?" -> "… som nu är i gång")
        if draft.lines and query.follow_up and query.history and not swedish.regions_named(query.reading) and (
                (not query.role and swedish.asks_own(query.reading) and query.intent != "yesno"
                 and not swedish.asks_state(query.reading)) or self._names_new(query, draft, passages)) \
                and not (swedish.says_why(query.reading) and swedish.gives_cause(draft.text())) \
                and not swedish.asks_whether_also(query.reading):
            # (nor whether others had to act too, which a line said before may answer: "… behövde kommunerna också
            # besluta nåt" -> "Målbilden beslutas i varje huvudmans ordinarie beslutsprocess")
            # (nor why, when what was said gives the reason: "Vad står det om Kiruna sjukhus …?" + "varför ska det rivas
            # egentligen" -> "… kommer att rivas på grund av gruvbrytning …")
            return self._said_again(query, draft, hits, qvec, passages)
        return draft

    @staticmethod
    def _briefly(query: Query, draft: Draft) -> Draft:
        """A list asked for short ("Kan du sammanfatta de fyra punkterna kort med egna ord?"): each item without the
        sentences that only give an example of it ("Till exempel en möjlighet att komma i kontakt med vården …")."""
        if not swedish.asks_brief(query.text) or query.intent not in ("summary", "list", "what", "lookup"):
            return draft
        for k, line in enumerate(draft.lines):
            item = _CITED_ITEM_LINE.match(line)
            sentences = split_sentences(item.group(2)) if item else []
            if len(sentences) >= 2 and all(swedish.gives_example(x) for x in sentences[1:]):
                draft.lines[k] = f"{item.group(1)}{sentences[0]}{item.group(3)}"
        quoted = {text for texts in draft.used.values() for text in texts}  # (a list's own items, not "- Rubrik: …" lines)
        items = [(k, m) for k, line in enumerate(draft.lines)
                 if (m := _CITED_ITEM_LINE.match(line)) and m.group(2) in quoted]
        if len(items) >= BRIEF_LIST_ITEMS and \
                sum(len(m.group(2).split()) for _, m in items) > BRIEF_ITEM_WORDS * len(items):
            # ("Vilka inriktningar och uppdrag har nämnden …?" + "sammanfatta det kort": twelve long items, each by its
            # first clause – the whole items stand in the cited passage)
            for k, m in items:
                if len(m.group(2).split()) > BRIEF_WHOLE_ITEM_WORDS:
                    draft.lines[k] = f"{m.group(1)}{swedish.first_clause(m.group(2), BRIEF_CLAUSE_WORDS)}{m.group(3)}"
        return draft

    def _for_group(self, query: Query, draft: Draft, synonyms: swedish.Synonyms | None = None) -> Draft:
        """A list answer to a question that ends by asking of a group ("… vad nämnden ska göra för barn och unga"): of
        the list's items, those that name the group, when some but not all do; or that name every word of what it
        narrows itself to ("Vilka uppgifter har nämnden när det gäller nära vård?")."""
        items = [line for line in draft.lines if line.startswith("- ")]
        asked = query.intent in ("summary", "list", "lookup", "what")
        group = swedish.asked_for_group(query.reading) if asked else []
        # (each of two things it narrows to, or the documents' word for one: "… när det gäller kvinnors hälsa och
        # skillnader mellan könen?" keeps "Utveckla omhändertagandet av klimakteriebesvär" and "… jämställd hälsa …")
        narrowed = [[w for w in thing.split() if len(w) >= 3]
                    for thing in re.split(r"(?<!-)\s+(?:och|samt|eller)\s+", swedish.when_it_comes_to(query.reading))] if asked else []
        narrowed = [words for words in narrowed if words]
        said_as = [d for thing in narrowed for d in (synonyms.added(" ".join(thing)) if synonyms else [])]
        if not (group or narrowed) and query.intent == "list" and query.follow_up and query.history:
            # "Vad står det om tandvården i planen?" + "ge exempel på konkreta åtgärder": the items of the earlier topic
            topic = swedish.summary_topic(query.history[-1])
            group = [topic] if topic and len(topic.split()) <= FOLLOWED_TOPIC_WORDS and not swedish.points_back(topic) else []
        if not (group or narrowed) or len(items) < 2:
            return draft
        kept = [line for line in items if (group and any(swedish.mentions(line, w) for w in group))
                or any(all(swedish.mentions(line, w) for w in words) for words in narrowed)
                or any(swedish.mentions_phrase(line, d) for d in said_as)]
        if not kept or len(kept) == len(items):
            return draft
        dropped = {re.sub(r"\s*\[\d+\]$", "", line[2:]) for line in items if line not in kept}
        draft.lines = [line for line in draft.lines if not line.startswith("- ") or line in kept]
        draft.used = {cid: [t for t in texts if t not in dropped] for cid, texts in draft.used.items()}
        draft.close_up()  # (a passage only the dropped items quoted is no source: "[2]" named by no line)
        return draft

    def _names_new(self, query: Query, draft: Draft, passages: Passages) -> bool:
        """Whether a follow-up names a thing of its own that no earlier turn named and its answer never
        says ("varför använder de inte begreppet nära vård i den då?" after the five strategies): then the
        earlier answer said again is no answer (but "vem påverkas av det?" is answered where it is said)."""
        # (a kind of fact is checked as such: "hur många av dem är privata?" may be said already; an English reading
        # keeps English words no turn said: "what is it supposed to lead to …?")
        if query.kind or query.english:
            return False
        earlier = set(self.tokenize(" ".join(query.history))) | self._every_region_term(passages) \
            | passages.common_stems(self.tokenize, COMMON_WORD_SHARE)  # ("… ute i verksamheten?" names nothing new)
        # (nor a document's name: "och i nämndens verksamhetsplan då? står det nåt om rehab där?" asks the same there)
        titled = set(self.tokenize(" ".join(f"{m.title} {m.kind} {m.publisher}" for m in passages.metas.values())))
        new = [w for w in swedish.content_words(query.reading).split()
               if (tokens := self.tokenize(w)) and all(len(t) >= NARROWING_LETTERS and t not in earlier
                                                       and not any(d.endswith(t) for d in titled)
                                                       and swedish.fold(t) not in swedish.QUESTION_STEMS
                                                       and passages.passages_saying(t) for t in tokens)]
        said = " ".join(text for texts in draft.used.values() for text in texts)
        # (said in any form: "syftet" is said by "Syfte är att …")
        return bool(new) and not any(swedish.mentions(said, w) for w in new)

    def _said_again(self, query: Query, draft: Draft, hits: Sequence[Hit], qvec, passages: Passages) -> Draft:
        """"vilka är riktningsförändringarna?" -> "och vad behövs för att de ska lyckas?": when the follow-up's
        answer only repeats sentences the earlier question's answer says, the answer from the other passages."""
        anchor = query.history[-1]
        if query.named_documents and all(d in passages.metas and kind_word(query.reading, passages.metas[d])
                                         and not kind_word(anchor, passages.metas[d]) for d in query.named_documents):
            # "vad säger strategin om levnadsvanor?" + "och står det nåt om levnadsvanor i nämndens verksamhetsplan
            # också?": the same asked of another document, whose answer the earlier one never said
            return draft
        about = replace(query, text=anchor, reading=anchor, search=anchor, intent=swedish.intent_of(anchor),
                        history=(), follow_up=False, parts=())
        before = self._compose(about, hits, qvec, passages)
        said = {Draft.key(u) for used in before.used.values() for u in used}
        now = {Draft.key(u) for used in draft.used.values() for u in used}
        if not before.lines or not now or not now <= said:
            return draft
        # (a who or a when asked of what the earlier answer told whole is answered by its lines that tell it: "Sammanfatta
        # hur … målbilden togs fram" + "och vem tog själva beslutet om den sen?" -> "Fattades i SVOM 221202 …")
        if query.kind in ("who", "date") and swedish.has_kind(query.kind, draft.text()) and len(now) < len(said):
            return draft
        # (a sentence said before in passing that says the follow-up's own words answers it: "… Cosmic …?" + "And which
        # parts of the organisation will be affected by it during 2025?" -> "Införandet påverkar samtliga verksamheter …")
        # (only of whom a thing touches: other own words – "primärvården", "Cosmic" – the sentence may say in passing
        # without answering; hold62, hold77)
        own = [w for w in swedish.content_words(query.reading).split()
               if re.match(AFFECTED_STEMS, w, re.I) and not swedish.mentions(anchor, w)]
        if own and self._says_any(draft, set(own)):
            return draft
        # (nor when one sentence says several of the follow-up's own words: "Vad är syftet med målbilden …?" + "varför
        # ska dom inte använda ordet nära vård i den då?" -> "Inte använda begreppet Nära Vård, målbilden är oberoende …")
        mine = {w.lower() for w in swedish.topic_words(query.reading).split()
                if len(w) >= OWN_WORD_LETTERS and not swedish.mentions(anchor, w)}
        if len(mine) >= OWN_WORDS_SAID and any(sum(swedish.mentions(u, w) for w in mine) >= OWN_WORDS_SAID
                                               for used in draft.used.values() for u in used):
            return draft
        cited = {c.id for c in before.cited}
        rest = [h for h in hits if h.chunk.id not in cited]
        again = self._compose(query, rest, qvec, passages) if rest else Draft()
        if mine and self._says_any(draft, mine) and not self._says_any(again, mine):
            # ("… hur gick det till när Norrbottens målbild togs fram …?" + "Vilka var inbjudna till den där kick-offen?":
            # the other passages' answer says nothing of the kick-off the line said again names)
            return draft
        return again if again.lines else draft

    @staticmethod
    def _says_any(draft: Draft, words: set[str]) -> bool:
        """Whether a sentence the draft quotes says one of the words (in any form)."""
        return any(swedish.mentions(u, w) for used in draft.used.values() for u in used for w in words)

    def _compose(self, query: Query, hits: Sequence[Hit], qvec: np.ndarray | None, passages: Passages) -> Draft:
        """`compose` for one set of hits."""
        added = passages.synonyms.added(query.search) if passages.synonyms else []
        terms = set(self.tokenize(" ".join([query.search, *added])))  # the documents' words for staff words count
        # Region names pick the documents, not the sentence: "Vad byggde Jämtland Härjedalen sin målbild på?"
        # is not answered by the sentence that happens to say "Jämtland Härjedalen" (nor, in a comparison's
        # row for another region, by a sentence naming the region it is compared with).
        regions = self._every_region_term(passages)
        terms = (terms - regions) or terms
        # Nor do the words that name a document the question names: "Ska tandvården vara med i samverkan enligt
        # nämndens verksamhetsplan?" is answered by "Även tandvården behöver inkluderas i samverkan …", not by the
        # plan's list of what "nämnden" is to do
        titled = self._title_terms(query, passages)
        terms = (terms - titled) or terms
        # (nor words of asking the keyword tokenizer keeps: "enligt" would count "i enlighet med", "ska" any duty)
        terms = (terms - set(self.tokenize(" ".join(ASKING_WORDS)))) or terms
        # (or of the document the question before named: "… målbilden i SVOM?" + "Hur länge gäller den?")
        period = self._period_of(query, passages) if swedish.asks_period(query.reading) or (
            query.follow_up and query.history and swedish.asks_period_of_earlier(query.reading, query.history[-1])) \
            else None
        if period is None and swedish.asks_how_long(query.reading):
            period = self._listed_period(query, passages)
        if period is not None:
            return period
        if swedish.asks_heading(query.reading):
            # "Under vilken rubrik i Norrbottens målbild står det att våra vanor formas redan när vi är små?": the
            # sentence that says it, under its heading path
            said = self._heading_of_said(query, hits, qvec, passages, terms)
            if said.lines:
                return said
        if swedish.asks_for_each(query.reading):
            # "… || och vilka exempel finns för var och en?": of a retrieved list whose items head sections with work
            # lists (the strategy's four directions), each item's examples
            for hit in hits[:KIND_READ_HITS]:
                each = self.examples_for_each(hit.chunk, passages) if len(hit.chunk.items) >= 2 else Draft()
                if each.lines:
                    if query.english:  # ("What are the four shifts …, with a few examples of each?")
                        each.lines.insert(0, ENGLISH_LEAD)
                    return each
        shape = {
            "reverse": self._reverse,
            "summary": self._summary,
            "contrast": self._contrast,
            "what": self._what,
            "list": self._list_or_sentences,
            "role": self._role_at_work,
        }.get(query.intent, self._sentences)
        thing = swedish.ordinal_thing(query.reading)
        # ("den andra riktningsförändringen": the documents' list of them, found once for the answer to count in)
        listed = self._list_of_things(thing, query, hits, passages) if thing else None
        if (query.follow_up and (swedish.ordinal_in(query.reading) or swedish.pointed_item(query.reading))
                or listed is not None) and not (query.role and query.own_topic):
            # (a role question that names the item itself: "Och den sista, öppnare vårdformer – vad betyder den för
            # mig …?" is answered from its section as a role question, not by counting the earlier list again)
            shape = partial(self._ordinal, listed)
        elif query.follow_up and query.history and swedish.asks_explained(query.text) \
                and (pair := self._labels_in_thread(query, hits, qvec, passages)) is not None:
            shape = partial(self._each_explained, pair)  # "… de fem strategierna?" -> "kan du förklara dem?"
        elif (query.follow_up or query.thread_region) and (label := named_label(query, passages, by_head=True)) is not None:
            # "Och vad står det under ökad kontinuitet, hur ska det kännas för invånaren?": the label the
            # conversation's list named, with what the next list says of it
            shape = partial(self._labelled, label)
        elif (asked := swedish.which_of_list(query.reading)) and (about := self._items_about(*asked, query, passages)):
            shape = partial(self._items_of, about)  # "vilket av uppdragen handlar om kvinnors hälsa?": those items
        elif query.follow_up and query.history and swedish.asks_next(query.reading):
            shape = self._next
        elif len(query.named_documents) >= 2 and swedish.asks_relation(query.reading):
            shape = self._relation
        elif (body := swedish.decisions_of(query.reading)) and (decided := self._decisions_of(body, query, passages)):
            shape = partial(self._decisions, decided)
        elif (group := swedish.members_asked(query.reading)) and (lines := self._member_lines(group, query, passages)):
            shape = partial(self._members, lines)
        elif phrase := swedish.asks_where_said(query.reading):
            shape = partial(self._where_said, phrase)
        elif swedish.participants_of(query.reading) and (line := self._event_line(query, hits, passages)):
            shape = partial(self._participants, line)
        elif query.intent == "summary" and len(query.named_documents) == 1 \
                and self._is_the_document(swedish.contents_of(query.reading), query.named_documents[0], passages):
            shape = self._contents
        elif said := self._document_purpose(query, passages):
            shape = partial(self._purpose, said)  # "Vad är syftet med strategin?": what the strategy says it is for
        elif said := self._fields_named(query, hits, terms):
            shape = partial(self._purpose, said)  # "Vilken tidsperiod gäller exemplet?" -> "Tidsperiod: Pågående."
        elif query.intent in ("lookup", "summary", "yesno", "list", "what") and swedish.asks_why_change(query.reading, query.regions):
            shape = self._why
        elif (query.intent == "lookup" and (swedish.HOW.match(query.reading) or swedish.asks_process(query.reading))) or \
                (query.intent == "list" and swedish.asks_process(query.reading)) or \
                (query.intent == "who" and swedish.asks_process(query.reading)
                 and any(swedish.is_process_heading(part) for h in hits
                         for part in h.chunk.section.split(SECTION_SEP))):
            # ("hur gick det till …, vilka var med"; "vem har tagit fram målbilden?" where a section tells how it was)
            shape = self._how
        elif query.intent == "summary" and swedish.asks_process(swedish.summary_topic(query.reading)
                                                               or swedish.after_summary_verb(query.reading)) \
                and not self._presented_by(self.summary_topic(query, passages), query.documents or query.named_documents,
                                           passages):
            # "Sammanfatta vad SKR skriver om hur Västernorrland tog fram sin målbild" (unless the document says it
            # presents just that: then all of it, the outline, is the summary)
            shape = self._how
        if query.intent == "number" and shape == self._sentences and (counting := self._counting_list(query, hits, passages)):
            shape = partial(self._counted, counting)  # "Hur många riktningsförändringar …?": "Fyra riktningsförändringar …" and its list
        if self._named_by_head_only(query, passages):
            return Draft()  # nothing to sum up: the plain refusal
        draft = shape(query, hits, qvec, passages, terms)
        if shape == self._what and swedish.asks_meant(query.reading) and sum(map(len, draft.used.values())) <= 1:
            # "vad menas med att jag är experten i mitt liv?": a statement no sentence defines, only says again; what
            # its paragraph goes on to say explains it
            draft = self._sentences(query, hits, qvec, passages, terms)
        if not draft.lines and shape != self._sentences and not self._unheard_of(query, passages):
            draft = self._sentences(query, hits, qvec, passages, terms)
        self._complete_lists(draft, passages)
        if draft.lines and swedish.asks_where_seen(query.reading) and not swedish.names_online_place(draft.text()):
            # "And where are patients supposed to be able to see all of it?" after what the patientkontrakt is: the
            # cited passage's sentence that says where on the web ("… som en sammanhållen vy på 1177.se")
            cited = [Unit(rank=0, position=0, text=t, chunk=c) for c in draft.cited for t in draft.used.get(c.id, ())]
            for unit in self._seen_online(query, cited):
                draft.say(unit.text, unit.chunk)
        if draft.lines and swedish.asks_both_ways(query.reading):
            self._with_what_is_not(draft, hits, terms)
        if draft.lines and query.intent == "role" and not any(line.startswith(UNNAMED_ROLE_START) for line in draft.lines[:2]) \
                and not passages.names_role(query.role):
            # "… för mig som fysioterapeut?": the documents never name the role; what they say to all staff, said as such
            draft.lines.insert(0, ROLE_UNNAMED_LEAD.format(role=query.role))
        theirs = {passages.metas[c.document].region for c in draft.cited if c.document in passages.metas}
        if draft.lines and query.intent == "role" and query.asker_region and theirs and query.asker_region not in theirs \
                and "" not in theirs:
            # ("Jag är boendestödjare … i Kramfors kommun …" + "vad betyder det för mig som boendestödjare?": what
            # Norrbotten's strategy says to staff, said as another region's – Västernorrland's say nothing to staff)
            at = 1 if draft.lines[0].startswith(UNNAMED_ROLE_START) else 0
            draft.lines.insert(at, OTHER_REGION_STAFF.format(regions=swedish.joined_names(sorted(theirs)),
                                                             own=query.asker_region))
        work = swedish.ROLE_WORK.get(query.role, "") if query.intent == "role" else ""
        if draft.lines and work and not any(swedish.mentions(line, work) for line in draft.lines):
            # ("… vilka var dom fyra riktningsförändringarna?" + "och vad betyder det rent konkret för mig som dietist?":
            # after what is said to all staff, what the documents say of what the role works with, "levnadsvanor")
            self._where_asker_works(draft, query, {work}, passages)
        if draft.lines and query.english:
            # (a term only named: said in English too, not left to the Swedish "förklarar inte närmare")
            unexplained = any(line.startswith(NOT_EXPLAINED) for line in draft.lines)
            draft.lines.insert(0, ENGLISH_MENTIONED if unexplained else ENGLISH_LEAD)
        return draft

    def _title_terms(self, query: Query, passages: Passages) -> set[str]:
        """The words a question names a document by, right before its kind word ("enligt nämndens verksamhetsplan":
        "nämndens", "verksamhetsplan"); not a title word the question asks about ("Sen när finns hälso- och
        sjukvårdsnämnden?", "vilka perspektiv ville man få med i jämtlands målbild?")."""
        named = set()
        # (a comparison's row names its own document as the subject: "Hur vill den länsgemensamma strategin …")
        for document in query.named_documents or query.documents:
            meta = passages.metas.get(document)
            kind = kind_word(query.reading, meta) if meta is not None else ""
            owner = re.search(rf"(?:\b(?:enligt|i|den|det)\s+)?(?:den\s+|det\s+)?\b(\w+)\s+{re.escape(kind)}\b", query.reading, re.I) \
                if kind else None
            # (the document is named after "enligt"/"i", by its owner and its kind, or by a word of its title before
            # its kind: "enligt den länsgemensamma strategin")
            if owner and (owner.group(1).lower().endswith("s")
                          or swedish.mentions(meta.title, owner.group(1))):
                named |= set(self.tokenize(f"{owner.group(1)} {kind}"))
        # (and a word naming it that is not a word of its title: "nämndens plan", which "strategiska planen" shares;
        # "jämtlands målbild" keeps "målbild", a heading's word there: "Syftet med målbild")
        titled = {w for d in query.named_documents if d in passages.metas for w in self.tokenize(passages.metas[d].title)}
        return named | (self._naming_words(query) - titled)

    def _naming_words(self, query: Query) -> set[str]:
        """The word a question names a named document by, and whose it is, as said ("i nämndens plan": "nämnd",
        "plan" name the verksamhetsplan; no topic, and no word a sentence should share)."""
        if not query.named_documents:
            return set()
        said = {w for word in swedish.document_words(query.reading) for w in self.tokenize(word)}
        return said | {t for m in re.finditer(r"\b(\w+s)\s+(\w+)", query.reading)
                       if set(self.tokenize(m.group(2))) & said for t in self.tokenize(m.group(1))}

    def _every_region_term(self, passages: Passages) -> set[str]:
        """The words of every region's name (they pick documents, never sentences or shared words)."""
        return set().union(*(self._region_terms(m.region) for m in passages.metas.values() if m.region))

    def _next(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """"När antogs målbilden?" – "och vad hände sen?": the section that follows the earlier answer's
        in its document (the next step of a timeline: "Juni-november 2021"), under its heading."""
        anchor = query.history[-1]
        earlier = replace(query, text=anchor, reading=anchor, intent=swedish.intent_of(anchor), follow_up=False, history=())
        answered = self.compose(earlier, hits, qvec, passages)
        if not answered.cited:
            return Draft()
        at = answered.cited[0]
        draft = Draft()
        title = passages.title_of(at)
        # a timeline written as a list ("Workshop i SVOM den 3/6-22", "Arbetsgruppen fortsatte …"): the items after
        # the last one the earlier answer said
        parts = passages.list_parts(at) if at.items else []
        items = [(c, i) for c in parts for i in c.items]
        used = [n for n, (c, i) in enumerate(items) if any(i in text or text in i for text in answered.used.get(c.id, []))]
        dated = earlier.intent == "date"  # after a date, the next step is the next dated line, else the next section
        if used and used[-1] + 1 < len(items) and (not dated or swedish.has_kind("date", items[used[-1] + 1][1])):
            last = items[used[-1]][1]
            draft.lines.append(f"Efter ”{last.rstrip('.')}” kommer i listan under ”{heading_of(at)}” ({title}):")
            draft.lines += [f"- {i.rstrip('.')}. [{draft.cite(c, i)}]" for c, i in items[used[-1] + 1:used[-1] + 1 + NEXT_ITEMS]]
            return draft
        parent = at.section.rsplit(SECTION_SEP, 1)[0] if SECTION_SEP in at.section else ""
        following = next((c for c in passages.chunks if c.document == at.document and c.position > at.position
                          and c.section != at.section and c.section.startswith(parent)), None)
        if following is None:
            return Draft()
        sentences = [s for s in split_sentences(pre_text(following)) + list(following.items) if not s.endswith(":")]
        said = [f"{s.rstrip('.')}. [{draft.cite(following, s)}]" for s in sentences[:MAX_TOPIC_SENTENCES]]
        if said:
            draft.lines.append(f"Efter ”{heading_of(at)}” kommer ”{heading_of(following)}” ({title}):")
            draft.lines += [f"- {line}" for line in said]
        return draft

    @staticmethod
    def _complete_lists(draft: Draft, passages: Passages) -> None:
        """Every list lead-in said ("… organiserad för att möjliggöra:", "… sammanfattas i fyra punkter.")
        is followed by its whole list; a list item that is a question by the items that answer it.
        An outline shows each section's list clipped on purpose, and is left as it is."""
        if "outline" in draft.flags:
            return
        for chunk in list(draft.cited):
            if not chunk.items:
                continue
            used = draft.used.get(chunk.id, [])
            for item, following in zip(chunk.items, chunk.items[1:]):
                # ("… och rekommenderar Region Jämtland Härjedalen och länets kommuner" / "Målbild fastställs": a slide's
                # item that breaks off mid-sentence goes on in the next one)
                at = next((k for k, line in enumerate(draft.lines) if item in line), None)
                if at is not None and swedish.breaks_off(item) and draft.fresh(following):
                    draft.cite(chunk, following)  # (the same passage: cited as used, said within the line)
                    draft.lines[at] = draft.lines[at].replace(item, f"{item} – {following}", 1)
            intro = set(split_sentences(chunk.list_intro))
            asked = [i for i in chunk.items if i.endswith("?") and any(i.rstrip("?") in u for u in used)]
            # (an item of any part of the list said: a list split across passages is one list)
            if not asked and any(item in u for part in passages.list_parts(chunk) for item in part.items
                                 for u in draft.used.get(part.id, [])):
                continue
            if asked:  # a slide's question item ("Varför behöver beslut … lyftas?") and the items after it
                answers = answers_to(asked[0], chunk)
            elif any((u in intro and (u.endswith(":") or swedish.leads_in(u))) or (u.endswith(":") and u in chunk.text)
                     for u in used):
                answers = [i for c in passages.list_parts(chunk) for i in c.items]
            else:
                continue
            n = draft.cited.index(chunk) + 1
            at = max((k for k, line in enumerate(draft.lines) if f"[{n}]" in line), default=len(draft.lines) - 1) + 1
            # under a line that is itself a point ("- Omställningen till Nära vård: … fyra riktningsförändringar:")
            indent = "  " if at and draft.lines[at - 1].startswith("- ") else ""
            new = [f"{indent}- {item} [{draft.cite(chunk, item)}]" for item in answers if draft.fresh(item)]
            draft.lines[at:at] = new

    def _counting_list(self, query: Query, hits: Sequence[Hit], passages: Passages) -> Chunk | None:
        """For "Hur många X …?", a retrieved list whose heading or lead-in counts the X ("Fyra
        riktningsförändringar i verksamheterna"), when no retrieved sentence counts them itself."""
        asked = passages.asked_words(query.reading)
        if not asked or any(swedish.quantifies(u.text, a) for u in units_of(hits[:5]) if not u.text.endswith(":")
                            and u.text not in u.chunk.items for a in asked):
            return None
        return next((h.chunk for h in hits[:5] if h.chunk.items and any(
            swedish.quantifies(heading_of(h.chunk), a) or swedish.quantifies(h.chunk.list_intro, a)
            for a in asked)), None)

    def _counted(self, chunk: Chunk, query: Query, hits: Sequence[Hit], qvec, passages: Passages,
                 terms: set[str]) -> Draft:
        """The list that counts what was asked (`_counting_list`), under its heading when the heading says the number."""
        draft = Draft()
        heading = heading_of(chunk)
        if not any(swedish.quantifies(chunk.list_intro, a) for a in passages.asked_words(query.reading)):
            draft.lines.append(f"{heading} ({chunk.title}): [{draft.cite(chunk, heading)}]")
        return self._whole_list(draft, chunk, passages)

    def _made_by(self, query: Query, hits: Sequence[Hit], passages: Passages) -> list[Unit]:
        """The top passages' sentences telling how the thing asked of is made ("Planerna utformas …"), or the list
        lines saying who was given the task of making it ("… har fått i uppdrag att ta fram lokala samverkansplaner")."""
        asked = {t for t in self._topic_terms(query, passages) if t not in HOW_WORDS and t not in swedish.POINTING_WORDS}
        return [u for u in units_of(hits[:RESPONSIBLE_PASSAGES])
                if (swedish.tells_making(u.text) and u.text not in u.chunk.items)
                or (swedish.tells_tasked(u.text) and self._mentions(asked, u.chunk, u.text))]

    def _how(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """"Hur togs målbilden fram?": the section whose heading names it ("Så här har målbilden tagits
        fram"), summarised; else the best sentences."""
        # "Hur togs målbilden fram?": "Så här har målbilden tagits fram"; else, with "fram" read as asking how,
        # "Hur ska de lokala handlingsplanerna tas fram?": the section "Handlingsplaner"
        # (every document here is about nära vård: "… handlingsplanerna för nära vård …" asks of the plans)
        topic = {t for t in self._topic_terms(query, passages) if t not in HOW_WORDS}
        topic = (topic - set(self.tokenize(NEAR_CARE))) or topic
        section = None
        if query.follow_up:  # "… målbilden och strategin?" -> "hur ska det följas upp?": its own words name "Uppföljning"
            said = passages.synonyms.translated(query.reading) if passages.synonyms is not None else query.reading
            own = replace(query, reading=said, search=said, history=(), follow_up=False)  # ("följas upp" -> uppföljning)
            own_topic = {t for t in self._topic_terms(own, passages) if t not in HOW_WORDS}
            section = self.named_section(own, hits, passages, topic=own_topic, nearly=True) if own_topic else None
        # "hur ska omställningen följas upp i norrbotten?": the section headed "Uppföljning", the documents' word for
        # the asked doing, before the one named by what is followed up ("Omställningen till Nära vård")
        section = section or self._headed_by_documents_word(query, passages) or self.named_section(query, hits, passages) or \
            (self.named_section(query, hits, passages, topic=topic, nearly=True) if topic else None)
        if section is None and query.follow_up and query.history and hits:
            # "… lokala handlingsplaner …?" -> "och hur ska det gå till?": the first retrieved section, when
            # the earlier question names its heading
            heading = set(self.tokenize(heading_of(hits[0].chunk)))
            if heading and heading <= set(self.tokenize(query.history[-1])):
                section = hits[0].chunk
        if section is not None and swedish.is_reading_list(heading_of(section)):
            section = None  # "Fördjupning: Västernorrland har sammanfattat sin målbild i ett dokument" tells no how
        reading = (swedish.summary_topic(query.reading) or swedish.after_summary_verb(query.reading)) \
            if query.intent == "summary" else query.reading
        scope = self._asked_scope(query, passages)
        # (unless the section found is headed by what is asked about: "Hur ska de lokala handlingsplanerna … i
        # Norrbotten tas fram?" is "Handlingsplaner", not Norrbotten's timeline of its målbild)
        # (a document's kind is no such topic: "hur Jämtland Härjedalen tog fram sin målbild" is not "MÅLBILD")
        kinds = {swedish.fold(m.kind.split()[0].lower())[:MIN_STEM_LETTERS + 2] for m in passages.metas.values() if m.kind}
        headed = section is not None and any(self._heads({t}, heading_of(section)) for t in topic
                                             if not any(swedish.fold(t).startswith(k) for k in kinds))
        # ("hur tas planen fram lokalt?": the list line saying who was given the task of making the thing asked of,
        # "Lokala samverkansarenor har fått i uppdrag att ta fram lokala samverkansplaner …", not the målbild's timeline)
        tasked = next((u.chunk for u in self._made_by(query, hits, passages) if swedish.tells_tasked(u.text)
                       and u.text in u.chunk.items), None) if not headed and swedish.asks_process(reading) else None
        if tasked is not None:
            section, headed = tasked, True
        if scope and swedish.asks_process(reading) and not headed and \
                (section is None or not swedish.is_process_heading(heading_of(section))):
            # "Hur togs målbilden fram i Västernorrland?": the asked documents' section headed "Genomförande",
            # else their timeline (a list of dated steps: "Workshop i SVOM den 3/6-22", "… hösten -22")
            # (of the documents the question names, when it names some: "… vilka var med och tog fram länsgemensamma
            # strategin?" in a Norrbotten thread is not the timeline of Norrbotten's målbild)
            within = (set(query.named_documents) & scope) or scope
            section = self._process_section(within, passages) or section
        if section is not None and scope and swedish.asks_process(reading) and (
                group := self._steps_naming_group(query, section, passages)):
            # "Hur tog Norrbotten fram sin målbild?" + "hur fick dom in vad invånarna tyckte?": the steps that name them
            # (or the documents' word for them: "Workshop … med medborgare"), not every step
            draft = Draft()
            placed = ""
            for unit in group:
                if (heading := heading_of(unit.chunk)) != placed and unit.chunk.section != section.section:
                    intro = f"Under {heading} ({unit.chunk.title}):"
                    draft.lines.append(f"{intro} [{draft.cite(unit.chunk, intro)}]")
                    placed = heading
                draft.say(unit.text, unit.chunk, prefix="- " if unit.text in unit.chunk.items else "")
            return draft
        if section is not None:
            draft = Draft()
            if query.intent == "who" and scope:
                # "Vem har tagit fram Västernorrlands målbild?": the body said to have set it ("… Social ReKo, har
                # fastställt en gemensam målbild …"), before the steps of how it was made
                made = next((u for u in units_of([Hit(c, 0.0) for c in passages.chunks if c.document in scope])
                             if swedish.tells_established(u.text) and swedish.has_kind("who", u.text)
                             and (not topic or self._mentions(topic, u.chunk, u.text))), None)
                if made is not None:
                    draft.say(made.text, made.chunk)
            draft = self._section(draft, section, passages, summary=True)
            decided = self._decision_section(section, passages) if scope and swedish.asks_process(reading) \
                and not asked_event(query) and tasked is None else None
            # "Hur togs målbilden fram i Jämtland Härjedalen?": its steps, then how it was decided ("Beslut av målbild:
            # Fattades i SVOM 221202 …"), which a section of its own tells after them
            dated = [i for i in decided.items if swedish.has_kind("date", i)] if decided is not None else []
            if dated:  # (its dated lines: "Varför behöver beslut … lyftas till högre nivå?" is no step)
                intro = f"Under {heading_of(decided)} ({decided.title}):"
                draft.lines.append(f"{intro} [{draft.cite(decided, intro)}]")
                for item in dated:
                    draft.say(item, decided, prefix="- ")
            return draft
        return self._sentences(query, hits, qvec, passages, terms)

    def _process_section(self, within: set[str], passages: Passages) -> Chunk | None:
        """The documents' section headed by how a thing was made ("Genomförande", "Så här har målbilden tagits
        fram"), else their timeline (a list of dated steps: "Workshop i SVOM den 3/6-22", "… hösten -22"), or None."""
        return next((c for c in self._with_parents(passages.chunks) if c.document in within and c.section
                     and swedish.is_process_heading(heading_of(c))), None) or self._timeline(within, passages)

    @staticmethod
    def _steps_naming_group(query: Query, section: Chunk, passages: Passages) -> list[Unit]:
        """Of a section telling how a thing was made, the sentences and steps that name the group of people the
        question asks about (or the documents' word for it: invånarna -> medborgare; or any people, when it asks who
        took part), when some but not all do and the question asks only of them."""
        group = swedish.people_asked_of(query.reading)
        # (or whoever took part: "Vilka fick vara med och tycka till när …?" is told by the steps that name people)
        anyone = not group and swedish.asks_participants(query.reading)
        # (not when the whole making is asked too: "Hur gick det till …? Var medborgarna med?" is every step)
        if not (group or anyone) or swedish.asks_how_made(query.reading):
            return []
        # (or how they were heard: "invånarnas röst" -> medborgardialog, enkätresultat)
        words = [*group, *(passages.synonyms.added(query.reading) if passages.synonyms is not None else [])] if group else []
        units = [u for u in units_of([Hit(c, 0.0) for c in passages.section_chunks(section.document, section.section)])
                 if not u.text.endswith(":")]
        named = [u for u in units if swedish.names_people_taking_part(u.text)] if anyone else \
            [u for u in units if any(swedish.mentions(u.text, w) for w in words)]
        return named if 0 < len(named) < len(units) else []

    @staticmethod
    def _decision_section(steps: Chunk, passages: Passages) -> Chunk | None:
        """The section of the same document headed by a decision on what the steps made ("Beslut av målbild"), when
        the steps' own section is not it; else None."""
        return next((c for c in passages.chunks if c.document == steps.document and c.section != steps.section
                     and c.section and re.match(r"\s*beslut\b", heading_of(c), re.I)), None)

    def _headed_by_documents_word(self, query: Query, passages: Passages, min_words: int = 1,
                                  scope: set[str] | None = None) -> Chunk | None:
        """The first section (of the asked documents) headed by nothing but the documents' word for a staff
        word of the question ("följas upp" -> "Uppföljning"), or None. Only the longest staff phrase's words
        count: "bollas fram och tillbaka … och väntar" is not asked of the section "Tillgänglighet"; and only a
        phrase of at least `min_words` words."""
        if passages.synonyms is None:
            return None
        scope = scope or self._asked_scope(query, passages)
        weighed = passages.synonyms.added_weighed(query.reading)
        longest = max(weighed.values(), default=0)
        asked = set(self.tokenize(query.reading))
        for word in [w for w, n in weighed.items() if n == longest]:
            wanted = set(self.tokenize(word))
            for c in passages.chunks:
                if not c.section or (scope and c.document not in scope):
                    continue
                said = self.tokenize(heading_of(c))
                heading = set(said)
                if heading == wanted and longest >= min_words:
                    return c
                # (or headed by the documents' word after the thing the question says it of: "hur hälso- och
                # sjukvården är uppbyggd" -> "Hälso- och sjukvårdens struktur"; not "HSN:s verksamhetsplan …" ->
                # "Hälso- och sjukvårdsnämndens verksamhetsplan 2025–2027", where the word is no head)
                if wanted < heading and heading - wanted <= asked and said[-1] in wanted:
                    return c
        return None

    @staticmethod
    def _timeline(scope: set[str], passages: Passages) -> Chunk | None:
        """The list in the documents whose items are mostly dated steps (at least TIMELINE_STEPS of them)."""
        best, steps = None, 0
        for chunk in passages.chunks:
            if chunk.document in scope and chunk.items:
                dated = sum(swedish.has_year(item) for item in chunk.items)
                if dated >= TIMELINE_STEPS and 2 * dated >= len(chunk.items) and dated > steps:
                    best, steps = chunk, dated
        return best

    def _why(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """"Varför ska vi ställa om?": the section that says why, its paragraphs' leads – within the asked
        documents or region; a heading that says "varför" ("Våra varför") before one that says
        "bakgrund" or "syfte", then the better retrieved."""
        # (not the documents a title word seems to name: "ställa om till nära vård" is in a title)
        scope = self._asked_scope(query, passages)
        rank = {h.chunk.id: i for i, h in enumerate(hits)}
        headed = [(order, c) for c in passages.chunks if (not scope or c.document in scope)
                  and (order := swedish.why_heading_order(heading_of(c))) is not None]
        if not headed:
            return self._sentences(query, hits, qvec, passages, terms)
        _, best = min(headed, key=lambda oc: (oc[0], rank.get(oc[1].id, len(hits))))
        return self._section(Draft(), best, passages, summary=True)

    def _within_asked(self, query: Query, hits: Sequence[Hit], passages: Passages) -> Sequence[Hit]:
        """The hits of the asked documents or region (`_asked_scope`), when there are any; else all of them."""
        scope = self._asked_scope(query, passages)
        return [h for h in hits if h.chunk.document in scope] or hits if scope else hits

    @staticmethod
    def _asked_scope(query: Query, passages: Passages) -> set[str]:
        """The documents the user filtered to, else the one the question asks "enligt" ("… enligt strategin?": not
        the plan's "… som strategi"), else those of the regions the question names (empty: all)."""
        according = set(query.named_documents) if len(query.named_documents) == 1 \
            and swedish.according_to(query.reading) else set()
        return set(query.documents) or according or \
            {n for n, m in passages.metas.items() if m.region and m.region in query.regions}

    def never_named(self, query: Query, passages: Passages) -> list[str]:
        """The question's long topic words that no passage names – not as a word, not as the head or the
        start of a compound ("personalmatsal": "personal" starts it, but no passage says "matsal"), no role,
        and no staff word of the synonym list ("stafettläkare")."""
        if query.english:
            return []
        words, joined = passages.all_words(self._words_of)
        staff = passages.synonyms.staff_words if passages.synonyms else ()
        found = []
        for term in self._topic_terms(query, passages):
            folded = swedish.fold(term)
            if len(folded) < NEVER_NAMED_LETTERS or swedish.role_of(term) or any(w.startswith(term) for w in staff) \
                    or (query.role and folded in swedish.fold(query.role.lower())):
                continue  # (a part of the asker's role: "BVC-sköterska")
            if self._word_named(folded, words, joined):
                continue
            if any(len(folded) - cut >= 5 and folded[:-cut] in words for cut in range(1, INFLECTION_LETTERS + 1)):
                continue  # the documents' word in another form ("arbetsmiljön": "arbetsmiljö"), looked up, not scanned
            said = next((w for w in re.findall(r"\w+", query.reading.lower()) if swedish.fold(w).startswith(folded)), term)
            if swedish.verb_like(said) or said.endswith(NOT_A_THING_ENDINGS):
                continue  # a doing or a quality ("inbjudna", "hänt"), not a thing the documents would have to name
            found.append(term)
        return found

    def _word_named(self, folded: str, words, joined: str) -> bool:
        """Whether the documents name a (folded) word: as a word, in a compound around it, or by its head when what
        it is of is said too (not a compound's first part alone, which compound_in allows; not "ambulanssjukvård",
        whose "sjukvård" is said but no text has "ambulans")."""
        return folded in words or swedish.compound_around(folded, joined) or \
            (swedish.ends_on_word(folded, words) and self._modifier_said(folded, words, joined))

    @staticmethod
    def _modifier_said(folded: str, words, joined: str) -> bool:
        """Whether the part before a compound's head (the longest head the documents say) is in some document word,
        or too short to tell ("hemsjukvård": "hem"); "ambulanssjukvård" ends on "sjukvård", but no word has "ambulans"."""
        cut = max(k for k in range(5, len(folded)) if folded[-k:] in words)
        modifier = folded[:-cut].rstrip("s") if len(folded[:-cut]) > MIN_MODIFIER_LETTERS else folded[:-cut]
        return len(modifier) < MIN_MODIFIER_LETTERS or modifier in joined

    def named_with(self, name: str, query: Query, passages: Passages) -> bool:
        """Whether some passage names a name (a region) together with one of the question's content words
        ("Uppsala. Målbild för Effektiv och nära vård 2030" for "vad heter uppsalas målbild")."""
        plain = {swedish.fold(w) for w in self.tokenize(f"{name} {REGION_WORDS}")}  # no topic of its own
        # (the question's own words, the named documents' too: "Finns Jönköpings målbild med i SKR:s artikel?")
        topic = {t for t in self.tokenize(swedish.content_words(query.reading))
                 if swedish.fold(t) not in plain and swedish.fold(t) not in swedish.QUESTION_STEMS}
        if not topic:
            return True  # nothing asked of it but the name: no ground to refuse
        named = re.compile(rf"\b{re.escape(swedish.fold(name.lower()))}", re.I)
        return any(self._mentions({t}, c) for c in passages.chunks if named.search(swedish.fold(c.text.lower()))
                   for t in topic)

    def _unheard_of(self, query: Query, passages: Passages) -> bool:
        """A summary or "Vad är X?" about something no document names, even in the documents' own
        words ("Vad säger strategin om ambulansflyg?"): nothing to answer from."""
        if query.intent == "summary":
            topic = self.summary_topic(query, passages)
        elif query.intent == "what" and swedish.defined_term(query.reading):
            topic = set(self.tokenize(swedish.defined_term(query.reading)))
        else:
            return False
        return bool(topic) and not any(self._mentions({t}, c) for t in topic for c in passages.chunks)

    def _named_by_head_only(self, query: Query, passages: Passages) -> bool:
        """A summary's topic word the documents say only by its head, what it is of being in no document word
        ("Finns det något om ambulanssjukvård?": "sjukvård" is said, "ambulans" nowhere). Only a summary's: a
        lookup's compounds are often staff words for what the documents say otherwise ("ålderdomshemmet",
        "jobbvillkor", "datasystemet": measured, 11 answerable questions refused)."""
        if query.intent != "summary":
            return False
        words, joined = passages.all_words(self._words_of)
        for term in self.summary_topic(query, passages):
            folded = swedish.fold(term)
            if len(folded) >= NEVER_NAMED_LETTERS and swedish.ends_on_word(folded, words) \
                    and not self._word_named(folded, words, joined):
                return True
        return False

    def compose_comparison(self, query: Query, groups: Sequence[tuple[str, Query, Sequence[Hit]]],
                           qvec: np.ndarray | None, passages: Passages,
                           holds: Callable[[Query, Draft], bool] | None = None) -> Draft:
        """Side by side: each region or document answered on its own (the same question, shaped by its
        own intent, within that group's documents), one row each, every cell cited."""
        draft = Draft(flags=["comparison"])
        said: list[str] = []
        listed: list[tuple[str, list[str]]] = []  # each row's list items, as the rows show them
        for label, sub, hits in groups:
            own = self.compose(sub, hits, qvec, passages) if hits else Draft()
            listed.append((label, [re.sub(r"\s*\[\d+\]$", "", line[2:]) for line in own.lines if line.startswith("- ")]))
            own.lines = [line for line in own.lines if line not in (ENGLISH_LEAD, ENGLISH_MENTIONED)]  # said once, above the rows
            if "outline" in own.flags:
                own = self._headings_only(own, passages)
            if own.lines and (holds is None or holds(sub, own)):
                # (a process row whole, to its decision: "Jämför hur Norrbotten och Jämtland Härjedalen tog fram sina
                # målbilder" – each step is part of how)
                draft.lines.append(f"{label}: {self.merge(draft, own, MAX_PROCESS_ROW_LINES if swedish.asks_process(query.reading) or swedish.asks_how_done(query.reading) else MAX_ROW_LINES)}")
                # (what the documents say, not the answer's own framing: "nämns i listan", headings, titles)
                said.append(" ".join(without_place(text) for texts in own.used.values() for text in texts) or own.text())
            else:
                draft.lines.append(f"{label}: Dokumenten säger inget om det för {label}.")
        told = self._lists_set_side_by_side(draft, listed) if len(said) == len(groups) >= 2 else False
        common, differs = swedish.asks_common(query.reading), swedish.asks_difference(query.reading)
        if not told and len(said) == len(groups) >= 2 and (common or differs):
            points = [[(split_sentences(i) or [i])[0] for i in row] for _, row in listed]  # (a point, not its example)
            items = [" ".join(row) for row in points]
            # (of lists of points only: not a timeline's dated steps, "december, politiskt, beslut …", nor long prose)
            labels = all(row and all(len(p.split()) <= POINT_WORDS and not swedish.has_kind("date", p) for p in row)
                         for row in points)
            # (a difference alone is read of the points only: "samverkan" of Jämtland Härjedalen's strategies is no
            # point of Västernorrland's, though its prose names its "samverkansorgan")
            compared = said if common else items
            shared = self._shared_words(compared, passages, asked=query.reading) if common or labels else []
            if len(shared) >= MIN_SHARED_WORDS:
                # "vad har de gemensamt": what both rows name (for "hur skiljer sig" only of lists of points, where what
                # both name sets off what one alone names: "Vad är skillnaden mellan Jämtland Härjedalens och
                # Västernorrlands målbild?" – delaktighet, kontinuitet … in both, samordning in one)
                lead = SHARED_LEAD if len(groups) == 2 else SHARED_BY_ALL_LEAD.format(n=_NUMBER_WORD.get(len(groups), len(groups)))
                draft.lines.append(lead + ", ".join(shared) + ".")
            if differs and labels:
                # "vad är lika och vad skiljer?": then what each row's list alone names (its points: "samordning" of
                # the five strategies; not the words of its prose, "övergripande, syftet, individen …")
                for i, (label, _, _) in enumerate(groups):
                    own_words = self._shared_words([items[i]], passages, asked=query.reading,
                                                   others=[t for j, t in enumerate(compared) if j != i])
                    if len(own_words) >= (MIN_SHARED_WORDS if common else MIN_OWN_POINT_WORDS):
                        whose = label if label.endswith(("s", "x", "z")) else f"{label}s"  # (the label's genitive)
                        draft.lines.append(ONLY_ONE_LEAD.format(label=whose) + ", ".join(own_words) + ".")
        if query.english and said:
            draft.lines.insert(0, ENGLISH_LEAD)
        return draft

    @staticmethod
    def _period_of(query: Query, passages: Passages) -> Draft | None:
        """"Vilka år gäller verksamhetsplanen?": the years the one named document's title spans ("Hälso- och
        sjukvårdsnämndens verksamhetsplan 2025–2027"), cited to its opening passage; else None."""
        named = [d for d in query.named_documents if d in passages.metas]
        period = swedish.year_span(passages.metas[named[0]].title) if len(named) == 1 else ""
        first = min((c for c in passages.chunks if c.document == named[0]), key=lambda c: c.position, default=None) \
            if period else None
        draft = Draft()
        if first is None:
            # ("Hur länge gäller målbilden i Jämtland Härjedalen?": the line that says it has no time limit, "Inte ha en
            # tidsbegränsning på målbilden")
            scope = set(named) or {n for n, m in passages.metas.items() if m.region and m.region in query.regions}
            limit = next((u for u in units_of([Hit(c, 0.0) for c in passages.chunks if c.document in scope])
                          if swedish.tells_time_limit(u.text)), None) if scope else None
            if limit is None:
                return None
            text = item_in_context(limit.text, limit.chunk) if limit.text in limit.chunk.items else limit.text
            draft.lines.append(f"{text} [{draft.cite(limit.chunk, limit.text)}]")
            draft.flags.append("period")  # (no date in it: the answer is that there is no limit)
            return draft
        line = PERIOD_LINE.format(title=passages.metas[named[0]].title, period=period)
        draft.lines.append(f"{line} [{draft.cite(first, first.title)}]")
        return draft

    def _listed_period(self, query: Query, passages: Passages) -> Draft | None:
        """"Hur länge gäller handlingsplanen för psykisk hälsa?" (or "… den handlingsplanen?" after it was named): the
        list item that names the thing with the years it spans ("Länsgemensam analys och handlingsplan för psykisk hälsa
        i Norrbotten 2021–2025", among the plan's Styrande och vägledande dokument), the one that shares the most words
        with the conversation; None when no item does."""
        thing = set(self.tokenize(swedish.topic_words(query.reading))) - set(self.tokenize(" ".join(ASKING_WORDS))) \
            - set(self.tokenize("länge år period tid gäller"))
        if not thing:
            return None
        scope = set(query.documents or query.named_documents) or set(passages.metas)
        said = set(self.tokenize(" ".join(query.history)))
        found = [(len(said & set(self.tokenize(i))), c, i) for c in passages.chunks if c.document in scope
                 for i in c.items if swedish.year_span(i) and self._mentions(thing, None, i)]
        if not found:
            return None
        _, chunk, item = max(found, key=lambda f: f[0])
        draft = Draft()
        draft.lines.append(f"{item_in_context(item, chunk)} [{draft.cite(chunk, item)}]")
        return draft

    @staticmethod
    def _lists_set_side_by_side(draft: Draft, listed: Sequence[tuple[str, list[str]]]) -> bool:
        """Rows that each are a list sharing items (the plan's "… Öppna vårdformer." and the strategy's "… Öppnare
        vårdformer"): which items all lists hold and which one list alone does, item by item, as the rows say
        them; whether they were set so (not when the lists share nothing: then they are of different things)."""
        def key(item: str) -> str:
            return " ".join(re.findall(r"\w+", swedish.fold(item.lower())))
        if len(listed) < 2 or any(len(items) < MIN_LISTED_ITEMS for _, items in listed):
            return False
        keys = [{key(i) for i in items} for _, items in listed]
        shared = set.intersection(*keys)
        if not shared:
            return False
        if all(k == shared for k in keys):
            draft.lines.append(LISTS_SAME)
            return True
        first = listed[0][1]
        common = [i for i in first if key(i) in shared]
        lead = LISTS_SHARED if len(listed) == 2 else LISTS_SHARED_BY_ALL
        draft.lines.append(lead.format(items="; ".join(i.rstrip(".") for i in common)))
        for label, items in listed:
            alone = [i.rstrip(".") for i in items if key(i) not in shared]
            if alone:
                draft.lines.append(LIST_ONLY_IN.format(label=label, items="; ".join(alone)))
        return True

    @classmethod
    def _outline_shorter(cls, outline: Draft, passages: Passages) -> Draft:
        """A document's outline asked again, shorter: what it says it is for (cited first in the outline), then its
        headings, each cited."""
        about = next((line for line in outline.lines if line.startswith(ABOUT_DOCUMENT)), "")
        brief = cls._headings_only(outline, passages)
        if about and outline.cited:
            text = " ".join(swedish.without_citations(about[len(ABOUT_DOCUMENT):]).split())
            brief.lines.insert(0, f"{ABOUT_DOCUMENT} {text} [{brief.cite(outline.cited[0], text)}]")
        return brief

    @staticmethod
    def _headings_only(outline: Draft, passages: Passages) -> Draft:
        """A document's outline as one table cell: its headings in order, each cited ("”Vår gemensamma
        målbild i Norrbotten” tar upp: Min hälsa och välbefinnande [1]; Min egen kraft tas tillvara [2] …");
        a heading with its lead sentence each would not fit a row."""
        brief = Draft(flags=list(outline.flags))
        cited = list(outline.cited)
        summary = ""
        if SUMMARISED_ELSEWHERE in outline.flags:
            # another document's summary of it first, as it stands; then the document's own headings, cited
            # to the document itself ("Min hälsa och välbefinnande" is the målbild's, not the strategy's, word)
            chunk = cited.pop(0)
            text = " ".join(outline.used.get(chunk.id, []))
            summary = f"{text} [{brief.cite(chunk, text)}]"
        shown: dict[str, str] = {}  # each top heading, cited once
        for chunk in cited:
            top = chunk.section.split(SECTION_SEP)[0].strip()
            # (a heading on how the document was made is none of what it says: "Så här har målbilden tagits fram")
            if top and top not in shown and not swedish.heads_making(top):
                shown[top] = f"{top} [{brief.cite(chunk, outline.used.get(chunk.id, [''])[0])}]"
        if not shown:
            if summary:
                brief.lines = [summary]
                return brief
            return outline
        headings = OUTLINE_ROW_LEAD.format(title=passages.title_of(cited[0])) + "; ".join(shown.values())
        brief.lines = [f"{summary} {headings}" if summary else headings]
        return brief

    def _shared_words(self, texts: Sequence[str], passages: Passages, asked: str = "",
                      others: Sequence[str] = ()) -> list[str]:
        """The specific words every text uses (by stem, as the first text writes them, in its order):
        not words that most passages use ("vård"), region names, nor the things compared ("målbilderna");
        with `others`, only those none of the other texts uses (what one row alone names)."""
        regions = self._every_region_term(passages)
        common = passages.common_stems(self.tokenize, COMMON_WORD_SHARE)
        compared = {w[:MIN_SHARED_LETTERS] for w in self.tokenize(asked)}

        def stems_of(text: str) -> set[str]:
            return {w for w in self.tokenize(swedish.without_citations(text)) if len(w) >= MIN_SHARED_LETTERS
                    and w[:MIN_SHARED_LETTERS] not in compared} - common - regions
        stems = [stems_of(t) for t in texts]
        elsewhere = [stems_of(t) for t in others]

        def alike(stem: str, words: set[str]) -> bool:  # the same word, or one a longer form of the other ("tillgänglig/het")
            return any(stem.startswith(o) or o.startswith(stem) for o in words)

        def kept(stem: str) -> bool:
            return all(alike(stem, words) for words in stems[1:]) and not any(alike(stem, words) for words in elsewhere)
        shown: dict[str, str] = {}
        for word in re.findall(r"[^\W\d_]+", texts[0]):
            stem = next(iter(self.tokenize(word)), "")
            if stem in stems[0] and stem not in shown and kept(stem):
                shown[stem] = word.lower()
        return list(shown.values())[:MAX_SHARED_WORDS]

    @staticmethod
    def merge(draft: Draft, own: Draft, limit: int = MAX_ROW_LINES) -> str:
        """Another draft's text as one table cell (at most `limit` of its lines), its citations renumbered into this
        draft's."""
        renumber = Composer._renumbering(draft, own)
        kept = [line for line in own.lines if line.strip() and line not in (TOPIC_LEAD, ALSO_LEAD)]
        kept = kept[:limit] + (["…"] if len(kept) > limit else [])
        # lines from one source said together, cited once: "Fem strategier …: Ökad delaktighet; Ökad kontinuitet [1]"
        runs: list[tuple[str, list[str]]] = []  # (citation, texts)
        for line in kept:
            cited = re.search(r"\s*(\[\d+\])\s*$", line)
            mark = cited.group(1) if cited else ""
            text = (line[:cited.start()] if cited else line).strip()
            text = text.lstrip()[2:] if text.lstrip().startswith("- ") else text
            if runs and mark and runs[-1][0] == mark:
                runs[-1][1].append(text)
            else:
                runs.append((mark, [text]))
        said = []
        for mark, texts in runs:
            joined = texts[0]
            for text in texts[1:]:  # list items one after another; a sentence or a lead-in ends as it ends
                joined += (" " if joined.endswith((":", ".", "!", "?", "”", '"', "“")) else "; ") + text
            said.append(f"{joined} {mark}".strip())
        return re.sub(r"\[(\d+)\]", renumber, " ".join(said))

    @staticmethod
    def _append(draft: Draft, own: Draft) -> None:
        """Another draft's lines after this draft's, as they are, their citations renumbered into this draft's."""
        renumber = Composer._renumbering(draft, own)
        draft.lines += [re.sub(r"\[(\d+)\]", renumber, line) for line in own.lines]

    @staticmethod
    def _renumbering(draft: Draft, own: Draft) -> Callable[[re.Match], str]:
        """For `re.sub` over another draft's "[n]": its source cited in this draft (with the sentences it quoted from
        it), and this draft's number for it."""
        def renumber(match: re.Match) -> str:
            chunk = own.cited[int(match.group(1)) - 1]
            for text in own.used.get(chunk.id, [""]):
                draft.cite(chunk, text)
            return f"[{draft.cited.index(chunk) + 1}]"
        return renumber

    def citations(self, draft: Draft, hits: Sequence[Hit], passages: Passages) -> list[Citation]:
        """The numbered sources of a draft, in the order of their numbers."""
        scores = {h.chunk.id: h.dense for h in hits}
        return [Citation(rank=i + 1, chunk=c, score=scores.get(c.id, 0.0),
                         meta=passages.metas.get(c.document, DocumentMeta(name=c.document, title=c.title)),
                         used=tuple(draft.used.get(c.id, ())))
                for i, c in enumerate(draft.cited)]

    def best_similarity(self, hits: Sequence[Hit], qvec: np.ndarray | None, passages: Passages) -> float:
        """How well the single best sentence of the top passages matches the question."""
        units = units_of(hits[:3])
        if not units or passages.vectors is None or qvec is None:
            return max((h.dense for h in hits), default=0.0)
        return float(self._similarity([u.text for u in units], qvec, passages).max())

    # ------------------------------------------------------------ sentences

    def _sentences(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """The best few sentences of the top passages (the plain lookup answer); of the asked region's
        documents when the question names one ("… i norrbottens målbild": not Jämtland Härjedalen's)."""
        draft = Draft()
        hits = self._within_asked(query, hits, passages)
        # "står det nåt om nya journalsystemet?": a short section headed by the thing asked whether it is named is what
        # the documents say of it, whole ("Nytt journalsystem": Cosmic, its platform, a safe transition)
        # (its nouns: a short adjective may be inflected otherwise in the heading, "nya" and "Nytt")
        named = {w for w in self.tokenize(swedish.asked_mentioned(query.reading)) if len(w) >= MIN_HEADED_LETTERS} \
            - self._generic_stems if not query.kind and not query.follow_up else set()
        headed = next((h.chunk for h in hits[:HEADED_MENTION_HITS] if named and self._heads(named, heading_of(h.chunk))
                       and not h.chunk.items and is_short_leaf(h.chunk, passages)), None)
        if headed is not None:
            return self._section(draft, headed, passages)
        # "Varför kan vi inte bara köra på som förut? Vad är skälen bakom …?": a section headed as the document's own
        # why ("Våra varför") among the passages found first gives its reasons, one per paragraph
        # (of the change itself, not of a thing it names: "Varför behöver Kiruna ett nytt lasarett?" is the plan's)
        why = next((h.chunk for h in hits[:WHY_SECTION_HITS] if swedish.says_why(query.reading) and not query.kind
                    and swedish.why_of_the_change(query.reading)
                    and swedish.why_heading_order(heading_of(h.chunk)) == 0 and not heading_of(h.chunk).endswith("?")),
                   None)
        if why is not None:
            return self._section(draft, why, passages, summary=True)
        each = self._dated_each(query, hits)  # (each thing's own line: the event asked may be said of one of them)
        dated = each or self.dated(query, hits, passages)
        read = self._read_from(query, hits, passages, terms)
        picked = dated or self._best(query, read, qvec, passages, terms, limit=MAX_SENTENCES, holding=True)
        if query.kind == "who" and not dated and swedish.asks_who_drives(query.reading):
            # "vem är det som driver det arbetet då?": the lines naming the roles and groups that carry the work on in
            # the passage found first that names any ("Två projektledare, en samordnare för regionen …", "Arbetsgrupp
            # med representanter …"), not SVOM's decision to start it
            leading = [u for u in units_of(read[:KIND_READ_HITS]) if swedish.names_work_leaders(u.text)]
            picked = [u for u in leading if u.rank == leading[0].rank][:MAX_SENTENCES] or picked
        if swedish.says_why(query.reading) and not query.kind and not dated:
            picked = [*picked, *(u for u in self._reasons_after_claims(query, read, qvec, passages, terms)
                                 if u.text not in {p.text for p in picked})]
        if swedish.asks_meant(query.reading) and picked and picked[0].text not in picked[0].chunk.items:
            # "vad menas med att jag är experten i mitt liv?": the statement and what its paragraph goes on to say
            units = units_of([Hit(picked[0].chunk, 0.0)])
            at = next((i for i, u in enumerate(units) if u.text == picked[0].text), 0)
            paragraph = [u for u in units[at:at + MEANT_SENTENCES] if u.text not in picked[0].chunk.items]
            picked = [*paragraph, *(u for u in picked[1:] if u.chunk.document == picked[0].chunk.document
                                    and u.text not in {p.text for p in paragraph})][:MEANT_SENTENCES + 1]
        if swedish.asks_when_it_holds(query.reading) and not dated:
            # "… skyldigheter kring bemötande på språken – när gäller det?": the sentence saying in what case, first
            # ("Vid efterfrågan … ska regionen bemöta på dessa språk i samband med myndighetsutövning.")
            asked = set(self.tokenize(query.search))  # (a follow-up's thread too: "… språk …? || och när gäller det?")
            shared, case = max(((len(asked & set(self.tokenize(u.text))), u) for u in units_of(read[:CASE_READ_HITS])
                                if swedish.states_case(u.text)), key=lambda pair: pair[0], default=(0, None))
            if case is not None and shared >= CASE_SHARED_WORDS:
                picked = [case, *(u for u in picked if u.text != case.text)]
        listed = swedish.asked_list_noun(query.reading, query.regions) if query.intent == "list" else ""
        for unit in [u for u in picked if listed and swedish.names_only_at_end(u.text, listed)]:
            # "vilka större samhällsutmaningar …?": a sentence that ends on them, then the one that names them ("Dessa
            # kan tillkomma som en följd av klimatförändringar, förändrat säkerhetsläge …")
            after = sentence_after(unit, units_of([Hit(unit.chunk, 0.0)]))
            if after is not None and swedish.names_them(after.text) and after.text not in {p.text for p in picked}:
                picked.insert(picked.index(unit) + 1, after)
        if listed.lower().startswith("grupp") and picked and picked[0].text not in picked[0].chunk.items:
            # "vilka grupper har högre risk för suicid?": every sentence of the paragraph that names a group or the
            # topic ("… pojkar och män, gruppen äldre män är överrepresenterade", "… flickor och kvinnor, här är gruppen
            # 10 - 29 år …", "Riskfaktorer för suicid …"), in its order – not two of them
            topic = set(self.tokenize(swedish.topic_words(query.reading))) - self._generic_stems \
                - passages.common_stems(self.tokenize, COMMON_WORD_SHARE)  # ("suicid", not "hälsa")
            paragraph = next((split_sentences(p) for p in pre_text(picked[0].chunk).split("\n\n")
                              if picked[0].text in split_sentences(p)), [])
            named = [u for u in units_of([Hit(picked[0].chunk, 0.0)]) if u.text in paragraph
                     and (u.text in {p.text for p in picked} or topic & set(self.tokenize(u.text))
                          or swedish.names_a_group(u.text))]
            picked = named[:GROUP_SENTENCES] if len(named) > len(picked) else picked
        if not query.kind and swedish.asks_what_not(query.reading):
            # "… vad ansvarar den inte för?": what is not so, not the list of what is beside it (said in a top passage
            # the sentences picked by meaning passed over: "Vilka av primärvårdsfrågorna ligger inte på nämndens bord?")
            said_not = [u for u in picked if swedish.negated(u.text)] or (
                self._said_not(hits, terms)[:1] if swedish.asks_outside_duty(query.reading) else [])
            picked = said_not or picked
        lead_in = next((u for u in picked if u.chunk.items and u.text in split_sentences(u.chunk.list_intro)), None)
        mentioned_phrase = swedish.asked_mentioned(query.reading)
        if mentioned_phrase and not passages.passages_saying(mentioned_phrase) and \
                passages.passages_saying(tail := swedish.phrase_tail(mentioned_phrase)):
            mentioned_phrase = tail  # "… om samarbete kring tidiga insatser?": what the documents say, "tidiga insatser"
        mentioned = set(self.tokenize(mentioned_phrase))
        # (nor for a why, unless the lead-in gives the list as the reason: "Varför ska primärvården vara
        # förstahandsval?" is not answered by the plan's priorities, "Varför är vården organiserad som den är?" is by
        # "Hälso- och sjukvården är organiserad för att möjliggöra:" and its list)
        if lead_in is not None and not (mentioned and not self._mentions(mentioned, lead_in.chunk)) \
                and not (swedish.says_why(query.reading) and not query.kind and not swedish.gives_reason(lead_in.text)):
            # a list's lead-in is said with its whole list, never alone (unless the list never names what the question
            # asks whether the documents mention: "… om kvinnor i övergångsåldern?" is no list of grounds for equality)
            # (with what its passage says before it, when that was picked too: the motto "“Tillsammans för god hälsa hela
            # livet”" before "Fem strategier för att nå målet:")
            before = [u for u in picked if u.chunk is lead_in.chunk and u.position < lead_in.position
                      and u.text in pre_text(u.chunk)]
            return self._whole_list(draft, lead_in.chunk, passages, before)
        if lead_in is not None:
            picked = [u for u in picked if u is not lead_in]
        if query.kind:
            picked = picked if each else self._holding(query, picked, passages)
            if query.kind == "date" and not swedish.prepares(query.reading):
                # "När beslutades målbilden?": the decision on it before the decision to work it out, and a line
                # that says its own date ("27 maj fattades …") before one dated only by its heading
                event = asked_event(query)
                decision, meeting = event == "decision", event == "meeting"

                def opens_meeting(u: Unit) -> bool:
                    # a meeting is named by its noun: "Kick-off med högre tjänstepersoner …" is the kick-off, not
                    # "Förslag … presenteras till deltagarna från kick-offen"
                    return meeting and swedish.mentions_event(" ".join(u.text.split()[:2]), "meeting")

                opener = next((u for u in units_of(hits[:5]) if not dated and opens_meeting(u)
                               and swedish.has_kind("date", f"{u.text} {heading_of(u.chunk)}")), None)
                picked = [opener, *(u for u in picked if u.text != opener.text)] if opener is not None else picked
                # (but "När började arbetet med målbilden?": the decision to work it out is the start)
                start = event == "start"
                picked = sorted(picked, key=lambda u: (swedish.prepares(f"{u.text} {heading_of(u.chunk)}") != start,
                                                       decision and not swedish.has_kind("date", u.text),
                                                       not opens_meeting(u)))
            elif query.kind == "date":
                # "När började man ta fram målbilden?": the decision to work it out, not the later steps
                picked = [u for u in picked if swedish.prepares(u.text)] or picked
            if query.kind == "date" and picked:
                top = units_of(hits[:5])
                picked = dated_on(picked, top)
                # "Vilka datum fattades besluten om målbilden i SVOM och i Barnarenan?": a dated line for each body named
                bodies = list(dict.fromkeys([*swedish.acronyms_in(query.reading), *swedish.proper_names(query.reading)]))
                for body in bodies if len(bodies) >= 2 else ():
                    if not any(swedish.mentions(u.text, body) for u in picked):
                        line = next((u for u in top if swedish.mentions(u.text, body)
                                     and swedish.has_kind("date", u.text)), None)
                        picked = [*picked, line] if line is not None else picked
            if query.kind == "date" and not swedish.asks_reading(query.reading) and not swedish.asks_end_year(query.reading):
                # "… vem har bestämt den?" + "när var det?": not the titles of further reading that name a year
                # ("Målbild för God och nära vård 2030, Region Västernorrland")
                picked = [u for u in picked if not self._points_to_reading(u)] or picked
            if query.kind == "who":
                # "Vem ansvarar för omställningen till nära vård?": the sentence that says which body is responsible
                # for it ("Nämnden ansvarar för regionens arbete med … omställning till nära vård."), wherever the
                # search ranked it, before list items that only name "ansvara för samverkan …"
                thing = self._responsibility_words(query, passages)
                responsible = self._responsible_named(query, thing, passages)
                # (or the list line saying who was given the task: "Lokala samverkansarenor har fått i uppdrag att ta
                # fram lokala samverkansplaner …", of "vem tar fram dom lokala samverkansplanerna")
                made = self._made_by(query, hits, passages) if swedish.asks_who_makes(query.reading) else []
                # (a line saying who was given the task, alone: not Norrbotten's handlingsplaner beside it)
                made = [u for u in made if swedish.tells_tasked(u.text)] or made
                # "… vem ska se till att de faktiskt genomförs?": the top passages' body said to take responsibility
                # ("Respektive huvudman tar ansvar för att … omsätta handlingsplanen i praktiken.")
                seen_to = [u for u in units_of(hits[:RESPONSIBLE_PASSAGES]) if swedish.says_responsible(u.text)][:1] \
                    if not responsible and swedish.asks_who_sees_to(query.reading) else []
                if made and (swedish.has_kind("who", " ".join(u.text for u in made))
                             or any(swedish.tells_tasked(u.text) for u in made)):  # (who was given the task)
                    # "Vem tar fram de lokala handlingsplanerna?": how and by whom they are made ("Lokala handlingsplaner
                    # ska utarbetas utifrån strategin. … Planerna utformas … mellan kommun, hälsocentral och sjukhus.")
                    picked = made
                elif seen_to:
                    # (after what its own passage says before it: "Lokala handlingsplaner ska utarbetas … Planerna utformas
                    # … mellan kommun, hälsocentral och sjukhus." are what the body sees through)
                    picked = [*(u for u in picked if u.chunk.id == seen_to[0].chunk.id and u.position < seen_to[0].position),
                              *seen_to]
                elif responsible:  # (and beside them only what names the thing too: "strategiskt driva … omställningen")
                    picked = [*responsible, *(u for u in picked if u.text not in {r.text for r in responsible}
                                              and self._mentions(thing, u.chunk, u.text))]
                if thing and swedish.asks_if_shared(query.reading):
                    # "… är det bara regionen?": the sentence that says it is shared, first ("Region Norrbotten, länets
                    # kommuner och privata utförare har ett delat ansvar för hälso- och sjukvård på primärvårdsnivå.")
                    scope = set(query.documents) or {n for n, m in passages.metas.items()
                                                     if not query.regions or m.region in query.regions}
                    shared = sorted((u for u in units_of([Hit(c, 0.0) for c in passages.chunks if c.document in scope])
                                     if swedish.says_shared(u.text) and self._mentions(thing, u.chunk, u.text)),
                                    key=lambda u: "ansvar" not in u.text.lower())[:1]  # (one saying "ansvar" first)
                    picked = [*shared, *(u for u in picked if u.text not in {x.text for x in shared})]
                # "vem ansvarar för att det blir något av det …?": "Planerna utformas utifrån … mellan kommun,
                # hälsocentral och sjukhus." with what "Planerna" are ("Lokala handlingsplaner ska utarbetas …")
                picked = in_context(picked, units_of(hits[:5]), after=False)
                if picked:
                    # "vilken nämnd ansvarar för oss?", "vem ansvarar för omställningen …?": "Nämnden ansvarar …" with
                    # the sentence before that names it (a new employee does not know which nämnd "Nämnden" is)
                    before = next((u for u in units_of([Hit(picked[0].chunk, 0.0)])
                                   if u.position == picked[0].position - 1 and u.text not in u.chunk.items), None)
                    if before is not None and before not in picked and swedish.names_body_before(before.text, picked[0].text):
                        picked = [replace(before, rank=picked[0].rank), *picked]
        else:
            if swedish.asks_what_not(query.reading) and any(swedish.negated(u.text) for u in picked):
                picked = [u for u in picked if swedish.negated(u.text)]  # "… inte för?": what is not so
            # "Nämns skolan och elevhälsan i länsstrategin?": where both are named, then where either is
            halves = [h for h in (set(self.tokenize(x)) for x in re.split(r"\s+(?:och|eller)\s+", mentioned_phrase))
                      if h] if re.search(r"\s(?:och|eller)\s", mentioned_phrase) \
                and len(mentioned_phrase.split()) <= MENTIONED_PAIR_WORDS and not mentioned_phrase.lower().startswith("att ") else []
            if len(halves) == 2 and any(self._mentions(h, u.chunk, u.text) for h in halves for u in picked):
                both = [u for u in picked if self._mentions(mentioned, u.chunk, u.text)]
                either = [u for u in picked if u not in both and any(self._mentions(h, u.chunk, u.text) for h in halves)]
                picked = [*both, *either][:MAX_TOPIC_SENTENCES]
            elif mentioned and any(self._mentions(mentioned, u.chunk, u.text) for u in picked):
                # "Står det något om familjecentraler …?": the sentences that name it, not their neighbours
                picked = [u for u in picked if self._mentions(mentioned, u.chunk, u.text)]
                # (and the other few places that name it: "Står det något om rehabilitering i dokumenten?" -> the
                # plan's sentence, the strategy's example area and its "rehabiliterande insatser")
                picked += [u for u in self._named_sentences(mentioned, query, passages)
                           if u.text not in {p.text for p in picked}]
            elif mentioned and (named := self._named_sentences(mentioned, query, passages)):
                # "Står det något om rehabilitering i nämndens verksamhetsplan?": the plan's few sentences that name
                # it, wherever the search ranked them (its words for the plan drown the one word asked about)
                picked = named
            elif mentioned and (named := self._named_in_documents_words(mentioned_phrase, query, passages)):
                # "… om kvinnor i övergångsåldern?": the sentences that name it in the documents' word
                # ("klimakteriebesvär")
                picked = named
            elif query.intent == "list" and (named := self._named_phrase_said(
                    query, set(query.documents or query.named_documents) or set(passages.metas), passages)):
                # "Vilka funktioner finns i Min vård Norrbotten?": beside the sentences found ("Funktionerna Sök vård
                # och Chatt …"), those that say the name ("Videotjänst ingår i Min vård Norrbotten …")
                shown = {u.text for u in picked}
                picked = [*picked, *(u for u in named if u.text not in shown)][:MAX_TOPIC_SENTENCES]
            picked = in_context(picked, units_of(hits[:5]))
        # a slide's question item brings its answers as a list (_complete_lists): they are not said beside it
        answering = {a for u in picked if u.text in u.chunk.items and u.text.endswith("?")
                     for a in answers_to(u.text, u.chunk)}
        picked = [u for u in picked if u.text not in answering]
        picked += self._formal_step(query, picked, passages)
        picked += self._other_deciders(query, picked, hits)
        picked += self._also_counted(query, picked, hits)
        picked += self._done_instead(query, picked, hits)
        for unit in [*self._other_alternative(query, picked, hits), *self._seen_online(query, picked)]:
            # (beside a sentence of its own passage)
            at = max((i for i, u in enumerate(picked) if u.chunk is unit.chunk), default=len(picked) - 1)
            picked.insert(at + 1, unit)
        # (of list lines alone, those naming the question's long word whole: "Vilken folkhälsostrategi hänvisar
        # verksamhetsplanen till?" is "Norrbottens folkhälsostrategi 2018-2026", not every strategy the list names)
        # (asked which one: "Vilken …?"; not "vilka …", nor a why: "… till regionens samverkansråd också då?" is told by the
        # reasons listed under another line)
        if picked and all(u.text in u.chunk.items for u in picked) and swedish.asks_which_one(query.reading) \
                and not swedish.asks_comparison(query.reading):
            named = [w for w in swedish.content_words(query.reading).split() if len(w) >= WHOLE_ITEM_WORD_LETTERS
                     and any(swedish.names_whole(u.text, w) for u in picked)]
            if len(set(named)) == 1:  # (not two things set side by side: "skillnad behovs o solidaritetsprincipen vs …")
                picked = [u for u in picked if swedish.names_whole(u.text, named[0])]
        placed: set[str] = set()  # lists whose place was said: a second item of one list needs no "Under …"
        dated_by: set[str] = set()  # the dated headings said after a line
        # (a sentence of context only beside the sentence it is the context of)
        picked = [u for u in picked if not u.context or any(not p.context and p.chunk is u.chunk
                                                            and abs(p.position - u.position) == 1 for p in picked)]
        for i, unit in enumerate(picked):
            text = unit.text
            if query.intent == "date":
                text = with_year(text, unit.chunk, passages.metas.get(unit.chunk.document), dated_by)
            elif unit.text in unit.chunk.items and not dated:  # dated lines are headed by their section instead
                text = item_in_context(unit.text, unit.chunk, placed)
            heading = heading_of(unit.chunk)
            prefix = f"{heading}: " if i == 0 and heading and (_names_one(query) or dated) and heading not in text else ""
            # (a share beside the best sentence is what a count of people by a property asks, no context: "Andelen som är
            # positiva … uppgår till 77 procent" after "… norrbottningarna … positiva till att använda digitala tjänster …")
            if draft.say(text, unit.chunk, prefix) and unit.context \
                    and not (query.kind == "number" and swedish.counts_by_property(query.reading)
                             and swedish.states_share(unit.text)):
                draft.context.append((draft.lines[-1], unit.text))
        if draft.lines:
            draft.lines = [" ".join(draft.lines)]
        if picked and all(u.text in u.chunk.items and len(u.text.split()) <= SHORT_ITEM_WORDS
                          and not swedish.states_something(u.text) for u in picked) \
                and not swedish.days_named(query.reading):  # ("Vad hände 12 december 2022?": the line of that day)
            draft.flags.append("mention-only")  # only list labels name the topic; nothing says more
        return draft

    def _named_in_documents_words(self, phrase: str, query: Query, passages: Passages) -> list[Unit]:
        """The few sentences that name a staff phrase in the documents' own words (the curated synonym list), or []."""
        if passages.synonyms is None or len(phrase.split()) > MENTIONED_THING_WORDS or phrase.lower().startswith("att "):
            return []  # (a thing, not a clause: "… om att hjärtpatienter ska kunna mäta sina värden hemma?")
        for said in passages.synonyms.added(phrase):
            named = self._named_sentences(set(self.tokenize(said)), query, passages)
            if named:
                return named
        return []

    def _named_sentences(self, words: set[str], query: Query, passages: Passages) -> list[Unit]:
        """The sentences of the documents asked about that name the words, when there are only a few
        (MAX_SENTENCES at most; a word many passages use is no answer by itself); else []."""
        # (of the region asked about: "… digitala verktyg för patienter i jämtland?" is not answered by Norrbotten's)
        scope = set(query.documents or query.named_documents) or self._asked_scope(query, passages) or set(passages.metas)
        chunks = [c for c in passages.chunks if c.document in scope and self._mentions(words, c)]
        units = [u for u in units_of([Hit(c, 0.0) for c in chunks])
                 if self._mentions(words, u.chunk, u.text) and not u.text.endswith(":")]
        return units if len(units) <= MAX_SENTENCES else []

    def _responsibility_words(self, query: Query, passages: Passages) -> set[str]:
        """The words of the X a "Vem ansvarar för X?" question asks of, less region names (stemmed)."""
        thing = swedish.responsibility_asked(query.reading)
        return set(self.tokenize(swedish.content_words(thing))) - self._every_region_term(passages) if thing else set()

    def _responsible_named(self, query: Query, words: set[str], passages: Passages) -> list[Unit]:
        """For "Vem ansvarar för X?" (X's `words`): the few sentences of the documents asked about that name a body
        as responsible for every word of X; else []."""
        if not words:
            return []
        scope = set(query.documents or query.named_documents) or self._asked_scope(query, passages) or set(passages.metas)
        units = [u for u in units_of([Hit(c, 0.0) for c in passages.chunks if c.document in scope and self._mentions(words, c)])
                 if swedish.says_responsible(u.text) and self._mentions(words, u.chunk, u.text)]
        return units[:MAX_RESPONSIBLE] if len(units) <= MAX_SENTENCES else []

    def _reasons_after_claims(self, query: Query, read: Sequence[Hit], qvec, passages: Passages,
                              terms: set[str]) -> list[Unit]:
        """For a why: each sentence that states what is asked about with the sentence right after it, when that gives a reason
        or tells what the thing brings about ("Primärvården ska utgöra det självklara första valet … och vara
        kontinuitets- och relationsbärare över tid." + "Kontinuitet i vårdkontakterna skapar goda relationer …")."""
        claims = self._best(query, read, qvec, passages, terms, limit=MAX_SENTENCES, margin=WHY_CLAIM_MARGIN, by_score=True)
        reasons = []
        for claim in claims:
            if len(set(self.tokenize(claim.text)) & terms) < WHY_CLAIM_WORDS:
                continue  # (a claim says what is asked about in its words, not in passing)
            after = sentence_after(claim, units_of([Hit(claim.chunk, 0.0)]))
            if after is not None and swedish.answers_why(after.text) and after.text not in {r.text for r in reasons}:
                reasons += [claim, replace(after, rank=claim.rank)]  # (the claim, then why)
        return reasons

    def _read_from(self, query: Query, hits: Sequence[Hit], passages: Passages, terms: set[str]) -> list[Hit]:
        """The passages a plain answer reads its sentences from: the top three (five for a kind of fact), and
        before them a lower one of the top five that alone says a word of the question few passages say ("… att
        sjukhuset ska rivas": Kiruna sjukhus "kommer att rivas", ranked fifth below passages on sjukhusvård)."""
        if query.kind:
            return [*hits[:KIND_READ_HITS], *self._dated_in_named(query, hits[:KIND_READ_HITS], passages),
                    *self._contact_of(query, hits[:KIND_READ_HITS], passages)]
        top = list(hits[:3])
        counts = passages.stem_counts(self.tokenize)
        said = {t for h in top for t in self.tokenize(h.chunk.text)}
        # (the question's own words: a documents' word the staff list adds is weighed by with_specific)
        asked = set(self.tokenize(query.search)) & terms
        rare = {t for t in asked if 0 < counts.get(t, 0) <= RARE_WORD_PASSAGES and t not in said}
        # (in a sentence that says another word of the question too: "Kiruna sjukhus kommer att rivas", not
        # "Även folktandvårdens chefer …" for "Hur ska chefer leda …?")
        saying = [h for h in hits[3:5] if any(
            rare & words and len(words & asked) >= RARE_WORD_COMPANY
            for words in (set(self.tokenize(u.text)) for u in units_of([h])))]
        # … or whose own heading alone names a word of the question no top heading names ("Mår norrbottningar
        # psykiskt sämre än resten av landet?": "Psykisk hälsa", ranked fourth below passages on health in general)
        headed = {t for h in top for t in self.tokenize(heading_of(h.chunk))}
        headings = passages.heading_stem_counts(self.tokenize)
        saying += [h for h in hits[3:5] if h not in saying and any(
            headings.get(t, 0) == 1 and not t.isdigit()
            for t in (set(self.tokenize(heading_of(h.chunk))) & asked) - headed)]
        if swedish.asks_further_reading(query.reading):
            # … or a further-reading list, for a question asking for a longer text ("Finns det nåt längre dokument där
            # dom har skrivit ner hela målbilden?": "Fördjupning", ranked fourth in a thread on Västernorrland's example)
            saying += [h for h in hits[3:5] if h not in saying and swedish.is_reading_list(heading_of(h.chunk))]
        return [*saying, *top]  # (read first: it says what the others do not)

    @staticmethod
    def _contact_of(query: Query, hits: Sequence[Hit], passages: Passages) -> list[Hit]:
        """For a question on whom to contact, the contact passage of the document the top passages are from, when the
        search ranked it lower ("And who is listed as the contact person for that example?": "Informationsansvarig")."""
        if query.kind != "who" or not swedish.asks_contact(query.reading) or not hits:
            return []
        shown = {h.chunk.id for h in hits}
        document = hits[0].chunk.document
        return [Hit(c, 0.0) for c in passages.chunks if c.document == document and c.id not in shown
                and swedish.is_contact_heading(heading_of(c))][:1]

    def _dated_in_named(self, query: Query, hits: Sequence[Hit], passages: Passages) -> list[Hit]:
        """For a date question about an event in the one document it names, that document's dated passages
        that speak of the event, beside the retrieved ones ("… gemensam målbild för hela länet. När bestämdes
        den politiskt?": "27 maj fattades ett politiskt beslut att anta målbilden" under "Maj 2021", which a
        search led astray by a long preamble does not rank)."""
        event = asked_event(query) if query.kind == "date" else ""
        if not event or len(query.named_documents) != 1:
            return []
        shown = {h.chunk.id for h in hits}
        return [Hit(c, 0.0) for c in passages.chunks if c.document == query.named_documents[0] and c.id not in shown
                and swedish.mentions_event(c.text, event) and swedish.has_kind("date", f"{c.text} {heading_of(c)}")]

    def _done_instead(self, query: Query, picked: Sequence[Unit], hits: Sequence[Hit]) -> list[Unit]:
        """A sentence that says what is not done ("Nämnden ansvarar inte för Beställning Vårdval primärvård")
        with what the top passages say is done there, by the same verb and name ("ansvara för uppföljning av
        vårdgivare inom Vårdval primärvård …"): "Ansvarar nämnden för vårdvalet?" is answered by both."""
        said = next((u for u in picked if swedish.negated(u.text)), None)
        # (not for "Vad ansvarar nämnden inte för?", unless the question says both: "… inte X men ska Y?")
        if said is None or (swedish.asks_what_not(query.reading) and not re.search(r"\bmen\b", query.reading, re.I)):
            return []
        verb = re.search(r"(\w+)\s+inte\b", said.text)
        names = swedish.proper_names(said.text)
        stems = set(self.tokenize(verb.group(1))) if verb else set()
        if not names or not stems:
            return []
        return [u for u in units_of(hits[:3]) if u not in picked and not swedish.negated(u.text)
                and any(n in u.text for n in names) and stems & set(self.tokenize(u.text))][:1]

    def _other_deciders(self, query: Query, picked: Sequence[Unit], hits: Sequence[Hit]) -> list[Unit]:
        """"Vem beslutar om målbilden i Västernorrland?": besides the body picked ("Social ReKo har fastställt …"),
        the other sentences of the same passage that name who decides the same thing ("I de flesta kommuner
        antas målbilden av kommunfullmäktige.")."""
        if query.kind != "who" or asked_event(query) != "decision" or not picked:
            return []
        # what was decided, as the question and the sentence both name it ("målbilden"; not the region's name)
        subject = [w for w in swedish.content_words(query.reading).split() if len(w) > 3 and not w[0].isupper()
                   and not swedish.mentions_event(w, "decision") and swedish.mentions(picked[0].text, w)]
        said = {p.text for p in picked}
        # (of the passages a kind of fact is read from: "Social ReKo … har fastställt …" may rank fifth in its article)
        return [u for u in units_of([Hit(picked[0].chunk, 0.0)] + [h for h in hits[:KIND_READ_HITS]
                                                                   if h.chunk.document == picked[0].chunk.document])
                if u not in picked and u.text not in said and swedish.mentions_event(u.text, "decision")
                and swedish.names_body(u.text) and subject and all(swedish.mentions(u.text, w) for w in subject)
                and not swedish.prepares(u.text)][:MAX_OTHER_DECIDERS]

    def _decisions_of(self, body: str, query: Query, passages: Passages) -> list[Unit]:
        """Every sentence or line of the asked region's documents (all, when none is asked) that names the body and a
        decision ("2021 fattade SVOM beslut om …", "Fattades i SVOM 221202"), in document order."""
        scope = self._asked_scope(query, passages)  # (not a title word said in passing: "… om nära vård")
        chunks = sorted((c for c in passages.chunks if not scope or c.document in scope),
                        key=lambda c: (c.document, c.position))
        return [u for u in units_of([Hit(c, 0.0) for c in chunks]) if re.search(rf"\b{re.escape(body)}\b", u.text)
                and swedish.mentions_event(u.text, "decision") and not u.text.endswith("?")][:MAX_DECISIONS]

    @staticmethod
    def _decisions(decided: Sequence[Unit], query: Query, hits: Sequence[Hit], qvec, passages: Passages,
                   terms: set[str]) -> Draft:
        """"Vad har SVOM beslutat …?": each of its decisions, cited, one per line."""
        draft = Draft()
        for unit in decided:  # (under its heading: "Beslut av målbild: Fattades i SVOM 221202")
            heading = heading_of(unit.chunk)
            draft.say(unit.text, unit.chunk, prefix=f"- {heading}: " if heading and heading not in unit.text else "- ")
        return draft

    def _also_counted(self, query: Query, picked: Sequence[Unit], hits: Sequence[Hit]) -> list[Unit]:
        """"Hur många hälsocentraler och sjukhus …?": besides the sentence that counts the first thing, the
        first sentence of the top passages that counts the second ("… fem sjukhus i länet …"), unless said."""
        second = swedish.also_counted(query.reading)
        if query.kind != "number" or not second or any(swedish.mentions(u.text, second) for u in picked):
            return []
        said = {u.text for u in picked}
        return [u for u in units_of(hits[:5]) if u.text not in said and swedish.mentions(u.text, second)
                and swedish.has_kind("number", u.text)][:1]

    def _other_alternative(self, query: Query, picked: Sequence[Unit], hits: Sequence[Hit]) -> list[Unit]:
        """"Har nämnden ansvar för vårdval primärvård eller bara för hälsocentralerna i egen regi?": each of
        the two things asked between gets the sentence of the top passages that names it most fully, when
        no sentence picked names it."""
        pair = swedish.alternatives(query.reading) if query.intent == "yesno" else None
        if pair is None:
            return []
        added: list[Unit] = []
        units = units_of(hits[:5])
        for thing in pair:
            words = set(self.tokenize(thing))
            head = set(self.tokenize(thing)[:1])  # (what the thing is, "kommunfullmäktige ute i kommunerna")
            if not words or any(self._overlap(words, u.text) >= ALTERNATIVE_SHARE and self._names_whole(head, u.text)
                                for u in [*picked, *added]):
                continue
            best = max(units, key=lambda u: (self._names_whole(head, u.text), self._overlap(words, u.text), -u.rank,
                                             -u.position), default=None)
            if best is not None and self._overlap(words, best.text) >= ALTERNATIVE_SHARE and best not in picked:
                added.append(best)
        return added

    @staticmethod
    def _seen_online(query: Query, picked: Sequence[Unit]) -> list[Unit]:
        """"var ska patienten kunna se det sen, blir det i nån app?": when no sentence picked says where on the web,
        the sentence of a picked passage that does ("… som en sammanhållen vy på 1177.se")."""
        if not swedish.asks_where_seen(query.reading) or any(swedish.names_online_place(u.text) for u in picked):
            return []
        said = {u.text for u in picked}
        for unit in picked:
            found = next((u for u in units_of([Hit(unit.chunk, 0.0)])
                          if u.text not in said and swedish.names_online_place(u.text)), None)
            if found is not None:
                return [found]
        return []

    @staticmethod
    def _formal_step(query: Query, picked: Sequence[Unit], passages: Passages) -> list[Unit]:
        """A decision in a timeline goes on to its formal adoption: "När antogs / Vem beslutade om målbilden?"
        says "27 maj fattades ett politiskt beslut att anta målbilden" (Maj 2021) and the next dated step
        that decides the same thing, "Målbilden beslutas i varje huvudmans ordinarie beslutsprocess"
        (Juni-november 2021). Only a step in the next section under the same parent, never one about
        preparing the thing."""
        if query.kind not in ("date", "who") or asked_event(query) != "decision" \
                or swedish.prepares(query.reading):
            return []
        said = {u.text for u in picked}
        for unit in picked:
            chunk = unit.chunk
            if SECTION_SEP not in chunk.section and swedish.mentions_event(unit.text, "decision") \
                    and not swedish.prepares(unit.text):
                # (in running text, the next sentence that says who adopts it: "Formellt är målbilden på väg att antas
                # i början av 2021 …" – "I de flesta kommuner antas målbilden av kommunfullmäktige.")
                units = units_of([Hit(chunk, 0.0)])
                at = next((i for i, u in enumerate(units) if u.text == unit.text), len(units))
                subject = [w for w in swedish.content_words(query.reading).split() if len(w) >= MIN_STEM_LETTERS
                           and not swedish.mentions_event(w, "decision") and swedish.mentions(unit.text, w)]
                return [u for u in units[at + 1:at + 2] if u.text not in said
                        and swedish.mentions_event(u.text, "decision") and not swedish.prepares(u.text)
                        and any(swedish.mentions(u.text, w) for w in subject)]
            if SECTION_SEP not in chunk.section or not swedish.mentions_event(unit.text, "decision") \
                    or swedish.prepares(unit.text):
                continue
            parent = chunk.section.rsplit(SECTION_SEP, 1)[0] + SECTION_SEP
            following = next((c for c in passages.chunks if c.document == chunk.document and c.position > chunk.position
                              and c.section != chunk.section), None)
            if following is None or not following.section.startswith(parent) \
                    or not swedish.has_year(following.section.rsplit(SECTION_SEP, 1)[1]):
                return []
            # what was decided, as the question and the line both name it ("målbilden")
            subject = [w for w in swedish.content_words(query.reading).split()
                       if not swedish.mentions_event(w, "decision") and swedish.mentions(unit.text, w)]
            return [u for u in units_of([Hit(following, 0.0)])
                    if subject and u.text not in said and swedish.mentions_event(u.text, "decision")
                    and not swedish.prepares(u.text) and all(swedish.mentions(u.text, w) for w in subject)][:1]
        return []

    def _best(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str],
              limit: int, min_similarity: float = 0.0, bonus: Callable[[str], float] | None = None,
              margin: float | None = None, holding: bool = False, by_score: bool = False) -> list[Unit]:
        """The units that answer best (meaning, shared words, kind, rank), in document order (best
        first with `by_score`); with `holding`, only units that hold the asked kind of fact (when any does)."""
        units = [u for u in units_of(hits) if not u.text.endswith(":") or u.chunk.items]
        if holding and query.kind:
            units = self._holding(query, units, passages)
        if not units:
            return []
        dense = self._similarity([u.text for u in units], qvec, passages)
        asked = passages.asked_words(query.reading) if query.kind else []
        staff = passages.documents_words(query.search)
        heaviest = max(staff.values(), default=1)  # the documents' words of the longest staff phrase weigh 1
        reading_asked = swedish.asks_reading(query.reading)
        further = swedish.asks_further_reading(query.reading)
        # a follow-up asking its own question ("påverkar det oss?") weighs its own words beside the earlier topic's
        own = set(self.tokenize(swedish.content_words(query.reading))) if query.follow_up and swedish.asks_own(query.reading) else set()
        if own and passages.synonyms:  # ("Är det igång redan?": the documents say "i gång")
            own = set(self.tokenize(swedish.content_words(passages.synonyms.translated(query.reading))))
        # (a yes/no follow-up asks its own words of the earlier thing: "Är det igång redan?" is answered where it is)
        w_own = W_OWN_YESNO if query.intent == "yesno" and swedish.asks_state(query.reading) else W_OWN_WORDS
        # "Gäller det alla verksamheter?": "Varje verksamhet behöver …" (not a why: "varför blev det inte dialoger i alla
        # kommuner?" asks the reason, which a sentence on all of them need not give)
        every = swedish.every_asked(query.reading) if not swedish.says_why(query.reading) else ""
        # "Varför ska primärvården vara förstahandsval?": a sentence that gives a reason or tells what a thing brings
        # about ("Kontinuitet … skapar goda relationer som ger … tillit och trygghet"), not one restating the claim
        # (or what a thing brings: "Vad ska den ge för nytta?" -> "… förväntas bidra till förbättrade kunskapsunderlag")
        why = (swedish.says_why(query.reading) or swedish.asks_benefit(query.reading)) and not query.kind
        affected = swedish.asks_affected(query.reading)  # "vem påverkas av cosmic?": "Införandet påverkar samtliga …"
        # "Gäller något särskilt för samerna jämfört med de andra grupperna?": "… en särskild skyldighet att … konsultera
        # det samiska folket"
        apart = swedish.set_apart(query.reading)
        # "vad händer med de lokala handlingsplanerna sen?": "Handlingsplanerna sammanfogas därefter till …"
        then = swedish.asks_then(query.reading)
        needed = swedish.asks_needed(query.reading)  # "Vad krävs för egenmonitorering …?": "… kräver en väl utbyggd …"
        handled = swedish.handled_topic(query.reading)  # "Hur gjorde X med kommunikationen …?": what names kommunikation
        means_for = swedish.asks_meaning_for(query.reading)  # "vad innebär det för regionens verksamheter?"
        # "Vem följer upp omställningen på nationell nivå?" + "hur ska det göras i Norrbotten?": the sentence that says
        # it of the region the follow-up turns to ("I Norrbotten kommer omställningen att följas upp …")
        # (from another region or the national level the earlier question named, not a region said as scope: "… vilka
        # ska komma överens om de lokala planerna hos oss i Norrbotten?")
        before = swedish.regions_named(query.history[-1]) if query.follow_up and query.history else []
        turned_to = [r for r in swedish.regions_named(query.reading) if r not in before] \
            if before or (query.follow_up and query.history and swedish.names_national(query.history[-1])) else []
        # ("Är det meningen att patienten ska vara med och bestämma enligt Norrbottens målbild …?": not the workshop line)
        not_making = not query.kind and not swedish.asks_of_making(query.reading)
        # "står det nåt om fackliga organisationer?": the item naming "fackliga organisationer", not "berörda organisationer"
        thing = [w for w in swedish.content_words(swedish.asked_mentioned(query.reading)).split()
                 if len(w) >= ASKED_THING_LETTERS]
        thing = thing if len(thing) >= 2 else []
        offered = swedish.offered_actors(query.reading) if query.kind == "who" else ()
        scored = []
        for unit, sim in zip(units, dense):
            if sim < min_similarity:
                continue
            score = (W_MEANING * sim - PENALTY_MAKING_OF * (not_making and self._of_making(unit.chunk))
                     + W_WORDS * self._overlap(terms, unit.text) + W_RANK / (unit.rank + 1)
                     - PENALTY_READING_LIST * (not reading_asked and self._points_to_reading(unit))
                     # (of the region asked about: "Fler regioners målbilder" are not Västernorrland's own)
                     + BONUS_FURTHER_READING * (further and self._points_to_reading(unit) and (
                         not query.regions or bool(set(query.regions) & set(swedish.regions_named(unit.chunk.text)))))
                     + w_own * (self._overlap(own, unit.text) if own else 0.0)
                     - W_POSITION * unit.position + self._fits(query, unit.text, heading_of(unit.chunk), asked)
                     + BONUS_DOCUMENTS_WORD * max((n for w, n in staff.items() if swedish.mentions_phrase(unit.text, w)),
                                                  default=0) / heaviest
                     + (bonus(unit.text) if bonus else 0.0)
                     + (BONUS_EVERY if every and swedish.says_every(unit.text, every) else 0.0)
                     + (BONUS_ASKED_THING if thing and all(swedish.mentions(unit.text, w) for w in thing) else 0.0)
                     + (BONUS_OFFERED_ACTOR if offered and swedish.opens_with_actor(unit.text, offered) else 0.0)
                     + (BONUS_TURNED_TO if turned_to and set(turned_to) & set(swedish.regions_named(unit.text)) else 0.0)
                     + (BONUS_REASON if why and swedish.answers_why(unit.text) else 0.0)
                     + (BONUS_NEXT if then and swedish.tells_next(unit.text) else 0.0)
                     + (BONUS_NEEDED if needed and swedish.says_needed(unit.text) else 0.0)
                     + (BONUS_HANDLED if handled and swedish.mentions(unit.text, handled) else 0.0)
                     + (BONUS_MEANS_FOR if means_for and swedish.says_meaning_for(unit.text) else 0.0)
                     # (in the passage found first: the thing asked of, not another's "påverkar kvinnor och män")
                     + (BONUS_AFFECTS if affected and unit.rank == 0 and swedish.says_affects(unit.text) else 0.0)
                     + (BONUS_IN_PARTICULAR if apart and swedish.says_in_particular(unit.text, apart) else 0.0))
            scored.append((score, unit))
        if not scored:
            return []
        scored.sort(key=lambda s: -s[0])
        best = scored[0][0]
        if margin is None:
            margin = MARGIN if qvec is not None and passages.vectors is not None else 0.5 * abs(best)
        chosen = [s for s in scored if s[0] >= best - margin][:limit]
        if limit > 1:
            top = chosen[0][1]
            follow = [s for s in scored if s[1].chunk is top.chunk and s[1].position == top.position + 1
                      and s[0] >= best - NEIGHBOUR_MARGIN * margin and s not in chosen]
            chosen += follow[:1]
            if not top.chunk.items and not (apart or turned_to or every):
                # (not when the question asks what is said of one in particular: "Gäller något särskilt för samerna …?")
                # the sentences before and after the best one in its passage, as its context: what a paragraph says
                # around its best sentence is often the fact asked for (blind sets: the missing fact of a failing
                # answer stood next to a quoted sentence in 63 of 258)
                chosen += [(s[0], replace(s[1], context=True)) for s in scored if s[1].chunk is top.chunk
                           and abs(s[1].position - top.position) == 1 and s not in chosen]
            elif top.chunk.items and top.text.rstrip().endswith(":") and not (apart or turned_to or every):
                # a list's lead-in with the line before it in its passage: what the list leads to ("“Tillsammans för
                # god hälsa hela livet”" before "Fem strategier för att nå målet:")
                chosen += [(s[0], replace(s[1], context=True)) for s in scored if s[1].chunk is top.chunk
                           and s[1].position == top.position - 1 and s not in chosen]
        if not by_score:
            chosen.sort(key=lambda s: (s[1].rank, s[1].position))
        return [s[1] for s in chosen]

    @staticmethod
    def _of_making(chunk: Chunk) -> bool:
        """Whether a passage stands in a section on how its document was made ("Så här har målbilden tagits fram")."""
        return any(swedish.is_process_heading(part) for part in chunk.section.split(SECTION_SEP))

    def dated(self, query: Query, hits: Sequence[Hit], passages: Passages | None = None) -> list[Unit]:
        """For a date or a who question, the dated (or named) lines of a retrieved section whose heading
        names the event and the thing asked about ("När beslutades målbilden?" / "Vem beslutade om
        målbilden?" -> "Beslut av målbild": "Fattades i SVOM 221202")."""
        event = asked_event(query) if query.kind in ("date", "who") else ""
        if not event:
            return []
        events = swedish.events_in(query.reading) if query.kind == "date" else []
        if len(events) >= 2:
            # "När beslutade SVOM att målbilden skulle ändras …?": the line that tells both, the decision and the
            # change ("Beslut i SVOM hösten -21om ändrad målbild …"), before a section headed by the decision alone
            both = [u for u in units_of(hits[:3]) if swedish.has_kind("date", u.text)
                    and all(swedish.mentions_event(u.text, e) for e in events)]
            if both:
                return both[:1]
        named = [Hit(c, 0.0) for c in (passages.chunks if passages else ()) if c.document in query.named_documents]
        def in_region(chunk: Chunk) -> bool:  # "… i Norrbotten?" is not answered by Jämtland Härjedalen's decision
            meta = passages.metas.get(chunk.document) if passages else None
            return not query.regions or meta is None or not meta.region or meta.region in query.regions

        for hit in [*hits[:5], *named]:  # the retrieved passages first, then the named documents' sections
            heading = heading_of(hit.chunk)
            if in_region(hit.chunk) and swedish.mentions_event(heading, event) and swedish.names_topic(query.search, heading, query.regions):
                units = [u for u in units_of([hit]) if swedish.has_kind(query.kind, u.text)]
                if units:
                    found = self._dated_by_named(query, hit.chunk, hits, event, in_region) \
                        or self._dated_of_thing(query, hits, event, f"{heading} {' '.join(u.text for u in units)}")
                    # (and, to who decided, the next decision step, unless the question names whose decisions it asks
                    # of: "… i SVOM och i Barnarenan?"; not to when: a thread's next question asks of that step on its
                    # own, "när beslutades målbilden …?" + "… vad skulle regionens samverkansråd göra med det beslutet
                    # sen", and is not to be told it was said above)
                    after = self._decided_next(hit.chunk, event, passages) \
                        if query.kind == "who" and not query.follow_up and not swedish.acronyms(query.reading) \
                        and all(swedish.regions_named(n) for n in swedish.proper_names(query.reading)) else []
                    return found or units[:MAX_SENTENCES] + after
        return []

    @staticmethod
    def _decided_next(section: Chunk, event: str, passages: Passages | None) -> list[Unit]:
        """After a section's decision lines ("Beslut av målbild: Fattades i SVOM 221202 …"), the lines of the next
        section of the document when its heading is a dated decision step of its own ("Förslag till RSR 230206":
        "Regionens samverkansråd ställer sig bakom besluten …", "Målbild fastställs"); else []."""
        if event != "decision" or passages is None:
            return []
        after = min((c for c in passages.chunks if c.document == section.document and c.position > section.position
                     and c.section != section.section), key=lambda c: c.position, default=None)
        if after is None or not DECISION_HEADING.match(heading_of(after)) or not swedish.has_kind("date", heading_of(after)):
            return []
        return [u for u in units_of([Hit(after, 0.0)]) if swedish.mentions_event(u.text, "decision")][:MAX_SENTENCES]

    @staticmethod
    def _dated_each(query: Query, hits: Sequence[Hit]) -> list[Unit]:
        """For a date question on two things ("när lämnades statusrapporten och slutrapporten …?"), the dated line
        that opens with each, in one of the passages found first (both, or [])."""
        pair = swedish.dated_pair(query.reading) if query.kind == "date" else None
        if pair is None:
            return []
        # (a day and month without the year counts, as has_kind reads it: "Statusrapport i Fredagsgruppen och SamReKo
        # 23/9, i SVOM 7/10")
        lines = [u for u in units_of(hits[:KIND_READ_HITS]) if swedish.has_kind("date", u.text)]
        each = [next((u for u in lines if opens_with(u.text, thing)), None) for thing in pair]
        return [u for u in each if u is not None] if all(each) and each[0] is not each[1] else []

    @staticmethod
    def _dated_of_thing(query: Query, hits: Sequence[Hit], event: str, section: str) -> list[Unit]:
        """For a date question, the dated line of the retrieved passages that names the thing whose date is asked,
        when the section headed by the event names less of it ("När var det tänkt att uppdraget om den grafiska
        formen skulle fastställas …?": not "Beslut av målbild: Fattades i SVOM 221202" but "Uppdrag till reklambyrå
        för grafisk formgivning fastställs under våren -23"), or []."""
        if query.kind != "date":
            return []
        thing = [w for w in swedish.topic_words(swedish.dated_thing(query.reading)).split()
                 if len(w) >= MIN_STEM_LETTERS and not swedish.mentions_event(w, event) and not swedish.regions_named(w)]
        def named(text: str) -> int:
            return sum(swedish.mentions(text, w) for w in thing)
        lines = [u for u in units_of(hits[:KIND_READ_HITS]) if swedish.has_kind("date", u.text)]
        best = max(lines, key=lambda u: named(u.text), default=None)
        # (only when the section names none of it: "När togs beslutet om den gemensamma målbilden …?" is the section
        # headed "Beslut av målbild", not "Beslut i SVOM hösten -21 om ändrad målbild som ska vara gemensam …")
        if best is None or named(best.text) < THING_WORDS_DATED or named(section):
            return []
        return [best]

    @staticmethod
    def _dated_by_named(query: Query, chosen: Chunk, hits: Sequence[Hit], event: str, in_region) -> list[Unit]:
        """For a date question that names who decided, the section whose dated heading names them, when the
        section headed by the event does not ("När fattade samverkansrådet RSR beslut om målbilden?": not
        "Beslut av målbild: Fattades i SVOM 221202" but "Förslag till RSR 230206: Regionens samverkansråd
        ställer sig bakom besluten …"), or []."""
        if query.kind != "date":
            return []
        missing = swedish.missing_names(query.reading, [f"{chosen.text} {heading_of(chosen)} {chosen.title}"])
        for hit in hits[:KIND_READ_HITS]:
            heading = heading_of(hit.chunk)
            if missing and hit.chunk is not chosen and in_region(hit.chunk) and swedish.has_kind("date", heading) \
                    and not swedish.missing_names(" ".join(missing), [heading]):
                units = units_of([hit])
                if any(swedish.mentions_event(u.text, event) for u in units):
                    return units[:MAX_SENTENCES]
        return []

    def _holding(self, query: Query, units: list[Unit], passages: Passages) -> list[Unit]:
        """Of the picked units, those that hold the asked kind of fact about the asked thing/names."""
        def kind_text(u: Unit) -> str:
            return f"{u.text} {heading_of(u.chunk)}" if query.kind == "date" else u.text
        asked = passages.asked_words(query.reading)
        event = asked_event(query) if query.kind == "date" else ""
        with_kind = [u for u in units if swedish.has_kind(query.kind, kind_text(u))]
        offered = swedish.offered_actors(query.reading) if query.kind == "who" else ()
        if offered and (doing := [u for u in units if swedish.opens_with_actor(u.text, offered)]):
            return doing  # "vem ska göra det, primärvården eller bup?": "Primärvården ska implementera arbetet med …"
        exact = [u for u in with_kind if (not asked or any(swedish.mentions(kind_text(u), a) for a in asked))
                 and (not event or swedish.mentions_event(kind_text(u), event))
                 and not swedish.missing_names(query.reading, [f"{u.text} {u.chunk.section} {u.chunk.title} "
                                                               f"{getattr(passages.metas.get(u.chunk.document), 'region', '')} "
                                                               f"{getattr(passages.metas.get(u.chunk.document), 'publisher', '')}"])]
        if query.kind == "number" and not any(swedish.has_count(u.text) for u in exact):
            # a count, not only a year ("… Hälso- och sjukvårdsbarometern (2023) är norrbottningarna … positiva"):
            # the sentences that count, after the one that names what is asked
            exact = [*exact, *(u for u in with_kind if swedish.has_count(u.text) and u not in exact)]
        if query.kind == "number" and asked:
            # "Hur många hälsocentraler …?": a number of hälsocentraler, not a sentence with an age that names them
            counted = [u for u in exact if any(swedish.quantifies(u.text, a) for a in asked)]
            # (the thing named whole before a compound's end of it: "24 tandvårdsmottagningar", not "31 stycken
            # mottagningar" of hälsocentraler, for "Hur många tandvårdsmottagningar …?")
            whole = [u for u in counted if any(swedish.names_whole(u.text, a) for a in asked)]
            exact = whole or counted or exact
        thing = swedish.dated_thing(query.reading) if query.kind == "date" else ""
        if thing and any(swedish.mentions_event(thing, e) for e in ("meeting", "start")) and len(exact) > 1:
            # "När hade man kick-off …?": the line about the kick-off ("Kick-off med …"), not one that names it in
            # passing ("Förslag … presenteras till deltagarna från kick-offen"), when a meeting is what is dated (a
            # decision's line may open otherwise: "27 maj fattades ett politiskt beslut …")
            # (typed with or without its hyphen: "kickoffen", "Kick-off")
            opening = [u for u in exact if opens_with(u.text, thing)]
            exact = opening or exact
        if query.kind == "who" and (done := asked_event(query)):
            # "Vem har beslutat om målbilden …?": a sentence of the decision ("Målbilden beslutas i varje huvudmans
            # ordinarie beslutsprocess"), not one that names the region and its kommuner for another reason
            evented = [u for u in (exact or with_kind or units) if swedish.mentions_event(u.text, done)] or \
                [u for u in units if swedish.mentions_event(u.text, done)]
            return evented or exact or with_kind or units
        return exact or with_kind or units

    def _fits(self, query: Query, text: str, heading: str = "", asked: Sequence[str] = ()) -> float:
        """Bonus for a sentence holding what is asked: the kind of fact, the thing counted or the
        event dated, the names asked about, a definition of the acronym; for dates and numbers, a
        heading that names what is asked."""
        bonus = 0.0
        own = text  # the sentence's own words (a date's is read with its heading below)
        if query.kind == "date":
            # "När hölls kick-offen?": the line that is about the kick-off ("Kick-off med …") before one that
            # mentions it in passing ("Förslag … presenteras till deltagarna från kick-offen")
            if opens_with(text, swedish.dated_thing(query.reading)):
                bonus += BONUS_DATED_SUBJECT
            text = f"{text} {heading}"
        if query.kind and heading:
            bonus += W_HEADING * self._overlap(set(self.tokenize(swedish.content_words(query.reading))), heading)
        if query.kind and swedish.has_kind(query.kind, text):
            bonus += BONUS_KIND
            if any(swedish.mentions(text, a) for a in asked):
                bonus += BONUS_ASKED
            # (the event a date or a who question asks about: "Vem har beslutat om målbilden?" – a decision)
            event = asked_event(query) if query.kind in ("date", "who") else ""
            if event and swedish.mentions_event(swedish.without_referred_events(text), event):
                bonus += BONUS_ASKED
            # (and the other event the question names: "När beslutade SVOM att målbilden skulle ändras …?" – the
            # decision "om ändrad målbild", not another decision on it)
            if query.kind == "date" and any(swedish.mentions_event(text, e) for e in swedish.events_in(query.reading)[1:]):
                bonus += BONUS_ASKED
            if query.kind == "number" and swedish.asks_share(query.reading) and swedish.states_share(text, query.reading, query.english):
                bonus += BONUS_ASKED  # "Hur många procent av de som dör i suicid …?": "Två tredjedelar av de som avlider …"
            if query.kind == "date" and swedish.prepares(text) and not swedish.prepares(query.reading):
                bonus -= PENALTY_PREPARES  # "När antogs målbilden?": not the decision to work one out
        if query.kind == "who" and swedish.names_body(text):
            bonus += BONUS_BODY  # "Vem beslutade om målbilden?": "… i varje huvudmans ordinarie beslutsprocess"
        if query.kind == "who" and (doing := swedish.who_does(query.reading)) and swedish.mentions(own, doing):
            bonus += BONUS_ASKED  # "vem ska anta den i kommunerna?": "I de flesta kommuner antas målbilden av …"
        if query.kind == "who" and swedish.asks_contact(query.reading) and swedish.is_contact_heading(heading):
            bonus += BONUS_CONTACT  # "Vem kan man kontakta om exemplet?": the page's contact person
        names = swedish.named_terms(query.reading)
        if names and not swedish.missing_names(query.reading, [text]):
            bonus += BONUS_NAMED
        listed = swedish.asked_list_noun(query.reading, query.regions).lower() if query.intent == "list" else ""
        general = listed in swedish.GENERIC_NOUNS  # ("mål", "delar": said as a word of its own, not inside "läkemedel")
        # (or, under a heading that names them, lists them by another name: "Prioriterade agendamål" –
        # "… centrala hållbarhetsmål är mål 3: Hälsa och välbefinnande, mål 8: …")
        if listed and listed not in swedish.TIME_NOUNS and (
                (swedish.enumerates(text, listed) and (not general or re.search(rf"\b{re.escape(listed)}\b", text, re.I)))
                or (not general and heading and swedish.mentions(heading, listed) and swedish.lists_names(text))):
            # "Vilka minoriteter …?": the sentence that names them one by one (a general noun too, when the
            # sentence goes on to name them: "Lista de Agenda 2030-mål …" – "… hållbarhetsmål är mål 3: …, mål 8: …")
            bonus += BONUS_ENUMERATES
        elif listed and listed not in swedish.GENERIC_NOUNS and len(listed) > 3 and swedish.mentions(text, listed):
            bonus += BONUS_ASKED  # "Vilka funktioner …?": "Funktionerna Sök vård och Chatt är infört …"
        if any(swedish.spells_out(a, text) for a in swedish.acronyms(query.reading)):
            bonus += BONUS_DEFINES
        if (days := swedish.days_named(query.reading)) and days & set(swedish.find_dates(text)):
            bonus += BONUS_NAMED_DAY  # "Vad hände 12 december 2022?": "Fattades i Barnarenan 221212"
        elif not days and (months := swedish.months_named(query.reading)) and months & swedish.months_named(f"{own} {heading}"):
            bonus += BONUS_NAMED_DAY  # "vad hände i februari 2021 …?": the line under "Februari 2021"
        if (thing := swedish.asked_what_was(query.reading)) and any(opens_with(own, f) for f in swedish.what_was_forms(thing)):
            bonus += BONUS_WHAT_WAS  # "vad var utgångspunkten …?": "Utgångspunkt är från enkätresultat …"
        elif (thing := swedish.name_asked_of(query.reading)) and opens_with(own, thing):
            bonus += BONUS_WHAT_WAS  # "Vad heter hållbarhetsstrategin?": "Hållbarhetsstrategi – Region Norrbotten har …"
        if swedish.asks_what_not(query.reading) and swedish.negated(text):
            bonus += BONUS_NEGATED
        if swedish.about_the_text(text):
            bonus -= PENALTY_ABOUT_TEXT
        return bonus

    def _similarity(self, texts: list[str], qvec, passages: Passages) -> np.ndarray:
        """Cosine of each unit with the question (0 when no vectors are wired in)."""
        if passages.vectors is None or qvec is None or not texts:
            return np.zeros(len(texts))
        return passages.vectors(texts) @ qvec

    @staticmethod
    def _points_to_reading(unit: Unit) -> bool:
        """A line of further reading: under such a heading, a document's title or a sentence about documents
        ("Västernorrland har sammanfattat sin målbild i ett dokument."), not news added there."""
        return swedish.is_reading_list(heading_of(unit.chunk)) and (
            unit.text in unit.chunk.items or swedish.asks_reading(unit.text))

    def _overlap(self, terms: set[str], text: str) -> float:
        """Share of the question's content words (stemmed; compound heads count) found in text."""
        if not terms:
            return 0.0
        words = set(self.tokenize(text))
        joined = swedish.joined_words(words)
        return sum(1 for t in terms if t in words or swedish.compound_in(t, words, joined)) / len(terms)

    # ------------------------------------------------------------ lists

    def _said_not(self, hits: Sequence[Hit], terms: set[str]) -> list[Unit]:
        """The sentences of the top passages that say what is not so, of the question's words ("Nämnden ansvarar
        inte för Beställning Vårdval primärvård.")."""
        return [u for u in units_of(hits[:NEGATED_PASSAGES]) if swedish.negated(u.text) and self._overlap(terms, u.text) > 0]

    def _list_or_sentences(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """A whole list when one answers the question, with a direct lead sentence; else sentences."""
        if swedish.asks_what_not(query.reading) and self._said_not(hits, terms):
            return self._sentences(query, hits, qvec, passages, terms)  # what is not so is said, not listed
        if swedish.examples_of_saying(query.reading) and swedish.asked_mentioned(query.reading):
            # "Kan du ge några exempel på hur tandvården nämns i planen?": the sentences that name it, not a list
            return self._sentences(query, hits, qvec, passages, terms)
        work = work_list(passages.section_chunks(hits[0].chunk.document, hits[0].chunk.section)) \
            if hits and not hits[0].chunk.items and swedish.asks_examples(query.reading) else None
        best_list = self._best_list(query, hits, qvec, passages, terms) if work is not None else None  # (found once)
        if work is not None and best_list is None:
            # "Vilka konkreta arbetssätt tar länsstrategin upp som exempel när mindre vård ska ske inlagd på sjukhus …?":
            # the section found first ("Öppnare vårdformer") gives its examples as a list of its own, below what was found
            return self._whole_list(Draft(), work, passages)
        listed = swedish.asked_list_noun(query.reading, query.regions).lower()
        if listed and listed not in swedish.GENERIC_NOUNS and any(
                u.text not in u.chunk.items and swedish.enumerates(u.text, listed) for u in units_of(hits[:5])) or (
                listed in swedish.GENERIC_NOUNS and listed not in swedish.TIME_NOUNS and any(
                    u.text not in u.chunk.items and swedish.enumerates(u.text, listed)
                    and re.search(rf"\b{re.escape(listed)}\b", u.text, re.I) for u in units_of(hits[:1]))):
            # (a general noun too, in the passage found first, when the sentence names them by it: "vilka av FN:s
            # globala mål har regionen valt att prioritera?" – "… hållbarhetsmål är mål 3: …, mål 8: …")
            # "Räkna upp de nationella minoriteterna": the sentence that names them one by one, not a
            # list that only mentions them in one of its items
            return self._sentences(query, hits, qvec, passages, terms)
        given = self._examples_given(query, hits, passages)
        if given:  # "Vilka exempel på öppnare vårdformer ger planen?": the plan gives them in a sentence, not a list
            draft = Draft()
            for unit in given:
                draft.say(unit.text, unit.chunk)
            return draft
        list_hit = best_list if work is not None else self._best_list(query, hits, qvec, passages, terms)
        if list_hit is None:
            return self._sentences(query, hits, qvec, passages, terms)
        top = hits[0].chunk if hits else None
        # (a generic noun names nothing to look for, "saker"; groups of people are named as "gruppen …")
        if listed and (listed not in swedish.GENERIC_NOUNS or listed.startswith("grupp")) and top is not None \
                and not top.items and list_hit.chunk.id != top.id and swedish.mentions(top.text, listed) \
                and not swedish.mentions(f"{list_hit.chunk.section} {list_hit.chunk.text}", listed):
            # "vilka grupper har högre risk för suicid enl planen": the passage ranked first names the groups
            # ("gruppen äldre män är överrepresenterade"); a lower list that never names them is no answer
            return self._sentences(query, hits, qvec, passages, terms)
        draft = Draft()
        listed = swedish.asked_list_noun(query.reading, query.regions).lower()
        # (the asked things in the documents' word too: "synvinklar" -> perspektiv)
        nouns = {listed, *(w.lower() for w in (passages.synonyms.added(listed) if passages.synonyms and listed else ()))} - {""}
        asked_item = self._asked_item(list_hit.chunk, set(self.tokenize(query.reading)), nouns)  # its own words, not the earlier question's
        if asked_item:  # a slide's question item is the question asked: it and the items that answer it
            draft.lines.append(f"{item_in_context(asked_item, list_hit.chunk)} [{draft.cite(list_hit.chunk, asked_item)}]")
            for item in answers_to(asked_item, list_hit.chunk):
                draft.say(item, list_hit.chunk, prefix="- ")
            return draft
        same = [h for h in hits[:3] if h.chunk.document == list_hit.chunk.document and not h.chunk.items]
        noun = swedish.asked_list_noun(query.reading, query.regions).lower()
        noun = "" if noun in swedish.GENERIC_NOUNS else noun
        # (of a generic noun, a lead that says a word of the question's topic: "vilka exempel på områden finns för
        # förutsättningarna?" is not led by "… ojämlikhet i hälsa mellan … geografiska områden")
        topic = set(self.tokenize(swedish.topic_words(query.reading))) - self._generic_stems if not noun else set()
        for unit in self._best(query, same, qvec, passages, terms, limit=1, min_similarity=0.86):
            # a lead sentence about the listed things only, and one that stands on its own ("Den ska peka ut
            # riktningsförändringar …" leans on the sentence before it)
            if (swedish.mentions(unit.text, noun) if noun else not topic or topic & set(self.tokenize(unit.text))) \
                    and swedish.stands_alone(unit.text):
                draft.say(unit.text, unit.chunk)
                # (and the sentence that names them, when it goes on from it: "Det finns god evidens för att vissa
                # områden har särskild betydelse …" + "Dessa är utbildning och livslångt lärande, …")
                after = sentence_after(unit, units_of([Hit(unit.chunk, 0.0)]))
                if after is not None and swedish.names_them(after.text):
                    draft.say(after.text, after.chunk)
        self._whole_list(draft, list_hit.chunk, passages)
        self._related(draft, query, hits, list_hit, qvec, passages, terms)
        return draft

    def _examples_given(self, query: Query, hits: Sequence[Hit], passages: Passages) -> list[Unit]:
        """The sentence of the passage ranked first that gives examples in running text, after the sentence it goes on
        from, when the question asks one document for examples and that passage, the document's, lists nothing
        ("Det kan exempelvis ske genom specialistteam i hemmet, …" for "Vilka exempel på öppna vårdformer ger
        nämndens plan?"); else []."""
        scope = self._asked_scope(query, passages)
        if not hits or len(scope) != 1 or not swedish.asks_examples(query.reading):
            return []
        top = hits[0].chunk
        if top.document not in scope or top.items or any(h.chunk.items for h in hits[:3] if h.chunk.document in scope
                                                         and h.chunk.section == top.section):
            return []
        units = units_of([Hit(top, 0.0)])
        for unit in units:
            if swedish.gives_examples(unit.text):
                before = next((u for u in units if u.position == unit.position - 1), None)
                return [before, unit] if before is not None and swedish.leans_back(unit.text) else [unit]
        return []

    def _asked_item(self, chunk: Chunk, terms: set[str], nouns: set[str] = frozenset()) -> str:
        """The list's question item ("Varför behöver beslut om målbild … lyftas till högre nivå?") whose
        words the question mostly uses, or that asks for the same things ("Vilka perspektiv skulle synas i
        målbilden?": "Vilka perspektiv behöver lyftas i målbilden?"), when items answer it; else ""."""
        for item in chunk.items:
            words = set(self.tokenize(item))
            same_things = swedish.asked_list_noun(item, ()).lower() in nouns - swedish.GENERIC_NOUNS
            if item.endswith("?") and words and (len(words & terms) >= QUESTION_ITEM_SHARE * len(words) or same_things) \
                    and answers_to(item, chunk):
                return item
        return ""

    def _best_list(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Hit | None:
        """A list the question asks for, retrieved or in a retrieved passage's section, if it
        answers at least as well as the best single sentence does."""
        candidates: dict[str, tuple[float, Hit]] = {}
        further = not swedish.asks_reading(query.reading)  # a list of further reading answers only a question about reading
        scope = self._asked_scope(query, passages)  # "… i norrbottens målbild": not Jämtland Härjedalen's five strategies
        for rank, hit in enumerate(hits[:8]):
            if further and swedish.is_reading_list(heading_of(hit.chunk)) or (scope and hit.chunk.document not in scope):
                continue
            if hit.chunk.items:
                candidates.setdefault(hit.chunk.id, (1.0 / (rank + 1), hit))
            if rank < 3:
                for c in passages.chunks:
                    if c.items and c.document == hit.chunk.document and c.section == hit.chunk.section:
                        candidates.setdefault(c.id, (0.8 / (rank + 1), Hit(c, hit.score, hit.dense, hit.keyword)))
        # (what to work with for a thing few sections speak of: the work list of the section whose text says it – "Vad ska
        # vi jobba med för ökad kontinuitet, finns det exempel?" is "Stärkt gemensam primärvård"'s, where continuity is
        # said, not another retrieved list)
        topical = self._work_lists_on_topic(query, passages, scope) if swedish.asks_work(query.reading) else {}
        for chunk_id, chunk in topical.items():
            candidates.setdefault(chunk_id, (TOPIC_WORK_LIST_PRIOR, Hit(chunk, 0.0)))
        if not candidates:
            return None
        asked = self._asked_noun(query.reading, query.regions)
        event = swedish.event_taken_part_in(query.reading)  # ("Vilka var inbjudna till den där kick-offen?")
        scored = []
        for prior, hit in candidates.values():
            # (and what its section says before it: "Genom att utveckla nya arbetssätt kommer vården närmare patienten …"
            # leads the examples of "Öppnare vårdformer", asked as "exempel på vad man jobbar med för att få vården
            # närmare patienten")
            # (not for a follow-up, whose words are the thread's too: its lead could pull another list)
            lead = "" if query.follow_up else next((u.text for u in units_of([Hit(c, 0.0) for c in passages.section_chunks(
                hit.chunk.document, hit.chunk.section)]) if u.text not in u.chunk.items and not u.text.endswith(":")), "")
            texts = [t for t in (hit.chunk.list_intro, hit.chunk.section, *hit.chunk.items) if t]
            sim = float(self._similarity(texts, qvec, passages).max()) if texts else 0.0
            if lead:
                sim = max(sim, float(self._similarity([lead], qvec, passages).max()))
            head = head_text(hit.chunk)
            labels = " ".join(i for i in hit.chunk.items if len(i.split()) <= 6)  # short items name things
            own_words = set(self.tokenize(f"{hit.chunk.list_intro} {hit.chunk.section} {labels}"))
            # (or a compound ending on it: "Fyra riktningsförändringar …" names the "förändringar" asked for)
            names_it = 0.5 if (asked and (asked in own_words or any(len(asked) >= MIN_STEM_LETTERS and w.endswith(asked)
                                                                    for w in own_words))) or \
                (swedish.asks_work(query.reading) and swedish.is_work_list(hit.chunk.list_intro)) else 0.0
            # (or most of its items say it: four points each with "Till exempel …" are examples)
            if not names_it and asked and len(asked) >= MIN_STEM_LETTERS and hit.chunk.items and \
                    sum(asked in self.tokenize(i) for i in hit.chunk.items) * 2 > len(hit.chunk.items):
                names_it = ITEMS_NAME_IT  # (less than a list whose lead names it: "Exempel på områden att arbeta med:")
            overlap = self._overlap(terms, head)
            # (a list of the one document the question names: "Vilka riktningsförändringar finns i nämndens
            # verksamhetsplan?" is the plan's four, not the strategy's)
            own = NAMED_DOCUMENT_LIST if query.named_documents == (hit.chunk.document,) else 0.0
            own += TOPIC_WORK_LIST if hit.chunk.id in topical else 0.0
            own += EVENT_ITSELF if event and any(swedish.opens_with_event(i, event) for i in hit.chunk.items) else 0.0
            scored.append((2.0 * sim + 0.5 * overlap + 0.2 * prior + names_it + own, sim, hit, names_it,
                           overlap or float(hit.chunk.id in topical)))
        _, sim, best, named, overlap = max(scored, key=lambda s: s[0])
        if overlap == 0:
            return None
        narrowed = set(self.tokenize(swedish.when_it_comes_to(query.reading)))
        if narrowed and not self._mentions(narrowed, best.chunk):
            return None  # "Vilka grupper … när det gäller suicid?": not a list of groups that never speaks of suicid
        # (the question's own topic words beside the asked noun: not a pointing phrase's, "den riktningsförändringen",
        # nor a word no passage says, "VFU")
        pointed = set(self.tokenize(" ".join(re.findall(r"\b(?:den|det|denna|detta|dessa|de)\s+(\w+)", query.reading, re.I))))
        beside = {t for t in self._topic_terms(query, passages) if (not asked or not t.startswith(asked))
                  and t not in pointed and len(t) >= NARROWING_LETTERS and passages.passages_saying(t)}
        said = head_text(best.chunk)
        if asked and beside and self._overlap(beside, said) == 0 and best.chunk.id not in topical and not (
                passages.synonyms and self._overlap(set(self.tokenize(" ".join(passages.synonyms.added(query.reading)))), said)):
            return None  # "vilka grupper är överrepresenterade i suicid?": not a list that names only "grupper"
        others = [h for h in hits[:3] if not h.chunk.items]
        listed = swedish.asked_list_noun(query.reading, query.regions).lower()
        if not named and listed and listed not in swedish.GENERIC_NOUNS \
                and any(swedish.mentions(u.text, listed) for u in units_of(others)):
            return None  # "vilka funktioner finns i Min vård?": the sentences naming the functions, not a list that never does
        if not named and others and qvec is not None and passages.vectors is not None:
            sentences = [u.text for u in units_of(others)]
            if sentences and float(self._similarity(sentences, qvec, passages).max()) > sim + 0.02:
                return None  # a plain sentence answers better than any list
        return best

    def _work_lists_on_topic(self, query: Query, passages: Passages, scope: set[str] | None) -> dict[str, Chunk]:
        """The work lists ("Exempel på områden att arbeta med:") of the sections whose own text says a long topic word
        of the question that few passages say ("kontinuitet"), within the documents asked about, by id."""
        asked = query.search if query.follow_up else query.reading  # (a follow-up's thing stands in its thread)
        topic = [w for w in swedish.topic_words(asked).split()
                 if len(w) >= TOPIC_WORK_WORD_LETTERS and 0 < passages.passages_saying(w) <= TOPIC_WORK_PASSAGES]
        found: dict[str, Chunk] = {}
        for chunk in passages.chunks:
            if not chunk.items or not swedish.is_work_list(chunk.list_intro) or (scope and chunk.document not in scope):
                continue
            prose = " ".join(u.text for u in units_of([Hit(c, 0.0) for c in self._work_list_sections(chunk, passages)])
                             if u.text not in u.chunk.items)
            if any(swedish.mentions(prose, w) for w in topic):
                found[chunk.id] = chunk
        return found

    def _work_list_sections(self, work: Chunk, passages: Passages) -> list[Chunk]:
        """The passages a work list is of: its section's, or, when it closes a sub-section and its lead-in names the
        parent ("Exempel på områden att arbeta med för att skapa goda förutsättningar för omställningen:" at the end of
        "Viktiga förutsättningar för omställningen › Bästa tillgängliga kunskap"), all of the parent's sub-sections'."""
        parent = work.section.rsplit(SECTION_SEP, 1)[0] if SECTION_SEP in work.section else ""
        if parent and len(set(self.tokenize(parent)) & set(self.tokenize(work.list_intro))) >= PARENT_LIST_WORDS:
            # (its sub-sections, not the parent's own lead, which names what they serve: "… de riktningsförändringar
            # som krävs …" is no topic of the list)
            return [c for c in passages.chunks if c.document == work.document and c.section.startswith(parent + SECTION_SEP)]
        return passages.section_chunks(work.document, work.section)

    def _asked_noun(self, question: str, regions: Sequence[str] = ()) -> str | None:
        """The thing a "Vilka X …" question asks for (exempel, strategier, uppgifter …), stemmed."""
        noun = swedish.asked_list_noun(question, regions)
        words = self.tokenize(noun) if noun else []
        return words[0] if words else None

    def _heading_of_said(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """Where a statement stands: the best sentence of the asked documents' passages, after its heading path."""
        draft = Draft()
        scope = set(query.documents or query.named_documents)
        found = [h for h in hits[:KIND_READ_HITS] if h.chunk.section and (not scope or h.chunk.document in scope)]
        best = self._best(query, found, qvec, passages, terms, limit=1, by_score=True) if found else []
        if best:
            unit = best[0]
            path = unit.chunk.section.replace(SECTION_SEP, " › ")
            draft.say(unit.text, unit.chunk, prefix=f"Det står under ”{path}” ({unit.chunk.title}): ")
            draft.flags.append("where-said")  # (where it is said is the answer: no noun of the question to name)
        return draft

    @staticmethod
    def examples_for_each(listed: Chunk, passages: Passages) -> Draft:
        """Each item of a list with the work list of the section it heads ("Öppnare vårdformer: Mobila team;
        Servicepunkter …"); empty when fewer than two items head a section with one."""
        draft = Draft()
        found = []
        for item in listed.items:
            # (its work list, under a heading of any length the item ends on: the work list tells it is that section)
            work = section_headed_by(item, listed.document, passages, tail_words=1,
                                     where=lambda c: bool(c.items) and swedish.is_work_list(c.list_intro))
            if work is not None:
                found.append((item, work))
        if len(found) < 2:
            return draft
        if listed.list_intro:
            # (under the list's own lead-in, which names what the items are: "… behöver nedanstående
            # riktningsförändringar genomsyra verksamheterna.")
            draft.say(listed.list_intro, listed)
        for item, work in found:
            n = draft.cite(work, work.list_intro)
            for example in work.items:
                draft.cite(work, example)
            draft.lines.append(f"{item.rstrip('.')}: {'; '.join(work.items)} [{n}]")
        return draft

    def _whole_list(self, draft: Draft, chunk: Chunk, passages: Passages, before: Sequence[Unit] = ()) -> Draft:
        """The whole list: every part of a list split across chunks, its intro (after the sentences `before` it),
        each item cited."""
        parts = passages.list_parts(chunk)
        first = parts[0]
        for unit in before:
            if draft.say(unit.text, unit.chunk) and unit.context:
                draft.context.append((draft.lines[-1], unit.text))
        where = f"{heading_of(first)} ({first.title})" if first.section else first.title
        intro = first.list_intro or f"Under {where}:"
        if draft.fresh(intro):
            draft.lines.append(f"{intro} [{draft.cite(first, first.list_intro or where)}]")
        for part in parts:
            for item in part.items:
                draft.say(item, part, prefix="- ")
        return draft

    def _related(self, draft: Draft, query: Query, hits: Sequence[Hit], list_hit: Hit, qvec, passages: Passages,
                 terms: set[str]) -> None:
        """One passage from another document on the same topic, if one was retrieved (of a follow-up, under a heading
        that shares a word with the list's: "och vilka exempel finns för stärkt gemensam primärvård?" after open care
        forms is not seen also in the plan's "Öppna vårdformer", which the earlier question's words found)."""
        listed = set(self.tokenize(heading_of(list_hit.chunk)))
        for hit in hits[:4]:
            if query.follow_up and not listed & set(self.tokenize(heading_of(hit.chunk))):
                continue
            region = getattr(passages.metas.get(hit.chunk.document), "region", "")
            if query.regions and region and region not in query.regions:
                continue  # "vilka är de fyra punkterna i västernorrlands målbild?": not Norrbotten's målbild beside it
            if hit.chunk.document != list_hit.chunk.document and hit.dense >= list_hit.dense - 0.03:
                picked = [u for u in self._best(query, [hit], qvec, passages, terms, limit=2)
                          if not u.text.endswith(":") and self._overlap(terms, u.text) >= RELATED_OVERLAP]
                if picked and draft.fresh(picked[0].text):
                    unit = picked[0]
                    draft.lines += ["", f"Se också {unit.chunk.title}: {unit.text} [{draft.cite(unit.chunk, unit.text)}]"]
                return

    def _items_about(self, noun: str, topic: str, heading: str, query: Query,
                     passages: Passages) -> tuple[Chunk, list[tuple[Chunk, str, Unit | None]]] | None:
        """The list whose lead-in names the noun ("… följande inriktningar och uppdrag …" for "uppdragen"; in the
        documents asked about, else the conversation's), and its items that name a word of the topic or the
        documents' word for it ("kvinnors hälsa" -> "klimakteriebesvär"); None when there is no such list or item."""
        nouns = set(self.tokenize(noun))
        scope = set(query.documents or query.named_documents)
        # (the noun in any form: "exemplen" is the lead-in's "Exempel", though they stem apart)
        lists = [c for c in passages.chunks if c.items and c.list_intro and (not scope or c.document in scope)
                 and any(t[:MIN_STEM_LETTERS] == n[:MIN_STEM_LETTERS] for t in self.tokenize(c.list_intro) for n in nouns
                         if len(n) >= MIN_STEM_LETTERS)]
        under = set(self.tokenize(heading)) - passages.common_stems(self.tokenize, COMMON_WORD_SHARE)
        if under:  # ("… exemplen under hälsofrämjande insatser …": the list of the section that heading names)
            lists = [c for c in lists if under & set(self.tokenize(heading_of(c)))] or lists
        if not lists:
            return None
        said = " ".join([topic, *(passages.synonyms.added(topic) if passages.synonyms else [])])
        # (a word most passages use says nothing of which items: "hälsa" of "kvinnors hälsa")
        words = {w for w in self.tokenize(said) if len(w) >= MIN_STEM_LETTERS - 1} - self._every_region_term(passages) \
            - passages.common_stems(self.tokenize, COMMON_WORD_SHARE)
        # (the first such list with items that say it: of the strategy's four lists of examples, the one naming "skolan")
        for listed in lists:
            first = passages.list_parts(listed)
            found = [(part, item, None) for part in first for item in part.items
                     if any(self._mentions({w}, part, item) for w in words)]
            if found:
                return first[0], found
        # (else labels, "Öppnare vårdformer": the label of the first list whose own section says it, "… digitala lösningar …")
        first = passages.list_parts(lists[0])
        found = [(part, item, said) for part in first for item in part.items
                 if (said := self._said_under(item, part.document, words, passages)) is not None]
        return (first[0], found) if found else None

    def _said_under(self, label: str, document: str, words: set[str], passages: Passages) -> Unit | None:
        """The first sentence of the document's section headed by the label that names one of the words, or None."""
        heading = swedish.fold(label.lower().rstrip(". "))
        chunks = [c for c in passages.chunks if c.document == document and c.section
                  and swedish.fold(heading_of(c).lower().rstrip(". ")) == heading]
        return next((u for u in units_of([Hit(c, 0.0) for c in chunks])
                     if any(self._mentions({w}, u.chunk, u.text) for w in words)), None)

    def _items_of(self, about: tuple[Chunk, list[tuple[Chunk, str, Unit | None]]], query: Query, hits: Sequence[Hit],
                  qvec, passages: Passages, terms: set[str]) -> Draft:
        """The items of a list that are about the asked topic, under the list's lead-in (a label with the
        sentence of its section that says it)."""
        draft = Draft()
        lead, items = about
        draft.lines.append(f"{ITEMS_ABOUT_LEAD}{lead.list_intro} [{draft.cite(lead, lead.list_intro)}]")
        for part, item, said in items:
            draft.say(item, part, prefix="- ")
            if said is not None:
                draft.say(said.text, said.chunk, prefix="  ")
        return draft

    def _reverse(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """Where each list item named in the question belongs ("Vilken riktningsförändring passar mobila team?")."""
        draft = Draft()
        scope = set(query.documents or query.named_documents)  # ("… i strategin passar …?": the strategy's lists)
        # the question's own words first: a documents' word the staff list adds ("personal" -> "medarbetare")
        # places an item only when none is named in the asker's words ("Samnyttjande av personal och lokaler")
        # (of a follow-up that names what it places, only that: "vilken av dom handlar om mobila team?" after "Vad innebär
        # nära vård för mig som medarbetare?" places no "Medarbetarens")
        placed = (swedish.reverse_topic(query.reading) or swedish.reverse_thing(query.reading)) if query.follow_up else ""
        own = set(self.tokenize(placed or query.search)) & terms
        # (a documents' word is said whole: "arbeta" for "jobba" places no "Medarbetarens")
        found = self._items_named(own, scope, passages) or (
            {} if placed else self._items_named(terms, scope, passages, compounding=own)) \
            or self._items_naming(swedish.reverse_thing(query.reading), scope, passages)
        for chunk, items in found.values():
            n = draft.cite(chunk, chunk.list_intro or chunk.section)
            for item in items:
                draft.cite(chunk, item)
            named = " och ".join(f"”{i}”" for i in items)
            draft.lines.append(f"{named} hör till {heading_of(chunk) or chunk.section} i {chunk.title}. [{n}]")
            # what that one is about, in its section's own first sentence ("Öppnare vårdformer: Nära vård innebär en
            # förflyttning från inneliggande sjukhusvård till öppna vårdformer.")
            lead, where = section_lead(chunk, passages) or ("", chunk)
            if chunk.section and lead and not lead.endswith(":") and len(lead.split()) > SHORT_LEAD_WORDS \
                    and lead not in chunk.list_intro:
                draft.say(lead, where, prefix=f"{heading_of(chunk)}: ")
            draft.fresh(chunk.list_intro)
            draft.lines.append(f"{chunk.list_intro or 'Hela listan:'} [{n}]")
            draft.lines += [f"- {i} [{n}]" for i in chunk.items]
        if not found:
            # "Vilken av Jämtland Härjedalens strategier handlar om digitala hjälpmedel?": the label whose
            # explanation says it ("Ökad tillgänglighet": ”… Digitala hjälpmedel hjälper mig …”)
            label = self._label_explaining(swedish.reverse_topic(query.reading), query, passages)
            if label is not None:
                return self._explained_label(draft, *label)
            # "vilken av dem handlar om kostnader?" (of the ethical platform's three principles): the one item of a
            # retrieved list that says it ("Kostnadseffektivitetsprincipen som fastslår … mellan kostnader och effekt")
            said = self._item_saying(swedish.reverse_topic(query.reading), hits[:KIND_READ_HITS], scope)
            if said is not None:
                chunk, item = said
                draft.say(item_in_context(item, chunk, set()), chunk)
                return draft
            # "Vilken av de fyra förutsättningarna handlar om att jobba evidensbaserat?": the item whose own section
            # says it ("Bästa tillgängliga kunskap": "Kunskapsstyrning och evidensbaserade arbetssätt syftar till …")
            headed = self._item_by_its_section(swedish.reverse_topic(query.reading), hits[:KIND_READ_HITS], scope, passages)
            if headed is not None:
                chunk, item, section = headed
                draft.say(item_in_context(item, chunk, set()), chunk)
                lead = next((u for u in units_of([Hit(section, 0.0)]) if not u.text.endswith(":")), None)
                if lead is not None:
                    draft.say(lead.text, section, prefix=f"{item}: ")
                return draft
            if len(query.named_documents) == 1:
                # "Vilken del av Norrbottens målbild handlar om …?": the one part of that document that does, not
                # another document, nor sentences of several parts
                hits = [h for h in hits if h.chunk.document in query.named_documents][:1] or hits
            draft = self._list_or_sentences(query, hits, qvec, passages, terms)
            parts = {(c.section, c.title) for c in draft.cited}
            if len(query.named_documents) == 1 and len(parts) == 1 and draft.lines and next(iter(parts))[0]:
                # (the part asked for, named: "Under vilken del av målbilden passar det bäst?" -> "Nära mig på
                # bästa sätt", before what it says)
                section, title = next(iter(parts))
                heading = section.split(SECTION_SEP)[-1]
                if not any(line.startswith(f"{heading}:") for line in draft.lines):  # (said as its prefix already)
                    draft.lines.insert(0, PART_LEAD.format(heading=heading, title=title))
            return draft
        return draft

    def _item_by_its_section(self, topic: str, hits: Sequence[Hit], scope: set[str],
                             passages: Passages) -> tuple[Chunk, str, Chunk] | None:
        """Of a retrieved list whose items head sections of their own, the one item whose section names the most
        of the topic's words (and more than any other item's does), with that section's first passage; or None."""
        words = set(self.tokenize(topic))
        if not words:
            return None
        for hit in hits:
            chunk = hit.chunk
            if not chunk.items or (scope and chunk.document not in scope):
                continue
            scored = []
            for item in chunk.items:
                section = section_headed_by(item, chunk.document, passages)
                if section is not None and section is not chunk:
                    said = set(self.tokenize(" ".join(c.text for c in passages.section_chunks(section.document,
                                                                                               section.section))))
                    scored.append((sum(any(w == s or swedish.compound_match(w, s) for s in said) for w in words),
                                   item, section))
            if len(scored) >= 2:
                scored.sort(key=lambda x: -x[0])
                if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
                    return chunk, scored[0][1], scored[0][2]
        return None

    @staticmethod
    def _item_saying(topic: str, hits: Sequence[Hit], scope: set[str]) -> tuple[Chunk, str] | None:
        """The one item of a retrieved list that says every content word of the topic, or None (none, or more
        than one item of the list says it)."""
        words = swedish.content_words(topic).split()
        if not words:
            return None
        for hit in hits:
            if scope and hit.chunk.document not in scope:
                continue
            saying = [i for i in hit.chunk.items if all(swedish.mentions(i, w) for w in words)]
            if len(saying) == 1:
                return hit.chunk, saying[0]
        return None

    def _items_named(self, terms: set[str], scope: set[str], passages: Passages,
                     compounding: set[str] | None = None) -> dict[str, tuple[Chunk, list[str]]]:
        """The list items every word of which the question says, by passage (within the scope's documents); a word
        of an item may be a compound with one of `compounding` (default: all the terms)."""
        compounding = terms if compounding is None else compounding
        found: dict[str, tuple[Chunk, list[str]]] = {}
        for chunk in passages.chunks:
            if scope and chunk.document not in scope:
                continue
            for item in chunk.items:
                words = set(self.tokenize(item))
                if words and all(w in terms or any(swedish.compound_match(w, t) for t in compounding) for w in words):
                    found.setdefault(chunk.id, (chunk, []))[1].append(item)
        return found

    def _items_naming(self, thing: str, scope: set[str], passages: Passages) -> dict[str, tuple[Chunk, list[str]]]:
        """The one list item that says every word of the thing the question places, its acronym by name ("SAM-modellen
        för barn och unga": "Arbetsmodell för att främja hälsa hos barn och unga, Samverka, Agera, Motivera (SAM)")."""
        asked = set(self.tokenize(thing))
        # (or an acronym alone, which names one thing: "Vilken riktningsförändring hör SIP till?")
        acronym = len(thing.split()) == 1 and thing.isupper() and 2 <= len(thing) <= swedish.ACRONYM_LETTERS
        if len(asked) < REVERSE_THING_WORDS and not acronym:
            return {}
        found = [(chunk, item) for chunk in passages.chunks if not scope or chunk.document in scope
                 for item in chunk.items
                 if all(any(w == t or swedish.compound_match(w, t) for t in self.tokenize(item)) for w in asked)]
        return {found[0][0].id: (found[0][0], [found[0][1]])} if len(found) == 1 else {}

    def _label_explaining(self, topic: str, query: Query, passages: Passages) -> tuple[Chunk, int, Chunk] | None:
        """Of the labelled lists asked about, the label whose explanation names every word of the topic."""
        words = set(self.tokenize(topic))
        if not words:
            return None
        for labels, explained in labelled_lists(passages, query):
            for index, item in enumerate(explained.items):
                if self._overlap(words, item) == 1.0:
                    return labels, index, explained
        return None

    # ------------------------------------------------------------ sections and summaries

    def _what(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """"Vad är X?": the section named X (its lead and its whole list), else the defining sentences."""
        # ("Vad är X och vilka strategier har de för att nå den?": X's section, which holds them)
        query = replace(query, reading=swedish.what_part(query.reading))
        topic = self._topic_terms(query, passages)
        label = labelled_item(swedish.defined_term(query.reading), passages, query)
        if label is not None:
            return self._explained_label(Draft(), *label)
        defining = self._defining_section(query, passages)
        if defining is not None:  # "Hur definierar regionen en jämlik och jämställd verksamhet?": the section
            return self._section(Draft(), defining, passages)  # headed "Definition jämlik och jämställd verksamhet"
        near = {swedish.fold(w) for w in self.tokenize(NEAR_CARE)}
        own = {t for t in topic if swedish.fold(t) not in near}  # "Vad är målbilden för nära vård i …?": the section headed "MÅLBILD", not the slide
        #                     "Målbild Nära Vård" on the plan behind it (every document is about nära vård)
        section = (self.named_section(query, hits, passages, topic=own) if own and own != topic else None) or \
            self._section_in_documents_words(query, own, hits, passages) or self.named_section(query, hits, passages)
        definition = self._definition_of(query, passages, hits)
        # ("Vad är en målbild?": no document defines one; what they say of any målbild, not one region's section –
        # a term a document defines is answered by its definition: "Vad är ett patientkontrakt?")
        # (nor is "Målbilden fokuserar på …", which defines one målbild by its definite form)
        generic_term = swedish.generic_term(query.reading) if not (query.regions or query.named_documents) else ""
        one_of_them = bool(generic_term) and definition is not None and bool(
            re.match(rf"\s*{re.escape(generic_term[:5])}\w*(?:en|et)\b", definition.text, re.I))
        if generic_term and (definition is None or one_of_them) and (generic := self._generic_sense(generic_term, hits)).lines:
            return generic
        # (a section headed with its document's title, "Målbild och färdplan Nära Vård i Jämtland Härjedalen", names the
        # asked thing only as the document does: "vad är färdplanen …?" is answered by what the document says it is,
        # below, when it says so)
        titled = section is not None and set(self.tokenize(heading_of(section))) == set(self.tokenize(passages.title_of(section)))
        if section is not None and (definition is None or self._heading_is_topic(query, section, passages)) and not (
                titled and self.named_document(query, passages) == section.document):
            # ("… Punkta gärna upp det.": as points, more of the section than its lead)
            return self._section(Draft(), section, passages, points=swedish.asks_points(query.reading))
        if section is None and definition is None and passages.synonyms is not None:
            # "Vad är Västernorrlands vision för nära vård?": the documents' word for it ("målbild") names the section
            said = passages.synonyms.translated(query.reading)
            if said != query.reading.lower():
                section = self.named_section(replace(query, reading=said), hits, passages)
                if section is not None:
                    return self._section(Draft(), section, passages)
        whole = self.named_document(query, passages)
        if whole:
            # "Vad är målbilden för nära vård i Jämtland Härjedalen?": the document "Målbild och färdplan Nära
            # vård …" has a section headed with the asked thing alone (MÅLBILD); that is the answer
            headed = [c for c in passages.chunks if c.document == whole and c.section
                      and set(self.tokenize(heading_of(c))) and set(self.tokenize(heading_of(c))) <= topic]
            if headed:
                return self._section(Draft(), min(headed, key=lambda c: len(heading_of(c).split())), passages)
            # "vad är färdplanen i jämtland?": no section is headed "färdplan", but the document says what it is
            # ("Vår gemensamma färdplan för omställningen är ”Gemensam plan för primärvårdsnivån …”")
            asked = set(self.tokenize(swedish.defined_term(query.reading)))
            said = next(((text, c) for c in passages.chunks if c.document == whole and asked
                         for text in (*c.items, *split_sentences(c.text)) if _defines(asked, text, self.tokenize)), None)
            if said is not None:
                draft = Draft()
                draft.say(item_in_context(*said) if said[0] in said[1].items else said[0], said[1])
                self._named_plan_told(draft, said[0], said[1], passages)
                return draft
            if definition is None or definition.chunk.document != whole:
                return self._outline(Draft(), whole, passages)
        if definition is not None:
            spelled = self._spelled_in_a_label(definition)
            if spelled is not None:
                return spelled
            draft = self._echoed(self._defined(Draft(), definition, passages), definition, query, passages)
            return self._acronym_said(draft, definition)
        if section is not None:
            return self._section(Draft(), section, passages)
        term = swedish.defined_term(query.reading)
        if term and not swedish.acronyms(term) and len(term.split()) <= 2 and term.islower():
            return self._mentioned(Draft(), term, query, qvec, passages)  # a plain term: "egenvård", "hemmonitorering"
        bonus = (lambda text: BONUS_DEFINES if _defines(topic, text, self.tokenize) else 0.0)
        draft = Draft()
        picked = self._best(query, hits[:3], qvec, passages, terms, limit=2, bonus=bonus)
        if picked and len(picked) == 1 and picked[0].text in picked[0].chunk.items and self._mentions_only(topic, picked[0].text) \
                and not any(swedish.spells_out(a, picked[0].text) for a in swedish.acronyms(query.reading)):
            # (an acronym the item never spells out is only named too: "Vad är TILIA-utredningen?")
            # A bare list item names the term without saying what it is: say so, and where it stands.
            unit = picked[0]
            term = swedish.topic_words(query.reading) or unit.text
            draft.flags.append("mention-only")
            draft.lines.append(f"{NOT_EXPLAINED} {term} är. "
                               + item_in_context(unit.text, unit.chunk) + f" [{draft.cite(unit.chunk, unit.text)}]")
            return draft
        for unit in picked:
            if unit.chunk.items and unit.text in split_sentences(unit.chunk.list_intro):
                self._whole_list(draft, unit.chunk, passages)  # a lead-in is said with its whole list
            elif unit.text in unit.chunk.items and len(picked) == 1:
                draft.say(item_in_context(unit.text, unit.chunk), unit.chunk)
                if re.search(r"\b(?:är|heter)\s+[”\"]", unit.text):
                    # ("Vad är Gemensam plan i Jämtland Härjedalen?": "Vår gemensamma färdplan … är ”Gemensam plan …”",
                    # and what the document's other lines say of that name: SVOM's decision, the local plans)
                    self._named_plan_told(draft, unit.text, unit.chunk, passages)
            else:
                draft.say(unit.text, unit.chunk)
        if draft.lines and not any(line.startswith("- ") for line in draft.lines):
            draft.lines = [" ".join(draft.lines)]
        return draft

    def _section_in_documents_words(self, query: Query, topic: set[str], hits: Sequence[Hit],
                                    passages: Passages) -> Chunk | None:
        """The section of the named documents headed with their own word for a topic word they never use
        ("Vad är visionen … i Jämtland Härjedalen?": its slide says "MÅLBILD", the curated list "vision" ->
        "målbild"); None when every topic word is theirs or no such section is found."""
        scope = set(query.documents or query.named_documents)
        if not scope or not topic or passages.synonyms is None:
            return None
        chunks = [c for c in passages.chunks if c.document in scope]
        said = {t for t in topic if any(self._mentions({t}, c) for c in chunks)}
        theirs = {w for t in topic - said for added in passages.synonyms.added(t)[:1] for w in self.tokenize(added)}
        if not theirs:
            return None
        return self.named_section(query, hits, passages, topic=said | theirs)

    def _defining_section(self, query: Query, passages: Passages) -> Chunk | None:
        """The section whose heading says it defines the asked term ("Definition jämlik och jämställd
        verksamhet"), every word of the term asked; or None."""
        asked = {swedish.fold(w) for w in self.tokenize(query.reading)}
        for chunk in passages.chunks:
            term = swedish.defining_heading(heading_of(chunk)) if chunk.section else ""
            words = {swedish.fold(w) for w in self.tokenize(term)}
            if words and words <= asked and (not query.named_documents or chunk.document in query.named_documents):
                return chunk
        return None

    @staticmethod
    def _generic_sense(term: str, hits: Sequence[Hit]) -> Draft:
        """"Vad är en målbild för nära vård egentligen?": the thing in general (`swedish.generic_term`), asked of no
        region or document, is what the documents say of any such thing ("… drivs framåt med en gemensam målbild som
        främsta kompass", "… behövs en tydlig och gemensam målbild. Den tas fram av regioner och kommuner …"), not
        one region's; an empty draft when no sentence says it so."""
        draft = Draft()
        stem = swedish.fold(term.lower())[:max(5, len(term) - 2)]
        said = re.compile(rf"\b(?:en|ett)\s+(?:\w+\s+(?:och\s+)?){{0,3}}{re.escape(stem)}\w*\b|\b{re.escape(stem)}\w*er\b", re.I)
        units = units_of(hits[:KIND_READ_HITS])
        for i, unit in enumerate(units):
            if said.search(swedish.fold(unit.text)) and unit.text not in unit.chunk.items:
                draft.say(unit.text, unit.chunk)
                after = units[i + 1] if i + 1 < len(units) else None
                if after is not None and after.chunk is unit.chunk and re.match(r"(?:Den|Det|De)\s", after.text):
                    draft.say(after.text, after.chunk)  # "Den tas fram av regioner och kommuner i samverkan …"
            if len(draft.lines) >= GENERIC_SENTENCES:
                break
        return draft

    def _definition_of(self, query: Query, passages: Passages, hits: Sequence[Hit] = ()) -> Definition | None:
        """Where the documents define the term a "Vad är X?" asks about (the term as subject with a
        defining verb, or named and explained), in the documents asked about when they define it; of two
        documents that define it in nearly the same words, the one the search ranked higher."""
        term = swedish.defined_term(query.reading)
        if not term:
            return None
        asked = self._asked_scope(query, passages)  # "målbilden i Jämtland Härjedalen" is not Norrbotten's
        scopes = [c for c in passages.chunks if c.document in asked] if asked else passages.chunks
        named = [c for c in scopes if c.document in query.named_documents]
        for chunks in ([named] if named else []) + [scopes]:
            # (the strongest over the term's forms: "patientkontraktet" is a subject of "… består av tre delar", but
            # "ett så kallat patientkontrakt. … Det är en överenskommelse …" names and explains it)
            found = [d for form in swedish.term_forms(term) if (d := define(form, chunks, [h.chunk.id for h in hits]))
                     is not None and d.strength >= MIN_DEFINITION_STRENGTH]
            if found:
                return max(found, key=lambda d: d.strength)
        if re.fullmatch(r"[a-zåäö]{2,6}", term):  # "vad är svom": an acronym typed in lower case, if a document spells it out
            found = define(term.upper(), scopes)
            if found is not None and not found.spelled:
                return found
        return None

    @staticmethod
    def _acronym_said(draft: Draft, definition: Definition) -> Draft:
        """An acronym spelled out only in passing ("… beslut fattade av Sociala vård- och omsorgsgruppen (SVOM) och
        …"): what it stands for said first, in the passage's words, before the sentence that spells it out."""
        term = definition.term
        if not draft.lines or not term.isupper() or definition.spelled or f"({term})" not in definition.text:
            return draft
        expansion = expand_acronym(term, definition.text)
        if not expansion or draft.lines[0].lstrip("- ").startswith((expansion, term)):
            return draft  # "Samordnad individuell plan (SIP) är …" says it itself
        n = draft.cite(definition.chunk, definition.text)
        draft.lines.insert(0, ACRONYM_SPELLED.format(term=term, expansion=expansion) + f" [{n}].")
        return draft

    @staticmethod
    def _spelled_in_a_label(definition: Definition) -> Draft | None:
        """An acronym spelled out only in a short list item ("Patientkontrakt och Samordnad individuell plan (SIP)"):
        what it stands for, said to be all the documents say, and where it stands; else None."""
        label = next((i for i in definition.chunk.items if definition.text in i), "")
        if not label or len(label.split()) > SHORT_ITEM_WORDS or not definition.term.isupper() \
                or not definition.text.endswith(f"({definition.term})"):
            return None
        draft = Draft(flags=["mention-only"])
        expansion = definition.text[:-len(f"({definition.term})")].strip()
        n = draft.cite(definition.chunk, label)
        draft.lines.append(ACRONYM_IN_LABEL.format(term=definition.term, expansion=expansion)
                           + f"{item_in_context(label, definition.chunk)} [{n}]")
        return draft

    @staticmethod
    def _echoed(draft: Draft, definition: Definition, query: Query, passages: Passages) -> Draft:
        """A definition another document gives in nearly the same words is said once, and that document
        named beside it ("Personcentrering handlar om …" stands in both the strategy and the plan)."""
        scope = [c for c in passages.chunks if not query.documents or c.document in query.documents]
        echo = echo_of(definition, scope) if draft.lines and not query.named_documents else None
        if echo is not None:
            chunk, sentence = echo
            draft.lines[-1] += f" {ECHO_LINE.format(title=passages.title_of(chunk))} [{draft.cite(chunk, sentence)}]"
        return draft

    def _mentioned(self, draft: Draft, term: str, query: Query, qvec, passages: Passages) -> Draft:
        """A term the documents use but never define: said so, with the sentences that use it (the
        ones closest to the question); nothing when no document uses it."""
        scope = [c for c in passages.chunks if not query.documents or c.document in query.documents]
        forms = swedish.term_forms(term)
        units = [u for u in units_of([Hit(c, 0.0) for c in scope])
                 if not u.text.endswith(":") and any(mentions_term(f, u.text) for f in forms)]
        # (the region asked of, or the thread's, when its documents use the term: "vad betyder kontinuitet?" after
        # Västernorrland's målbild is its point "Jag har en kontinuitet i min kontakt med vården", not Jämtland
        # Härjedalen's "Ökad kontinuitet")
        regional = [u for u in units if query.regions and u.chunk.document in passages.metas
                    and passages.metas[u.chunk.document].region in query.regions]
        units = regional or units
        if not units:
            return draft
        # a list label that the next list explains ("Ökad kontinuitet" among the five strategies): its explanation
        label = next((found for u in units if u.text in u.chunk.items
                      and (found := labelled_item(u.text, passages, query)) is not None), None)
        if label is not None:
            return self._explained_label(draft, *label)
        sims = self._similarity([u.text for u in units], qvec, passages)
        ranked = [u for _, u in sorted(zip(sims, units), key=lambda su: -su[0])][:CONTRAST_MENTIONS]
        naming = next((u for u in ranked if re.search(r"\b(?:är|heter)\s+[”\"]", u.text)), None)
        if naming is not None:
            # "vad är färdplanen för omställningen …?": "Vår gemensamma färdplan för omställningen är ”Gemensam plan …”"
            # says what it is by a name, and the document's other lines on that name say more
            text = item_in_context(naming.text, naming.chunk, set()) if naming.text in naming.chunk.items else naming.text
            draft.lines.append(f"{text} [{draft.cite(naming.chunk, naming.text)}]")
            self._named_plan_told(draft, naming.text, naming.chunk, passages)
            return draft
        draft.flags.append("mention-only")
        placed: set[str] = set()
        cells = [f"{item_in_context(u.text, u.chunk, placed) if u.text in u.chunk.items else u.text} "
                 f"[{draft.cite(u.chunk, u.text)}]" for u in ranked if draft.fresh(u.text)]
        draft.lines.append(f"{NOT_EXPLAINED} {term} är, men nämner det: " + " ".join(cells))
        return draft

    def _defined(self, draft: Draft, definition: Definition, passages: Passages) -> Draft:
        """The defining sentences, and the next one when it goes on from them ("Det innebär …")."""
        prose = split_sentences(pre_text(definition.chunk))
        sentences = prose + list(definition.chunk.items)
        said = [s for s in sentences if s in definition.text] or \
            [s for s in sentences if definition.text in s][:1] or [definition.text]
        last = prose.index(said[-1]) if said[-1] in prose else -1
        paragraph = next((split_sentences(p) for p in pre_text(definition.chunk).split("\n\n")
                          if said[-1] in split_sentences(p)), prose)
        following = [(f, definition.chunk) for f in paragraph[paragraph.index(said[-1]) + 1:]] \
            if last >= 0 and said[-1] in paragraph else []
        if last == len(prose) - 1:  # the paragraph goes on in the section's next passage
            after = next((c for c in passages.chunks if c.document == definition.chunk.document
                          and c.section == definition.chunk.section and c.position == definition.chunk.position + 1), None)
            following += [(f, after) for f in split_sentences(pre_text(after))[:2]] if after is not None else []
        quoted = [(sentence, definition.chunk) for sentence in said]
        if definition.spelled:  # an acronym the documents never spell out: read from the letters, said so
            draft.lines.append(INFERRED_ACRONYM_LEAD.format(term=definition.term, spelled=definition.spelled))
            following = []
        for sentence, chunk in following:
            goes_on = swedish.leans_back(sentence) or mentions_term(definition.term, sentence)
            short = len(quoted) == 1 and len(quoted[0][0].split()) < SHORT_DEFINITION_WORDS
            if len(quoted) >= MAX_DEFINITION_SENTENCES or not (goes_on or short):
                break
            quoted.append((sentence, chunk))  # "Det innebär …", "Patientkontraktet består av …", a short one's next
        for sentence, chunk in quoted:
            draft.say(sentence, chunk)
        draft.lines = [" ".join(draft.lines)] if draft.lines else []
        return draft

    def _labelled(self, found: tuple[Chunk, int, Chunk], query: Query, hits: Sequence[Hit], qvec, passages: Passages,
                  terms: set[str]) -> Draft:
        """A label the question names (`named_label`) and what the next list says of it."""
        return self._explained_label(Draft(), *found)

    @staticmethod
    def _explanation_of_label(unit: Unit, query: Query, passages: Passages) -> Chunk | None:
        """The list that explains a label item of the unit's list, place by place (`labelled_lists`), or None."""
        return next((after for labels, after in labelled_lists(passages, replace(query, documents=(), named_documents=()))
                     if labels.id == unit.chunk.id), None)

    @staticmethod
    def _explained_label(draft: Draft, labels: Chunk, index: int, explained: Chunk) -> Draft:
        """A list label and what the next list says about it ("Ökad kontinuitet": ”De jag träffar känner mig …”)."""
        label = labels.items[index]
        where = labels.list_intro.rstrip(":") or heading_of(labels)
        n = draft.cite(labels, label)
        draft.lines.append(f"”{label}” är en av punkterna i ”{where}” ({labels.title}). [{n}]")
        draft.say(explained.items[index], explained)
        return draft

    def _labels_in_thread(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages) -> tuple[Chunk, Chunk] | None:
        """The list of labels the earlier answer gave, when the next list explains each of them (labels, explaining)."""
        anchor = query.history[-1]
        about = replace(query, text=anchor, reading=anchor, search=anchor, intent=swedish.intent_of(anchor), history=(),
                        follow_up=False, parts=())
        cited = {c.id for c in self._compose(about, hits, qvec, passages).cited}
        return next(((labels, explained) for labels, explained in labelled_lists(passages, replace(query, named_documents=()))
                     if labels.id in cited), None)

    def _each_explained(self, pair: tuple[Chunk, Chunk], query: Query, hits: Sequence[Hit], qvec, passages: Passages,
                        terms: set[str]) -> Draft:
        """Each label of the earlier answer's list with what the next list says of it ("Ökad kontinuitet: ”De jag
        träffar känner mig …”")."""
        labels, explained = pair
        draft = Draft()
        lead = labels.list_intro.rstrip(":") or heading_of(labels)
        draft.lines.append(f"{lead} ({labels.title}), förklarade i ”{heading_of(explained)}”: "
                           f"[{draft.cite(labels, heading_of(labels) or lead)}]")  # (its heading: the labels stand below)
        for label, said in zip(labels.items, explained.items):
            draft.say(said, explained, prefix=f"- {label.rstrip('.')}: ")
        return draft

    def _heading_is_topic(self, query: Query, section: Chunk, passages: Passages) -> bool:
        """Whether the section's heading is the asked-about thing itself ("MÅLBILD" for "Vad är målbilden?")."""
        words = {swedish.fold(w) for w in self.tokenize(heading_of(section))}
        topic = {swedish.fold(w) for w in self._topic_terms(query, passages)} | \
            {swedish.fold(w) for w in self._region_words(query, passages)}
        return bool(words) and words <= topic

    def _is_subject(self, words: set[str], text: str) -> bool:
        """Whether a sentence is about the concept: it opens with it and has a defining verb."""
        return swedish.is_defining(text) and self._opens_with(words, text)

    def _opens_with(self, words: set[str], text: str) -> bool:
        """Whether a sentence opens with the concept ("Den specialiserade vården behöver förändras …"), after
        at most one qualifier ("Vår gemensamma färdplan för omställningen är …")."""
        tokens = self.tokenize(text)[:OPENING_TOKENS]
        # (the first word may name it as a compound; a word after a qualifier must be the concept's own word)
        return bool(tokens) and any(tokens[0] == w or swedish.compound_match(tokens[0], w) or w in tokens[1:] for w in words)

    def _mentions_only(self, topic: set[str], item: str) -> bool:
        """A list item that names the topic without explaining it: a short label, or the topic only
        after its first words and no defining verb."""
        if _defines(topic, item, self.tokenize) or any(swedish.spells_out(a, item) for a in swedish.acronyms(item)):
            return False
        words = self.tokenize(item)
        early = set(words[:EARLY_WORDS // 2])
        return len(item.split()) <= SHORT_ITEM_WORDS or not any(
            t in early or any(swedish.compound_match(t, w) for w in early) for t in topic)

    def thing_asked(self, query: Query, passages: Passages) -> str:
        """The question's own words for what it is about ("målbilderna" in "Jämför målbilderna i …"), or ""."""
        terms = self._topic_terms(query, passages)
        words = [w for w in re.findall(r"\w+", query.reading) if set(self.tokenize(w)) & terms]
        return " ".join(dict.fromkeys(words))

    def _topic_terms(self, query: Query, passages: Passages) -> set[str]:
        """What the question is about: its content words less question words, region names and the
        named documents' kinds ("strategins målbild" -> målbild; the head noun comes last)."""
        drop = set()
        for meta in passages.metas.values():
            if meta.region in query.regions:
                drop |= {swedish.fold(w) for w in self._region_terms(meta.region)}
        # ("Region Norrbottens verksamhetsmodell": "Region" is the name's, not the topic's)
        regions = self._every_region_term(passages)
        drop |= {swedish.fold(w) for m in re.finditer(r"\b(region)\s+(\w+)", query.reading, re.I)
                 if set(self.tokenize(m.group(2))) & regions for w in self.tokenize(m.group(1))}
        kinds = self._kind_words(query, passages)
        phrase = swedish.summary_topic(query.reading) if query.intent == "summary" else ""
        # ("regionens verksamhetsmodell": the asker's own region owns it; the topic is the model)
        drop |= {swedish.fold(w) for w in self.tokenize(OWN_REGION_WORDS)}
        words = [w for w in self.tokenize(swedish.content_words(phrase or query.reading))
                 if swedish.fold(w) not in drop and swedish.fold(w) not in swedish.QUESTION_STEMS]
        # (a kind's word, not any word that starts alike: "verksamhetsmodellen" is no "verksamhetsplan"; and the
        # genitive that says whose document it is: "nämndens verksamhetsplan")
        owners = {t for m in re.finditer(r"\b(\w+s)\s+(\w+)", query.reading) if any(
            self._names_topic_word(k, x) for k in kinds for x in self.tokenize(m.group(2))) for t in self.tokenize(m.group(1))}
        owners |= self._naming_words(query)
        topic = {w for w in words if w not in owners and not any(self._names_topic_word(k, w) or self._names_topic_word(w, k)
                                                                 for k in kinds)}
        return topic or set(words[-1:])

    def named_document(self, query: Query, passages: Passages) -> str:
        """The document a question asks about as a whole ("Vad säger målbilden i Norrbotten?" where
        the målbild is a document of its own), or ""."""
        # ("Vad har vi för gemensam målbild med regionen?": "gemensam" qualifies, "regionen" is who shares it)
        plain = set(self.tokenize(REGION_WORDS))
        topic = {t for t in self._topic_terms(query, passages)
                 if swedish.fold(t) not in swedish.HEADING_QUALIFIERS and t not in plain}
        # ("Vad är Norrbottens gemensamma målbild?": its qualifier and kind are the title's own words, "Vår
        # gemensamma målbild i Norrbotten": the document as a whole)
        titled = {t for t in self.tokenize(swedish.content_words(query.reading)) if t not in plain
                  and swedish.fold(t) not in swedish.QUESTION_STEMS} - self._every_region_term(passages)
        for name in query.documents or query.named_documents:
            meta = passages.metas.get(name)
            about = set(self.tokenize(f"{meta.title} {meta.kind}")) if meta else set()
            if topic and all(self._names_by_words(about, t) for t in topic):
                return name
            # (an inflection of the title's own word counts: "gemensam målbild" for "Vår gemensamma målbild …")
            title = set(self.tokenize(meta.title if meta else ""))
            if not topic and titled and all(t in title or self._names_by_words(title, t) for t in titled):
                return name
        return ""

    def answers_by_structure(self, query: Query, hits: Sequence[Hit], passages: Passages) -> bool:
        """Whether the question asks for a section, a whole document or a term the index has by name (or who took
        part in making a thing the asked documents tell how it was made)."""
        if swedish.asks_participants(query.reading) and (scope := self._asked_scope(query, passages)) and \
                self._process_section(scope, passages) is not None:
            return True  # ("Vilka fick vara med och tycka till när den gemensamma målbilden i Norrbotten togs fram?")
        if query.intent not in ("what", "summary"):
            return False
        if query.intent == "what" and (self._definition_of(query, passages) is not None or
                                       labelled_item(swedish.defined_term(query.reading), passages, query) is not None):
            return True  # the documents define the asked term, or explain the asked list label
        return self.named_section(query, hits, passages) is not None or bool(self.named_document(query, passages))

    def _region_words(self, query: Query, passages: Passages) -> set[str]:
        return {w for m in passages.metas.values() if m.region in query.regions for w in self._region_terms(m.region)}

    def named_section(self, query: Query, hits: Sequence[Hit], passages: Passages,
                      topic: set[str] | None = None, nearly: bool = False) -> Chunk | None:
        """The first chunk of the section whose heading names what is asked about, in the documents
        asked about: every topic word in the heading (or a several-word heading wholly in the
        question), at most MAX_EXTRA_HEADING_WORDS other words; fewest extra words wins. With `nearly`
        (a topic summary), a heading made only of topic words that lacks one whose text says it counts."""
        # (a heading the question names, or quotes: "Vad är 'Viktiga förändringsfaktorer för …' i nämndens plan?")
        for said in (swedish.named_heading(query.reading), *swedish.quoted_phrases(query.reading)):
            quoted = swedish.fold(said.strip(" .?").lower())
            for chunk in passages.chunks if quoted else ():
                if chunk.section and swedish.fold(heading_of(chunk).lower()) == quoted and \
                        (not query.named_documents or chunk.document in query.named_documents):
                    return chunk
        topic = {swedish.fold(t) for t in (topic if topic is not None else self._topic_terms(query, passages))}
        core = topic - swedish.HEADING_QUALIFIERS
        if core and core != topic:  # "Stärkt gemensam primärvård" is named whole; "den gemensamma målbilden": "MÅLBILD"
            return self._section_named(query, hits, passages, topic, nearly) or \
                self._section_named(query, hits, passages, core, nearly)
        return self._section_named(query, hits, passages, topic, nearly)

    def _section_named(self, query: Query, hits: Sequence[Hit], passages: Passages, topic: set[str],
                       nearly: bool) -> Chunk | None:
        if not topic:
            return None
        regions = {swedish.fold(w) for w in self._region_words(query, passages)}
        named = [d for d in query.named_documents if d in passages.metas and not any(
            swedish.compound_match(t, k) or t == k for t in topic for k in self.tokenize(passages.metas[d].kind))]
        allowed = set(named or query.named_documents) or {h.chunk.document for h in hits[:5]}
        if query.regions:
            allowed = {d for d in allowed if passages.metas.get(d) and passages.metas[d].region in query.regions} \
                or {n for n, m in passages.metas.items() if m.region in query.regions}
        if query.documents:
            allowed &= set(query.documents)
        rank = {h.chunk.document + h.chunk.section: i for i, h in reversed(list(enumerate(hits)))}
        # words a heading may have besides the topic: the named documents' kinds and words of asking
        # ("Så här har målbilden tagits fram" for "Hur togs målbilden fram?")
        free = {swedish.fold(k) for k in self._kind_words(query, passages)} | swedish.QUESTION_STEMS
        # (and the question's own words: "vad hälso- och sjukvårdsnämnden har för uppgifter" names the heading
        # "Hälso- och sjukvårdsnämndens övergripande uppgifter" all but one word)
        # (not "nära vård", which every document is about: "vad är visionen för nära vård" names no "Målbild Nära Vård")
        free |= {swedish.fold(w) for w in self.tokenize(swedish.content_words(query.reading))} - \
            {swedish.fold(w) for w in self.tokenize(NEAR_CARE)}
        # (and the number a heading counts its things by: "Sammanfatta riktningsförändringarna" names "Fyra
        # riktningsförändringar i verksamheterna" as "… de fyra riktningsförändringarna" does)
        free |= {swedish.fold(w) for w in self.tokenize(" ".join(swedish.COUNT_WORDS))}

        def names(t: str, w: str) -> bool:  # a heading word that names a topic word
            return t == w or swedish.compound_match(t, w) or swedish.negates(t, w)
        best: tuple[float, Chunk] | None = None
        seen: set[tuple[str, str]] = set()
        texts = {(c.document, c.section) for c in passages.chunks}
        for chunk in self._with_parents(passages.chunks):
            if chunk.document not in allowed or not chunk.section or (chunk.document, chunk.section) in seen:
                continue
            seen.add((chunk.document, chunk.section))
            words = {swedish.fold(w) for w in self.tokenize(heading_of(chunk))}
            if not words:
                continue
            matches = {w for w in words if any(names(t, w) for t in topic)}
            covered = sum(1 for t in topic if any(names(t, w) for w in words))
            in_region = words & regions
            extra = len(words - matches - in_region - free)
            allowed_extra = MAX_EXTRA_HEADING_WORDS if len(topic) >= 2 or in_region else 1
            if (chunk.document, chunk.section) not in texts:
                allowed_extra = 0  # a heading above subsections only when it names nothing else
            # "digitalisering och digitala tjänster": the section headed "Digitalisering" whose text says the rest
            almost = nearly and len(topic) >= 2 and covered == len(topic) - 1 and len(matches) == len(words) \
                and (chunk.document, chunk.section) in texts and self._mentions(topic, chunk)
            if not (covered == len(topic) or (len(matches) == len(words) >= 2) or almost) or extra > allowed_extra:
                continue
            score = (-extra - 0.5 * (len(topic) - covered) + 0.5 * len(in_region)
                     - SECTION_RANK_WEIGHT * rank.get(chunk.document + chunk.section, 10) - 0.001 * chunk.position)
            if best is None or score > best[0]:
                best = (score, chunk)
        return best[1] if best else None

    @staticmethod
    def _with_parents(chunks: Sequence[Chunk]) -> list[Chunk]:
        """The chunks, and for a heading that has no text of its own but subsections ("Så här har
        målbilden tagits fram" › "December 2020" …), its first subsection standing for it."""
        out: list[Chunk] = []
        own = {(c.document, c.section) for c in chunks}
        for chunk in chunks:
            out.append(chunk)
            path = chunk.section.split(SECTION_SEP)
            for depth in range(1, len(path)):
                parent = SECTION_SEP.join(path[:depth])
                if (chunk.document, parent) not in own:
                    own.add((chunk.document, parent))
                    out.append(replace(chunk, section=parent))
        return out

    @staticmethod
    def _headed_items(listed: Chunk, passages: Passages) -> list[tuple[str, tuple[str, Chunk]]]:
        """Each item of a list with the first sentence of the section of the same document it heads (the
        strategy's four riktningsförändringar, each a section of its own), or [] unless every item heads one."""
        items = [i for c in passages.list_parts(listed) for i in c.items]
        sections = {swedish.fold(heading_of(c).lower().rstrip(". ")): c for c in passages.chunks
                    if c.document == listed.document and c.section and c.section != listed.section}
        def heads(item: str) -> Chunk | None:  # (the item may say more before the heading: "Mer hälsofrämjande …")
            said = swedish.fold(item.lower().rstrip(". "))
            return sections.get(said) or next((c for h, c in sections.items() if len(h.split()) >= 2
                                               and said.endswith(f" {h}")), None)
        leads = [(i, section_lead(c, passages)) for i in items if (c := heads(i)) is not None]
        return leads if len(items) >= 2 and len(leads) == len(items) and all(lead for _, lead in leads) else []

    def _section(self, draft: Draft, chunk: Chunk, passages: Passages, summary: bool = False,
                 topic: set[str] | None = None, points: bool = False) -> Draft:
        """A section's lead and its whole lists (what a section *is*); for a summary, the first
        sentence of each of its paragraphs (on a topic, the paragraph's first sentence that opens with
        it: "Digitalisering ökar tillgängligheten …"); a heading with only subsections is its subsections;
        asked as points, its sentences in order (MAX_SUMMARY_LEADS at most)."""
        parts = passages.section_chunks(chunk.document, chunk.section)
        own = [c for c in parts if c.section == chunk.section] or parts
        limit = MAX_SUMMARY_LEADS
        if points:
            leads = [(sentence, c) for c in own for sentence in split_sentences(pre_text(c))]
        elif summary:
            def lead(sentences: list[str]) -> str:
                return next((x for x in sentences if topic and self._mentions(topic, None, " ".join(x.split()[:EARLY_WORDS]))),
                            sentences[0])
            paragraphs = [(split_sentences(p), c) for c in own for p in pre_text(c).split("\n\n") if split_sentences(p)]
            # the section's lead paragraph whole (it often says what the rest develops), then each paragraph's lead
            # (a topic word the heading does not say: "… om psykisk ohälsa och långa sjukskrivningar" under "Psykisk
            # hälsa" – the paragraph that opens on it is said whole, "4 av 5 … ett hållbart arbetsliv")
            # (a word its heading says in another form is headed: "digitala vårdmöten" under "Digitalisering")
            headed = [swedish.fold(w) for w in self.tokenize(heading_of(chunk))]
            unheaded = {t for t in topic or () if not self._mentions({t}, None, heading_of(chunk))
                        and not any(h.startswith(swedish.fold(t)[:HEADED_PREFIX]) for h in headed)}

            def opening(sentences: list[str]) -> list[str]:
                first = lead(sentences)
                at = sentences.index(first)
                # a lead too short to say much ("Sjukdomsmönstret har förändrats.") goes on into the next sentence
                return sentences[at:at + 2] if len(first.split()) <= SHORT_LEAD_WORDS else [first]

            def more_on_topic(sentences: list[str], said: list[str]) -> list[str]:
                # (said only as the budget of leads allows, after every paragraph's lead)
                on_topic = sentences.index(said[0]) == 0 and any(self._mentions({t}, None, said[0]) for t in unheaded)
                return sentences[len(said):TOPIC_PARAGRAPH_SENTENCES] if on_topic else []

            # (a section of one long paragraph has no other leads: more of it, "Vad säger inledningen i korthet?")
            first_lead = MAX_SUMMARY_LEADS if len(paragraphs) == 1 else LEAD_PARAGRAPH_SENTENCES
            # (a section of many paragraphs may say a few more, so that every paragraph's lead is said: the
            # digitalisation section's Min vård Norrbotten and Folktandvårdens digitala målbild were left out)
            limit = min(MAX_SUMMARY_LEADS_STRETCHED, max(MAX_SUMMARY_LEADS, first_lead + len(paragraphs) - 1))
            leads = [(x, c) for sentences, c in paragraphs[:1] for x in sentences[:first_lead]]
            # (a paragraph that opens by saying again what the lead paragraph said is led by its next sentence: "Sveriges
            # minoriteter … har rättigheter enligt konventioner och lagar. Regionen är skyldig att informera …")
            given = Draft(said={Draft.key(x) for sentences, _ in paragraphs[:1] for x in sentences})
            fresh = [([x for x in sentences if not given.repeats(x)] or sentences, c) for sentences, c in paragraphs[1:]]
            later = [(c, said, more_on_topic(sentences, said)) for sentences, c in fresh
                     for said in [opening(sentences)]]
            room = limit - len(leads) - sum(len(said) for _, said, _ in later)
            for c, said, more in later:
                extra = more[:max(room, 0)]
                room -= len(extra)
                leads += [(x, c) for x in (*said, *extra)]
            if sum(len(split_sentences(pre_text(c))) for c in own) <= MAX_SUMMARY_LEADS:
                leads = [(sentence, c) for c in own for sentence in split_sentences(pre_text(c))]
        else:
            leads = [(sentence, c) for c in own[:1] for sentence in split_sentences(pre_text(c))[:2]]
            whole = [(sentence, c) for c in own for sentence in split_sentences(pre_text(c))]
            if not any(c.items for c in own) and len(whole) <= SHORT_SECTION_SENTENCES:
                leads = whole  # a short section without a list is said whole ("Sammanhållet och enkelt för mig")
            if not leads:
                leads = [(sentence, c) for c in own if not c.items for sentence in split_sentences(c.text)[:2]][:2]
        for sentence, part in leads[:limit]:
            if not sentence.endswith(":"):
                draft.say(sentence, part)
        seen_lists = set()
        for part in own:
            if part.items and (part.section, part.list_intro) not in seen_lists:
                seen_lists.add((part.section, part.list_intro))
                headed = self._headed_items(part, passages) if summary else []
                if headed:
                    # "sammanfatta de fyra riktningsförändringarna": each item heads a section of its own in the
                    # document; a summary says each with that section's first sentence
                    first = passages.list_parts(part)[0]
                    if draft.fresh(first.list_intro):
                        draft.lines.append(f"{first.list_intro} [{draft.cite(first, first.list_intro)}]")
                    for item, (sentence, where) in headed:
                        if draft.say(sentence, where, prefix=f"- {item.rstrip('.')}: "):
                            draft.fresh(item)  # (the item is said with its lead: no bare list of them after)
                            draft.used.setdefault(part.id, []).append(item)
                else:
                    self._whole_list(draft, part, passages)
        if summary:  # a section's subsections are part of it ("MÅLBILD" › "UTIFRÅN MEDBORGARPERSPEKTIV")
            children: dict[str, list[Chunk]] = {}
            for part in [*parts, *self._adopted(chunk, passages)]:
                if part.section != chunk.section:
                    children.setdefault(part.section, []).append(part)
            for section, chunks in list(children.items())[:MAX_SUMMARY_CHILDREN]:
                listed = next((c for c in chunks if c.items), None)
                if listed is not None:
                    self._whole_list(draft, listed, passages)
                else:
                    sentences = split_sentences(pre_text(chunks[0]))
                    if sentences:
                        draft.say(sentences[0], chunks[0], prefix=f"{heading_of(chunks[0])}: ")
            if not children and not seen_lists:
                self._announced_sections(draft, own[-1], passages)
        if not seen_lists and not summary:
            for part in parts:
                if part.items:
                    seen_lists.add((part.section, part.list_intro))
                    self._whole_list(draft, part, passages)
                    break
        if not seen_lists and not summary:
            # (by a word of its own: not "hälso", which opens "Hälso- och sjukvårdsnämnden har följande inriktningar …")
            topic = set(self.tokenize(heading_of(chunk))) - passages.common_stems(self.tokenize, COMMON_WORD_SHARE)
            for other in passages.chunks:
                if other.document == chunk.document and other.items \
                        and topic & set(self.tokenize(other.list_intro)[:1]):
                    self._whole_list(draft, other, passages)
                    break
        return draft

    def _member_lines(self, group: str, query: Query, passages: Passages) -> list[Unit]:
        """The sentences and list lines (of the asked documents or region) that name a group and who is in it."""
        scope = self._asked_scope(query, passages) or set(query.named_documents)
        units = units_of([Hit(c, 0.0) for c in passages.chunks if not scope or c.document in scope])
        return [u for u in units if swedish.tells_members(u.text, group)]

    @staticmethod
    def _members(lines: Sequence[Unit], query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """"Vilka sitter i nämnden?": the lines that say who is in the group (`_member_lines`: "Nämnden består av 13
        ordinarie ledamöter och 13 ersättare."), not a list of what the group does."""
        draft = Draft()
        for unit in lines[:MAX_SENTENCES]:
            draft.say(item_in_context(unit.text, unit.chunk) if unit.text in unit.chunk.items else unit.text, unit.chunk)
        return draft

    def _where_said(self, phrase: str, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """Each document that says a quoted phrase, with its sentences that say it and the one after each (which
        often says what it is for: "Frågan fångar kärnan i …"), in document order; an empty draft when none does."""
        draft = Draft()
        pattern = swedish.said_phrase(phrase)
        # (in the document the question names, when it says it there: "i norrbottens målbild står det nånstans "…" –
        # vilken del är det?")
        named = {c.document for c in passages.chunks if c.document in query.named_documents and pattern.search(c.text)}
        scope = set(query.documents) or named or set(passages.metas)
        more = swedish.asks_more_there(query.reading)
        for name, meta in passages.metas.items():
            if name not in scope:
                continue
            units = units_of([Hit(c, 0.0) for c in passages.chunks if c.document == name])
            lines = []
            for i, unit in enumerate(units):
                if pattern.search(unit.text) and len(lines) < MAX_SAID_PLACES:
                    follow = units[i + 1] if i + 1 < len(units) and units[i + 1].chunk is unit.chunk else None
                    said = [unit, *([follow] if follow is not None and not pattern.search(follow.text)
                                    and follow.text not in follow.chunk.items else [])]
                    if more:  # ("… vilken del är det och vad står det mer där?": the rest of its passage)
                        said = [u for u in units if u.chunk is unit.chunk][:SHORT_SECTION_SENTENCES]
                    # (under its heading: where an expression comes from is its section, "Ökad personcentrering och
                    # delaktighet")
                    where = f"(under ”{heading_of(unit.chunk)}”) " if heading_of(unit.chunk) else ""
                    lines.append(where + " ".join(f"{u.text} [{draft.cite(u.chunk, u.text)}]" for u in said))
            if lines:
                draft.lines.append(f"- ”{meta.title}”: " + " ".join(lines))
        if len(draft.lines) == 1 and len(scope) == 1:  # (the one document the question named)
            title, said = draft.lines[0][2:].split(": ", 1)
            draft.lines = [f"”{phrase}” står i {title}: {said}"]
            draft.flags.append("where-said")
        elif draft.lines:
            draft.lines.insert(0, f"”{phrase}” står i {len(draft.lines)} av dokumenten:")
            draft.flags.append("where-said")  # (what was asked is what each line quotes: found by the phrase itself)
        return draft

    def _adopted(self, chunk: Chunk, passages: Passages) -> list[Chunk]:
        """The sections set beside a heading that are its parts. The text has no heading levels: "Kvalitetsarbete",
        a heading with no text of its own, took only its first subsection ("Kvalitetsarbete › Bästa tillgängliga
        kunskap"); an earlier sentence names it among its siblings ("… samverkan, kvalitetsarbete, tillgänglighet och
        digitalisering …"), so the sections after it up to the next sibling ("Tillgänglighet") are its parts too."""
        parent = chunk.section.split(SECTION_SEP)[0]
        own = passages.section_chunks(chunk.document, parent)
        if not own or any(c.section == parent for c in own):
            return []  # (a heading with text of its own had its levels read right)
        document = [c for c in passages.chunks if c.document == chunk.document]
        headings = {c.section for c in document if SECTION_SEP not in c.section and c.section}
        named = re.compile(rf"\b{re.escape(parent.lower())}\b")
        def named_with(sentence: str) -> set[str]:
            return {h for h in headings if h != parent and re.search(rf"\b{re.escape(h.lower())}\b", sentence)}
        # (the first sentence that names it with others: not "… uppföljnings- och kvalitetsarbete …" alone)
        siblings = next((named_with(x.lower()) for c in document if c.position < own[0].position
                         for x in split_sentences(c.text) if named.search(x.lower()) and named_with(x.lower())), set())
        if not siblings:
            return []
        adopted, sections = [], []
        for c in document:
            if c.position <= own[-1].position:
                continue
            if c.section.split(SECTION_SEP)[0] in siblings:
                break
            if c.section not in sections:
                sections.append(c.section)
            if len(sections) > MAX_SUMMARY_CHILDREN:
                break
            adopted.append(c)
        return adopted

    def _announced_sections(self, draft: Draft, last: Chunk, passages: Passages) -> None:
        """A section that ends by announcing what follows ("Region Norrbotten definierar
        hållbarhetsdimensionerna på följande sätt.") goes on in the sections after it that take up its
        words ("En miljömässigt hållbar verksamhet", "Socialt hållbar verksamhet" …): each heading with
        its first sentence, never the lead-in alone."""
        sentences = split_sentences(pre_text(last))
        if not sentences or sentences[-1].endswith(":") or not swedish.leads_in(sentences[-1]) \
                or not draft.repeats(sentences[-1]):  # (announced, and said)
            return
        words = {swedish.fold(w) for w in self.tokenize(f"{sentences[-1]} {heading_of(last)}")}
        following: dict[str, Chunk] = {}  # the next sections, each by its first chunk
        for other in sorted((c for c in passages.chunks if c.document == last.document and c.position > last.position
                             and c.section != last.section), key=lambda c: c.position):
            following.setdefault(other.section, other)
        # those that take up the announcing words ("Definition jämlik …" in between is not one of them)
        after = [first for first in list(following.values())[:MAX_SUMMARY_CHILDREN + 1]
                 if any(swedish.compound_match(w, t) or w == t for t in words
                        for w in (swedish.fold(x) for x in self.tokenize(heading_of(first))))][:MAX_SUMMARY_CHILDREN]
        for first in after:
            lead = split_sentences(pre_text(first))
            if lead:
                draft.say(lead[0], first, prefix=f"- {heading_of(first)}: ")

    def _summary(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """A document's outline (each heading with its lead sentence), a section's content, or what
        the documents say on a topic (one sentence per section that mentions it)."""
        topic = self.summary_topic(query, passages)
        documents = list(query.documents or query.named_documents)
        staff = self._staff_section(query, documents, passages)
        # (unless the question names a topic a section of its own is headed by: "Vad säger strategin om arbetsmiljö
        # och anställningsvillkor för oss medarbetare?" -> "Attraktiv och hållbar arbetsmiljö")
        own = self._headed_by_one_saying_other(query, hits, passages) or next(
            (c for c in passages.chunks if c.document in documents and c.section and topic
             and not topic <= set(self.tokenize(GENERIC_STAFF_TOPIC))
             # (or by its head: "… om arbetsmiljön för oss som jobbar?" -> "Attraktiv och hållbar arbetsmiljö")
             and (self._names_itself(topic, heading_of(c))
                  or self._heads(topic - set(self.tokenize(GENERIC_STAFF_TOPIC)), heading_of(c)))), None)
        if staff is not None and (own is None or own.section == staff.section):
            # "Vad säger strategin i korthet om vad nära vård innebär för oss medarbetare?"
            return self._to_staff(Draft(), staff, passages)
        if swedish.named_heading(query.reading):
            section = self.named_section(query, hits, passages)
            if section is not None:
                return self._section(Draft(), section, passages, summary=True)
        why = self._why_section(query, documents, passages)
        if why is not None:  # "Sammanfatta varför omställningen behövs enligt strategin" -> "Våra varför"
            return self._section(Draft(), why, passages, summary=True)
        # "Sammanfatta hur strategin vill flytta vården bort från sjukhusen": a staff phrase for the documents' word
        # that heads a section ("Öppnare vårdformer"): that section
        headed = self._headed_by_documents_word(query, passages, min_words=STAFF_PHRASE_WORDS, scope=set(documents))
        # (one half of two asked, each with its section, is not all that is asked: "… om lokala planer och uppföljning")
        pair_sections = self._sections_of_pair(query, hits, passages) if headed is not None else None  # (found once)
        if headed is not None and not pair_sections:
            return self._section(Draft(), headed, passages, summary=True)
        if documents and not topic:
            # "sammanfatta Jämtland Härjedalens målbild": the document is "Målbild och färdplan …", and
            # its section headed "MÅLBILD" is what is asked for; else the document's outline
            thing = swedish.fold(self.thing_asked(query, passages).lower())
            section = next((c for c in passages.chunks if thing and c.document == documents[0] and c.section
                            and swedish.fold(heading_of(c).lower()) == thing), None)
            if section is not None:
                return self._section(Draft(), section, passages, summary=True)
            return self._outline(Draft(), documents[0], passages)
        if not documents and topic <= set(self.tokenize("dokument dokumenten styrdokument styrdokumenten alla")):
            return self._overview(Draft(), passages)
        scope = set(documents) or {n for n, m in passages.metas.items() if not query.regions or m.region in query.regions}
        named = self._named_phrase_said(query, scope, passages)
        if named:  # "Vad säger planen om Min vård Norrbotten?": the sentences that say the name, not those that say "vård"
            # (nor the plan's section on nära vård, nor its outline)
            draft = Draft()
            placed = ""
            for unit in in_context(named[:MAX_TOPIC_SENTENCES], units_of([Hit(c, 0.0) for c in {u.chunk for u in named}])):
                if (heading := heading_of(unit.chunk)) and heading != placed:  # each section's place said once
                    draft.lines.append(f"Under ”{heading}” ({passages.title_of(unit.chunk)}):")
                    placed = heading
                draft.say(unit.text, unit.chunk)
            return draft
        if documents and topic and topic <= set(self.tokenize(NEAR_CARE)):
            # "vad säger nämndens verksamhetsplan om nära vård?": the plan, on much else too, has a section of its own
            # on it ("Omställningen till Nära vård"; `summary_topic` keeps the topic only then)
            section = self._headed_by_topic(topic, documents, passages)
            if section is not None:
                return self._section(Draft(), section, passages, summary=True)
        whole = self.named_document(query, passages) or self._presented_by(topic, documents, passages)
        if whole:
            return self._outline(Draft(), whole, passages)
        asked_topic = set(topic)
        topic = self._said_topic(topic, [c for c in passages.chunks if c.document in scope])
        if documents:  # "Hur beskriver Jämtland Härjedalen tillgänglighet?": the strategy "Ökad tillgänglighet", explained
            label = next((found for c in passages.chunks if c.document in documents for item in c.items
                          if topic and topic <= set(self.tokenize(item)) and len(item.split()) <= SHORT_ITEM_WORDS // 2
                          and (found := labelled_item(item, passages, query)) is not None), None)
            if label is not None:
                return self._explained_label(Draft(), *label)
        section = self.named_section(query, hits, passages, topic=topic, nearly=True) or \
            self._headed_by_one_saying_other(query, hits, passages)
        if section is None and documents and (listed := self._announced_list(topic, documents, passages)) is not None:
            # "Ge mig en översikt över nämndens inriktningar i verksamhetsplanen": "… har följande inriktningar
            # och uppdrag för 2025–2027." and its list
            return self._whole_list(Draft(), listed, passages)
        draft = Draft()
        # "handlingsplaner och uppföljning": each its own section ("Handlingsplaner", "Uppföljning"), not the one
        # headed by one half whose text only mentions the other
        whole_heading = section is not None and self._names_itself(asked_topic, heading_of(section))
        if not whole_heading and (pair := pair_sections if pair_sections is not None
                                  else self._sections_of_pair(query, hits, passages)):
            for each in pair:  # "Vad säger strategin om ledarskap och arbetsmiljö?": each has its section
                start = len(draft.lines)
                self._section(draft, each, passages, summary=True)
                if len(draft.lines) > start:
                    title = passages.title_of(each)
                    draft.lines.insert(start, f"Under ”{heading_of(each)}” ({title}):")
            return draft
        # (not of two things, one heading the section: "arbetsmiljö och att behålla personal")
        owner = swedish.topic_owner(swedish.summary_topic(query.reading)) if section is not None else ""
        # (not a body or a document that owns it: "nämndens uppdrag", "regionens arbete", "strategins målbild")
        narrowed = self._narrowed_in_section(section, set(self.tokenize(owner)) - self._every_region_term(passages)
                                             - set(self.tokenize(OWN_REGION_WORDS)), passages) \
            if owner and not self._pair_halves(query) and not swedish.names_body(owner) \
            and not swedish.names_only_documents(owner) else []
        for unit in narrowed:  # "… om barn och ungas psykiska hälsa": of "Psykisk hälsa", what it says of barn och unga
            draft.say(unit.text, unit.chunk)
        if section is not None and not narrowed:
            self._section(draft, section, passages, summary=True, topic=topic)
        # "… om digitala vårdkontakter och Min vård Norrbotten": what is said of either half counts (few sentences
        # name both); each half in its own words, less the region's
        # (a name as a whole: "Min vård Norrbotten", not its word "vård"; a half of only common words says nothing)
        common = passages.common_stems(self.tokenize, COMMON_WORD_SHARE)
        pair = self._pair_halves(query) if section is None else []
        # (only beside a name: "arbetsmiljö och att behålla personal" is one topic, said where both are)
        names = [h.lower() for h in pair if h[:1].isupper()]
        halves = [h for h in (set(self.tokenize(half)) & asked_topic for half in pair if not half[:1].isupper())
                  if h and h != topic and not h <= common] if names else []
        # an acronym asked about is also named by the words it stands for, wherever they stand ("SIP": "Samordnad
        # individuell planering" among Stärkt gemensam primärvård's examples, beside "… plan (SIP)")
        spelled = self._spelled_out(query, topic, scope, passages)
        names += spelled
        # (a process is said by what it makes: "digitalisering" by "digitala verktyg", "tekniska och digitala lösningar")
        made = [base for word in re.findall(r"\w+", swedish.summary_topic(query.reading))
                if (base := swedish.process_base(word))] if len(topic) == 1 else []
        names += made
        def on_topic(chunk: Chunk, text: str | None = None) -> bool:
            said = (text if text is not None else chunk.text).lower()
            return self._mentions(topic, chunk, text) or any(self._mentions(h, chunk, text) for h in halves) \
                or any(n in said for n in names)
        mentions = [Hit(c, 0.0) for c in passages.chunks if c.document in scope and on_topic(c)]
        near = [h for h in hits[:5] if h.chunk.document in scope]  # a named document bounds what is said
        pool = near + [h for h in mentions if h.chunk.id not in {x.chunk.id for x in near}]
        doing = swedish.asks_doing(query.reading)  # "… vad tandvården ska göra": what is to be done comes first
        early = (lambda text: (BONUS_EARLY_MENTION if self._mentions(topic, None, " ".join(text.split()[:EARLY_WORDS])) else 0.0)
                 + (BONUS_DOING if doing and swedish.says_doing(text) else 0.0))
        ranked = self._best(query, pool, qvec, passages, terms, limit=len(pool) * 8, margin=float("inf"), bonus=early,
                            by_score=True)
        best_of: dict[tuple[str, str], Unit] = {}  # each section's best sentence on the topic …
        # "patientkontrakt" is named as such in some passage: a sentence with only "patient" does not count
        naming = {u.text for u in ranked if self._names_whole(topic, u.text)
                  or any(n in u.text.lower() for n in spelled + made)
                  or (names and any(h and self._names_whole(h, u.text) for h in halves))} if len(topic) == 1 else set()
        whole = bool(naming)
        for unit in ranked:
            # (a bare label says nothing of the topic, unless it is one half of two asked together that no sentence
            # says: "om SIP och mobila team" – "Mobila team" among Öppnare vårdformer's examples)
            label = unit.text in unit.chunk.items and len(unit.text.split()) <= SHORT_ITEM_WORDS // 2 \
                and set(self.tokenize(unit.text)) <= topic | set(self.tokenize(heading_of(unit.chunk))) \
                and not (names and any(h and set(self.tokenize(unit.text)) >= h for h in halves))
            said = unit.text in naming if whole else on_topic(unit.chunk, unit.text)
            # a section headed by the topic ("Attraktiv och hållbar arbetsmiljö") is about it in every sentence
            # (a lead-in is said with its list: "… ställas om utifrån fyra riktningsförändringar:" and the four)
            lead_in = unit.chunk.items and unit.text in split_sentences(unit.chunk.list_intro)
            if (lead_in or not unit.text.endswith(":")) and not label and (said or self._heads(topic, heading_of(unit.chunk))):
                best_of.setdefault((unit.chunk.document, unit.chunk.section), unit)  # (a bare label of the topic says nothing)
        # … the sections in retrieval order (those saying what is to be done first, when that is asked)
        # (and, of those, the sections whose sentence is about the topic – named in its first words – before
        # those that name it in passing: "Folktandvård bedrivs vid 24 …" before "… primärvård, tandvård och …")
        chosen = sorted(best_of.values(), key=lambda u: (doing and not swedish.says_doing(u.text),
                                                         not self._about_topic(topic, u), u.rank, u.position))
        # "vad säger strategin om arbetsmiljö och att behålla personal": one section, headed by the topic
        # ("Attraktiv och hållbar arbetsmiljö"), is what the documents say of it: said as a section
        about = {(c.document, c.section): c for c in passages.chunks if c.document in scope and self._mentions(topic, c)}
        only = chosen[0].chunk if len(chosen) == 1 else next(iter(about.values())) if len(about) == 1 and not chosen else None
        # (headed by the topic as the documents say it or a word of it few passages use, not by a common word beside
        # it: "hur befolkningsutvecklingen påverkar vården" is "demografisk", which heads no "Utvecklingsområde
        # folkhälsa, sjukvård och tandvård")
        # (or opened by a sentence that names the whole topic of several words: "En god förmåga att attrahera,
        # rekrytera, kompetensutveckla och behålla medarbetare är …" opens "Attraktiv och hållbar arbetsmiljö")
        opened = only is not None and len(chosen) == 1 and len(topic) >= 2 and self._opens_section(chosen[0], passages) \
            and self._mentions(topic, None, chosen[0].text)
        # (or more is asked of it: "Säger nämndens verksamhetsplan något mer om den förflyttningen?" – the section)
        more = only is not None and len(chosen) == 1 and swedish.asks_more_of(query.reading)
        if section is None and only is not None and (opened or more or any(self._heads({t}, heading_of(only))
                                                                           for t in topic | (asked_topic - common))):
            return self._section(draft, only, passages, summary=True, topic=topic)
        # "Vad säger den länsgemensamma strategin om arbetsmiljö?": of the sections that say it, the one headed by it
        # ("Attraktiv och hållbar arbetsmiljö") is said whole, the others after it
        headed = [u for u in chosen if self._heads(topic, heading_of(u.chunk))] if section is None and not narrowed \
            else []
        if len(headed) == 1 and headed[0] is chosen[0] and is_short_leaf(headed[0].chunk, passages):
            section = headed[0].chunk
            self._section(draft, section, passages, summary=True, topic=topic)
        seen_sections = {(section.document, section.section)} if section is not None else set()
        if section is not None and len(set(self.tokenize(heading_of(section)))) >= NAMED_HEADING_WORDS \
                and self._names_itself(set(self.tokenize(heading_of(section))), query.reading) \
                and topic <= set(self.tokenize(heading_of(section))):
            # the question names the section's whole heading, and asks of nothing more ("… om viktiga förutsättningar
            # för omställningen i norrbottens strategi"): that section is what is asked, not other sections'
            # "förutsättningar" (but "psykisk hälsa och suicid" asks of suicid beside "Psykisk hälsa"; and a heading
            # of a topic's own words, "Psykisk hälsa", leaves what other sections say of it to say: "Stärka barn och
            # ungas psykiska hälsa" among the plan's priorities)
            chosen = []
        added = 0
        figures = swedish.asks_figures(query.reading)
        # (after a section said whole, the others only where they say its longest topic word itself: "Attraktiv och
        # hållbar arbetsmiljö" in the list of förutsättningar, not "… ska arbeta för …" by its compound part)
        longest = max(topic, key=len, default="") if section is not None else ""
        # (what else the documents take up, after a section said whole, from the asker's own region's documents when the
        # asker said where they work and the question names no region: an undersköterska in Pajala asking "vad säger
        # regionen om nationella minoriteter?" is not told of Västernorrland's råd för nationella minoriteter)
        home = {n for n, m in passages.metas.items() if m.region == query.asker_region} \
            if section is not None and query.asker_region and not query.regions and not documents else set()
        for unit in chosen:
            key = (unit.chunk.document, unit.chunk.section)
            if key in seen_sections or (len(longest) >= LONG_TOPIC_WORD and not swedish.mentions(unit.text, longest)):
                continue
            if home and unit.chunk.document not in home:
                continue
            if section is not None and (self._points_to_reading(unit) or (
                    unit.text in unit.chunk.items and swedish.lists_documents(heading_of(unit.chunk)))):
                continue  # (after a section said whole, a document's title in a list of documents is nothing it takes up)
            if unit.text.endswith(":") and unit.chunk.items and sum(draft.repeats(i) for i in unit.chunk.items) * 2 \
                    >= len(unit.chunk.items):
                continue  # a lead-in whose items were said above ("… utifrån fyra riktningsförändringar:" once more)
            seen_sections.add(key)
            heading = heading_of(unit.chunk)
            # a topic few sections name ("patientkontrakt"): what the section says of it, not one sentence
            # (or the first section, when it names the topic in several sentences: the place the documents treat it,
            # "Patientsäkerhet handlar om …", "Genom systematiskt patientsäkerhetsarbete förebyggs vårdskador …")
            # (a sentence that leans back, "Det gäller framför allt psykisk hälsa.", with the one it leans on)
            # (the first section naming the topic twice says both: "Även tandvården behöver inkluderas i samverkan …"
            # and, three sentences on, "Även folktandvårdens chefer behöver ingå i relevanta samverkansforum …")
            group = self._on_topic(unit, topic, whole, passages, on_topic) if section is None and (
                len(chosen) <= FEW_TOPIC_SECTIONS or (unit is chosen[0] and self._treats(
                    unit, topic, whole, passages, TREATED_FIRST_TOPIC_SENTENCES))) \
                else self._run_on_topic(unit, topic, whole, on_topic)
            line = None
            for part in group:
                if line is None:
                    if draft.say(part.text, part.chunk, prefix=f"- {heading}: " if heading else "- "):
                        added += 1
                        line = len(draft.lines) - 1
                elif draft.fresh(part.text):
                    draft.lines[line] += f" {part.text} [{draft.cite(part.chunk, part.text)}]"
            if line is not None and figures and not any(swedish.says_figure(part.text) for part in group):
                # ("… hur positiva norrbottningarna är, finns det siffror?": the figures the sentence goes on to)
                after = sentence_after(group[-1], units_of([Hit(group[-1].chunk, 0.0)]))
                if after is not None and swedish.says_figure(after.text) and draft.fresh(after.text):
                    draft.lines[line] += f" {after.text} [{draft.cite(after.chunk, after.text)}]"
            parts = passages.section_chunks(unit.chunk.document, unit.chunk.section) if line is not None else []
            work = work_list(parts)
            if work is not None and added == 1 and swedish.asks_work(query.reading):
                # ("Vad säger strategin om barnhälsovården, vad ska vi jobba med?": the first section's list of what to
                # work with, whole, after what it says of the topic)
                self._whole_list(draft, work, passages)
            elif work is not None and not any(part.text in part.chunk.items for part in group):
                # (and the section's examples to work with that name the topic: "Hälsosamma levnadsvanor" after what
                # "Hälsofrämjande och förebyggande insatser" says of levnadsvanor)
                # (or the asker's workplace: "Familjecentral" for a kurator at the familjecentral asking of barn och unga)
                listed = [(c, i) for c in parts if c.items and swedish.is_work_list(c.list_intro)
                          for i in c.items if (self._mentions(topic, None, i)
                                               or any(swedish.names_workplace(i, w) for w in query.workplace))
                          and draft.fresh(i)][:EXAMPLES_ON_TOPIC]
                if listed:
                    cited = ", ".join(dict.fromkeys(str(draft.cite(c, i)) for c, i in listed))
                    draft.lines[line] += f" {EXAMPLES_ON_TOPIC_LEAD} {'; '.join(i for _, i in listed)} [{cited}]"
            if added >= (TOPIC_SECTIONS if section is None else ALSO_TOPIC_SECTIONS):
                break
        halves_asked = pair if added and section is None and not names else []  # (`pair`: the halves, section being None)
        if halves_asked and any(not self._mentions(set(self.tokenize(h)), None, draft.text()) for h in halves_asked) \
                and (each := self._each_half(query, hits, qvec, passages, terms)).lines \
                and all(self._mentions(set(self.tokenize(h)), None, each.text()) for h in halves_asked):
            # "Vad säger verksamhetsplanen om sköra äldre och öppna vårdformer?": what was said names one half only
            # (the item on sköra äldre); each half on its own, "Öppna vårdformer" from its own section
            return each
        if added and section is None:
            draft.lines.insert(0, TOPIC_LEAD)
        elif added:
            draft.lines.insert(len(draft.lines) - added, ALSO_LEAD)
        # (or, when nothing is said of "X och Y" as one topic, what is said of each: "Vad skriver nämnden om beredskap och
        # säkerhet?" – "… förändrat säkerhetsläge …" beside beredskap is no answer of both)
        return draft if draft.lines else self._each_half(query, hits, qvec, passages, terms)

    def _each_half(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """A summary of "X och Y" as what is said of each half, each under its own lead (at most HALF_TOPIC_SECTIONS
        sections each); an empty draft when the topic is no such pair."""
        draft = Draft()
        halves, phrase = self._pair_halves(query), swedish.summary_topic(query.reading)
        # (not one thing of two owners: "bemötande av hbtqi-personer och nationella minoriteter")
        if not halves or not phrase or phrase not in query.reading or \
                re.search(r"\s(?:av|för|med|till|hos|bland|mot)\s", f" {halves[0]} ", re.I):
            return draft
        for half in halves:
            asked = query.reading.replace(phrase, half, 1)
            said = self._summary(replace(query, text=asked, reading=asked, search=asked), hits, qvec, passages, terms)
            said.lines = [line for line in said.lines if line != TOPIC_LEAD][:HALF_TOPIC_SECTIONS]
            if not said.lines:
                # (a half no sentence says, named only as a list label: "samordnad individuell plan o mobila team" –
                # "Mobila team" among Öppnare vårdformer's examples, where it is listed)
                words = set(self.tokenize(half))
                for chunk, item in [(c, i) for c in passages.chunks for i in c.items
                                    if len(i.split()) <= SHORT_ITEM_WORDS // 2 and words
                                    and words <= set(self.tokenize(i)) and self._names_whole(words, i)][:HALF_TOPIC_SECTIONS]:
                    said.say(item_in_context(item, chunk), chunk)
            if said.lines:
                draft.lines.append(HALF_LEAD.format(half=half))
                self._append(draft, said)
        return draft

    def _narrowed_in_section(self, section: Chunk, topic: set[str], passages: Passages) -> list[Unit]:
        """A summary's section on a topic narrowed to whose it is ("Psykisk hälsa" for "barn och ungas psykiska
        hälsa"): the section's sentences that name them, by words few passages use, when some but not all do;
        else []."""
        narrower = topic - set(self.tokenize(heading_of(section))) - passages.common_stems(self.tokenize, COMMON_WORD_SHARE)
        if not narrower:
            return []
        parts = passages.section_chunks(section.document, section.section)
        units = [u for u in units_of([Hit(c, 0.0) for c in parts if c.section == section.section]) if not u.text.endswith(":")]
        # (in any word of them: "unga" as "yngre", "speciellt bland yngre kvinnor")
        named = [u for u in units if self._mentions(narrower, u.chunk, u.text) or any(
            swedish.mentions(u.text, other) for word in narrower for other in swedish.with_comparative(word)[1:])]
        return named[:MAX_SUMMARY_LEADS] if 0 < len(named) < len(units) else []

    @staticmethod
    def _named_plan_told(draft: Draft, line: str, chunk: Chunk, passages: Passages) -> None:
        """A thing said to be a named other thing ("Vår gemensamma färdplan för omställningen är ”Gemensam plan för
        primärvårdsnivån i Jämtland Härjedalen”"): what the document's other lines say of that name, by its first two
        words ("2021 fattade SVOM beslut om framtagande av ”Gemensam plan” …", "Sammanställs till en gemensam plan för
        länet"), after it."""
        name = re.search(r"[”\"]([^”\"]{6,})[”\"]", line)
        words = re.findall(r"\w+", name.group(1).lower())[:2] if name else []
        if len(words) < 2:
            return
        said_name = re.compile(r"\b" + r"\s+".join(map(re.escape, words)) + r"\b", re.I)
        units = units_of([Hit(c, 0.0) for c in passages.chunks if c.document == chunk.document and c.id != chunk.id])
        told: list[Unit] = []
        for i, unit in enumerate(units):
            if said_name.search(unit.text) and not unit.text.endswith("?"):
                # (a line that opens on a passive verb goes on from the one before: "Lokala samverkansarenor har fått
                # i uppdrag att ta fram lokala samverkansplaner …" – "Sammanställs till en gemensam plan för länet")
                if i and re.match(r"[A-ZÅÄÖ][a-zåäö]{4,}s\b", unit.text) and units[i - 1] not in told:
                    told.append(units[i - 1])
                told.append(unit)
        told = told[:NAMED_PLAN_LINES + 1]
        if told:
            draft.lines.append(NAMED_PLAN_LEAD.format(name=name.group(1).split(" för ")[0]))
            for unit in told:
                draft.say(f"- {unit.text}", unit.chunk)

    @staticmethod
    def _named_phrase_said(query: Query, scope: set[str], passages: Passages) -> list[Unit]:
        """The sentences of the scope's documents that say a name of several words the question names as the
        documents spell it ("Min vård Norrbotten"), in document order; [] when none does."""
        # (or typed in lower case: "vilka funktioner har min vård norrbotten idag?")
        for phrase in swedish.name_phrases(query.reading) or [
                n for n in passages.spelled_names() if re.search(rf"\b{re.escape(n.lower())}\b", query.reading.lower())]:
            if len(phrase.split()) < 2 or any(c.document in scope and swedish.says_phrase(c.section, phrase)
                                              for c in passages.chunks):
                continue  # ("Vad står det under Stärkt gemensam primärvård …?": a heading, its section answers)
            units = [u for u in units_of([Hit(c, 0.0) for c in passages.saying_phrase(phrase, scope)])
                     if swedish.says_phrase(u.text, phrase)]
            if units:
                return units
        return []

    def _presented_by(self, topic: set[str], documents: Sequence[str], passages: Passages) -> str:
        """The named document whose opening says it presents the topic, or "": "Här presenteras hur
        Västernorrland tog fram sin målbild …" makes a summary of how the målbild was made the article's
        outline (how it was made, who decided, what it came to), not the sentences that say "tagits fram"."""
        for name in documents:
            opening = next((c for c in passages.chunks if c.document == name), None)
            if opening is not None and topic and any(swedish.presents(s) and self._mentions(topic, None, s)
                                                     for s in split_sentences(opening.text)):
                return name
        return ""

    def _with_what_is_not(self, draft: Draft, hits: Sequence[Hit], terms: set[str]) -> None:
        """"vad ansvarar den för resp inte för?": after what is so, the first sentence of the top passages that
        says what is not ("Nämnden ansvarar inte för Beställning Vårdval primärvård."), unless said already."""
        said_not = next((u for u in units_of(hits[:WHAT_NOT_PASSAGES]) if swedish.negated(u.text)
                         and self._overlap(terms, u.text) > 0 and not draft.repeats(u.text)), None)
        if said_not is not None:
            draft.say(said_not.text, said_not.chunk)

    @staticmethod
    def _opens_section(unit: Unit, passages: Passages) -> bool:
        """Whether a sentence is the first of its section."""
        first = units_of([Hit(c, 0.0) for c in passages.section_chunks(unit.chunk.document, unit.chunk.section)][:1])
        return bool(first) and first[0].text == unit.text

    def _about_topic(self, topic: set[str], unit: Unit) -> bool:
        """Whether a sentence is about the topic: names it in its first words (a heading that names it among
        other things, "Mål för hälso- och sjukvårdsnämnden samt tandvården", does not make it so)."""
        return self._mentions(topic, None, " ".join(unit.text.split()[:EARLY_WORDS]))

    def _announced_list(self, topic: set[str], documents: Sequence[str], passages: Passages) -> Chunk | None:
        """The list in the named documents whose lead-in announces the one topic word ("följande
        inriktningar"), or None."""
        if len(topic) != 1:
            return None
        word = next(iter(topic))
        return next((c for c in passages.chunks if c.document in documents and c.items and c.list_intro
                     and re.search(rf"\bföljande\s+(?:\w+\s+)?{re.escape(word)}", c.list_intro.lower())), None)

    def _pair_halves(self, query: Query) -> list[str]:
        """The two halves of a summary's topic "X och Y", each at most PAIR_HALF_WORDS words, or []."""
        topic = swedish.summary_topic(query.reading)
        if swedish.owners_of_one(topic):
            return []  # "barn och ungas psykiska hälsa" is one thing
        halves = re.split(r"\s+(?:och|samt|&)\s+", topic)
        return halves if len(halves) == 2 and all(1 <= len(h.split()) <= PAIR_HALF_WORDS for h in halves) else []

    def _headed_by_one_saying_other(self, query: Query, hits: Sequence[Hit], passages: Passages) -> Chunk | None:
        """For "X och Y", the section headed by one of them whose text says the other ("arbetsmiljö och
        anställningsvillkor": "Attraktiv och hållbar arbetsmiljö", which speaks of anställningsvillkor), or None."""
        pair = self._pair_halves(query)
        if len(pair) != 2:
            return None
        scope = set(query.documents or query.named_documents) or set(passages.metas)
        for one, other in (pair, pair[::-1]):
            headed, said = set(self.tokenize(one)), set(self.tokenize(other))
            for chunk in passages.chunks:
                if chunk.document in scope and chunk.section and headed and said \
                        and self._names_itself(headed, heading_of(chunk)) \
                        and any(self._mentions(said, c) for c in passages.section_chunks(chunk.document, chunk.section)):
                    return chunk
        return None

    def _sections_of_pair(self, query: Query, hits: Sequence[Hit], passages: Passages) -> list[Chunk]:
        """The two sections a summary of "X och Y" asks about when each has a section of its own and
        no section is about both ("ledarskap och arbetsmiljö": "Modigt ledarskap", "Attraktiv och hållbar
        arbetsmiljö"); [] otherwise."""
        halves = self._pair_halves(query)
        if not halves:
            return []
        documents = set(query.documents or query.named_documents) or {h.chunk.document for h in hits[:5]}
        found = []
        for half in halves:
            topic = set(self.tokenize(half))
            # a heading that names the half, or ends on it ("Attraktiv och hållbar arbetsmiljö")
            # (or by its head noun, when its words together head none: "lokala planer" -> "Handlingsplaner")
            head = set(self.tokenize(half.split()[-1])) if len(half.split()) > 1 else set()
            found.append(self.named_section(query, hits, passages, topic=topic, nearly=True) or next(
                (c for c in passages.chunks if c.document in documents and c.section and self._heads(topic, heading_of(c))),
                None) or next((c for c in passages.chunks if head and c.document in documents and c.section
                               and self._heads(head, heading_of(c))), None))
        if any(f is None for f in found) or found[0].section == found[1].section:
            return []
        return found

    def _treats(self, unit: Unit, topic: set[str], whole: bool, passages: Passages,
                at_least: int = TREATED_TOPIC_SENTENCES) -> bool:
        """Whether the unit's section names the topic in at least `at_least` of its sentences."""
        units = units_of([Hit(c, 0.0) for c in passages.section_chunks(unit.chunk.document, unit.chunk.section)])
        return sum(self._names_topic(topic, whole, u) for u in units) >= at_least

    def _names_topic(self, topic: set[str], whole: bool, unit: Unit, said: Callable[[Chunk, str], bool] | None = None) -> bool:
        """Whether a sentence names the topic: whole (`whole`), by `said` when given, else as `_mentions` reads it."""
        if whole:
            return self._names_whole(topic, unit.text)
        return said(unit.chunk, unit.text) if said is not None else self._mentions(topic, unit.chunk, unit.text)

    def _run_on_topic(self, unit: Unit, topic: set[str], whole: bool, said: Callable[[Chunk, str], bool]) -> list[Unit]:
        """The unit in its context, and the sentence right after it when that names the topic too ("Nya läkemedel
        införs …" goes on "Läkemedel används och hanteras rätt … läkemedelsbehandling, …")."""
        units = units_of([Hit(unit.chunk, 0.0)])
        context = in_context([unit], units)
        # (two sentences, the unit among them: "Det gör du bland annat …" + "Du gör det också …", not the two before it)
        at = next((i for i, u in enumerate(context) if u is unit), 0)
        start = max(0, at - 1)
        # (and the one those lean on: "En viktig del kommer att handla om att möjliggöra för den enskilde att vara en
        # resurs …" before "Det gör du bland annat …", whose "Det" is nothing without it)
        start -= 1 if start and start < at and swedish.leans_back(context[start].text, strongly=True) else 0
        group = context[start:at + 1]
        after = sentence_after(unit, units)
        # (or the rest of a section of two sentences: "Region Norrbotten har skyldighet att uppfylla barnets rättigheter.")
        short = len([u for u in units if u.text not in u.chunk.items]) <= WHOLE_TOPIC_SECTION_SENTENCES
        if after is not None and after not in group and not after.text.endswith(":") \
                and (short or self._names_topic(topic, whole, after, said)):
            group.append(after)
        return group

    def _on_topic(self, unit: Unit, topic: set[str], whole: bool, passages: Passages,
                  said: Callable[[Chunk, str], bool] | None = None) -> list[Unit]:
        """The sentences of the unit's section that name the topic (or, with `said`, say of it) (with the
        sentence each leans on or that goes on from it), in document order: the unit and at most
        TOPIC_PASSAGE_SENTENCES others."""
        units = units_of([Hit(c, 0.0) for c in passages.section_chunks(unit.chunk.document, unit.chunk.section)])
        sentences = [u for u in units if u.text not in u.chunk.items and not u.text.endswith(":")]
        # (a section of two sentences is on its topic whole: "Barns rättigheter" – the convention, then "Region Norrbotten
        # har skyldighet att uppfylla barnets rättigheter.")
        short = len(sentences) <= WHOLE_TOPIC_SECTION_SENTENCES and any(u.text == unit.text for u in sentences)
        naming = [u for u in sentences if u.text != unit.text and (short or self._names_topic(topic, whole, u, said))]
        group = in_context([unit, *naming[:TOPIC_PASSAGE_SENTENCES]], units)
        order = {(u.chunk.id, u.position): i for i, u in enumerate(units)}
        # (and a sentence between two it says, in the same passage: "… till följd av suicid …", "Av de som vårdas på
        # sjukhus för självmordsförsök …", "Riskfaktorer för suicid …" – one account, not two with a hole in it)
        at = {order.get((u.chunk.id, u.position)) for u in group}
        group += [u for i, u in enumerate(units) if i not in at and i - 1 in at and i + 1 in at
                  and units[i - 1].chunk.id == u.chunk.id == units[i + 1].chunk.id]
        return sorted((u for u in group if u is unit or (u.text not in u.chunk.items and not u.text.endswith(":"))),
                      key=lambda u: order.get((u.chunk.id, u.position), -1))

    def _staff_section(self, query: Query, documents: Sequence[str], passages: Passages) -> Chunk | None:
        """For a summary asked from a role ("… för oss medarbetare"), the named documents' section written
        to staff ("Nära vård för dig som medarbetare"), if they have one."""
        if not query.role or query.follow_up or not documents:
            return None
        return self._written_to_staff(set(self.tokenize(swedish.role_topic(query.role))), documents, passages)

    def _staff_after_topic(self, draft: Draft, query: Query, document: str, passages: Passages) -> None:
        """After what the documents say of a topic, said as such to a role: what the topic's document says to all staff
        ("Nära vård för dig som medarbetare"); for a document that writes nothing to staff, what another's section to
        staff says on the same thing (egenmonitorering's "digital infrastruktur" -> "Digitala verktyg … en naturlig del
        i ditt arbete"; sköra äldre's "samarbete över …"); for a leader, what the documents say to leaders."""
        if query.role in swedish.ROLE_TOPICS:
            self._to_leaders(draft, query, passages)
            return
        staff = self._written_to_staff(set(self.tokenize(swedish.role_topic(query.role))), {document}, passages)
        if staff is not None:
            draft.lines.append(WRITTEN_TO_ROLE_LEAD.format(role="medarbetare", heading=heading_of(staff), title=staff.title))
            self._to_staff(draft, staff, passages)
        else:
            self._said_to_staff_elsewhere(draft, query, passages, sharing=True)

    def _to_leaders(self, draft: Draft, query: Query, passages: Passages) -> None:
        """For a leader asking what a thing means for them, whose answer said what the documents say of the thing: what
        they say to leaders, after it ("vad är ett patientkontrakt?" + "… för mig som teamledare i hemtjänsten?" ->
        "Modigt ledarskap"), unless that section was quoted already."""
        if query.role not in swedish.ROLE_TOPICS:
            return
        role_words = set(self.tokenize(swedish.role_topic(query.role)))
        lead = self._written_to_staff(role_words, self._asked_scope(query, passages) or set(passages.metas), passages)
        if lead is not None and not any(c.document == lead.document and c.section == lead.section for c in draft.cited):
            draft.lines.append(WRITTEN_TO_ROLE_LEAD.format(role=query.role, heading=heading_of(lead), title=lead.title))
            self._to_staff(draft, lead, passages)

    def _carried_out_for_manager(self, draft: Draft, query: Query, passages: Passages) -> None:
        """For a manager in documents that say nothing to leaders, how the documents say the work is carried out
        in the line organisation ("Det implementeras i linjens mål och verksamhetsplaner", "… fått i uppdrag att ta
        fram lokala samverkansplaner …"): what falls to the one who runs a unit, after what is said of the topic."""
        if query.role not in swedish.ROLE_TOPICS:
            return
        scope = self._asked_scope(query, passages) or {c.document for c in draft.cited}
        said = " ".join(draft.lines)
        units = [u for u in units_of([Hit(c, 0.0) for c in passages.chunks if c.document in scope])
                 if swedish.carried_out_in_line(u.text) and u.text not in said and not u.text.endswith(("?", ":"))]
        if units:
            draft.lines.append(IN_THE_LINE_LEAD)
            for unit in units[:MAX_WORKPLACE_SENTENCES]:
                draft.say(unit.text, unit.chunk, prefix=f"- {heading_of(unit.chunk)}: " if heading_of(unit.chunk) else "- ")

    def _staff_lines_on_topic(self, draft: Draft, query: Query, sections: Sequence[Chunk], passages: Passages) -> None:
        """A role follow-up on a topic whose sections say nothing to staff ("… vad verksamhetsplanen säger om
        digitalisering?" + "och vad betyder det för mig?"): the lines of a section written to staff that name the topic
        ("Digitala verktyg och vårdformer kommer att vara en naturlig del i ditt arbete."), then what the topic's own
        section says of it, said as such; nothing when no such line names it."""
        # (a topic the earlier question asked of by name, "… säger om digitalisering?", not the change as a whole)
        said = swedish.summary_topic(role_anchor(query))
        topic = self._anchor_word(said) - set(self.tokenize(GENERIC_STAFF_TOPIC)) if said else set()
        role_words = set(self.tokenize(swedish.ROLE_TOPIC))
        staff = {c.section: c for c in passages.chunks if c.section and role_words & set(self.tokenize(heading_of(c)))
                 and swedish.speaks_to_staff(c.text)}
        # (the topic by its stem's start: "digitalisering" is named by "Digitala verktyg")
        stems = {t[:MIN_STEM_LETTERS] for t in topic if len(t) >= MIN_STEM_LETTERS}
        lines = [u for c in staff.values() for u in units_of([Hit(c, 0.0)]) if not u.text.endswith(":")
                 and any(w[:MIN_STEM_LETTERS] in stems for w in self.tokenize(u.text))]
        if not lines:
            return
        draft.lines.append(WRITTEN_TO_ROLE_LEAD.format(role="medarbetare", heading=heading_of(lines[0].chunk),
                                                       title=passages.title_of(lines[0].chunk)))
        for unit in lines:
            draft.say(unit.text, unit.chunk)
        own = [u for u in units_of([Hit(c, 0.0) for c in passages.section_chunks(sections[0].document, sections[0].section)])
               if not u.text.endswith(":") and u.text not in u.chunk.items][:MAX_ROLE_TOPIC_SENTENCES]
        if own:
            draft.lines.append(TOPIC_SECTION_LEAD.format(heading=heading_of(own[0].chunk), title=passages.title_of(own[0].chunk)))
            for unit in own:
                draft.say(unit.text, unit.chunk)

    def _region_says_topic(self, query: Query, staff_words: set[str], passages: Passages) -> list[Unit]:
        """The lines of the asked region's documents (or the asker's region's, when the thread's was let go because
        they never speak to staff) that say every word of the question's own topic, when those documents have no
        section written to staff ([] otherwise)."""
        own = set(self.tokenize(query.own_topic))
        regions = set(query.regions or ((query.asker_region,) if query.asker_region else ()))
        documents = {d for d, m in passages.metas.items() if m.region in regions}
        if not own or not documents or self._written_to_staff(staff_words, documents, passages) is not None:
            return []
        units = units_of([Hit(c, 0.0) for c in passages.chunks if c.document in documents])
        # (of the topic, the words the region's documents say at all: "kontinuitet", not what the asker does, "åker")
        said = set().union(*(set(self.tokenize(u.text)) for u in units)) if units else set()
        own = own & said if 2 * len(own & said) >= len(own) else own
        return [u for u in units if own <= set(self.tokenize(u.text)) and not u.text.endswith(":")][:MAX_ROLE_TOPIC_SENTENCES]

    def _written_to_staff(self, role_words: set[str], documents, passages: Passages) -> Chunk | None:
        """The first section of the documents whose heading speaks to the role ("… för dig som medarbetare")."""
        return next((c for c in passages.chunks if c.document in documents and c.section
                     and role_words & set(self.tokenize(heading_of(c)))), None)

    def _said_topic(self, topic: set[str], chunks: Sequence[Chunk]) -> set[str]:
        """The topic as the documents say it: while no passage names every topic word, the word most
        passages name is dropped ("hälsofrämjande arbete" -> "hälsofrämjande")."""
        topic = set(topic)
        while len(topic) > 1 and not any(self._mentions(topic, c) for c in chunks):
            topic.discard(max(sorted(topic), key=lambda t: sum(self._mentions({t}, c) for c in chunks)))
        return topic

    @staticmethod
    def _why_section(query: Query, documents: Sequence[str], passages: Passages) -> Chunk | None:
        """For a "varför" question about a named document, its section headed with "varför", if any."""
        if not documents or not re.search(r"\b(varför|why)\b", query.reading, re.I):
            return None
        return next((c for c in passages.chunks if c.document in documents and c.section
                     and swedish.why_heading_order(heading_of(c)) == 0 and not heading_of(c).endswith("?")), None)

    def summary_topic(self, query: Query, passages: Passages) -> set[str]:
        """What a summary is about, less the words that name the documents summarised ("planen");
        a staff word the documents never use is read as the documents' word ("stafettläkare")."""
        topic = self._topic_terms(query, passages)
        if passages.synonyms:
            said = swedish.summary_topic(query.reading) or query.reading
            # (a word no passage says itself, whose head alone some passage says: "hemsjukvård" is not "sjukvård")
            unheard = {w for w in topic if not any(self._names_itself({w}, f"{c.section} {c.text}") for c in passages.chunks)}
            added = passages.synonyms.added(said)
            # (or heard only inside a longer word, where the documents' word for it is said more: "självmord" only in
            # "självmordsförsök", "suicid" in five passages)
            # each word's own: "vårdplatser" -> "slutenvård", not "filialer" that "glesbygd" beside it adds
            own = {w: passages.synonyms.added(" ".join(x for x in re.findall(r"[\w-]+", said) if w in self.tokenize(x)))
                   for w in topic}
            unheard |= {w for w in topic - unheard if own[w] and not any(
                swedish.fold(w) in self._chunk_words(c) for c in passages.chunks)
                and passages.passages_saying(w) < passages.passages_saying(own[w][0])}
            if unheard and added:
                topic = (topic - unheard) | {t for w in unheard for t in self.tokenize((own[w] or added)[0])}
            # a staff phrase of several words stands for the documents' word, its words heard or not ("att vården ska
            # vara lätt att nå" -> tillgänglig)
            phrased = {t for key in passages.synonyms.staff_phrases(said) if len(key) >= 2 for t in self.tokenize(" ".join(key))}
            weighed = [w for w, n in passages.synonyms.added_weighed(said).items() if n >= 2]
            if phrased & topic and weighed:
                topic = (topic - phrased) | set(self.tokenize(weighed[0]))
            keys = passages.synonyms.staff_phrases(said)
            if keys and added and all(not set(self.tokenize(" ".join(k))) & topic for k in keys):
                # staff words that are asking words only: "Hur är hälso- och sjukvården uppbyggd?" asks of its "struktur"
                topic |= set(self.tokenize(added[0]))
            # whom the topic is for, in staff words only: the documents' first word for them ("vårdens ansvar för dom
            # som blir slagna" -> våld: "Vården har ett tydligt ansvar att upptäcka … patienter som är utsatta för våld")
            qualifier = swedish.topic_qualifier(query.reading)
            for_whom = passages.synonyms.added(qualifier) if qualifier and not set(self.tokenize(qualifier)) & topic else []
            if for_whom and not any(swedish.fold(t) in self._chunk_words(c) for c in passages.chunks
                                    for t in self.tokenize(swedish.content_words(qualifier)) if len(t) >= MIN_HEADED_LETTERS):
                topic |= set(self.tokenize(for_whom[0])[:1])
        documents = list(query.documents or query.named_documents)
        if documents:
            # (nor the kommuner among its publishers: "Vad står det om kommunerna i strategin?" asks of them, though
            # "Region Norrbotten och länets kommuner" publish it; "SKR-exemplet" still names SKR's lärande exempel)
            # (but "den gemensamma målbilden som region och kommuner har" names the målbild by its publishers)
            asked_of_them = bool(ASKED_OF_KOMMUNER.search(query.reading))
            said = " ".join(f"{m.title} {m.kind} {PUBLISHING_KOMMUNER.sub(' ', m.publisher) if asked_of_them else m.publisher}"
                            for d in documents if (m := passages.metas.get(d)))
            about = set(self.tokenize(said))
            # (a title word names the topic word, not a compound's first part: "hälso" is no "hälsofrämjande")
            topic = {t for t in topic if not self._names_by_words(about, t)}
            # (a staff compound ending on the document's kind names the document: "länsstrategin")
            kinds = {swedish.fold(m.kind.split()[0].lower()) for d in documents if (m := passages.metas.get(d)) and m.kind}
            topic = {t for t in topic if not any(len(k) >= MIN_STEM_LETTERS and any(
                swedish.fold(t)[:len(t) - cut].endswith(k) for cut in range(INFLECTION_LETTERS + 1)) for k in kinds)}
            # (a word that only qualifies the document named after it: "Norrbottens övergripande strategi",
            # "the Norrbotten joint strategy": an adjective by its ending)
            qualifying = {w for m in re.finditer(r"(\w+)\s+(?=(\w+))", query.reading)
                          if set(self.tokenize(m.group(2))) & about and swedish.adjective_like(m.group(1))
                          for w in self.tokenize(m.group(1))}
            topic -= qualifying
            # (the word the question names a document by: "plan" of "enligt nämndens plan")
            topic = (topic - {t for w in swedish.document_words(query.reading) for t in self.tokenize(w)}) or topic
        # (a common owner in the genitive before the thing: "vårdens miljöpåverkan" is about the miljöpåverkan)
        owners = {t for m in re.finditer(r"\b(\w{3,}s)\s+(\w{4,})\b", query.reading)
                  if passages.passages_saying(m.group(1)) >= COMMON_OWNER_SHARE * len(passages.chunks)
                  and set(self.tokenize(m.group(2))) & topic for t in self.tokenize(m.group(1))}
        topic = (topic - owners) or topic
        if all(swedish.fold(t) in swedish.HEADING_QUALIFIERS for t in topic):
            return set()  # "Jämtland Härjedalens gemensamma målbild": "gemensamma" alone is no topic
        if documents and topic <= set(self.tokenize(NEAR_CARE)) and self._headed_by_topic(topic, documents, passages) is None:
            # "… norrbottens målbild för nära vård": every document here is about nära vård (but nämndens plan, on
            # much else, has a section of its own on it: "Omställningen till Nära vård")
            return set()
        return topic

    def _headed_by_topic(self, topic: set[str], documents: Sequence[str], passages: Passages) -> Chunk | None:
        """The first passage of the documents whose own heading says every word of the topic, or None."""
        return next((c for c in passages.chunks if c.document in documents and c.section
                     and topic <= set(self.tokenize(heading_of(c)))), None)

    def _words_of(self, chunk: Chunk) -> frozenset[str]:
        return frozenset(swedish.fold(w) for w in self.tokenize(f"{chunk.section} {chunk.text}"))

    def _heads(self, topic: set[str], heading: str) -> bool:
        """Whether a heading names every topic word as a word of its own or a compound's head
        ("arbetsmiljö" in "Attraktiv och hållbar arbetsmiljö"; not "arbetet")."""
        words = [swedish.fold(w) for w in self.tokenize(heading)]
        # (a topic word in an inflection the stemmer keeps names the heading's word too: "arbetsmiljön", "arbetsmiljö")
        return bool(topic) and all(any(w == t or w.endswith(t) or swedish.negates(t, w)
                                       or (len(w) >= MIN_STEM_LETTERS and t.startswith(w) and len(t) - len(w) <= 2)
                                       for w in words)
                                   for t in (swedish.fold(x) for x in topic))

    @staticmethod
    def _names_topic_word(word: str, term: str) -> bool:
        """Whether a title word names a topic word: the same, a compound around it ("målbildsarbete"), or
        it less a short ending ("målbild" for "målbilder"), a compound it ends as less its inflection
        ("webbartikel" for "artikeln"), or it with its last e dropped ("exempel" for "exemplet"), not a compound's
        first part ("hälso")."""
        return word == term or (len(word) >= len(term) - WHOLE_WORD_ENDING and swedish.compound_match(term, word)) \
            or any(word.endswith(term[:k]) for k in range(max(5, len(term) - INFLECTION_LETTERS), len(term))) \
            or swedish.drops_its_e(word, term)

    def _names_by_words(self, about: set[str], term: str) -> bool:
        """Whether a document's title or kind words name a topic word: one of them does, or two joined
        ("målbildsbroschyren": "målbild" + "broschyr")."""
        return any(self._names_topic_word(w, term) for w in about) or \
            _compound_of(swedish.fold(term), {swedish.fold(w) for w in about})

    @staticmethod
    def _spelled_out(query: Query, topic: set[str], scope: set[str], passages: Passages) -> list[str]:
        """The words an acronym of the topic stands for, lower-case, as a passage of the documents in scope spells
        it out ("sip" -> "samordnad individuell plan"); [] when the topic names no acronym or none is spelled out."""
        spelled: set[str] = set()
        for acronym in (a for a in swedish.acronyms(query.reading) if swedish.fold(a.lower()) in topic):
            for chunk in passages.chunks:
                if chunk.document in scope and f"({acronym})" in chunk.text:
                    line = chunk.text.split(f"({acronym})")[0].split("\n")[-1]  # (the line that spells it out)
                    if expansion := expand_acronym(acronym, f"{line}({acronym})"):
                        spelled.add(expansion.lower())
        return sorted(spelled)

    def _names_whole(self, topic: set[str], text: str) -> bool:
        """Whether a sentence names every topic word whole: as a word, inside a longer compound
        ("patientkontraktet") or less a short ending ("tillgänglig"), not by a compound's first part ("patient")."""
        words = {swedish.fold(w) for w in self.tokenize(text)}
        joined = swedish.joined_words(words)

        def named(t: str) -> bool:  # a word, a compound around it, or it less a short ending ("tillgänglig")
            return t in words or swedish.compound_around(t, joined) or \
                any(t[:k] in words and swedish.short_ending(t[k:]) for k in range(max(5, len(t) - WHOLE_WORD_ENDING), len(t)))
        return bool(topic) and all(named(swedish.fold(x)) for x in topic)

    def _mentions(self, topic: set[str], chunk: Chunk, text: str | None = None) -> bool:
        """Whether a passage (or one of its sentences) names every topic word (compounds count)."""
        words, joined = (self._chunk_words(chunk), self._chunk_joined(chunk)) if text is None else self._text_words(text)
        folded = [swedish.fold(t) for t in topic]
        return bool(folded) and all(t in words or swedish.compound_in(t, words, joined) for t in folded)

    def _names_itself(self, topic: set[str], text: str) -> bool:
        """Whether a sentence names every topic word itself or in a longer compound, not only by a part of
        it ("förändring och utveckling i önskad riktning" does not name "riktningsförändring")."""
        words, joined = self._text_words(text)
        folded = [swedish.fold(t) for t in topic]
        return bool(folded) and all(t in words or swedish.compound_around(t, joined) for t in folded)

    def _text_words(self, text: str) -> tuple[set[str], str]:
        """A text's words (å/ä/ö folded) and the same joined for `swedish.compound_in` / `compound_around`."""
        words = {swedish.fold(w) for w in self.tokenize(text)}
        return words, swedish.joined_words(words)

    def _kind_words(self, query: Query, passages: Passages) -> set[str]:
        """Stems of the kinds of the documents the question names ("verksamhetsplan", "strategi")."""
        words = set()
        for name in query.named_documents:
            meta = passages.metas.get(name)
            if meta:
                words |= set(self.tokenize(meta.kind.split()[0] if meta.kind else ""))
        return words

    def _overview(self, draft: Draft, passages: Passages) -> Draft:
        """Every document: its title, kind and date, and its first sentence, cited."""
        for name, meta in passages.metas.items():
            first = next((c for c in passages.chunks if c.document == name), None)
            if first is None:
                continue
            lead = next((s for s in split_sentences(pre_text(first) or first.list_intro) if not s.endswith(":")), "")
            about = ", ".join(x for x in (meta.kind, meta.date_note or meta.date) if x)
            text = f"{lead} [{draft.cite(first, lead)}]" if lead else ""
            draft.lines.append(f"- ”{meta.title}” ({about}): {text}".rstrip(": "))
        if draft.lines:
            draft.lines.insert(0, f"Styrdokumenten ({len(draft.lines)} st):")
        return draft

    @staticmethod
    def _outline_lead(chunk: Chunk, passages: Passages) -> str:
        """An outline line's text for a section's first passage: its first sentence that says something (with the
        next when short, and who set what it presents), then its list, clipped and counted."""
        sentences = split_sentences(pre_text(chunk)) + split_sentences(chunk.list_intro)
        # the first sentence that says something: not a lead-in, a publication line or a slogan ("… mitt liv!"),
        # unless that sentence points back to the slogan ("Jag är experten i mitt liv! Därför är jag …")
        plain = [s for s in sentences if not s.endswith(":") and not swedish.is_dateline(s)]
        at = next((i for i, s in enumerate(plain) if not s.endswith("!")), 0)
        lead = plain[at] if plain else ""
        if at and swedish.leans_back(lead):
            lead = f"{plain[at - 1]} {lead}"
        elif lead and not chunk.items and len(lead.split()) < OUTLINE_SHORT_LEAD_WORDS and at + 1 < len(plain):
            # (a short lead says little on its own: "Våra varför: Vi kan inte fortsätta att arbeta som vi alltid har
            # gjort." goes on with why, "För att möta förändrade behov … behöver hälso- och sjukvårdssystemet …")
            lead = f"{lead} {plain[at + 1]}"
        established = next((x for x in plain[at + 1:] if (swedish.tells_established(x) or swedish.tells_to_be_adopted(x))
                            and swedish.has_kind("who", x) and x not in lead), "") if lead else ""
        if established:
            # (and who set what the section presents: "… Social ReKo, har fastställt en gemensam målbild …" after
            # "Det övergripande syftet med målbilden …", or is to adopt it: "Formellt är målbilden på väg att antas i
            # början av 2021 av politiska beslutsinstanser …" after how it was made)
            lead = f"{lead} {established}"
        if chunk.items:
            intro = chunk.list_intro if chunk.list_intro.endswith(":") else ""
            # a long list is split across chunks: its size counts every part
            count = sum(len(c.items) for c in passages.list_parts(chunk))
            listed = "; ".join(_clipped(i) for i in chunk.items[:OUTLINE_ITEMS]) \
                + (f"; … ({count} punkter)" if count > OUTLINE_ITEMS else "")
            lead = " ".join(x for x in (lead, intro, listed) if x)
        return lead

    def _outline(self, draft: Draft, document: str, passages: Passages) -> Draft:
        """The document's main sections in order, each with its first sentence (and the sections it
        introduces), cited; a section whose heading an earlier one names is that one's part."""
        meta = passages.metas.get(document)
        # what the document says it is for comes first ("Strategin … ska konkretisera målbilden."), cited first
        # (its own lines only: a sentence on the purpose of what it presents leads one of its sections anyway)
        opening = " ".join(f"{x} [{draft.cite(c, x)}]" for x, c in self._about_itself(document, passages, stated=False))
        opening = f"{ABOUT_DOCUMENT} {opening}" if opening else ""
        # another document's own summary of this one ("Målbilden fokuserar på … Vägen framåt beskrivs i fyra
        # delområden; Min egen kraft tas tillvara, …" in the strategy) is its shortest fair summary: said first
        elsewhere = self._summarised_elsewhere(document, passages)
        if elsewhere is not None and not opening:
            text = " ".join(split_sentences(pre_text(elsewhere))[:ELSEWHERE_SENTENCES])
            opening = f"I korthet enligt ”{passages.title_of(elsewhere)}”: {text} [{draft.cite(elsewhere, text)}]"
            draft.flags.append(SUMMARISED_ELSEWHERE)
        first: dict[str, Chunk] = {}
        body: dict[str, str] = {}
        for chunk in passages.chunks:
            if chunk.document != document or not chunk.section:
                continue
            top = chunk.section.split(SECTION_SEP)[0]
            # (a dated heading is a step of a timeline, unless it names a decision of its own: "Förslag till RSR
            # 230206" after "Beslut av målbild")
            if top == (meta.title if meta else "") or (swedish.has_kind("date", top) and not DECISION_HEADING.match(top)):
                continue
            first.setdefault(top, chunk)
            body[top] = body.get(top, "") + " " + swedish.fold(f"{chunk.text} {' '.join(chunk.items)}".lower())
        tops = list(first)
        # a section is part of the nearest section before it that names it ("… samverkan, kvalitetsarbete,
        # tillgänglighet och digitalisering …" -> Samverkan …), within the next MAX_PARTS sections
        owner: dict[str, str] = {}
        for j, child in enumerate(tops):
            if len(child) < MIN_PART_HEADING:
                continue
            folded = swedish.fold(child.lower())
            owner_at = next((i for i in range(j - 1, max(-1, j - 1 - MAX_PARTS), -1) if folded in body[tops[i]]), None)
            if owner_at is not None:
                owner[child] = tops[owner_at]
        parts: dict[str, list[str]] = {}
        for parent in tops:
            named = [child for child in tops if owner.get(child) == parent]
            if len(named) >= 2:
                parts[parent] = named
        children = set(sum(parts.values(), []))
        main = [t for t in tops if t not in children]
        # the section the document is named after comes first ("Målbild och färdplan …": its MÅLBILD, the vision
        # itself, before the slides on how it was made)
        named_after = swedish.fold(meta.title.split()[0].lower()) if meta and meta.title else ""
        main.sort(key=lambda t: swedish.fold(t.lower()) != named_after)
        # further reading ("Fördjupning", "Fler regioners målbilder"), a page's contact box and its box about
        # itself ("Om exemplet") are named at the end, not quoted
        # a section's size counts the parts it introduces ("Omställningen till Nära vård" and its four shifts)
        size = {t: len(body[t]) + sum(len(body[c]) for c in parts.get(t, [])) for t in main}
        largest = set(sorted((t for t in main if not swedish.is_reading_list(t) and not swedish.is_page_contact(t)
                              and not swedish.is_page_metadata(t)),
                             key=lambda t: -size[t])[:MAX_OUTLINE])
        rest = []
        for top in main:
            if top not in largest:
                rest += [top, *parts.get(top, [])]
                continue
            chunk = first[top]
            steps = self._timeline_steps(document, top, passages)
            if len(steps) >= 2:  # a timeline: its dated steps, each by its decision line or its first line
                draft.lines.append(f"- {top}: " + "; ".join(
                    f"{when}: {_clipped(line)} [{draft.cite(step, line)}]" for when, step, line in steps[:OUTLINE_ITEMS])
                    + ("; …" if len(steps) > OUTLINE_ITEMS else ""))
                continue
            lead = self._outline_lead(chunk, passages)
            said_parts = all(swedish.fold(p.lower()) in swedish.fold(lead.lower()) for p in parts.get(top, []))
            if lead and draft.say(lead, chunk, prefix=f"- {top}: ") and parts.get(top) and not said_parts:
                # (not when the lead's own list named them: "… fyra riktningsförändringar: A; B; C; D")
                draft.lines[-1] += " Delar: " + ", ".join(parts[top]) + "."
            if swedish.fold(top.lower()) == named_after:
                # the section the document is named after, the vision itself, with its subsections: "MÅLBILD ›
                # UTIFRÅN MEDBORGARPERSPEKTIV" and what the citizen is to meet, not only the five strategies
                subsections: dict[str, Chunk] = {}  # (each one's first passage, in order)
                for c in passages.chunks:
                    if c.document == document and c.section.startswith(top + SECTION_SEP):
                        subsections.setdefault(c.section, c)
                for section, sub in subsections.items():
                    if (said := self._outline_lead(sub, passages)):
                        draft.say(said, sub, prefix=f"- {section}: ")
        if rest:
            draft.lines.append("- Fler rubriker i dokumentet: " + ", ".join(rest) + ".")
        if draft.lines:
            title = meta.title if meta else document
            draft.lines.insert(0, f"”{title}” i korthet, avsnitt för avsnitt:")
            draft.flags.append("outline")
            if opening:
                draft.lines.insert(1, opening)
        return draft

    @staticmethod
    def _summarised_elsewhere(document: str, passages: Passages) -> Chunk | None:
        """A passage of another document of the same region, headed with this document's kind, that names at
        least SUMMARY_HEADINGS of its section headings: a summary of it (the strategy's "Målbild" of the målbild
        brochure)."""
        meta = passages.metas.get(document)
        headings = {swedish.fold(heading_of(c).lower()) for c in passages.chunks if c.document == document and c.section
                    and len(heading_of(c).split()) >= 2}
        if meta is None or not meta.region or len(headings) < SUMMARY_HEADINGS:
            return None
        # (a passage headed with the document's kind, "Målbild" for the målbild brochure, that names its parts)
        kind = swedish.fold((meta.kind.split() or [""])[0].lower())
        return next((c for c in passages.chunks if c.document != document and c.document in passages.metas
                     and passages.metas[c.document].region == meta.region and kind
                     and kind in swedish.fold(heading_of(c).lower()) and pre_text(c).strip()
                     and sum(h in swedish.fold(c.text.lower()) for h in headings) >= SUMMARY_HEADINGS), None)

    @staticmethod
    def _timeline_steps(document: str, top: str, passages: Passages) -> list[tuple[str, Chunk, str]]:
        """The dated subsections of a section ("Så här har målbilden tagits fram" › "December 2020", …), in
        order: (sub-heading, chunk, its decision line or else its first line)."""
        steps: list[tuple[str, Chunk, str]] = []
        for chunk in passages.chunks:
            if chunk.document != document or not chunk.section.startswith(top + SECTION_SEP):
                continue
            when = chunk.section.split(SECTION_SEP)[1]
            lines = [x for x in (*chunk.items, *split_sentences(pre_text(chunk))) if not x.endswith(":")]
            if not swedish.has_year(when) or not lines or any(w == when for w, _, _ in steps):
                continue
            decided = [x for x in lines if swedish.mentions_event(x, "decision") and not swedish.prepares(x)]
            steps.append((when, chunk, (decided or lines)[0]))
        return steps

    def _relation(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """"Hur hänger nämndens verksamhetsplan ihop med den länsgemensamma strategin?" (or målbilden, strategin
        och planen): for each named document, where it names another ("Säkerställa genomförandet av målbilden
        i den länsgemensamma strategin …"), else what it says it is for ("Strategin … ska konkretisera
        målbilden"), under its title."""
        draft = Draft()
        named = list(query.named_documents)
        if any(d not in passages.metas for d in named):
            return Draft()
        for document in named:
            naming: list[Unit] = []
            for other in (d for d in named if d != document):
                naming += [u for u in self._naming_other(document, other, passages) if u not in naming]
            said = [(u.text, u.chunk) for u in naming[:RELATION_SENTENCES]] or self._about_itself(document, passages)
            if not said:
                continue
            # (a bare title listed is said with its list: "Under ”Styrande och vägledande dokument” … nämns i
            # listan: Tillsammans för nära vård i Norrbotten – Länsgemensam strategi.")
            titles = {swedish.fold(m.title.lower()) for m in passages.metas.values()}
            cells = " ".join(f"{(item_in_context(text, chunk) if swedish.fold(text.lower().rstrip('. ')) in titles else text).rstrip('.')}. "
                             f"[{draft.cite(chunk, text)}]" for text, chunk in said)
            draft.lines.append(f"”{passages.metas[document].title}”: {cells}")
        return draft if len(draft.lines) >= RELATION_DOCUMENTS else Draft()

    def _naming_other(self, document: str, other: str, passages: Passages) -> list[Unit]:
        """The sentences of a document that name another document: by its kind as a word ("strategin", not
        "strategiska") and a word only its title has ("länsgemensam"), else by either; the first sort first."""
        named = passages.metas[other]
        kind = swedish.fold((named.kind.split() or [""])[0].lower())
        others = {w for n, m in passages.metas.items() if n != other for w in re.findall(r"\w+", swedish.fold(m.title.lower()))}
        own = [w for w in re.findall(r"\w{6,}", swedish.fold(named.title.lower())) if w not in others and w != kind
               and passages.passages_saying(w) <= RELATION_NAME_PASSAGES]  # ("tillsammans" is everywhere)
        as_kind = re.compile(rf"\b{re.escape(kind)}(?:en|n|er|erna|ens|ns)?\b") if len(kind) >= 5 else None
        units = [u for u in units_of([Hit(c, 0.0) for c in passages.chunks if c.document == document])
                 if not u.text.endswith(":")]
        folded = {id(u): swedish.fold(u.text.lower()) for u in units}
        by_name = {id(u) for u in units if any(w[:max(6, len(w) - 2)] in folded[id(u)] for w in own)}
        by_kind = {id(u) for u in units if as_kind is not None and as_kind.search(folded[id(u)])}
        return next((tier for tier in ([u for u in units if id(u) in by_name and id(u) in by_kind],
                                       [u for u in units if id(u) in by_kind],
                                       [u for u in units if id(u) in by_name]) if tier), [])

    def _contents(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """"… en överblick över vad Norrbottens målbildsbroschyr innehåller – både hur den togs fram och …":
        the named document's outline (its timeline among its sections)."""
        return self._outline(Draft(), query.named_documents[0], passages)

    def _document_purpose(self, query: Query, passages: Passages) -> list[tuple[str, Chunk]]:
        """What the one named document says it is for (`_about_itself`), when the question asks the purpose of
        the document itself ("syftet med den länsgemensamma strategin"), not of something in it; else []."""
        thing = swedish.purpose_of(query.reading)
        if not thing or len(query.named_documents) != 1:
            return []
        document = query.named_documents[0]
        return self._about_itself(document, passages) if self._is_the_document(thing, document, passages) else []

    def _is_the_document(self, thing: str, document: str, passages: Passages) -> bool:
        """Whether the words for a thing name the document itself ("den länsgemensamma strategin", "Norrbottens
        målbildsbroschyr": its title, kind and region, a compound of them), not something in it."""
        meta = passages.metas.get(document)
        if not thing or meta is None:
            return False
        text = f"{meta.title} {meta.kind} {meta.region} länsgemensam dokument broschyr"
        own = set(self.tokenize(text))
        words = [w for w in swedish.content_words(thing).split() if len(w) > 3]
        return bool(words) and all(swedish.mentions(text, w) or self._names_by_words(own, w) for w in words)

    @staticmethod
    def _purpose(said: Sequence[tuple[str, Chunk]], query: Query, hits: Sequence[Hit], qvec, passages: Passages,
                 terms: set[str]) -> Draft:
        """What the named document says it is for (`_document_purpose`), in its own words, cited."""
        draft = Draft()
        draft.lines.append(" ".join(f"{text} [{draft.cite(chunk, text)}]" for text, chunk in said))
        return draft

    def _fields_named(self, query: Query, hits: Sequence[Hit], terms: set[str]) -> list[tuple[str, Chunk]]:
        """The "Label: value." fields (an article's metadata: "Ämne: Nära vård, Äldreomsorg.") whose label the
        question names ("Vilka ämnen och verksamhetsområden är exemplet märkt med?"); a label of several words
        only when the question says it as written ("exempel från")."""
        said: list[tuple[str, Chunk]] = []
        for hit in hits[:KIND_READ_HITS]:
            if ": " not in hit.chunk.text:
                continue  # (no field in it: most passages, not split into sentences for nothing)
            for sentence in split_sentences(pre_text(hit.chunk)):
                if (m := FIELD.match(sentence)) and (words := set(self.tokenize(m.group(1)))) and words <= terms \
                        and (" " not in m.group(1) or m.group(1).lower() in query.reading.lower()):
                    said.append((sentence, hit.chunk))
            if said:
                return said
        return said

    @staticmethod
    def _about_itself(document: str, passages: Passages, stated: bool = True) -> list[tuple[str, Chunk]]:
        """The sentences in which a document says what it is for: the first that opens with its own kind
        ("Strategin är skriven ur ett verksamhetsperspektiv och ska konkretisera målbilden.") and says
        what it does, with the next one when that goes on about it ("Den ska peka ut …"); with `stated`, first a
        sentence that states the purpose of what its title names ("Det övergripande syftet med målbilden … är att …")."""
        meta = passages.metas.get(document)
        kind = (meta.kind.split() or [""])[0].lower() if meta else ""
        if len(kind) < 5:
            return []
        itself = kind + ("n" if kind[-1] in "aeiouyåäö" else "en")  # "strategin", "verksamhetsplanen"
        own = [c for c in passages.chunks if c.document == document]
        # (a sentence that says the purpose of what its title names in so many words first: "Det övergripande
        # syftet med målbilden för Nära Vård är att …" in SKR's article "Målbild – kompassen …")
        named = f"{meta.title} {meta.kind}"
        said = next(((x, c) for c in own for x in split_sentences(pre_text(c))
                     if (m := re.search(r"\bsyftet\s+med\s+(\w+)", x, re.I)) and swedish.mentions(named, m.group(1))),
                    None) if stated else None
        if said is not None:
            return [said]
        for chunk in own:
            sentences = split_sentences(pre_text(chunk))
            for i, sentence in enumerate(sentences):
                if sentence.lower().startswith(itself + " ") and swedish.says_purpose(sentence):
                    more = [x for x in sentences[i + 1:i + 2] if x.startswith("Den ")]
                    return [(x, chunk) for x in (sentence, *more)]
        return []

    # ------------------------------------------------------------ contrasts and roles

    def _naming(self, words: set[str], query: Query, passages: Passages) -> list[Unit]:
        """The sentences (and list items) that name every word of a concept, in the asked regions."""
        mentions = [Hit(c, 0.0) for c in passages.chunks if self._mentions(words, c) and (
            not query.regions or getattr(passages.metas.get(c.document), "region", "") in query.regions)]
        # a document the question names ("i strategin finns det ju både X och Y") has the concept's sentences, if any
        units = [u for u in units_of(mentions) if self._mentions(words, u.chunk, u.text)]
        return [u for u in units if u.chunk.document in query.named_documents] or units

    def _contrast(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """A row per concept: its own section's lead when a heading names it, else the sentence that
        best says what it is (a bare mention is said to be one)."""
        draft = Draft(flags=["comparison", "contrast"])
        rows = 0
        old = [c for c in query.contrast if swedish.is_old_way(c)]
        if len(old) == 1 and len(query.contrast) == 2:
            # "skillnaden mellan att jobba personcentrerat och hur vi har jobbat hittills": what the concept changes
            concept = swedish.without_doing(next(c for c in query.contrast if c not in old))
            changes = [u for u in self._naming(set(self.tokenize(concept)), query, passages) if swedish.says_change(u.text)]
            if changes:
                sims = self._similarity([u.text for u in changes], qvec, passages)
                picked = [u for u, _ in sorted(zip(changes, sims), key=lambda us: -us[1])[:CONTRAST_MENTIONS]]
                draft.lines.append(CHANGED_LEAD.format(concept=concept, old=old[0]) + " ".join(
                    f"{u.text} [{draft.cite(u.chunk, u.text)}]" for u in picked if draft.fresh(u.text)))
                query, rows = replace(query, contrast=(concept,)), 1
        else:
            self._side_by_side(draft, query, hits, qvec, passages)
        frame = self._contrast_frame(query, passages)
        for concept in query.contrast:
            words = set(self.tokenize(concept))
            if not words:
                continue
            about = replace(query, text=concept, reading=concept, intent="what", contrast=(), named_documents=(),
                            regions=query.regions)
            section = self.named_section(about, hits, passages)
            quality = swedish.quality_noun(concept)
            if section is None and quality:  # "jämställd vård": the section on its quality, "Jämställdhet"
                section = self.named_section(replace(about, text=quality, reading=quality), hits, passages)
            if section is None and quality:  # "jämlik vård": the section that says it defines "jämlik och jämställd …"
                qualifier = swedish.fold(concept.split()[0].lower())
                section = next((c for c in passages.chunks if c.section and qualifier in
                                {swedish.fold(w) for w in swedish.defining_heading(heading_of(c)).lower().split()}), None)
            if section is not None:
                lead = [s for s in split_sentences(pre_text(section)) if not s.endswith(":")][:CONTRAST_LEAD_SENTENCES]
                if not lead and section.items and section.list_intro and \
                        self._names_itself(set(self.tokenize(swedish.head_phrase(concept))), heading_of(section)):
                    # a section that is its list ("Fyra riktningsförändringar i verksamheterna"): the lead-in, and
                    # its list after it (_complete_lists)
                    lead = split_sentences(section.list_intro)[:2]
                fresh = [s for s in lead if draft.fresh(s)]  # a sentence another row said is not said again
                if fresh:
                    cells = [f"{s} [{draft.cite(section, s)}]" for s in fresh]
                    # what the document states of the concept alone elsewhere ("Syftet med målbild": "Inte ha
                    # en tidsbegränsning på målbilden", "… målbilden är oberoende av omställningen")
                    others = [set(self.tokenize(c)) for c in query.contrast if c != concept]
                    stated = self._stated_of(words, others, section, passages)
                    if stated is not None:
                        chunk, items = stated
                        cells.append(f"{item_in_context(items[0], chunk)} [{draft.cite(chunk, items[0])}]")
                        cells += [f"{item.rstrip('.')}. [{draft.cite(chunk, item)}]" for item in items[1:] if draft.fresh(item)]
                    draft.lines.append(f"{concept}: " + " ".join(cells))
                    rows += 1
                if lead:
                    continue
            definition = self._definition_of(replace(about, reading=f"Vad är {concept}?"), passages)
            if definition is not None:  # the documents define the concept somewhere: that is its row
                if draft.repeats(definition.text):
                    rows += 1  # its definition was said already (set against the other concept): no row of leftovers
                    continue
                label = next((i for i in definition.chunk.items if definition.text in i), "")
                if label and len(label.split()) <= SHORT_ITEM_WORDS:
                    # only a list's label spells it out ("Patientkontrakt och Samordnad individuell plan (SIP)"): said so
                    text = item_in_context(label, definition.chunk)
                    draft.lines.append(f"{concept}: {MENTIONED_ONLY} {text} [{draft.cite(definition.chunk, label)}]")
                    rows += 1
                    continue
                own = self._defined(Draft(said=set(draft.said)), definition, passages)
                if own.lines:
                    draft.lines.append(f"{concept}: {self.merge(draft, own)}")
                    rows += 1
                    continue
            # "… från kostnadseffektivitetsprincipen i den etiska plattformen": the place said after the concept
            # scopes the question, and a sentence may name the concept without it; a sentence that names it
            # itself comes before one that names only a part of it ("principer", "förändring … riktning")
            heads = [words] + ([set(self.tokenize(swedish.head_phrase(concept)))]
                               if swedish.head_phrase(concept) != concept else [])
            said = passages.synonyms.translated(concept) if passages.synonyms is not None else concept.lower()
            if said != concept.lower():  # a staff word for the documents' own ("de som dör" -> "avlider")
                # tried first when the staff words are a phrase or never used by the documents ("byggd för" ->
                # "utformad för", "dör" -> "avlider"); after the asked words when the documents use it too ("vision")
                phrases = passages.synonyms.staff_phrases(concept)
                unheard = any(not any(self._mentions({w}, c) for c in passages.chunks)
                              for key in phrases for w in self.tokenize(" ".join(key)))
                first = any(len(key) >= 2 for key in phrases) or unheard
                heads.insert(0 if first else len(heads), set(self.tokenize(said)))
            found = [(w, n, [u for u in n if Draft.key(u.text) not in draft.said])
                     for w, n in ((w, self._naming(w, query, passages)) for w in heads)]
            if not any(self._names_itself(w, u.text) for w, _, us in found for u in us) and \
                    any(self._names_itself(w, u.text) for w, n, _ in found for u in n):
                # every sentence that names it itself was said already (set against the other concept): no row of
                # sentences that share only a part of its word ("självmordsförsök": "… själva verksamheten")
                rows += 1
                continue
            words, naming, units = next(((w, n, [u for u in us if self._names_itself(w, u.text)])
                                         for w, n, us in found if any(self._names_itself(w, u.text) for u in us)),
                                        next(((w, n, us) for w, n, us in found if us), found[0]))
            if not units:
                if not naming:  # (every sentence naming it said already: nothing more to add)
                    draft.lines.append(f"{concept}: Dokumenten beskriver inte {concept}.")
                continue
            sims = self._similarity([u.text for u in units], qvec, passages)
            ranked = sorted(zip(units, sims), key=lambda us: -(us[1] + (BONUS_CONCEPT_DEFINED if self._is_subject(words, us[0].text)
                                                                     else BONUS_CONCEPT_OPENS if self._opens_with(words, us[0].text)
                                                                     else 0.0)
                                                              + BONUS_CONCEPT_FRAME * len(frame & set(self.tokenize(us[0].text)))
                                                              + 0.02 * min(len(us[0].text.split()), 12) / 12))
            best = ranked[0][0]
            # A concept the documents only mention gets its mentions (up to two); a defined one its definition.
            start = None if self._is_subject(words, best.text) else self._document_start(words, query, passages)
            if start is not None:  # the concept is a document of its own ("strategin"): how it starts
                lead = [s for s in split_sentences(pre_text(start)) if not s.endswith(":")][:2]
                draft.lines.append(f"{concept}: " + " ".join(f"{s} [{draft.cite(start, s)}]" for s in lead))
                rows += 1
                continue
            # a sentence that defines the concept, or one under a heading that names it ("Viktiga
            # förändringsfaktorer för …"), is its row; else its first mentions
            own = self._is_subject(words, best.text) or self._names_itself(words, heading_of(best.chunk))
            chosen = [best] if own else [u for u, _ in ranked[:CONTRAST_MENTIONS]]
            cells = []
            for unit in chosen:
                text = unit.text
                explained = self._explanation_of_label(unit, query, passages) if unit.text in unit.chunk.items else None
                if explained is not None and not cells and draft.fresh(unit.text):
                    # a label the next list explains ("Ökad kontinuitet": ”De jag träffar känner mig …”): the label,
                    # then its explanation
                    says = explained.items[unit.chunk.items.index(unit.text)]
                    cells.append(f"{item_in_context(unit.text, unit.chunk)} [{draft.cite(unit.chunk, unit.text)}] "
                                 f"{says} [{draft.cite(explained, says)}]")
                    break
                if unit.text in unit.chunk.items:
                    text = item_in_context(unit.text, unit.chunk)
                    if self._mentions_only(words, unit.text) and not cells:
                        text = f"{MENTIONED_ONLY} {text}"
                if draft.fresh(unit.text):
                    cells.append(f"{text} [{draft.cite(unit.chunk, unit.text)}]")
                    for after in (self._goes_on(unit, concept) if chosen == [best] else []):
                        if draft.fresh(after):
                            cells.append(f"{after} [{draft.cite(unit.chunk, after)}]")
            if cells:  # nothing left that was not said already: no empty row
                draft.lines.append(f"{concept}: " + " ".join(cells))
            rows += 1
        return draft if rows else Draft()

    @staticmethod
    def _goes_on(unit: Unit, concept: str) -> list[str]:
        """The sentences after a concept's own sentence while they go on about it (at most CONTRAST_GOES_ON):
        "Lokala handlingsplaner ska utarbetas utifrån strategin." -> "Dessa ska …", "Planerna utformas …"
        (a word that starts the concept's head)."""
        sentences = split_sentences(pre_text(unit.chunk))
        if unit.text not in sentences:
            return []
        head = swedish.fold(concept.split()[-1].lower())
        going = []
        for after in sentences[sentences.index(unit.text) + 1:][:CONTRAST_GOES_ON]:
            first = swedish.fold(after.split()[0].lower()) if after.split() else ""
            starts_head = any(head.endswith(first[:k]) for k in range(CONCEPT_HEAD_LETTERS, len(first) + 1))
            if not (swedish.leans_back(after) or starts_head):
                break
            going.append(after)
        return going

    def _stated_of(self, words: set[str], others: list[set[str]], section: Chunk,
                   passages: Passages) -> tuple[Chunk, list[str]] | None:
        """Outside a concept's own section, the list of its document with the most items that name the
        concept and not the concept it is set against (at least CONTRAST_STATED_MIN, at most
        CONTRAST_STATED_ITEMS of them)."""
        best: tuple[Chunk, list[str]] | None = None
        for chunk in passages.chunks:
            if chunk.document != section.document or not chunk.items or chunk.section.startswith(section.section):
                continue
            items = [i for i in chunk.items if self._mentions(words, None, i)
                     and not any(self._mentions(o, None, i) for o in others if o)]
            if len(items) >= CONTRAST_STATED_MIN and (best is None or len(items) > len(best[1])):
                best = (chunk, items[:CONTRAST_STATED_ITEMS])
        return best

    def _document_start(self, words: set[str], query: Query, passages: Passages) -> Chunk | None:
        """The first passage of the document a concept names by its kind ("strategin" in Norrbotten)."""
        def same(a: str, b: str) -> bool:
            return a == b or (min(len(a), len(b)) >= 5 and (a.startswith(b) or b.startswith(a)))
        regions = {swedish.fold(w) for w in self._region_words(query, passages)}
        wanted = {w for w in (swedish.fold(w) for w in words) if not any(same(w, r) for r in regions)}
        for name, meta in passages.metas.items():
            if query.regions and meta.region not in query.regions:
                continue
            kind = {swedish.fold(w) for w in self.tokenize(meta.kind)}
            titled = kind | {swedish.fold(w) for w in self.tokenize(meta.title)}  # "den länsgemensamma strategin"
            if wanted and all(any(same(w, k) for k in titled) for w in wanted) and any(same(w, k) for w in wanted for k in kind):
                own = [c for c in passages.chunks if c.document == name and split_sentences(pre_text(c))]
                return next((c for c in own if INTRODUCTION.search(heading_of(c))), own[0] if own else None)
        return None

    def _contrast_frame(self, query: Query, passages: Passages) -> set[str]:
        """The words a contrast asks both concepts of, as stems ("skillnaden på nämndens ansvar för primärvården i egen
        regi och för vårdvalet?" -> nämnd, ansvar): a mention saying them ("Nämnden ansvarar inte för Beställning Vårdval
        primärvård.") is the concept's row before one that names it for another reason."""
        concepts = {t for c in query.contrast for t in self.tokenize(c)}
        asking = set(self.tokenize(swedish.CONTRAST_ASKING_WORDS))
        common = passages.common_stems(self.tokenize, COMMON_WORD_SHARE)
        return {t for t in self.tokenize(swedish.content_words(query.reading)) if len(t) >= MIN_FRAME_STEM} \
            - concepts - asking - common - self._every_region_term(passages)

    def _side_by_side(self, draft: Draft, query: Query, hits: Sequence[Hit], qvec, passages: Passages) -> None:
        """Where one passage sets the two concepts against each other ("… målbilden ur ett
        medborgarperspektiv. Strategin är skriven ur ett verksamhetsperspektiv …"), that comes first."""
        regions = self._region_words(query, passages)
        # the passage names each by its head ("Strategin är skriven …" for "strategin för nära vård"), or at
        # least by its head noun ("den länsgemensamma strategin")
        scope = {d for d in (query.documents or passages.metas)
                 if not query.regions or getattr(passages.metas.get(d), "region", "") in query.regions}
        nouns = [swedish.fold(swedish.head_phrase(c).split()[-1].lower()) for c in query.contrast]
        # (two compounds with one head, "vårdkontakt" and "läkarkontakt", are both named by any "kontakt")
        same_head = len(nouns) == 2 and len(os.path.commonprefix([n[::-1] for n in nouns])) >= 5
        both: list[list[Unit]] = []
        # (a document named by a compound is named by its kind: "länsstrategin" by "Strategin är skriven …")
        for head in (swedish.head_phrase, *(() if same_head else (lambda c: swedish.head_phrase(c).split()[-1],
                                                                  lambda c: swedish.document_kind_of(c) or c))):
            concepts = [set(self.tokenize(head(c))) - regions for c in query.contrast]
            if len(concepts) != 2 or not all(concepts):
                return
            both = self._pairs(concepts, [h for h in hits[:5] if h.chunk.document in scope])
            if not both:  # the passage that sets them side by side may rank lower: any passage naming both
                both = self._pairs(concepts, [Hit(c, 0.0) for c in passages.chunks if c.document in scope
                                              and all(self._mentions(k, c) for k in concepts)])
            if both:
                break
        if not both:
            return
        # a pair naming each concept by its own word before one naming it inside a compound ("målbilden …
        # Strategin är skriven …" before "Målbilden … en del av den regionala utvecklingsstrategin")
        own = [p for p in both if all(k <= set(self.tokenize(" ".join(u.text for u in p))) for k in concepts)]
        both = own or both
        # "… bidrar till en jämlik och jämställd vård": two named as one, joined by "och", are not set against each other
        both = [p for p in both if not any(swedish.coordinated(*query.contrast[:2], u.text) for u in p)] \
            if len(query.contrast) >= 2 else both
        if not both:
            return
        # each pair scored by its units' own (stored) vectors: answering embeds no new text
        sims = [float(self._similarity([u.text for u in p], qvec, passages).mean()) for p in both]
        best = both[int(np.argmax(sims))] if len(both) > 1 else both[0]
        said = [u for u in best if draft.fresh(u.text)]
        if said:
            draft.lines.append(SIDE_BY_SIDE
                               + " ".join(f"{u.text} [{draft.cite(u.chunk, u.text)}]" for u in said))

    def _pairs(self, concepts: list[set[str]], hits: Sequence[Hit]) -> list[list[Unit]]:
        """A sentence (with the next one of its passage) that names both concepts, the first in its own words."""
        units = [u for u in units_of(hits) if u.text not in u.chunk.items]  # sentences, not list labels
        both = []
        for i, unit in enumerate(units):
            pair = [unit] + ([units[i + 1]] if i + 1 < len(units) and units[i + 1].chunk is unit.chunk else [])
            text = " ".join(u.text for u in pair)
            if all(self._names_itself(c, text) for c in concepts) and \
                    all(self._names_itself(c, pair[-1].text) or self._names_itself(c, unit.text) for c in concepts[:1]):
                both.append(pair)
        return both

    def _where_asker_works(self, draft: Draft, query: Query, topic: set[str], passages: Passages) -> None:
        """What the topic's documents say should be done where the asker works, when that place is of the
        topic ("… tandhygienist på folktandvården" after "… om tandvården?": "Inom folktandvården ska planen för
        ”utåtriktad verksamhet” genomföras …"), after what they say of the topic."""
        places = list(query.workplace)
        places += [care for word in places if (care := swedish.workplace_care(word)) and care not in places]
        work = swedish.ROLE_WORK.get(query.role, "")  # what the role works with: "läkemedel" for a farmaceut
        places += [work] if work else []
        workplace = {swedish.fold(w) for word in places for w in self.tokenize(word)}
        documents = set(query.named_documents) or {c.document for c in draft.cited}
        if not workplace or not documents:
            return
        said = " ".join(draft.lines)
        # (in the topic's own sections, or anywhere when the place is of the topic: "folktandvården", "tandvården")
        # (the place a kind of the topic, its compound's head: "folktandvård" of tandvård, not "hälsocentral" of hälsa)
        of_topic = any(w.endswith(swedish.fold(t)) for t in topic for w in workplace)
        sections = {(c.document, c.section) for c in draft.cited}
        # (or a sentence elsewhere that names the topic too: "Primärvården ska utgöra det självklara första valet för
        # befolkningen, även när det gäller psykisk hälsa" for a kurator at a hälsocentral, after the plan's "Psykisk hälsa")
        units = [u for u in units_of([Hit(c, 0.0) for c in passages.chunks if c.document in documents])
                 if of_topic or (u.chunk.document, u.chunk.section) in sections
                 or any(len(t) >= MIN_TOPIC_WORD_ELSEWHERE and self._mentions({t}, None, u.text) for t in topic)]
        # (a sentence that names the place may open on "Även": "Även folktandvårdens chefer behöver ingå i …"; the
        # place or the kind of place it is a compound of: "tandvården" for "folktandvården")
        there = [u for u in units if u.text not in said and u.text not in u.chunk.items
                 and (swedish.stands_alone(u.text) or swedish.opens_on_also(u.text))
                 and (swedish.says_doing(u.text) or (work and swedish.mentions(u.text, work)))  # ("Nya läkemedel införs …")
                 and (any(w in swedish.fold(u.text.lower()) for w in workplace)
                                                     or any(swedish.mentions(u.text, p) for p in places))]
        draft.lines += [f"- {heading_of(u.chunk)}: {u.text} [{draft.cite(u.chunk, u.text)}]"
                        for u in there[:MAX_WORKPLACE_SENTENCES]]

    def _claim_first(self, query: Query, draft: Draft, passages: Passages) -> Draft:
        """A role answer led by the sentence that says what the question claims ("Vad innebär det för mig … att
        primärvården ska vara navet?": "Primärvården ska utgöra navet i samspelet med andra aktörer …"), when few
        sentences of the documents asked say all its words and the answer says none of them; else the draft."""
        claim = swedish.claimed(query.reading)
        words = [w for w in swedish.topic_words(claim).split() if len(w) >= MIN_CLAIM_WORD]
        if len(words) < MIN_CLAIM_WORDS:
            return draft
        scope = self._asked_scope(query, passages) or set(passages.metas)
        saying = [u for u in units_of([Hit(c, 0.0) for c in passages.chunks if c.document in scope])
                  if not u.text.endswith(":") and all(swedish.mentions(u.text, w) for w in words)]
        if not saying or len(saying) > MAX_CLAIM_SENTENCES or any(draft.repeats(u.text) for u in saying):
            return draft
        led = Draft(flags=list(draft.flags))
        led.lines.append(CLAIM_LEAD)
        for unit in saying:
            led.say(unit.text, unit.chunk)
        by_number = {i + 1: c for i, c in enumerate(draft.cited)}
        for line in draft.lines:  # (the role answer after it, its citations numbered on)
            led.lines.append(re.sub(r"\[(\d+)\]", lambda m: f"[{led.cite(by_number[int(m.group(1))], '')}]", line))
        for chunk_id, used in draft.used.items():
            led.used.setdefault(chunk_id, []).extend(u for u in used if u not in led.used.get(chunk_id, []))
        led.said |= draft.said
        return led

    def _role_at_work(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """`_role`, then the list where the documents name the asker's workplace (a barnmorska at a
        mödravårdscentral: "Tidiga insatser i samverkan mellan exempelvis mödravårdscentral MVC, …" among
        the examples of "Hälsofrämjande och förebyggande insatser"): the concrete things to work with there."""
        draft = self._role(query, hits, qvec, passages, terms)
        if not draft.lines:
            return draft
        draft = self._claim_first(query, draft, passages)
        scope = self._asked_scope(query, passages) or set(passages.metas)
        said = " ".join(draft.lines)
        places = [w for w in query.workplace if len(w) >= MIN_WORKPLACE_LETTERS and not swedish.qualifies_place(w)]
        # (or the part of care the workplace belongs to, a list under its heading: "hälsocentral" -> the examples of
        # "Stärkt gemensam primärvård")
        cares = [care for w in places if (care := swedish.workplace_care(w))]
        for place in cares + places:  # (the care's own work list first)
            # (a list under the care's heading is its work list: "Exempel på områden att arbeta med")
            listed = next((c for c in passages.chunks if c.document in scope and c.items
                           and not any(item in said for item in c.items)
                           and (swedish.mentions_phrase(heading_of(c), place) and swedish.is_work_list(c.list_intro)
                                if place in cares else any(swedish.names_workplace(item, place) for item in c.items))), None)
            if listed is not None:
                lead = WORKPLACE_CARE_LEAD if place in cares else WORKPLACE_LIST_LEAD
                named = swedish.care_said(place) if place in cares else place
                draft.lines.append(lead.format(place=named, heading=heading_of(listed), title=listed.title))
                # (and for a part of care, the section's own first sentence, what that care is to become: "Nära vård
                # innebär en förflyttning från inneliggande sjukhusvård till öppna vårdformer."; said once)
                first = section_lead(listed, passages) if place in cares else None
                if first is not None and not first[0].endswith(":"):
                    draft.say(*first)
                items = [(c, i) for c in passages.list_parts(listed) for i in c.items]
                # (or the care it belongs to: a tandläkare at folktandvården is told "… utveckla primärvård samt
                # tandvård" too)
                care = swedish.workplace_care(place) if place not in cares else ""
                naming = [(c, i) for c, i in items if swedish.names_workplace(i, place)
                          or (care and swedish.names_workplace(i, care))] if place not in cares else []
                # (a list of examples to work with is said whole: "Stärka föräldraskapet", "Familjecentral" … beside
                # the one item naming the barnmorska's mödravårdscentral)
                if len(items) > WORKPLACE_LIST_ITEMS and naming and not swedish.is_work_list(listed.list_intro):
                    # (of a long list, the items that name the workplace: a tandhygienist in folktandvården gets the
                    # nämnd's tasks on tandvården, not all twelve of its inriktningar)
                    for chunk, item in naming:
                        draft.say(item, chunk, prefix="- ")
                else:
                    self._whole_list(draft, listed, passages)
                break
        if cares and (not query.regions or query.named_documents):
            # (and a part of care's own lines in the sections quoted: "Inom folktandvården ska planen för ”utåtriktad
            # verksamhet” genomföras i hela länet" for a tandhygienist, after the nämnd's tasks naming folktandvården)
            self._where_asker_works(draft, query, {w for care in cares for w in self.tokenize(care)}, passages)
        return draft

    def _role(self, query: Query, hits: Sequence[Hit], qvec, passages: Passages, terms: set[str]) -> Draft:
        """What the topic means for someone in a role: in each document's section on the topic (the
        conversation's last question), what it says to staff and its list of what to work with; a
        section written to staff is quoted whole; else the sentences that speak to staff. A thread about
        one region is answered from that region's documents ("… i Jämtland" -> "… för mig som enhetschef?")."""
        hits = self._within_asked(query, hits, passages)
        draft = Draft()
        role_words = set(self.tokenize(swedish.role_topic(query.role)))
        anchor = role_anchor(query)
        about = replace(query, text=anchor, reading=anchor, search=anchor, intent="summary", role="", history=())
        unnamed = not passages.names_role(query.role)
        topic = swedish.summary_topic(anchor) if anchor else ""
        if topic and any(len(w) >= NEVER_NAMED_LETTERS and not passages.knows_word(w)
                         for w in swedish.content_words(topic).split()) and \
                (staff := self._written_to_staff(role_words, self._asked_scope(query, passages) or set(passages.metas),
                                                  passages)) is not None:
            # "Vad står det om trygg hemgång?" + "Vad betyder det för mig som medarbetare?": the documents never name the
            # thing (nor its parts); what they say to staff, said as such (not the "trygghet" of the security work)
            draft.lines.append(ROLE_TOPIC_UNNAMED.format(thing=topic))
            draft.lines.append(WRITTEN_TO_ROLE_LEAD.format(role=query.role, heading=heading_of(staff), title=staff.title)
                               if not unnamed else ROLE_UNNAMED_LEAD.format(role=query.role))
            return self._to_staff(draft, staff, passages)
        if query.role not in swedish.ROLE_TOPICS and swedish.of_whole_change(query.own_topic) and \
                (staff := self._written_to_staff(role_words, self._asked_scope(query, passages) or set(passages.metas),
                                                  passages)) is not None:
            # "Kan du sammanfatta vad länsstrategin säger att förändringen innebär för oss som jobbar i vården?": the
            # section the documents write to staff ("Nära vård för dig som medarbetare") is the answer, whole
            return self._to_staff(draft, staff, passages)
        if anchor and unnamed and swedish.intent_of(anchor) == "summary" and self.summary_topic(about, passages):
            # "vad säger planen om tandvården?" -> "vad innebär det för mig som tandhygienist?": the documents
            # never name the role; what they say of the topic is the answer, said as such
            topic = self._summary(about, hits, qvec, passages, terms)
            topic.lines = [line for line in topic.lines if line not in (TOPIC_LEAD, ALSO_LEAD)]
            if topic.lines:
                self._where_asker_works(topic, query, self.summary_topic(about, passages), passages)
                self._carried_out_for_manager(topic, query, passages)
                topic.lines.insert(0, ROLE_TOPIC_LEAD.format(role=query.role))
                self._said_to_staff_elsewhere(topic, query, passages)
                return topic
        if anchor and unnamed and swedish.intent_of(anchor) == "what" and named_label(about, passages) is not None:
            # "Vad innebär ökad kontinuitet i Jämtland Härjedalens målbild?" -> "och vad betyder det för mig som
            # fysioterapeut?": the documents never name the role; what the label means is the answer, said as such
            # (not the region's process, which the role's words found)
            topic = self.compose(replace(about, intent="what"), hits, qvec, passages)
            if topic.lines:
                topic.lines.insert(0, ROLE_TOPIC_LEAD.format(role=query.role))
                self._said_to_staff_elsewhere(topic, query, passages)
                self._to_leaders(topic, query, passages)
                return topic
        # a sentence that speaks to staff ("medarbetare", "du"), not one that only says "arbetet" (nor a heading:
        # "Detta har arbetet lett till" is not written to staff)
        staff_words = role_words - set(self.tokenize(swedish.ROLE_TOPIC_GENERIC))
        # (a role the documents name, "medarbetare", too, when the thread's region's documents never speak to staff:
        # "vad betyder kontinuitet för mig då, typ exempel" after Västernorrland's målbild is its point on kontinuitet,
        # not Norrbotten's lines to staff)
        if (unnamed or query.regions) and query.follow_up and \
                (region_said := self._region_says_topic(query, staff_words, passages)):
            # "Vad säger målbilden i Västernorrland …?" -> "och den fjärde punkten om hälsofrämjande och förebyggande,
            # vad betyder den för mig som skolkurator?": the asker's region's documents say nothing to staff; what they
            # say of the topic is the answer, said as such (not another region's lines to staff)
            draft.lines.append(ROLE_TOPIC_LEAD.format(role=query.role))
            for unit in region_said:
                draft.say(unit.text, unit.chunk)
            return draft
        to_role = False  # whether a section or part written to the role was said
        workplace = {w for word in query.workplace for w in self.tokenize(word)}
        setting = set(self.tokenize(swedish.role_setting(query.role)))  # "skolsköterska": the school
        workplace |= setting
        sections = self._anchor_sections(query, hits, passages)
        event = bool(query.own_topic and query.history and swedish.names_earlier_event(query.own_topic, query.history[-1]))
        first = hits[0].chunk if hits else None
        # (the question's own topic heads sections of its own: "vad betyder det här med samverkan för mig som usk"
        # is answered from "Samverkan" and "Stärkt samverkan")
        own = set(self.tokenize(query.own_topic))
        headed = bool(own) and any(self._names_itself(own, heading_of(s)) for s in sections)
        # (unless the topic's own section speaks of where the role works: "… skola …" for a skolsköterska)
        if first is not None and not headed and role_words & set(self.tokenize(heading_of(first))) and \
                first.document in {s.document for s in sections} and first.section not in {s.section for s in sections} \
                and not (setting and any(self._mentions(setting, c) for s in sections
                                         for c in passages.section_chunks(s.document, s.section))):
            # "Vad innebär omställningen …?" -> "… för mig som undersköterska?": the section the document
            # writes to staff ("Nära vård för dig som medarbetare") ranks first: it is the answer
            sections = [first]
        for section in sections:
            if role_words & set(self.tokenize(heading_of(section))):
                self._to_staff(draft, section, passages)
                to_role = True
                continue
            # a part of the section written to the role ("Viktiga förutsättningar" › "Modigt ledarskap" for a chef)
            part = next((c for c in passages.section_chunks(section.document, section.section)
                         if c.section != section.section and role_words & set(self.tokenize(heading_of(c)))), None)
            if part is not None:
                self._to_staff(draft, part, passages, headed=True)
                to_role = True
                continue
            parts = passages.section_chunks(section.document, section.section)
            sentences = [u for u in units_of([Hit(c, 0.0) for c in parts]) if not u.text.endswith(":")
                         and u.text not in u.chunk.items]
            # where the asker works comes first ("… sjuksköterska på en vårdavdelning på sjukhuset": "Nära vård
            # innebär en förflyttning från inneliggande sjukhusvård …"), then what speaks to staff
            there = [u for u in sentences if any(self._mentions({w}, u.chunk, u.text) for w in workplace)]
            staff = there + [u for u in sentences if u not in there and (
                swedish.speaks_to_staff(u.text) or staff_words & set(self.tokenize(u.text)))]
            # (the section headed by what was asked: not one the anchor's words only came near, "En miljömässigt …
            # hållbar verksamhet" for "Vad är Min vård Norrbotten?")
            # (not a region's målbild, whose aim and points are said below: "Vad står det i Västernorrlands målbild …?")
            headed_by_anchor = bool(anchor) and self._names_itself(set(self.tokenize(heading_of(section))), anchor) \
                and not swedish.names_goal_image(anchor)
            if not staff and headed_by_anchor and not event and not any(c.items for c in parts) and len(sections) == 1:
                # (a section on the topic that says nothing to staff and lists nothing to work with: "Vad menar
                # nämndens verksamhetsplan med öppna vårdformer?" + "… för mig som vårdenhetschef på en
                # medicinavdelning?" is what the section says – "… från inneliggande sjukhusvård till öppna vårdformer
                # …, specialistteam i hemmet …" – not only what the documents say to leaders; after the lines written to
                # staff that name the topic, when there are any: "Digitala verktyg och vårdformer kommer att vara en
                # naturlig del i ditt arbete")
                self._staff_lines_on_topic(draft, query, sections, passages)
                if draft.lines:
                    continue
                draft.lines.append(ROLE_TOPIC_LEAD.format(role=self._asker(query)))
                staff = sentences[:MAX_ROLE_TOPIC_SENTENCES]
            if not staff and event:
                # ("vad ska bytet leda till?" of the new journal system, whose section says nothing to staff: what it
                # says of the change, said as such)
                draft.lines.append(ROLE_TOPIC_LEAD.format(role=query.role))
                staff = sentences[:MAX_ROLE_TOPIC_SENTENCES]
            for unit in in_context(staff[:MAX_SENTENCES], units_of([Hit(c, 0.0) for c in parts])):
                draft.say(unit.text, unit.chunk)
            work = work_list(parts)
            if work is not None:
                self._whole_list(draft, work, passages)
        if draft.lines and not to_role and query.role in swedish.ROLE_TOPICS:
            # a manager asking what the topic means for them: what the documents say to leaders, after it
            scope = self._asked_scope(query, passages) or set(passages.metas)
            lead = self._written_to_staff(role_words, scope, passages)
            if lead is not None:
                draft.lines.append(WRITTEN_TO_ROLE_LEAD.format(role=query.role, heading=heading_of(lead), title=lead.title))
                self._to_staff(draft, lead, passages)
            else:
                self._carried_out_for_manager(draft, query, passages)
        elif draft.lines and not to_role and not any(swedish.addresses_reader(line) for line in draft.lines
                                                     if not line.startswith(UNNAMED_ROLE_START)):
            # "… för mig som usk?" after "Vad står det om samverkan i planen?", whose section says nothing to the
            # reader: what another section headed by the topic says to staff ("Stärkt samverkan": "Varje
            # medarbetare behöver underlätta för steget före och efter …"); else what the topic's document says to
            # all staff ("Nära vård för dig som medarbetare"), after it
            said = self._said_to_staff_elsewhere(draft, query, passages, sections)
            staff = self._written_to_staff(role_words, {s.document for s in sections}, passages) if not said else None
            if staff is not None:
                draft.lines.append(WRITTEN_TO_ROLE_LEAD.format(role="medarbetare", heading=heading_of(staff), title=staff.title))
                self._to_staff(draft, staff, passages)
        if not draft.lines and sections:
            self._labels_for_role(draft, query, sections, passages)
        if not draft.lines and sections:
            self._staff_lines_on_topic(draft, query, sections, passages)
        if draft.lines:
            return draft
        said, to_work = self._staff_sentences_on(query, passages)
        if said:  # "Min vård Norrbotten" has no section: its mentions that speak of the work are the answer
            if not to_work:  # nothing said to staff on it: what is said of the topic, said as such
                draft.lines.append(ROLE_TOPIC_LEAD.format(role=query.role))
            for unit in said:
                draft.say(unit.text, unit.chunk)
            # (and what its sections say of where the asker works: "Funktionerna Sök vård och Chatt är infört på
            # alla regionens hälsocentraler" for a läkare at a hälsocentral)
            self._where_asker_works(draft, query, set(), passages)
            if not to_work:
                self._staff_after_topic(draft, query, said[0].chunk.document, passages)
            return draft
        listed = self._items_on_topic(query, passages)
        if listed:  # "Vad är SIP?" -> "vad innebär det för mig som distriktssköterska?": SIP is only an example
            draft.lines.append(ROLE_TOPIC_LEAD.format(role=query.role))
            placed: set[str] = set()
            for unit in listed:
                if draft.fresh(unit.text):
                    draft.lines.append(f"{item_in_context(unit.text, unit.chunk, placed)} [{draft.cite(unit.chunk, unit.text)}]")
            self._staff_after_topic(draft, query, listed[0].chunk.document, passages)
            return draft
        if query.own_topic and swedish.narrows(query.reading):
            # "… för mig som kurator när det gäller barn och unga?" after the plan's psychic ill-health: the
            # retrieved sentences on that part of the topic ("… barn och ungas psykiska hälsa …"), said as such
            own = set(self.tokenize(query.own_topic))
            on_it = [u for u in units_of(hits[:NARROWED_HITS]) if self._mentions(own, u.chunk, u.text)
                     and not u.text.endswith((":", "?"))]
            if on_it:
                draft.lines.append(ROLE_TOPIC_LEAD.format(role=query.role))
                for unit in on_it[:MAX_SENTENCES]:
                    draft.say(unit.text, unit.chunk)
                return draft
        # (a heading that says "arbetet" is not written to staff: "Detta har arbetet lett till")
        to_staff = next((h.chunk for h in hits[:6] if staff_words & set(self.tokenize(heading_of(h.chunk)))), None)
        if to_staff is None:  # the section the topic's document writes to staff, retrieved or not
            to_staff = self._written_to_staff(role_words, {h.chunk.document for h in hits[:3]}, passages)
        if to_staff is not None and self._to_staff(draft, to_staff, passages).lines:
            return draft
        if anchor and len(query.regions) == 1 and not query.own_topic and (
                swedish.names_goal_image(anchor) or swedish.intent_of(anchor) == "what"):
            # "Vad står det i Västernorrlands målbild för nära vård?" + "Och vad betyder det för mig som sjuksköterska i
            # hemsjukvården?": the region's documents say nothing to staff; its målbild (its aim and its points) is
            # what they say, said as such – not the article's list of other regions' målbilder
            # (or what the thing asked of is: "Vad är Gemensam plan i Jämtland Härjedalen?" + "… för mig som
            # LSS-handläggare …?" – the local plans for each municipality, not the målbild's workshop dates)
            goal = f"Vad är målbilden i {query.regions[0]}?" if swedish.names_goal_image(anchor) else anchor
            told = self.compose(replace(query, text=goal, reading=goal, search=goal, intent="what", role="", history=(),
                                        follow_up=False, own_topic=""), hits, qvec, passages)
            if told.lines:
                told.lines.insert(0, ROLE_TOPIC_LEAD.format(role=self._asker(query)))
                self._carried_out_for_manager(told, query, passages)  # (a manager: how the line carries it out)
                return told
        staff = [h for h in hits[:6] if role_words & set(self.tokenize(f"{h.chunk.section} {h.chunk.text}"))] or hits[:4]
        bonus = (lambda text: BONUS_ROLE if swedish.speaks_to_staff(text) or role_words & set(self.tokenize(text)) else 0.0)
        # (sentences, not a slide's labels or its questions: "Ökad kontinuitet", "Vilka perspektiv behöver lyftas …?")
        sentences = [u for u in self._best(query, staff, qvec, passages, terms, limit=MAX_ROLE_SENTENCES, bonus=bonus,
                                            margin=ROLE_MARGIN)
                     if not u.text.endswith((":", "?")) and len(u.text.split()) >= MIN_ROLE_SENTENCE_WORDS]
        said = [u for u in sentences if draft.fresh(u.text)]
        if said and not any(swedish.speaks_to_staff(u.text) or staff_words & set(self.tokenize(u.text)) for u in said):
            # nothing said speaks to staff ("Det övergripande syftet med målbilden …" for "… för mig som jobbar
            # med hemrehab?"): said to be what the documents say of the topic
            draft.lines.append(ROLE_TOPIC_LEAD.format(role=self._asker(query)))
        if said:
            draft.lines.append(" ".join(f"{u.text} [{draft.cite(u.chunk, u.text)}]" for u in said))
        return draft

    @staticmethod
    def _asker(query: Query) -> str:
        """Who asks, as a role lead names them: the role, or in their words when it is only "medarbetare"
        ("… som jobbar i hemtjänsten" -> "arbetar i hemtjänsten")."""
        if query.role != "medarbetare":
            return query.role
        if said := swedish.what_asker_does(query.text):
            return said
        workplace = list(query.workplace)
        return f"arbetar i {workplace[0]}" if workplace else query.role

    @staticmethod
    def _labels_for_role(draft: Draft, query: Query, sections: Sequence[Chunk], passages: Passages) -> Draft:
        """A role question on a section that says nothing to staff but lists labels each explained in the next
        list ("MÅLBILD": five strategies, then what the citizen should meet in each): each label with its
        explanation, said to be what the documents say of the topic (not of the role)."""
        for section in sections:
            scope = replace(query, documents=(section.document,))
            for labels, explained in labelled_lists(passages, scope):
                if labels.section != section.section:
                    continue
                if not draft.lines:
                    draft.lines.append(ROLE_TOPIC_LEAD.format(role=Composer._asker(query)))
                intro = labels.list_intro.rstrip(':') or heading_of(labels)
                draft.lines.append(f"{intro}, {heading_of(explained).lower()}: [{draft.cite(labels, labels.list_intro or intro)}]")
                for label, text in zip(labels.items, explained.items):
                    n = draft.cite(labels, label)
                    m = draft.cite(explained, text)
                    draft.lines.append(f"- {label.rstrip('.')} [{n}]: {text} [{m}]")
                break
        return draft

    def _staff_sentences_on(self, query: Query, passages: Passages) -> tuple[list[Unit], bool]:
        """For a role question on a specific topic (one few passages name: "Min vård Norrbotten", "våld i
        nära relationer", "meänkieli"), the sentences that name the topic and speak of the work ("Ur
        vårdverksamheternas perspektiv ska Min vård Norrbotten bidra till …"), in document order, and
        True; when none speaks of the work, what the documents say of the topic itself, and False."""
        topic, naming = self._specific_topic(query, passages)
        if not naming:
            return [], False  # nothing, or a topic as broad as "nära vård": the section written to staff says more
        units = [u for u in units_of([Hit(c, 0.0) for c in naming]) if u.text not in u.chunk.items]
        saying = [u for u in units if swedish.says_phrase(u.text, topic) and not u.text.endswith(":")]
        said = [u for u in saying if swedish.about_work(u.text)]
        if said:
            return in_context(said[:MAX_SENTENCES], units), True
        # what follows on the topic in the role's own words ("… längre sjukfall. … Detta medför att Region
        # Norrbotten har ett stort ansvar som arbetsgivare …" for "… för oss som arbetsgivare?")
        role_words = set(self.tokenize(swedish.role_topic(query.role))) - set(self.tokenize(swedish.ROLE_TOPIC_GENERIC))
        places = {(u.chunk.id, u.position) for u in saying}
        following = [u for u in units if u not in saying and role_words & set(self.tokenize(u.text)) and any(
            (u.chunk.id, u.position - step) in places for step in range(1, ROLE_FOLLOWING_SENTENCES + 1))]
        if following:
            return in_context([*saying[:1], *following][:MAX_SENTENCES], units), True
        return in_context(saying[:MAX_ROLE_TOPIC_SENTENCES], units), False

    def _items_on_topic(self, query: Query, passages: Passages) -> list[Unit]:
        """For a role question on a topic no sentence names, only a list's items (as an example: "Patientkontrakt
        och Samordnad individuell plan (SIP)"), those items, when few passages list it; else []."""
        for topic in self._role_topics(query, passages):
            if any(swedish.says_phrase(pre_text(c), topic) for c in passages.chunks):
                return []  # said in prose: the sentences or sections on it answer
            listing = [c for c in passages.chunks if any(swedish.says_phrase(i, topic) for i in c.items)]
            if 0 < len(listing) <= ROLE_TOPIC_PASSAGES:
                return [u for u in units_of([Hit(c, 0.0) for c in listing])
                        if u.text in u.chunk.items and swedish.says_phrase(u.text, topic)]
        return []

    def _specific_topic(self, query: Query, passages: Passages) -> tuple[str, list[Chunk]]:
        """The role question's topic as a phrase few passages name, and those passages: its own words,
        else what the earlier question asked about, else the longest of those words alone."""
        for topic in self._role_topics(query, passages):  # the question's own words first
            # (a passage's prose before its list counts: "Patientkontraktet består av tre delar …" stands before
            # a list of examples)
            naming = [c for c in passages.chunks if swedish.says_phrase(pre_text(c), topic)]
            if 0 < len(naming) <= ROLE_TOPIC_PASSAGES:
                return topic, naming
        return "", []

    def _role_topics(self, query: Query, passages: Passages) -> list[str]:
        """What a role question may be about, in turn: its own words, else what the earlier question asked
        about, else the longest of those words alone."""
        if swedish.summary_topic(query.reading):
            return []  # "… vad säger planen om läkemedel?": asked as a summary, answered as one
        earlier = swedish.thing_dated(query.history[-1]) if query.history else ""  # ("När infördes Cosmic?": Cosmic)
        kinds = {swedish.fold(m.kind.split()[0].lower())[:6] for m in passages.metas.values() if m.kind} | \
            {"strate", "plan", "planen", "dokume", "verksa"}
        # what the earlier question asked about, unless it names a document ("den länsgemensamma strategin …")
        asked = [p for p in (swedish.summary_topic(earlier), swedish.topic_words(earlier))
                 if p and not any(swedish.fold(w.lower())[:6] in kinds for w in p.split())]
        own = sorted((w for w in query.own_topic.split() if len(w) >= 6 and not swedish.verb_like(w)), key=len, reverse=True)
        regions = self._every_region_term(passages)
        # (a region's name is no topic: "Vad är målbilden i Västernorrland?" is about the målbild)
        return [t for t in (query.own_topic, *own, *asked) if t and not set(self.tokenize(t)) <= regions]

    def _said_to_staff_elsewhere(self, draft: Draft, query: Query, passages: Passages,
                                 sections: Sequence[Chunk] = (), sharing: bool = False) -> bool:
        """After a role answer whose sections say nothing to the reader: the sentences that speak to staff
        in another section headed by the conversation's topic ("samverkan" -> "Stärkt samverkan": "Varje
        medarbetare behöver underlätta för steget före och efter …"), under that heading (with `sharing`, else those
        of the section written to staff that share a word with the answer); whether any was said."""
        if any(swedish.addresses_reader(line) for line in draft.lines if not line.startswith(UNNAMED_ROLE_START)):
            return False
        units = self._staff_sentences_headed(query, sections, passages) or (
            self._staff_sentences_sharing(draft, query, passages) if sharing else [])
        fresh = [u for u in units if not draft.repeats(u.text)]
        if not fresh:
            return False
        chunk = fresh[0].chunk
        draft.lines.append(WRITTEN_TO_ROLE_LEAD.format(role="medarbetare", heading=heading_of(chunk),
                                                       title=passages.title_of(chunk)))
        for unit in fresh:
            draft.say(unit.text, unit.chunk)
        return True

    def _staff_sentences_headed(self, query: Query, taken: Sequence[Chunk], passages: Passages) -> list[Unit]:
        """The sentences that speak to staff in the first section not `taken` (any document) headed by the
        conversation's topic word ("samverkan" -> "Stärkt samverkan"), or []."""
        topic = self._anchor_word(role_anchor(query))
        if not topic:
            return []
        taken = {(s.document, s.section) for s in taken}
        for chunk in passages.chunks:
            if (chunk.document, chunk.section) in taken or not self._heads(topic, heading_of(chunk)):
                continue
            units = [u for u in units_of([Hit(c, 0.0) for c in passages.section_chunks(chunk.document, chunk.section)])
                     if swedish.speaks_to_staff(u.text) and u.text not in u.chunk.items and not u.text.endswith(":")]
            if units:
                return units[:MAX_SENTENCES]
        return []

    def _staff_sentences_sharing(self, draft: Draft, query: Query, passages: Passages) -> list[Unit]:
        """The sentences of the section the documents write to staff ("Nära vård för dig som medarbetare") that share
        an uncommon word with what the answer said of the topic (egenmonitorering "… kräver en väl utbyggd digital
        infrastruktur" -> "Digitala verktyg och vårdformer kommer att vara en naturlig del i ditt arbete."), or []."""
        role_words = set(self.tokenize(swedish.role_topic(query.role)))
        staff = self._written_to_staff(role_words, self._asked_scope(query, passages) or set(passages.metas), passages)
        if staff is None:
            return []
        common = passages.common_stems(self.tokenize, COMMON_WORD_SHARE) | role_words

        def uncommon(text: str) -> set[str]:
            return {t for t in self.tokenize(swedish.content_words(text)) if len(t) >= MIN_SHARED_STEM} - common

        said = {t for line in draft.lines for t in uncommon(re.sub(r"\[\d+\]", " ", line))}
        section = units_of([Hit(c, 0.0) for c in passages.section_chunks(staff.document, staff.section)])
        units = [u for u in section if not u.text.endswith(":") and u.text not in u.chunk.items and uncommon(u.text) & said]
        # (with the sentence one leans back on: "Det gör du bland annat genom …" after what "det" is)
        return in_context(units[:MAX_SENTENCES], section, after=False)

    def _anchor_word(self, anchor: str) -> set[str]:
        """The conversation's first topic word (of five letters or more), as stems: "Vad står det om samverkan
        mellan regionen och kommunerna?" -> {"samverkan"}; the headings it heads are about the topic."""
        # (not a word for any kind of thing: "vilka exempel på områden … under öppnare vårdformer?" is about öppnare
        # vårdformer, not "Utvecklingsområde …")
        words = [w for w in swedish.topic_words(swedish.summary_topic(anchor) or anchor).split() if len(w) >= 5
                 and w.lower() not in swedish.GENERIC_NOUNS]
        return set(self.tokenize(words[0])) if words else set()

    def _anchor_sections(self, query: Query, hits: Sequence[Hit], passages: Passages) -> list[Chunk]:
        """The section each document has on the conversation's topic (at most one per document)."""
        anchor = role_anchor(query)
        if not anchor:
            return []
        about = replace(query, text=anchor, reading=anchor, search=anchor, intent=swedish.intent_of(anchor), role="",
                        history=())
        documents = list(query.documents or about.named_documents or passages.metas)
        found = [s for s in (self.named_section(replace(about, named_documents=(d,)), hits, passages)
                             for d in documents) if s is not None]
        own = set(self.tokenize(query.own_topic))
        if found:
            return found
        if own and query.history and swedish.names_earlier_event(query.own_topic, query.history[-1]):
            # "Vi har precis bytt journalsystem …" + "vad ska bytet leda till?": the retrieved section headed by a word
            # of the earlier question few passages say ("Nytt journalsystem")
            rare = [w for w in swedish.topic_words(query.history[-1]).split() if len(w) >= MIN_WORKPLACE_LETTERS
                    and passages.passages_saying(w) <= SPECIFIC_WORD_PASSAGES]
            return [h.chunk for h in hits[:3] if any(swedish.mentions(heading_of(h.chunk), w) for w in rare)][:1]
        if not own:
            # "Vad står det om samverkan mellan regionen och kommunerna?" names no section whole: the sections
            # its first topic word heads ("Samverkan", "Stärkt samverkan"), one per document
            own = self._anchor_word(anchor)
            scope = set(documents)
            headed: dict[str, Chunk] = {}
            for chunk in passages.chunks:
                if own and chunk.document in scope and self._heads(own, heading_of(chunk)):
                    headed.setdefault(chunk.document, chunk)
            return list(headed.values())
        # the question's own topic leads a list in the documents asked about ("strategierna": "Fem strategier för
        # att nå målet:" on Jämtland Härjedalen's slide "MÅLBILD"): that list's section
        if query.named_documents or query.documents:
            introduced = [c for c in passages.chunks if c.document in documents and c.items and c.list_intro
                          and self._mentions(own, None, c.list_intro)]
            if introduced:
                return introduced[:1]
        # the question's own topic heads a longer heading ("personcentreringen" -> "Ökad personcentrering
        # och delaktighet"): the retrieved sections so headed, one per document
        headed: dict[str, Chunk] = {}
        for hit in hits[:5]:
            if own <= set(self.tokenize(heading_of(hit.chunk))):
                headed.setdefault(hit.chunk.document, hit.chunk)
        return list(headed.values())

    @staticmethod
    def _to_staff(draft: Draft, section: Chunk, passages: Passages, headed: bool = False) -> Draft:
        """A section written to staff ("Nära vård för dig som medarbetare"), whole; `headed`: its heading said
        before it ("Modigt ledarskap: Framtidens ledarskap behöver …", a part of a section)."""
        for part in passages.section_chunks(section.document, section.section):
            for sentence in split_sentences(pre_text(part))[:MAX_STAFF_SENTENCES]:
                prefix = f"{heading_of(section)}: " if headed and not draft.lines and heading_of(section) else ""
                draft.say(sentence, part, prefix)
        return draft

    def _event_line(self, query: Query, hits: Sequence[Hit], passages: Passages) -> Unit | None:
        """The retrieved line that opens with the event a participants question names ("Kick-off med
        högre tjänstepersoner, förtroendevalda …" for "Vilka var med på kick-offen?")."""
        event = swedish.participants_of(query.reading)
        # the event in the documents' word too ("uppstartsmötet" -> "kick-off", the curated synonym list)
        names = [event, *(passages.synonyms.added(event) if passages.synonyms else [])]
        return next((u for u in units_of(hits[:5]) if any(swedish.mentions(" ".join(u.text.split()[:2]), n) for n in names)), None)

    @staticmethod
    def _participants(unit: Unit, query: Query, hits: Sequence[Hit], qvec, passages: Passages,
                      terms: set[str]) -> Draft:
        """Who took part in an event: the line that opens with it (`_event_line`), placed in its list."""
        draft = Draft()
        text = item_in_context(unit.text, unit.chunk) if unit.text in unit.chunk.items else unit.text
        draft.lines.append(f"{text} [{draft.cite(unit.chunk, unit.text)}]")
        return draft

    def _ordinal(self, listed: Chunk | None, query: Query, hits: Sequence[Hit], qvec, passages: Passages,
                 terms: set[str]) -> Draft:
        """"Vad menas med den andra punkten?": the n-th item of the list the previous answer gave ("och den om
        kontinuitet?": the item that says the word)."""
        n = swedish.ordinal_in(query.reading)
        word = set(self.tokenize(swedish.pointed_item(query.reading))) if not n else set()
        anchor = query.history[-1] if query.history else ""
        if not (n or word) or not (anchor or listed is not None):
            return Draft()
        # (asked first, "Vad handlar den fjärde riktningsförändringen om?" has no earlier answer: the list it names)
        about = replace(query, text=anchor, reading=anchor, search=anchor, intent=swedish.intent_of(anchor), history=())
        earlier = self.compose(about, hits, qvec, passages) if anchor else Draft()
        items = [(chunk, item) for chunk in earlier.cited for item in chunk.items
                 if any(line.startswith(f"- {item} [") for line in earlier.lines)]
        if not items and n:
            # (a summary said each item with its section's lead: "- Ökad personcentrering och delaktighet: Personcentrering
            # handlar om …" after "Sammanfatta de fyra riktningsförändringarna")
            items = [(chunk, item) for chunk in earlier.cited for item in chunk.items
                     if any(line.startswith(f"- {item}") for line in earlier.lines)]
        if not items and n and listed is not None:
            # ("sammanfatta strategin" + "vad ska man jobba med i den andra riktningsförändringen?": the earlier answer
            # gave no such list; the list the documents head or introduce with the thing, in the thread's document)
            items = [(listed, item) for item in listed.items]
        if word:
            # (the earlier answer may have named the items in a sentence of the cited list: "Förutsättningar som;
            # Stärkt samverkan, …, Attraktiv och hållbar arbetsmiljö …")
            items = [(chunk, item) for chunk, item in items or [(c, i) for c in earlier.cited for i in c.items]
                     if word <= set(self.tokenize(item))][:1]
            n = 1
            # (or named the parts by the headings of their sections: "Vägen framåt beskrivs i fyra delområden; Min egen
            # kraft tas tillvara, Tillsammans för min trygghet, …", for "Och den som handlar om trygghet, vad står det i
            # den mer exakt?" – the section so headed, whole)
            said = earlier.text().lower() if not items else ""
            headed = next((c for c in passages.chunks if word <= set(self.tokenize(heading_of(c)))
                           and len(heading_of(c).split()) >= 2 and heading_of(c).lower() in said), None) if said else None
            if headed is not None:
                draft = Draft()
                draft.lines.append(f"”{heading_of(headed)}” ({headed.title}):")
                return self._section(draft, headed, passages)
        if not items or abs(n) > len(items):
            return Draft()
        chunk, item = items[n - 1] if n > 0 else items[-1]
        draft = Draft()
        section = section_headed_by(item, chunk.document, passages)
        if section is None:
            label = labelled_item(item, passages, replace(query, documents=(chunk.document,)))
            if label is not None:  # "den andra" of the five strategies: what the next list says of it
                return self._explained_label(draft, *label)
            draft.say(item_in_context(item, chunk), chunk)
            return draft
        # The item has a section of its own ("den andra" riktningsförändringen): asked for examples,
        # its list of what to work with; else what the section says.
        if query.intent == "list":
            parts = passages.section_chunks(section.document, section.section)
            listed = work_list(parts) or next((c for c in parts if c.items), None)
            if listed is not None:
                draft.lines.append(f"För ”{item}” ({section.title}):")
                return self._whole_list(draft, listed, passages)
        draft.lines.append(f"”{item}” ({section.title}):")  # which one it was, then what its section says
        return self._section(draft, section, passages)


    def _list_of_things(self, thing: str, query: Query, hits: Sequence[Hit], passages: Passages) -> Chunk | None:
        """The list whose heading or lead names the things ("riktningsförändringen" -> "Fyra riktningsförändringar i
        verksamheterna"), each item heading a section of its own: in a document the question names, else in the
        first passage found that belongs to such a document, else None."""
        stems = set(self.tokenize(thing))
        lists = [c for c in passages.chunks if c.items and stems & set(self.tokenize(f"{heading_of(c)} {c.list_intro}"))
                 and all(section_headed_by(i, c.document, passages) is not None for i in c.items)]
        order = [*query.named_documents, *(h.chunk.document for h in hits)]
        ranked = sorted(lists, key=lambda c: order.index(c.document) if c.document in order else len(order))
        return ranked[0] if ranked else None


def role_anchor(query: Query) -> str:
    """The topic a role question asks about: its own ("och vad betyder personcentreringen för mig som
    sjuksköterska?" -> "Vad innebär personcentreringen?"), else the conversation's last question."""
    if query.own_topic in swedish.CARE_OF_WORKPLACES and not query.history:
        # (the asker's part of care, asked of at the start: what the documents say of it)
        return f"Vad står det om {query.own_topic}?"
    if query.own_topic and query.history and swedish.names_earlier_event(query.own_topic, query.history[-1]):
        # ("Vi har precis bytt journalsystem – vad heter det nya …?" -> "vad ska bytet leda till?": the thing changed)
        return f"Vad innebär {swedish.topic_words(query.history[-1])}?"
    if query.own_topic:
        return f"Vad innebär {query.own_topic}?"
    # ("När infördes Cosmic?" -> "vad ska jag göra annorlunda som chef nu när det är infört?": what the documents
    # say of the thing dated, not of its date)
    # (the last question that was no role question itself: "sammanfatta målbilden …" + "vad betyder det för mig som
    # kurator?" + "ok men vad ska jag göra annorlunda då?" asks of the målbild)
    asked = next((t for t in reversed(query.history) if not swedish.role_asked_as(t)
                  and not swedish.asks_doing_differently(t)), query.history[-1]) if query.history else ""
    return swedish.thing_dated(asked) if asked else ""


def section_headed_by(item: str, document: str, passages: Passages, tail_words: int = MIN_HEADING_TAIL_WORDS,
                      where: Callable[[Chunk], bool] = lambda c: True) -> Chunk | None:
    """The first passage (that `where` holds of) of the section a list item heads in its document: its heading, or a
    heading of at least `tail_words` words it ends on ("Mer hälsofrämjande och förebyggande insatser" is the section
    "Hälsofrämjande och förebyggande insatser"), or None."""
    said = swedish.fold(item.lower().rstrip("."))
    return next((c for c in passages.chunks if c.document == document and c.section and where(c)
                 and swedish.fold(heading_of(c).lower()) == said), None) or \
        next((c for c in passages.chunks if c.document == document and c.section and where(c)
              and len(heading_of(c).split()) >= tail_words
              and said.endswith(f" {swedish.fold(heading_of(c).lower())}")), None)


def section_lead(chunk: Chunk, passages: Passages) -> tuple[str, Chunk] | None:
    """The first sentence of a section's own text (before any list) and the passage that says it, or None."""
    return next(((x, c) for c in passages.section_chunks(chunk.document, chunk.section) if c.section == chunk.section
                 for x in split_sentences(pre_text(c))[:1]), None)


def sentence_after(unit: Unit, units: Sequence[Unit]) -> Unit | None:
    """The sentence of the units right after a unit in its passage (no list item), or None."""
    return next((u for u in units if u.chunk is unit.chunk and u.position == unit.position + 1
                 and u.text not in u.chunk.items), None)


def work_list(parts: Sequence[Chunk]) -> Chunk | None:
    """Of a section's passages, its list of what to work with ("Exempel på områden att arbeta med:"), or None."""
    return next((c for c in parts if c.items and swedish.is_work_list(c.list_intro)), None)


def verbatim_in(chunk: Chunk, text: str) -> list[str]:
    """What a cited line quotes of its passage, as the passage says it: the line itself when the passage holds it,
    else the passage's items and sentences the line holds (a framed "Under ”X” … nämns i listan: <item>"), else the
    line (a heading or a title the answer names)."""
    if not text or text in chunk.text:
        return [text]
    held = [i for i in chunk.items if len(i) >= VERBATIM_MIN_LETTERS and i in text]
    held += [s for s in split_sentences(pre_text(chunk)) if len(s) >= VERBATIM_MIN_LETTERS and s in text
             and not any(s in i for i in held)]
    return held or [text]


def is_short_leaf(chunk: Chunk, passages: Passages) -> bool:
    """Whether a chunk's section has no subsections and says a few sentences (at most MAX_TOPIC_SENTENCES)."""
    parts = passages.section_chunks(chunk.document, chunk.section)
    return all(c.section == chunk.section for c in parts) and \
        sum(len(split_sentences(pre_text(c))) + len(c.items) for c in parts) <= MAX_TOPIC_SENTENCES


def dated_on(picked: Sequence[Unit], units: Sequence[Unit]) -> list[Unit]:
    """A date answer's first line with the dated sentence after it that goes on with its thing ("… Cosmic införts i
    regionen under hösten 2024." + "Införandet påverkar samtliga verksamheter inom regionen under 2025.")."""
    top = picked[0]
    after = sentence_after(top, units)
    if after is None or any(u.text == after.text for u in picked) or top.text in top.chunk.items \
            or not swedish.echoes_before(top.text, after.text) or not swedish.has_kind("date", after.text):
        return list(picked)
    return [top, after, *picked[1:]]


def in_context(picked: Sequence[Unit], units: Sequence[Unit], after: bool = True) -> list[Unit]:
    """The picked sentences with the sentence each one leans back on (when that one stands on its own),
    and (with `after`) the next sentence when it goes on from a picked one ("… avfallsmängder …" + "Det kan vara
    smittförande avfall …")."""
    by_place = {(u.chunk.id, u.position): u for u in units if u.text not in u.chunk.items}
    out: list[Unit] = []
    echoed: list[Unit] = []

    def free(other: Unit | None) -> bool:  # a sentence not yet said, and no lead-in
        return other is not None and other not in out and other not in picked and not other.text.endswith(":")
    for unit in picked:
        before = by_place.get((unit.chunk.id, unit.position - 1))
        first = by_place.get((unit.chunk.id, unit.position - 2))
        # ("Lokala handlingsplaner ska utarbetas …. Dessa ska underlätta …. Planerna utformas …": "Planerna" are those
        # the sentence before, or the one before that, names)
        echoes = free(before) and (swedish.echoes_before(before.text, unit.text) or (
            first is not None and swedish.leans_back(before.text) and swedish.echoes_before(first.text, unit.text)))
        if free(before) and (swedish.leans_back(unit.text) or echoes):
            if not swedish.leans_back(before.text):
                out.append(before)
            elif (echoes or swedish.leans_back(unit.text, strongly=True)) and free(first) \
                    and not swedish.leans_back(first.text):
                # (a sentence before that itself leans back – "Det ökar förutsättningarna …" – needs its own context:
                # added when the one before it stands alone: "En jämlik … verksamhet mäter …. Den arbetar …. Ibland …")
                out.extend((first, before))
        if unit not in out:
            out.append(unit)
        following = by_place.get((unit.chunk.id, unit.position + 1)) if after else None
        if following is not None and swedish.leans_back(following.text) and following not in picked \
                and following not in out and unit.text not in unit.chunk.items \
                and not swedish.about_the_text(following.text):
            out.append(following)
            # (and the one after it that goes on the same way: "Det gör du bland annat genom att …" + "Du gör det också
            # genom att …")
            further = by_place.get((unit.chunk.id, unit.position + 2))
            if further is not None and swedish.goes_on_also(further.text) and further not in picked and further not in out:
                out.append(further)
        # (and on, past what is said already, while a sentence opens on the things the picked one names: "Lokala
        # handlingsplaner ska utarbetas …" + "Dessa ska underlätta …" + "Planerna utformas …" + "Handlingsplanerna
        # sammanfogas därefter …")
        if after and unit.text not in unit.chunk.items:
            step, added = 1, 0
            while added < ECHOED_ON and (further := by_place.get((unit.chunk.id, unit.position + step))) is not None:
                step += 1
                if further in picked or further in out or further in echoed:
                    continue
                if not swedish.echoes_before(unit.text, further.text, naming=True) or swedish.about_the_text(further.text):
                    break
                echoed.append(further)
                added += 1
    for further in echoed:  # (each in its place: after the last sentence said before it in its passage)
        if further in out:
            continue
        before_it = [i for i, u in enumerate(out) if u.chunk.id == further.chunk.id and u.position < further.position]
        out.insert(before_it[-1] + 1 if before_it else len(out), further)
    return out


def labelled_lists(passages: Passages, query: Query) -> Iterator[tuple[Chunk, Chunk]]:
    """Lists of short labels each explained at the same place in the next list (a slide's five strategies,
    then five sentences, one per strategy), within the documents asked about: (labels, explaining) chunks,
    in document order (a caller that finds its label stops there)."""
    scope = set(query.documents or query.named_documents)
    for chunk, after in zip(passages.chunks, passages.chunks[1:]):
        if chunk.items and (not scope or chunk.document in scope) and after.document == chunk.document \
                and len(after.items) == len(chunk.items) \
                and all(len(item.split()) <= SHORT_ITEM_WORDS // 2 for item in chunk.items) \
                and all(len(item.split()) > SHORT_ITEM_WORDS for item in after.items) \
                and (after.section == chunk.section or after.section.startswith(chunk.section + SECTION_SEP)):
            yield chunk, after


def opens_with(text: str, thing: str) -> bool:
    """Whether a line opens with the thing (its words' stems within its first SUBJECT_WORDS words, typed with or
    without a hyphen): "Kick-off med högre tjänstepersoner …" opens with "kickoffen"; "Förslag … presenteras till
    deltagarna från kick-offen" does not."""
    stems = [w[:max(MIN_STEM_LETTERS, len(w) - INFLECTION_LETTERS - 1)]
             for w in re.findall(r"\w+", swedish.fold(thing.lower().replace("-", "")))]
    start = swedish.fold(" ".join(text.split()[:SUBJECT_WORDS]).lower().replace("-", ""))
    return bool(stems) and all(stem in start for stem in stems)


def asked_event(query: Query) -> str:
    """The kind of event a question asks about: its own words', or a follow-up's conversation's ("Vem fattade
    beslut om målbilden?" -> "när var det?": the decision)."""
    own = swedish.event_of(query.reading)
    if own or not query.follow_up:
        return own
    # (only a bare follow-up: "och när skulle förslaget upp i RSR sen?" asks of its own thing, whatever its event)
    bare = not swedish.topic_words(swedish.without_pointing(query.reading)).strip(" ?")
    return swedish.event_of(query.search) if bare else ""


def named_label(query: Query, passages: Passages, by_head: bool = False) -> tuple[Chunk, int, Chunk] | None:
    """A list label of several words ("Ökad kontinuitet") that the question names whole and that the next
    list explains, within the documents asked about: (labels chunk, index, explaining chunk), or None."""
    def folded(text: str) -> str:
        return " ".join(swedish.fold(w) for w in re.findall(r"\w+", text.lower()))

    reading = f" {folded(query.reading)} "
    pairs = list(labelled_lists(passages, query))
    for labels, explained in pairs:
        for index, item in enumerate(labels.items):
            said = folded(item)
            if " " in said and f" {said} " in reading:
                return labels, index, explained
    # (with `by_head`, or by what it is of, without the word saying which way it goes: "och kontinuitet då, hur beskrivs
    # den ur invånarens perspektiv?" names "Ökad kontinuitet"), when no other label of the list is named so too, in a
    # document the conversation named (not "ökad personcentrering och delaktighet", the strategy's, for "Ökad delaktighet")
    for labels, explained in pairs if by_head else ():
        # (or of the region the thread is about: "vilka strategier finns i jämtland härjedalens målbild?" + "vad innebär
        # samordning och samverkan?" names "Ökad samordning och samverkan")
        region = getattr(passages.metas.get(labels.document), "region", "")
        if labels.document not in query.named_documents and not (
                region and query.regions == (region,) and (query.follow_up or query.thread_region == region)):
            continue
        named = [index for index, item in enumerate(labels.items)
                 if (heads := [w for w in folded(item).split() if w not in LABEL_QUALIFIERS and w not in ("och", "for")])
                 and all(len(w) >= MIN_LABEL_HEAD and f" {w} " in reading for w in heads)]
        if len(named) == 1:
            return labels, named[0], explained
    return None


# Words that say which way a label's thing goes, not what it is ("Ökad kontinuitet", "Hälsofrämjande fokus"), folded
LABEL_QUALIFIERS = frozenset({"okad", "okat", "okade", "starkt", "starkta", "mer", "battre", "fokus", "tydligare"})
MIN_LABEL_HEAD = 6  # a label's word this long, named alone, names the label ("kontinuitet", not "vård")


def labelled_item(term: str, passages: Passages, query: Query) -> tuple[Chunk, int, Chunk] | None:
    """A short list item named by the term whose explanation stands at the same place in the next list,
    within the documents asked about: (labels chunk, index, explaining chunk)."""
    if not term:
        return None
    wanted = swedish.fold(term.lower())
    for chunk, after in labelled_lists(passages, query):
        names = [swedish.fold(item.lower().rstrip(".")) for item in chunk.items]
        if wanted in names:
            return chunk, names.index(wanted), after
    if query.named_documents and not query.documents and not query.regions:
        # (documents named only by their kind, "målbilden", no region: the label wherever it stands – "Ökad
        # kontinuitet" of "målbilden Tillsammans för god hälsa hela livet", Jämtland Härjedalen's)
        return labelled_item(term, passages, replace(query, named_documents=()))
    return None


def _compound_of(word: str, parts: set[str]) -> bool:
    """Whether a word is two of the given words joined ("målbildsbroschyren": "målbild" + "broschyr")."""
    return any(word.startswith(a) and any(word[len(a):].lstrip("s").startswith(b) and len(b) >= 4 for b in parts)
               for a in parts if len(a) >= 4 and len(word) > len(a) + 3)


def _clipped(item: str) -> str:
    """A list item as an outline shows it: its first sentence, cut at a word with "…" when long."""
    first = split_sentences(item)[0].rstrip(".") if split_sentences(item) else item
    if len(first) <= OUTLINE_ITEM_CHARS:
        return first
    cut = first[:OUTLINE_ITEM_CHARS].rsplit(" ", 1)[0]
    # a name in quotes is never cut ("… färdplan för omställningen är ”Gemensam plan för primärvårdsnivån i …”")
    if cut.count("”") % 2 or cut.count("“") > cut.count("”") or cut.count('"') % 2:
        close = min((i for i in (first.find("”", len(cut)), first.find('"', len(cut))) if i >= 0), default=-1)
        if close >= 0:
            cut = first[:close + 1]
    return cut.rstrip(",;:") + (" …" if len(cut) < len(first) else "")


def answers_to(question: str, chunk: Chunk) -> list[str]:
    """The items after a slide's question item, up to the next question ("Varför …?" -> its reasons)."""
    start = chunk.items.index(question) + 1
    end = next((k for k, i in enumerate(chunk.items[start:]) if i.endswith("?")), len(chunk.items))
    return list(chunk.items[start:start + end])


_RUNS_ON = re.compile(r"(?:,|;|\s+(?:samt|och|eller))\s*$", re.I)  # "… enligt 1 § samt": the item runs on into the next


def item_in_context(item: str, chunk: Chunk, placed: set[str] | None = None) -> str:
    """A lone list item says which list it comes from ("Under ”Öppnare vårdformer” … nämns bland exemplen: …");
    with `placed` (the lists already placed in this answer) a list's place is said once, its next items bare."""
    # (an item that runs on into the next, "… enligt 1 § samt", ends where it is quoted)
    said = item if item.endswith(("?", "!")) else _RUNS_ON.sub("", item.rstrip(".")) + "."
    if placed is not None and chunk.id in placed:
        return said
    if placed is not None:
        placed.add(chunk.id)
    what = "bland exemplen" if "exempel" in chunk.list_intro.lower() else "i listan"
    return f"Under ”{heading_of(chunk) or chunk.title}” ({chunk.title}) nämns {what}: {said}"


_PLACE = re.compile(r"Under ”[^”]*” \((?:[^()]|\([^()]*\))*\) nämns (?:i listan|bland exemplen): ")


def without_place(text: str) -> str:
    """A quoted item without the place `item_in_context` said before it (the documents' words only)."""
    return _PLACE.sub("", text)


def _names_one(query: Query) -> bool:
    return swedish.names_one(query.reading)


def _defines(topic: set[str], text: str, tokenize: Tokenizer) -> bool:
    """Whether a sentence defines one of the topic words ("Patientkontraktet är …", "… (SIP)")."""
    head = text.split(",")[0]
    words = tokenize(head)
    return swedish.is_defining(text) and any(t in words[:4] or any(swedish.compound_match(t, w) for w in words[:4])
                                                for t in topic)


def with_year(text: str, chunk: Chunk, meta: DocumentMeta | None = None, said: set[str] | None = None) -> str:
    """A date sentence that lacks its year gets its dated heading ("27 maj fattades … (Maj 2021)"), once
    per answer (`said` holds the headings already given); a year is never guessed from other sentences of
    the passage or from the document's date."""
    said = set() if said is None else said
    if swedish.has_year(text, full=True):
        return text
    period = swedish.year_span(meta.title) if meta else ""
    if period and swedish.mentions(text, "planperioden"):
        # "… fortskrider under planperioden.": the plan's period, as its title states it
        return f"{text} (planperioden {period}, enligt ”{meta.title}”)"
    if swedish.has_year(text):  # "221202", "18/11-22", "hösten -21": the date written out after it
        spelled = [swedish.format_date(d) for d in swedish.find_dates(text)]
        return f"{text} ({', '.join(spelled)})" if spelled else text
    for heading in reversed(chunk.section.split(SECTION_SEP)):
        if swedish.has_year(heading):
            if heading in said:  # (a second line under the same dated heading: said once, with the first)
                return text
            said.add(heading)
            # (a day in the heading is written out: "(Förslag till RSR 230206, 6 februari 2023)")
            days = [swedish.format_date(d) for d in sorted(swedish.days_named(heading))]
            return f"{text} ({heading}, {', '.join(days)})" if days else f"{text} ({heading})"
    return text
