"""A toll inside the phrase that holds its clause's date (``احتجاجا على قتل شاب … مساء الخميس``) is what
that date tells: it gives the clause its class, though a toll is otherwise passed over for the clause's
other happening words; a sit-in told with its own date stays a protest (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of

KILLED = "قتل شاب في العشرين من عمره برصاص مجهولين مساء الخميس عند دوار الساعة في مدينة الميناء."
SITIN = ("ونفذ مئات من أهالي مدينة الميناء اعتصاما أمام مبنى المحافظة احتجاجا على قتل شاب برصاص مجهولين "
         "عند دوار الساعة مساء الخميس.")
SITIN_OWN_DATE = ("ونفذ مئات من أهالي مدينة الميناء مساء الخميس اعتصاما أمام مبنى المحافظة احتجاجا على قتل شاب "
                  "برصاص مجهولين عند دوار الساعة.")


def test_a_toll_in_the_phrase_holding_the_date_gives_the_class() -> None:
    rows = clause_rows([
        "نفذ مئات الأشخاص اعتصاما أمام مبنى البلدية احتجاجا على قتل شاب برصاص مجهولين مساء الخميس الماضي.",
        "نفذ مئات الأشخاص اعتصاما أمام مبنى البلدية مساء الخميس الماضي احتجاجا على قتل شاب برصاص مجهولين.",
    ])
    assert rows["c-0"]["trigger"] == "قتلى"
    assert rows["c-1"]["trigger"] == "احتجاج"  # the date is the sit-in's
    assert rows["c-1"]["told_after"] == "قتلى"


def test_a_toll_after_a_subordinator_is_still_passed_over() -> None:
    # (بعد مقتل: the word is a background; the protest is told)
    rows = clause_rows(["تظاهر المئات في ساحة البلدة بعد مقتل شاب برصاص مجهولين مساء الخميس الماضي."])
    assert rows["c-0"]["trigger"] == "احتجاج"


def _entries(other: str) -> dict[str, int]:
    return entry_of([{"id": "a", "source": "نشرة الوادي", "published": "2024-05-17T09:00", "text": KILLED},
                     {"id": "b", "source": "صدى الساحل", "published": "2024-05-17T11:00", "text": other}])


def test_the_killing_dated_inside_a_protest_joins_the_killing() -> None:
    entry = _entries(SITIN)
    assert entry["a"] == entry["b"]


def test_a_protest_told_with_its_own_date_stays_apart() -> None:
    entry = _entries(SITIN_OWN_DATE)
    assert entry["a"] != entry["b"]
