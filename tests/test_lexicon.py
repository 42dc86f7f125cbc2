"""Generated morphology: each word is written once in lang/ar/*.yaml and timeline/lexicon.py
derives its inflected forms. The derived tables keep every form the word lists used to
spell out by hand, and the new forms are found in sentences without false alarms."""

from __future__ import annotations

import datetime as dt

import pytest

from timeline import tag
from timeline.lexicon import (
    DayPart, Holiday, MonthName, accusative, after_lam, construct, feminine, future_genders, load_lexicon, oblique,
    plural_feminine, possessed, same, trie_regex,
)

PUB = dt.datetime(2023, 5, 10, 9, 0)  # a Wednesday
LEX = load_lexicon()

HAND_LISTED = {  # table → meaning → the forms main's YAML listed by hand (folded)
    'months': {
        'gregorian 1': 'كانون الثاني|كانون ثاني|كانون 2|كانون2|يناير|جانفي|جانفييه',
        'gregorian 2': 'شباط|فبراير|فيفري|فبرير',
        'gregorian 3': 'اذار',
        'gregorian 4': 'نيسان|ابريل|افريل',
        'gregorian 5': 'ايار|مايو|مايس',
        'gregorian 6': 'حزيران|يونيو|يونيه',  # جوان is also a name: in context only (as مارس)
        'gregorian 7': 'تموز|يوليو|يوليه|جويليه|جويله|يوليوز',
        'gregorian 9': 'ايلول|سبتمبر|شتنبر|سپتمبر',
        'gregorian 10': 'تشرين الاول|تشرين اول|تشرين 1|تشرين1|اكتوبر',
        'gregorian 11': 'تشرين الثاني|تشرين ثاني|تشرين 2|تشرين2|نوفمبر|نونبر',
        'gregorian 12': 'كانون الاول|كانون اول|كانون 1|كانون1|ديسمبر|دجنبر',
        'gregorian 8': 'اغسطس|اوت|غشت|اب/اغسطس',
        'hijri 3': 'ربيع الاول|ربيع اول',
        'hijri 4': 'ربيع الاخر|ربيع الثاني|ربيع ثاني',
        'hijri 5': 'جمادي الاولي|جمادي الاول|جمادي اولي',
        'hijri 6': 'جمادي الاخره|جمادي الثانيه|جمادي الاخر|جمادي الثاني',
        'hijri 9': 'رمضان',
        'hijri 10': 'شوال',
        'hijri 11': 'ذو القعده|ذي القعده|ذا القعده',
        'hijri 12': 'ذو الحجه|ذي الحجه|ذا الحجه',
    },
    'months_in_context': {
        'gregorian 1': 'كانون الثاني|كانون ثاني|كانون 2|كانون2|يناير|جانفي|جانفييه',
        'gregorian 2': 'شباط|فبراير|فيفري|فبرير',
        'gregorian 3': 'اذار|مارس',
        'gregorian 4': 'نيسان|ابريل|افريل',
        'gregorian 5': 'ايار|مايو|مايس|ماي',
        'gregorian 6': 'حزيران|يونيو|يونيه|جوان',
        'gregorian 7': 'تموز|يوليو|يوليه|جويليه|جويله|يوليوز',
        'gregorian 8': 'اب|اغسطس|اوت|غشت|اب/اغسطس',
        'gregorian 9': 'ايلول|سبتمبر|شتنبر|سپتمبر',
        'gregorian 10': 'تشرين الاول|تشرين اول|تشرين 1|تشرين1|اكتوبر',
        'gregorian 11': 'تشرين الثاني|تشرين ثاني|تشرين 2|تشرين2|نوفمبر|نونبر',
        'gregorian 12': 'كانون الاول|كانون اول|كانون 1|كانون1|ديسمبر|دجنبر',
        'hijri 1': 'محرم|المحرم',
        'hijri 2': 'صفر',
        'hijri 3': 'ربيع الاول|ربيع اول',
        'hijri 4': 'ربيع الاخر|ربيع الثاني|ربيع ثاني',
        'hijri 5': 'جمادي الاولي|جمادي الاول|جمادي اولي',
        'hijri 6': 'جمادي الاخره|جمادي الثانيه|جمادي الاخر|جمادي الثاني',
        'hijri 7': 'رجب',
        'hijri 8': 'شعبان',
        'hijri 9': 'رمضان',
        'hijri 10': 'شوال',
        'hijri 11': 'ذو القعده|ذي القعده|ذا القعده',
        'hijri 12': 'ذو الحجه|ذي الحجه|ذا الحجه',
    },
    'weekdays': {
        '1': 'الاثنين|الاتنين',
        '2': 'الثلاثاء|الثلاثا|التلات',
        '3': 'الاربعاء|الاربعا',
        '4': 'الخميس',
        '5': 'الجمعه',
        '6': 'السبت',
        '7': 'الاحد',
    },
    'weekdays_bare': {
        '1': 'اثنين|اتنين',
        '2': 'ثلاثاء|ثلاثا',
        '3': 'اربعاء|اربعا',
        '4': 'خميس',
        '5': 'جمعه',
        '6': 'سبت',
        '7': 'احد',
    },
    'cardinals': {
        '1': 'واحد|واحده|احد|احدي',
        '2': 'اثنان|اثنين|اثنتان|اثنتين|اثنا|اثني|اثنتا|اثنتي',
        '3': 'ثلاثه|ثلاث|تلاته|تلات',
        '4': 'اربعه|اربع',
        '5': 'خمسه|خمس',
        '6': 'سته|ست',
        '7': 'سبعه|سبع',
        '8': 'ثمانيه|ثماني|ثمان|تمانيه',
        '9': 'تسعه|تسع',
        '10': 'عشره|عشر',
        '20': 'عشرون|عشرين',
        '30': 'ثلاثون|ثلاثين',
        '40': 'اربعون|اربعين',
        '50': 'خمسون|خمسين',
        '60': 'ستون|ستين',
        '70': 'سبعون|سبعين',
        '80': 'ثمانون|ثمانين',
        '90': 'تسعون|تسعين',
        '100': 'مائه|مئه|ميه',
        '200': 'مائتان|مائتين|مئتان|مئتين',
        '300': 'ثلاثمائه|ثلاثمئه',
        '400': 'اربعمائه|اربعمئه',
        '500': 'خمسمائه|خمسمئه',
        '600': 'ستمائه|ستمئه',
        '700': 'سبعمائه|سبعمئه',
        '800': 'ثمانمائه|ثمانمئه',
        '900': 'تسعمائه|تسعمئه',
        '1000': 'الف',
        '2000': 'الفين|الفان',
    },
    'ordinals': {
        '1': 'اول|اولي|حادي|حاديه|غره',
        '2': 'ثاني|ثانيه|ثان',
        '3': 'ثالث|ثالثه',
        '4': 'رابع|رابعه',
        '5': 'خامس|خامسه',
        '6': 'سادس|سادسه',
        '7': 'سابع|سابعه',
        '8': 'ثامن|ثامنه',
        '9': 'تاسع|تاسعه',
        '10': 'عاشر|عاشره',
    },
    'fractions': {
        '0.25': 'ربع|ربعا',
        '0.5': 'نصف|نص',
        '0.3333': 'ثلث|ثلثا',
    },
    'units': {
        'second 1': 'ثانيه|لحظه',
        'second None': 'ثوان|ثواني',
        'minute 1': 'دقيقه',
        'minute None': 'دقائق',
        'hour 1': 'ساعه',
        'hour None': 'ساعات',
        'day 1': 'يوم',
        'day None': 'ايام',
        'week 1': 'اسبوع',
        'week None': 'اسابيع',
        'month 1': 'شهر',
        'month None': 'اشهر|شهور',
        'year 1': 'عام|سنه',
        'year None': 'اعوام|سنوات|سنين|سنون',
        'decade 1': 'عقد',
        'decade None': 'عقود',
        'century 1': 'قرن',
        'century None': 'قرون',
    },
    'day_parts': {
        'dawn': 'فجر|فجريه',
        'morning': 'صباح|صبح|صباحيه|ضحي',
        'before_noon': 'قبل الظهر|قبل الظهيره',
        'noon': 'ظهر|ظهيره|وقت الظهيره|وقت الغداء',
        'midday': 'منتصف النهار',
        'afternoon': 'بعد الظهر|بعد الظهيره|بعد ظهر|بعد ظهيره|عصر|بعد العصر|قبل المغرب',
        'evening': 'مساء|عشيه|المغرب|بعد المغرب|عشاء',
        'night': 'ليل|ليله|في الليل',
        'late_night': ('وقت متاخر من الليل|ساعه متاخره من الليل|ساعات متاخره من الليل|اخر الليل|'
            'اواخر الليل|وقت متاخر من ليل|ساعه متاخره من ليل|وقت متاخر من ليله|'
            'ساعه متاخره من ليله'),
        'early_night': 'اول الليل|اوائل الليل',
        'midnight': 'منتصف الليل|منتصف ليل|منتصف ليله',
        'mid_morning': 'منتصف الصباح',
    },
    'seasons': {
        'SP': 'الربيع|ربيع',
        'SU': 'الصيف|صيف',
        'FA': 'الخريف|خريف',
        'WI': 'الشتاء|شتاء',
    },
    'decades': {
        '20': 'العشرينيات|العشرينات',
        '30': 'الثلاثينيات|الثلاثينات',
        '40': 'الاربعينيات|الاربعينات',
        '50': 'الخمسينيات|الخمسينات',
        '60': 'الستينيات|الستينات',
        '70': 'السبعينيات|السبعينات',
        '80': 'الثمانينيات|الثمانينات',
        '90': 'التسعينيات|التسعينات',
    },
    'year_marks': {
        'gregorian': 'م|ميلادي|ميلاديه|للميلاد',
        'hijri': 'ه|هجري|هجريه|للهجره',
    },
    'holidays': {
        'eid_al_fitr': 'عيد الفطر|عيد الفطر المبارك|العيد الصغير',
        'eid_al_adha': 'عيد الاضحي|عيد الاضحي المبارك|العيد الكبير',
        'eid': 'العيد',
        'islamic_new_year': 'راس السنه الهجريه|السنه الهجريه الجديده|عيد راس السنه الهجريه',
        'ashura': 'عاشوراء|يوم عاشوراء',
        'mawlid': 'المولد النبوي|المولد النبوي الشريف|عيد المولد النبوي',
        'isra_miraj': 'الاسراء والمعراج|ذكري الاسراء والمعراج',
        'arafah': 'يوم عرفه|يوم عرفات|وقفه عرفات',
        'hajj': 'موسم الحج|مناسك الحج|ايام الحج',
        'tarwiyah': 'يوم الترويه',
        'tashreeq': 'ايام التشريق',
        'laylat_al_qadr': 'ليله القدر',
        'christmas': 'عيد الميلاد|عيد الميلاد المجيد|الكريسماس|كريسماس|الكريسمس',
        'new_year': 'راس السنه الميلاديه|راس السنه|عيد راس السنه',
        'labour_day': 'عيد العمال|يوم العمال العالمي',
        'mothers_day': 'عيد الام',
        'valentines': 'عيد الحب',
        'easter': 'عيد الفصح|الفصح',
    },
    'fuzzy': {
        'START': 'مطلع|اوائل|بدايه|بدايات|مستهل|اول|اولي|مطالع|بواكير|صدر',
        'MID': 'منتصف|اواسط|وسط|نصف|نص|منتصفه',
        'END': 'اواخر|نهايه|نهايات|اخر|ختام|خواتيم',
    },
    'narrative': {
        '1': 'اليوم التالي|اليوم الذي تلاه|في الغداه|صبيحه اليوم التالي',
        '-1': 'اليوم السابق|اليوم الذي سبقه|عشيه ذلك',
        '0': ('اليوم نفسه|اليوم ذاته|في اليوم ذاته|في اليوم نفسه|ذلك اليوم|نفس اليوم|ذات اليوم|'
              'تلك الليله|نفس الليله|ذات الليله|الليله نفسها|الليله ذاتها'),
    },
    'rel_days': {
        '0': 'اليوم|هذا اليوم|النهارده',
        '-1': 'امس|الامس|البارحه|بارحه|امبارح|مبارح|اليوم الماضي|اليوم المنصرم',
        '-2': ('اول امس|اول من امس|امس الاول|قبل امس|قبل يوم امس|قبل البارحه|اول البارحه|'
            'القبل البارحه|قبل امبارح'),
        '1': 'غدا|غد|الغد|بكره|بكرا',
        '2': 'بعد غد|بعد الغد|بعد بكره|بعد بكرا',
    },
    'directions': {
        '-1': ('الماضي|الماضيه|الماض|المنصرم|المنصرمه|الفائت|الفائته|السابق|السابقه|المنقضي|'
            'المنقضيه|الفارط|الفارطه|المنتهي'),
        '0': 'الحالي|الحاليه|الجاري|الجاريه|هذا|هذه|ذاته|نفسه',
        '1': 'المقبل|المقبله|القادم|القادمه|التالي|التاليه|الجاي|الجايه|اللاحق',
        '-2': 'قبل الماضي|قبل الماضيه|قبل الفائت|قبل الفائته',
        '2': 'بعد المقبل|بعد المقبله|بعد القادم|بعد القادمه|بعد التالي',
    },
    'vague': {
        'PRESENT_REF': ('الان|حاليا|حالا|في الوقت الحالي|هذه الايام|في هذه الايام|الفتره الحاليه|'
            'الفتره الراهنه|المرحله الحاليه|المرحله الراهنه|في وقتنا الحاضر|وقتنا الحاضر|'
            'يومنا هذا|في الوقت الحاضر|وقتنا الحالي|حتي هذه اللحظه|حتي اللحظه|في هذه الاثناء|'
            'في هذه اللحظه|حتي الان|الوقت الراهن|في الوقت الراهن'),
        'PAST_REF': ('سابقا|في الماضي|في وقت سابق|مؤخرا|موخرا|في السابق|في الاونه الاخيره|'
            'الاونه الاخيره|الفتره الماضيه|الفتره الاخيره|الفتره السابقه|'
            'الفتره القليله الماضيه|قبل فتره|منذ فتره|منذ فتره طويله|منذ زمن|منذ زمن طويل|'
            'منذ وقت طويل|قديما|في الماضي القريب'),
        'FUTURE_REF': ('مستقبلا|في المستقبل|لاحقا|في وقت لاحق|قريبا|عما قريب|في القريب العاجل|'
            'الفتره المقبله|الفتره القادمه|المرحله المقبله|المرحله القادمه|'
            'الفتره القليله المقبله'),
    },
}


