"""The place gazetteer: data checks, clitics, look-alikes, article fields in every format.

Every Arabic sentence here was written for these tests.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import polars as pl
import pytest

from timeline.articles import Article, RowError, read_articles
from timeline.pipeline import iter_articles
from timeline.places import (
    KINDS,
    canonical_place,
    find_places,
    load_gazetteer,
    pick_place,
)

ROOT = Path(__file__).resolve().parents[1]


def names(text: str) -> list[str]:
    return [m.place.name for m in find_places(text)]


def test_gazetteer_is_data_loaded_once_with_known_kinds() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer is load_gazetteer()
    places = set(gazetteer.forms.values())
    assert {p.kind for p in places} == set(KINDS)
    by_name = {p.name: p.kind for p in places}
    for name, kind in (("دمشق", "city"), ("مصر", "country"), ("الضفة الغربية", "region"),
                       ("الكويت", "country"), ("عمان", "city"), ("سلطنة عمان", "country")):
        assert by_name[name] == kind
    with pytest.raises(TypeError):
        gazetteer.forms["x"] = next(iter(places))  # type: ignore[index]


@pytest.mark.parametrize("text, place, written", [
    ("وفي دمشق افتتح معرض للكتاب", "دمشق", "دمشق"),
    ("عقد المؤتمر بالقاهرة", "القاهرة", "القاهرة"),
    ("عاد الوفد لبيروت مساء", "بيروت", "بيروت"),
    ("وصلت المساعدات للقاهرة", "القاهرة", "لقاهرة"),
    ("فالرياض تستضيف القمة", "الرياض", "الرياض"),
    ("وبغزة انقطعت الكهرباء", "غزة", "غزة"),
    ("ولإسطنبول رحلات يومية", "إسطنبول", "إسطنبول"),
    ("زار رئيسُ البلدية دير الزور", "دير الزور", "دير الزور"),
    ("أُعلن في أبو ظبي", "أبوظبي", "أبو ظبي"),
    ("تتجه السفن إلى مكة المكرمة", "مكة المكرمة", "مكة المكرمة"),
    ("قالت الولايات المتحدة الأمريكية", "الولايات المتحدة", "الولايات المتحدة الأمريكية"),
    ("هبطت الطائرة في طهـــران", "طهران", "طهـــران"),
    ("وصل الفريق إلى حَلَبَ", "حلب", "حَلَبَ"),
])
def test_places_are_found_after_clitics_with_exact_offsets(text: str, place: str, written: str) -> None:
    (mention,) = find_places(text)
    assert mention.place.name == place
    assert mention.text == written == text[mention.start:mention.end]


def test_locative_mentions() -> None:
    first, second, third = find_places("غادر الوزير بيروت في طريقه إلى حلب وبات ليلته بالموصل")
    assert (first.locative, second.locative, third.locative) == (False, False, True)
    (fi,) = find_places("وفي حمص جرى الاحتفال")
    assert fi.locative


@pytest.mark.parametrize("text", [
    "قال الدمشقي إن الموسم جيد",             # an adjective, not the city
    "أودع المبلغ في مصرف محلي",               # مصر inside a word
    "تدمر الفيضانات المحاصيل كل عام",          # a verb, left out of the gazetteer
    "عاد إلى مسقط رأسه بعد غياب",              # birthplace, not Muscat
    "تأخر الإفطار حتى صلاة المغرب",            # the sunset prayer, not Morocco
    "انتشرت صور الحريق على الشبكة",            # pictures, not Tyre
    "يعمل مزارعو الساحل منذ الفجر",            # the coast, not a gazetteer place
    "سقط المطر على الحلبة",                   # حلب inside a word
    "عبرت الناقلة قناة السويس نحو الشمال",      # the canal, not the city of Suez
    "انتقل الجناح إلى باريس سان جيرمان أمس",     # the club, not Paris
    "خسر ريال مدريد مباراته الودية",            # the club, not Madrid
    "وقع المدافع لأتلتيكو مدريد مقابل عشرة ملايين",  # the club after a clitic
])
def test_look_alikes_are_not_places(text: str) -> None:
    assert find_places(text) == []


def test_the_city_a_club_is_named_after_is_still_the_city_alone() -> None:
    assert names("هبطت الطائرة في باريس مساء أمس") == ["باريس"]
    assert names("وصل وفد النادي إلى مدريد قبل مباراة ريال مدريد") == ["مدريد"]


def test_longest_form_wins_and_both_spellings_of_amman_oman() -> None:
    assert names("تعاون بين أمريكا اللاتينية والشرق الأوسط") == ["أمريكا اللاتينية", "الشرق الأوسط"]
    assert names("زار وفد سلطنة عمان") == ["سلطنة عمان"]
    assert names("وصل الوفد إلى عمّان") == ["عمان"]


def test_pick_place_prefers_a_locative_mention_in_the_span() -> None:
    text = "انطلق القطار من حلب إلى حماة. وفي حمص توقف ساعة."
    mentions = find_places(text)
    cut = text.index(".") + 1
    assert pick_place(mentions, 0, cut) == "حلب"
    assert pick_place(mentions, cut, len(text)) == "حمص"
    assert pick_place(mentions, 0, len(text)) == "حمص"
    assert pick_place([], 0, len(text)) is None


def test_canonical_place_of_an_article_field() -> None:
    assert canonical_place(" القاهره ") == "القاهرة"
    assert canonical_place("اسطنبول") == "إسطنبول"
    assert canonical_place("قرية الصفصاف") == "قرية الصفصاف"
    assert canonical_place("   ") is None and canonical_place(None) is None


def test_the_fictional_example_towns_stay_out_of_the_gazetteer() -> None:
    for line in (ROOT / "examples" / "articles.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        assert find_places(record["title"] + "\n" + record["text"]) == []


def test_matching_is_fast() -> None:
    """A guard against a backtracking gazetteer regex (CPU time, so a busy machine cannot fail it)."""
    text = "اجتمع مزارعو القرية في الساحة العامة وناقشوا موسم الحصاد. " * 2000 + "ثم سافروا إلى بغداد."
    load_gazetteer()
    began = time.process_time()
    assert names(text) == ["بغداد"]
    assert time.process_time() - began < 1.0  # about 0.02 s: one compiled regex


# -- the article field in every format ---------------------------------------------------------

def test_place_field_in_jsonl_with_a_row_error_for_non_strings(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    rows = [
        {"id": "j-1", "text": "نص", "published": "2024-05-14", "place": " جنين "},
        {"id": "j-2", "text": "نص", "published": "2024-05-14", "place": ["جنين"]},
        {"id": "j-3", "text": "نص", "published": "2024-05-14", "place": ""},
        {"id": "j-4", "text": "نص", "published": "2024-05-14"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    first, second, third, fourth = read_articles(path)
    assert isinstance(first, Article) and first.place == "جنين"
    assert isinstance(second, RowError) and second.field == "place" and "an array" in second.message
    assert isinstance(third, Article) and third.place is None
    assert isinstance(fourth, Article) and fourth.place is None


def test_place_field_in_csv(tmp_path: Path) -> None:
    path = tmp_path / "a.csv"
    path.write_text("id,text,published,place\nc-1,نص,2024-05-14,نابلس\nc-2,نص,2024-05-14,\n", encoding="utf-8")
    first, second = read_articles(path)
    assert isinstance(first, Article) and first.place == "نابلس"
    assert isinstance(second, Article) and second.place is None


def test_place_field_in_parquet_and_a_non_string_column(tmp_path: Path) -> None:
    path = tmp_path / "a.parquet"
    pl.DataFrame({"id": ["p-1", "p-2"], "text": ["نص", "نص"], "published": ["2024-05-14"] * 2,
                  "place": ["صيدا", None]}).write_parquet(path)
    first, second = read_articles(path)
    assert isinstance(first, Article) and first.place == "صيدا"
    assert isinstance(second, Article) and second.place is None
    numbers = tmp_path / "n.parquet"
    pl.DataFrame({"id": ["p-3"], "text": ["نص"], "published": ["2024-05-14"], "place": [3]}).write_parquet(numbers)
    (error,) = read_articles(numbers)
    assert isinstance(error, RowError) and error.field == "place" and "a number" in error.message


def test_place_column_of_a_polars_frame_input() -> None:
    frame = pl.DataFrame({"id": ["f-1"], "text": ["نص"], "published": ["2024-05-14"], "place": [" إربد "]})
    (article,) = iter_articles(frame)
    assert isinstance(article, Article) and article.place == "إربد"
    bad = pl.DataFrame({"id": ["f-2"], "text": ["نص"], "published": ["2024-05-14"], "place": [1.5]})
    (error,) = iter_articles(bad)
    assert isinstance(error, RowError) and error.field == "place"


def test_the_country_a_place_lies_in() -> None:
    from timeline.places import country_of
    assert country_of("أبها") == country_of("عسير") == country_of("السعودية") == "السعودية"
    assert country_of("الدوحة") == "قطر" and country_of("ماليزيا") == "ماليزيا"
    # a name two countries share, a region wider than one, an unknown town: none
    assert country_of("طرابلس") is None and country_of("أوروبا") is None and country_of("الكرز") is None


def test_turkish_towns_in_their_wire_spellings_and_provinces_as_regions() -> None:
    # one town spelled as outlets spell it; a province named with its town is a region, not a
    # second town (a town's report and its province's report do not disagree on the town)
    assert names("قتل شرطي في هجوم على سيارة مصفحة في بلدة سيزر") == ["جزرة"]
    assert names("واندلعت اشتباكات في منطقة جزرة التابعة لولاية شرناق") == ["جزرة", "شرناق"]
    assert names("وانفجرت عبوة في مدينة ميديات بمحافظة ماردين") == ["مديات", "ماردين"]
    kinds = {p.name: p.kind for p in load_gazetteer().forms.values()}
    assert kinds["مديات"] == "city" and kinds["ماردين"] == "region" and kinds["شرناق"] == "region"
    assert names("ويقال إن سياسة العصا والجزرة لم تعد تجدي.") == []


def test_the_stick_and_the_carrot_is_no_town() -> None:
    # "جزرة" is also a carrot: the idiom names no place; the town keeps its name elsewhere
    assert [m.text for m in find_places("ولوّح الوزير بسياسة عصا وجزرة مع النقابات.")] == []
    assert [m.text for m in find_places("وسقط قتيلان في بلدة جزرة الحدودية.")] == ["جزرة"]
