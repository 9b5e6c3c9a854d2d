"""End to end: real model, real Chroma, real corpus – cited answers, lists, refusals, follow-ups."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from assistant.answer import ENGLISH_LEAD

from .conftest import REPO


def _valid_citations(answer) -> bool:
    numbers = {int(n) for n in re.findall(r"\[(\d+)\]", answer.text)}
    return numbers == set(range(1, len(answer.citations) + 1))


def test_committee_question_cites_the_operating_plan(assistant):
    answer = assistant.ask("Vad ansvarar hälso- och sjukvårdsnämnden för?")
    assert answer.answered
    assert "primärvård, tandvård och omställning till nära vård" in answer.text
    assert answer.citations[0].chunk.title == "Hälso- och sjukvårdsnämndens verksamhetsplan 2025–2027"
    assert _valid_citations(answer)
    for citation in answer.citations:
        for used in citation.used:
            assert used in citation.chunk.text  # every cited sentence is really in its passage


def test_list_question_returns_the_whole_list(assistant):
    answer = assistant.ask("Vilka exempel passar riktningsförändringen öppnare vårdformer?")
    for item in ("Mobila team", "Servicepunkter och filialer i glesbygd", "Specialistkonsultation i hemmet",
                 "Hemmonitorering", "Digitala välfärdstjänster"):
        assert item in answer.text
    assert _valid_citations(answer)


def test_follow_up_keeps_the_thread(assistant):
    answer = assistant.ask("och vilka exempel finns för den?",
                           history=["Vad innebär riktningsförändringen öppnare vårdformer?"])
    assert "Mobila team" in answer.text


def test_a_follow_up_that_counts_its_own_thing_finds_it_beyond_the_earlier_question(assistant):
    # the earlier question's words would fill the top passages with the committee's tasks
    answer = assistant.ask("hur många ledamöter har den?",
                           history=["Vilken nämnd i Region Norrbotten ansvarar för omställningen till nära vård?"])
    assert answer.answered and "13 ordinarie ledamöter" in answer.text
    # (and when the follow-up only implies the counted thing: "hur många sitter i den?" counts ledamöter)
    implied = assistant.ask("hur många sitter i den?", history=["vad har hälso- och sjukvårdsnämnden för ansvar?"])
    assert implied.answered and "13 ordinarie ledamöter" in implied.text


@pytest.mark.parametrize("question", [
    "Vilken är huvudstaden i Australien?",
    "Hur mycket kostar en parkeringsplats vid sjukhuset per månad?",
    # no passage names a "matsal" (only "personal" starts the word): vocabulary may not lift it over the floor
    "Vad serveras i personalmatsalen idag?",
    "vet nån om friskvårdsbidraget har höjts i år?",
    # a staff errand no document deals with, however close its other words come (Cosmic is in the plan)
    "kommer inte in i cosmic, lösenordet funkar inte sen i morse. vem ringer man på IT??",
    "glömt lösenordet till cosmic igen... vem ringer man??",  # the errand stands in the sentence before the question
    # a link under "Fler regioners målbilder" names Uppsala's vision but says nothing of it
    "Vilka punkter innehåller Uppsalas målbild för Effektiv och nära vård 2030?",
])
def test_unanswerable_is_refused_without_sources(assistant, question):
    answer = assistant.ask(question)
    assert not answer.answered and answer.citations == ()
    assert "Det står inte i styrdokumenten" in answer.text
    assert "Hälso- och sjukvårdsnämndens verksamhetsplan 2025–2027" in answer.text  # says what was searched


def test_an_english_question_is_refused_in_english_first(assistant):
    answer = assistant.ask("When will the new hospital in Kiruna open?")
    assert not answer.answered and answer.citations == ()
    assert answer.text.startswith("The steering documents do not answer this")
    assert "Det står inte i styrdokumenten" in answer.text  # the searched documents follow, as for any refusal


@pytest.mark.parametrize("question", ["", "   \n\t ", "\x00\x01", "🙂🙂🙂", "x" * 1_000_000])
def test_bad_questions_get_a_clear_message(assistant, question):
    answer = assistant.ask(question)
    assert not answer.answered and "rejected" in answer.flags
    assert "fråga" in answer.text.lower()


def test_document_filter_limits_sources(assistant):
    answer = assistant.ask("Vad är målbilden?", documents=["vasternorrland-malbild-skr-2021.txt"])
    assert answer.answered
    assert {c.chunk.document for c in answer.citations} == {"vasternorrland-malbild-skr-2021.txt"}


def test_cli_ask_json_contract(built):
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(built.index_dir), "ASSISTANT_CACHE_DIR": str(built.cache_dir),
           "ASSISTANT_CORPUS_DIR": str(built.corpus_dir)}
    proc = subprocess.run([sys.executable, "-m", "assistant.cli", "ask", "--json",
                           "Vad ansvarar hälso- och sjukvårdsnämnden för?"],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=300)
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)  # exactly one JSON object on stdout
    assert {"question", "answer", "answered", "sources"} <= data.keys()
    assert data["answered"] is True and data["sources"]
    for source in data["sources"]:
        assert {"rank", "document", "title", "section", "text", "score"} <= source.keys()
    assert "gradio" not in proc.stderr.lower()


def test_a_two_part_question_answers_each_part_with_sources_numbered_across_the_answer(assistant):
    answer = assistant.ask("Hur kommer digitala verktyg påverka mitt jobb enligt strategin, och vilka digitala "
                           "tjänster har regionen redan infört på hälsocentralerna?")
    assert answer.answered and "parts" in answer.flags
    assert "naturlig del i ditt arbete" in answer.text and "Sök vård och Chatt" in answer.text
    assert answer.text.index("naturlig del") < answer.text.index("Sök vård och Chatt")
    assert [c.rank for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    assert _valid_citations(answer)
    # the second part leans on the first: "their" is Västernorrland's
    english = assistant.ask("When was the Västernorrland article published, and who decided their target picture?")
    assert "17 februari 2021" in english.text and "Social ReKo" in english.text
    assert english.text.count("The documents are in Swedish") == 1  # the English lead said once, above the parts
    # two dates of two events: each its own line ("ta fram" is the start, December 2020; "anta" the decision)
    dates = assistant.ask("nar borjade man ta fram malbilden i norrbotten och nar antogs den")
    assert "parts" in dates.flags and "December 2020" in dates.text and "27 maj" in dates.text



def test_parts_asked_of_two_regions_things_are_each_regions_own(assistant):
    """"X och Y har båda målbilder. Hur många delar består de av?": a row per region, each with its målbild's parts."""
    answer = assistant.ask("Västernorrland och Jämtland Härjedalen har båda målbilder. Hur många delar består de av?")
    assert answer.answered and "comparison" in answer.flags
    rows = {line.split(":")[0]: line for line in answer.text.splitlines() if ":" in line}
    assert "Fem strategier" in rows["Jämtland Härjedalen"] and "fyra punkter" in rows["Västernorrland"]
    assert _valid_citations(answer)


def test_regions_things_asked_how_they_are_built_are_each_regions_own(assistant):
    """"Jämför målbilderna … – hur är de uppbyggda?": each row is that region's målbild and its parts."""
    answer = assistant.ask("Jämför målbilderna i Jämtland Härjedalen och Västernorrland – hur är de uppbyggda?")
    rows = {line.split(":")[0]: line for line in answer.text.splitlines() if ":" in line}
    assert "Fem strategier" in rows["Jämtland Härjedalen"] and "fyra punkter" in rows["Västernorrland"]
    assert _valid_citations(answer)


def test_two_named_documents_rows_each_answer_from_their_own_document(assistant):
    """Each row reads the question without the other document's whole name ("nämndens verksamhetsplan",
    "den länsgemensamma strategin"): the plan's row is the plan's own four directions."""
    answer = assistant.ask("Är riktningsförändringarna i nämndens verksamhetsplan samma som i den länsgemensamma "
                           "strategin, eller skiljer de sig?")
    assert "comparison" in answer.flags
    plan_row = next(line for line in answer.text.splitlines() if line.startswith("Hälso- och sjukvårdsnämndens"))
    assert "ställas om utifrån fyra riktningsförändringar" in plan_row and "Öppna vårdformer" in plan_row
    assert _valid_citations(answer)


def test_a_name_the_documents_only_link_to_is_refused_saying_where_it_is_named(assistant):
    """Uppsala's målbild is only a link under "Fler regioners målbilder": the other passages a question
    about its contents finds say nothing of Uppsala, so it is refused, saying where Uppsala is named."""
    answer = assistant.ask("Vad innehåller Uppsalas målbild för Effektiv och nära vård 2030, vilka punkter har de?")
    assert not answer.answered and not answer.citations
    assert "Uppsala nämns bara i en lista under ”Fler regioners målbilder”" in answer.text
    listed = assistant.ask("Finns Jönköpings målbild med i SKR:s artikel?")  # asked of the article: the list answers
    assert listed.answered and "Jönköping Gemensam målbild" in listed.text


def test_each_comparison_row_searches_its_own_question_in_every_leg(assistant):
    """A row's dense and sparse passes read the row's own question, not the whole comparison: both regions'
    passages on kontinuitet are among the five retrieved (the whole question's vector found neither)."""
    answer = assistant.ask("Kontinuitet – hur uttrycks det i Jämtlands och Västernorrlands målbilder? Jag vill jämföra inför ett möte")
    top = " ".join(hit.chunk.text for hit in answer.retrieved[:5])
    assert "De jag träffar känner mig och min bakgrund" in top and "Jag har en kontinuitet i min kontakt med vården" in top


def test_what_a_statement_of_the_documents_means_is_answered_by_its_whole_paragraph(assistant):
    """"Jag är experten i mitt liv!" is no term a sentence defines: its paragraph in Norrbotten's målbild goes on to
    say what it means, up to "… stöd att vara en aktiv medskapare"."""
    answer = assistant.ask("i målbilden står det nåt om att patienten e expert, vad menas med det?")
    assert answer.answered and "Jag är experten i mitt liv!" in answer.text and "aktiv medskapare" in answer.text
    assert _valid_citations(answer)


def test_who_makes_a_thing_is_not_answered_by_a_list_label_that_names_it(assistant):
    """No document says who draws up the patientkontrakt: the strategy's list label "Patientkontrakt och Samordnad
    individuell plan (SIP)" names it and no one who makes it."""
    answer = assistant.ask("och vem tar fram det?", ["vad e ett patientkontrakt"])
    assert not answer.answered and answer.text.startswith("Det står inte i styrdokumenten.")


def test_a_bare_section_after_the_earlier_one_gets_that_sections_examples(assistant):
    """"och under öppnare vårdformer?" after the examples under Stärkt gemensam primärvård asks the same of the other
    direction: its examples, not the primary-care list again."""
    answer = assistant.ask("och under öppnare vårdformer?",
                           ["Vilka exempel på områden att arbeta med finns under stärkt gemensam primärvård?"])
    assert answer.answered and "Mobila team" in answer.text and "Hemmonitorering" in answer.text
    assert "Samnyttjande av personal" not in answer.text and _valid_citations(answer)


def test_sharing_premises_fits_where_the_strategy_lists_it(assistant):
    """"… dela lokaler och kanske en del personal. Passar det in någonstans i strategin?": the strategy names it
    among the examples of Stärkt gemensam primärvård (was refused as a mere mention)."""
    answer = assistant.ask("Vi på hälsocentralen och kommunens hemsjukvård funderar på att dela lokaler och kanske en "
                           "del personal. Passar det in någonstans i Norrbottens strategi för nära vård?")
    assert answer.answered and "Samnyttjande av personal och lokaler" in answer.text and _valid_citations(answer)


def test_the_målbild_of_a_thread_given_by_the_askers_town_is_that_regions(assistant):
    """A läkare at Östersund's hospital asking of "länets målbild": the thread is Jämtland Härjedalen's, so
    "målbilden" in the follow-up is its presentation, not Norrbotten's brochure (whose kind is "målbild")."""
    answer = assistant.ask("Varför används inte uttrycket nära vård i målbilden?",
                           ["Jag jobbar på sjukhuset i Östersund och läser om länets målbild. Vad innebär ökad kontinuitet?"])
    assert answer.answered and "oberoende av omställningen" in answer.text
    assert all(c.chunk.document.startswith("jamtland") for c in answer.citations)


def test_whether_dental_care_takes_part_in_collaboration_is_answered_by_the_sentence_naming_both(assistant):
    """The plan's words "nämndens verksamhetsplan" and "enligt" pick no sentence: "Även tandvården behöver inkluderas
    i samverkan …" answers, not the 2 § list of what the nämnd is to collaborate on."""
    answer = assistant.ask("Ska tandvården ingå i samverkan enligt nämndens verksamhetsplan?")
    assert answer.answered and answer.text.startswith("Även tandvården behöver inkluderas i samverkan")


def test_why_not_all_of_them_is_asked_of_what_the_first_part_counted(assistant):
    """"I hur många kommuner … hölls medborgardialoger, och varför inte i alla?": the second part is about the
    dialogues (the pandemic stopped them), not why the change to nära vård is made at all."""
    answer = assistant.ask("I hur många kommuner i Västernorrland hölls medborgardialoger, och varför inte i alla?")
    assert answer.answered and answer.text.count("pandemin har hindrat") == 2 and "Våra varför" not in answer.text
    assert _valid_citations(answer)


def test_a_follow_up_naming_a_service_of_its_own_is_answered_from_that_service(assistant):
    """After a question on the journal system, "Och vad finns det för funktioner i Min vård Norrbotten?" was refused:
    the search still held the journal system."""
    answer = assistant.ask("Och vad finns det för funktioner i Min vård Norrbotten?",
                           ["Vilket journalsystem ska vi ha i regionen och när införs det?"])
    assert answer.answered and "Sök vård och Chatt" in answer.text and _valid_citations(answer)


def test_what_the_plan_says_of_cares_environmental_impact_is_its_environment_section(assistant):
    """"vårdens miljöpåverkan": the genitive owner is no topic; the plan's environment section answers (it got the
    nämnd's founding and tasks)."""
    answer = assistant.ask("Vad säger nämndens plan om vårdens miljöpåverkan?")
    assert answer.answered and "engångsartiklar har stor miljöpåverkan" in answer.text and "Regionfullmäktige" not in answer.text


def test_a_later_part_answered_by_what_was_quoted_above_says_so(assistant):
    """"Vad betyder stärkt gemensam primärvård för oss i kommunen, och vad ska vi jobba med?": the examples were
    said once (they were printed under both parts, the second with one related line added)."""
    answer = assistant.ask("Jag är ny sjuksköterska i hemsjukvården i Bodens kommun. Vad betyder stärkt gemensam "
                           "primärvård för oss i kommunen, och vad ska vi jobba med?")
    assert answer.answered and answer.text.count("Teambaserade arbetssätt") == 1 and _valid_citations(answer)


def test_the_skr_articles_metadata_answers_what_period_it_covers(assistant):
    """The "Om exemplet" label/value lines were dropped at ingest as page furniture; they are the article's own
    metadata, asked for ("Vilken tidsperiod gäller SKR-exemplet?")."""
    answer = assistant.ask("Vilken tidsperiod gäller SKR-exemplet?")
    assert answer.answered and "Tidsperiod: Pågående." in answer.text and _valid_citations(answer)
    assert answer.citations[0].chunk.section.endswith("Om exemplet")


def test_a_count_the_question_gives_itself_is_refused_in_english_too(assistant):
    """"How many of Norrbotten's 31 primary care clinics are run privately?" was answered with "sammanlagt 31"."""
    for question in ("Hur många av de 31 hälsocentralerna drivs privat?",
                     "How many of Norrbotten's 31 primary care clinics are run privately?"):
        assert not assistant.ask(question).answered, question


def test_what_a_document_talks_about_is_what_the_question_after_it_asks_of(assistant):
    """"Nämndens plan pratar mycket om personcentrering. Kan du sammanfatta vad det innebär där …?" was refused: the
    reading kept only the asking sentence, whose "det" and "där" point at the statement."""
    answer = assistant.ask("Nämndens plan pratar mycket om personcentrering. Kan du kort sammanfatta vad det innebär "
                           "där och vad vi vinner på det?")
    assert answer.answered and "individens behov" in answer.text and _valid_citations(answer)
    assert all(c.chunk.document.startswith("hsn-verksamhetsplan") for c in answer.citations)


def test_how_two_things_relate_is_answered_by_the_label_naming_them_together(assistant):
    """"Hur hänger patientkontrakt ihop med SIP?" was refused: the one place that names both is an example label
    ("Patientkontrakt och Samordnad individuell plan (SIP)"), and a label alone answered no lookup."""
    answer = assistant.ask("Hur hänger patientkontrakt ihop med SIP?")
    assert answer.answered and "Patientkontrakt och Samordnad individuell plan (SIP)" in answer.text
    assert _valid_citations(answer) and answer.citations[0].chunk.document.startswith("norrbotten-strategi")


def test_the_functions_of_a_named_service_include_the_sentences_naming_it(assistant):
    """"Vilka funktioner finns i Min vård Norrbotten?" said only "Sök vård och Chatt"; the plan also says
    "Videotjänst ingår i Min vård Norrbotten"."""
    answer = assistant.ask("Vilka funktioner finns i Min vård Norrbotten?")
    assert answer.answered and "Sök vård och Chatt" in answer.text and "Videotjänst" in answer.text
    assert _valid_citations(answer)