def _meaning(value: object) -> str:
    if isinstance(value, MonthName):
        return f"{value.calendar} {value.month}"
    if isinstance(value, (DayPart, Holiday)):
        return value.name
    if isinstance(value, tuple):
        return str(value[0]) if len(value) == 3 else f"{value[0]} {value[1]}"
    return str(value)


@pytest.mark.parametrize("table", sorted(HAND_LISTED))
def test_every_form_once_listed_by_hand_is_still_derived(table: str) -> None:
    derived = getattr(LEX, table)
    for meaning, forms in HAND_LISTED[table].items():
        for form in forms.split("|"):
            assert form in derived, (table, form)
            assert _meaning(derived[form]) == meaning, (table, form)


def test_the_word_lists_hold_no_derivable_inflection() -> None:
    from importlib import resources

    import yaml

    def words(name: str) -> set[str]:
        """Every string the YAML holds (comments aside)."""
        out: set[str] = set()

        def walk(node: object) -> None:
            if isinstance(node, dict):
                node = list(node.values())
            if isinstance(node, list):
                for item in node:
                    walk(item)
            elif isinstance(node, str):
                out.add(node)

        walk(yaml.safe_load(resources.files("timeline.lang.ar").joinpath(name).read_text(encoding="utf-8")))
        return out

    assert not words("weekdays.yaml") & {"الثلاثا", "خميس", "اثنين"}
    assert not words("numbers.yaml") & {"ثلاثة", "عشرون", "عشرين", "مائتان", "ألفين", "ربعا", "اثنين", "ثلاثمائة"}
    assert not words("months.yaml") & {"كانون ثاني", "كانون2", "ذي القعدة", "ربيع أول", "جمادى الأول"}
    assert not words("periods.yaml") & {"الصيف", "الثمانينيات", "هجرية", "العمر", "عمره", "أعمارهم"}
    assert not words("relative.yaml") & {"الماضية", "المقبلة", "الغد", "غدا"}


