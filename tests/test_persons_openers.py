"""What opens a person's name and what is none (timeline._persons; review62): only clitics come off an opener
(فيصل is no يصل), a given name with the article is no given name, words that continue a name open none, an
office after a title and a day or a month are no one's name (Arabic written for these tests)."""

from __future__ import annotations

from timeline._persons import person_reader, persons_shared


def test_only_clitics_come_off_an_opener() -> None:
    reader = person_reader()
    assert reader("يصل الموكب إلى الساحة ظهرا") == frozenset()  # (يصل: «فيصل» without its ف)
    assert reader("خطف بريق الذهب الأنظار") == frozenset()  # (ريق: «فريق» without its ف)
    assert reader("ويلقي وفيصل الدباغي كلمة") == {"دباغي"}  # a given name after و


def test_a_given_name_with_the_article_or_a_preposition_opens_nothing() -> None:
    reader = person_reader()
    assert reader("ارتفع العمر المتوقع للسكان") == frozenset()
    assert reader("حسمت المباراة لصالح الضيوف") == frozenset()


def test_words_that_continue_a_name_open_none() -> None:
    reader = person_reader()
    assert reader("لم يسجل سوى هدف واحد طوال اللقاء") == frozenset()
    assert reader("ويبقى البيت الواحد مفتوحا") == frozenset()
    assert reader("نشكر الله كثيرا على السلامة") == frozenset()
    assert reader("كرم المهرجان عبد الواحد الطرابيشي") == {"طرابيشي"}


def test_offices_days_and_months_are_no_names() -> None:
    reader = person_reader()
    assert reader("افتتح معالي وزير الزراعة المعرض") == frozenset()
    assert reader("وجه أمير منطقة الجوف بصرف المكافآت") == frozenset()
    assert reader("ألقى الشيخ محمد الخميس محاضرة") == frozenset()  # (the day, not a family name)
    assert reader("رحل الشيخ محمد أغسطس الماضي") == frozenset()
    assert reader("توفي عن عمر يناهز الثمانين") == frozenset()


def test_two_obituaries_share_no_person_by_their_age_wording() -> None:
    assert persons_shared("توفي الفنان سعيد الكرمي عن عمر يناهز السبعين",
                          "رحل الشاعر ناجي البستاني عن عمر يناهز التسعين") == 0
    assert persons_shared("يصل الموكب ظهرا إلى الساحة", "وتابع فيصل الدباغي الموكب") == 0


def test_a_country_adjective_is_no_person_and_a_family_name_tells_no_country() -> None:
    reader = person_reader()
    # (two adjectives are no name shared: «العاهل المغربي» is no person to find in «المنتخب المغربي»)
    assert persons_shared("اتصل العاهل المغربي بنظيره", "فاز المنتخب المغربي وديا") == 0
    assert reader("رحب الملك محمد السادس بالضيوف") == frozenset()  # (an ordinal)
    assert reader.read("أوضح العميد منصور التركي للصحفيين")[1] == {"تركيا"}  # (a family name)
    assert reader.read("رد الناطق العسكري التركي بحدة")[1] == frozenset()  # (an adjective, no given name before)


def test_a_family_name_like_a_country_adjective_joins_no_report_of_that_country() -> None:
    from test_merge_named_people import _ARRIVAL, _RETURN, _entries
    entries = _entries(_ARRIVAL.format("يقوده الربان عادل المصري"), _RETURN.format("من مصر عبر"))
    assert len(entries) == 2 and entries[0] != entries[1]


def test_a_function_word_after_its_clitic_is_no_name() -> None:
    reader = person_reader()
    assert reader("كرم النادي خالد والذي اعتزل العام الماضي") == frozenset()
    assert persons_shared("حضر اللقاء سعد وهو مبتسم", "وهو ما أكده المدير") == 0


def test_a_word_of_a_place_of_two_words_is_no_name() -> None:
    assert person_reader()("حطت الطائرة في أبو ظبي مساء") == frozenset()  # (أبو opens a name; ظبي is the place's)


def test_god_after_a_clitic_opens_no_name() -> None:
    reader = person_reader()
    assert reader("والله يحفظ البلاد") == frozenset()
    assert reader("أقسم بالله إنني صادق") == frozenset()


def test_places_read_already_are_those_the_reader_would_find() -> None:
    """The merge reads a clause's places once and hands them to the reader (tidy66): the same people."""
    from timeline.places import find_places

    reader = person_reader()
    clause = "وصل الأمير دبي صباح أمس"
    assert reader.read(clause, find_places(clause)) == reader.read(clause) == (frozenset(), frozenset())
    assert reader.read(clause, []) == ({"دبي"}, frozenset())  # the places given are the ones left out
