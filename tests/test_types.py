from chatgen_core import Arguments, Candidate, ChosenModel, ModelCard, Plan


def make_plan():
    return Plan(request="a cat", positive="cat, best quality", negative="blurry",
                model=ChosenModel("Deliberate", "deliberate.safetensors", "sd1"),
                arguments=Arguments(steps=25, cfg=7.0, sampler_name="dpmpp_2m", scheduler="karras",
                                    width=512, height=768, seed=7, clip_skip=2),
                alternatives=(Candidate("Deliberate", "deliberate.safetensors", 0.5),
                              Candidate("Dreamshaper", "ds.safetensors", 0.4)),
                rationale=("why",), planner="embedded")


def test_a_plan_round_trips_through_json():
    plan = make_plan()
    assert Plan.from_json(plan.to_json()) == plan


def test_plan_json_is_plain_and_readable():
    import json
    data = json.loads(make_plan().to_json())
    assert data["arguments"]["sampler_name"] == "dpmpp_2m"
    assert data["alternatives"][1] == {"name": "Dreamshaper", "file_name": "ds.safetensors", "score": 0.4}


def test_the_content_hash_changes_with_the_card():
    a = ModelCard("X", "sd1", description="one")
    assert a.content_hash() == ModelCard("X", "sd1", description="one").content_hash()
    assert a.content_hash() != ModelCard("X", "sd1", description="two").content_hash()
