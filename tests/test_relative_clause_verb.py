"""X's own day told in its relative clause whose verb begins with و as a root letter
(``الهجوم الذي وقع في 26 حزيران``, ``الاتفاق الذي وقعته الحكومة``): the و there is the verb's,
not a conjunction opening another clause (Arabic written for these tests)."""

from __future__ import annotations

import datetime as dt

from timeline.events import article_events


def _dated(text: str, published: str) -> list[tuple[str, str, str]]:
    """(expression, value, anchor) of each event of ``text``."""
    return [(r["expr"], r["value"], r["anchor"]) for r in
            (e.as_row() for e in article_events("a", text, dt.datetime.fromisoformat(published)))]


def test_days_after_an_attack_that_occurred_on_a_day() -> None:
    text = "وشيع الأهالي الضحايا بعد يومين من الهجوم الذي وقع في 26 حزيران."
    assert ("بعد يومين من الهجوم", "2024-06-28", "event:هجوم") in _dated(text, "2024-08-05T08:00")


def test_the_eve_of_an_attack_that_occurred_on_a_day() -> None:
    text = "وقال أحدهم إنه وصل إلى المدينة عشية الهجوم الانتحاري الذي وقع في المسجد يوم 26 حزيران."
    assert ("عشية الهجوم", "2024-06-25", "event:هجوم") in _dated(text, "2024-08-05T08:00")


def test_a_conjunction_further_on_still_opens_another_clause() -> None:
    # "ووصل" after the verb is another clause: its date is not the attack's
    text = "وشيع الأهالي الضحايا بعد يومين من الهجوم الذي استهدف المسجد ووصل الوزير في 30 حزيران."
    assert all(value != "2024-07-02" for _, value, _ in _dated(text, "2024-08-05T08:00"))
