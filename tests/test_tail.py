"""The build's one-core tail (merge, relink, page) loads nothing twice and computes the
same features however its word work is done."""

from __future__ import annotations

from timeline.places import find_places, load_gazetteer


def test_the_gazetteer_is_loaded_once_however_it_is_called() -> None:
    # the build loads load_gazetteer() beside extraction; relink's find_places asks for "ar"
    assert load_gazetteer() is load_gazetteer("ar") is load_gazetteer(code="ar")
    assert [m.place.name for m in find_places("وصل الوفد إلى القاهرة أمس")] == ["القاهرة"]


# words of every kind the stemmer meets: the article and its clitics (وبالمدينة، للعمل، فالامر),
# a proclitic the batch also knows bare (وغمرت / غمرت، فقتل / قتل، وكتب / كتب), two (وبقرار / بقرار / قرار),
# one that would leave a function word (العند) or a too short rest (وال، بال، لله، ال),
# the accusative, the suffixes and their order (مسؤولون، طواريء، شيئا، القرءان), a spelling
# (الاميركية / الامريكية), numbers (12، 150، 2015، ١٢٣), Latin, function and time words
_WORDS = (
    "وبالمدينه للعمل فالامر وغمرت غمرت فقتل قتل وكتب كتب وبقرار بقرار قرار العند عند وال بال لله ال "
    "مسؤولون مسئولين طواريء طوارئ شيئا شيء القرءان القران الاميركيه الامريكيه اميركا امريكا "
    "12 150 2015 123 un onu في وفي الشهر الاثنين امس كتابها بيتي منزله مدرستان سياره سيارات "
    "و ف ب ل ك لل وللمره فللتو بالفعل كالعاده ولقد فقد لكن والي الي مصر ومصر قالت وقالت ا اب "
    "جلسته الجلسه حكومتها وحكومتها حكومه وزيارته زياره مؤقته مؤقت بيته اهميته اهميه وفاته وفاه"
).split()


def test_stems_are_the_same_as_columns_and_word_by_word(monkeypatch: object) -> None:
    import polars as pl

    import timeline.wording as wording

    words = wording.load_wording()
    by_word = words._stems_by_word(_WORDS)
    assert by_word["وغمرت"] == by_word["غمرت"] and by_word["وبقرار"] == by_word["قرار"]
    assert "العند" in by_word and "في" not in by_word and "2015" not in by_word
    assert by_word["الاميركيه"] == by_word["الامريكيه"] and by_word["طواريء"] == by_word["طوارئ"]
    monkeypatch.setattr(wording, "COLUMNS_FROM", 0)  # type: ignore[attr-defined]
    table = words.stem_table(pl.Series(_WORDS + _WORDS[::-1]))
    assert dict(zip(table["token"], table["stem"])) == by_word
    assert table["token"].to_list() == list(by_word)  # first appearance first
    assert words.stems(_WORDS) == by_word


def test_plain_and_stem_columns_follow_the_word_functions() -> None:
    import polars as pl

    from timeline.wording import _plain_column, _stem_column, load_wording

    words = load_wording()
    column = pl.Series(_WORDS)
    assert _plain_column(words, column).to_list() == [words.plain(w) for w in _WORDS]
    assert _stem_column(words, column).to_list() == [words.stem(w) for w in _WORDS]
    assert _stem_column(words, pl.Series(["", "ا", "اب"])).to_list() == [words.stem(w) for w in ["", "ا", "اب"]]


def test_clause_windows_read_from_the_rows_beside() -> None:
    import polars as pl

    from timeline._clause_rows import beside, row_in_clause, sum_in_clause

    # consecutive clauses, one of a single token, one with none (an empty clause's null)
    rows = pl.DataFrame({
        "c": pl.Series([0, 0, 0, 1, 2, 3, 3], dtype=pl.UInt32),
        "token": ["قال", "الوزير", "امس", "انفجار", None, "وصل", "الوفد"],
        "n": pl.Series([1, 0, 1, 1, None, 0, 1], dtype=pl.Int64),
    })
    expected = rows.select(pl.int_range(pl.len()).over("c").alias("pos"), pl.col("n").cum_sum().over("c"),
                           pl.col("token").shift(1).over("c").alias("before"),
                           pl.col("token").shift(-1).over("c").alias("after"))
    got = rows.select(row_in_clause().alias("pos"), sum_in_clause(pl.col("n")).alias("n"),
                      beside("token", 1).alias("before"), beside("token", -1).alias("after"))
    assert got.to_dicts() == expected.to_dicts()
    assert got["before"].to_list() == [None, "قال", "الوزير", None, None, None, "وصل"]


def test_clause_features_are_the_same_whichever_way_stems_are_made(monkeypatch: object) -> None:
    import polars as pl
    from polars.testing import assert_frame_equal

    import timeline.wording as wording
    from timeline.pipeline import build_timeline

    texts = [
        "وقال المتحدث باسم الوزارة أمس الاثنين إن خمسة أشخاص قتلوا في انفجار بالقاهرة.",
        "أدانت وزارة الخارجية الأمريكية يوم الثلاثاء 4 آب 2015 الهجوم الانتحاري على أكاديمية الشرطة.",
        "وأعربت الكويت عن إدانتها للتفجير الذي وقع صباح الخميس في مسجد بالدمام وأسفر عن ثلاثة عشر قتيلا.",
        "افتتح الرئيس قناة السويس الجديدة في السادس من آب 2015 بحضور وفود من 120 دولة.",
    ]
    events = build_timeline(pl.DataFrame([
        {"id": f"a-{k}", "published": "2015-08-07T08:00", "text": text} for k, text in enumerate(texts)
    ]), merge=False).events
    by_word = wording.clause_features(events)
    monkeypatch.setattr(wording, "COLUMNS_FROM", 0)  # type: ignore[attr-defined]
    as_columns = wording.clause_features(events)
    assert by_word.events.height == events.height and by_word.words.height > 20
    assert_frame_equal(as_columns.events, by_word.events)
    assert_frame_equal(as_columns.words, by_word.words)
    numbers = {n for row in by_word.events["numbers"].to_list() for n in row}
    assert {5, 13, 120} <= numbers  # خمسة أشخاص، ثلاثة عشر قتيلا، 120 دولة