def test_helpers_derive_gender_case_construct_and_the_article_after_lam() -> None:
    assert feminine("ثالث") == ["ثالث", "ثالثه"] and feminine("أول/أولى") == ["اول", "اولي"]
    assert feminine("قبل الماضي") == ["قبل الماضي", "قبل الماضيه"] and feminine("غرة") == ["غره"]
    assert oblique("سنون") == ["سنون", "سنين"] and oblique("أيام") == ["ايام"]
    assert construct("بعد الظهر") == ["بعد الظهر", "بعد ظهر"] and construct("ظهر") == ["ظهر"]
    assert plural_feminine("نهاية") == ["نهايه", "نهايات"] and plural_feminine("منتصف") == ["منتصف"]
    assert after_lam("الخميس") == "لخميس" and after_lam("الليل") is None and after_lam("خميس") is None
    assert accusative("ربع") == ["ربع", "ربعا"]
    assert same("الليلة")[0] == "الليله نفسها" and same("اليوم")[-1] == "ذلك اليوم"
    assert future_genders("سيعقد") == ["سيعقد", "ستعقد", "ساعقد", "سنعقد"] and future_genders("سيقومون") == ["سيقومون"]
    assert future_genders("سيكون") == ["سيكون", "ستكون", "ساكون", "سنكون"] and future_genders("سوف") == ["سوف"]
    for cue in ("ستشهد", "سيشهد", "ستكون", "سيقومون", "ستتم", "من المقرر", "ستنطلق", "سيستمر", "ستستمر"):
        assert cue in LEX.future_cues, cue  # listed by hand in main's relative.yaml


