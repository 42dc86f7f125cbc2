"""Hijri ↔ Gregorian conversion: Umm al-Qura through hijridate, arithmetic outside its range.

hijridate covers 1343–1500 AH (1924–2077 CE). Outside it we use the tabular Islamic
calendar (30-year cycle, civil epoch), which can differ from sighting by a day or two;
``is_umm_al_qura`` tells which one a date came from.
"""

from __future__ import annotations

import datetime as dt
import functools

from hijridate import Gregorian, Hijri

__all__ = [
    "HIJRI_MONTHS",
    "gregorian_to_hijri",
    "hijri_iso",
    "hijri_label",
    "hijri_month_length",
    "hijri_to_gregorian",
    "is_umm_al_qura",
]

HIJRI_MONTHS = (
    "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
    "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
)

_UQ_FIRST, _UQ_LAST = 1343, 1500
_EPOCH = dt.date(622, 7, 19).toordinal()  # 1 Muharram 1 AH, civil (Friday) epoch: 16 July 622 Julian = 19 July proleptic Gregorian


def is_umm_al_qura(year: int) -> bool:
    """True when the Hijri ``year`` is inside the Umm al-Qura table."""
    return _UQ_FIRST <= year <= _UQ_LAST


def _arith_to_ordinal(year: int, month: int, day: int) -> int:
    return (day + (29 * (month - 1) + month // 2) + (year - 1) * 354
            + (3 + 11 * year) // 30 + _EPOCH - 1)


def _arith_month_length(year: int, month: int) -> int:
    if month < 12:
        return 30 if month % 2 else 29
    return 30 if (14 + 11 * year) % 30 < 11 else 29


@functools.lru_cache(maxsize=4096)
def hijri_month_length(year: int, month: int) -> int:
    """Days in a Hijri month."""
    if is_umm_al_qura(year):  # the table's last month too: its days are Umm al-Qura's (:func:`hijri_to_gregorian`)
        try:
            return Hijri(year, month, 1).month_length()
        except (ValueError, OverflowError):
            pass
    return _arith_month_length(year, month)


@functools.lru_cache(maxsize=4096)
def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date:
    """The Gregorian date of a Hijri date; ValueError if that Hijri day does not exist."""
    if not 1 <= month <= 12 or not 1 <= day <= hijri_month_length(year, month):
        raise ValueError(f"no such Hijri date: {year}-{month:02d}-{day:02d}")
    if is_umm_al_qura(year):
        try:
            return Hijri(year, month, day).to_gregorian()
        except (ValueError, OverflowError):
            pass
    return dt.date.fromordinal(_arith_to_ordinal(year, month, day))


@functools.lru_cache(maxsize=4096)
def gregorian_to_hijri(date: dt.date) -> tuple[int, int, int]:
    """The Hijri (year, month, day) of a Gregorian date."""
    try:
        h = Gregorian(date.year, date.month, date.day).to_hijri()
        return h.year, h.month, h.day
    except (ValueError, OverflowError):
        pass
    ordinal = date.toordinal()
    year = (30 * (ordinal - _EPOCH) + 10646) // 10631
    month = max(1, min(12, int((ordinal - _arith_to_ordinal(year, 1, 1)) // 29.5) + 1))
    while month > 1 and _arith_to_ordinal(year, month, 1) > ordinal:
        month -= 1
    while month < 12 and _arith_to_ordinal(year, month + 1, 1) <= ordinal:
        month += 1
    day = ordinal - _arith_to_ordinal(year, month, 1) + 1
    return year, month, day


def hijri_iso(day: dt.date | None) -> str | None:
    """The Hijri date of a Gregorian day as ``"1445-07-12"`` (None for None)."""
    if day is None:
        return None
    y, m, d = gregorian_to_hijri(day)
    return f"{y:04d}-{m:02d}-{d:02d}"


def _hijri_words(day: dt.date, *, with_day: bool = True) -> str:
    y, m, d = gregorian_to_hijri(day)
    month = f"{HIJRI_MONTHS[m - 1]} {y}"
    return f"{d} {month}" if with_day else month


def hijri_label(start: dt.datetime, end: dt.datetime) -> str:
    """The Arabic Hijri rendering of ``[start, end)``: one day, or first – last day."""
    first = start.date()
    last = (end - dt.timedelta(microseconds=1)).date() if end > start else first
    if last == first:
        return f"{_hijri_words(first)} هـ"
    return f"{_hijri_words(first)} – {_hijri_words(last)} هـ"
