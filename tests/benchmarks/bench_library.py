"""Benchmark: scanning 1,000 checkpoints, cold (no cache) and warm (cache up to date).

Run:  .venv/bin/python tests/benchmarks/bench_library.py [--files 1000] [--runs 5] [--hostile]

Each file has a header like a real SD1.5 checkpoint's (about 1,100 tensor entries with real
key names, shapes and data offsets) and a sparse data section of the size the header claims,
so nothing but the header is ever on disk. Targets: cold <= 2 s, warm <= 50 ms. "Cold" means
no scan cache; the OS page cache is warm after the first run, as it is for a running ComfyUI.
Bytes read come from /proc/self/io (rchar: every byte the process read, cache file included).

--hostile times what strangers' files can cost instead: the hostile folder of
tests/test_library_hostile.py beside 100 good checkpoints (cold and warm), the HTML stripper on
pathological markup at growing sizes with its cut lifted (linear: the time per character stays
flat; html.parser's grows with the size), and a header at the size cap built to be slow to parse.
"""
from __future__ import annotations

import argparse
import json
import statistics
import struct
import sys
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from chatgen_core.library import build_library, sidecars  # noqa: E402
from chatgen_core.library.folder import scan_checkpoints  # noqa: E402
from chatgen_core.library.safetensors_header import MAX_HEADER_BYTES, HeaderError, read_header  # noqa: E402

COLD_TARGET_S, WARM_TARGET_S = 2.0, 0.050
# A linear stripper spends about as long per character on 1 MB as on 64 KB; allow noise.
LINEAR_SLACK = 3.0
PATHOLOGICAL = ("<a", "<a b='", "<!--", "<", "</")


def sd15_shapes() -> dict[str, list[int]]:
    """Tensor names and shapes laid out like an SD1.5 checkpoint (UNet, CLIP-L, VAE)."""
    shapes: dict[str, list[int]] = {}
    unet = "model.diffusion_model."
    widths = [320, 320, 320, 320, 640, 640, 640, 1280, 1280, 1280, 1280, 1280]
    for i, ch in enumerate(widths):
        block = f"{unet}input_blocks.{i}."
        if i == 0:
            shapes[block + "0.weight"], shapes[block + "0.bias"] = [320, 4, 3, 3], [320]
            continue
        _resblock(shapes, block + "0.", ch)
        if i in (1, 2, 4, 5, 7, 8):
            _transformer(shapes, block + "1.", ch)
    for j in (0, 2):
        _resblock(shapes, f"{unet}middle_block.{j}.", 1280)
    _transformer(shapes, f"{unet}middle_block.1.", 1280)
    for i, ch in enumerate([1280] * 6 + [640] * 3 + [320] * 3):
        _resblock(shapes, f"{unet}output_blocks.{i}.0.", ch)
        if i >= 3:
            _transformer(shapes, f"{unet}output_blocks.{i}.1.", ch)
    for name in ("time_embed.0", "time_embed.2", "out.0", "out.2"):
        shapes[f"{unet}{name}.weight"], shapes[f"{unet}{name}.bias"] = [1280, 1280], [1280]
    text = "cond_stage_model.transformer.text_model."
    shapes[text + "embeddings.token_embedding.weight"] = [49408, 768]
    shapes[text + "embeddings.position_embedding.weight"] = [77, 768]
    for layer in range(12):
        p = f"{text}encoder.layers.{layer}."
        for proj in ("q_proj", "k_proj", "v_proj", "out_proj"):
            shapes[f"{p}self_attn.{proj}.weight"], shapes[f"{p}self_attn.{proj}.bias"] = \
                [768, 768], [768]
        for norm in ("layer_norm1", "layer_norm2"):
            shapes[f"{p}{norm}.weight"], shapes[f"{p}{norm}.bias"] = [768], [768]
        shapes[f"{p}mlp.fc1.weight"], shapes[f"{p}mlp.fc1.bias"] = [3072, 768], [3072]
        shapes[f"{p}mlp.fc2.weight"], shapes[f"{p}mlp.fc2.bias"] = [768, 3072], [768]
    for side in ("encoder", "decoder"):
        for level in range(4):
            for r in range(3):
                _resblock(shapes, f"first_stage_model.{side}.up.{level}.block.{r}.", 512)
    return shapes


