"""Dates told relative to a happening: ``بعد ثلاثة أيام على الزلزال``، ``قبل الانتخابات
بيومين``، ``عشية الانتخابات``، ``غداة الزلزال``، ``في ذكرى الزلزال``.

The tagger reads ``بعد ثلاثة أيام`` or ``بيومين`` as a duration (no interval) and leaves
``عشية``/``غداة``/``ذكرى`` untagged; this module looks at the text right around them for the
happening X they count from (a demonstrative skipped: ``على هذا الهجوم``). X must be able
to name a happening: not a function or time word, a number, a weekday (``ليلة الخميس``,
``ليلة أمس`` are nights the tagger dates) or an idiom (``على أيدي``، ``بين عشية وضحاها``);
after ``ليلة`` only a happening word (``ليلة التراث`` is a name). X is dated when another
clause of the same article (not the phrase's own: ``في 13 يوليو قبل يوم على التوقيع``) names a
happening of the same kind (its happening word, ``lang/ar/triggers.yaml``) or the word X
itself, with a date of its own to a day or finer: the expression then gets that day
shifted (``anchor = "event:X"``). Otherwise it stays undated, anchored to X: it is
never counted from the publication date. Its ``pending`` timex (no interval, value
``event:X+P3D``) lets :mod:`timeline.merge` date it from another article of the batch that
dates X (:func:`resolve_pending`); when none does, it makes no event. An anniversary
(``في ذكرى X``) is dated only when the clause names its year or day by itself, and is
linked to X.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence

import polars as pl

from timeline._types import Grain, Timex, TimexType
from timeline._yaml import load_language_yaml
from timeline.frame import hijri_iso, hijri_label
from timeline.happenings import load_triggers
from timeline.lexicon import load_lexicon
from timeline.normalize import fold, fold_expr
from timeline.wording import load_wording

__all__ = ["EventAnchor", "PENDING_CONFIDENCE", "PENDING_SHARED_WORDS", "PENDING_WINDOW", "anchor_to_happenings",
           "anniversary_of", "pending_offset", "resolve_pending"]

_WORD = re.compile(r"\w+")
# after a duration: من / على + the happening (one or two words)
_AFTER = re.compile(r"\s*(?:من|على|علي)\s+(?:(?:هذا|هذه|ذلك|تلك)\s+)?(?P<what>\w+)")
# before a duration: قبل / بعد + the happening, then the duration glued to ب
_BEFORE = re.compile(r"(?P<dir>قبل|بعد)\s+(?P<what>\w+)\s+ب?$")
# a whole phrase: عشية / غداة X
_EVE = re.compile(r"(?:(?<!\w)|(?<=(?<!\w)[وف]))(?P<word>عشيه|غداه|ليله)\s+(?:(?:هذا|هذه|ذلك|تلك)\s+)?(?P<what>\w+)")
_UNIT_DAYS = {"D": 1, "W": 7}
_MEMORY = re.compile(r"(?<!\w)(?:[وفبل]|لل|ال|وال|بال)?ذكري(?!\w)")
# where a clause may start: a comma, end punctuation, or a word-initial و (a conjunction, or
# a root letter: a false start only makes the phrase's own clause shorter)
_CLAUSE_MARK = re.compile(r"[.،,؛;!?؟\n]|\sو(?=\w)")
_OWN_CLAUSE_REACH = 200  # characters: a clause longer than this ends there
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
_SHIFT = {"عشيه": -1, "ليله": -1, "غداه": 1}


@dataclasses.dataclass(frozen=True, slots=True)
class EventAnchor:
    """An expression dated from a happening ``what`` of the article (``timex`` is None
    when the article does not date it)."""

    what: str
    timex: Timex | None
    days: int = 0  # the shift from X's day
    pending: Timex | None = None  # the undated phrase, when the article does not date X

    @property
    def anchor(self) -> str:
        return f"event:{self.what}"


_PENDING = re.compile(r"event:(?P<what>.+)(?P<sign>[+-])P(?P<days>\d+)D")


def pending_offset(value: str | None) -> tuple[str, int] | None:
    """``(X, days)`` of a pending value ``event:X+P3D`` (None for any other value)."""
    m = _PENDING.fullmatch(value or "")
    if m is None:
        return None
    days = int(m.group("days"))
    return m.group("what"), days if m.group("sign") == "+" else -days


def _pending(start: int, end: int, source: str, what: str, days: int) -> Timex:
    """The undated phrase ``source[start:end]``, waiting for X's day."""
    sign = "+" if days >= 0 else "-"
    return Timex(start=start, end=end, text=source[start:end], type=TimexType.DATE,
                 value=f"event:{_head(what)}{sign}P{abs(days)}D", rule="relative-to-happening")


