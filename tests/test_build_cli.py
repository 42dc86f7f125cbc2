"""``timeline build`` and ``build_timeline``: outputs, summary, and no row lost silently."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import polars as pl
import pytest

from timeline.articles import Article
from timeline.cli import main
from timeline.frame import EVENT_SCHEMA
from timeline.pipeline import Stage, build_timeline, count_articles

ROOT = Path(__file__).resolve().parents[1]

GOOD = [
    {"id": "tin-1", "source": "نشرة السهل", "published": "2024-05-14T08:00", "url": "https://sahl.example/1",
     "title": "حريق في سوق التين",
     "text": "اندلع حريق في سوق التين مساء أمس، وأعلن الدفاع المدني إخماده صباح اليوم."},
    {"id": "tin-2", "source": "صدى الجبل", "published": "2024-05-14T11:00",
     "text": "أخمد الدفاع المدني صباح اليوم حريقاً اندلع مساء أمس في سوق التين."},
    {"id": "tin-3", "source": "الراصد", "published": "2024-05-15", "text": ""},
]


def write_jsonl(path: Path, good: list[dict], bad_lines: list[str]) -> Path:
    lines = [json.dumps(row, ensure_ascii=False) for row in good] + bad_lines
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def messy(tmp_path: Path) -> Path:
    """3 usable rows (one with empty text) and 3 bad ones: broken JSON, no date, text not a string."""
    return write_jsonl(tmp_path / "messy.jsonl", GOOD, [
        '{"id": "broken", "text": "نص مقطوع',
        '{"id": "nodate", "text": "وصل الوفد أمس."}',
        '{"id": "numtext", "text": 42, "published": "2024-05-14"}',
    ])


def test_bad_rows_are_counted_reported_and_the_rest_is_built(messy: Path, tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    status = main(["build", str(messy), "-o", str(out / "t.html"), "--events", str(out / "e.parquet"),
                   "--timelinejs", str(out / "tl.json")])
    err = capsys.readouterr().err
    assert status == 2
    assert "row 4, field 'json'" in err
    assert "row 5 (id 'nodate'), field 'published': missing" in err
    assert "row 6 (id 'numtext'), field 'text'" in err
    assert "articles: 6 read, 3 used, 3 rejected" in err
    assert "wrote: " in err and str(out / "t.html") in err
    assert (out / "t.html").stat().st_size > 1_000_000
    assert pl.read_parquet(out / "e.parquet").schema == EVENT_SCHEMA
    assert "events" in json.loads((out / "tl.json").read_text(encoding="utf-8"))


def test_stats_add_up_and_keep_every_error(messy: Path) -> None:
    stats = build_timeline(messy).stats
    assert stats is not None
    assert (stats.articles_read, stats.articles_used, stats.articles_rejected) == (6, 3, 3)
    assert stats.articles_read == stats.articles_used + stats.articles_rejected
    assert [(e.row, e.field) for e in stats.errors] == [(4, "json"), (5, "published"), (6, "text")]
    assert stats.articles_without_events >= 1  # the empty text is used, and has no event


def test_clean_input_exits_zero_and_quiet_prints_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "clean.jsonl", GOOD[:2], [])
    status = main(["build", str(path), "-o", str(tmp_path / "t.html"), "--quiet", "--cdn",
                   "--lanes", "none", "--rtl", "--events", str(tmp_path / "e.csv")])
    assert status == 0
    assert capsys.readouterr().err == ""
    page = (tmp_path / "t.html").read_text(encoding="utf-8")
    assert len(page) < 300_000 and "https://cdn.plot.ly" in page
    from timeline.page import decode_block

    data = decode_block(page)
    assert data["rtl"] is True and data["lanes"] == "none"
    assert (tmp_path / "e.csv").read_text(encoding="utf-8-sig").startswith(
        "event_id,start,end,start_date,last_day,date_label,grain")


def test_timelinejs_page_from_either_option(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "clean.jsonl", GOOD[:2], [])
    assert main(["build", str(path), "-o", str(tmp_path / "t.html"), "-q", "--cdn",
                 "--timelinejs", str(tmp_path / "tl.html"), "--timelinejs-html", str(tmp_path / "tl2.html")]) == 0
    for name in ("tl.html", "tl2.html"):
        page = (tmp_path / name).read_text(encoding="utf-8")
        assert "TL.Timeline" in page and 'dir="rtl"' in page
    assert main(["build", str(path), "-o", str(tmp_path / "t.html"), "-q", "--cdn",
                 "--timelinejs-html", str(tmp_path / "tl.json")]) == 1


def test_unusable_input_or_output_exits_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "t.html")]) == 1
    assert "no such file" in capsys.readouterr().err
    good = write_jsonl(tmp_path / "a.jsonl", GOOD[:1], [])
    assert main(["build", str(good), "-o", str(tmp_path / "t.html"), "--events", str(tmp_path / "e.xlsx")]) == 1
    assert "--events" in capsys.readouterr().err
    assert main(["build", str(good), "-o", str(tmp_path / "nowhere" / "t.html"), "-q"]) == 1
    assert "cannot write" in capsys.readouterr().err


def test_text_folder_needs_published(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "txt"
    folder.mkdir()
    (folder / "zaytoun.txt").write_text("قطف المزارعون الزيتون في تل الكروم يوم السبت.", encoding="utf-8")
    assert main(["build", str(folder), "-o", str(tmp_path / "t.html"), "-q"]) == 1
    assert "published" in capsys.readouterr().err
    assert main(["build", str(folder), "-o", str(tmp_path / "t.html"), "-q", "--published", "2024-10-21"]) == 0


def test_duplicate_ids_across_files_are_rejected(tmp_path: Path) -> None:
    first = write_jsonl(tmp_path / "one.jsonl", GOOD[:1], [])
    second = write_jsonl(tmp_path / "two.jsonl", GOOD[:1], [])
    stats = build_timeline([first, second]).stats
    assert stats is not None
    assert (stats.articles_read, stats.articles_used, stats.articles_rejected) == (2, 1, 1)
    assert stats.errors[0].field == "id" and str(second) == stats.errors[0].path


def test_frame_and_article_inputs(tmp_path: Path) -> None:
    frame = pl.DataFrame({"id": ["a", "b"], "text": ["وصل الوفد أمس.", "غادر الوفد اليوم."],
                          "published": ["2024-05-14", None], "source": ["س", "ص"]})
    stats = build_timeline(frame).stats
    assert stats is not None and stats.articles_rejected == 1 and stats.errors[0].field == "published"
    article = Article("c", "وصل الوفد أمس.", dt.datetime(2024, 5, 14), 1, source="س")
    assert build_timeline([article]).stats.articles_used == 1  # type: ignore[union-attr]


def test_a_tagger_crash_costs_only_its_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import timeline.events

    real = timeline.events.tag_counted  # the batch path's tagger (a piece's writer's day with it)

    def fragile(text: str, published: object, **kwargs: object) -> tuple[list, int]:
        if "حريق" in text:
            raise RuntimeError("boom")
        return real(text, published, **kwargs)

    monkeypatch.setattr(timeline.events, "tag_counted", fragile)
    path = write_jsonl(tmp_path / "a.jsonl", GOOD, [])
    stats = build_timeline(path).stats
    assert stats is not None
    assert (stats.articles_read, stats.articles_used, stats.articles_rejected) == (3, 1, 2)
    assert {e.id for e in stats.errors} == {"tin-1", "tin-2"}
    assert all("boom" in e.message for e in stats.errors)


def test_real_tagger_build_merges_the_two_fire_reports(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", GOOD, [])
    timeline = build_timeline(path)
    events = timeline.events
    assert events.height >= 3
    fire = events.filter(pl.col("start").dt.date() == dt.date(2024, 5, 13))
    assert set(fire["article_id"]) == {"tin-1", "tin-2"}
    assert fire["cluster"].n_unique() == 1 and fire["n_sources"].to_list() == [2, 2]


def test_inherit_flag_dates_clauses_without_their_own_expression(tmp_path: Path) -> None:
    article = {"id": "kurum-1", "source": "نشرة السهل", "published": "2024-09-03",
               "text": "اندلع حريق في بساتين تل الكروم مساء أمس. والتهمت النيران عشرات الأشجار في البساتين."}
    path = write_jsonl(tmp_path / "a.jsonl", [article], [])
    # off by default (--no-inherit too): the told dates only
    for k, (flag, expected) in enumerate((([], [False]), (["--inherit"], [False, True]),
                                          (["--no-inherit"], [False]))):
        out = tmp_path / f"e{k}.csv"
        assert main(["build", str(path), "-o", str(tmp_path / "t.html"), "-q", "--events", str(out), *flag]) == 0
        events = pl.read_csv(out, try_parse_dates=True).sort("clause_start")
        assert events["inherited"].to_list() == expected
        if len(expected) == 2:  # the day of the evening the fire broke out
            assert events["start"].dt.date().to_list() == [dt.date(2024, 9, 2)] * 2
            assert events["grain"].to_list() == ["part_of_day", "day"]


def test_progress_is_told_about_every_row_and_every_later_stage(messy: Path) -> None:
    done: list[int] = []
    stages: list[Stage] = []
    build_timeline(messy, progress=done.append, stage=stages.append)
    assert sum(done) == 6 == count_articles(messy)
    assert len(stages) == 1 and "merging" in stages[0].note
    assert stages[0].events > 0 and stages[0].seconds is None  # one batch: no pace to estimate from
    build_timeline(messy, progress=done.append, stage=stages.append, batch_size=2, jobs=1)
    assert sum(done) == 12 and stages[1].events == stages[0].events
    assert stages[1].seconds is not None and stages[1].seconds > 0


def test_row_counts_for_a_progress_total(tmp_path: Path) -> None:
    frame = pl.DataFrame(GOOD)
    frame.write_parquet(tmp_path / "a.parquet")
    frame.write_csv(tmp_path / "a.csv")
    folder = tmp_path / "texts"
    folder.mkdir()
    for n in range(4):
        (folder / f"{n}.txt").write_text("وصل الوفد أمس.", encoding="utf-8")
    assert count_articles(tmp_path / "a.parquet") == 3
    assert count_articles(tmp_path / "a.csv") == 3
    assert count_articles([tmp_path / "a.csv", folder]) == 7
    assert count_articles(frame) == 3
    assert count_articles(tmp_path / "missing.jsonl") is None
    assert count_articles(iter([])) is None


def test_lanes_by_place_on_the_bundled_examples(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["build", str(ROOT / "examples" / "articles.jsonl"), "-o", str(tmp_path / "t.html"),
                   "--lanes", "place", "--events", str(tmp_path / "e.parquet")])
    assert status == 0, capsys.readouterr().err
    events = pl.read_parquet(tmp_path / "e.parquet")
    assert events.schema == EVENT_SCHEMA
    # the fictional towns come from the articles' place field; round-ups have none
    assert set(events["place"].drop_nulls()) == {"تل الزيتون", "رأس الغدير", "سوق الخميس"}
    assert events["place"].null_count() > 0
    lanes = build_timeline(ROOT / "examples" / "articles.jsonl", lanes="place").figure.layout.yaxis.ticktext
    assert {"تل الزيتون", "رأس الغدير", "سوق الخميس"} <= set(lanes)


def test_place_from_text_and_field_and_a_bad_place_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [
        {"id": "q-1", "source": "نشرة السهل", "published": "2024-05-14",
         "text": "اندلع حريق في سوق قديم بدمشق مساء أمس."},
        {"id": "q-2", "source": "صدى الجبل", "published": "2024-05-14", "place": "قرية الصفصاف",
         "text": "افتتحت البلدية مكتبة عامة صباح اليوم."},
    ]
    path = write_jsonl(tmp_path / "p.jsonl", rows,
                       ['{"id": "q-3", "text": "وصل الوفد أمس.", "published": "2024-05-14", "place": 7}'])
    status = main(["build", str(path), "-o", str(tmp_path / "t.html"), "--lanes", "place",
                   "--events", str(tmp_path / "e.csv")])
    assert status == 2
    assert "row 3 (id 'q-3'), field 'place': expected a string, got a number" in capsys.readouterr().err
    events = pl.read_csv(tmp_path / "e.csv")
    assert dict(zip(events["article_id"], events["place"])) == {"q-1": "دمشق", "q-2": "قرية الصفصاف"}


def test_outlet_names_and_month_family_reach_the_page(tmp_path: Path) -> None:
    from timeline.page import decode_block

    names = tmp_path / "outlets.yaml"
    names.write_text("sahil: صحيفة الساحل\nal-mirsad: المرصاد\n", encoding="utf-8")
    out = tmp_path / "t.html"
    assert main(["build", str(ROOT / "examples" / "articles.jsonl"), "-o", str(out), "-q", "--cdn",
                 "--outlet-names", str(names), "--months", "maghrebi"]) == 0
    data = decode_block(out.read_text(encoding="utf-8"))
    assert {"صحيفة الساحل", "المرصاد", "nahar-alwadi"} <= set(data["outlets"]) and "sahil" not in data["outlets"]
    assert data["family"] == "maghrebi" and data["months"][0] == "جانفي"
    names.write_text("- not a mapping\n", encoding="utf-8")
    assert main(["build", str(ROOT / "examples" / "articles.jsonl"), "-o", str(out), "-q",
                 "--outlet-names", str(names)]) == 1


def test_the_program_leaves_its_objects_to_the_system(tmp_path: Path) -> None:
    """Run as the program (no argv), the command line collects less often and freezes what
    it made out of the garbage collector before the interpreter's exit walks it; called with
    arguments (a test, a notebook) it leaves the collector alone."""
    import subprocess
    import sys

    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "a", "published": "2015-08-03", "text": "وصل الوفد أمس إلى المدينة."},
                                 ensure_ascii=False) + "\n", "utf-8")
    probe = ("import gc, sys\nfrom timeline.cli import main\n"
             "argv = ['build', sys.argv[1], '-o', sys.argv[2], '-j', '1', '-q']\n"
             "called = main(argv), gc.get_freeze_count(), gc.get_threshold()[0]\n"
             "sys.argv = ['timeline', *argv]\n"
             "print(*called, main(), gc.get_freeze_count() > 0, gc.get_threshold()[0])")
    out = subprocess.run([sys.executable, "-c", probe, str(source), str(tmp_path / "t.html")], capture_output=True,
                         text=True, check=True, timeout=300)
    assert out.stdout.split() == ["0", "0", "700", "0", "True", "10000"]
