from logostudio.filenames import download_name, slugify


def test_download_names_say_the_set_the_logo_and_what_the_file_is() -> None:
    assert download_name("Café Joy", 2, "svg") == "cafe-joy-03.svg"
    assert download_name("Café Joy", 2, "zip", "brand kit") == "cafe-joy-03-brand-kit.zip"
    assert download_name("Café Joy", 2, "png", "business-cards") == "cafe-joy-03-business-cards.png"


def test_names_in_any_script_are_transliterated_so_sets_do_not_collide() -> None:
    names = {download_name(t, 0, "svg") for t in ("Москва Кофе", "مطعم الياسمين", "茶香小馆", "Πάρος", "שלום")}
    assert len(names) == 5 and "logo-01.svg" not in names


def test_a_slug_is_short_ascii_and_never_empty() -> None:
    assert slugify("x" * 80) == "x" * 40
    assert slugify("!!!") == "logo"
    assert slugify("!!!", fallback="palette") == "palette"
    assert slugify("  Deep  Sea — Blue ") == "deep-sea-blue"
