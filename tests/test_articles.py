"""Reading articles: every bad row is a RowError naming row and field, and the rest goes on."""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import polars as pl
import pytest

from timeline import InputError, Prefer, PublishedDateError
from timeline.articles import Article, RowError, parse_published, read_articles
from timeline.errors import ColumnsError
from timeline.published import Calendar, DateOrder, read_published

DAY = dt.datetime(2022, 1, 25)


def _jsonl(path: Path, lines: list[bytes | str | dict]) -> Path:
    with path.open("wb") as f:
        for line in lines:
            if isinstance(line, dict):
                line = json.dumps(line, ensure_ascii=False)
            f.write((line.encode("utf-8") if isinstance(line, str) else line) + b"\n")
    return path


def _errors(results: list[Article | RowError]) -> dict[int, RowError]:
    return {r.row: r for r in results if isinstance(r, RowError)}


# -- JSONL ---------------------------------------------------------------------------------


def test_every_bad_jsonl_row_is_reported_and_the_rest_goes_on(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [
        {"id": "ok-1", "text": "وصل الوفد أمس", "published": "2022-01-25"},
        {"id": "no-date", "text": "نص"},
        {"id": "empty-date", "text": "نص", "published": "  "},
        {"id": "bad-date", "text": "نص", "published": "next tuesday-ish"},
        "{broken json",
        "[1, 2]",
        b'{"id": "latin1", "text": "caf\xe9", "published": "2022-01-25"}',
        {"id": "num-text", "text": 42, "published": "2022-01-25"},
        {"id": "no-text", "published": "2022-01-25"},
        {"id": "bad-prefer", "text": "نص", "published": "2022-01-25", "prefer": "sideways"},
        {"id": ["x"], "text": "نص", "published": "2022-01-25"},
        {"id": "ok-2", "text": "", "published": "2022-01-25T10:30"},
    ])  # fmt: skip
    results = list(read_articles(path))
    assert len(results) == 12  # one result per line: counts add up
    assert [r.row for r in results] == list(range(1, 13))
    errors = _errors(results)
    assert {n: e.field for n, e in errors.items()} == {
        2: "published", 3: "published", 4: "published", 5: "json", 6: "json", 7: "encoding",
        8: "text", 9: "text", 10: "prefer", 11: "id",
    }  # fmt: skip
    assert errors[2].id == "no-date" and errors[2].message == "missing"
    assert errors[3].message == "empty"
    assert "next tuesday-ish" in errors[4].message
    assert errors[5].id is None and "broken JSON" in errors[5].message
    assert "array" in errors[6].message
    assert "number" in errors[8].message
    assert all(e.path == str(path) for e in errors.values())
    good = [r for r in results if isinstance(r, Article)]
    assert [a.id for a in good] == ["ok-1", "ok-2"]
    assert good[0].published == DAY and good[0].text == "وصل الوفد أمس"
    assert good[1].text == "" and good[1].published == dt.datetime(2022, 1, 25, 10, 30)


def test_row_error_names_file_row_id_and_field() -> None:
    err = RowError(7, "a-3", "published", "cannot parse 'next tuesday-ish'", "articles.jsonl")
    assert str(err) == "articles.jsonl row 7 (id 'a-3'), field 'published': cannot parse 'next tuesday-ish'"
    assert str(RowError(2, None, "json", "broken JSON")) == "row 2, field 'json': broken JSON"
    assert err.to_dict()["field"] == "published"


def test_ids_defaults_blank_lines_bom_and_optional_fields(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.ndjson", [
        b'\xef\xbb\xbf{"text": "a", "published": "2022-01-25"}',
        "",
        {"id": 17, "text": "b", "published": "2022-01-25", "title": "T", "url": "http://x", "source": "s", "prefer": "Future"},
        "   ",
        {"id": "", "text": "c", "published": "2022-01-25", "title": "", "source": None},
    ])  # fmt: skip
    results = list(read_articles(path))
    assert all(isinstance(r, Article) for r in results)
    assert [(r.id, r.row) for r in results] == [("row-1", 1), ("17", 3), ("row-5", 5)]
    second = results[1]
    assert isinstance(second, Article)
    assert (second.title, second.url, second.source, second.prefer) == ("T", "http://x", "s", Prefer.FUTURE)
    assert results[2].title is None and results[2].source is None and results[2].prefer is None  # type: ignore[union-attr]