def _resblock(shapes: dict[str, list[int]], p: str, ch: int) -> None:
    for norm in ("in_layers.0", "out_layers.0"):
        shapes[f"{p}{norm}.weight"], shapes[f"{p}{norm}.bias"] = [ch], [ch]
    for conv in ("in_layers.2", "out_layers.3"):
        shapes[f"{p}{conv}.weight"], shapes[f"{p}{conv}.bias"] = [ch, ch, 3, 3], [ch]
    shapes[f"{p}emb_layers.1.weight"], shapes[f"{p}emb_layers.1.bias"] = [ch, 1280], [ch]


def _transformer(shapes: dict[str, list[int]], p: str, ch: int) -> None:
    shapes[f"{p}norm.weight"], shapes[f"{p}norm.bias"] = [ch], [ch]
    shapes[f"{p}proj_in.weight"], shapes[f"{p}proj_in.bias"] = [ch, ch, 1, 1], [ch]
    shapes[f"{p}proj_out.weight"], shapes[f"{p}proj_out.bias"] = [ch, ch, 1, 1], [ch]
    t = f"{p}transformer_blocks.0."
    for attn, context in (("attn1", ch), ("attn2", 768)):
        shapes[f"{t}{attn}.to_q.weight"] = [ch, ch]
        shapes[f"{t}{attn}.to_k.weight"] = [ch, context]
        shapes[f"{t}{attn}.to_v.weight"] = [ch, context]
        shapes[f"{t}{attn}.to_out.0.weight"], shapes[f"{t}{attn}.to_out.0.bias"] = [ch, ch], [ch]
    shapes[f"{t}ff.net.0.proj.weight"], shapes[f"{t}ff.net.0.proj.bias"] = [ch * 8, ch], [ch * 8]
    shapes[f"{t}ff.net.2.weight"], shapes[f"{t}ff.net.2.bias"] = [ch, ch * 4], [ch]
    for norm in ("norm1", "norm2", "norm3"):
        shapes[f"{t}{norm}.weight"], shapes[f"{t}{norm}.bias"] = [ch], [ch]


def header_bytes(shapes: dict[str, list[int]], metadata: dict[str, str]) -> tuple[bytes, int]:
    """The safetensors header (length prefix included) and the data size it describes."""
    header: dict[str, object] = {"__metadata__": metadata}
    offset = 0
    for name, shape in shapes.items():
        size = 2
        for dim in shape:
            size *= dim
        header[name] = {"dtype": "F16", "shape": shape, "data_offsets": [offset, offset + size]}
        offset += size
    raw = json.dumps(header, separators=(",", ":")).encode()
    return struct.pack("<Q", len(raw)) + raw, offset


def make_files(root: Path, count: int) -> int:
    """Writes `count` sparse checkpoints in 10 sub-folders; returns the header bytes written."""
    shapes = sd15_shapes()
    total = 0
    for i in range(count):
        folder = root / f"set{i % 10}"
        folder.mkdir(exist_ok=True)
        metadata = {"modelspec.title": f"Model {i}", "modelspec.architecture": "stable-diffusion-v1"}
        head, data = header_bytes(shapes, metadata)
        with open(folder / f"model_{i:04d}.safetensors", "wb") as f:
            f.write(head)
            f.truncate(len(head) + data)
        total += len(head)
    return total