def test_age_words_are_written_once_and_derived_with_article_and_pronouns() -> None:
    assert possessed("عمر", ["ه", "هم"]) == ["العمر", "عمره", "عمرهم"]
    assert {"العمر", "عمرها", "اعمارهم", "السن", "سن", "سنها"} <= set(LEX.age_words)
    assert "عمر" not in LEX.age_words  # a name ("عمر")


def test_a_form_after_lam_needs_the_lam() -> None:
    import re

    pattern = re.compile(trie_regex({"لخميس", "ليل"}, after_lam=frozenset({"لخميس"})))
    assert pattern.fullmatch("ليل") and pattern.search("للخميس").span() == (1, 6)
    assert pattern.match("لخميس") is None
    assert "لخميس" in LEX.after_lam["weekdays"] and LEX.weekdays["لخميس"] == 4


# Forms of the shapes the lexicon generates: the article, the lam after ل, ة or none, a gap or
# none, sibling letters ("سبتمبر", "سپتمبر"), a word that begins like the article ("الف").
_FORMS = {"ثلاث", "ثلاثه", "ثلاث عشر", "ثلاث عشره", "ثلاثه عشر", "ثلاثه عشره", "ثلاثمائه", "ثلاث مائه",
          "الثلاث", "الثلاثه", "الثلاث عشر", "الثلاثه عشر", "لثلاث", "لثلاثه", "الف", "الفين", "الالف",
          "سبتمبر", "سپتمبر", "ذو الحجه", "ذي الحجه", "ليل", "لليل", "جويليه", "جويله"}
