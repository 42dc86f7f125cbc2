"""An article tells one thread under its title: its entries whose clauses repeat the title's
words are one story, however far apart their days; a digest's items, which do not repeat
its title, and other news of the same day in the same town stay apart; a title labels one
story only (Arabic written for these tests; وادي الريحان is invented)."""

from __future__ import annotations

import polars as pl
import pytest

from timeline import stories
from timeline.pipeline import build_timeline

FLOOD = {
    "id": "f-1", "source": "صحيفة السهل", "published": "2024-03-12T08:00",
    "title": "فيضانات وادي الريحان تغمر الأحياء وتشرد مئات الأسر",
    "text": "غمرت الفيضانات أمس أحياء وادي الريحان بعد أمطار غزيرة استمرت ساعات. "
            "وأعلن الدفاع المدني صباح اليوم إجلاء مئات الأسر من الأحياء المنخفضة في الوادي. "
            "وكان وادي الريحان قد شهد فيضانات مماثلة في عام 2009 أودت بحياة عشرة أشخاص. "
            "وقال المحافظ إن فرق الإغاثة ستوزع الخيام على الأسر يوم الخميس المقبل. "
            "وفي سياق آخر افتتح وزير الزراعة أمس سوق التمور الجديد في العاصمة.",
}
POEMS = {
    "id": "p-1", "source": "صحيفة السهل", "published": "2024-03-12T08:00",
    "title": "أمسية شعرية في نادي الريحان الأدبي",
    "text": "أقام نادي الريحان الأدبي أمس أمسية شعرية شارك فيها ثلاثة شعراء من الشباب.",
}
DIGEST = {
    "id": "d-1", "source": "نشرة الساحل", "published": "2024-03-12T08:00",
    "title": "موجز المحليات",
    "text": "افتتحت بلدية الميناء أمس حديقة عامة على الكورنيش. "
            "وفاز فريق النخيل أمس على ضيفه فريق الجبل بهدفين دون رد. "
            "ويبدأ معرض الكتب المستعملة يوم الأحد المقبل في قاعة البلدية.",
}


@pytest.fixture
def few_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Word links scarce, as in a story-sized batch (a few hundred entries about one war),
    where the title's words are in most entries and link nothing."""
    monkeypatch.setattr(stories, "TELLING_WORDS", 1)
    monkeypatch.setattr(stories, "SHARED_WORDS", 0)


def test_an_articles_entries_that_repeat_its_title_are_one_story(few_words: None,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    events = build_timeline(pl.DataFrame([FLOOD, POEMS])).events
    flood = events.filter(pl.col("article_id") == "f-1")
    on_thread = flood.filter(~pl.col("clause").str.contains("التمور"))
    # the flood, the evacuation, the flood of 2009 and the tents to come: four entries, one story
    assert on_thread["cluster"].n_unique() == 4 and on_thread["start"].dt.year().n_unique() == 2
    assert on_thread["story"].n_unique() == 1
    # the aside on the date market repeats nothing of the title, the poetry evening is other
    # news of the same day in the same valley: each its own story
    market = flood.filter(pl.col("clause").str.contains("التمور"))["story"].unique().to_list()
    poems = events.filter(pl.col("article_id") == "p-1")["story"].unique().to_list()
    assert len({on_thread["story"][0], *market, *poems}) == 3
    # without the article's thread the flood falls apart
    monkeypatch.setattr(stories, "_threads", lambda entries, features: pl.DataFrame(
        schema={"cluster": pl.Int64, "cluster_b": pl.Int64, "article": pl.Int64}))
    apart = build_timeline(pl.DataFrame([FLOOD, POEMS])).events.filter(
        pl.col("article_id") == "f-1", ~pl.col("clause").str.contains("التمور"))
    assert apart["story"].n_unique() > 1


def test_a_digests_items_stay_apart(few_words: None) -> None:
    events = build_timeline(pl.DataFrame([DIGEST])).events
    assert events["cluster"].n_unique() == 3 and events["story"].n_unique() == 3


def test_a_title_labels_one_story_the_others_their_clause(few_words: None) -> None:
    events = build_timeline(pl.DataFrame([FLOOD, POEMS, DIGEST])).events
    labels = events.select("story", "story_label").unique("story")
    assert labels["story_label"].n_unique() == labels.height
    assert not labels["story_label"].str.contains(r"\(\d+\)$").any()  # no numbered copies
    label_of = dict(zip(events["clause"], events["story_label"]))
    assert label_of[next(c for c in label_of if "غمرت" in c)] == FLOOD["title"]
    # the aside is labelled by its own clause, cut at a word before 60 characters; of the
    # digest's items one takes the title, the others their clauses
    assert label_of[next(c for c in label_of if "التمور" in c)] == "وفي سياق آخر افتتح وزير الزراعة أمس سوق التمور الجديد في…"
    items = {label for clause, label in label_of.items() if clause.startswith(("افتتحت بلدية", "وفاز فريق", "ويبدأ معرض"))}
    assert len(items) == 3 and DIGEST["title"] in items
    assert label_of[next(c for c in label_of if "فريق النخيل" in c)] == "وفاز فريق النخيل أمس على ضيفه فريق الجبل بهدفين دون رد."