def test_when_an_undated_document_was_made_is_said_to_be_untold(assistant):
    """"vilket år togs den länsgemensamma strategin för nära vård fram?" was answered with the years of the documents
    the plan lists ("Ett jämställt Norrbotten – regional strategi 2024-2030")."""
    answer = assistant.ask("vilket år togs den länsgemensamma strategin för nära vård fram?")
    assert not answer.answered and "anger inte när den togs fram" in answer.text


def test_a_later_part_naming_no_document_asks_of_the_one_the_first_part_named(assistant):
    """A trial's "vem har tagit fram strategin och vem är uppdragsgivare?" said the documents do not name an
    uppdragsgivare: the second part was searched without the strategy the first part named."""
    answer = assistant.ask("vem har tagit fram strategin och vem är uppdragsgivare?")
    assert answer.answered and "Politiska samverkansberedningen" in answer.text and _valid_citations(answer)


def test_english_questions_on_priorities_and_minority_languages_find_the_plans_answer(assistant):
    """A trial's "Summarize the committee's main priorities for 2025-2027 in a few bullet points" gave the Agenda 2030
    goals, and "Do I need to speak Sami or Finnish with patients? …" was refused."""
    priorities = assistant.ask("Summarize the committee's main priorities for 2025-2027 in a few bullet points")
    assert priorities.answered and "inriktningar och uppdrag för 2025–2027" in priorities.text
    sami = assistant.ask("Do I need to speak Sami or Finnish with patients?")
    assert sami.answered and "bemöta på dessa språk" in sami.text and _valid_citations(sami)


def test_which_documents_there_are_is_answered_by_the_documents_each_citing_its_opening(assistant):
    # a trial's "vilket av dokumenten gäller för oss i jämtland?" got a line naming a plan that is none of them
    local = assistant.ask("hej! jag är ny enhetschef i hemtjänsten i östersund. vilket av dokumenten gäller för oss i jämtland?")
    assert local.answered and local.text.startswith("För Jämtland Härjedalen finns ett av dokumenten:")
    assert "Målbild och färdplan Nära vård i Jämtland Härjedalen" in local.text
    assert [c.chunk.document for c in local.citations] == ["jamtland-harjedalen-malbild-fardplan.txt"]
    every = assistant.ask("Vilka dokument finns det?")
    assert every.text.startswith("Jag svarar utifrån fem styrdokument:") and len(every.citations) == 5
    assert _valid_citations(every)
    assert "documents" not in assistant.ask("Vilka dokument tar upp SIP?").flags  # a topic: where it is said


def test_a_later_part_asked_of_two_regions_is_answered_for_each(assistant):
    # hold72-29: the second part, given both regions by the first, was refused as one count
    answer = assistant.ask("Är Jämtland Härjedalens målbild uppbyggd på samma sätt som Västernorrlands, och hur många "
                           "delar har de var?")
    first, second = answer.text.split("”hur många delar har de var?”:", 1)
    # (since session 44 the first part, how each is built, gives each målbild's parts itself: the second is said above)
    assert ("Jämtland Härjedalen:" in second and "Fem strategier" in second and "Västernorrland:" in second) or (
        "Se svaret ovan" in second and "Fem strategier" in first and "fyra punkter" in first)
    assert _valid_citations(answer)


def test_a_municipality_no_document_names_is_said_so_before_what_is_said_of_its_region(assistant):
    # a trial's "har sundsvalls kommunfullmäktige antagit målbilden?" got Västernorrland's text as if it were Sundsvall's
    answer = assistant.ask("har sundsvalls kommunfullmäktige antagit målbilden?")
    assert answer.answered and answer.text.startswith("Dokumenten nämner inte Sundsvall särskilt; det här säger de om "
                                                      "Västernorrland:")
    assert not assistant.ask("Vad händer med sjukhuset i Kiruna?").text.startswith("Dokumenten nämner inte")
    # (a third trial's "… örnsköldsviks kommun för lokal handlingsplan …?" got Norrbotten's strategy "om Västernorrland")
    other = assistant.ask("vad har örnsköldsviks kommun för lokal handlingsplan för nära vård?")
    assert not other.answered and "Dokumenten nämner inte Örnsköldsvik." in other.text


def test_whom_a_thing_touches_is_answered_by_the_sentence_saying_what_it_touches(assistant):
    # a trial's "när infördes cosmic" + "vem påverkas av det?" got the date again, not "Införandet påverkar samtliga
    # verksamheter inom regionen under 2025."
    answer = assistant.ask("vem påverkas av det?", ["när infördes cosmic"])
    assert answer.answered and "påverkar samtliga verksamheter" in answer.text and _valid_citations(answer)
    # (hold74: the second part of "När infördes … Cosmic, och vilka verksamheter påverkas?", of Cosmic too)
    # (session 41: the date answer goes on with that sentence, so the second part points to the answer above)
    parts = assistant.ask("När infördes det nya journalsystemet Cosmic, och vilka verksamheter påverkas?")
    first, second = parts.text.split("”vilka verksamheter påverkas?”:", 1)
    assert "påverkar samtliga verksamheter" in second or (
        "påverkar samtliga verksamheter" in first and "ovan" in second)


def test_a_clinical_guideline_question_is_refused_in_swedish_and_english(assistant):
    # a trial's "What is the regional guideline for antibiotic treatment of UTIs in primary care?" was answered with
    # the plan's lines on primary care
    assert not assistant.ask("What is the regional guideline for antibiotic treatment of UTIs in primary care?").answered
    assert not assistant.ask("Vad är riktlinjen för antibiotikabehandling av urinvägsinfektion i primärvården?").answered
    assert assistant.ask("Vad säger planen om primärvården?").answered


def test_a_follow_up_naming_the_article_by_its_publisher_gets_its_publication_date(assistant):
    # a trial's "… hur togs den fram? var invånarna med?" + "när publicerades skr-artikeln om det?" was refused: the
    # date was checked against the thread's "tog fram", and "skr-artikeln" said as a thing no passage names
    answer = assistant.ask("när publicerades skr-artikeln om det?", ["hur togs Västernorrlands målbild fram?"])
    assert answer.answered and "17 februari 2021" in answer.text and _valid_citations(answer)
    assert "17 februari 2021" in assistant.ask("när publicerades skr-artikeln om det?").text


def test_who_is_responsible_for_the_transition_or_dental_care_is_the_committee(assistant):
    # a fourth trial's "Vem ansvarar för omställningen till nära vård i Region Norrbotten?" got national follow-up and
    # a definition; without the region it was refused, and "… tandvården i Norrbotten?" was refused for want of the
    # word "Norrbotten" in the plan's sentence
    for question in ("Vem ansvarar för omställningen till nära vård i Region Norrbotten?",
                     "Vem ansvarar för omställningen till nära vård?", "Vem ansvarar för tandvården i Norrbotten?"):
        answer = assistant.ask(question)
        # (after the sentence that says which nämnd "Nämnden" is – session 57's trial: a new unit manager asking "vem"
        # should not have to work out which nämnd is meant)
        assert answer.answered and answer.text.startswith("Regionfullmäktige beslutade 21 december 2022 att inrätta en "
                                                          "hälso- och sjukvårdsnämnd") and _valid_citations(answer)
        assert "Nämnden ansvarar för regionens arbete med primärvård, tandvård och omställning till nära vård." in answer.text


def test_a_date_in_a_thread_is_not_answered_by_titles_of_further_reading_naming_a_year(assistant):
    # a fifth trial's "… Västernorrland. Vad är målbilden för nära vård här?" + "vem har bestämt den?" + "när var det?"
    # ended on "Målbild för God och nära vård 2030, Region Västernorrland" and Uppsala's "… nära vård 2030"
    answer = assistant.ask("när var det?", ["Hej! Jag är ny arbetsterapeut i en kommun i Västernorrland. Vad är "
                                            "målbilden för nära vård här?", "vem har bestämt den?"])
    assert answer.answered and "början av 2021" in answer.text and "2030" not in answer.text
    assert _valid_citations(answer)


def test_a_comparison_of_how_two_regions_made_their_malbild_shows_each_process_to_its_end(assistant):
    # a fifth trial's "Jämför hur Norrbotten och Jämtland Härjedalen tog fram sina målbilder" cut both rows at eight
    # lines ("…"), before Norrbotten's decision of 27 May and its adoption June–November 2021
    answer = assistant.ask("Jämför hur Norrbotten och Jämtland Härjedalen tog fram sina målbilder")
    norrbotten = next(line for line in answer.text.splitlines() if line.startswith("Norrbotten:"))
    assert "27 maj fattades" in norrbotten and "Juni-november 2021" in norrbotten and "…" not in norrbotten
    assert "Slutrapport av målbild" in answer.text and _valid_citations(answer)


def test_a_follow_up_asking_the_same_of_another_document_is_answered_there(assistant):
    # hold76 (looked at for its one answer that got worse this session): "och i nämndens verksamhetsplan då? står det
    # nåt om rehab där?" after rehab in the strategy lost the plan's rehab sentence to the new-thing rule ("nämndens",
    # "verksamhetsplan" are the document's name, no new thing)
    answer = assistant.ask("och i nämndens verksamhetsplan då? står det nåt om rehab där?",
                           ["Hej! Jag är fysioterapeut i Arjeplogs kommun. Finns rehab med någonstans i den länsgemensamma "
                            "strategin för nära vård, och i så fall under vilken av riktningsförändringarna?"])
    assert answer.answered and "likvärdig rehabilitering" in answer.text and _valid_citations(answer)


def test_staff_words_of_session_38_find_the_documents_words(assistant):
    # hold77 (looked at first this session): "kursändringarna" for the strategy's riktningsförändringar was refused;
    # "faktorer som påverkar folkhälsan mest" missed the areas of "särskild betydelse" (synonym list entries)
    answer = assistant.ask("Vilka är de fyra stora kursändringarna som länsstrategin säger att alla verksamheter ska röra sig mot?")
    assert answer.answered and "Ökad personcentrering och delaktighet" in answer.text and "Öppnare vårdformer" in answer.text
    answer = assistant.ask("Jag är dietist i primärvården i Luleå. Tar länsstrategin upp vilka faktorer som påverkar "
                           "folkhälsan mest i Norrbotten?")
    assert answer.answered and "livslångt lärande" in answer.text and _valid_citations(answer)


def test_a_hastily_typed_second_date_question_dates_the_kick_off_itself(assistant):
    # hold77: "när antogs norrbottens gemensamma målbild? o när var kickoffen" dated the kick-off by the line that only
    # mentions it (Maj 2021), or said no passage names "kickoffen"
    answer = assistant.ask("när antogs norrbottens gemensamma målbild? o när var kickoffen")
    kick_off = answer.text.split("”o när var kickoffen?”:")[1]
    assert "Februari 2021" in kick_off and "Maj 2021" not in kick_off and _valid_citations(answer)


def test_a_later_part_the_answer_above_holds_says_so_not_that_the_documents_are_silent(assistant):
    """The ten fresh questions: "… och när var den klar?" was called unanswered though the adoption date answers it;
    hold79: "… och vilka strategier ska vi jobba efter?" under the målbild's goal and its five strategies (said above:
    since session 54 one answer, said once, not the first part's under a header and "Se svaret ovan." under the second)."""
    answer = assistant.ask("När började man ta fram målbilden i Norrbotten och när var den klar?")
    assert answer.answered and "27 maj" in answer.text and "Det står inte" not in answer.text
    answer = assistant.ask("Hej! Jag är arbetsterapeut i en av kommunerna i Jämtland Härjedalen och ska dra vår gemensamma "
                           "målbild på nästa APT. Vad är det övergripande målet i den, och vilka strategier ska vi jobba efter?")
    assert answer.answered and "god hälsa hela livet" in answer.text and "Ökad samordning och samverkan" in answer.text
    assert "Se svaret ovan." not in answer.text and not answer.text.startswith("”")
    assert "Det står inte" not in answer.text and _valid_citations(answer)


def test_an_english_question_in_two_parts_says_its_parts_in_english(assistant):
    """hold79: "How many regular members and substitutes …?" was refused ("regular" untranslated); its second part,
    answered by the same sentence, is told by the one answer (since session 54 said once, with the English lead line)."""
    answer = assistant.ask("How many regular members and substitutes does the health and medical care committee have?")
    assert answer.answered and "13 ordinarie ledamöter och 13 ersättare" in answer.text
    assert answer.text.startswith("The documents are in Swedish") and "Se svaret ovan" not in answer.text
    assert _valid_citations(answer)
    # (a part not told above keeps its own header, and a part told above among others says so in English)
    three = assistant.ask("How many regular members does the committee have, how many substitutes, and when was it set up?")
    assert three.answered and "21 december 2022" in three.text and "Se svaret ovan" not in three.text


def test_who_took_part_in_making_the_strategy_asked_after_who_commissioned_it_is_the_strategys_own_line(assistant):
    """hold81: "… vem som egentligen har beställt den länsgemensamma strategin …? Och vilka var med och tog fram den?"
    answered only the first; split, the second got Norrbotten's målbild timeline (the region's process section)."""
    answer = assistant.ask("Jag är dietist på Piteå älvdals sjukhus och undrar vem som egentligen har beställt den "
                           "länsgemensamma strategin för nära vård i Norrbotten? Och vilka var med och tog fram den?")
    assert answer.answered and "Politiska samverkansberedningen" in answer.text
    assert "verksamhetsföreträdare och medborgarrepresentanter" in answer.text and "Kick-off" not in answer.text
    assert _valid_citations(answer)


def test_a_role_follow_up_names_only_the_long_lists_items_on_the_askers_workplace(assistant):
    """Ten fresh questions: a tandhygienist in folktandvården got all twelve of the nämnd's inriktningar (klimakteriebesvär,
    primärvårdsbeställningen …) under "Din arbetsplats (folktandvården) nämns under …"."""
    answer = assistant.ask("och vad betyder det för mig som tandhygienist i folktandvården?",
                           ["Vad säger nämndens verksamhetsplan om tandvården?"])
    assert answer.answered and "folktandvården och den privata tandvården" in answer.text
    assert "klimakteriebesvär" not in answer.text and "tillitsbaserad styrning" not in answer.text
    assert _valid_citations(answer)


def test_the_second_of_a_summarised_list_is_its_second_item(assistant):
    """Session 40's new-employee trial: "vilka exempel finns för den andra?" after "Sammanfatta de fyra
    riktningsförändringarna i Norrbottens strategi" (each item said with its section's lead) was refused."""
    answer = assistant.ask("vilka exempel finns för den andra?",
                           ["Jag är ny enhetschef i hemtjänsten i Luleå. Sammanfatta de fyra riktningsförändringarna i "
                            "Norrbottens strategi"])
    assert answer.answered and "Ökad personcentrering och delaktighet" in answer.text
    assert "Medborgardialog" in answer.text and _valid_citations(answer)


def test_a_document_list_compared_with_another_documents_says_what_differs(assistant):
    """hold82: "Står samma fyra med i hälso- och sjukvårdsnämndens verksamhetsplan också, eller skiljer de sig åt?"
    after the strategy's four riktningsförändringar answered with the plan's list alone."""
    answer = assistant.ask("Står samma fyra med i hälso- och sjukvårdsnämndens verksamhetsplan också, eller skiljer de "
                           "sig åt?", ["Kan du sammanfatta vilka riktningsförändringar länsstrategin för nära vård pratar om?"])
    assert answer.answered and "Öppna vårdformer" in answer.text and "Öppnare vårdformer" in answer.text
    assert "I båda listorna: Mer hälsofrämjande och förebyggande insatser" in answer.text and _valid_citations(answer)


def test_a_later_part_whose_first_line_is_its_own_is_not_said_above(assistant):
    """hold80: "… vad är det egentligen nämnden har ansvar för? har dom hand om vårdvalet också?" – once the cited
    lines kept the passage's own words, the second part (two of whose three lines were the nämnd's tasks said above)
    was called said above, and "Nämnden ansvarar inte för Beställning Vårdval primärvård" was lost."""
    answer = assistant.ask("Hej, jag är kurator på en hälsocentral i Luleå och har precis börjat. Alla pratar om "
                           "\"nämnden\" hela tiden – vad är det egentligen nämnden har ansvar för? har dom hand om "
                           "vårdvalet också?")
    assert answer.answered and "omställning till nära vård" in answer.text
    assert "ansvarar inte för Beställning Vårdval" in answer.text and _valid_citations(answer)


def test_a_sentence_said_before_in_passing_answers_a_follow_up_that_says_its_words(assistant):
    """hold78 (found on the blind sets this session): once "Införandet påverkar samtliga verksamheter … under 2025" went
    on after the Cosmic sentence, "And which parts of the organisation will be affected by it during 2025?" was read as
    repeating the answer before and answered from the primärvård priorities."""
    answer = assistant.ask("And which parts of the organisation will be affected by it during 2025?",
                           ["Hi, I'm an IT architect who just started at Region Norrbotten. Which new electronic health "
                            "record system has the region rolled out, and when did it go live?"])
    assert answer.answered and "samtliga verksamheter" in answer.text and "Primärvården ska utgöra" not in answer.text
    assert _valid_citations(answer)


