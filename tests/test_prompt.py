"""Stage 1, writing: the prompt in the chosen model's syntax."""
from chatgen_core import Example, ModelCard
from chatgen_core.prompt import BOORU, ILLUSTRIOUS, NATURAL, PLAIN_NATURAL, PONY, TAGS, render, syntax_of
from chatgen_core.types import Brief


def brief(*subject, **kw):
    return Brief(text=kw.pop("text", ", ".join(subject)), subject=subject, **kw)


def test_anime_sd1_models_get_booru_tags():
    card = ModelCard("Anything v5", "sd1", style="anime")
    positive, _, _ = render(brief("girl with cat ears and a hoodie", "night"), card)
    assert positive.startswith("masterpiece, best quality")
    assert "1girl" in positive and "solo" in positive and "cat ears" in positive and "hoodie" in positive


def test_sdxl_models_keep_natural_language():
    card = ModelCard("Juggernaut XL", "sdxl", style="realistic")
    positive, _, _ = render(brief("a barista making latte art by the window"), card)
    assert positive.startswith("a barista making latte art by the window")
    assert "1girl" not in positive


def test_syntax_follows_the_model_family():
    assert syntax_of(ModelCard("Pony Diffusion XL", "sdxl", style="furry")) == PONY
    assert syntax_of(ModelCard("Nova Anime XL", "sdxl", description="based on Illustrious")) == ILLUSTRIOUS
    assert syntax_of(ModelCard("Flux.1 schnell", "flux")) == PLAIN_NATURAL
    assert syntax_of(ModelCard("SDXL 1.0", "sdxl")) == NATURAL
    assert syntax_of(ModelCard("Counterfeit", "sd1", style="anime")) == BOORU
    assert syntax_of(ModelCard("Deliberate", "sd1")) == TAGS


def test_pony_models_get_score_tags():
    positive, negative, _ = render(brief("fox knight"), ModelCard("Pony Diffusion XL", "sdxl", style="furry"))
    assert positive.startswith("score_9, score_8_up, score_7_up")
    assert "score_4" in negative


def test_trigger_word_leads_the_prompt():
    card = ModelCard("Inkpunk Diffusion", "sd1", style="artistic", triggers=("nvinkpunk",))
    positive, _, notes = render(brief("street musician"), card)
    assert positive.startswith("nvinkpunk")
    assert any("trigger" in n for n in notes)


def test_the_trigger_closest_to_the_request_is_chosen():
    card = ModelCard("Dan Mumford Style", "sd1", triggers=("by dan mumford", "DanMumford Style", "haunted style"))
    positive, _, _ = render(brief("haunted castle"), card)
    assert positive.startswith("haunted style")


def test_an_explicit_trigger_is_never_used_for_an_ordinary_request():
    card = ModelCard("Liberty", "sd1", triggers=("erect penis", "synthwave", "sci-fi"))
    positive, _, _ = render(brief("city at night"), card)
    assert "penis" not in positive and positive.startswith("synthwave")


def test_exclusions_lead_the_negative_and_stay_out_of_the_positive():
    card = ModelCard("Deliberate", "sd1")
    positive, negative, _ = render(brief("dog", exclusions=("humans", "text")), card)
    assert negative.startswith("humans, people, person")
    assert "text" in negative
    assert "human" not in positive and "people" not in positive


def test_the_models_own_negative_prompt_is_used():
    card = ModelCard("FilmVelvia", "sd1", examples=(Example(prompt="a", negative="cartoon, anime, ugly"),
                                                   Example(prompt="b", negative="cartoon, anime, ugly")))
    _, negative, _ = render(brief("woman in a wheat field"), card)
    assert negative == "cartoon, anime, ugly"


def test_a_default_negative_term_never_fights_the_request():
    card = ModelCard("Deliberate", "sd1")
    _, negative, _ = render(brief("neon sign with the text open"), card)
    assert "text" not in negative.split(", ")


def test_sfw_requests_and_nsfw_models_get_a_safety_negative():
    _, negative, _ = render(brief("fox knight", sfw=True), ModelCard("Yiffy", "sd1", style="furry"))
    assert "nsfw" in negative and "nude" in negative
    _, negative, _ = render(brief("portrait"), ModelCard("PPP", "sd1", nsfw=True))
    assert "nsfw" in negative


def test_terms_are_not_repeated():
    positive, _, _ = render(brief("lighthouse", "best quality", "Best Quality"), ModelCard("Deliberate", "sd1"))
    assert positive.lower().count("best quality") == 1
