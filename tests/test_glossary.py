"""The offline gloss: language detection, word-level glossing and the glossary's own shape."""
import ast
import dataclasses
import sys
from pathlib import Path

import pytest

from chatgen_core import glossary_data
from chatgen_core.glossary import Gloss, detect_language, gloss


def words(result: Gloss) -> set[str]:
    return set(result.text.replace(",", " ").split())


def test_chinese_request_keeps_cabin_snowy_mountain_night_and_stars():
    result = gloss("一座雪山下的小木屋，夜晚，星空")
    assert result.text == "cabin under snowy mountain, night, starry sky"
    assert result.unknown == ()
    assert result.coverage == 1.0


def test_spanish_request_keeps_robot_gardener_watering_flowers_and_greenhouse():
    result = gloss("Un robot jardinero regando flores en un invernadero")
    assert result.text == "robot gardener watering flowers in greenhouse"


def test_french_request_keeps_its_content_nouns():
    result = gloss("Un chat noir sur un toit au coucher du soleil")
    assert result.text == "black cat on roof at sunset"


def test_german_request_keeps_its_content_nouns():
    result = gloss("Eine Katze schläft auf einem roten Sofa")
    assert result.text == "cat sleeping on red sofa"


def test_german_compound_is_split_into_known_parts():
    assert gloss("Holzhütte im Winterwald", "de").text == "wooden cabin in winter forest"


def test_japanese_request_keeps_its_content_nouns():
    result = gloss("森の中の小さな家、朝、霧")
    assert result.text == "small house in forest, morning, fog"


def test_japanese_inflection_after_a_known_word_is_not_reported_unknown():
    result = gloss("猫と犬が一緒に寝ている", "ja")
    assert result.text == "cat and dog together sleeping"
    assert result.unknown == ()


def test_russian_request_keeps_its_content_nouns_through_case_endings():
    result = gloss("Маленькая девочка с красным зонтом под дождём")
    assert result.text == "small girl with red umbrella in the rain"


def test_italian_request_keeps_its_content_nouns():
    assert gloss("Un drago rosso che vola sopra le montagne innevate").text == (
        "red dragon flying above snowy mountains")


def test_portuguese_request_keeps_its_content_nouns():
    assert gloss("Uma menina lendo um livro debaixo de uma árvore").text == "girl reading book under tree"


def test_korean_request_keeps_its_content_nouns_without_particles():
    result = gloss("눈 덮인 산 아래의 작은 오두막, 밤, 별이 빛나는 하늘")
    assert result.text == "small cabin under snowy mountain, night, starry sky"


def test_unknown_words_survive_verbatim_and_are_reported():
    result = gloss("Un gato llamado Zorblax junto a un quokkatrón", "es")
    assert result.text == "cat llamado Zorblax beside quokkatrón"
    assert result.unknown == ("llamado", "Zorblax", "quokkatrón")
    assert result.coverage == 0.5  # gato and "junto a" of six words


def test_unknown_chinese_characters_survive_verbatim_and_are_reported():
    result = gloss("一只猫和饕餮", "zh")
    assert result.text == "cat and 饕餮"
    assert result.unknown == ("饕餮",)


def test_english_is_detected_as_english_and_passed_through_untouched():
    text = "A cozy cabin under a snowy mountain at night,  starry sky"
    assert detect_language(text) == "en"
    assert gloss(text) == Gloss(text, (), 1.0)


@pytest.mark.parametrize("text", ["a café in Paris", "a piñata at a party", "red dragon, mist, castle",
                                  "a sign that says 東京 on a wall"])
def test_english_with_a_stray_foreign_word_stays_english(text):
    assert detect_language(text) == "en"


def test_empty_request_is_english_and_glosses_to_itself():
    assert detect_language("") == "en"
    assert gloss("") == Gloss("", (), 1.0)
    assert gloss("", "fr") == Gloss("", (), 1.0)


def test_mixed_language_request_glosses_the_foreign_words_and_keeps_the_english_ones():
    text = "un chat noir, cyberpunk style, neon lights"
    assert detect_language(text) == "fr"
    result = gloss(text)
    assert result.text == "black cat, cyberpunk style, neon lights"
    assert result.unknown == ()


def test_english_words_inside_a_chinese_request_are_kept():
    assert gloss("一只猫 in cyberpunk style") == Gloss("cat in cyberpunk style", (), 1.0)