_AFTER_LAM = frozenset({"لثلاث", "لثلاثه"})


@pytest.mark.parametrize("before", ["", "ل", "و "])
def test_trie_regex_matches_the_forms_longest_first(before: str) -> None:
    import itertools
    import re

    source = trie_regex(_FORMS, after_lam=_AFTER_LAM)
    pattern = re.compile(source)
    for form in sorted(_FORMS):
        for text in (before + form, before + form + " عشر", before + form + "ه", before + form + " و"):
            start = len(before)
            ends = [end for end in range(start, len(text) + 1) if pattern.fullmatch(text, start, end)]
            words = {text[start:end] for end in ends}
            assert words == {w for w in _FORMS - _AFTER_LAM if text.startswith(w, start)} \
                | ({w for w in _AFTER_LAM if text.startswith(w, start)} if before == "ل" else set()), text
            for short, long in itertools.combinations(ends, 2):  # of any two readings, the longer comes first
                either = re.compile(f"(?:{source})(?:(?<=\\A.{{{short}}})|(?<=\\A.{{{long}}}))")
                assert either.match(text, start).end() == long, (text, short, long)


def test_trie_regex_shares_what_generated_forms_repeat() -> None:
    cardinals = trie_regex(set(LEX.cardinals), LEX.after_lam["cardinals"])
    plain = "|".join(sorted(LEX.cardinals, key=len, reverse=True))
    assert len(cardinals) < len(plain) / 3  # the article, the lam, ة, a gap: written once
    assert "(?:ال|ل(?<=لل)|)" in cardinals and "[بپ]" in trie_regex({"سبتمبر", "سپتمبر"})