def _days(value: str) -> int | None:
    """Whole days of a duration value (``P3D`` → 3, ``P2W`` → 14, ``PT48H`` → 2)."""
    m = re.fullmatch(r"P(?P<n>\d+)(?P<unit>[DW])", value)
    if m:
        return int(m.group("n")) * _UNIT_DAYS[m.group("unit")]
    m = re.fullmatch(r"PT(?P<n>\d+)H", value)
    if m and int(m.group("n")) % 24 == 0:
        return int(m.group("n")) // 24
    return None


def _head(what: str) -> str:
    """X without the article, as written."""
    return what[2:] if what.startswith(("ال", "إل", "أل")) and len(what) > 4 else what


def _dated_day(text: str, what: str, timexes: Sequence[Timex], before: int) -> Timex | None:
    """A day-or-finer expression of the article dating a happening like ``what``: in a
    sentence that names the same kind of happening or the word itself, told before
    position ``before`` (the nearest such one), not in the phrase's own clause (after the
    last comma, full stop or word-initial و before it)."""
    lexicon = load_triggers()
    head = fold(_head(what))
    kind = lexicon.word_class(head)
    # the phrase's own clause: a date there is its happening's, never X's (في 13 يوليو قبل يوم
    # على توقيع الاتفاق: the hearing on the 13th, the signing the day after)
    reach = max(0, before - _OWN_CLAUSE_REACH)
    own = max((m.start() for m in _CLAUSE_MARK.finditer(text, reach, before + 1) if m.start() < before),
              default=reach - 1)
    best = None
    for t in timexes:
        if t.interval is None or t.grain is None or t.grain.rank > Grain.DAY.rank or t.start >= before:
            continue
        if t.start > own:
            continue
        lo = max(text.rfind(".", 0, t.start), text.rfind("،", 0, t.start), 0)
        hi = min((p for p in (text.find(".", t.end), text.find("،", t.end)) if p >= 0), default=len(text))
        words = _WORD.findall(fold(text[lo:hi]))
        if any(head in w for w in words) or (kind and any(lexicon.word_class(w) == kind for w in words)):
            best = t
    return best


def _names_happening(what: str, *, only_happening_words: bool = False) -> bool:
    """Whether the word X after ``بعد ثلاثة أيام على``, ``عشية``, ``غداة`` can name the
    happening counted from: a happening word (``lang/ar/triggers.yaml``), or any content
    word that is no function or time word, number, weekday or day part (``ليلة الجمعة``،
    ``ليلة واحدة``، ``على هذا`` name none) nor one of ``not_happenings``
    (``lang/ar/event_dates.yaml``: ``على أيدي``، ``بعد مرور أسبوع``، ``بين عشية وضحاها``).
    After ``ليلة`` (``ليلة التراث``، ``ليلة عمر``: mostly a name) only a happening word."""
    word = fold(what)
    bare = fold(_head(what))
    if load_triggers().word_class(bare) is not None:
        return True
    if only_happening_words or load_wording().plain(word) is None or _not_happenings() & {word, bare}:
        return False
    lex = load_lexicon()
    tables = (lex.weekdays, lex.weekdays_bare, lex.cardinals, lex.ordinals, lex.rel_days, lex.day_parts,
              lex.units, lex.months)
    return not any(word in table or bare in table for table in tables)


@functools.lru_cache(maxsize=None)
def _not_happenings(code: str = "ar") -> frozenset[str]:
    """``not_happenings`` of ``lang/<code>/event_dates.yaml``, folded (read once)."""
    return frozenset(fold(str(w)) for w in load_language_yaml(code, "event_dates.yaml")["not_happenings"])