def test_a_role_summary_on_a_topic_with_its_own_section_is_that_section(assistant):
    # trial 2 (session 41): "… om arbetsmiljön för oss som jobbar?" gave the section written to all staff, not "Attraktiv
    # och hållbar arbetsmiljö"; and, once it did, other sections for the compound's part "arbet" ("… ska arbeta för …")
    answer = assistant.ask("Hej. Jag är skyddsombud på sjukhuset i Kiruna. Vad står det i den länsgemensamma nära "
                           "vård-strategin om arbetsmiljön för oss som jobbar?")
    assert answer.answered and "Nytänkande anställningsvillkor" in answer.text and _valid_citations(answer)
    assert "Medborgarens delaktighet" not in answer.text and "Våra varför" not in answer.text


def test_examples_of_bringing_care_closer_are_the_open_care_forms_list(assistant):
    # trial (session 41): "finns det exempel på vad man jobbar med för att få vården närmare patienten, typ utanför
    # sjukhuset?" gave the examples of "Ökad personcentrering och delaktighet"; the list whose section opens "Genom att
    # utveckla nya arbetssätt kommer vården närmare patienten …" is meant
    answer = assistant.ask("finns det exempel på vad man jobbar med för att få vården närmare patienten, typ utanför "
                           "sjukhuset?")
    assert answer.answered and "Mobila team" in answer.text and "Medborgardialog" not in answer.text
    # (a follow-up's list is not chosen by a section's lead: hold77-02, b41e, "den andra av dem, den om att patienten ska
    # vara mer med och bestämma" lost its list once it was)
    follow = assistant.ask("Och för den andra av dem, den om att patienten ska vara mer med och bestämma – vad finns det "
                           "för konkreta saker vi kan jobba med?",
                           ["Vilka är de fyra stora kursändringarna som länsstrategin säger att alla verksamheter ska "
                            "röra sig mot?"])
    assert "Medborgardialog" in follow.text and _valid_citations(follow)


def test_a_later_part_stays_in_the_region_the_first_parts_answer_is_from(assistant):
    # hold86 (session 42): "… hur vår målbild för nära vård kom till. När hölls workshoparna ute i länet, och när togs det
    # politiska beslutet att anta målbilden?" answered the second part with Jämtland Härjedalen's SVOM decision, though
    # the workshops were Norrbotten's (the decision: "27 maj fattades ett politiskt beslut att anta målbilden")
    answer = assistant.ask("Hej, jag är nyanställd kommunikatör på regionen och ska skriva en text om hur vår målbild för "
                           "nära vård kom till. När hölls workshoparna ute i länet, och när togs det politiska beslutet "
                           "att anta målbilden?")
    assert answer.answered and "Mars – april 2021" in answer.text and "27 maj" in answer.text
    assert "SVOM" not in answer.text and _valid_citations(answer)


def test_a_count_of_what_no_document_counts_is_refused(assistant):
    # hold86 (session 42): "Finns det motsvarande siffror för hur många i Jämtland Härjedalen som använder 1177:s
    # e-tjänster?" was answered with Jämtland Härjedalen's timeline; Norrbotten's own figure is still given
    answer = assistant.ask("Finns det motsvarande siffror för hur många i Jämtland Härjedalen som använder 1177:s e-tjänster?")
    assert not answer.answered
    told = assistant.ask("Hur många i Norrbotten är positiva till 1177:s e-tjänster?")
    assert told.answered and "77 procent" in told.text and _valid_citations(told)


def test_the_risk_factors_for_suicid_are_the_sentence_that_names_them(assistant):
    # hold86 (session 42): "Okej, och vilka riskfaktorer nämns där?" after the groups most at risk gave the plan's list of
    # primary care priorities
    answer = assistant.ask("Okej, och vilka riskfaktorer nämns där?",
                           ["Hej! Jag är kurator på en hälsocentral i Kalix och möter allt fler unga som mår dåligt och "
                            "har självmordstankar. Vilka grupper lyfter nämndens verksamhetsplan fram som särskilt utsatta "
                            "när det gäller suicid och självmordsförsök?"])
    assert answer.answered and "trauma och missbruk" in answer.text and "Viktiga prioriteringar" not in answer.text
    assert _valid_citations(answer)


def test_what_the_strategy_says_of_the_kommuner_is_answered(assistant):
    # (session 42): "Vilken roll har kommunerna enligt strategin?" was refused: the strategy's publishers are "Region
    # Norrbotten och länets kommuner", so no topic was left and the strategy's outline was no answer
    answer = assistant.ask("Vilken roll har kommunerna enligt strategin?")
    assert answer.answered and "delat ansvar" in answer.text and _valid_citations(answer)


def test_the_same_topic_asked_of_another_document_is_answered_there(assistant):
    # trial (session 42): "vad säger strategin för nära vård om levnadsvanor …?" + "och står det nåt om levnadsvanor i
    # nämndens verksamhetsplan också?" was refused: the plan's own levnadsvanor sentences were taken for the earlier answer
    answer = assistant.ask("och står det nåt om levnadsvanor i nämndens verksamhetsplan också?",
                           ["hej! jag är ny dietist på en hälsocentral i Piteå. vad säger strategin för nära vård om "
                            "levnadsvanor, vad kan jag jobba med?"])
    assert answer.answered and "hälsosamma levnadsvanor" in answer.text and _valid_citations(answer)
    assert all(c.chunk.document.startswith("hsn") for c in answer.citations)


def test_a_role_follow_up_on_a_topic_its_section_never_says_to_staff_gets_the_staff_line_on_it(assistant):
    # ten fresh questions (session 42): "… sammanfatta vad … verksamhetsplan säger om digitalisering?" + "och vad betyder
    # det för mig?" gave one sentence of the strategy's "Våra varför"; the strategy says to staff "Digitala verktyg och
    # vårdformer kommer att vara en naturlig del i ditt arbete."
    answer = assistant.ask("och vad betyder det för mig?",
                           ["hej, jag är ny som it-tekniker på regionen. kan du sammanfatta vad hälso- och "
                            "sjukvårdsnämndens verksamhetsplan säger om digitalisering?"])
    assert answer.answered and "Digitala verktyg och vårdformer kommer att vara en naturlig del i ditt arbete" in answer.text
    assert "digitalt i första hand" in answer.text and _valid_citations(answer)


def test_a_date_asked_of_two_bodies_gives_each_its_line(assistant):
    # hold88 (session 43): "Vilka datum fattades besluten om målbilden i SVOM och i Barnarenan?" gave Barnarenan's only
    answer = assistant.ask("Vilka datum fattades besluten om målbilden i SVOM och i Barnarenan?")
    assert answer.answered and "221202" in answer.text and "221212" in answer.text and _valid_citations(answer)


def test_a_later_paragraph_on_a_topic_word_the_heading_lacks_is_said_whole(assistant):
    # hold87 (session 43): "Vad står det i nämndens plan om psykisk ohälsa och långa sjukskrivningar?" said the
    # sick-leave paragraph of "Psykisk hälsa" by its first sentence only
    answer = assistant.ask("Vad står det i nämndens plan om psykisk ohälsa och långa sjukskrivningar?")
    assert answer.answered and "4 av 5" in answer.text and "hållbart arbetsliv" in answer.text and _valid_citations(answer)


def test_the_plan_named_is_searched_not_the_askers_region(assistant):
    # hold87 (session 43): the asker's region, searched with a question naming the plan, brought the strategy's
    # sentences before the plan's examples
    answer = assistant.ask("Hej, jag är ambulanssjuksköterska i Östra Norrbotten och vi kör ofta in äldre till sjukhus för "
                           "saker som kanske kunde skötts hemma. Hur beskriver nämndens plan att sjukhusens vård ska komma "
                           "närmare patienten?")
    assert answer.answered and "specialistteam i hemmet" in answer.text and _valid_citations(answer)
    assert all(c.chunk.document.startswith("hsn") for c in answer.citations)


def test_the_service_the_preamble_names_is_what_there_points_at(assistant):
    # hold87 (session 43): "… vad de kan göra i Min vård Norrbotten. Vilka funktioner finns där enligt nämndens plan?"
    asked = "Jag är läkarsekreterare på en hälsocentral och patienterna frågar ofta vad de kan göra i Min vård " \
            "Norrbotten. Vilka funktioner finns där enligt nämndens plan?"
    answer = assistant.ask(asked)
    assert answer.answered and "Sök vård och Chatt" in answer.text and "Funktionsnedsättning" not in answer.text
    follow = assistant.ask("Och vad är tanken att tjänsten ska ge oss i verksamheten, inte bara patienterna?", [asked])
    assert follow.answered and "anamnesupptagning" in follow.text and _valid_citations(follow)


def test_in_what_case_the_language_duty_holds_is_answered(assistant):
    # hold87 (session 43): "… Vilka språk har regionen särskilda skyldigheter kring, och när gäller det?"
    answer = assistant.ask("Hej, jag jobbar som vårdadministratör i Jokkmokk och en del patienter vill prata samiska eller "
                           "meänkieli med oss. Vilka språk har regionen särskilda skyldigheter kring, och när gäller det?")
    assert answer.answered and "meänkieli" in answer.text and "myndighetsutövning" in answer.text and _valid_citations(answer)


def test_whether_pensioners_had_a_say_is_who_contributed(assistant):
    # hold87 (session 43): "Fick pensionärerna och andra grupper något att säga till om när målbilden … togs fram där?"
    answer = assistant.ask("Jag är sekreterare i ett kommunalt pensionärsråd i Västernorrland. Fick pensionärerna och "
                           "andra grupper något att säga till om när målbilden för nära vård togs fram där?")
    assert answer.answered and "Regionala pensionärsrådet" in answer.text and "medborgardialoger" in answer.text


def test_a_refusal_of_two_things_no_passage_names_says_so(assistant):
    # (session 43): refused by the check that either thing asked is said, the refusal still tells which things no
    # document names
    answer = assistant.ask("Finns det några nyckeltal eller målvärden kopplade till de här hållbarhetsmålen i planen, så att "
                           "vi kan följa upp dem?", ["I samma avsnitt hittar jag två olika perioder för de prioriterade "
                                                    "målen. Vilka årtal står det, och vad gäller respektive period?"])
    assert not answer.answered and "Dokumenten nämner inte nyckeltal eller målvärden" in answer.text


def test_who_and_then_how_the_vasternorrland_malbild_was_made_are_each_answered(assistant):
    # known since session 42: "vem har fastställt den och hur togs den fram?" answered who only
    answer = assistant.ask("vem har fastställt den och hur togs den fram?", ["Vad är Västernorrlands målbild?"])
    assert answer.answered and "Social ReKo" in answer.text and "medborgardialoger" in answer.text and _valid_citations(answer)


def test_a_list_of_generic_things_is_not_led_by_a_sentence_off_its_topic(assistant):
    # trial (session 43): "vilka exempel på områden finns för förutsättningarna då?" opened on "Det finns en tydlig
    # ojämlikhet i hälsa mellan … geografiska områden" before the list
    answer = assistant.ask("vilka exempel på områden finns för förutsättningarna då?",
                           ["Hej, rehabassistent på hälsocentralen i Jokkmokk här. vad är skillnaden mellan "
                            "riktningsförändringarna och förutsättningarna i strategin?"])
    assert answer.answered and "Ledarskapsutveckling" in answer.text and "ojämlikhet" not in answer.text


def test_what_no_document_of_the_thread_says_is_told_where_it_stands_in_the_documents_word(assistant):
    # trial (session 43): "… hur togs målbilden fram i jämtland härjedalen …?" + "står det nåt om anhöriga i den?" was
    # refused as if no document said it; the plan and the strategy say "närstående"
    answer = assistant.ask("står det nåt om anhöriga i den?",
                           ["hur togs målbilden fram i jämtland härjedalen, vilka steg var det?"])
    assert not answer.answered and "”närstående” nämns i" in answer.text


def test_each_of_two_abbreviations_is_spelled_out_though_one_sentence_names_both(assistant):
    # trial (session 43): "vad står SVOM och RSR för?" spelled out SVOM only ("Se svaret ovan" would hide RSR)
    answer = assistant.ask("vad står SVOM och RSR för?")
    assert answer.answered and "Sociala vård- och omsorgsgruppen" in answer.text
    assert "Regionens samverkansråd”" in answer.text and "Se svaret ovan" not in answer.text


def test_english_comparison_and_a_diary_number_no_document_gives(assistant):
    # trial (session 43): "Can you compare the målbild in Jämtland Härjedalen with the one in Västernorrland?" was
    # refused; "which diary number does the SVOM decision on the målbild have?" quoted decision lines
    compared = assistant.ask("Can you compare the målbild in Jämtland Härjedalen with the one in Västernorrland?")
    assert compared.answered and "Tillsammans för god hälsa hela livet" in compared.text and _valid_citations(compared)
    assert not assistant.ask("which diary number does the SVOM decision on the målbild have?").answered


def test_second_trial_questions_the_documents_answer_are_answered(assistant):
    # second trial (session 43): each of these was refused or answered with the wrong lines
    decided = assistant.ask("Hej! Jobbar som planerare i hemtjänsten i kiruna kommun (lägger scheman och turer åt "
                            "personalen). när beslutades egentligen den där gemensamma målbilden för norrbotten?")
    assert decided.answered and "27 maj" in decided.text
    also = assistant.ask("och va det klart då eller behövde kommunerna också besluta nåt",
                         ["när beslutades den gemensamma målbilden för norrbotten?"])
    assert also.answered and "huvudmans ordinarie beslutsprocess" in also.text
    clinics = assistant.ask("och tandvården då, hur många kliniker?",
                            ["hur många sjukhus och hälsocentraler har regionen egentligen?"])
    assert clinics.answered and "24 tandvårdsmottagningar" in clinics.text
    vaccines = assistant.ask("ok. står det nåt om vaccinationer överhuvudtaget i verksamhetsplanen?",
                             ["hur stor andel av dom över 65 vaccinerade sig mot influensan i länet förra säsongen?"])
    assert vaccines.answered and "vaccinations- och screeningprogram" in vaccines.text
    plans = assistant.ask("vem ska ta fram dom där lokala handlingsplanerna",
                          ["vad är egentligen skillnaden mellan målbilden och strategin?", "och vad står det i den om egenvård?"])
    assert plans.answered and "Lokala handlingsplaner ska utarbetas" in plans.text
    for answer in (decided, also, clinics, vaccines, plans):
        assert _valid_citations(answer)


def test_session_44_answers_from_the_blind_sets_and_the_trial(assistant):
    # blind set hold90 (session 44): how Norrbotten made its målbild, compared with Västernorrland's after two turns,
    # is each of Norrbotten's steps, to the decision (the row was cut after four lines)
    compared = assistant.ask("hur skiljer sig det mot hur dom gjorde i Norrbotten?",
                             ["Hur gick det till när Västernorrland tog fram sin målbild?",
                              "vem är det som har bestämt den, nån nämnd eller?"])
    assert compared.answered and "27 maj" in compared.text and "Workshop runt om i länet" in compared.text
    # (the new-employee trial: "Vilka är SVOM och Barnarenan?" spells out SVOM and says Barnarenan is not explained)
    bodies = assistant.ask("Vilka är SVOM och Barnarenan?")
    assert bodies.answered and "Sociala vård- och omsorgsgruppen" in bodies.text and "Barnarenan" in bodies.text
    # (hold89: a date read from the line naming the thing dated)
    dated = assistant.ask("När var det tänkt att uppdraget om den grafiska formen skulle fastställas för Jämtland "
                          "Härjedalens målbild?")
    assert dated.answered and "våren -23" in dated.text and "221202" not in dated.text
    # (the trial: which document says a thing names it)
    where = assistant.ask("Which document talks about Cosmic?")
    assert where.answered and "Hälso- och sjukvårdsnämndens verksamhetsplan" in where.text.splitlines()[1]
    for answer in (compared, bodies, dated, where):
        assert _valid_citations(answer)


def test_a_yes_no_follow_up_on_a_service_is_refused_where_no_quoted_passage_speaks_of_it(assistant):
    # blind set hold89 (session 44): "Finns tjänsten på samiska eller meänkieli också?" after a question on Min vård
    # Norrbotten quoted the minority-language duties; asked of the hälsocentraler it is answered from the service's passage
    earlier = ["Kan man chatta med hälsocentralen via Min vård Norrbotten, och vad mer kan man göra där?"]
    languages = assistant.ask("Finns tjänsten på samiska eller meänkieli också?", earlier)
    assert not languages.answered and "Min vård Norrbotten" in languages.text
    centres = assistant.ask("Finns tjänsten på alla hälsocentraler?", ["Vad är Min vård Norrbotten?"])
    assert centres.answered and "Sök vård och Chatt" in centres.text and _valid_citations(centres)


