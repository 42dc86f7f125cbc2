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

from timeline._programs import kept
from timeline._yaml import load_language_yaml
from timeline.errors import LanguageDataError
from timeline.lexicon import clitic_prefixes, load_lexicon, trie_regex
from timeline.normalize import fold, fold_expr
from timeline.verbs import load_shapes, nearest_first

_CONJ = clitic_prefixes().conjunction  # [وف]
_CONJ_BL = clitic_prefixes().conjunction_or("بل")  # [وفبل]

__all__ = ["BOUND_MODS", "PLAN_WORDS", "future_verb", "perfect_verb", "preload", "tenses"]

PLAN_WORDS = 8
"""How many words before the date expression the clause is read for its tense (the dated
predicate is near its date: ``سيصدر خلال اجتماع الحكومة غدا``، ``من المقرر أن يصل الوفد الأحد``)."""

_WORD = kept(r"\w+")
_AFTER = kept(r"\s+")
_BEFORE_CHARS = 160  # the characters before a date read for its tense (PLAN_WORDS words fit)
_AFTER_CHARS = 200  # ...and after it, for a plan told after a saying's date
BOUND_MODS = frozenset(("BEFORE", "ON_OR_BEFORE", "ON_OR_AFTER", "AFTER"))
"""The ``mod`` of a date that only bounds its happening (``حتى 17 سبتمبر``: a deadline, not its day)."""
_CLITICS = r"(?<!\w)" + _CONJ_BL + r"?(?:ال)?"


@functools.lru_cache(maxsize=None)
def _cues(code: str = "ar") -> re.Pattern[str]:
    """The tense cues, folded: group ``past`` (``past_cues``: كان، لقد، لم), ``future`` (``future_cues``:
    سوف، سيتم، من المقرر، يعتزم, and a verb in the future by its shape, ``future_shape``), each a
    whole word after و or ف."""
    lex = load_lexicon(code)
    future = {fold(c) for c in lex.future_cues}
    past = {fold(c) for c in lex.past_cues}
    not_verbs = "|".join(map(re.escape, sorted(lex.future_not_verbs, key=len, reverse=True))) or "(?!)"
    starts = "|".join(map(re.escape, sorted(lex.future_not_verb_starts, key=len, reverse=True))) or "(?!)"
    # سـ, ستـ or سنـ before a present stem of three letters or more, not a noun's ending (ة/ه, ات)
    shape = rf"(?!(?:{not_verbs})(?!\w)|{starts})س[يتن]\w{{3,}}(?<![هة])(?<!ات)"
    return kept(r"(?<!\w)" + _CONJ + r"?(?:(?P<past>" + trie_regex(set(past)) + r")|(?P<future>"
                + trie_regex(set(future)) + "|" + shape + r"))(?!\w)")


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
    return re.compile(_CLITICS + "(?:" + trie_regex(forms) + r")(?!\w)")


@functools.lru_cache(maxsize=None)
def _bounds(code: str = "ar") -> frozenset[str]:
    """The folded words after which a date bounds its happening (``bounds`` of ``plans`` in
    ``lang/<code>/wording.yaml``: حتى الجمعة، منذ الأحد)."""
    data = load_language_yaml(code, "wording.yaml").get("plans")
    try:
        return frozenset(fold(str(w)) for w in data["bounds"])
    except (KeyError, TypeError) as exc:
        raise LanguageDataError(f"timeline.lang.{code}/wording.yaml: plans: bounds: {exc}") from exc


def perfect_verb(bare: str) -> bool:
    """Whether a folded word, its و/ف dropped (:func:`timeline.lexicon.unjoined`), is a perfect
    verb: a masculine one of ``later.past_words`` (أعلن، أكد) or one by its feminine or plural ending
    (أعلنت، اجتمعوا; :mod:`timeline.verbs`)."""
    return bare in load_lexicon().later_past_words or load_shapes().perfect(bare)


def future_verb(word: str) -> bool:
    """Whether a folded word is a future cue or a verb in the future by its shape (سيعقد، ستقام)."""
    m = _cues().fullmatch(word)
    return m is not None and m.group("future") is not None