def test_a_describing_field_of_the_wrong_kind_is_reported_never_dropped(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [
        {"id": "t", "text": "وصل الوفد أمس.", "published": "2022-01-25", "title": 5},
        {"id": "s", "text": "وصل الوفد أمس.", "published": "2022-01-25", "source": {"اسم": "صحيفة"}},
        '{"id": "u", "text": "وصل الوفد أمس.", "published": "2022-01-25", "url": "http://x/\\ud800"}',
        {"id": "p", "text": "وصل الوفد أمس.", "published": "2022-01-25", "source": "صدى الجبل"},
    ])  # fmt: skip
    title, source, url, fine = read_articles(path)
    assert isinstance(title, RowError) and (title.id, title.field) == ("t", "title") and "a number" in title.message
    assert isinstance(source, RowError) and source.field == "source" and "an object" in source.message
    assert isinstance(url, RowError) and url.field == "url" and "surrogates" in url.message
    assert isinstance(fine, Article) and fine.source == "صدى الجبل"


def test_a_utc_offset_out_of_range_is_an_error_of_the_publication_date(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [
        {"id": "z", "text": "وصل الوفد أمس.", "published": "2022-01-25T10:00+25:00"},
        {"id": "y", "text": "وصل الوفد أمس.", "published": "2022-01-25T10:00-23:59"},
    ])  # fmt: skip
    far, edge = read_articles(path)
    assert isinstance(far, RowError) and far.field == "published" and "+25:00" in far.message
    assert isinstance(edge, Article) and edge.utc_offset == -dt.timedelta(hours=23, minutes=59)


def test_lone_surrogate_text_is_an_error(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", ['{"id": "s", "text": "ab\\ud800cd", "published": "2022-01-25"}'])
    (err,) = read_articles(path)
    assert isinstance(err, RowError) and err.field == "text"


def test_default_published_fills_rows_without_one(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [
        {"id": "own", "text": "a", "published": "2020-05-01"},
        {"id": "none", "text": "b"},
    ])  # fmt: skip
    own, none = read_articles(path, published="2022-01-25")
    assert isinstance(own, Article) and own.published == dt.datetime(2020, 5, 1)
    assert isinstance(none, Article) and none.published == DAY


# -- published -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-01-25", DAY),
        ("2022-01-25T10:30", dt.datetime(2022, 1, 25, 10, 30)),
        ("2022-01-25T10:30:15", dt.datetime(2022, 1, 25, 10, 30, 15)),
        ("2022-01-25 10:30", dt.datetime(2022, 1, 25, 10, 30)),
        ("2022-01-25T23:30:00+03:00", dt.datetime(2022, 1, 25, 23, 30)),  # wall time kept
        ("2022-01-25T23:30:00Z", dt.datetime(2022, 1, 25, 23, 30)),
        ("Jan 25, 2022 10:00", dt.datetime(2022, 1, 25, 10, 0)),
        ("2022/01/25", DAY),
        ("25 يناير 2022", DAY),
        (dt.date(2022, 1, 25), DAY),
        (dt.datetime(2022, 1, 25, 8, tzinfo=dt.timezone(dt.timedelta(hours=2))), dt.datetime(2022, 1, 25, 8)),
    ],
)
def test_parse_published(value: object, expected: dt.datetime) -> None:
    assert parse_published(value) == expected


def test_parse_published_levantine_month_through_the_tagger() -> None:
    assert parse_published("25 كانون الثاني 2022") == DAY


@pytest.mark.parametrize(
    "value",
    [None, "", "   ", "next tuesday-ish", "2022", "2022-13-45", 20220125, ["2022-01-25"], "yesterday", "2022 " * 100],
)
def test_parse_published_rejects(value: object) -> None:
    with pytest.raises(PublishedDateError):
        parse_published(value)


# -- CSV, Parquet, plain text, stdin -------------------------------------------------------