def test_session_45_answers_from_the_blind_sets_and_the_trial(assistant):
    # hold91: "what we have" asked after a statement is the asker's ward (was refused); no town of the statement is
    # said to be missing
    beds = assistant.ask("Hej, ssk här, jobbar på vårdplatserna vi har på hälsocentralen i Arjeplog. Folk i Luleå fattar "
                         "knappt att vi har inneliggande patienter uppe hos oss. Nämns sånt som vi har i nämndens plan alls?")
    assert beds.answered and "allmänmedicinska slutenvårdsplatser" in beds.text and "Luleå" not in beds.text
    # hold91: "vi" is the asker's familjecentral
    family = assistant.ask("hej! jag är familjebehandlare på familjecentralen i Haparanda. Finns vi med nånstans i "
                           "länsstrategin för nära vård och i så fall under vilken del?")
    assert family.answered and "Familjecentral" in family.text and "Hälsofrämjande och förebyggande insatser" in family.text
    # the first trial: a thread in Ragunda is Jämtland Härjedalen's, the why of lifting the decision is answered
    thread = ["Hej, jag är ny förvaltningschef för vård och omsorg i Ragunda kommun. Vad har SVOM beslutat om nära vård?",
              "Vad är skillnaden mellan målbilden och den där gemensamma planen då?"]
    higher = assistant.ask("Varför ska det här upp till en högre nivå, räcker det inte att SVOM har beslutat?", thread)
    assert higher.answered and "linjens mål och verksamhetsplaner" in higher.text
    # the first trial: "kommunen" of an asker in Örnsköldsvik is Västernorrland's; "den" is the målbild
    made = assistant.ask("Hej! Jag har precis börjat som anhörigkonsulent i Örnsköldsviks kommun. Min chef sa att kommunen "
                         "ska anta en målbild för nära vård ihop med regionen. Hur togs den fram och vilka var med?")
    assert made.answered and "medborgardialoger" in made.text and "Norrbotten" not in made.text
    # hold93: no satsning on what the documents never name
    addiction = assistant.ask("Finns det någon särskild satsning på beroendevården eller läkemedelsassisterad behandling "
                              "i nämndens plan?")
    assert not addiction.answered
    # the trials: a role follow-up on a point of Västernorrland's målbild gets the point, not Norrbotten's staff lines
    point = assistant.ask("Den andra punkten om kontinuitet, vad menas med den mer konkret för oss som åker hem till folk?",
                          ["Hej, jag är ny som sjuksköterska i palliativa teamet i Sundsvall. Vad säger målbilden för "
                           "nära vård i Västernorrland som är viktigt för mig att tänka på?"])
    assert point.answered and "Jag har en kontinuitet i min kontakt med vården" in point.text and "Norrbotten" not in point.text
    # ten fresh questions: more of the move to open care in the plan is the section, rehabilitation too
    more = assistant.ask("Säger nämndens verksamhetsplan något mer om den förflyttningen?",
                         ["Kan du sammanfatta den länsgemensamma strategin Tillsammans för nära vård i Norrbotten?",
                          "och vad betyder det för mig som arbetsterapeut på rehab på Gällivare sjukhus?"])
    assert more.answered and "likvärdig rehabilitering" in more.text
    for answer in (beds, family, higher, made, point, more):
        assert _valid_citations(answer)


def test_session_46_answers_from_the_blind_sets(assistant):
    # hold94: "Stämmer det?" asks of what the preamble says colleagues claim, at the asker's hospital
    rivas = assistant.ask("Hej, jag är lokalvårdare på Kiruna sjukus och kollegorna säger att hela sjukhuset ska rivas. "
                          "Stämmer det, och varför i så fall?")
    assert rivas.answered and "gruvbrytning" in rivas.text and "nytt sjukhus" in rivas.text
    # hold94: "det" is what the asker meets
    menopause = assistant.ask("Hej! Jag är sjuksköterska på gynmottagningen i Kiruna och träffar många kvinnor med "
                              "klimakterie besvär. Nämns det över huvud taget i nämndens verksamhetsplan?")
    assert menopause.answered and "klimakteriebesvär" in menopause.text
    # hold92: the abbreviation the preamble names (was refused)
    sam = assistant.ask("jag jobbar som fritidsledare på en fritidsgård i Piteå o nån från kommunen nämnde SAM, nån "
                        "arbetsmodel för barn o unga i nära vård-strategin. vad står förkortningen för?")
    assert sam.answered and "Samverka, Agera, Motivera" in sam.text
    # hold94: a role question saying what is so gets the sentence saying it first, then what is said to staff
    hub = assistant.ask("Vad innebär det för mig som sitter mitt emellan sjukhuset och kommunen, att primärvården ska vara "
                        "navet?", ["Hej! Jag är utskrivningssamordnare på Piteå älvdals sjukhus. Vilka exempel på områden "
                                   "att arbeta med tar länsstrategin upp under riktningsförändringen om en stärkt gemensam "
                                   "primärvård?"])
    assert hub.answered and "Primärvården ska utgöra navet" in hub.text.split("\n")[1]
    # hold94: the citizen quote at kontinuitet's place in Jämtland Härjedalen's målbild; both reports' dates
    quote = assistant.ask("och kontinuitet då, hur beskrivs den ur invånarens perspektiv?",
                          ["Vad säger Jämtland Härjedalens målbild om att kunna nå vården, alltså hur ska invånaren "
                           "uppleva det?"])
    assert quote.answered and "min bakgrund" in quote.text and "inte upprepa" in quote.text
    reports = assistant.ask("när lämnades statusrapporten och slutrapporten om målbilden i jämtland härjedalen?")
    assert reports.answered and "23/9" in reports.text and "18/11-22" in reports.text
    # the new-employee trial: why the word is not used is the line that says so, though the earlier answer said it too
    word = assistant.ask("varför ska dom inte använda ordet nära vård i den då?",
                         ["Vad är syftet med målbilden i Jämtland Härjedalen?"])
    assert word.answered and "Inte använda begreppet Nära Vård" in word.text and "högre nivå" not in word.text
    # the trial: the main point of a document is its outline, in English too
    point = assistant.ask("Hi, I'm new in Luleå. What is the main point of the Norrbotten strategy for nära vård?")
    assert point.answered and "Fyra riktningsförändringar" in point.text and "Uppföljning" in point.text
    # the trial: no date of another thing for the plan the documents give no date for
    plan = assistant.ask("När ska den gemensamma planen för primärvårdsnivån i Jämtland Härjedalen vara klar och beslutad?")
    assert not plan.answered
    # the trial: who talks of the plan is no part of it
    contrast = assistant.ask("okej men vad är skillnaden mellan målbilden och den där gemensamma planen dom pratar om?",
                             ["vad är SVOM för något?"])
    assert contrast.answered and "Gemensam plan för primärvårdsnivån" in contrast.text and "pratar om" not in contrast.text
    # ten fresh questions: what the asker does, said before the question with a comma, is no part of it
    sip = assistant.ask("jag kommer sitta med på en del SIP-möten, står det nåt om SIP i dokumenten?")
    assert sip.answered and "Samordnad individuell plan (SIP)" in sip.text
    for answer in (rivas, menopause, sam, hub, quote, reports, word, point, contrast, sip):
        assert _valid_citations(answer)


def test_session_47_answers_from_the_blind_sets(assistant):
    # ten fresh questions at the end of session 46: a position named with its thing, after a summary that gave no list
    shift = assistant.ask("vad ska man jobba med konkret i den andra riktningsförändringen?", ["sammanfatta strategin"])
    assert shift.answered and "Ökad personcentrering och delaktighet" in shift.text and "Medborgardialog" in shift.text
    fourth = assistant.ask("Vad handlar den fjärde riktningsförändringen om?")
    assert fourth.answered and fourth.text.startswith("”Öppnare vårdformer”") and "Mobila team" in fourth.text
    # hold95: what a term a statement names is, and what is in it
    contract = assistant.ask("Hej, jag är psykoterapeut i primärvården i Kiruna. I strategin står det om något som kallas "
                             "patientkontrakt, men jag hänger inte med riktigt – vad är det och vad ingår i det?")
    assert contract.answered and "fasta vårdkontakter" in contract.text and "överenskomna tider" in contract.text
    # hold95: where a quoted sentence stands in the named document, and the rest of its passage
    expert = assistant.ask('i norrbottens målbild står det nånstans "jag är experten i mitt liv" – vilken del är det och '
                           'vad står det mer där?')
    assert expert.answered and "Min egen kraft tas tillvara" in expert.text and "aktiv medskapare" in expert.text
    assert "länsgemensam strategi" not in expert.text
    # the sentences beside the best one (hold77-10: the languages the region answers in stood next to its duty)
    languages = assistant.ask("Hej, jag arbetar på patientnämnden och har fått flera klagomål från samiska och "
                              "tornedalska patienter som inte fått prata sitt eget språk med vården. Vad säger nämndens "
                              "verksamhetsplan att regionen är skyldig att göra för de nationella minoriteterna?")
    assert languages.answered and "meänkieli" in languages.text and "skyldig att informera" in languages.text
    # … but they decide nothing: a sentence beside one turned away answers no count of suicides in Norrbotten, and a
    # web page's link line beside the number of members names no chair (hold86-03, hold94-20)
    assert not assistant.ask("Finns det någon siffra på hur många i Norrbotten som tog sitt liv förra året?").answered
    assert not assistant.ask("And who is the chair of the committee right now?").answered
    # the new-employee trial: how the målbild looks is what it is; hired staff asked in English
    looks = assistant.ask("hur ser målbilden ut i Norrbotten?")
    assert looks.answered and "Min egen kraft tas tillvara" in looks.text and "Nära mig på bästa sätt" in looks.text
    hired = assistant.ask("Is there anything about hired staff like me?",
                          ["I'm a locum GP from Denmark working at a health centre in Pajala. What are the committee's "
                           "priorities for primary care?"])
    assert hired.answered and "inhyrd personal" in hired.text
    # known defects mended: the four points after "och västernorrland då …"; nämndens plan on nära vård; SIP in Jämtland
    points = assistant.ask("och västernorrland då, vad har dom för målbild?", ["Vad är målbilden i Norrbotten?"])
    assert points.answered and "Jag har en kontinuitet i min kontakt med vården" in points.text
    near = assistant.ask("vad är det viktigaste i nämndens verksamhetsplan när det gäller nära vård?")
    assert near.answered and "Omställningen som benämns nära vård" in near.text and "i korthet" not in near.text
    sip = assistant.ask("gäller det även oss i Jämtland, eller bara Norrbotten?",
                        ["jag kommer sitta med på en del SIP-möten, står det nåt om SIP i dokumenten?"])
    assert not sip.answered and "tar inte upp ”SIP”" in sip.text
    # hold95: a follow-up whose answer repeats a line the earlier answer said keeps it when the other passages' answer
    # says nothing of the thing it names (was: "Vetskapen om att jag får vägledning …" for the kick-off)
    kickoff = assistant.ask("Vilka var inbjudna till den där kick-offen?",
                            ["Hej! Jag är utbildare på regionens introduktionsprogram för nyanställda och vill visa en "
                             "tidslinje: hur gick det till när Norrbottens gemensamma målbild togs fram, från start till "
                             "beslut?"])
    assert kickoff.answered and "kick-off" in kickoff.text.lower() and "trygg" not in kickoff.text
    # ten fresh questions at the end: what nära vård is about, asked as a summary after a preamble; a routine the
    # steering documents do not hold
    about = assistant.ask("hej! ny som hjärtsviktssköterska på medicinmottagningen på Piteå älvdals sjukhus. kan du "
                          "sammanfatta kort vad nära vård går ut på här i norrbotten?")
    assert about.answered and about.text.startswith("Omställningen som benämns")
    routine = assistant.ask("finns det nån rutin för hur vi lånar ut vågar och blodtrycksmätare till hjärtsviktspatienter?")
    assert not routine.answered and "nämner inte rutin" in routine.text
    for answer in (shift, fourth, contract, expert, languages, looks, hired, points, near, kickoff, about):
        assert _valid_citations(answer)


def test_session_48_answers_from_hold96_and_the_new_employee_trials(assistant):
    # hold96 (looked at in session 48): the goal on the slide before its five strategies; the one about continuity
    goal = assistant.ask("Hej! Jag är hjälpmedelskonsulent på hjälpmedelscentralen i Östersund och har precis blivit "
                         "inbjuden till en arbetsgrupp om nära vård. Vad är det för övergripande mål som Jämtland "
                         "Härjedalen har satt upp, och vilka delar ska vi jobba med för att nå dit?")
    assert goal.answered and "god hälsa hela livet" in goal.text and "Ökad kontinuitet" in goal.text
    continuity = assistant.ask("Den där om kontinuitet – hur ska det märkas för patienten i praktiken?", [goal.question])
    assert continuity.answered and "min bakgrund" in continuity.text and "inte upprepa" in continuity.text
    # … what "sånt" was in an earlier question's preamble goes into the thread
    alike = assistant.ask("Och i den gemensamma strategin med kommunerna då, finns det nåt liknande där?",
                          ["Hej, jag är larmoperatör på trygghetslarmet i Luleå kommun. Vi får allt fler frågor om "
                           "utrustning där folk mäter sina värden själva hemma. Står det nåt i nämndens plan om sånt, "
                           "t.ex. för dom med hjärtsvikt?"])
    assert alike.answered and "Hemmonitorering" in alike.text
    # the new-employee trials: a role asked in chat's order; an English follow-up leading on with "And what are …"
    role = assistant.ask("vad hade kommunikationsavdelningen för roll i arbetet?",
                         ["Hej! Jag är kommunikatör på Region Jämtland Härjedalen och ska göra material om målbilden. "
                          "Vilka fem strategier finns?"])
    assert role.answered and "Kommunikationsavdelningen RJH inbjuds att delta" in role.text
    priorities = assistant.ask("And what are the committee priorities for strengthening primary care?",
                               ["Hi, I am a newly hired resident physician (ST-läkare) at Gällivare hospital. How many "
                                "hospitals and health centres does Region Norrbotten have?"])
    assert priorities.answered and "Stärka kontinuiteten och relationsskapandet i primärvården" in priorities.text
    # … a new matter said by the way; the same system asked of a region whose documents never name one
    adopted = assistant.ask("när antogs den gemensamma målbilden i Norrbotten förresten?",
                            ["Hej, jag är ny kurator på en hälsocentral i Luleå. Vad säger nämndens verksamhetsplan om "
                             "barn och ungas psykiska hälsa?", "och vad betyder det för mig som kurator?"])
    assert adopted.answered and "27 maj" in adopted.text
    same = assistant.ask("används samma system i Västernorrland?",
                         ["tja, jobbar med IT i Härnösands kommun sen en vecka. vad säger dokumenten om digitala "
                          "lösningar i nära vård?", "Vilket journalsystem infördes i Norrbotten och när?"])
    assert not same.answered
    # … a reverse follow-up places only what it names; a summary naming its own section after another region's question
    mobile = assistant.ask("vilken av dom handlar om mobila team?",
                           ["Hej! Jag heter Anna och har precis börjat som undersköterska i hemtjänsten i Kiruna kommun. "
                            "Vad innebär nära vård för mig som medarbetare?", "ok men vilka är dom fyra "
                            "riktningsförändringarna då?"])
    assert mobile.answered and mobile.text.startswith("”Mobila team” hör till Öppnare vårdformer")
    assert "Medarbetarens" not in mobile.text
    environment = assistant.ask("sammanfatta vad det står om attraktiv och hållbar arbetsmiljö",
                                ["I'm an HR specialist who just started in Sundsvall municipality. How did "
                                 "Västernorrland develop its vision, and who was involved?"])
    assert environment.answered and "attrahera, rekrytera" in environment.text and "Västernorrland:" not in environment.text
    # the eval's comparisons of the målbilder by their goal; a list's things by their kind
    goals = assistant.ask("Jämför övergripande mål i Norrbottens och Jämtland Härjedalens målbilder – vad vill de uppnå?")
    assert goals.answered and "god hälsa och välbefinnande" in goals.text and "god hälsa hela livet" in goals.text
    digital = assistant.ask("Vilken riktningsförändring handlar om digitala lösningar?")
    assert digital.answered and "Öppnare vårdformer" in digital.text
    for answer in (goal, continuity, alike, role, priorities, adopted, mobile, environment, goals, digital):
        assert _valid_citations(answer)


def test_session_49_answers_from_hold97(assistant):
    # hold97 (looked at in session 49): when a service is open; a compound naming the strategy in the genitive; a
    # dialogue's year; a sum of money no passage states
    open_hours = assistant.ask("Och när har den öppet?", ["Jag jobbar som sjukvårdsrådgivare på telefon i Luleå och "
                                                          "kollegorna pratar hela tiden om Min vård Norrbotten. Vad är "
                                                          "den tänkt att ge vårdverksamheterna, alltså inte bara patienterna?"])
    assert open_hours.answered and "alltid är öppen" in open_hours.text
    why = assistant.ask("Vad är det viktigaste i Norrbottensstrategins del om varför vi måste ställa om vården?")
    assert why.answered and "Antalet äldre ökar" in why.text and "ojämlikhet i hälsa" in why.text
    year = assistant.ask("Nämnden ska ta vara på erfarenheter från samtal med invånarna när primärvården och tandvården "
                         "utvecklas. Vilket år hölls de samtalen?")
    assert year.answered and "under 2024" in year.text
    money = assistant.ask("Finns det nån summa pengar avsatt för beredskapsarbetet under planperioden?")
    assert not money.answered
    # … what the change means for staff: the section written to them; a process from start to decision: its steps;
    # a longer document asked of in a thread: the further reading of that region; the house, asked in English
    staff = assistant.ask("Kan du sammanfatta vad Norrbottens länsstrategi för nära vård säger att förändringen innebär "
                          "för oss som jobbar i vården och omsorgen?")
    assert staff.answered and "Digitala verktyg" in staff.text and "organisationsgränser" in staff.text
    process = assistant.ask("Sammanfatta kort hur Jämtland Härjedalen gick tillväga för att ta fram sin målbild, från "
                            "underlag till beslut.")
    assert process.answered and "TILIA-utredningen" in process.text and "Fattades i SVOM 221202" in process.text
    longer = assistant.ask("Finns det nåt längre dokument där dom har skrivit ner hela målbilden?",
                           ["Vem står som kontaktperson för SKR:s exempel om hur Västernorrland tog fram sin målbild för "
                            "nära vård?"])
    assert longer.answered and "Målbild för God och nära vård 2030" in longer.text
    house = assistant.ask("I'm new at Region Norrbotten. Can you explain the 'house' in the region's operating model – "
                          "what is the foundation, the walls and the roof?")
    assert house.answered and "Väggarna är viktiga principer" in house.text
    for answer in (open_hours, why, year, staff, process, longer, house):
        assert _valid_citations(answer)