def rchar() -> int | None:
    try:
        for line in Path("/proc/self/io").read_text().splitlines():
            if line.startswith("rchar:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def timed(fn) -> tuple[float, int | None]:
    before = rchar()
    start = time.perf_counter()
    fn()
    elapsed = time.perf_counter() - start
    after = rchar()
    return elapsed, (after - before) if before is not None and after is not None else None


def hostile(runs: int) -> bool:
    """Prints what hostile files cost; True when the stripper stays linear."""
    from test_library_hostile import make_hostile_folder

    with tempfile.TemporaryDirectory(prefix="chatgen-bench-") as tmp:
        root, cache = make_hostile_folder(Path(tmp) / "checkpoints"), Path(tmp) / "scan-cache.json"
        make_files(root, 100)
        cold, warm = [], []
        for _ in range(runs):
            cache.unlink(missing_ok=True)
            cold.append(timed(lambda: scan_checkpoints([root], cache))[0])
            warm.append(timed(lambda: scan_checkpoints([root], cache))[0])
        library = build_library(checkpoint_dirs=[root], cache_path=cache)
        print(f"hostile folder + 100 good checkpoints: {len(library)} kept, {len(library.skipped)} "
              f"skipped; cold median {statistics.median(cold) * 1000:.0f} ms, warm median "
              f"{statistics.median(warm) * 1000:.1f} ms over {runs} runs")

        worst = Path(tmp) / "worst.safetensors"
        body = b'{"a":[' + b"[]," * ((MAX_HEADER_BYTES - 16) // 3) + b"[]]}"
        body += b" " * (MAX_HEADER_BYTES - len(body))
        with open(worst, "wb") as f:
            f.write(struct.pack("<Q", len(body)) + body)
        seconds, _ = timed(lambda: _read_refused(worst))
        print(f"a {MAX_HEADER_BYTES / 2**20:.0f} MiB header of empty lists (the slowest kind to "
              f"parse at the cap): {seconds:.2f} s, once; the result is cached")

    linear = True
    cap = sidecars.MAX_DESCRIPTION_CHARS
    try:
        for unit in PATHOLOGICAL:
            per_char = []
            for size in (2**16, 2**18, 2**20):
                sidecars.MAX_DESCRIPTION_CHARS = size  # lifted, to time the pass itself
                text = unit * (size // len(unit))
                seconds = min(timed(lambda t=text: sidecars.html_to_text(t))[0] for _ in range(3))
                per_char.append(seconds / size * 1e9)
            old = timed(lambda u=unit: _html_parser(u * (2**14 // len(u))))[0]
            ok = per_char[-1] <= LINEAR_SLACK * max(per_char[0], 1.0)
            linear &= ok
            print(f"strip {unit!r:8} 64 KiB/256 KiB/1 MiB: "
                  + "/".join(f"{n:.1f}" for n in per_char) + " ns a char"
                  + f"{'' if ok else ' NOT LINEAR'}; html.parser on 16 KiB: {old * 1000:.0f} ms")
    finally:
        sidecars.MAX_DESCRIPTION_CHARS = cap
    print(f"descriptions are cut to {cap:,} characters first, so a sidecar's HTML costs at most "
          "one 32 KiB pass")
    return linear


def _read_refused(path: Path) -> None:
    try:
        read_header(path)
    except HeaderError:
        pass


def _html_parser(text: str) -> None:
    parser = HTMLParser()
    try:
        parser.feed(text)
        parser.close()
    except AssertionError:
        pass


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--hostile", action="store_true", help="time hostile files instead")
    args = parser.parse_args()
    if args.hostile:
        ok = hostile(args.runs)
        print("targets met" if ok else "TARGETS MISSED")
        return 0 if ok else 1
    with tempfile.TemporaryDirectory(prefix="chatgen-bench-") as tmp:
        root, cache = Path(tmp) / "checkpoints", Path(tmp) / "scan-cache.json"
        root.mkdir()
        headers = make_files(root, args.files)
        entries = len(sd15_shapes())
        print(f"{args.files} checkpoints, {entries} tensor entries each, header "
              f"{headers / args.files / 1024:.0f} KiB each ({headers / 2**20:.1f} MiB in all)")
        cold, warm, cold_io, warm_io = [], [], [], []
        for _ in range(args.runs):
            cache.unlink(missing_ok=True)
            seconds, read = timed(lambda: scan_checkpoints([root], cache))
            cold.append(seconds)
            cold_io.append(read)
            seconds, read = timed(lambda: scan_checkpoints([root], cache))
            warm.append(seconds)
            warm_io.append(read)
        library_s, _ = timed(lambda: build_library(checkpoint_dirs=[root], cache_path=cache))
        cache_kib = cache.stat().st_size / 1024
    cold_s, warm_s = statistics.median(cold), statistics.median(warm)
    print(f"cold scan (no cache): median {cold_s * 1000:.0f} ms over {args.runs} runs "
          f"(target <= {COLD_TARGET_S * 1000:.0f} ms), bytes read {_fmt(cold_io[-1])} "
          f"(headers alone: {headers / 2**20:.1f} MiB)")
    print(f"warm scan (cache):    median {warm_s * 1000:.1f} ms over {args.runs} runs "
          f"(target <= {WARM_TARGET_S * 1000:.0f} ms), bytes read {_fmt(warm_io[-1])} "
          f"(cache file {cache_kib:.0f} KiB)")
    print(f"warm build_library (scan + cards): {library_s * 1000:.1f} ms")
    ok = cold_s <= COLD_TARGET_S and warm_s <= WARM_TARGET_S
    print("targets met" if ok else "TARGETS MISSED")
    return 0 if ok else 1


def _fmt(count: int | None) -> str:
    return "n/a (no /proc/self/io)" if count is None else f"{count / 2**20:.2f} MiB"


if __name__ == "__main__":
    sys.exit(main())