def test_csv_rows_errors_and_long_quoted_text(tmp_path: Path) -> None:
    long_text = "سطر أول\nسطر ثان، " + "ن" * 200_000
    body = (
        "id,text,published,prefer\n"
        f'a,"{long_text}",2022-01-25,\n'
        "b,نص,,\n"
        "c,نص,2022-01-25,future,extra\n"
        "d,,2022-01-25,past\n"
    ).encode()
    body += b"e,caf\xe9,2022-01-25,\n"
    path = tmp_path / "in.csv"
    path.write_bytes(body)
    results = list(read_articles(path))
    assert [r.row for r in results] == [1, 2, 3, 4, 5]
    assert {n: e.field for n, e in _errors(results).items()} == {2: "published", 3: "csv", 5: "encoding"}
    a, d = results[0], results[3]
    assert isinstance(a, Article) and a.text == long_text and a.id == "a"
    assert isinstance(d, Article) and d.text == "" and d.prefer is Prefer.PAST


def test_csv_without_text_column_fails_once_naming_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("id,published,رأي\na,2022-01-25,x\nb,2022-01-25,y\n", encoding="utf-8")
    with pytest.raises(ColumnsError) as caught:
        read_articles(path)
    message = str(caught.value)
    assert "'text'" in message and "'رأي'" in message and "--columns text=" in message


def test_parquet_rows_and_errors(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    pl.DataFrame({
        "id": ["a", None, "c"],
        "text": ["وصل الوفد أمس", "نص", None],
        "published": [dt.datetime(2022, 1, 25, 9), dt.datetime(2022, 1, 26), dt.datetime(2022, 1, 27)],
        "extra": [1, 2, 3],
    }).write_parquet(path)  # fmt: skip
    a, b, c = read_articles(path)
    assert isinstance(a, Article) and a.published == dt.datetime(2022, 1, 25, 9) and a.row == 1
    assert isinstance(b, Article) and b.id == "row-2"
    assert isinstance(c, RowError) and (c.row, c.id, c.field) == (3, "c", "text")


def test_parquet_string_dates_and_broken_file(tmp_path: Path) -> None:
    path = tmp_path / "in.parquet"
    pl.DataFrame({"id": ["a", "b"], "text": ["x", "y"], "published": ["2022-01-25T10:00", "never"]}).write_parquet(path)
    a, b = read_articles(path)
    assert isinstance(a, Article) and a.published == dt.datetime(2022, 1, 25, 10)
    assert isinstance(b, RowError) and b.field == "published"
    broken = tmp_path / "broken.parquet"
    broken.write_bytes(b"not parquet at all")
    with pytest.raises(InputError, match="Parquet"):
        read_articles(broken)


def test_txt_folder_one_article_per_file(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "b-second.txt").write_text("وصل الوفد أمس", encoding="utf-8")
    (folder / "a-first.txt").write_text("عام 2011", encoding="utf-8")
    (folder / "c-bad.txt").write_bytes(b"\xff\xfe broken")
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    with pytest.warns(UserWarning, match="notes.md"):
        results = list(read_articles(folder, published="2022-01-25"))
    assert [r.id for r in results] == ["a-first", "b-second", "c-bad"]
    assert isinstance(results[0], Article) and results[0].text == "عام 2011" and results[0].published == DAY
    assert isinstance(results[2], RowError) and (results[2].row, results[2].field) == (3, "encoding")
    with pytest.raises(InputError, match="published"):
        read_articles(folder)



def test_a_folder_of_table_files_says_to_pass_them_as_paths(tmp_path: Path) -> None:
    folder = tmp_path / "dataset"
    folder.mkdir()
    for n in (1, 2):
        pl.DataFrame({"id": [f"d-{n}"], "text": ["وصل الوفد أمس"], "published": ["2022-01-25"]}).write_parquet(
            folder / f"part-{n}.parquet")
    with pytest.raises(InputError, match=r"holds none, but 2 \.parquet files: pass them as paths"):
        read_articles(folder, published="2022-01-25")

def test_single_txt_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("نص الخبر", encoding="utf-8")
    (article,) = read_articles(path, published="25 يناير 2022")
    assert isinstance(article, Article) and (article.id, article.text, article.published) == ("story", "نص الخبر", DAY)


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BufferedReader(io.BytesIO(data)), encoding="utf-8"))


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b'{"id": "a", "text": "x", "published": "2022-01-25"}\nnot json\n')
    a, b = read_articles(None)
    assert isinstance(a, Article) and a.id == "a"
    assert isinstance(b, RowError) and (b.row, b.field, b.path) == (2, "json", "<stdin>")