def test_session_49_answers_from_the_new_employee_trial(assistant):
    # the service a preamble names, pointed at in English and Swedish
    for question in ("Hi, I'm a data engineer from Portugal and just started working on Min vård Norrbotten. What does "
                     "the plan say about this service?",
                     "Jag har precis börjat jobba med Min vård Norrbotten. Vad säger planen om den här tjänsten?"):
        service = assistant.ask(question)
        assert service.answered and "anamnesupptagning" in service.text and "Servicepunkter" not in service.text
        assert _valid_citations(service)
    # what the work on Västernorrland's målbild came to: its four points
    points = assistant.ask("Jag sitter i regionala pensionärsrådet i Västernorrland. Vad kom man fram till i målbilden "
                           "för nära vård här hos oss?")
    assert points.answered and "Jag har en kontinuitet i min kontakt med vården" in points.text
    # a thing no document names, asked whether said: refused, not answered with what is said of samverkan
    pharmacies = assistant.ask("står det nåt om att apoteken ska samverka med hälsocentralerna?",
                               ["Hej, jag jobbar som apotekstekniker på ett apotek i Haparanda. Vad står det om läkemedel "
                                "i nämndens verksamhetsplan?"])
    assert not pharmacies.answered
    # the ten fresh questions of session 48: the new journal system, dated in the documents' word for it
    journal = assistant.ask("När infördes det nya journalsystemet då?", ["Vad ska nämnden jobba med under 2025–2027?"])
    assert journal.answered and "hösten 2024" in journal.text
    assert _valid_citations(points) and _valid_citations(journal)


def test_session_49_answers_from_hold101(assistant):
    # hold101 (written and looked at in session 49): a document taking a thing up, asked in a thread; a slip in a staff
    # word; the whole count with the private ones; what the Forskarskolan brings; the big changes, asked in English
    drugs = assistant.ask("Tar den upp läkemedel också på något sätt?",
                          ["Jag är chefsläkare och ska dra nämndens verksamhetsplan på en ledningsgrupp nästa vecka. Kan "
                           "du sammanfatta vad den säger om patientsäkerhet?"])
    assert drugs.answered and "läkemedelsförsörjning" in drugs.text
    journal = assistant.ask("när infördes nya jornalsystemet i regionen egentligen?? är superanvändare på "
                            "hälsocentralen i kiruna o alla frågar mig när det ska bli lugnt igen")
    assert journal.answered and "hösten 2024" in journal.text
    total = assistant.ask("Och hur många hälsocentraler har vi då, räknat med de privata?",
                          ["Hej, jag jobbar som ekonomiassistent på Folktandvården i Älvsbyn. Hur många "
                           "tandvårdsmottagningar finns det i länet enligt nämndens plan, och hur många av dem drivs privat?"])
    assert total.answered and "31" in total.text
    benefit = assistant.ask("Vad ska den ge för nytta enligt planen?",
                            ["Jobbar som FoU-koordinator inom primärvården i Norrbotten. Nämner verksamhetsplanen någon "
                             "forskarutbildning eller liknande som hänger ihop med nära vård?"])
    assert benefit.answered and "förbättrade kunskapsunderlag" in benefit.text
    changes = assistant.ask("Hi! I'm a district nurse from the Netherlands and just started at a health centre in "
                            "Arjeplog – my Swedish isn't good enough for the long documents yet. In short, what are the big "
                            "changes the county-wide strategy wants us to make in how we work?")
    assert changes.answered and "Öppnare vårdformer" in changes.text and "Ökad personcentrering" in changes.text
    # hold97: what the plan says the hospitals are to do about their waste
    waste = assistant.ask("Och för oss på sjukhuset då, vad säger dom att verksamheterna ska göra åt det?",
                          ["Hej! Jag jobbar som avfallssamordnare på Sunderby sjukhus och ska hålla i en miljödragning på "
                           "nästa APT. Tar nämndens verksamhetsplan upp vilka typer av avfall från vården som är speciella "
                           "för just sjukvården?"])
    assert waste.answered and "lite skada på miljön" in waste.text
    for answer in (drugs, journal, total, benefit, changes, waste):
        assert _valid_citations(answer)


def test_session_49_answers_from_hold101_threads_and_ten_fresh_questions(assistant):
    # hold101: how long Jämtland Härjedalen's målbild holds, asked in a thread; a section of two sentences, whole
    until = assistant.ask("gäller den till ett vist år, typ 2030 som en del andra regioner har?",
                          ["Hej, jag jobbar som samordnare för medborgardialoger i Strömsunds kommun. När fattades beslutet "
                           "om den gemensamma målbilden i SVOM?"])
    assert until.answered and "tidsbegränsning" in until.text
    rights = assistant.ask("Hej! Jag är barnrättsstrateg på Luleå kommun och vi ska se över hur både kommunen och regionen "
                           "jobbar med barnrättsperspektivet. Vad säger nämndens verksamhetsplan om barnkonventionen?")
    assert rights.answered and "skyldighet att uppfylla barnets" in rights.text
    # the ten fresh questions: who took part in making Norrbotten's målbild; the strategy named by "nära vård-strategin"
    involved = assistant.ask("vilka var inblandade när den togs fram?", ["när blev målbilden i norrbotten antagen?"])
    assert involved.answered and "förtroendevalda" in involved.text and "medborgare" in involved.text
    strategy = assistant.ask("kan du sammanfatta den gemensamma nära vård-strategin som regionen o kommunerna i norrbotten har")
    assert strategy.answered and "Fyra riktningsförändringar" in strategy.text and "i korthet" in strategy.text
    assert "Vår gemensamma målbild i Norrbotten” i korthet" not in strategy.text
    for answer in (until, rights, involved, strategy):
        assert _valid_citations(answer)


def test_session_50_answers_from_the_first_trial(assistant):
    # the first new-employee trial of session 50: a name the plan says (not its section on nära vård); English "what does
    # the committee plan say about …"; beds in rural health centres (the documents' slutenvårdsplatser); a thing asked
    # for that no passage names (tandreglering); who decided and what larger strategy it is part of
    service = assistant.ask("Hej, jag jobbar som sjuksköterska på den digitala mottagningen i Min vård Norrbotten. Vad står "
                            "det i verksamhetsplanen om Min vård Norrbotten?")
    assert service.answered and "Videotjänst ingår i Min vård Norrbotten" in service.text
    rehab = assistant.ask("And what does the committee plan say about rehabilitation?",
                          ["What are the four shifts of direction in the Norrbotten strategy?"])
    assert rehab.answered and "likvärdig rehabilitering" in rehab.text
    beds = assistant.ask("Nämns vårdplatser på hälsocentraler i glesbygd någonstans?")
    assert beds.answered and "allmänmedicinska slutenvårdsplatser vid hälsocentraler i glesbygd" in beds.text
    braces = assistant.ask("Vad säger dokumenten om väntetider för tandreglering för barn?")
    assert not braces.answered and "tandreglering" in braces.text
    rus = assistant.ask("vem fattade beslutet och är den kopplad till någon annan strategi?",
                        ["Hur tog Västernorrland fram sin målbild för nära vård?"])
    assert rus.answered and "regionala utvecklingsstrategin (RUS)" in rus.text
    for answer in (service, rehab, beds, rus):
        assert _valid_citations(answer)


def test_session_50_answers_from_hold102_and_the_second_trial(assistant):
    # hold102 and the second trial: who was heard when Norrbotten's målbild was made (the steps naming people); the next
    # step after the decision; two counts; two things never said as one topic; why the region does it, in English
    heard = assistant.ask("Vilka var det egentligen som fick vara med och tycka till när den gemensamma målbilden i "
                          "Norrbotten togs fram?")
    assert heard.answered and "Workshop runt om i länet med medborgare" in heard.text and "Kick-off" in heard.text
    assert "Politiskt beslut om att arbeta fram" not in heard.text
    after = assistant.ask("och efter det då, gällde den direkt överallt eller var det nåt mer som behövde hända?",
                          ["när bestämdes det egentligen att norrbottens gemensamma målbild skulle antas?"])
    assert after.answered and "varje huvudmans ordinarie beslutsprocess" in after.text
    counts = assistant.ask("hur många hälsocentraler finns de i länet egentligen? och tandvårdskliniker?")
    assert counts.answered and "31" in counts.text and "24 tandvårdsmottagningar" in counts.text
    both = assistant.ask("Vad skriver hälso- och sjukvårdsnämnden om beredskap och säkerhet?")
    assert both.answered and "Om beredskap:" in both.text and "systematiskt säkerhetsarbete" in both.text
    why = assistant.ask("What does nära vård actually mean, and why is the region doing it?")
    assert why.answered and "Antalet äldre ökar snabbt" in why.text
    for answer in (heard, after, counts, both, why):
        assert _valid_citations(answer)


def test_session_51_answers_from_the_last_trial_of_session_50(assistant):
    # ten fresh questions at the end of session 50 (a nurse working with egenmonitorering): "X eller Y" without a second
    # "om" answered one of them; a role follow-up on a thing only the plan names (which writes nothing to staff) gave
    # the plan's two sentences and nothing the documents say to staff
    either = assistant.ask("står det nåt om hemmonitorering eller egenmonitorering?")
    assert either.answered and "Hemmonitorering" in either.text and "egenmonitorering införas hela länet" in either.text
    role = assistant.ask("vad betyder det för mig som sjuksköterska som jobbar med det?",
                         ["Står det nåt om egenmonitorering?"])
    assert role.answered and "egenmonitorering införas hela länet" in role.text
    assert "Digitala verktyg och vårdformer kommer att vara en naturlig del i ditt arbete" in role.text
    # (and which of two things no document names is refused, naming them)
    kit = assistant.ask("vilken app eller utrustning ska patienterna ha hemma när de gör egenmonitorering?")
    assert not kit.answered and "app eller utrustning" in kit.text
    for answer in (either, role):
        assert _valid_citations(answer)


def test_session_51_answers_from_hold103(assistant):
    # hold103: where the asker sits (Överkalix, which no document names) is no place asked about; who drives a piece of
    # work is its project leaders and working group
    contrast = assistant.ask("Jag sitter i kommunstyrelsen i Överkalix och blir förvirrad av Jämtland Härjedalens material "
                             "– vad är skillnaden mellan deras målbild och deras färdplan?")
    assert contrast.answered and "god hälsa hela livet" in contrast.text
    assert "Gemensam plan för primärvårdsnivån" in contrast.text
    drives = assistant.ask("vem är det som driver det arbetet då?",
                           ["Varför började man i Jämtland Härjedalen ta fram en gemensam plan för primärvården?"])
    assert drives.answered and "Två projektledare" in drives.text
    # the words a contrast asks of both concepts pick each one's row ("Nämnden ansvarar inte för Beställning Vårdval …")
    duty = assistant.ask("vad är skillnaden på nämndens ansvar för primärvården i egen regi och för vårdvalet?")
    assert duty.answered and "Nämnden ansvarar inte för Beställning Vårdval primärvård" in duty.text
    # a how spelled out after a dash is the summary's topic: both sections
    plans = assistant.ask("Kan du sammanfatta vad Norrbottens strategi säger om hur det ska gå från strategi till praktik "
                          "– handlingsplaner och uppföljning?")
    assert plans.answered and "Lokala handlingsplaner" in plans.text and "gemensamt fastställda indikatorer" in plans.text
    # where the asker does their practice is no place asked about
    student = assistant.ask("vad innebär det för mig som tandläkarstudent som gör praktik på folktandvården i Luleå?",
                            ["Vad säger nämndens verksamhetsplan om folktandvården?"])
    assert student.answered and "utåtriktad verksamhet" in student.text
    for answer in (contrast, drives, duty, plans, student):
        assert _valid_citations(answer)


def test_session_51_answers_from_the_first_trial(assistant):
    # the first new-employee trial of session 51: what Jämtland Härjedalen's färdplan is (not the title slide's timeline);
    # whether the strategy holds for private providers; a timeline of how the målbild was made and decided; which
    # målbild did best (no document reports a result)
    roadmap = assistant.ask("Ny som verksamhetschef för primärvården i Region Jämtland Härjedalen. Vad är färdplanen för "
                            "nära vård här?")
    assert roadmap.answered and "Gemensam plan för primärvårdsnivån i Jämtland Härjedalen" in roadmap.text
    private = assistant.ask("hej, har precis börjat som fysioterapeut på en privat hälsocentral i Luleå. gäller nära "
                            "vård-strategin oss privata också?")
    assert private.answered and "privata utförare har ett delat ansvar" in private.text
    timeline = assistant.ask("sammanfatta kort tidslinjen för hur målbilden togs fram och beslutades",
                             ["Vad är färdplanen för nära vård i Jämtland Härjedalen?"])
    assert timeline.answered and "Workshop i SVOM den 3/6-22" in timeline.text and "Fattades i SVOM 221202" in timeline.text
    best = assistant.ask("vilken av målbilderna har gett bäst resultat i uppföljningen hittills?",
                         ["Vad skiljer Norrbottens målbild från Västernorrlands?"])
    assert not best.answered
    # a role follow-up after "vilka exempel på områden …": the thread is about öppnare vårdformer, not "Utvecklingsområde …"
    physio = assistant.ask("och vad betyder det för mig som fysioterapeut?",
                           ["vilka exempel på områden att arbeta med finns under öppnare vårdformer?"])
    assert physio.answered and "Nära vård för dig som medarbetare" in physio.text
    assert "inhyrd personal" not in physio.text
    for answer in (roadmap, private, timeline, physio):
        assert _valid_citations(answer)


def test_session_51_answers_from_the_second_trial(assistant):
    # the second trial of session 51 (hardest kinds, graded strictly): the four directions with examples of each (in
    # Swedish and English) were refused, their answer never naming "riktningsförändringar"; role follow-ups refused for
    # the asker's own workplace (SÄBO, Luleå); a whole brochure asked "i korthet"
    four = assistant.ask("Vilka är de fyra riktningsförändringarna i Norrbottens strategi, med några exempel på varje?")
    assert four.answered and "riktningsförändringar" in four.text and "Öppnare vårdformer: Mobila team" in four.text
    english = assistant.ask("I'm an occupational therapist from Denmark working in Boden municipality. What are the four "
                            "shifts of direction in the Norrbotten strategy, with a few examples of each?")
    assert english.answered and english.text.startswith("The documents are in Swedish")
    assert "Stärkt gemensam primärvård: Fasta vård- och omsorgskontakter" in english.text
    mobile = assistant.ask("och vad betyder det för mig som läkare i det mobila geriatriska teamet i Luleå?",
                           ["Vad innebär riktningsförändringen öppnare vårdformer?"])
    assert mobile.answered and "Mobila team" in mobile.text
    tutor = assistant.ask("vad innebär det för mig som handledare för nya undersköterskor på ett SÄBO i Piteå?",
                          ["vilka förutsättningar behövs för omställningen enligt strategin?"])
    assert tutor.answered
    brochure = assistant.ask("ge mig norrbottens gemensamma målbild i korthet, hela broschyren")
    assert brochure.answered and "Min egen kraft tas tillvara" in brochure.text and "Nära mig på bästa sätt" in brochure.text
    # a later part naming the first part's event again asks of that decision, not of the målbild's
    nämnd = assistant.ask("när bestämdes det att regionen skulle ha en hälso- och sjukvårdsnämnd och vem tog beslutet")
    assert nämnd.answered and "Regionfullmäktige beslutade 21 december 2022" in nämnd.text and "27 maj" not in nämnd.text
    # three things counted in English, each its own number
    counts = assistant.ask("I'm a care home manager from Finland in Haparanda. How many hospitals, health centres and "
                           "dental clinics does Region Norrbotten have?")
    assert counts.answered and "fem sjukhus" in counts.text and "31" in counts.text and "24 tandvårdsmottagningar" in counts.text
    # a leader asking what a term means for them gets what the documents say to leaders after the term
    leader = assistant.ask("ok men vad betyder det i praktiken för mig som teamledare i hemtjänsten i Gällivare?",
                           ["vad säger strategin om personcentrering?", "vad är ett patientkontrakt?"])
    assert leader.answered and "Patientkontraktet består av tre delar" in leader.text and "Modigt ledarskap" in leader.text
    for answer in (four, english, mobile, tutor, brochure, nämnd, counts, leader):
        assert _valid_citations(answer)


