"""The merge's cost per call: constant lists made once, steps skipped when they have nothing
to read, and a fragment's tokens counted only as far as the count matters. Each shortcut
gives what the full step gives (Arabic written for these tests, real tagger). Speed itself
is measured by ``benchmarks/bench_merge.py``, never here."""

from __future__ import annotations

import re

import polars as pl
import pytest

from timeline._listed import listed, mapped
from timeline.merge import merge_events
from timeline.pipeline import build_timeline
from timeline.wording import (
    _HEAD_CHARS,
    _MORE_TOKENS,
    _TOKEN,
    FRAGMENT_TOKENS,
    PATTERN_FROM,
    _few_tokens,
    _words_before,
    _words_pattern,
    clause_features,
)

# a batch naming a case, a doer, a toll and its cause, a fragment that borrows the rest of
# its sentence, and one naming none of them
FULL = [
    "قتل ثلاثة أشخاص أمس إثر انفجار عبوة ناسفة في سوق المدينة، وقال مسؤول إن هجوما نفذه مسلحون استهدف الحراس.",
    "أجلت المحكمة أمس النظر في قضية تفجير محطة القطار إلى الشهر المقبل.",
    "وأعلنت وزارة الداخلية الأحد أن الشرطة اعتقلت خمسة مشتبه بهم في الهجوم على السوق.",
]
PLAIN = [
    "افتتح وزير الثقافة أمس معرض الكتاب في قاعة المؤتمرات بحضور عدد من الأدباء.",
    "زار الرئيس اليوم مصنعا جديدا للإسمنت في الضاحية الشرقية.",
]


