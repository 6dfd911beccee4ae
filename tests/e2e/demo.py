"""The README's main job: a freestyle request → a plan → an image, on the local ComfyUI host.

    bash .ci/env python tests/e2e/demo.py "Whip up a cool sci-fi robot girl, waist up, y'know?"

Starts the offline ComfyUI host with this pack and the test library (random-weight SD1.5
checkpoints saved under real model names, some with Civitai sidecars), posts the pack's own
chat-to-image workflow, and saves the image into out/. The checkpoints hold random weights, so
the image is noise: it shows the wiring (the model chosen, the settings KSampler ran with), not
art. The latent is 64x64 to keep a CPU run near a minute; point ComfyUI at real checkpoints for
real pictures.
"""
from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from comfy_host import ROOT, ComfyHost, ids, lay_out, prepared, random_checkpoint, the


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("request", help="what you want to see, in your own words")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=ROOT / "out")
    args = parser.parse_args()

    base = ROOT / ".host" / "demo"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    print("starting the local ComfyUI host (about 30 s)...", file=sys.stderr)
    host = ComfyHost(base, lay_out(base, random_checkpoint()))
    try:
        host.wait_ready()
        graph = prepared("chatgen_to_image", args.request, seed=args.seed)
        run = host.run(graph)
        if run.status != "success":
            error = run.message("execution_error") or {}
            print(f"error: {error.get('exception_message', 'the run failed').strip()}", file=sys.stderr)
            return 2
        print(run.text(ids(graph, "ChatGenShowPlan")[0]))
        print(f"\nKSampler ran: {run.probe('steps')} steps, cfg {run.probe('cfg')}, "
              f"{run.probe('sampler_name')}/{run.probe('scheduler')}, seed {run.probe('seed')} "
              f"on {run.probe('ckpt_name')}")
        (image,) = run.history["outputs"][the(graph, "SaveImage")]["images"]
        args.out.mkdir(parents=True, exist_ok=True)
        saved = args.out / image["filename"]
        shutil.copyfile(base / "output" / image["subfolder"] / image["filename"], saved)
        print(f"image: {saved} (random-weight checkpoint, 64x64 latent: noise that proves the wiring)")
        return 0
    finally:
        host.stop()


if __name__ == "__main__":
    sys.exit(main())