def test_stdin_plain_text_with_published(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, "وصل الوفد أمس\nوغادر اليوم\n".encode())
    (article,) = read_articles("-", published="2022-01-25")
    assert isinstance(article, Article) and article.text == "وصل الوفد أمس\nوغادر اليوم\n"


def test_stdin_jsonl_wins_even_with_published(monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, b'  {"id": "a", "text": "x"}\n')
    (article,) = read_articles(None, published="2022-01-25")
    assert isinstance(article, Article) and article.published == DAY


def test_file_level_problems_raise_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_articles(tmp_path / "missing.jsonl")
    odd = tmp_path / "in.xyz"
    odd.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="format"):
        read_articles(odd)
    with pytest.raises(InputError, match="format"):
        read_articles(odd, fmt="docx")
    with pytest.raises(PublishedDateError):
        read_articles(odd, published="someday", fmt="jsonl")
    assert list(read_articles(odd, fmt="jsonl")) == []


# -- columns under other names -------------------------------------------------------------


def _notes() -> tuple[list[str], Callable[[str], None]]:
    seen: list[str] = []
    return seen, seen.append


def test_csv_columns_found_under_arabic_names_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text("المعرف,النص,تاريخ النشر,المصدر\nم1,افتتح المعرض صباح أمس,2023-04-10,نشرة الوادي\n", encoding="utf-8")
    notes, note = _notes()
    (article,) = read_articles(path, notice=note)
    assert isinstance(article, Article)
    assert (article.id, article.text, article.source) == ("م1", "افتتح المعرض صباح أمس", "نشرة الوادي")
    assert article.published == dt.datetime(2023, 4, 10)
    assert len(notes) == 1 and "text=النص" in notes[0]


def test_explicit_columns_win(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [{"body": "قديم", "lead": "هطلت الأمطار أمس", "when": "2023-04-10"}])
    (article,) = read_articles(path, columns="text=lead,published=when", notice=lambda _: None)
    assert isinstance(article, Article) and article.text == "هطلت الأمطار أمس"
    with pytest.raises(ColumnsError, match="no column 'missing'"):
        read_articles(path, columns={"text": "missing"})
    with pytest.raises(InputError, match="unknown field"):
        read_articles(path, columns="body=lead")


def test_jsonl_without_text_fails_once(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [{"id": str(i), "story_body": "نص", "published": "2023-04-10"} for i in range(30)])
    with pytest.raises(ColumnsError, match="'story_body'"):
        read_articles(path)


# -- any table in -------------------------------------------------------------------------------

TABLE = {
    "id": ["أ", "ب", "ج"],
    "content": ["وصلت القافلة مساء أمس", "يبدأ المهرجان الخميس المقبل", None],
    "date": ["25/01/2022", "2022-01-25", "2022-01-25"],
}


def _check_table_rows(results: list[Article | RowError]) -> None:
    assert [r.row for r in results] == [1, 2, 3]
    first, _, third = results
    assert isinstance(first, Article) and first.published == DAY and first.text == "وصلت القافلة مساء أمس"
    assert isinstance(third, RowError) and (third.id, third.field) == ("ج", "text")


def test_polars_frames_eager_and_lazy() -> None:
    frame = pl.DataFrame(TABLE)
    _check_table_rows(list(read_articles(frame, notice=lambda _: None)))
    _check_table_rows(list(read_articles(frame.lazy(), notice=lambda _: None)))


def test_pandas_frame_is_a_table_not_paths() -> None:
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame(TABLE)
    frame.loc[1, "id"] = float("nan")  # a missing id: row-2
    results = list(read_articles(frame, notice=lambda _: None))
    _check_table_rows(results)
    assert results[1].id == "row-2"


