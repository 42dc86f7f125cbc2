"""The one-core tail's speed-ups give what the code they replaced gave (issue 8)."""

from __future__ import annotations

import random

import polars as pl

from timeline.blocks import blocks
from timeline.happenings import _bare_forms, load_triggers
from timeline.lexicon import clitic_prefixes
from timeline.normalize import fold_expr
from timeline.relink import _sharing


def _blocks_before(frame: pl.DataFrame, key: str, order: str, least: int, most: int) -> pl.DataFrame:
    """:func:`timeline.blocks.blocks` as it was written before (run lengths by repeat_by)."""
    frame = frame.select(key, order).drop_nulls(key).sort(key, order)
    runs = frame[key].rle().struct.field("len")
    frame = frame.filter(runs.repeat_by(runs).explode().is_between(least, most))
    sizes = frame[key].rle().struct.field("len")
    first = (sizes.cum_sum() - sizes).cast(pl.Int64).repeat_by(sizes).explode()
    return frame.with_columns((pl.int_range(frame.height, dtype=pl.Int64, eager=True) - first).alias("k"))


def test_blocks_as_before() -> None:
    rng = random.Random(8)
    for n in (0, 1, 2, 7, 300):
        keys = [rng.randrange(max(n // 4, 1)) if rng.random() > 0.1 else None for _ in range(n)]
        frame = pl.DataFrame({"block": keys, "i": rng.sample(range(10 * n + 1), n)},
                             schema={"block": pl.Int64, "i": pl.UInt32})
        for least, most in ((2, 3), (1, 40), (2, 40)):
            assert blocks(frame, "block", "i", least, most).equals(_blocks_before(frame, "block", "i", least, most))


BARE_FORMS = {  # a word, then what remains after و/ف, then ب/ل/ك (or لل), then the article
    "وبالانفجار": ["وبالانفجار", "بالانفجار", "انفجار", "الانفجار"],
    "فللمدينه": ["فللمدينه", "للمدينه", "لمدينه", "مدينه"],
    "للقاء": ["للقاء", "لقاء", "قاء"],
    "لقاء": ["لقاء", "قاء"],
    "والتقى": ["والتقى", "تقى", "التقى"],
    "كالهجوم": ["كالهجوم", "هجوم", "الهجوم"],
    "وصل": ["وصل"], "بال": ["بال"], "و": ["و"],  # too short to hold a clitic and a word
}


def test_bare_forms_cached_as_before() -> None:
    for word, forms in BARE_FORMS.items():
        assert list(_bare_forms(word)) == forms
        assert _bare_forms(word) is _bare_forms(word)  # read once
    lexicon = load_triggers()
    # a sensed word's class, read from what follows it, is the same when asked again
    assert lexicon.word_class("لقاء", ["الفريق"]) == lexicon.word_class("لقاء", ["الفريق"])


def test_sharing_reads_only_words() -> None:
    clauses = pl.DataFrame({"clause": [
        "وقع انفجار في السوق المركزي صباح اليوم",  # انفجار and سوق: both words
        "انفجارات متتالية هزت المدينة",  # انفجار only inside a longer word
        "السوق مغلق",  # one word
        "وبالسوق والانفجار",  # clitics and the article stripped
        "تسوقوا من سوقنا",  # سوق only inside other words
        "",
    ]})
    words = ["انفجار", "سوق"]
    tokens = fold_expr(pl.col("clause")).str.extract_all(r"\w+").list.eval(pl.element().str.replace(clitic_prefixes().definite(), ""))
    before = clauses.filter(tokens.list.set_intersection(pl.lit(pl.Series(words, dtype=pl.String)).implode())
                            .list.len() >= 2)
    assert _sharing(clauses, words).equals(before)
    assert before["clause"].to_list() == ["وقع انفجار في السوق المركزي صباح اليوم", "وبالسوق والانفجار"]
    assert _sharing(clauses, []).height == 0


def test_pattern_words_keep_every_whole_match() -> None:
    from timeline.wording import _pattern_words

    lexicon = load_triggers()
    text = ("وقع انفجار ضخم والانفجارات هزت المدينة بعد اجتماع الوزراء وللاجتماع أهمية، وأدانت مصر "
            "الهجوم وتظاهر المحتجون في 12 موقعا فيما استقال الوزير واستقالته مفاجئة abc_1 لقاء")
    tokens = fold_expr(pl.Series([text])).str.extract_all(r"\w+").explode()
    whole = [w for w in tokens.to_list() if lexicon.pattern.fullmatch(w)]
    kept = _pattern_words(tokens, lexicon.pattern).to_list()
    assert whole and set(whole) <= set(kept)
    assert [w for w in kept if lexicon.pattern.fullmatch(w)] == whole  # in order


def test_the_trigger_lexicon_is_one_copy_however_it_is_asked_for() -> None:
    from timeline import happenings
    from timeline.wording import told_by_object

    lexicon = load_triggers()
    assert load_triggers("ar") is lexicon and load_triggers(code="ar") is lexicon
    told_by_object()  # asks for load_triggers("ar"): no second copy read in the merge
    assert happenings._load_triggers.cache_info().currsize == 1


def test_the_page_reads_plotlyjs_without_importing_plotly() -> None:
    import subprocess
    import sys

    from plotly.offline import get_plotlyjs

    from timeline.page import _plotlyjs

    assert _plotlyjs() == get_plotlyjs()
    code = ("import sys; from timeline.page import timeline_page, page_data; import polars as pl\n"
            "page = timeline_page(page_data(pl.DataFrame()))\n"
            "assert 'plotly' not in sys.modules and 'Plotly' in page")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_senses_read_as_before() -> None:
    lexicon = load_triggers()
    for form, senses in list(lexicon.senses.items())[:20]:
        for sense in senses:
            for cue in [*sorted(sense.exact)[:3], *(p + "ات" for p in sense.prefixes[:3]), "و" + form, "كتاب"]:
                expected = any(b in sense.exact or b.startswith(sense.prefixes) for b in _bare_forms.__wrapped__(cue))
                assert sense.told_by(cue) is expected
                assert sense.told_by(cue) is expected  # cached


def test_cue_reads_as_each_sense_in_order() -> None:
    """_cue reads a word's bare forms once for all senses: the first sense whose told_by
    takes the word, as before (mcpu18)."""
    from timeline.happenings import _cue

    lexicon = load_triggers()
    for form, senses in lexicon.senses.items():
        words = ["و" + form, "كتاب", "والكتاب", "بالمدينة", "فللمدرسة"]
        for sense in senses:
            words += [*sorted(sense.exact)[:3], *("وال" + w for w in sorted(sense.exact)[:2]),
                      *(p + "ات" for p in sense.prefixes[:3]), *("ب" + p for p in sense.prefixes[:2])]
        for word in words:
            expected = next(((sense.cls,) for sense in senses if sense.told_by(word)), None)
            assert _cue(senses, word) == expected  # kept by word_class in _cues (test_sense_cues)


def test_pattern_words_of_another_shape_keep_every_token() -> None:
    import re

    from timeline.wording import _pattern_words

    tokens = pl.Series(["قال", "انفجار", "abc"])
    for pattern in (re.compile(r"انفجار\w*"), re.compile(r"(?<!\w)(?=ا)انفجار"), re.compile(r"(?<!\w)\ا"),
                    re.compile(r"(?<!\w)انفجار", re.IGNORECASE)):
        assert _pattern_words(tokens, pattern).to_list() == tokens.to_list()
    assert _pattern_words(tokens, re.compile(r"(?<!\w)(?:انفجار|قال)\w*")).to_list() == ["قال", "انفجار"]
