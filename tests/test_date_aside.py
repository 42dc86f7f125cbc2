"""A date alone between commas («ستفتتح، اليوم، المحطة») dates the words before it (story45): in a sentence with
another date, the piece it belongs to opens a clause of its own, as a piece holding its date in plain words
does. Arabic written for these tests."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events

PUBLISHED = dt.datetime(2015, 8, 11, 9)  # a Tuesday


def _clauses(text: str) -> list[tuple[str, list[str]]]:
    by_clause: dict[str, list[str]] = {}
    for e in article_events("a", text, PUBLISHED):
        row = e.as_row()
        by_clause.setdefault(row["clause"], []).append(row["expr"])
    return list(by_clause.items())


def test_a_statement_dated_between_commas_is_cut_from_the_dated_clause_before_it() -> None:
    got = _clauses("سيطرت القوات على البلدة في مارس الماضي، وأعلن الجيش، اليوم، بدء عملية جديدة في الشمال.")
    assert got == [("سيطرت القوات على البلدة في مارس الماضي", ["مارس الماضي"]),
                   ("وأعلن الجيش، اليوم، بدء عملية جديدة في الشمال.", ["اليوم"])]


def test_a_paragraph_with_a_lost_full_stop_gives_each_date_its_clause() -> None:
    got = _clauses("أنهت الشركة أعمال الصيانة في المحطة عام 2014 وذكرت الصحيفة أن الشركة ستفتتح، اليوم، المحطة "
                   "الجديدة في المدينة الساحلية، لتبدأ المحطة تزويد الأحياء بالمياه، يوم الأحد، بشكل تجريبي.")
    assert got == [("أنهت الشركة أعمال الصيانة في المحطة عام 2014", ["عام 2014"]),
                   ("وذكرت الصحيفة أن الشركة ستفتتح، اليوم، المحطة الجديدة في المدينة الساحلية", ["اليوم"]),
                   ("لتبدأ المحطة تزويد الأحياء بالمياه، يوم الأحد، بشكل تجريبي.", ["يوم الأحد"])]


def test_a_date_opening_what_follows_is_not_an_aside() -> None:
    # after a comma, a date followed by words (not by a comma) opens its own piece, as before
    got = _clauses("سيطرت القوات على البلدة في مارس الماضي، أمس أعلن الجيش بدء عملية جديدة.")
    assert got == [("سيطرت القوات على البلدة في مارس الماضي", ["مارس الماضي"]),
                   ("أمس أعلن الجيش بدء عملية جديدة.", ["أمس"])]


def test_a_saying_dated_between_commas_keeps_its_date_and_what_it_says_its_own() -> None:
    got = _clauses("قال المتحدث، أمس، إن القوات ستنسحب غدا من المدينة.")
    assert got == [("قال المتحدث، أمس", ["أمس"]), ("إن القوات ستنسحب غدا من المدينة.", ["غدا"])]


def test_a_relative_clause_dated_between_commas_is_read_as_before() -> None:
    # «، والتي اختتمت …، يوم الجمعة الماضي،»: a relative clause's date is left to the rules for relative clauses,
    # which here let it date its host (the crowning at the closing); the edition's year gives no event
    got = _clauses("كرم الاتحاد الفائزين في بطولة آسيا للشطرنج لعام 2015، والتي اختتمت في المدينة الساحلية، "
                   "يوم الجمعة الماضي، وسط حضور كبير.")
    assert [exprs for _, exprs in got] == [["يوم الجمعة الماضي"]]


def test_a_date_after_a_preposition_between_commas_is_an_aside_too() -> None:
    # review45: «، في 3 أغسطس،» reads as «، يوم 3 أغسطس،» (aside_prepositions of event_dates.yaml)
    for day in ("في", "يوم"):
        got = _clauses(f"أعلنت الشركة، {day} 3 أغسطس، نتائجها، وأعلنت، {day} 10 أغسطس، خطتها الجديدة.")
        assert [(clause, exprs[0].split()[-2]) for clause, exprs in got] == [
            (f"أعلنت الشركة، {day} 3 أغسطس، نتائجها", "3"), (f"وأعلنت، {day} 10 أغسطس، خطتها الجديدة.", "10")], day
    got = _clauses("سيطرت القوات على البلدة في مارس الماضي، وأعلن الجيش، في الساعة العاشرة صباحا، بدء عملية جديدة.")
    assert got == [("سيطرت القوات على البلدة في مارس الماضي", ["مارس الماضي"]),
                   ("وأعلن الجيش، في الساعة العاشرة صباحا، بدء عملية جديدة.", ["الساعة العاشرة صباحا"])]


def test_a_date_between_commas_after_a_dated_piece_is_not_its_date() -> None:
    # review45: the piece before holds a date of its own, so the one between commas dates what follows
    # (as «، وفي عام 2014،» does; a bare «2012، عام 2014،» is an apposition, left to the comma rules)
    got = _clauses("خسر الفريق النهائي عام 2012، في عام 2014، فاز بالبطولة.")
    assert got == [("خسر الفريق النهائي عام 2012", ["عام 2012"]), ("في عام 2014، فاز بالبطولة.", ["عام 2014"])]


def test_a_date_between_commas_after_a_bare_connective_dates_what_follows() -> None:
    # review45: «، وبعد ذلك، يوم الأحد، أعلنت» / «، ثم، أمس، عثر»: no word before the date to date, so it
    # opens the clause after it (the Sunday was lost, the yesterday shared the clause of January)
    got = _clauses("انتهت الانتخابات في يونيو الماضي، وبعد ذلك، يوم الأحد، أعلنت اللجنة النتائج.")
    assert got == [("انتهت الانتخابات في يونيو الماضي، وبعد ذلك", ["يونيو الماضي"]),
                   ("يوم الأحد، أعلنت اللجنة النتائج.", ["يوم الأحد"])]
    got = _clauses("سقطت الطائرة في البحر في يناير الماضي، ثم، أمس، عثر الغواصون على الحطام.")
    assert got == [("سقطت الطائرة في البحر في يناير الماضي، ثم", ["يناير الماضي"]),
                   ("أمس، عثر الغواصون على الحطام.", ["أمس"])]


def test_a_verb_dated_between_commas_after_its_dated_subject_is_read_as_before() -> None:
    # review45: «اللوحة المسروقة في عام 2012، عادت، أمس،»: the piece before the date holds the subject's
    # date, so no aside is read there (a first version sent «أمس» to «إلى مكانها» alone)
    got = _clauses("قالت الهيئة إن اللوحة، التي سرقت في عام 2012، عادت، أمس، إلى مكانها.")
    assert got == [("قالت الهيئة إن اللوحة، التي سرقت في عام 2012، عادت، أمس، إلى مكانها.", ["أمس"])]
