"""Reading articles: every bad row is a RowError naming row and field, and the rest goes on."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import polars as pl
import pytest

from timeline import InputError, Prefer, PublishedDateError
from timeline.articles import Article, RowError, parse_published, read_articles
from timeline.errors import ColumnsError

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
        {"id": "", "text": "c", "published": "2022-01-25", "title": 5},
    ])  # fmt: skip
    results = list(read_articles(path))
    assert all(isinstance(r, Article) for r in results)
    assert [(r.id, r.row) for r in results] == [("row-1", 1), ("17", 3), ("row-5", 5)]
    second = results[1]
    assert isinstance(second, Article)
    assert (second.title, second.url, second.source, second.prefer) == ("T", "http://x", "s", Prefer.FUTURE)
    assert results[2].title is None and results[2].prefer is None  # type: ignore[union-attr]


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
    results = list(read_articles(folder, published="2022-01-25"))
    assert [r.id for r in results] == ["a-first", "b-second", "c-bad"]
    assert isinstance(results[0], Article) and results[0].text == "عام 2011" and results[0].published == DAY
    assert isinstance(results[2], RowError) and (results[2].row, results[2].field) == (3, "encoding")
    with pytest.raises(InputError, match="published"):
        read_articles(folder)


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