def test_session_51_a_summary_paragraph_saying_the_lead_again_is_led_by_its_next_sentence(assistant):
    # the second trial of session 51: "Vad står det i verksamhetsplanen om samer och nationella minoriteter?" left out the
    # section's second paragraph, whose first sentence says the lead's again ("Sveriges minoriteter … har rättigheter …")
    sami = assistant.ask("Vad står det i verksamhetsplanen om samer och nationella minoriteter?")
    assert sami.answered and "Regionen är skyldig att informera de nationella minoriteterna" in sami.text
    assert _valid_citations(sami)


def test_session_51_answers_from_the_third_trial(assistant):
    # the third trial of session 51 (conversations): the asker's workplace as "vi"; the thing the asker works with as
    # "det"; a list noun asked "igen"; an English summary of gender equality "in care" after questions on the nämnd
    centre = assistant.ask("Jag har börjat på regionens kompetenscentrum för våldsutsatta patienter. Nämns vi nånstans i "
                           "dokumenten?")
    assert centre.answered and "kompetenscentrum för våldsutsatta patienter" in centre.text
    menopause = assistant.ask("Jag är ny ssk på kvinnohälsan och jobbar mycket med klimakteriet – står det nåt om det i "
                              "nämndens plan?")
    assert menopause.answered and "klimakteriebesvär" in menopause.text
    school = assistant.ask("Jag är ny koordinator för forskarskolan i nära vård, vad står det om den?")
    assert school.answered and "Forskarskolan i Nära vård" in school.text
    flows = assistant.ask("vilka är de tre flödena igen?",
                          ["I'm a pharmacist from Greece working in Luleå. What does the committee's operating plan say "
                           "about medicines?"])
    assert flows.answered and "läkemedelsförsörjning" in flows.text
    equality = assistant.ask("what does the plan say about gender equality in care, in short?",
                             ["vilka andra uppdrag har nämnden?"])
    assert equality.answered and "jämställdhet" in equality.text
    target = assistant.ask("vilket år ska Jämtland Härjedalens målbild vara uppnådd?")
    assert target.answered and "Inte ha en tidsbegränsning på målbilden" in target.text
    for answer in (centre, menopause, school, flows, equality, target):
        assert _valid_citations(answer)


def test_session_51_a_role_follow_up_on_a_listed_thing_adds_what_is_said_to_staff_on_it(assistant):
    # ten fresh questions at the end of session 51: "… || och vad betyder det konkret för mig som sjuksköterska som jobbar
    # med sköra äldre på hälsocentralen?" gave the plan's line on sköra äldre (which writes nothing to staff) and nothing
    # of what the strategy says to staff on working across organisations
    frail = assistant.ask("och vad betyder det konkret för mig som sjuksköterska som jobbar med sköra äldre på "
                          "hälsocentralen?", ["Vad innebär nära vård för mig som medarbetare?"])
    assert frail.answered and "sköra äldre" in frail.text
    assert "samarbeta över verksamhets- och organisationsgränser" in frail.text
    assert _valid_citations(frail)


def test_session_52_answers_from_the_first_trial(assistant):
    # the first new-employee trial of session 52 (eight personas, four turns each)
    # a county's goals are its målbild: the motto and the five strategies for an asker in Östersund
    goals = assistant.ask("Jag jobbar i Östersund, vad är det för mål länet har satt upp?")
    assert goals.answered and "Tillsammans för god hälsa hela livet" in goals.text and "Ökad kontinuitet" in goals.text
    exists = assistant.ask("Hej, jag har precis börjat som enhetschef på en korttidsenhet i Östersunds kommun. Finns det en "
                           "gemensam målbild för nära vård här i Jämtland?")
    assert exists.answered and "Tillsammans för god hälsa hela livet" in exists.text
    # which groups: every sentence of the paragraph naming one, older men and girls and women too
    groups = assistant.ask("vilka grupper har högre risk för suicid?")
    assert groups.answered and "gruppen äldre män är överrepresenterade" in groups.text
    assert "majoriteten flickor och kvinnor" in groups.text and "urfolket samerna" in groups.text
    # a municipality's duty is not answered by the region's
    duty = assistant.ask("måste vi i kommunen prata meänkieli med de boende då?",
                         ["hej jag jobbar som usk på ett säbo i pajala och pratar meänkieli. vad säger regionen om "
                          "nationella minoriteter?"])
    assert not duty.answered and "kommunen" in duty.text and "regionen" in duty.text
    # what else the documents take up, for an asker in Pajala: Norrbotten's documents, not Västernorrland's råd
    minorities = assistant.ask("hej jag jobbar som usk på ett säbo i pajala och pratar meänkieli. vad säger regionen om "
                               "nationella minoriteter?")
    assert minorities.answered and "förvaltningsområde för minoritetsspråken" in minorities.text
    assert "Regionens råd för nationella minoriteter" not in minorities.text
    # whether, then when, a municipality's council adopts Västernorrland's målbild
    council = assistant.ask("ska vi i fullmäktige anta den? när i så fall?",
                            ["Vad har Västernorrland för målbild för nära vård?"])
    assert council.answered and "I de flesta kommuner antas målbilden av kommunfullmäktige" in council.text
    assert "början av 2021" in council.text
    # an acronym asked about is found by the words it stands for too
    sip = assistant.ask("vad står det om SIP?")
    assert sip.answered and "Samordnad individuell planering" in sip.text and "Patientkontrakt och" in sip.text
    for answer in (goals, exists, groups, minorities, council, sip):
        assert _valid_citations(answer)


def test_session_52_a_bare_summary_request_sums_up_the_conversation(assistant):
    # the first trial of session 52: "Can you summarise that in three bullet points?" after three questions (Kiruna's
    # hospital, the new journal system, digital care) was answered with one line on the over-65s' hospital stays
    turns = ["Hi, I'm an anaesthesiologist from Romania who just started at Kiruna hospital. I heard the hospital will be "
             "torn down - what do the documents say about that?", "What new journal system will I have to learn?",
             "and what does the plan say about digital care, like video visits?"]
    summary = assistant.ask("Can you summarise that in three bullet points?", turns)
    assert summary.answered and "thread-summary" in summary.flags
    assert "Kiruna sjukhus, kommer att rivas" in summary.text and "Cosmic" in summary.text
    assert "digitalt i första hand, fysiskt vid behov" in summary.text and "65 års ålder" not in summary.text
    assert summary.text.startswith(ENGLISH_LEAD)
    # in Swedish: each turn in brief, a sentence told for one turn not told again
    swedish_summary = assistant.ask("sammanfatta", ["vad är patientkontrakt?", "vilka delar består det av?"])
    assert swedish_summary.answered and "så kallat patientkontrakt" in swedish_summary.text
    assert swedish_summary.text.count("består av tre delar") == 1
    for answer in (summary, swedish_summary):
        assert _valid_citations(answer)


def test_session_52_answers_from_the_second_trial(assistant):
    # the second trial of session 52 (hardest kinds, graded strictly)
    # a section named as "digitaliseringsavsnittet": the section's paragraph leads, every one (Min vård Norrbotten's use
    # for the care units, Folktandvårdens digitala målbild), and nothing else
    section = assistant.ask("sammanfatta digitaliseringsavsnittet i nämndens verksamhetsplan")
    assert section.answered and "anamnesupptagning" in section.text and "Folktandvårdens digitala målbild" in section.text
    assert "glesbygdens utveckling" in section.text and "Dokumenten tar också upp" not in section.text
    # a later part asking about "it": about the thing the first part named, in English too
    cosmic = assistant.ask("When was the new Cosmic record system rolled out in the region and what does the plan say "
                           "about it?")
    assert cosmic.answered and "hösten 2024" in cosmic.text and "modern plattform" in cosmic.text
    assert "Politikens riktade uppdrag" not in cosmic.text
    # the asker's workplace among the examples of the topic's section ("Familjecentral" for a kurator there)
    children = assistant.ask("Jag är kurator på familjecentralen i Kiruna. Ge mig en kort sammanfattning av vad dokumenten "
                             "säger om barn och ungas hälsa")
    assert children.answered and "Familjecentral" in children.text
    # a thing no document names, asked which one of, is refused saying so
    pay = assistant.ask("vilken lön får en sjuksköterska?")
    assert not pay.answered
    for answer in (section, cosmic, children):
        assert _valid_citations(answer)


def test_session_52_a_bodys_decisions_and_the_care_a_workplace_belongs_to(assistant):
    # the second trial of session 52: what SVOM decided, every decision (the målbild "Fattades i SVOM 221202" too)
    decided = assistant.ask("vad har SVOM i jämtland beslutat om målbilden?")
    assert decided.answered and "Fattades i SVOM 221202" in decided.text and "hösten -21" in decided.text
    # a tandläkare at folktandvården is told the nämnd's tasks on tandvård too, not only the one naming folktandvården
    dentist = assistant.ask("och vad betyder det för mig som tandläkare på folktandvården i Pajala?",
                            ["vilka uppdrag har nämnden för 2025-2027?"])
    assert dentist.answered and "primärvård samt tandvård" in dentist.text and "gemensamt ansvar" in dentist.text
    # and the care's own lines elsewhere in the plan (eval hold37-32: "Vad betyder det för mig som tandhygienist på
    # folktandvården?" after the nämnd's work for 2025–2027)
    hygienist = assistant.ask("Vad betyder det för mig som tandhygienist på folktandvården?",
                              ["Vad ska hälso- och sjukvårdsnämnden jobba med under 2025–2027?"])
    assert hygienist.answered and "utåtriktad verksamhet" in hygienist.text and "Familjecentraler" in hygienist.text
    # what a målbild rests on, asked in staff words ("bygger den på, frågade dom folk?"): its starting point
    based = assistant.ask("vad bygger den på, frågade dom folk?", ["vad är målbilden i Jämtland Härjedalen?"])
    assert based.answered and "enkätresultat" in based.text
    for answer in (decided, dentist, based, hygienist):
        assert _valid_citations(answer)


def test_session_52_answers_from_the_conversation_trial(assistant):
    # the third trial of session 52 (four-turn conversations)
    frail = assistant.ask("och det där om sköra äldre, vad mer står det om dom?",
                          ["Vad säger nämndens verksamhetsplan om stärkt gemensam primärvård?"])
    assert frail.answered and "identifiera skörhet" in frail.text
    rehab = assistant.ask("står det nåt om rehabilitering i riktningsförändringarna?")
    assert rehab.answered and "Rehabiliteringsinsatser" in rehab.text
    near = assistant.ask("jag är fysioterapeutstudent på vfu, vad är nära vård kortfattat?")
    assert near.answered and "Omställningen som benämns Nära vård" in near.text
    other = assistant.ask("och i Västernorrland då?", ["vilka fem strategier har målbilden i Jämtland Härjedalen?"])
    assert other.answered and "fyra punkter" in other.text and "Jag har en kontinuitet" in other.text
    mobile = assistant.ask("det där med mobiltandvård, var ska den erbjudas?",
                           ["Jag är tandsköterska i Övertorneå. vad står det om tandvården i verksamhetsplanen?"])
    assert mobile.answered and "(SÄBO)" in mobile.text and "snabbare och mer noggranna diagnoser" not in mobile.text
    # a law change asked in staff words is said in the documents' ("Ändring tillkom i HSL …"), not refused as unnamed
    law = assistant.ask("Vilken lagändring var det som gjorde att Jämtland Härjedalen började ta fram en gemensam plan för "
                        "primärvården?")
    assert law.answered and "Ändring tillkom i HSL 1 juli" in law.text
    # a short section headed by the thing asked whether it is named is said whole ("Nytt journalsystem")
    journal = assistant.ask("står det nåt om nya journalsystemet?")
    assert journal.answered and "modern plattform" in journal.text and "säkert och ändamålsenligt" in journal.text
    practice = assistant.ask("ge nåt exempel på hur det kan se ut i praktiken",
                             ["jobbar på infektion på sunderby, vad innebär öppnare vårdformer för oss på sjukhuset?"])
    assert practice.answered and "Specialistkonsultation i hemmet" in practice.text
    # whom a topic is for, in staff words only ("dom som blir slagna"): the documents' word for them narrows it (våld)
    beaten = assistant.ask("vad säger dom om vårdens ansvar för dom som blir slagna?",
                           ["vad säger verksamhetsplanen om kvinnors hälsa?"])
    assert beaten.answered and "utsatta för våld" in beaten.text and "Prioriterade agendamål" not in beaten.text
    for answer in (frail, rehab, near, other, mobile, law, practice, journal, beaten):
        assert _valid_citations(answer)


def test_session_52_answers_from_the_second_new_employee_trial(assistant):
    # the fourth trial of session 52: a follow-up naming a new thing in lower case ("cosmic"), a municipality's own
    # decision asked by a socialnämnd chair, a document's description asked with "är det nån skillnad?", and when a
    # thing the plan names without a date begins
    cosmic = assistant.ask("vad är cosmic som alla pratar om på jobbet",
                           ["hej, jag är usk på kiruna sjukhus, har hört att sjukhuset ska rivas?? vad står det"])
    assert cosmic.answered and "vårdinformationsstödet Cosmic" in cosmic.text
    council = assistant.ask("ska vi i Ragunda kommun också ta beslut om målbilden? vad står det om det",
                            ["Hej jag är ordförande i socialnämnden i Ragunda. Vilka är de fem strategierna i Jämtland "
                             "Härjedalens målbild?"])
    assert council.answered and "länets kommuner" in council.text
    plan = assistant.ask("och verksamhetsplanen, hur beskriver den samma sak, är det nån skillnad?",
                         ["vad betyder öppnare vårdformer konkret enligt strategin?"])
    assert plan.answered and "specialistteam i hemmet" in plan.text
    mobile = assistant.ask("och vad menas med mobiltandvård, när ska det börja?",
                           ["Hej! Jag är nyanställd tandläkare på folktandvården i Arjeplog. Vad står det om tandvården i "
                            "nämndens verksamhetsplan?"])
    assert mobile.answered and "(SÄBO)" in mobile.text and "Cosmic" not in mobile.text
    for answer in (cosmic, council, plan, mobile):
        assert _valid_citations(answer)


def test_session_52_answers_from_hold105(assistant):
    # hold105, looked at half-way: follow-ups that were refused, and a paraphrase of the Kiruna hospital's fate
    duty = assistant.ask("och vad är det nämnden ansvarar för egentligen?", ["Hur många sitter i hälso- och sjukvårdsnämnden?"])
    assert duty.answered and "strategiskt driva" in duty.text
    decided = assistant.ask("och vem tog själva beslutet om den sen?",
                            ["Sammanfatta hur man i Jämtland Härjedalen gick tillväga för att ta fram den gemensamma "
                             "målbilden."])
    assert decided.answered and "Fattades i SVOM 221202" in decided.text
    leader = assistant.ask("och vad förväntas då av mig som biträdande avdelningschef på ortopeden på Sunderby när det "
                           "gäller ledarskapet?",
                           ["Vilka förutsättningar behöver finnas på plats enligt Norrbottens strategi för att "
                            "omställningen ska gå att genomföra?"])
    assert leader.answered and "tillitsbaserat förhållningssätt" in leader.text
    kiruna = assistant.ask("Hej! Jag heter Maja och är dialyssjuksköterska på Kiruna sjukhus. Vi hör hela tiden att "
                           "sjukhuset ska försvinna – vad står det i nämndens plan om det?")
    assert kiruna.answered and "kommer att rivas" in kiruna.text
    hired = assistant.ask("Tjena, Jonas här, jag jobbar som IVA-sjuksköterska på Sunderby sjukhus. Jag har hört att "
                          "regionen vill dra ner på hyrpersonal – vad säger verksamhetsplanen om det och varför?")
    assert hired.answered and "minska andelen inhyrd personal" in hired.text
    # a why asked of the change: the strategy's own "Våra varför", a reason per paragraph (ojämlikhet i hälsa too)
    why = assistant.ask("Varför kan vi inte bara köra på som förut? Vad är skälen bakom hela den här förändringen i "
                        "Norrbotten?")
    assert why.answered and "ojämlikhet i hälsa" in why.text and "Digitaliseringen i samhället" in why.text
    app = assistant.ask("Hi, I'm a travel nurse from Australia on a three-month contract in Arvidsjaur. Patients keep "
                        "mentioning 'Min vård Norrbotten' – what is it and what features does it offer?")
    assert app.answered and "Sök vård och Chatt" in app.text
    for answer in (duty, decided, leader, kiruna, hired, why, app):
        assert _valid_citations(answer)


def test_session_52_a_half_named_only_as_a_list_label(assistant):
    # the ten fresh questions at the end of session 52: "… om SIP och mobila team" answered the SIP half only; "Mobila
    # team" stands only as an example label under Öppnare vårdformer, which is said too
    both = assistant.ask("vad säger norrbottens strategi om SIP och mobila team?")
    assert both.answered and "Samordnad individuell plan (SIP)" in both.text and "Öppnare vårdformer: Mobila team" in both.text
    assert _valid_citations(both)



