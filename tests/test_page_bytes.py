"""The page a build writes (:meth:`Timeline.write_html`, :func:`timeline.page.write_page`) is
the very bytes of :meth:`Timeline.to_html`, made without the page as one string."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from timeline import page
from timeline.articles import Article
from timeline.pipeline import build_timeline

_TEXTS = (
    "وصل الوفد أمس الأحد 2 آب 2015 إلى المدينة بعد ثلاثة أيام من المحادثات.",
    "وقال المتحدث إن الاجتماع سيعقد الخميس المقبل في مقر الجامعة.",
)


def _timeline():  # type: ignore[no-untyped-def]
    articles = [Article(f"a{i}", text, dt.datetime(2015, 8, 3, 9), row=i + 1, source=f"s{i}")
                for i, text in enumerate(_TEXTS)]
    return build_timeline(articles, jobs=1)


@pytest.mark.parametrize("plotly", [True, "cdn"])
def test_written_page_is_the_string_page_in_utf8(tmp_path: Path, plotly: bool | str) -> None:
    timeline = _timeline()
    title = "خط <زمني> & \"الوفد\""
    made = timeline.to_html(include_plotlyjs=plotly, title=title)
    target = tmp_path / "page.html"
    timeline.write_html(target, include_plotlyjs=plotly, title=title)
    assert target.read_bytes() == made.encode("utf-8")
    assert not list(tmp_path.glob(".*.part"))  # the temporary file is renamed onto the target


def test_write_page_never_decodes_plotlyjs() -> None:
    data = page.page_data(_timeline().events)
    page._plotlyjs.cache_clear()
    out = io.BytesIO()
    page.write_page(data, out)
    assert page._plotlyjs.cache_info().currsize == 0  # the file's bytes, as read
    assert out.getvalue() == page.timeline_page(data).encode("utf-8")
    assert page._plotlyjs_bytes() in out.getvalue()


def test_a_bad_plotly_option_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    with pytest.raises(ValueError, match="include_plotlyjs"):
        _timeline().write_html(target, include_plotlyjs="directory")
    assert not target.exists() and not list(tmp_path.iterdir())