def anniversary_of(text: str) -> str | None:
    """The happening an anniversary in ``text`` recalls, as written (``في الذكرى السنوية
    الخامسة والعشرين للغزو`` → ``الغزو``), or None: the word after ``ذكرى`` past its
    adjectives and ordinals (``السنوية``، ``الستين``، ``الخامسة والعشرين``), when it can name a
    happening (``ذكرى جميلة``، ``للذكرى وسط صمت`` name none)."""
    folded = text.translate(_LETTERS)  # one to one: offsets stay those of ``text``
    lex = load_lexicon()
    for m in _MEMORY.finditer(folded):
        previous = m.end()
        for word in _WORD.finditer(folded, m.end(), min(len(folded), m.end() + 60)):
            if folded[previous:word.start()].strip():
                return None  # punctuation: the phrase ended
            previous = word.end()
            plain = fold(word.group())
            bare = re.sub(r"^و?(?:لل|ل|ال)", "", plain)
            if (plain.startswith("ال") and plain.endswith(("ي", "ه"))) or bare in lex.ordinals \
                    or bare in lex.cardinals or plain in lex.ordinals or plain in lex.cardinals:
                continue  # an adjective (السنويه) or a number (الستين، والعشرين)
            what = re.sub(r"^(?:لل|ل|ال)", "", text[word.start():word.end()])
            return what if len(what) >= 3 and _names_happening(what) else None
    return None


def _day_timex(like: Timex, start: int, end: int, source: str, day: dt.date, rule: str) -> Timex:
    begin = dt.datetime.combine(day, dt.time())
    return dataclasses.replace(like, start=start, end=end, text=source[start:end],
                               type=TimexType.DATE, value=day.isoformat(), grain=Grain.DAY,
                               interval=(begin, begin + dt.timedelta(days=1)), mod=None,
                               rule=rule)


def anchor_to_happenings(text: str, timexes: Sequence[Timex]) -> dict[int, EventAnchor]:
    """Expressions dated from a happening, keyed by their start in ``text``.

    Each value's ``timex`` spans the whole relative phrase (``بعد ثلاثة أيام على الزلزال``)
    with the day it names, or is None when the article does not date the happening.
    """
    folded = text.translate(_LETTERS)  # one to one: offsets stay those of ``text``
    found: dict[int, EventAnchor] = {}
    for t in timexes:
        if t.type is not TimexType.DURATION:
            continue
        days = _days(t.value)
        if days is None:
            continue
        after = _AFTER.match(folded, t.end)
        before = _BEFORE.search(folded, max(0, t.start - 40), t.start)
        if after and fold(t.text).startswith(("بعد", "قبل")):
            what, sign = text[after.start("what"):after.end("what")], -1 if fold(t.text).startswith("قبل") else 1
            start, end = t.start, after.end()
        elif before:
            what, sign = text[before.start("what"):before.end("what")], -1 if before.group("dir") == "قبل" else 1
            start, end = before.start(), t.end
        else:
            continue
        if not _names_happening(what):
            continue
        base = _dated_day(text, what, timexes, start)
        timex = None if base is None else _day_timex(
            t, start, end, text, base.interval[0].date() + dt.timedelta(days=sign * days),  # type: ignore[index]
            "relative-to-happening")
        found[start] = EventAnchor(_head(what), timex, sign * days,
                                   None if timex else _pending(start, end, text, what, sign * days))
    for m in _EVE.finditer(folded):
        what = text[m.start("what"):m.end("what")]
        if not _names_happening(what, only_happening_words=m.group("word") == "ليله"):
            continue
        base = _dated_day(text, what, timexes, m.start())
        timex = None
        if base is not None:
            like = base
            timex = _day_timex(like, m.start(), m.end(), text,
                               base.interval[0].date() + dt.timedelta(days=_SHIFT[m.group("word")]),  # type: ignore[index]
                               "eve-or-morrow-of-happening")
        shift = _SHIFT[m.group("word")]
        found[m.start()] = EventAnchor(_head(what), timex, shift,
                                       None if timex else _pending(m.start(), m.end(), text, what, shift))
    return found


PENDING_WINDOW = dt.timedelta(days=14)
"""How far before its article's publication (and a day after) a happening X dated by
another article may lie to date a pending phrase counted from X."""

PENDING_CONFIDENCE = 0.8
"""``date_confidence`` of a phrase dated from X's day in another article."""

