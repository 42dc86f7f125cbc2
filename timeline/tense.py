"""A happening's tense as its clause tells it: planned (still to come when written) or done.

Read for the merge (:mod:`timeline.merge`): a plan told for a day ("سيصدر خلال اجتماع الحكومة غدا
قرارا") and another outlet's report of it done on the day next to it are one happening. Read from the
words of the clause before the event's date expression (its dated predicate: the nearest tense cue of
``lang/ar/relative.yaml``, the one source of the tagger's future and past cues, or a verb in the
future by its shape: سـ/ستـ/سنـ before a present stem) and from the date itself (a day after the
publication day is still to come). The words of ``plans`` in ``lang/ar/wording.yaml`` mark a clause
whose plan is not one to meet: a preparatory meeting, a plan called off or moved.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

import polars as pl

from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.lexicon import load_lexicon
from timeline.normalize import fold

__all__ = ["PLAN_WORDS", "tenses"]

PLAN_WORDS = 8
"""How many words before the date expression the clause is read for its tense (the dated
predicate is near its date: ``سيصدر خلال اجتماع الحكومة غدا``، ``من المقرر أن يصل الوفد الأحد``)."""

_WORD = re.compile(r"\w+")
_AFTER = re.compile(r"\s+")
_CLITICS = r"(?<!\w)[وفبل]?(?:ال)?"


@functools.lru_cache(maxsize=None)
def _cues(code: str = "ar") -> re.Pattern[str]:
    """The tense cues, folded: group ``past`` (``past_cues``: كان، لقد، لم), ``future`` (``future_cues``:
    سوف، سيتم، من المقرر، يعتزم, and a verb in the future by its shape, ``future_shape``), each a
    whole word after و or ف."""
    lex = load_lexicon(code)
    future = sorted({fold(c) for c in lex.future_cues}, key=len, reverse=True)
    past = sorted({fold(c) for c in lex.past_cues}, key=len, reverse=True)
    not_verbs = "|".join(map(re.escape, sorted(lex.future_not_verbs, key=len, reverse=True))) or "(?!)"
    starts = "|".join(map(re.escape, sorted(lex.future_not_verb_starts, key=len, reverse=True))) or "(?!)"
    # سـ, ستـ or سنـ before a present stem of three letters or more, not a noun's ending (ة/ه, ات)
    shape = rf"(?!(?:{not_verbs})(?!\w)|{starts})س[يتن]\w{{3,}}(?<![هة])(?<!ات)"
    return re.compile(r"(?<!\w)[وف]?(?:(?P<past>" + "|".join(map(re.escape, past)) + r")|(?P<future>"
                      + "|".join(map(re.escape, future)) + "|" + shape + r"))(?!\w)")


def _verb_forms(verb: str) -> list[str]:
    """A past verb written masculine (folded) and its feminine and plural: ``الغي`` (ألغى) →
    ``الغت الغيت الغوا``; ``تاجل`` → ``تاجلت تاجلوا``."""
    if verb.endswith("ي"):
        return [verb, verb[:-1] + "ت", verb + "ت", verb[:-1] + "وا"]
    return [verb, verb + "ت", verb + "وا"]


@functools.lru_cache(maxsize=None)
def _unsure(code: str = "ar") -> re.Pattern[str]:
    """The words of ``plans`` (``lang/<code>/wording.yaml``) that mark a plan not to meet, folded,
    with their derived forms (:func:`_verb_forms`; an adjective's feminine and accusative)."""
    where = f"timeline.lang.{code}/wording.yaml"
    data = load_language_yaml(code, "wording.yaml").get("plans")
    try:
        preparatory = [fold(str(w)) for w in data["preparatory"]]
        verbs = [fold(str(w)) for w in data["called_off"]]
        nouns = [fold(str(w)) for w in data["called_off_nouns"]]
    except (KeyError, TypeError) as exc:
        raise LanguageDataError(f"{where}: plans: {exc}") from exc
    forms = {f for w in preparatory for f in (w, w + "ه", w + "ا")} | {f for v in verbs for f in _verb_forms(v)} \
        | set(nouns)
    return re.compile(_CLITICS + "(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")(?!\w)")


def _reading(before: str) -> str | None:
    """``"future"`` or ``"past"`` by the nearest tense cue of the last :data:`PLAN_WORDS` words of
    ``before`` (folded), None for none; a past cue before a future one (``كان من المقرر``: was
    planned, most often no longer) is no reading."""
    words = list(_WORD.finditer(before))
    if not words:
        return None
    window = before[words[max(0, len(words) - PLAN_WORDS)].start():]
    found = list(_cues().finditer(window))
    if not found:
        return None
    if found[-1].group("future") is not None and any(m.group("past") is not None for m in found):
        return None
    return "past" if found[-1].group("past") is not None else "future"


def tenses(frame: pl.DataFrame) -> pl.DataFrame:
    """For each event of ``frame`` (conformed events), in its order: ``planned`` (its date is still to
    come: after its publication day, unless a past cue governs it; or its dated predicate is in the
    future, ``سيصدر … غدا``، ``من المقرر أن يصل اليوم``), ``done`` (not planned: dated to its publication
    day or before, no future cue before the date in its clause) and ``unsure`` (its clause tells a
    preparatory meeting or a plan called off or moved: ``plans`` of ``wording.yaml``). An event whose
    date expression is not in its own clause (a date shared from another clause) is neither planned
    nor done."""
    rows = frame.select(
        pl.col("clause").fill_null(""), pl.col("clause_start", "expr_start", "expr_end").cast(pl.Int64),
        pl.col("start"), pl.col("published").dt.truncate("1d").alias("day"))
    unsure = _unsure()
    planned: list[bool] = []
    done: list[bool] = []
    marked: list[bool] = []
    for clause, at, start, end, when, day in rows.iter_rows():
        folded = fold(clause)
        marked.append(unsure.search(folded) is not None)
        inside = at is not None and start is not None and end is not None and at <= start and end - at <= len(clause)
        if not inside or when is None:
            planned.append(False)
            done.append(False)
            continue
        reading = _reading(folded[:start - at])
        if reading is None:  # the word right after the date ("اليوم سيعقد المجلس"; not past a comma)
            after = _AFTER.match(folded, end - at)
            cue = _cues().match(folded, after.end()) if after is not None else None
            if cue is not None and cue.group("future") is not None:
                reading = "future"
        ahead = day is not None and when >= day + dt.timedelta(days=1)
        plan = reading == "future" or (ahead and reading != "past")
        planned.append(plan)
        done.append(not plan and reading != "future" and day is not None and not ahead)
    return pl.DataFrame([pl.Series("planned", planned, pl.Boolean), pl.Series("done", done, pl.Boolean),
                         pl.Series("unsure", marked, pl.Boolean)])