def test_arrow_table_and_stream() -> None:
    pa = pytest.importorskip("pyarrow")
    table = pa.table(TABLE)
    _check_table_rows(list(read_articles(table, notice=lambda _: None)))
    stream = pa.RecordBatchReader.from_batches(table.schema, table.to_batches(max_chunksize=1))
    _check_table_rows(list(read_articles(stream, notice=lambda _: None)))


def test_iterable_of_dicts() -> None:
    rows = [dict(zip(TABLE, values)) for values in zip(*TABLE.values())]
    _check_table_rows(list(read_articles(iter(rows), notice=lambda _: None)))
    assert isinstance(list(read_articles([rows[0], 7], notice=lambda _: None))[1], RowError)


# -- publication dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "order", "expected"),
    [
        ("01/02/2022", "dmy", dt.datetime(2022, 2, 1)),
        ("01.02.2022", "dmy", dt.datetime(2022, 2, 1)),
        ("01-02-2022 09:15", "dmy", dt.datetime(2022, 2, 1, 9, 15)),
        ("٠١/٠٢/٢٠٢٢", "dmy", dt.datetime(2022, 2, 1)),
        ("01/02/2022", "mdy", dt.datetime(2022, 1, 2)),
        ("2022-02-01", "mdy", dt.datetime(2022, 2, 1)),  # ISO stays ISO
        ("2022/02/01", "dmy", dt.datetime(2022, 2, 1)),
    ],
)
def test_numeric_dates_are_day_first(value: str, order: str, expected: dt.datetime) -> None:
    assert read_published(value, order=DateOrder(order)).moment == expected


def test_month_over_twelve_is_an_error_not_a_swap() -> None:
    with pytest.raises(PublishedDateError, match="date-order"):
        parse_published("12/25/2022")


def test_hijri_publication_dates() -> None:
    assert parse_published("22/06/1443 هـ") == DAY
    assert parse_published("1443/06/22هـ") == DAY
    assert parse_published("22-06-1443", calendar=Calendar.HIJRI) == DAY
    looks = read_published("1443-06-22")
    assert looks.moment.year == 1443 and looks.warning is not None and "هـ" in looks.warning


def test_hijri_looking_year_is_a_notice_not_an_error(tmp_path: Path) -> None:
    path = _jsonl(tmp_path / "in.jsonl", [{"id": "ق", "text": "عاد الوفد اليوم", "published": "1443-06-22"}])
    notes, note = _notes()
    (article,) = read_articles(path, notice=note)
    assert isinstance(article, Article)
    assert any("1443" in n and "Hijri" in n for n in notes)
    (hijri,) = read_articles(path, calendar="hijri")
    assert isinstance(hijri, Article) and hijri.published == DAY


def test_utc_offset_is_kept() -> None:
    found = read_published("2022-01-25T10:00+03:00")
    assert found.moment == dt.datetime(2022, 1, 25, 10) and found.utc_offset == dt.timedelta(hours=3)
    (article,) = read_articles([{"text": "بدأت الجلسة الساعة العاشرة", "published": "2022-01-25T10:00+03:00"}])
    assert isinstance(article, Article) and article.utc_offset == dt.timedelta(hours=3)


# -- folders of .txt ------------------------------------------------------------------------------


def test_txt_folder_dates_from_file_names(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "2022-01-25_وفد.txt").write_text("وصل الوفد أمس", encoding="utf-8")
    (folder / "20220301-سوق.txt").write_text("افتتح السوق اليوم", encoding="utf-8")
    (folder / "بلا-تاريخ.txt").write_text("خبر بلا تاريخ", encoding="utf-8")
    first, second, third = read_articles(folder, notice=lambda _: None)
    assert isinstance(first, Article) and first.published == DAY
    assert isinstance(second, Article) and second.published == dt.datetime(2022, 3, 1)
    assert isinstance(third, RowError) and third.field == "published"
    with_default = list(read_articles(folder, published="2020-06-01"))
    assert [a.published for a in with_default] == [DAY, dt.datetime(2022, 3, 1), dt.datetime(2020, 6, 1)]