def test_session_53_answers_from_the_first_trial(assistant):
    # the first new-employee trial of session 53 (eight personas, four turns each)
    # a sloppy two-part question whose tail says where the asker looked: both parts of the patientkontrakt
    contract = assistant.ask("vad e patientkontraktet o vilka delar har de, hittar inget om de på intranätet")
    assert contract.answered and "överenskommelse mellan patienten och vården" in contract.text
    assert "fasta vårdkontakter, sammanhållen plan och överenskomna tider" in contract.text
    assert "Jämställdhet" not in contract.text and "kön" not in contract.text
    # an English "what does X actually mean according to …": the strategy's own words, not a list of titles
    meaning = assistant.ask('I just started as a GP at the health centre in Jokkmokk. What does "nära vård" actually '
                            'mean according to the Norrbotten documents?')
    assert meaning.answered and "utgå från personens behov" in meaning.text
    # a place given as an example of a kind: the examples of öppnare vårdformer, not a refusal
    rural = assistant.ask("Kan du ge exempel på öppnare vårdformer som kan bli aktuella i glesbygd som Jokkmokk?",
                          ['I just started as a GP at the health centre in Jokkmokk. What does "nära vård" actually '
                           'mean according to the Norrbotten documents?'])
    assert rural.answered and "Servicepunkter och filialer i glesbygd" in rural.text
    # spoken, with no "jag": what nära vård is, then what it means for the asker (was refused)
    spoken = assistant.ask("hej e ny usk på säbo i sollefteå, va e nära vård egentligen o vad har de me mej å göra")
    assert spoken.answered and "utgå från personens behov" in spoken.text and "ditt arbete" in spoken.text
    # whether the asker's ward gets fewer beds: the documents never say it of one unit – said so
    beds = assistant.ask("Kommer vår avdelning att få färre vårdplatser när det nya sjukhuset är byggt?",
                         ["Jag är ny sjuksköterska på medicinavdelningen på Kiruna sjukhus. Vad står det om det nya "
                          "sjukhuset i Kiruna?"])
    assert not beds.answered and "enskild avdelning" in beds.text
    # a role follow-up on Västernorrland's målbild: its aim and four points, not the article's list of other regions'
    nurse = assistant.ask("Och vad betyder det för mig som sjuksköterska i hemsjukvården?",
                          ["Hej! Jag har precis börjat som sjuksköterska i hemsjukvården i Kramfors. Vad står det i "
                           "Västernorrlands målbild för nära vård?"])
    assert nurse.answered and "Jag har en kontinuitet i min kontakt med vården" in nurse.text
    assert "Uppsala" not in nurse.text
    # who makes Jämtland Härjedalen's local plans, and what happens to them: that region's slide, not Norrbotten's
    plans = assistant.ask("Vem tar fram de lokala samverkansplanerna då, och vad händer med dem sen?",
                          ["Jag är ny processledare för samverkansarenan i Strömsunds kommun. Vad är Gemensam plan i "
                           "Jämtland Härjedalen och hur tas den fram?"])
    assert plans.answered and "Lokala samverkansarenor" in plans.text and "Sammanställs till en gemensam plan" in plans.text
    assert all(c.chunk.document.startswith("jamtland") for c in plans.citations if c.used)
    # the nämnd's inriktningar "för folkhälsan": the one on folkhälsa, not all twelve
    health = assistant.ask("Vilka konkreta inriktningar har nämnden för folkhälsan 2025–2027 då?",
                           ["Jag har börjat som folkhälsoutvecklare på hälsocentralen i Kalix. Vad säger hälso- och "
                            "sjukvårdsnämndens verksamhetsplan om folkhälsoarbetet?"])
    assert health.answered and "folkhälsoområdet" in health.text and "klimakteriebesvär" not in health.text
    # "samordnad individuel plan o mobila team": each half, mobila team where it is listed
    both = assistant.ask("vad säjer dom om samordnad individuel plan o mobila team, sånt som vi jobbar med i hemsjukvården")
    assert both.answered and "Samordnad individuell plan (SIP)" in both.text and "Mobila team" in both.text
    for answer in (contract, meaning, rural, spoken, beds, nurse, plans, health, both):
        assert _valid_citations(answer)


def test_session_53_answers_from_the_strict_trial(assistant):
    # the strict trial of session 53 (thirty questions of the hardest kinds) and the rest of the first trial
    # "Vad går SKR:s artikel … ut på i korthet?": the article's outline, who set the målbild (Social ReKo) with its aim
    gist = assistant.ask("Vad går SKR:s artikel om Västernorrlands målbild ut på i korthet?")
    assert gist.answered and "i korthet, avsnitt för avsnitt" in gist.text and "Social ReKo" in gist.text
    assert "Jag har en kontinuitet i min kontakt med vården" in gist.text
    # what only one region names, from its points, not its prose
    compared = assistant.ask("Jämför Jämtland Härjedalens målbild med Västernorrlands – vad är lika och vad skiljer?")
    assert compared.answered and "Båda nämner: " in compared.text and "övergripande" not in compared.text.split("Båda nämner: ")[1]
    # what Gemensam plan is: the färdplan's name and what the slides say of it, the local plans compiled for the county
    plan = assistant.ask("Vad är Gemensam plan i Jämtland Härjedalen?")
    assert plan.answered and "Lokala samverkansarenor har fått i uppdrag" in plan.text
    assert "Sammanställs till en gemensam plan för länet" in plan.text
    handler = assistant.ask("och vad betyder det för mig som LSS-handläggare i Bergs kommun?",
                            ["Vad är Gemensam plan i Jämtland Härjedalen?"])
    assert handler.answered and "Lokala samverkansarenor" in handler.text and "Workshop i SVOM" not in handler.text
    # a title with a hyphen before the workplace: the primary care part of the strategy for the hälsocentral
    therapist = assistant.ask("och vad betyder det för mig som KBT-terapeut på hälsocentralen i Moskosel?",
                              ["Vilka är de fyra riktningsförändringarna i Norrbottens strategi?"])
    assert therapist.answered and "Stärkt gemensam primärvård" in therapist.text
    # asked short, the four points without their examples
    points = assistant.ask("Kan du sammanfatta de fyra punkterna kort med egna ord?",
                           ["Hej! Jag har precis börjat som sjuksköterska i hemsjukvården i Kramfors. Vad står det i "
                            "Västernorrlands målbild för nära vård?"])
    assert points.answered and "Jag har en kontinuitet i min kontakt med vården" in points.text
    assert "Till exempel" not in points.text
    for answer in (gist, compared, plan, handler, therapist, points):
        assert _valid_citations(answer)


def test_session_53_a_pair_of_topics_one_only_mentioned(assistant):
    # the strict trial of session 53: "sköra äldre och öppna vårdformer" was answered by the item on sköra äldre alone;
    # each half on its own, öppna vårdformer from the plan's section headed so (and a role follow-up on it likewise)
    pair = assistant.ask("Vad säger verksamhetsplanen om sköra äldre och öppna vårdformer?")
    assert pair.answered and "sköra äldre" in pair.text and "specialistteam i hemmet" in pair.text
    nurse = assistant.ask("och vad betyder det för mig som sjuksköterska i det mobila närvårdsteamet i Älvsbyn?",
                          ["Vad säger verksamhetsplanen om sköra äldre och öppna vårdformer?"])
    assert nurse.answered and "specialistteam i hemmet" in nurse.text
    for answer in (pair, nurse):
        assert _valid_citations(answer)


def test_session_53_answers_from_the_conversation_trial(assistant):
    # the four-turn conversation trial of session 53
    # "När ska det vara infört?" of egenmonitorering: no date is given for it – said so, not the date Cosmic came
    when = assistant.ask("När ska det vara infört?", ["Jag är chef för hälsocentralen i Kalix. Vad säger nämndens "
                                                     "verksamhetsplan om sköra äldre?", "Och om egenmonitorering då?"])
    assert not when.answered and "2025" not in when.text.split("Jag sökte")[0]
    # more staff for the asker's unit, and a party no document names: said to be untold
    staff = assistant.ask("Får vi mer personal i hemtjänsten för det?",
                          ["Hej, jag jobbar i hemtjänsten i Arjeplog. Vad betyder nära vård för oss som jobbar ute hos "
                           "brukarna egentligen?", "va e SIP för nåt, nämns det nånstans i strategin??"])
    assert not staff.answered
    party = assistant.ask("Vilket parti drev frågan där?",
                          ["Hej, jag är oppositionsråd i Krokoms kommun. Vad är SVOM och vad har de beslutat om nära vård?",
                           "Hur är det i Norrbotten, vem är uppdragsgivare för strategin där?"])
    assert not party.answered and "parti" in party.text
    # how Jämtland Härjedalen handled communication: the communication department's part
    comms = assistant.ask("Hur gjorde Jämtland Härjedalen med kommunikationen kring sin målbild?",
                          ["Jag är kommunikationsstrateg på Region Västernorrland och ska skriva en text om vår målbild "
                           "för nära vård. Vilka punkter består den av?"])
    assert comms.answered and "Kommunikationsavdelningen RJH" in comms.text
    # what nära vård means for home-care staff: the strategy's words to staff, not the målbild's timeline
    home = assistant.ask("Hej, jag jobbar i hemtjänsten i Arjeplog. Vad betyder nära vård för oss som jobbar ute hos "
                         "brukarna egentligen?")
    assert home.answered and "stöd för egenvård" in home.text and "Kick-off" not in home.text
    # "… i jämförelse?" after a Jämtland Härjedalen thread: both regions' ways of making the målbild, side by side
    compared = assistant.ask("Hur togs Norrbottens målbild fram i jämförelse?",
                             ["Hej! Jag är folkhälsovetarstudent på praktik hos Region Jämtland Härjedalen. Vad heter "
                              "målbilden här och vilka strategier har den?"])
    assert compared.answered and "Kick-off" in compared.text and "Jämtland Härjedalen:" in compared.text
    for answer in (when, staff, party, comms, home, compared):
        assert _valid_citations(answer)


def test_session_53_hold107_questions(assistant):
    # hold107, looked at half-way in session 53: questions staff ask in their own words
    figures = assistant.ask("Finns det siffror på hur många norrbottningar som tycker det är okej att sköta vårdkontakter "
                            "digitalt?")
    assert figures.answered and "77 procent" in figures.text
    system = assistant.ask("Vad heter det nya datasystemet som vi ska dokumentera patienterna i, och när drogs det igång?")
    assert system.answered and "Cosmic" in system.text and "hösten 2024" in system.text
    sloppy = assistant.ask("ja jobbar som usk på vårdavdelningen på kalix sjukhus o vi snackar hela tiden om att allt ska "
                           "flytta hem till patienterna men vad står det egentligen i nämndens plan om hur sjukhusvården "
                           "ska komma närmare folk alltså hur ska det gå till konkret")
    assert sloppy.answered and "specialistteam i hemmet" in sloppy.text
    frail = assistant.ask("vad ska hälsocentralrna göra med dom sköra gamla enl nämden har hört nåt om skörhet men fattar "
                          "inte riktigt")
    assert frail.answered and "identifiera skörhet" in frail.text
    defined = assistant.ask("Hur definierar nämndens plan en hälsofrämjande hälso- och sjukvård?")
    assert defined.answered and "proaktiv verksamhet" in defined.text
    counted = assistant.ask("Hej! Jag är ledare för Hälsoskolan på hälsocentralen i Älvsbyn. Vilka slags insatser räknar "
                            "nämndens verksamhetsplan som hälsofrämjande arbete?")
    assert counted.answered and "riktade hälsosamtal" in counted.text
    examples = assistant.ask("Vilka konkreta arbetssätt tar länsstrategin upp som exempel när mindre vård ska ske inlagd på "
                             "sjukhus och mer ute hos folk?")
    assert examples.answered and "Mobila team" in examples.text and "Hemmonitorering" in examples.text
    language = assistant.ask("Om en patient i Norrbotten ber om att få prata sitt modersmål i stället för svenska, måste "
                             "regionen gå med på det?")
    assert language.answered and "myndighetsutövning" in language.text
    for answer in (figures, system, sloppy, frail, defined, counted, examples, language):
        assert _valid_citations(answer)


def test_session_53_answers_from_the_second_new_employee_trial(assistant):
    # the second new-employee trial of session 53 (ten personas, three turns)
    spoken = assistant.ask("hej e ny usk i hemtjänsten i bräcke, vad e de här nära vård som alla snackar om o vad "
                           "behöver ja veta??")
    assert spoken.answered and "utgå från personens behov" in spoken.text and "ditt arbete" in spoken.text
    assert "Workshop i SVOM" not in spoken.text
    ours = assistant.ask("Hej, jag är nyanställd sjuksköterska på en vårdcentral i Härnösand i Region Västernorrland. "
                         "Vilken målbild för nära vård gäller hos oss och vad innehåller den?")
    assert ours.answered and "Jag har en kontinuitet i min kontakt med vården" in ours.text
    compared = assistant.ask("Vilka punkter består den av konkret? Och hur skiljer den sig från Norrbottens målbild?",
                             ["Hej, jag är nyanställd sjuksköterska på en vårdcentral i Härnösand i Region "
                              "Västernorrland. Vilken målbild för nära vård gäller hos oss och vad innehåller den?"])
    assert compared.answered and "Västernorrland:" in compared.text and "Norrbotten:" in compared.text
    local = assistant.ask("Vem tar fram handlingsplanerna för det här lokalt i Kiruna, och vem ansvarar för att de "
                          "genomförs?", ["Hej! Jag är ny enhetschef för hemsjukvården i Kiruna kommun. Vad innebär "
                                         "riktningsförändringen \"öppnare vårdformer\" i den länsgemensamma strategin?"])
    assert local.answered and "mellan kommun, hälsocentral och sjukhus" in local.text
    for answer in (spoken, ours, compared, local):
        assert _valid_citations(answer)


def test_session_54_answers_from_the_first_trials(assistant):
    # the new-employee and strict trials at the start of session 54
    # who decided Jämtland Härjedalen's målbild: SVOM and Barnarenan, then the proposal to RSR that fixes it
    decided = assistant.ask("Vem beslutade om målbilden i Jämtland Härjedalen?")
    assert decided.answered and "SVOM 221202" in decided.text and "Regionens samverkansråd ställer sig bakom" in decided.text
    # a difference of two målbilder: side by side, and what both name and what one alone names
    differ = assistant.ask("Vad är skillnaden mellan Jämtland Härjedalens och Västernorrlands målbild?")
    assert differ.answered and "Jämtland Härjedalen:" in differ.text and "Västernorrland:" in differ.text
    assert re.search(r"^Båda nämner: .*delaktighet.*tillgänglighet", differ.text, re.M)
    assert re.search(r"^Bara Jämtland Härjedalens punkter nämner: .*samordning", differ.text, re.M)
    # the same asked as a follow-up three turns on (was Jämtland Härjedalen's målbild alone)
    thread = assistant.ask("vad är skillnaden mot jämtland härjedalens målbild?",
                           ["vad är västernorrlands målbild för nära vård?", "vem har fastställt den?",
                            "hur togs den fram?"])
    assert thread.answered and "Västernorrland:" in thread.text and "Jämtland Härjedalen:" in thread.text
    # an English how, "when developing its vision": the citizen dialogues, not the article's date
    english = assistant.ask("How did Västernorrland involve citizens when developing its vision?")
    assert english.answered and "medborgardialoger genomförts i sex av sju kommuner" in english.text
    assert "Publicerad 17 februari" not in english.text
    # what SIP is, "står det nåt om det?": one answer, no refusal of its second half
    sip = assistant.ask("vad e SIP för nåt, står det nåt om det?")
    assert sip.answered and "Samordnad individuell plan" in sip.text and "Det står inte" not in sip.text
    # a kurator at a hälsocentral asking of psykisk hälsa: primärvården as the first choice even in psykisk hälsa
    # is said with the topic, before the hälsocentral's work list
    kurator = assistant.ask("och vad betyder det för mig som kurator på en hälsocentral?",
                            ["vad säger nämnden om psykisk hälsa?"])
    first_choice = kurator.text.find("självklara första valet")
    assert kurator.answered and 0 <= first_choice < kurator.text.find("där du arbetar")
    assert "Stärka barn och ungas psykiska hälsa" in kurator.text  # (what other sections say of it, after "Psykisk hälsa")
    for answer in (decided, differ, thread, english, sip, kurator):
        assert _valid_citations(answer)


def test_session_54_summaries_say_more_of_what_is_asked(assistant):
    # the summary of Jämtland Härjedalen's målbild: the vision's own subsection (what the citizen is to meet) and the
    # proposal to RSR after the decisions, not only the five strategies and how the målbild was made
    summary = assistant.ask("sammanfatta målbilden i jämtland härjedalen")
    assert summary.answered and "UTIFRÅN MEDBORGARPERSPEKTIV" in summary.text and "De jag träffar känner mig" in summary.text
    assert "Förslag till RSR 230206" in summary.text and "Ökad samordning och samverkan" in summary.text
    # what the strategy says of digitalisering: the sections naming digital tools, not "Våra varför" alone
    digital = assistant.ask("Vad säger strategin om digitalisering?")
    assert digital.answered and "Digitala verktyg och vårdformer" in digital.text
    # Min vård Norrbotten: the functions in place on every hälsocentral, going on from "fler funktioner"
    portal = assistant.ask("Vad säger nämndens verksamhetsplan om Min vård Norrbotten?")
    assert portal.answered and "Funktionerna Sök vård och Chatt är infört" in portal.text
    # a section named by its whole heading: that section, not other sections' "förutsättningar" after it
    named = assistant.ask("sammanfatta det som står om viktiga förutsättningar för omställningen i norrbottens strategi")
    assert named.answered and "Modigt ledarskap" in named.text and "Ledarskapsutveckling" in named.text
    assert "Norrbottningen ska ges förutsättningar" not in named.text
    # two topics asked as one, each with its section, the first named by its head noun ("lokala planer" ->
    # "Handlingsplaner"): each from its own section (a staff phrase heading one of them hid the other)
    plans = assistant.ask("Vad säger strategin om lokala planer och uppföljning?")
    assert plans.answered and "Lokala handlingsplaner ska utarbetas" in plans.text
    assert "gemensamt fastställda indikatorer" in plans.text
    # the ten fresh questions: "Det gör du bland annat …" is said with the sentence its "Det" is
    selfcare = assistant.ask("Vad står det om stöd till egenvård?")
    assert selfcare.answered and "En viktig del kommer att handla om att möjliggöra" in selfcare.text
    for answer in (summary, digital, portal, named, plans, selfcare):
        assert _valid_citations(answer)


