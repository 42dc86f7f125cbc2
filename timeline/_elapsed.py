"""A happening dated by the time elapsed since it, counted back from a dated clause.

``حطت الخميس أول طائرة في المطار بعد حوالى أربعة أشهر من توقف الرحلات``: the landing is
Thursday's; the stop it names lies four months before it. When the article dates X itself
(:func:`timeline.anchors.anchor_to_happenings` then counts the phrase from X's day), or the
clause has no date of its own, nothing is made here. The reverse of a count told from X
(``بعد ثلاثة أيام على الزلزال``: the clause's day from X's) and the companion of an
anniversary's recalled happening (:func:`timeline.anchors.recalled_happening`), whose
telling ends the same way. ``قبل يومين من X`` puts X two days after the clause's date.

The count is resolved from the clause's date as the tagger resolves ``قبل أربعة أشهر`` from
the publication (:func:`timeline.resolve.resolve` of a :class:`~timeline.semantics.Shift`): a
day for days and weeks, a month for months, a year for years, an approximate count wider.
Only whole counts of days, weeks, months or years (``بعد أيام من``، ``بعد ساعات من`` date
nothing), and only from a clause dated no later than the publication and no coarser than the
unit (a year's clause says nothing of the week before it).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from collections.abc import Sequence
from typing import NamedTuple

from timeline._event_cues import _WORD, _date_cues
from timeline._programs import kept
from timeline._types import Grain, Timex, TimexType
from timeline._yaml import load_language_yaml
from timeline.anchors import (EventAnchor, _after, count_openers, _dated_by_article, _dated_day, _demonstratives_match, _head, _names_happening,
                              _told_until)
from timeline.happenings import noun_forms
from timeline.lexicon import PHRASE_END, attached_pronouns, relative_pronouns
from timeline.normalize import fold, fold_variants
from timeline.resolve import Unresolvable, resolve
from timeline.semantics import Shift
from timeline.tense import future_verb

__all__ = ["ELAPSED_CONFIDENCE", "elapsed_happenings"]

ELAPSED_CONFIDENCE = 0.8
"""``date_confidence`` of a happening dated from the time elapsed since it (as an anniversary's)."""

_COUNT = kept(r"P(?P<n>\d+)(?P<unit>[DWMY])")
_UNITS = {"D": ("day", Grain.DAY), "M": ("month", Grain.MONTH), "Y": ("year", Grain.YEAR)}
_FOLLOWING = kept(r"\s+(?P<word>\w+)")  # the word after X
_PENDING_DAYS = kept(r"event:.+(?P<sign>[+-])P(?P<days>\d+)D")


class _Count(NamedTuple):
    """A count from a happening X: the phrase ``first:last``, X as written and where it starts, the
    unit (``D``, ``M``, ``Y``), whole units with their sign (X lies that far *before* the clause's
    date when positive) and the count's ``mod``."""

    first: int
    last: int
    what: str
    at: int
    unit: str
    units: int
    mod: str | None


def _counts(text: str, start: int, end: int, inside: Sequence[Timex], pending: Sequence[EventAnchor]
            ) -> list[_Count]:
    """Each count from a happening X in ``text[start:end]`` (:class:`_Count`), in the text's order.
    From the article's undated anchors (``pending``: days and weeks) and from the clause's durations
    of months and years after a count opener (:func:`timeline.anchors.count_openers`: بعد، قبل; ``inside``)."""
    found: list[_Count] = []
    openers = count_openers()
    for anchor in pending:
        t = anchor.pending
        if t is None or not start <= t.start < end:
            continue
        m = _PENDING_DAYS.fullmatch(t.value)
        # a count before X (بعد ثلاثة أيام على الزلزال), not X before it (قبل الانتخابات بيومين) nor an eve
        if m is None or not int(m.group("days")) or openers.sign(fold(t.text)) is None \
                or not t.text.endswith(anchor.what) or _anaphoric(t.text):
            continue
        days = int(m.group("days")) * (1 if m.group("sign") == "+" else -1)
        found.append(_Count(t.start, t.end, anchor.what, t.end - len(anchor.what), "D", days, t.mod))
    folded = fold_variants(text)
    for t in inside:
        if t.type is not TimexType.DURATION or not start <= t.start < end:
            continue
        count = _COUNT.fullmatch(t.value)
        sign = openers.sign(fold(t.text))
        if count is None or count.group("unit") not in "MY" or sign is None:
            continue
        after = _after().match(folded, t.end)
        if after is None or after.end() > end or _anaphoric(after.group()):
            continue
        found.append(_Count(t.start, after.end(), text[after.start("what"):after.end("what")], after.start("what"),
                            count.group("unit"), sign * int(count.group("n")), t.mod))
    return sorted(found)


def elapsed_happenings(text: str, start: int, end: int, own: Sequence[Timex], inside: Sequence[Timex],
                       pending: Sequence[EventAnchor], timexes: Sequence[Timex], published: dt.datetime
                       ) -> list[tuple[Timex, str, int]]:
    """The happenings X the clause ``text[start:end]`` (its own dates ``own``, its expressions
    ``inside``, the article's undated anchors ``pending`` and expressions ``timexes``) counts its
    date from (``بعد خمسة أعوام من رحيله``، ``بعد أسبوع من الهجوم``), each dated that count back
    from the clause's date (forward after ``قبل``), with where its telling ends
    (:func:`timeline.anchors._told_until`). X must name a happening the article does not date."""
    found: list[tuple[Timex, str, int]] = []
    pub = published.replace(tzinfo=None)
    for first, last, what, at, unit, units, mod in _counts(text, start, end, inside, pending):
        following = _FOLLOWING.match(text, at + len(what))
        if not _names_happening(what) or _lasting(what, following.group("word") if following else ""):
            continue
        name, grain = _UNITS[unit]
        # the clause's own date nearest before the phrase, else the first after it
        base = next((u for u in reversed(own) if u.end <= first and _usable(u, grain, pub)), None) \
            or next((u for u in own if u.start >= last and _usable(u, grain, pub)), None)
        if base is not None and not _same_telling(text, base, first, last):
            continue
        if base is None or _dated_day(text, what, timexes, first, at) is not None \
                or _dated_by_article(text, what, timexes, published):
            continue
        assert base.interval is not None
        try:
            resolved = resolve(Shift(abs(units), name, -1 if units > 0 else 1, narrative=True,
                                     mod=_bound_of_x(mod, units > 0)),
                               base.interval[0].replace(tzinfo=None))
        except Unresolvable:
            continue
        if resolved.interval is None or resolved.grain is None:
            continue
        timex = dataclasses.replace(base, start=first, end=last, text=text[first:last], type=TimexType.DATE,
                                    value=resolved.value, grain=resolved.grain, interval=resolved.interval,
                                    mod=resolved.mod, conflict=None, rule="elapsed-recalled")
        found.append((timex, _head(what), _told_until(text, last, end, own)))
    return found


def _lasting(what: str, following: str = "") -> bool:
    """Whether X names an activity or a state that lasts (``lasting_nouns``, ``lang/<code>/event_dates.yaml``:
    «بعد ستين عاما من العطاء»، «بعد ثلاثين عاما من حكمه»): the count is its length, no time since a
    happening. The article, an attached pronoun and ة written ت before it are stripped. Not when the word
    ``following`` X makes it an act (``lasting_acts``: «بعد عامين من الحكم عليه»: the sentence passed)."""
    noun = _lasting_noun(fold(_head(what)))
    if noun is None:
        return False
    after = fold(following)
    return not any(after == w or w.endswith("*") and after.startswith(w[:-1]) and len(after) > len(w)
                   for w in _lasting_acts().get(noun, ()))


def _lasting_noun(word: str) -> str | None:
    """The entry of ``lasting_nouns`` the folded word is a form of (as written, or with an attached
    pronoun: :func:`~timeline.happenings.noun_forms`), else None."""
    return _lasting_forms().get(word)


@functools.lru_cache(maxsize=None)
def _lasting_nouns(code: str = "ar") -> frozenset[str]:
    """``lasting_nouns`` of ``lang/<code>/event_dates.yaml``, folded (read once)."""
    return frozenset(fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["lasting_nouns"])


@functools.lru_cache(maxsize=None)
def _lasting_forms(code: str = "ar") -> dict[str, str]:
    """Each folded form of a lasting noun (:func:`_lasting_nouns`), alone or with an attached pronoun,
    mapped to the noun (built once)."""
    pronouns = attached_pronouns(code)
    return {form: noun for noun in sorted(_lasting_nouns(code)) for form in noun_forms(noun, pronouns)}


@functools.lru_cache(maxsize=None)
def _lasting_acts(code: str = "ar") -> dict[str, tuple[str, ...]]:
    """``lasting_acts`` of ``lang/<code>/event_dates.yaml``, folded: for a lasting noun, the words after it
    (``ب*``: any word opening with ب) that make it an act (read once)."""
    data = load_language_yaml(code, "event_dates.yaml")["lasting_acts"]
    return {fold(str(noun)): tuple(fold(str(w)) for w in words) for noun, words in data.items()}


def _bound_of_x(mod: str | None, back: bool) -> str | None:
    """The bound a count's amount (its duration's ``mod``) puts on X's date, as the tagger reads
    ``قبل أكثر من أسبوعين`` from the publication: more than N after X (``بعد أكثر من شهرين من X``) is
    X before the point N back, less than N after it; before X (``قبل``, ``back`` false) the
    reverse. A rough amount (``APPROX``) stays as it is."""
    if mod == "MORE_THAN":
        return "BEFORE" if back else "AFTER"
    if mod == "LESS_THAN":
        return "AFTER" if back else "BEFORE"
    return mod


def _usable(base: Timex, grain: Grain, pub: dt.datetime) -> bool:
    """Whether the clause's date ``base`` can be counted back from: a date no coarser than the count's
    unit (``grain``), opening no later than the publication, and when longer than a day mostly before it
    (a plan's date, a window ahead «خلال شهرين», tells what is to come)."""
    if base.type not in (TimexType.DATE, TimexType.TIME) or base.interval is None or base.grain is None:
        return False
    lo, hi = (t.replace(tzinfo=None) for t in base.interval)
    return base.grain.rank <= max(grain.rank, Grain.DAY.rank) and lo <= pub \
        and (hi - lo <= dt.timedelta(days=1) or lo + (hi - lo) / 2 <= pub)


def _same_telling(text: str, base: Timex, first: int, last: int) -> bool:
    """Whether the clause's date ``base`` and the count ``text[first:last]`` tell one predicate: no
    relative pronoun between them (the date of another noun's relative clause: «الذي عقد في …») nor a
    plan's opener (``plan_openers``: «على أن تؤول إدارتها إلى مصر بعد 99 عاما من الافتتاح» is agreed,
    not done then), nor a quotation opened or closed (:func:`_quote_between`) or a complementizer before
    a verb in the future (the date is the saying's; the count tells of another time, done or to come:
    «وقال أمس: «عدنا بعد عامين من التهجير»»، «وأعلن النادي أمس أن اللاعب سيعود بعد ستة أشهر من
    إصابته»; a future verb alone is the dated clause's own, «يفتح اليوم … حيث سيخضع للتحليل بعد 16
    شهرا على اختفاء»); a date after the count is the clause's only past punctuation, else it is X's own
    («بعد خمسة أيام من توقيع الاتفاق في 14 يوليو»: the signing's day)."""
    between = text[base.end:first] if base.end <= first else text[last:base.start]
    words = [fold(w) for w in _WORD.findall(between)]
    if relative_pronouns() & set(words) or _quote_between(between):
        return False
    said = next((k for k, w in enumerate(words) if w in _date_cues().complementizers), None)
    if said is not None and any(future_verb(w) for w in words[said + 1:]):
        return False
    if any(tuple(words[k:k + len(o)]) == o for o in _date_cues().plan_openers for k in range(len(words))):
        return False
    return base.end <= first or PHRASE_END.search(between) is not None


def _quote_between(between: str) -> bool:
    """Whether ``between`` opens or closes a quotation it does not close or open (a quoted name,
    «"تيار الأمة"», is balanced and says nothing)."""
    return between.count("«") != between.count("»") or between.count("“") != between.count("”") \
        or between.count('"') % 2 == 1


def _anaphoric(phrase: str) -> bool:
    """Whether a count's phrase names X with a demonstrative («بعد عشر سنوات على هذه الواقعة»): X was
    told before, where the article dates it (however loosely), so the count dates nothing new."""
    return any(_demonstratives_match(w) for w in _WORD.findall(phrase))