def test_txt_folder_sidecar_dates_and_titles(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "أ.txt").write_text("انطلق السباق صباح اليوم", encoding="utf-8")
    (folder / "ب.txt").write_text("أغلق الطريق أمس", encoding="utf-8")
    (folder / "published.csv").write_text("file,published,title\nأ.txt,03/05/2021,السباق\nب,2021-05-04,\n",
                                          encoding="utf-8")
    a, b = read_articles(folder)
    assert isinstance(a, Article) and a.published == dt.datetime(2021, 5, 3) and a.title == "السباق"
    assert isinstance(b, Article) and b.published == dt.datetime(2021, 5, 4) and b.title is None


def test_txt_folder_reports_broken_links_and_skipped_files(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "2022-01-25_a.txt").write_text("وصل الوفد أمس", encoding="utf-8")
    (folder / "2022-01-26_b.txt").symlink_to(folder / "gone.txt")
    (folder / "صورة.png").write_bytes(b"\x89PNG")
    notes, note = _notes()
    good, broken = read_articles(folder, notice=note)
    assert isinstance(good, Article)
    assert isinstance(broken, RowError) and broken.field == "file" and "broken link" in broken.message
    assert any("صورة.png" in n for n in notes)


# -- CSV quotes ------------------------------------------------------------------------------


def test_unclosed_csv_quote_is_reported_and_the_rest_read(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text(
        "id,text,published\n"
        'أ,"بدأت الحملة أمس,2022-01-25\n'
        "ب,انتهت الحملة اليوم,2022-01-26\n"
        "ج,أعلنت النتائج الخميس,2022-01-27\n",
        encoding="utf-8",
    )
    results = list(read_articles(path))
    assert isinstance(results[0], RowError) and results[0].field == "csv"
    assert "unclosed quote starting at row 1" in results[0].message
    assert [r.id for r in results[1:]] == ["ب", "ج"] and all(isinstance(r, Article) for r in results[1:])


def test_multiline_quoted_text_is_not_an_unclosed_quote(tmp_path: Path) -> None:
    path = tmp_path / "in.csv"
    path.write_text('id,text,published\nأ,"سطر أول، وسطر\nثان, وثالث",2022-01-25\n', encoding="utf-8")
    (article,) = read_articles(path)
    assert isinstance(article, Article) and "\n" in article.text


class _FakePandasFrame:
    """Just enough of a pandas DataFrame to be one (CI has no pandas): iterating it gives
    column names, which must never be taken for paths."""

    __module__ = "pandas.core.frame"

    def __init__(self, data: dict[str, list[object]]) -> None:
        self.columns = list(data)
        self._rows = list(zip(*data.values()))
        self.iloc = self

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[str]:
        return iter(self.columns)

    def __getitem__(self, window: slice) -> _FakePandasFrame:
        part = _FakePandasFrame({c: [] for c in self.columns})
        part._rows = self._rows[window]
        return part

    def itertuples(self, index: bool = False, name: object = None) -> Iterator[tuple[object, ...]]:
        return iter(self._rows)


def test_a_pandas_like_frame_is_read_as_a_table() -> None:
    frame = _FakePandasFrame({**TABLE, "id": ["أ", float("nan"), "ج"]})
    results = list(read_articles(frame, notice=lambda _: None))
    _check_table_rows(results)
    assert results[1].id == "row-2"
    from timeline.pipeline import build_timeline

    tl = build_timeline(frame, notice=lambda _: None)
    assert tl.stats is not None and (tl.stats.articles_read, tl.stats.articles_used) == (3, 2)


def test_csv_is_read_line_by_line_not_whole(tmp_path: Path) -> None:
    """A large CSV streams: reading it all holds one record at a time, not the file."""
    import csv
    import tracemalloc

    path = tmp_path / "big.csv"
    body = "أعلنت الوزارة أمس افتتاح الجسر الجديد بعد ثلاثة أعوام من العمل. " * 40  # ~2.6 kB a row
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["id", "published", "text"])
        for i in range(3000):
            writer.writerow([f"r{i}", "2024-05-0" + str(1 + i % 9), f"{body}\n{i}"])  # a line break inside
    size = path.stat().st_size
    tracemalloc.start()
    count = sum(1 for item in read_articles(path) if isinstance(item, Article))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert count == 3000
    assert size > 10_000_000 and peak < size / 10, (size, peak)
