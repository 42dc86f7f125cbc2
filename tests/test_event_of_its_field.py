"""A تظاهرة qualified by its field right after it (اقتصادية، ثقافية، رياضية) is an event of that field, a
fair or a festival (``مهرجان``), not a protest: an outlet calling a dates festival «أكبر تظاهرة اقتصادية»
tells the festival other outlets name (Arabic written for these tests)."""

from __future__ import annotations

from merge_helpers import clause_rows, entry_of


def test_an_economic_tazahura_is_a_festival_a_crowded_one_a_protest() -> None:
    rows = clause_rows([
        "انطلقت أمس في مدينة بريدة أكبر تظاهرة اقتصادية للتمور في العالم.",
        "خرجت أمس تظاهرة حاشدة في وسط المدينة احتجاجا على الأوضاع الاقتصادية.",
        "وشهدت المدينة أمس تظاهرات ثقافية متنوعة.",
        "نظم الطلاب أمس تظاهرة أمام الوزارة.",
    ])
    assert [rows[f"c-{k}"]["trigger"] for k in range(4)] == ["مهرجان", "احتجاج", "مهرجان", "احتجاج"]


def test_the_festival_and_the_economic_tazahura_are_one_entry() -> None:
    entry = entry_of([
        {"id": "festival", "source": "صدى الساحل", "published": "2024-06-02T20:00",
         "text": "انطلقت صباح اليوم الأحد في مدينة عنيزة فعاليات أكبر مهرجان للعسل في المنطقة بمشاركة مئات "
                 "النحالين والتجار."},
        {"id": "event", "source": "الأفق", "published": "2024-06-02T21:00",
         "text": "شهدت مدينة عنيزة صباح اليوم الأحد انطلاق أكبر تظاهرة اقتصادية للعسل في المنطقة يلتقي فيها "
                 "النحالون والتجار."},
    ])
    assert entry["festival"] == entry["event"]