@pytest.mark.parametrize(("text", "code"), [
    ("一座雪山下的小木屋", "zh"), ("雪山の下の小屋", "ja"), ("산 아래의 오두막", "ko"), ("Кот на крыше", "ru"),
    ("Кіт на даху", "uk"), ("قطة على السطح", "ar"), ("חתול על הגג", "he"), ("Γάτα στη στέγη", "el"),
    ("แมวบนหลังคา", "th"), ("छत पर बिल्ली", "hi"),
])
def test_language_is_detected_by_script(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("Un gato negro en la playa", "es"), ("Une maison dans la forêt", "fr"), ("Ein Schloss am See", "de"),
    ("Un castello sulla collina", "it"), ("Uma casa na praia", "pt"), ("Een kat op het dak", "nl"),
    ("Kot na dachu domu", "pl"), ("Çatıda bir kedi", "tr"), ("Một con mèo trên mái nhà", "vi"),
    ("Berglandschaft im Winter", "de"),
])
def test_latin_script_language_is_detected_by_its_words(text, code):
    assert detect_language(text) == code


def test_spanish_plural_becomes_an_english_plural():
    assert gloss("flores y luces", "es").text == "flowers and lights"


def test_number_word_makes_the_following_noun_plural():
    assert gloss("三只黑猫", "zh").text == "three black cats"


def test_romance_adjectives_move_before_their_noun():
    assert gloss("un pequeño gato negro", "es").text == "small black cat"
    assert gloss("une robe rouge", "fr").text == "red dress"


def test_chinese_postposition_phrase_puts_its_head_first():
    assert gloss("桌子上的猫", "zh").text == "cat on table"


def test_each_comma_separated_chunk_stays_its_own_chunk():
    assert gloss("gato; perro. casa! ¿árbol?", "es").text == "cat, dog, house, tree"


def test_numbers_are_kept_verbatim():
    result = gloss("3 gatos y 2.5 perros", "es")
    assert result.text == "3 cats and 2.5 dogs"
    assert result.unknown == ()


def test_accents_are_ignored_for_lookup_only():
    assert gloss("un arbol", "es").text == "tree"
    assert gloss("Zorblàx", "es").unknown == ("Zorblàx",)


def test_french_elision_is_split_from_its_word():
    assert gloss("l'arbre de l'île", "fr").text == "tree of island"


def test_traditional_chinese_is_glossed_like_simplified():
    assert gloss("機器人在花園裡澆花", "zh").text == "robot in garden watering flowers"


def test_language_without_a_glossary_is_kept_whole_and_reported_unknown():
    result = gloss("Een kat op het dak", "nl")
    assert result == Gloss("Een kat op het dak", ("Een", "kat", "op", "het", "dak"), 0.0)


def test_ukrainian_borrows_the_russian_glossary():
    assert gloss("Кіт і дракон над замком", "uk").text == "Кіт і dragon above castle"


def test_language_is_detected_when_not_given():
    assert gloss("Zwei Kinder spielen im Schnee").text == "two children playing in snow"


def test_gloss_is_a_frozen_value():
    with pytest.raises(dataclasses.FrozenInstanceError):
        gloss("gato", "es").text = "dog"


def test_glossary_modules_import_only_the_standard_library():
    for module in ("glossary.py", "glossary_data.py"):
        tree = ast.parse((Path(glossary_data.__file__).parent / module).read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                    for alias in node.names}
        imported |= {node.module.split(".")[0] for node in ast.walk(tree)
                     if isinstance(node, ast.ImportFrom) and node.module}
        assert imported <= set(sys.stdlib_module_names) | {"chatgen_core", "__future__"}


def test_every_glossary_row_has_one_cell_per_language():
    rows = [line for line in glossary_data.TABLE.splitlines() if "|" in line]
    assert all(len(row.split("|")) == len(glossary_data.COLUMNS) for row in rows)
    assert all(cell.strip() for row in rows for cell in row.split("|"))


@pytest.mark.parametrize("column", range(1, len(glossary_data.COLUMNS)))
def test_each_language_has_several_hundred_entries(column):
    rows = [line.split("|") for line in glossary_data.TABLE.splitlines() if "|" in line]
    assert sum(row[column].strip() != "-" for row in rows) >= 500