def _events(texts: list[str], prefix: str) -> pl.DataFrame:
    return build_timeline(pl.DataFrame([
        {"id": f"{prefix}-{k}", "published": "2024-08-10T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events


def test_features_of_a_batch_naming_nothing_have_the_full_steps_columns() -> None:
    full, plain = clause_features(_events(FULL, "f")), clause_features(_events(PLAIN, "p"))
    assert full.events.schema == plain.events.schema
    assert full.words.schema == plain.words.schema
    told = full.events.filter(pl.col("case").list.len() > 0)
    assert told.height  # the court's case is read in the full batch
    assert plain.events["case"].list.len().sum() == 0
    assert plain.events["cause"].null_count() == plain.events.height


def test_merging_a_batch_naming_nothing_keeps_every_column() -> None:
    full, plain = merge_events(_events(FULL, "f")), merge_events(_events(PLAIN, "p"))
    assert full.schema == plain.schema
    assert plain["cluster"].n_unique() == plain.height  # two happenings, two entries


def test_words_before_nothing_is_an_empty_frame_of_its_columns() -> None:
    points = pl.DataFrame({"c": [0], "own": [5]}, schema={"c": pl.UInt32, "own": pl.Int64})
    spans = pl.DataFrame({"c": [0], "lo": [0], "hi": [3]}, schema={"c": pl.UInt32, "lo": pl.Int64, "hi": pl.Int64})
    clauses = pl.DataFrame({"c": [0], "text": ["قال الوزير إن الاجتماع انتهى"]}, schema={"c": pl.UInt32, "text": pl.String})
    some = _words_before(points, spans, clauses)
    none = _words_before(points.clear(), spans, clauses)
    assert none.height == 0 and none.schema == some.schema


def test_a_fragment_is_found_by_reading_its_first_tokens_only() -> None:
    eleven = "أكد الوزير أمس في مؤتمر صحفي عقده بمقر الوزارة في العاصمة أن"
    texts = [
        "", "  ", "، .", "أكدت الوزارة أمس أن", "قال، ثم قال: نعم - لا؟",
        " ".join(eleven.split()[:10]), eleven, "- " + " - ".join(eleven.split()) + " -",
        "بلغ عدد الزوار 1500 زائر في 12 يوما", eleven + " " + eleven * 40,
    ]
    series = pl.Series(texts)
    counted = series.str.count_matches(_TOKEN) <= FRAGMENT_TOKENS
    assert (~series.str.contains(_MORE_TOKENS)).to_list() == counted.to_list()
    assert counted.to_list() == [True] * 6 + [False, False, True, False]  # eleven words or more are no fragment


def test_constant_lists_are_made_once_and_read_as_lists() -> None:
    words = frozenset({"قتلى", "جرحى", "مصابين"})
    assert listed(words) is listed(frozenset(sorted(words)))
    tokens = pl.Series(["جرحى", "زوار", None])
    assert tokens.is_in(listed(words)).to_list() == tokens.is_in(sorted(words)).to_list()
    groups = {"تفجير": "هجوم", "اقتحام": "هجوم", "فيضان": "كارثة"}
    old, new = mapped(groups)
    assert mapped(groups)[0] is old
    read = pl.Series(["فيضان", "تفجير"]).replace_strict(old, new, return_dtype=pl.String)
    assert read.to_list() == ["كارثة", "هجوم"]


def test_few_tokens_are_the_rows_the_long_pattern_leaves() -> None:
    ten = "أعلن المتحدث باسم الشرطة مساء أمس في بيان مقتضب أن"
    long_word = "ا" * (_HEAD_CHARS + 5)  # one token past the counted head
    texts = [
        None, "", "  ", "، .", ten, ten + " وزير", "قال، ثم قال: نعم - لا؟",
        long_word + " " + ten,  # one token in the head, eleven in all: no fragment
        long_word,  # one token, cut by the head
        "ـ " * (_HEAD_CHARS // 2) + ten,  # the head holds tatweels (word characters) only
        "- " * _HEAD_CHARS + ten,  # the head holds no token: counted whole, ten
        "- " * _HEAD_CHARS + ten + " وزير",
        ten[: _HEAD_CHARS - 3] + "ووووووووو " + ten,  # a token cut at the head's end
        ten + " " + ten * 40,
    ]
    frame = pl.DataFrame({"t": texts}, schema={"t": pl.String})
    assert _few_tokens(frame, "t").equals(frame.filter(~pl.col("t").str.contains(_MORE_TOKENS)))
    kept = _few_tokens(frame.with_row_index("r"), "t")["r"].to_list()
    assert kept == [1, 2, 3, 4, 6, 8, 10]
    many = pl.concat([frame] * (PATTERN_FROM // frame.height + 1))  # read by the pattern itself
    assert _few_tokens(many, "t").equals(many.filter(~pl.col("t").str.contains(_MORE_TOKENS)))


def test_word_beginnings_share_one_word_tail() -> None:
    words = ["فريق*", "ناد*", "مباراه", "لاعب*", "كاس"]
    per_word = ("^[وف]?(?:[بك]?(?:ال)?|ل|لل)(?:" + "|".join(
        re.escape(w[:-1]) + r"\w*" if w.endswith("*") else re.escape(w) for w in words) + ")$")
    tokens = pl.Series(["فريق", "الفريقان", "وللفريق", "بالنادي", "نادي", "مباراه", "مباراتين", "المباراه",
                        "لاعبو", "كاس", "كاسات", "الكاس", "فرق", "منادي", "ريق", "", "وال", None])
    shared = _words_pattern(words)
    assert shared.count(r"\w") == 1
    assert tokens.str.contains(shared).to_list() == tokens.str.contains(per_word).to_list()
    # لل (ل and the article) is read too (وللفريق); a word without * is whole
    assert tokens.str.contains(shared).to_list()[:12] == [True] * 6 + [False] + [True] * 3 + [False, True]
    assert _words_pattern(["مباراه", "كاس"]) == "^[وف]?(?:[بك]?(?:ال)?|ل|لل)(?:مباراه|كاس)$"  # no beginnings: no tail


def test_towns_reads_owners_only_where_an_institution_is_named() -> None:
    """A clause naming no institution's noun owns no town: ``_towns`` skips reading its mentions,
    and gives what reading every clause's mentions gives (Arabic written for this test)."""
    from timeline.normalize import fold
    from timeline.places import load_gazetteer
    from timeline.wording import _towns

    texts = [
        "افتتح مدير شرطة محافظة جدة أمس مركزا جديدا للدوريات.",  # an office of Jeddah
        "وصل الوفد إلى جدة قادما من الرياض مساء أمس.",  # towns, no institution
        "عقدت اللجنة المحلية للانتخابات البلدية بمحافظة الطائف اجتماعها الأول.",
        "هطلت أمطار غزيرة على مكة المكرمة والمدينة المنورة.",
    ]
    clauses = pl.DataFrame({"c": pl.Series(range(len(texts)), dtype=pl.UInt32),
                            "folded": [fold(t) for t in texts]})
    towns = _towns(clauses).sort("c", "town")
    gazetteer = load_gazetteer()
    every = {(c, m.place.name) for c, text in enumerate(clauses["folded"].to_list()) for m in gazetteer.find(text)
             if m.owned and not m.regional and m.place.kind == "city"}
    read = {(c, town) for c, owners in zip(towns["c"].to_list(), towns["owners"].to_list()) for town in owners}
    assert read == every
    owners = {c: set(o) for c, o in zip(towns["c"].to_list(), towns["owners"].to_list())}
    assert owners[1] == set() and owners[3] == set()
    assert owners[2] == {"الطائف"}


def test_no_pairs_to_score_is_an_empty_frame_of_the_scored_columns(monkeypatch: pytest.MonkeyPatch) -> None:
    """A merge with no body's session and decision (most of them) scores no pairs there: the
    empty answer comes at once, with the columns and types the full scoring gives."""
    from timeline import merge

    scored: list[pl.DataFrame] = []
    full = merge._scored

    def kept(pairs: pl.DataFrame, *args: object, **kwargs: object) -> pl.DataFrame:
        scored.append(full(pairs, *args, **kwargs))
        return scored[-1]

    monkeypatch.setattr(merge, "_scored", kept)
    merged = merge_events(pl.concat([_events(FULL, "f"), _events(FULL, "g"), _events(PLAIN, "p")]))
    assert merged.height and len(scored) == 2
    found, none = scored  # the candidate pairs (each report told twice), then the bodies' (none here)
    assert found.height and found.schema == pl.Schema(merge._LINK_SCHEMA)
    assert none.height == 0 and none.schema == found.schema
