"""Done-when of issue 4: every malformed LLM answer yields a runnable plan or a ChatGenError."""
from fakes import BagOfWordsEncoder
from llm_corpus import corpus, figure_answers

from chatgen_core import ChatGenError, Request
from chatgen_core.llm import parse_answer, plan_from_answer
from chatgen_core.planner import EmbeddedPlanner
from chatgen_core.samplers import SAMPLERS, SCHEDULERS


def test_the_corpus_holds_at_least_200_answers():
    assert len(corpus()) >= 200


def test_every_malformed_answer_yields_a_runnable_plan_or_a_clear_error(horde_library):
    # The hashed-word encoder keeps 779 plans fast; choosing well is tested on the real one elsewhere.
    planner = EmbeddedPlanner(horde_library, encoder=BagOfWordsEncoder())
    requests = [row["freestyle_input"] for row in figure_answers()] + [""]
    broken = []
    for i, raw in enumerate(corpus()):
        request = Request(requests[i % len(requests)])
        try:
            plan = plan_from_answer(parse_answer(raw), request, planner)
        except ChatGenError:
            continue
        except Exception as error:  # the point of the test: nothing else may escape
            broken.append(f"{raw!r:.80}: {error!r}")
            continue
        a = plan.arguments
        if not (plan.positive and horde_library.get(plan.model.name) and a.sampler_name in SAMPLERS
                and a.scheduler in SCHEDULERS and 1 <= a.steps <= 150 and 0.5 <= a.cfg <= 30
                and a.width % 8 == 0 and a.height % 8 == 0 and 64 <= min(a.width, a.height)):
            broken.append(f"{raw!r:.80}: unrunnable {plan.arguments}")
    assert not broken, "\n".join(broken[:20])