def test_session_54_answers_from_the_second_new_employee_trial(assistant):
    # who makes the gemensam plan locally: the local samverkansarenor given the task (it was said to be untold)
    local = assistant.ask("vad är det för gemensam plan och vem tar fram den lokalt?",
                          ["hej jag är ny socialsekreterare i strömsunds kommun. vad är SVOM och vad har de beslutat om "
                           "nära vård?"])
    assert local.answered and "Lokala samverkansarenor har fått i uppdrag" in local.text
    assert "Det står inte" not in local.text
    # a new question after a thread, with "det" pointing at its own first sentence: the minority languages
    sami = assistant.ask("Och måste jag kunna bemöta patienter på samiska? Vad står det om det?",
                         ["Hej, jag har precis börjat som logoped på hälsocentralen i Jokkmokk. Vad innebär omställningen "
                          "till nära vård enligt den länsgemensamma strategin?",
                          "vad betyder det konkret för mig som medarbetare? ge gärna exempel"])
    assert sami.answered and "samer" in sami.text
    # "vad betyder kontinuitet?" after Västernorrland's målbild: its own point
    point = assistant.ask("vad betyder kontinuitet?", ["vad är västernorrlands målbild?"])
    assert point.answered and "Jag har en kontinuitet i min kontakt med vården" in point.text
    # the same as a role question of a staff member whose region's documents never speak to staff: the region's point
    role = assistant.ask("vad betyder kontinuitet för mig då, typ exempel",
                         ["hej jobbar på korttids i härnösand sen förra veckan, vad e målbilden för nära vård här"])
    assert role.answered and "Jag har en kontinuitet i min kontakt med vården" in role.text and "Norrbotten" not in role.text
    # guidelines on nutrition, which the documents never give: said so
    diet = assistant.ask("finns det några länsgemensamma riktlinjer för kostrådgivning eller nutrition?")
    assert not diet.answered
    # a later part told by the first part's answer: one answer, without each part's header (was "”När var det?”: Se
    # svaret ovan." under the first part's answer)
    when = assistant.ask("vem antar den formellt i kommunerna, och när?",
                         ["Hej, jag har precis börjat som medicinsk sekreterare på sjukhuset i Örnsköldsvik. Vad är "
                          "Social ReKo?", "vilka fyra punkter har målbilden de fastställt?"])
    assert when.answered and "kommunfullmäktige" in when.text and "början av 2021" in when.text
    assert "Se svaret ovan" not in when.text and not when.text.startswith("”")
    # a part whose answer, less what was said above, no longer names what it asks of is told above (it quoted the
    # strategy's lines on öppnare vårdformer under "står det något om det i strategin?")
    contract = assistant.ask("Vad innebär patientkontrakt, står det något om det i strategin?")
    assert contract.answered and "överenskommelse" in contract.text and "sjukhustungt" not in contract.text
    for answer in (local, sami, point, when, contract):
        assert _valid_citations(answer)


def test_session_55_answers_from_hold111_and_the_first_trial(assistant):
    # hold111 (looked at): sloppy questions the documents answer were refused
    languages = assistant.ask("vilka minortetsspråk e norrbotten förvaltnigsområde för, ska vi kunna ta emot patienter på dom??")
    assert languages.answered and "meänkieli" in languages.text
    share = assistant.ask("hur stor andel av norrbottningarna e positiva till 1177 etjänsterna, såg nån siffra i "
                          "verksamhetsplanen typ 70 nånting procent??")
    assert share.answered and "77 procent" in share.text
    kiruna = assistant.ask("okej så jag har fattat att kiruna sjukhus ska bort pga gruvan men vad står det egentligen i "
                           "planen om det, ska det byggas ett nytt där eller ska folk åka till gällivare istället??")
    assert kiruna.answered and "ett nytt sjukhus kommer att byggas" in kiruna.text
    dental = assistant.ask("och tandvårdsmottagningar då? hur många av dem drivs privat?", ["Hur många sjukhus har Region Norrbotten?"])
    assert dental.answered and "24 tandvårdsmottagningar" in dental.text and "fem sjukhus" not in dental.text
    # the new-employee trial: the year of the figures is the survey's, quoted with them (was "Det står inte …")
    year = assistant.ask("hur stor andel är positiva till digitala tjänster, och från vilket år är siffrorna?")
    assert year.answered and "(2023)" in year.text and "Det står inte" not in year.text
    # the trainings of the journal system are no part of the documents: not answered by the day Cosmic came
    training = assistant.ask("vilka utbildningar i journalsystemet får jag gå och när?")
    assert not training.answered and "hösten 2024" not in training.text
    # English "the one in Västernorrland": the two målbilder side by side
    english = assistant.ask("what is the difference between the Norrbotten målbild and the one in Västernorrland?")
    assert english.answered and "Norrbotten:" in english.text and "Västernorrland:" in english.text
    # a who-question of the one document it names asks of it, not of the contrast asked before
    made = assistant.ask("och vem har tagit fram strategin?", ["vad är skillnaden mellan patientkontrakt och SIP?"])
    assert made.answered and "Politiska samverkansberedningen" in made.text and "Patientkontrakt" not in made.text
    # the summary of Västernorrland's målbild: who is to adopt it, and not the article's box about itself
    summary = assistant.ask("sammanfatta Västernorrlands målbild")
    assert summary.answered and "på väg att antas i början av 2021" in summary.text and "Ämne:" not in summary.text


def test_session_55_answers_from_the_conversation_trial(assistant):
    # the two documents a thread asked of, set side by side on the one topic (was suicide figures)
    two = assistant.ask("vad är skillnaden mellan dom två?", ["Vad säger nämndens verksamhetsplan om öppna vårdformer?",
                                                               "Och vad står det om det i strategin?"])
    assert two.answered and "Hälso- och sjukvårdsnämndens verksamhetsplan 2025–2027:" in two.text
    assert "Tillsammans för nära vård i Norrbotten" in two.text and "suicid" not in two.text
    # the other examples under the same riktningsförändring: its whole list
    same = assistant.ask("vilka andra exempel finns under samma riktningsförändring?",
                         ["Nämns elevhälsan i strategin för nära vård?"])
    assert same.answered and "Stärka föräldraskapet" in same.text and "Rehabiliteringsinsatser" in same.text
    # who makes the local plans "för det arbetet" (was refused): the plans' own section
    plans = assistant.ask("Vem tar fram de lokala handlingsplanerna för det arbetet?",
                          ["Vilka riktningsförändringar finns i den länsgemensamma strategin för nära vård?",
                           "Vilka exempel på områden att arbeta med nämns under den tredje?"])
    assert plans.answered and "mellan kommun, hälsocentral och sjukhus" in plans.text
    # the document a plan refers to, named in its list (was refused as a bare list line)
    referred = assistant.ask("Vilken folkhälsostrategi hänvisar verksamhetsplanen till?")
    assert referred.answered and "Norrbottens folkhälsostrategi 2018-2026" in referred.text
    assert "Strategi för kompetensförsörjning" not in referred.text  # (the one named, not every strategy listed)
    # English "the Norrbotten one … in comparison": how Norrbotten's was made (was its content)
    english = assistant.ask("And how was the Norrbotten one developed, in comparison?",
                            ["How did Västernorrland develop its shared vision (målbild) for nära vård?",
                             "What are its four points?"])
    assert english.answered and "Workshop runt om i länet" in english.text


def test_session_55_answers_from_the_second_new_employee_trial(assistant):
    # a role and place said without "jag är" before the question (was refused)
    more = assistant.ask("diabetessköterska på hälsocentral i luleå, vad ska vi göra mer av enligt nära vård??")
    assert more.answered and "Det står inte" not in more.text
    # the thread's topic asked of the plan "också": the plan's own section on it, not the plan's outline
    also = assistant.ask("Står det något om det i nämndens verksamhetsplan också?",
                         ["Jag är ambulanssjuksköterska i Norrbotten. Vad säger strategin om öppnare vårdformer?"])
    assert also.answered and "specialistteam i hemmet" in also.text and "i korthet, avsnitt för avsnitt" not in also.text


def test_session_56_follow_ups_of_what_a_thing_means_and_for_whom(assistant):
    # "vad innebär det?" after a definition question was answered "Det handlar om mig och mitt liv!"
    meaning = assistant.ask("vad innebär det?", ["Vad är nära vård?"])
    assert meaning.answered and "personens behov" in meaning.text and "mitt liv" not in meaning.text
    practice = assistant.ask("och vad innebär det i praktiken?", ["Vad är SIP?"])
    assert "Samordnad individuell plan" in practice.text
    # one who asks as a patient is told what it means for patients, not what the documents say to staff
    patient = assistant.ask("vad betyder det för mig som patient?", ["Vad är patientkontrakt?"])
    assert patient.answered and "överenskommelse mellan patienten och vården" in patient.text
    assert "medarbetare" not in patient.text
    # a follow-up ending on "det" asks of the thing: nothing says who is responsible for SIP (was the nämnd's tasks)
    sip = assistant.ask("vem ansvarar för det?", ["Vad är SIP?"])
    assert not sip.answered and "ansvara för samverkan" not in sip.text
    # the two things two turns asked of, set against each other (was sentences on women's and men's care)
    two = assistant.ask("Vad är egentligen skillnaden mellan de här två? Överlappar de inte varandra?",
                        ["Vad menas med öppnare vårdformer i Norrbottens strategi?", "Och stärkt gemensam primärvård då?"])
    assert two.answered and "inneliggande sjukhusvård" in two.text and "basen i den nära vården" in two.text


def test_session_56_summaries_dates_and_roles(assistant):
    # "sammanfatta det kort" after the nämnd's twelve long directions: each by its first clause
    brief = assistant.ask("sammanfatta det kort", ["Vilka inriktningar och uppdrag har nämnden för 2025–2027?"])
    assert brief.answered and "klimakteriebesvär" in brief.text and "tillgänglig tandvård" in brief.text
    assert "bland annat genom att verka för att folktandvården" not in brief.text
    # a change over to Cosmic is dated by its introduction (was refused: "bytte" is never said)
    cosmic = assistant.ask("När var det vi bytte till Cosmic som journalsystem i regionen?")
    assert cosmic.answered and "hösten 2024" in cosmic.text
    # what a section quoted by its heading takes up (was refused)
    why = assistant.ask('Strategin har ett avsnitt som heter "Våra varför". Vilka skäl tar det upp till att vi måste '
                        'ställa om vården?')
    assert why.answered and "ojämlikhet i hälsa" in why.text and "kroniska sjukdomar" in why.text
    # two things done to the strategy, each answered (was the follow-up alone)
    local = assistant.ask("Hur är det tänkt att strategin ska omsättas lokalt och sedan följas upp? Sammanfatta gärna.")
    assert "Lokala handlingsplaner" in local.text and "indikatorer" in local.text
    # "finns det nåt om skolan …?" says what the strategy says of it, its examples too (was two sentences)
    school = assistant.ask("hej jag e kurator i elevhälsan i boden, finns det nåt om skolan i nära vård strategin?")
    assert school.answered and "Tidiga insatser för att klara skolan" in school.text
    # "sammanfatta det kort" after a document's outline: its purpose and headings, not the same outline again
    shorter = assistant.ask("sammanfatta det kort", ["Kan du sammanfatta den länsgemensamma strategin?"])
    assert shorter.answered and "tar upp:" in shorter.text and "Uppföljning" in shorter.text
    assert "i korthet, avsnitt för avsnitt" not in shorter.text and _valid_citations(shorter)
    # "vad e nämnden ansvarig för egentligen typ" is what it is responsible for: the whole list (was two of its tasks)
    tasks = assistant.ask("vad e nämnden ansvarig för egentligen typ")
    assert tasks.answered and "drift av primärvård och tandvård i egen regi" in tasks.text
    # an English "Who decided on it and when?" after the Jämtland Härjedalen vision (was refused), under the English lead
    decided = assistant.ask("Who decided on it and when?", ["What is the shared vision for local care in Jämtland Härjedalen?"])
    assert decided.answered and decided.text.startswith(ENGLISH_LEAD) and "SVOM 221202" in decided.text
    # a physiotherapist is told of the rehabilitation the plan names
    rehab = assistant.ask("vad betyder det för mig som fysioterapeut?", ["Vad säger verksamhetsplanen om öppna vårdformer?"])
    assert rehab.answered and "rehabilitering" in rehab.text


def test_session_57_role_and_thread_follow_ups(assistant):
    # a role follow-up on a section that says nothing to staff is what the section says (was only the leaders' lines)
    ward = assistant.ask("Okej, men vad innebär det konkret för mig som vårdenhetschef på en medicinavdelning i Gällivare?",
                         ["Vad menar nämndens verksamhetsplan med öppna vårdformer?"])
    assert ward.answered and "inneliggande sjukhusvård" in ward.text and "specialistteam i hemmet" in ward.text
    # "Gäller det ens oss, eller bara regionens hälsocentraler?" asks whether the topic holds for the asker, no topic of
    # its own (was the lines to all staff): the shared responsibility for primärvård
    shared = assistant.ask("Vad betyder det för mig som sjuksköterska i kommunens hemsjukvård i Pajala? Gäller det ens oss, "
                           "eller bara regionens hälsocentraler?",
                           ["Vad säger Norrbottens nära vård-strategi om stärkt gemensam primärvård?"])
    assert shared.answered and "delat ansvar" in shared.text
    # the part an outline named by its heading, asked of by its word (was two loose sentences)
    safe = assistant.ask("Och den som handlar om trygghet, vad står det i den mer exakt?",
                         ["Vilka delområden består Norrbottens gemensamma målbild av?"])
    assert safe.answered and "vägledning och hjälp" in safe.text
    # who of two actors, by the one said to do it (was refused)
    bup = assistant.ask("och vem ska göra det, primärvården eller bup?",
                        ["vad säger nämndens verksamhetsplan om barn och ungas psykiska hälsa"])
    assert bup.answered and "Primärvården" in bup.text
    # a thing said first, then "står det nåt mer om det?" (was the nämnd's whole list again)
    more = assistant.ask("klimakteriebesvär står det nåt mer om det?",
                         ["vad är nämndens uppdrag egentligen?", "och vilka inriktningar har nämnden för 2025-2027?"])
    assert more.answered and "klimakteriebesvär" in more.text and "tillitsbaserad styrning" not in more.text
    # the work list that closes the strategy's förutsättningar is theirs, arbetsmiljö's too (was primärvård's list)
    work = assistant.ask("vilka exempel på områden att arbeta med finns för det?",
                         ["Vad säger strategin om arbetsmiljö och att rekrytera personal?"])
    assert work.answered and "Kompetensförsörjning i samverkan" in work.text
    # who has a right to a thing the documents never grant (was the region's duty to equal rights)
    right = assistant.ask("och vem har rätt till en sån?", ["Vad är fast vårdkontakt?"])
    assert not right.answered and "rättigheter" not in right.text


def test_session_57_shapes_and_english(assistant):
    # "i en mening", "max 2 meningar": that many sentences (was four)
    one = assistant.ask("vad är nära vård? svara i en mening")
    assert one.answered and one.text.count("[") == 1 and _valid_citations(one)
    two = assistant.ask("kan du sammanfatta öppnare vårdformer kort, max 2 meningar")
    assert two.answered and two.text.count("[") == 2 and _valid_citations(two)
    # a thread summary asked for a meeting (was a summary of the last turn's topic)
    apt = assistant.ask("kan du sammanfatta det kort så jag kan ta det på APT",
                        ["står det nåt om arbetsmiljö i strategin för nära vård?",
                         "och i nämndens verksamhetsplan, står det nåt om fackliga organisationer?",
                         "vad menas med tillitsbaserad styrning"])
    assert apt.answered and "fackliga organisationer" in apt.text and "attrahera" in apt.text
    # English: "How is X different from Y?" (was refused), "anything about leadership?" (was refused), "work
    # environment" is arbetsmiljö (was "miljöpåverkan"), a summary in bullets of the thread
    differ = assistant.ask("How is Västernorrland's vision different from Norrbotten's?")
    assert differ.answered and "Social ReKo" in differ.text and "Min egen kraft" in differ.text
    lead = assistant.ask("ok. anything about leadership?", ["What does the strategy say about work environment and recruiting staff?"])
    assert lead.answered and "ledarskap" in lead.text
    env = assistant.ask("What does the strategy say about work environment and recruiting staff?")
    assert env.answered and "rekrytera" in env.text and "klimatutsläpp" not in env.text
    # who is responsible names the nämnd its "Nämnden" stands for
    who = assistant.ask("vem ansvarar för omställningen till nära vård i region norrbotten?")
    assert who.answered and "hälso- och sjukvårdsnämnd" in who.text
