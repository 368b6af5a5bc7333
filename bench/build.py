"""Full build of the 1,574-page index against a naive baseline measured in the same run.

ours:      `chatbot index` in a fresh process into an empty folder: wall time from process start to the written
           index, everything included (model load and ONNX export, parsing, chunking, BM25, embedding, saving).
baseline:  the same chunk texts through plain `SentenceTransformer.encode` (fp32, default settings); only the
           encode call is timed (no model load, no parsing, no saving):
           (a) every chunk of every page, as a naive indexer would embed them;
           (b) only the chunks our build embeds, to separate what skipping saves from what inference saves.

Usage: .venv/bin/python bench/build.py [--skip-all]   (--skip-all leaves out baseline (a), ~15-20 min)
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import corpus_folders, save, timer

from chatbot.config import Settings
from chatbot.embed import load_model
from chatbot.index import load_index
from chatbot.ingest import chunk_page, embed_text, read_page


def ours(index: Path, models: Path) -> dict[str, object]:
    """Time `chatbot index` over the corpus into an empty index folder, as a person would run it."""
    command = [str(Path(sys.executable).with_name("chatbot")), "index", "--index", str(index)]
    for folder in corpus_folders():
        command += ["--seeds", str(folder)]
    env = {**os.environ, "CHATBOT_MODEL_CACHE": str(models)}
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - started
    summary = done.stdout.strip().splitlines()[-1]
    chunks, embedded = (int(n) for n in re.search(r"(\d+) chunks \((\d+) embedded", summary).groups())  # type: ignore[union-attr]
    return {
        "wall_s": round(wall, 1),
        "chunks": chunks,
        "embedded": embedded,
        "summary": summary,
        "chunks_per_s": round(chunks / wall, 1),
        "embedded_per_s": round(embedded / wall, 1),
    }


def all_chunk_texts() -> list[str]:
    """The embedder text of every chunk of every page."""
    settings = Settings()
    texts = []
    for folder in corpus_folders():
        for path in sorted(folder.glob("*.txt")):
            page = read_page(path, settings.headings, settings.max_file_bytes)
            texts += [text for _, text in chunk_page(page, settings)]
    return texts


def embedded_texts(index: Path) -> list[str]:
    """The embedder text of the chunks our build embedded."""
    return [embed_text(c.job, c.section, c.text) for c in load_index(index).chunks if c.embedded]


def baseline(texts: list[str]) -> dict[str, object]:
    """Plain SentenceTransformer.encode over the texts, fp32, default settings."""
    model = load_model(Settings().model, 0)
    model.encode(texts[:8])  # warm up: first-call allocations are not the baseline's fault
    with timer() as took:
        model.encode(texts)
    return {"texts": len(texts), "encode_s": round(took[0], 1), "texts_per_s": round(len(texts) / took[0], 1)}


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--skip-all", action="store_true", help="leave out baseline (a) over every chunk")
    options.add_argument("--keep", type=Path, help="copy the built index here, for the other benchmarks")
    args = options.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        built = ours(Path(tmp) / "index", Path(tmp) / "models")
        print(built, flush=True)
        subset = baseline(embedded_texts(Path(tmp) / "index"))
        if args.keep:
            shutil.rmtree(args.keep, ignore_errors=True)
            shutil.copytree(Path(tmp) / "index", args.keep, ignore=shutil.ignore_patterns(".lock"))
    result: dict[str, object] = {"cores": os.cpu_count(), "ours": built, "baseline_embedded_subset": subset}
    result["speedup_vs_subset"] = round(float(subset["encode_s"]) / float(built["wall_s"]), 2)  # type: ignore[arg-type]
    if not args.skip_all:
        every = baseline(all_chunk_texts())
        result["baseline_all_chunks"] = every
        result["speedup_vs_all"] = round(float(every["encode_s"]) / float(built["wall_s"]), 2)  # type: ignore[arg-type]
    save("build", result)


if __name__ == "__main__":
    main()
