"""A word too common in its month to link there still links a story's burst of reports
(a few days holding most of its entries); a word spread over the month does not (Arabic
written for these tests; the town of الزيزفون is invented). The month's cap is lowered so
that a dozen articles make a crowded month."""

from __future__ import annotations

import polars as pl
import pytest

import timeline.stories as stories
from timeline.pipeline import build_timeline

# one bombing, its aftermath told over two days: different happenings, one story
BURST = [
    ("2024-05-10", "فجر انتحاري نفسه أمس في مسجد قوات الطوارئ في الزيزفون"),
    ("2024-05-10", "زار المحافظ أمس مصابي تفجير مسجد قوات الطوارئ في الزيزفون"),
    ("2024-05-11", "شيع الأهالي أمس شهداء تفجير مسجد قوات الطوارئ في الزيزفون"),
    ("2024-05-11", "اعتقلت الشرطة أمس مشتبها به في تفجير مسجد قوات الطوارئ في الزيزفون"),
    ("2024-05-11", "أدانت الجامعة العربية أمس تفجير مسجد قوات الطوارئ في الزيزفون"),
]
# two topics told over the whole month in the same words: prices of gold and of iron
SPREAD = [(f"2024-05-{day:02d}", f"ارتفعت أمس أسعار {metal} في سوق المدينة الكبير بعد تراجع الطلب")
          for day, metal in [(3, "الذهب"), (7, "الحديد"), (11, "الذهب"), (15, "الحديد"), (19, "الذهب"),
                             (23, "الحديد"), (27, "الذهب")]]


def _stories(told: list[tuple[str, str]]) -> list[int]:
    """Each article's story, in the order given (one article a line)."""
    articles = [{"id": f"a-{i}", "source": f"مصدر {i}", "published": f"{day}T09:00", "text": text}
                for i, (day, text) in enumerate(told)]
    events = build_timeline(pl.DataFrame(articles)).events
    story = dict(zip(events["article_id"], events["story"]))
    return [story[f"a-{i}"] for i in range(len(told))]


@pytest.fixture
def crowded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stories, "_MAX_POSTINGS", 3)


def test_a_story_burst_of_reports_gathers_though_its_words_crowd_the_month(crowded: None,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    assert len(set(_stories(BURST))) == 1
    # without the burst, the crowded words link nothing: the reports stay apart
    monkeypatch.setattr(stories, "BURST_SHARE", 1.01)
    assert len(set(_stories(BURST))) > 1


def test_two_topics_sharing_words_over_the_month_stay_apart(crowded: None, monkeypatch: pytest.MonkeyPatch) -> None:
    story = _stories(SPREAD)
    assert story[0] != story[1] and len(set(story)) == len(story)  # gold and iron, week after week
    # the words alone would tie them, were they not in so many entries of the month
    monkeypatch.setattr(stories, "_MAX_POSTINGS", 30)
    assert len(set(_stories(SPREAD))) == 1


# the aftermath of one bombing in four reports: each names the mosque, the force and the
# town, and pairs of reports share a rarer word (the governor, the hospital's name, the
# suspect's village); a report from another town shares none of the story's words
AFTERMATH = [
    ("2024-05-10", "زار المحافظ سالم الوردي أمس مصابي تفجير مسجد قوات الطوارئ في الزيزفون"),
    ("2024-05-10", "قال المحافظ سالم الوردي أمس إن ضحايا تفجير مسجد قوات الطوارئ في الزيزفون ثلاثون"),
    ("2024-05-11", "اعتقلت الشرطة أمس في قرية البلوط مشتبها به في تفجير مسجد قوات الطوارئ في الزيزفون"),
    ("2024-05-11", "نقل المشتبه به من قرية البلوط أمس إلى سجن العاصمة بعد تفجير مسجد قوات الطوارئ في الزيزفون"),
    ("2024-05-11", "افتتحت جمعية المزارعين أمس مهرجان قطاف المشمش في بلدة الكرز"),
]


def test_the_words_a_story_tells_again_and_again_link_its_reports(monkeypatch: pytest.MonkeyPatch) -> None:
    # an entry's rarest words are each told by two reports: they pair the reports off
    monkeypatch.setattr(stories, "TELLING_WORDS", 2)
    story = _stories(AFTERMATH)
    assert len(set(story[:4])) == 1 and story[4] != story[0]
    # by rarity alone, the story's own words are not among the words that link
    monkeypatch.setattr(stories, "SHARED_WORDS", 0)
    assert len(set(_stories(AFTERMATH)[:4])) > 1