def values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag(text, PUB)]


@pytest.mark.parametrize("text, expected", [
    # the article after the preposition ل ("لل"): the preposition stays outside the span
    ("أرجأ القاضي النظر في القضية للأربعاء المقبل", [("لأربعاء المقبل", "2023-05-17")]),
    ("وتأجلت المباراة للسبت بسبب الأمطار", [("لسبت", "2023-05-06")]),
    ("تُصرف الرواتب في موعدها الموافق للسابع والعشرين من أيار", [("لسابع والعشرين من أيار", "2023-05-27")]),
    ("ويستمر التسجيل حتى الموعد الموافق للثاني عشر من حزيران", [("لثاني عشر من حزيران", "2023-06-12")]),
    ("ومددت الهيئة العقد للخمسة الأعوام المقبلة", [("لخمسة الأعوام المقبلة", "2024-01-01/2028-12-31")]),
    ("أقيمت أمسية إحياءً للمولد النبوي الشريف", [("لمولد النبوي الشريف", "2022-10-08")]),
    ("وحنّ المغتربون للثمانينيات وأغانيها", [("لثمانينيات", "198")]),
    # weekdays and months with other clitics, as before
    ("وبالثلاثاء الماضي انتهت المهلة، فالخميس موعد التسليم", [("الثلاثاء الماضي", "2023-05-09"), ("الخميس", "2023-05-04")]),
    ("وتقرر تأجيل المؤتمر لتشرين ثاني المقبل", [("تشرين ثاني المقبل", "2023-11")]),
    ("وسيُفتتح الجسر بنيسان 2024", [("نيسان 2024", "2024-04")]),
    # spellings derived from one written form
    ("وكانت الهدنة قد أعلنت يوم الاربعا الماضي", [("يوم الاربعا الماضي", "2023-05-03")]),
    ("صدر القرار في العاشر من جمادى الثاني", [("العاشر من جمادى الثاني", "2023-01-03")]),
    ("وبقيت المخطوطة في الدير طيلة مئتي عام", [("طيلة مئتي عام", "P200Y")]),
    ("ونُقل الجثمان قبل ظهر الخميس", [("قبل ظهر الخميس", "2023-05-04TMO")]),
    ("وعاد المسافرون في السنة اللاحقة", [("السنة اللاحقة", "2024")]),
    ("تبدأ الدروس عند الرابعة إلا ربعاً", [("الرابعة إلا ربعاً", "2023-05-10T03:45")]),
])
def test_forms_derived_now_are_found(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "وقدّم الدعم لأحد المستشفيات الميدانية",  # ل + أحد "one of": no Sunday
    "وسلّم الجائزة لاثنين من الفائزين",  # ل + اثنين "two": no Monday
    "وتبقى الآمال معلقة على ما يحمله المستقبل للغد",  # "للغد": for the future
    "ونشرت الصحف صوراً لمغرب جديد",  # "لمغرب": no evening
])
def test_no_false_alarm_from_derived_forms(text: str) -> None:
    assert values(text) == []


def test_derived_month_spellings_count_for_their_family() -> None:
    from timeline.labels import most_used_family

    assert most_used_family(["في كانون ثاني الماضي", "مطلع تشرين1", "منتصف يناير"]) == "levantine"


def test_the_lexicon_is_read_once_however_it_is_asked_for() -> None:
    from timeline.lexicon import load_lexicon

    assert load_lexicon() is load_lexicon("ar")
