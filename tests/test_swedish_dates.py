"""Dates as the documents write them, normalised (fast, no model)."""

from __future__ import annotations

import pytest

from assistant.swedish import DATELINE, announced_count, date_year, find_dates, format_date, is_date_heading


@pytest.mark.parametrize("text,year,expected", [
    ("27 maj fattades ett politiskt beslut att anta målbilden.", 2021, ("2021-05-27",)),
    ("Regionfullmäktige beslutade 21 december 2022 att inrätta en nämnd", None, ("2022-12-21",)),
    ("Fattades i SVOM 221202", None, ("2022-12-02",)),
    ("Förslag till RSR 230206", None, ("2023-02-06",)),
    ("Beslut i SVOM hösten -21om ändrad målbild", None, ("2021-hösten",)),
    ("Arbetsgruppen arbetade vidare under hösten-22", None, ("2022-hösten",)),
    ("Workshop i SVOM den 3/6-22", None, ("2022-06-03",)),
    ("Slutrapport lämnas till SamReKo 18/11-22", None, ("2022-11-18",)),
    ("Statusrapport i SamReKo 23/9, i SVOM 7/10", 2022, ("2022-09-23", "2022-10-07")),
    ("Ändring tillkom i HSL 1 juli –21 där", None, ("2021-07-01",)),
    ("enkätresultat mars-april –22 samt TILIA-utredningen", None, ("2022-03/2022-04",)),
    ("Mars – april 2021", None, ("2021-03/2021-04",)),
    ("Juni-november 2021", None, ("2021-06/2021-11",)),
    ("December 2020", None, ("2020-12",)),
    ("inbjuds att delta i arbetet juni-22", None, ("2022-06",)),
    ("förslag till underlag gemensam målbild -22", None, ("2022",)),
    ("planperiod 2025–2027", None, ("2025/2027",)),
    ("Publicerad 17 februari 2021", None, ("2021-02-17",)),
    ("beslutad 2022-12-02", None, ("2022-12-02",)),
])
def test_dates_are_normalised(text, year, expected):
    assert find_dates(text, year) == expected


@pytest.mark.parametrize("text", [
    "Agenda 2030 och Hälso- och sjukvårdslag (2017:30)",  # a name and a law number, not dates
    "1177:s e-tjänster används av 77 procent",
    "gruppen 10 - 29 år är överrepresenterade",  # an age range
    "Covid 19-pandemin tydliggjorde behovet",
    "Kvinnor står för 4 av 5 sjukfall",
    "27 maj fattades ett beslut",  # a day and month with no year known is not guessed
    "Statusrapport 23/9",
])
def test_numbers_that_are_not_dates(text):
    assert find_dates(text) == ()


def test_a_day_without_year_takes_the_given_year():
    assert find_dates("Statusrapport 23/9", 2022) == ("2022-09-23",)
    assert find_dates("31/2", 2022) == ()  # no such day


@pytest.mark.parametrize("iso,words", [
    ("2021-05-27", "27 maj 2021"),
    ("2020-12", "december 2020"),
    ("2021-03/2021-04", "mars–april 2021"),
    ("2021-hösten", "hösten 2021"),
    ("2025/2027", "2025–2027"),
    ("2022", "2022"),
])
def test_format_date_in_swedish(iso, words):
    assert format_date(iso) == words
    assert date_year(iso) == int(iso[:4])


def test_date_headings():
    for heading in ("December 2020", "Maj 2021", "Mars – april 2021", "Juni-november 2021"):
        assert is_date_heading(heading)
    for heading in ("Förslag till RSR 230206", "Vision", "Strategisk plan 2025–2027"):
        assert not is_date_heading(heading)


def test_dateline_and_announced_count():
    assert DATELINE.match("Publicerad 17 februari 2021")
    assert DATELINE.match("Senast uppdaterad 3 mars 2024")
    assert not DATELINE.match("Publiceringen av planen dröjer")
    assert announced_count("Nedan beskrivs de fyra viktiga förutsättningarna.") == 4
    assert announced_count("Här följer 3 exempel.") is None  # "följer" does not point forward by itself
    assert announced_count("Det finns fyra riktningsförändringar.") is None