def _reading(before: str, whole: bool = True) -> str | None:
    """What the words of a clause before its date (folded) say of the dated predicate, nearest word
    first, up to :data:`PLAN_WORDS` words: ``"future"`` (a future cue of ``relative.yaml`` or a verb
    in the future by its shape: ``سيصدر``، ``من المقرر أن``), ``"present"`` (a present verb ``يـ``
    right before the date or opening the clause, when ``whole``, ``before`` opening it: ``يعقد``،
    ``يواجه``; after a past cue, ``كان يردد``, the past), ``"past"`` (a past cue, a masculine perfect
    of ``later.past_words``: ``أعلن``، ``قال``, or a perfect by its feminine or plural ending:
    ``أعلنت``، ``اجتمعوا``), ``"mixed"`` (a future cue after a past one, ``كان من المقرر``: was
    planned, most often no longer) or None."""
    lex = load_lexicon()
    every = list(_WORD.finditer(before))
    words = every[-PLAN_WORDS:]
    if not words:
        return None
    lo = words[0].start()
    cues = {m.end(): "past" if m.group("past") is not None else "future" for m in _cues().finditer(before, lo)}
    opening = every[0].start() if whole else -1
    shapes = load_shapes()
    last = len(words) - 1
    for i, _, bare, passed in nearest_first([w.group() for w in words]):
        w = words[i]
        said = cues.get(w.end())
        if said == "future":
            earlier = before[lo:w.start()]
            return "mixed" if any(m.group("past") is not None for m in _cues().finditer(earlier)) else "future"
        if said == "past":
            return "past"
        if passed:
            continue  # a noun; a given name (يوسف) or a place's adjective (مصدر يمني) is no present verb
        # a perfect: masculine, of later.past_words (أعلن), or by its ending (أعلنت، اجتمعوا، تماثلوا)
        if bare in lex.later_past_words or shapes.perfect(bare) or shapes.perfect_with_object(bare):
            return "past"  # ... or one carrying its object's pronoun (زاره، استقبلهم)
        # a present verb right before the date or opening the clause (يترأس الأمير … صباح اليوم), not
        # one after a past cue (كان يردد: a past habit)
        if (i == last or w.start() == opening) and shapes.is_present(bare, noun_endings=True):
            earlier = cues.get(words[i - 1].end()) if i else None
            return "past" if earlier == "past" else "present"
    return None