_BARE = r"^(?:[وف]?[بلك]?ال|[وف]?لل)"  # the article and what is glued before it
PENDING_SHARED_WORDS = 2
"""How many content words besides X a report of X must share with a pending phrase's clause
to date it (the same story: the quake *in that town*). One was too little: on the 5,000-article
corpus every phrase dated through a single shared word was dated from another instance of a
generic X (a meeting, an attack, an announcement)."""

_MIN_SHARED_LETTERS = 3  # letters of a content word the pending clause and X's report share
_EPOCH = dt.datetime(1, 1, 1)
_KEY = 2**32  # two 32-bit numbers as one integer key


def resolve_pending(frame: pl.DataFrame) -> pl.DataFrame:
    """Date the pending events of ``frame`` (conformed events: no interval, value
    ``event:X+P3D``) from another article that dates X, and drop those none dates.

    X is dated by the events (to a day or finer) whose clause names X itself or a
    happening word of X's class (``lang/ar/triggers.yaml``), published by articles within
    :data:`PENDING_WINDOW` of the pending phrase's, whose clause shares
    :data:`PENDING_SHARED_WORDS` content words with the pending one (the same story: the quake
    *in that town*), and whose day falls
    in that window: the day most outlets give (then the earliest). The pending event gets
    that day shifted, grain day, ``anchor = "event:X"`` and :data:`PENDING_CONFIDENCE`.
    Never from the publication date: a pending event with no such report is dropped.
    """
    is_pending = pl.col("start").is_null()
    if not frame.select(is_pending.any()).item():
        return frame
    dated = frame.filter(~is_pending)
    pending = frame.filter(is_pending).with_row_index("p")
    offsets = [pending_offset(v) for v in pending["value"].to_list()]
    pending = pending.with_columns(
        pl.Series("what", [fold(o[0]) if o else None for o in offsets], pl.String),
        pl.Series("shift", [o[1] if o else None for o in offsets], pl.Int64),
    ).filter(pl.col("what").is_not_null())
    if pending.height == 0 or dated.height == 0:
        return dated
    lexicon = load_triggers()
    kinds = {w: lexicon.word_class(w) for w in pending["what"].unique().to_list()}
    # only reports whose clause may name X or its kind are read word by word
    names = set(pending["what"].str.replace(_BARE, "").to_list())
    names |= {form for form, cls in [*lexicon.exact.items(), *lexicon.prefixes.items()] if cls in kinds.values()}
    fine = dated.filter(pl.col("grain").cast(pl.String).is_in([g.value for g in Grain if g.rank <= Grain.DAY.rank]))
    # each clause folded once
    named = fine.select(pl.col("clause").unique()).filter(fold_expr(pl.col("clause")).str.contains_any(sorted(names)))
    fine = fine.filter(pl.col("clause").is_in(named["clause"].implode()))
    if fine.height == 0:
        return dated
    # words once per distinct clause ``t`` (wire copy repeats clauses)
    texts = fine.select(pl.col("clause").unique()).with_row_index("t")
    fine = fine.join(texts, on="clause", how="left", maintain_order="left")
    words = (
        texts.select("t", fold_expr(pl.col("clause")).str.extract_all(r"\w+").alias("word"))
        .explode("word").drop_nulls()
        .select("t", pl.col("word").str.replace(_BARE, "").alias("word")).unique()
    )
    # the kind of each word that may be a happening word of X's kind (the others skipped)
    forms = sorted({f for f, cls in [*lexicon.exact.items(), *lexicon.prefixes.items()] if cls in kinds.values()})
    maybe = words.filter(pl.col("word").str.contains_any(forms)) if forms else words.clear()
    classes = {w: c for w in maybe["word"].unique().to_list() if (c := lexicon.word_class(w)) is not None}
    # reports naming X (or its kind of happening), published in the weeks around the
    # pending phrase's article (blocked by week: the work grows with the reports)
    week = (pl.col("published") - _EPOCH).dt.total_days() // 7
    reach = pending.select(
        "p", pl.int_ranges((pl.col("published") - PENDING_WINDOW - _EPOCH).dt.total_days() // 7,
                           (pl.col("published") + PENDING_WINDOW - _EPOCH).dt.total_days() // 7 + 1)
        .alias("week")).explode("week")
    published = fine.select(pl.int_range(pl.len(), dtype=pl.UInt32).alias("d"), "t", week.alias("week"))
    naming = words.join(
        pl.concat([
            pending.select("p", pl.col("what").str.replace(_BARE, "").alias("word")),
            pending.select("p", pl.col("what").replace_strict(kinds, default=None, return_dtype=pl.String)
                           .alias("kind")).drop_nulls()
            .join(pl.DataFrame({"word": list(classes), "kind": list(classes.values())},
                               schema={"word": pl.String, "kind": pl.String}), on="kind").select("p", "word"),
        ]).unique().join(reach, on="p"), on="word").join(published, on=["t", "week"]).select("p", "d").unique()
    # the pending clause's content words besides X
    own = (
        pending.select("p", "what", fold_expr(pl.col("clause")).str.extract_all(r"\w+").alias("word"))
        .explode("word").select("p", "what", pl.col("word").str.replace(_BARE, ""))
        .filter(pl.col("word").str.len_chars() >= _MIN_SHARED_LETTERS,
                pl.col("word") != pl.col("what").str.replace(_BARE, ""),
                ~pl.col("word").is_in(sorted(load_wording().stop)))
        .select("p", "word").unique()
    )
    near = (
        naming.join(fine.with_row_index("d").select("d", "t", "start", "source", "article_id", "published"), on="d")
        .join(pending.select("p", pl.col("published").alias("told"), pl.col("article_id").alias("own")), on="p")
        .filter(pl.col("article_id") != pl.col("own"),
                pl.col("published").is_between(pl.col("told") - PENDING_WINDOW, pl.col("told") + PENDING_WINDOW),
                pl.col("start").is_between(pl.col("told") - PENDING_WINDOW, pl.col("told") + dt.timedelta(days=1)))
    )
    # ... in the same story: the report shares a word with the pending clause
    # (words as numbers: the pending clauses' words, and where reports hold them, as one key)
    vocab = own.select(pl.col("word").unique()).with_row_index("w")
    held = words.join(vocab, on="word").select((pl.col("t").cast(pl.UInt64) * _KEY + pl.col("w")).alias("key"))
    sharing = (
        near.select("p", "t").unique()  # once per distinct clause
        .join(own.join(vocab, on="word").select("p", "w"), on="p")
        .filter((pl.col("t").cast(pl.UInt64) * _KEY + pl.col("w")).is_in(held["key"].implode()))
        .group_by("p", "t").agg(pl.len().alias("shared"))
        .filter(pl.col("shared") >= PENDING_SHARED_WORDS).select("p", "t")
    )
    story = near.select("p", "d", "t").join(sharing, on=["p", "t"]).select("p", "d").unique()
    found = (
        near.join(story, on=["p", "d"])
        .with_columns(pl.col("start").dt.date().alias("day"), pl.col("source").fill_null(pl.col("article_id")))
        .group_by("p", "day").agg(pl.col("source").n_unique().alias("outlets"))
        .sort("p", "outlets", "day", descending=[False, True, False])
        .unique("p", keep="first")
    )
    resolved = pending.join(found.select("p", "day"), on="p")
    if resolved.height == 0:
        return dated
    days = [d + dt.timedelta(days=s) for d, s in zip(resolved["day"].to_list(), resolved["shift"].to_list())]
    starts = [dt.datetime.combine(d, dt.time()) for d in days]
    ends = [s + dt.timedelta(days=1) for s in starts]
    resolved = resolved.with_columns(
        pl.Series("start", starts, pl.Datetime("us")), pl.Series("end", ends, pl.Datetime("us")),
        pl.lit(Grain.DAY.value).cast(frame.schema["grain"]).alias("grain"),
        pl.Series("value", [d.isoformat() for d in days], pl.String),
        pl.Series("hijri_start", [hijri_iso(d) for d in days], pl.String),
        pl.Series("hijri_end", [hijri_iso(d) for d in days], pl.String),
        pl.Series("hijri_label", [hijri_label(s, e) for s, e in zip(starts, ends)], pl.String),
        ("event:" + pl.col("value").str.extract(r"^event:(.+)[+-]P\d+D$")).alias("anchor"),
        pl.lit(PENDING_CONFIDENCE).alias("date_confidence"),
    ).select(frame.columns)
    return pl.concat([dated, resolved])