def tenses(frame: pl.DataFrame, read: pl.Series | None = None) -> pl.DataFrame:
    """For each event of ``frame`` (conformed events), in its order, what :func:`_reading` says of
    the words before its date in its clause (or, saying nothing, a future verb right after it:
    ``اليوم سيعقد المجلس``): ``planned`` (a future predicate, ``سيصدر … غدا``، ``من المقرر أن يصل
    اليوم``; a present one of the publication day or later, ``يواجه الفريق مساء اليوم``; a date after
    the publication day, the tagger having read it ahead, unless told as a plan of the past, ``كان من
    المقرر``), ``done`` (a past predicate dated to the publication day or before, ``أعلن المجلس
    اليوم``، ``مؤتمر صحفي عقده أمس``; a day before the publication day told with no verb; no future
    cue after the date: ``قال أمس إن الأمير سيترأس`` tells a plan) and ``unsure`` (its clause tells
    a preparatory meeting or a plan called off or moved: ``plans`` of ``wording.yaml``; read only for
    a planned or done event). An event whose date expression is not
    in its own clause (a date shared from another clause), or that bounds its happening (after a
    word of ``bounds``, ``حتى الجمعة``, or a bound by its ``mod``, ``حتى أمس``), is neither planned
    nor done. Only the rows where ``read`` holds are read (all when None): the others are neither."""
    n = frame.height
    at = pl.int_range(n, dtype=pl.UInt32, eager=True) if read is None else read.fill_null(False).arg_true()
    clause = pl.col("clause").fill_null("")
    begin, start, end = (pl.col(c).cast(pl.Int64) for c in ("clause_start", "expr_start", "expr_end"))
    day, when = pl.col("published").dt.truncate("1d"), pl.col("start")
    # the rows read, grouped by what is read of them (wire copies repeat: each text is read once):
    # their clause, where the date is in it, whether it bounds, whether the date is after or
    # before the publication day (the rows of no date in their own clause are neither)
    told = frame[at].select(
        (begin.is_not_null() & start.is_not_null() & end.is_not_null() & (begin <= start)
         & (end - begin <= clause.str.len_chars()) & when.is_not_null() & day.is_not_null())
        .fill_null(False).alias("inside"),
        clause.alias("clause"), begin.alias("begin"), start.alias("expr_start"), end.alias("expr_end"),
        pl.col("mod").is_in(list(BOUND_MODS)).fill_null(False).alias("bound"),
        (when >= day + dt.timedelta(days=1)).fill_null(False).alias("ahead"),
        (when < day).fill_null(False).alias("before_day"),
    ).with_row_index("row").filter("inside").drop("inside")
    groups = told.group_by(told.columns[1:], maintain_order=True).agg("row")
    # what is read: _BEFORE_CHARS before the date and _AFTER_CHARS after it, folded apart (folding
    # drops diacritics and tatweel: offsets change), and the whole clause folded; sliced and folded
    # as columns (character offsets, as Python's); ``lo``: where ``before`` starts in the clause
    clause, begin, start, end = pl.col("clause"), pl.col("begin"), pl.col("expr_start"), pl.col("expr_end")
    lo = pl.max_horizontal(start - begin - _BEFORE_CHARS, 0)
    read_as = groups.select(
        (lo == 0).alias("whole"),
        fold_expr(clause.str.slice(lo, (start - begin - lo).clip(0))).alias("before"),
        fold_expr(clause.str.slice((end - begin).clip(0), _AFTER_CHARS)).alias("after"),
        fold_expr(clause).alias("folded"), "bound", "ahead", "before_day")
    unsure = _unsure()
    readings: dict[tuple[str, bool], str | None] = {}  # one reading per distinct text
    answers = [_answer(*row, readings, unsure) for row in read_as.iter_rows()]
    names = ["planned", "done", "unsure"]
    out = pl.concat([groups.select("row"), pl.DataFrame(answers, schema={c: pl.Boolean for c in names}, orient="row")],
                    how="horizontal").explode("row")
    # each row of ``frame`` (``at``: those read), of its group or neither
    rows = at.gather(out["row"])
    return pl.DataFrame([pl.Series(c, [False] * n, pl.Boolean).scatter(rows, out[c]) for c in names])


def _answer(whole: bool, before: str, after: str, folded: str, bound: bool, ahead: bool, before_day: bool,
            readings: dict[tuple[str, bool], str | None], unsure: re.Pattern[str]) -> tuple[bool, bool, bool]:
    """``(planned, done, unsure)`` of one row of :func:`tenses` whose date is in its clause (see
    there): ``before``, ``after`` and ``folded`` its folded words, ``ahead`` whether its date is
    after its publication day, ``before_day`` whether before it; ``readings`` keeps
    :func:`_reading`'s answers by text."""
    # the word before the date (حتى الجمعة), or the date itself a bound (حتى أمس: its mod)
    edge = _WORD.findall(before)[-1:]
    if bound or any(w in _bounds() or w[1:] in _bounds() and w[0] in clitic_prefixes().conjunctions for w in edge):
        return False, False, False
    key = (before, whole)
    reading = readings[key] if key in readings else readings.setdefault(key, _reading(*key))
    if reading is None:  # the word right after the date ("اليوم سيعقد المجلس"; not past a comma)
        gap = _AFTER.match(after)
        cue = _cues().match(after, gap.end()) if gap is not None else None
        if cue is not None and cue.group("future") is not None:
            reading = "future"
    # a date still to come, a future predicate, or a present one of the publication day on
    plan = reading == "future" or (reading != "mixed" and ahead) or (reading == "present" and not before_day)
    # a past predicate of the publication day or before, or a day before it told with no verb,
    # whose clause tells no plan after it (قال السفير أمس إن الأمير سيترأس الوفد: a plan told)
    done = (not plan and not ahead and (reading == "past" or (reading is None and before_day))
            and not any(m.group("future") is not None for m in _cues().finditer(after)))
    return plan, done, (plan or done) and unsure.search(folded) is not None  # read where it tells


def preload() -> None:
    """Build now what the merge builds on first use, called as it calls it (see
    :func:`timeline.wording.preload`)."""
    _cues()
    _unsure()
    _bounds()
