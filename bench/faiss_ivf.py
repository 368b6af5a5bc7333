"""Dense search through the IVF index at scale: the real index's vectors replicated and perturbed to 300k and 1M.

The scaled index is the real one (--index: 1,574 pages, 32,933 chunks, 6,310 of them embedded) with copies of its
embedded chunks added to their own pages until it holds N vectors (so N embedded chunks, and N + 26,623 chunks in
all). A copy's vector is its original's plus gaussian noise, renormalised, at cosine 0.85 to it: the median cosine
of a real vector to its nearest real neighbour, so copies are as far from their original as real chunks are from
each other. Its text and term counts are its original's. The IVF index is trained and stored by the product's own
code (chatbot.index: train, assign, save_index), then, in a process per size (so each RSS is its own):
- dense search alone, one question at a time: exact (the numpy product and its top 50) against the IVF search
  (the CANDIDATES rows the retriever asks for), p50/p95, and recall@50 of the IVF's top 50 against exact, for
  several nprobe, over the English ones of the questions below (the Japanese get no dense search);
- whole questions (the dev and held-out sets' and some about random jobs, as bench/latency.py): Chatbot.ask over
  the saved index (loaded as the app loads it), retrieval alone and the rank fusion in it, through the IVF and
  exact (the same Chatbot with its IVF set aside), all questions and the English ones; whether both cite the same
  sections; the cost of embedding a question;
- one-page updates (a page changed, removed, added back) as the app's Reindex (Chatbot.reindex) and as `chatbot
  index` makes them (in process, the model loaded; it verifies the live version's checksums first);
- the IVF build: training, assigning every vector, rebuilding the inverted lists at load; RSS.

Usage: .venv/bin/python bench/faiss_ivf.py --index DIR [--sizes 6310 300000 1000000] [--probes 96 32 64 128]
(DIR: a built index of the corpus with its models/ folder; results in bench/results/faiss_ivf.json.)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np
from common import copy_corpus, percentiles, save, timer
from latency import eval_questions, job_questions

import chatbot.retrieval._retriever as searching
from chatbot import Chatbot
from chatbot.answer import Conversation
from chatbot.config import Settings
from chatbot.index import LazyChunks, StoredIndex, load_index
from chatbot.index._ivf import assign, train
from chatbot.index._manifest import verified_manifest
from chatbot.index._store import save_index
from chatbot.index._update import update_index
from chatbot.retrieval._dense import CANDIDATES
from chatbot.retrieval._ivf import IvfSearch
from chatbot.text import is_japanese

COSINE = 0.85  # a copy's cosine to its original: the median real nearest-neighbour cosine of the corpus
K = 50  # recall@K against exact
CHANGED = "onet_47-2152.00_plumbers-pipefitters-and-steamfitters.txt"
REMOVED = "onet_47-2111.00_electricians.txt"


def sigma(dimension: int) -> float:
    """Per-dimension noise that puts a unit vector plus noise at cosine COSINE to it: 1 / sqrt(1 + d s^2)."""
    return float(np.sqrt((1 / COSINE**2 - 1) / dimension))


def scaled(real: StoredIndex, vectors: int, seed: int = 0) -> StoredIndex:
    """The real index with copies of its embedded chunks added to their pages until it holds this many vectors."""
    rng = np.random.default_rng(seed)
    embedded = np.flatnonzero(np.any(real.vectors, axis=1))
    source = np.sort(rng.choice(embedded, max(0, vectors - len(embedded))))  # the original of each copy
    parent = np.concatenate([np.arange(len(real.lines)), source])  # each new row's original row
    files = {name: n for n, name in enumerate(real.names)}
    file_of_row = np.empty(len(real.lines), np.int64)
    for name, rows in real.by_source.items():
        file_of_row[rows] = files[name]
    order = np.lexsort((np.arange(len(parent)), file_of_row[parent]))  # rows grouped by file, originals first
    matrix = np.empty((len(parent), real.vectors.shape[1]), np.float32)
    position = np.empty(len(parent), np.int64)
    position[order] = np.arange(len(parent))
    matrix[position[: len(real.lines)]] = real.vectors
    noise = sigma(real.vectors.shape[1])
    for start in range(0, len(source), 100_000):
        block = real.vectors[source[start : start + 100_000]]
        block = block + noise * rng.standard_normal(block.shape, dtype=np.float32)
        rows = position[len(real.lines) + start : len(real.lines) + start + len(block)]
        matrix[rows] = block / np.linalg.norm(block, axis=1, keepdims=True)
    lines = [*real.lines, *(copy_line(real, row, n) for n, row in enumerate(source))]
    counts = {name: 0 for name in real.manifest.files}
    for row in parent:
        counts[real.names[file_of_row[row]]] += 1
    files_table = {
        name: record.model_copy(update={"chunks": counts[name]}) for name, record in real.manifest.files.items()
    }
    manifest = real.manifest.model_copy(update={"files": files_table, "checksums": {}})
    ordered = [lines[row] for row in order]
    terms = real.counts.rows(parent[order]) if real.counts else None
    return StoredIndex(manifest, LazyChunks(ordered), real.jobs, matrix, counts=terms, lines=ordered)


def copy_line(real: StoredIndex, row: int, n: int) -> bytes:
    """The chunk line of row `row` as copy n: the same chunk under a new id (its file's name still starts it)."""
    line = real.lines[row]
    old = line[6 : line.index(b'","', 7) + 1]  # the id's JSON string, after b'{"id":'
    return line.replace(old, old[:-1] + f"~{n}".encode() + b'"', 1)


def ivf_build(index: StoredIndex, settings: Settings) -> dict[str, float | int]:
    """Train and assign as a full build does; seconds of each."""
    with timer() as took_train:
        index.centroids = train(index.vectors, settings)
    with timer() as took_assign:
        index.lists = assign(index.vectors, index.centroids)
    index.manifest = index.manifest.model_copy(update={"ivf_lists": len(index.centroids)})
    return {"lists": len(index.centroids), "train_s": round(took_train[0], 1), "assign_s": round(took_assign[0], 1)}


def dense_search(index: StoredIndex, queries: np.ndarray, sweep: list[int]) -> dict[str, object]:
    """Exact against IVF search, one question at a time: ms and recall@K, for each nprobe in the sweep."""
    exact_ms, exact_top = [], []
    for query in queries:
        with timer() as took:
            scores = index.vectors @ query
            top = np.argpartition(-scores, K)[:K]
        exact_ms.append(took[0] * 1000)
        exact_top.append(set(top.tolist()))
    with timer() as took:
        ivf = IvfSearch(index.vectors, index.lists, index.centroids, sweep[0])  # type: ignore[arg-type]
    out: dict[str, object] = {"exact": percentiles(exact_ms), "lists_rebuilt_s": round(took[0], 2), "ivf": {}}
    for probes in sweep:
        ivf.probes = probes
        ms, recall = [], []
        for query, exact in zip(queries, exact_top, strict=True):
            with timer() as took:
                rows, _ = ivf.search(query, CANDIDATES, None)
            ms.append(took[0] * 1000)
            recall.append(len(set(rows[:K].tolist()) & exact) / K)
        out["ivf"][probes] = {  # type: ignore[index]
            **percentiles(ms),
            "recall": round(float(np.mean(recall)), 4),
            "recall_p5": round(float(np.percentile(recall, 5)), 2),
        }
    out["ivf_mb"] = round(ivf.size * (index.vectors.shape[1] * 4 + 8) / 2**20)
    return out


def questions_asked(bot: Chatbot, questions: list[str]) -> dict[str, object]:
    """Chatbot.ask and retrieval alone (understand + retrieve) with the time of its rank fusion, through the IVF and
    exact, alternated question by question after a warm-up round; all questions and the English ones (the Japanese
    get no dense search). Also: whether both ways cite the same sections, and the cost of embedding a question."""
    dense, ivf = bot._retriever.dense, bot._retriever.dense.ivf
    for question in questions:  # warm-up: the caches of each job a question reaches
        bot.ask(question, Conversation())
    timings: list[dict[str, object]] = []
    cited: dict[str, list[object]] = {"ivf": [], "exact": []}
    for question in questions:
        for mode in ("ivf", "exact"):
            dense.ivf = ivf if mode == "ivf" else None
            timing, citations = asked(bot, question)
            timings.append({"mode": mode, "english": not is_japanese(question), **timing})
            cited[mode].append(citations)
    dense.ivf = ivf
    out: dict[str, object] = {
        f"{part}_{mode}_{subset}": percentiles(
            [float(t[part]) for t in timings if t["mode"] == mode and (subset == "all" or t["english"])]  # type: ignore[arg-type]
        )
        for part in ("ask", "retrieval", "fusion")
        for mode in ("ivf", "exact")
        for subset in ("all", "en")
    }
    same = [a == b for a, b in zip(cited["ivf"], cited["exact"], strict=True)]
    out["same_citations"], out["differ"] = round(float(np.mean(same)), 3), len(same) - sum(same)
    embedding = []
    for question in [q for q in questions if not is_japanese(q)]:
        with timer() as took:
            bot.embedder.embed([question])
        embedding.append(took[0] * 1000)
    out["embedding_en"] = percentiles(embedding)
    return out


def asked(bot: Chatbot, question: str) -> tuple[dict[str, float], list[tuple[str, str]]]:
    """One question in a new conversation: ms of Chatbot.ask, of retrieval alone and of the fusion in it; and the
    sections the answer cites."""
    with timer() as took:
        answer = bot.ask(question, Conversation())
    retriever, fusion, fuse = bot._retriever, [], searching.fuse

    def timed_fuse(*args: Any) -> Any:
        with timer() as took_fusion:
            fused = fuse(*args)
        fusion.append(took_fusion[0])
        return fused

    searching.fuse = timed_fuse  # type: ignore[assignment]
    try:
        with timer() as took_retrieval:
            retriever.retrieve(retriever.understand(question))
    finally:
        searching.fuse = fuse
    timing = {"ask": took[0] * 1000, "retrieval": took_retrieval[0] * 1000, "fusion": sum(fusion) * 1000}
    return timing, [(c.job, c.section) for c in answer.citations]


def updates(bot: Chatbot, settings: Settings) -> dict[str, object]:
    """One page changed, removed, added back: as the app's Reindex, then as `chatbot index` (in process)."""
    page = next(folder / CHANGED for folder in settings.seeds if (folder / CHANGED).exists())
    removed = next(folder / REMOVED for folder in settings.seeds if (folder / REMOVED).exists())
    kept = removed.read_bytes()
    edits = iter(range(1, 100))
    cases = {
        "changed": lambda: page.write_text(
            page.read_text("utf-8").replace(". ", f" (edit {next(edits)}). ", 1), "utf-8"
        ),
        "removed": removed.unlink,
        "added": lambda: removed.write_bytes(kept),
    }
    out: dict[str, object] = {}
    for name, change in cases.items():  # the app first, while its version is the live one
        change()
        with timer() as took:
            bot.reindex()
        out[f"app_{name}_s"] = round(took[0], 2)
        bot.warm(wait=True)  # what the reindex left warming in the background, before the next is timed
    with timer() as took:
        verified_manifest(settings.index_dir)
    out["verify_checksums_s"] = round(took[0], 2)
    for name, change in cases.items():
        change()
        with timer() as took:
            report = update_index(settings, lambda: bot.embedder)
        out[f"cli_{name}_s"] = round(took[0], 2)
        out[f"cli_{name}_summary"] = report.summary()
    return out


def rss_mb() -> dict[str, int]:
    """Resident and peak resident memory of this process, MB."""
    status = [line.split() for line in Path("/proc/self/status").read_text().splitlines()]
    values = {fields[0].rstrip(":"): int(fields[1]) // 1024 for fields in status if fields[0] in ("VmRSS:", "VmHWM:")}
    return {"rss_mb": values["VmRSS"], "peak_rss_mb": values["VmHWM"]}


def one_size(args: argparse.Namespace, vectors: int) -> dict[str, object]:
    """Everything for one size, in this process."""
    settings = Settings(index_dir=args.index, model_cache=args.index / "models", ivf_threshold=1)
    work = Path(tempfile.mkdtemp(prefix="faiss-ivf-", dir=args.work))
    load = [round(os.getloadavg()[1], 1)]  # the machine is shared: its 5-minute load, at the start and the end
    try:
        with timer() as took:
            index = scaled(load_index(args.index), vectors)
        result: dict[str, object] = {"vectors": vectors, "chunks": len(index.lines), "replicate_s": round(took[0], 1)}
        result["build"] = build = ivf_build(index, settings)
        settings = settings.model_copy(update={"seeds": copy_corpus(work), "index_dir": work / "index"})
        with timer() as took:
            save_index(settings.index_dir, index)
        build["save_s"] = round(took[0], 1)
        del index
        with timer() as took:
            bot = Chatbot(settings)
            bot.warm(wait=True)
        result["load_s"] = round(took[0], 1)
        result["rss_after_load"] = rss_mb()
        questions = eval_questions() + job_questions(bot, args.questions)
        english = bot.embedder.embed([q for q in questions if not is_japanese(q)])
        result["dense"] = dense_search(bot.index, english, args.probes)
        result["questions"] = questions_asked(bot, questions)
        result["updates"] = updates(bot, settings)
        result["rss_end"] = rss_mb()
        result["load_average"] = [*load, round(os.getloadavg()[1], 1)]
        return result
    finally:
        shutil.rmtree(work, ignore_errors=True)


def tables(results: list[dict]) -> str:
    """The markdown tables of docs/benchmarks.md."""
    return "\n\n".join([speed_table(results), sweep_table(results), cost_table(results)])


def speed_table(results: list[dict]) -> str:
    """Dense search alone, then questions: English (p50 / p95), their retrieval and its fusion, all (p50)."""
    header = ["vectors (chunks)", "IVF lists", "dense search: exact", "IVF", "recall@50 (p5)", "English question: IVF"]
    header += ["exact", "its retrieval: IVF", "exact", "fusion in it: IVF", "all questions p50: IVF", "exact"]
    rows = []
    for r in results:
        d, q, ivf = r["dense"], r["questions"], r["dense"]["ivf"][str(r["probes"])]
        rows.append(
            [f"{r['vectors']:,} ({r['chunks']:,})", f"{r['build']['lists']:,}", pair(d["exact"]), pair(ivf)]
            + [f"{ivf['recall']} ({ivf['recall_p5']})", pair(q["ask_ivf_en"]), pair(q["ask_exact_en"])]
            + [pair(q["retrieval_ivf_en"]), pair(q["retrieval_exact_en"]), pair(q["fusion_ivf_en"])]
            + [f"{q['ask_ivf_all']['p50_ms']} ms", f"{q['ask_exact_all']['p50_ms']} ms", f"{q['differ']} of 220"]
        )
    return markdown([*header, "citations differ"], rows)


def sweep_table(results: list[dict]) -> str:
    """Recall@50 and search p50 for each nprobe."""
    header = ["vectors", *(f"nprobe {p}" for p in results[0]["dense"]["ivf"])]
    rows = [
        [f"{r['vectors']:,} ({r['build']['lists']:,} lists)"]
        + [f"{v['recall']}, {v['p50_ms']} ms" for v in r["dense"]["ivf"].values()]
        for r in results
    ]
    return markdown(header, rows)


def cost_table(results: list[dict]) -> str:
    """Build, load, one-page updates and memory."""
    header = ["vectors", "train", "assign", "save", "lists rebuilt at load", "load"]
    header += ["one page, `chatbot index` (changed / removed / added)", "its checksum check", "one page, app Reindex"]
    rows = []
    for r in results:
        b, u, d = r["build"], r["updates"], r["dense"]
        cli = " / ".join(str(u[f"cli_{case}_s"]) for case in ("changed", "removed", "added"))
        app = " / ".join(str(u[f"app_{case}_s"]) for case in ("changed", "removed", "added"))
        rows.append(
            [f"{r['vectors']:,}", f"{b['train_s']} s", f"{b['assign_s']} s", f"{b['save_s']} s"]
            + [f"{d['lists_rebuilt_s']} s", f"{r['load_s']} s", f"{cli} s", f"{u['verify_checksums_s']} s", f"{app} s"]
            + [f"{r['rss_after_load']['rss_mb']:,} / {r['rss_end']['peak_rss_mb']:,} MB", f"{d['ivf_mb']:,} MB"]
        )
    return markdown([*header, "RSS after load / peak", "IVF in memory"], rows)


def markdown(header: list[str], rows: list[list[str]]) -> str:
    """A markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|---" * len(header) + "|"]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in rows])


def pair(stats: dict[str, float]) -> str:
    return f"{stats['p50_ms']} / {stats['p95_ms']} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--index", type=Path, required=True, help="a built index of the corpus (with models/)")
    parser.add_argument("--sizes", type=int, nargs="+", default=[6_310, 300_000, 1_000_000], help="6,310: the real one")
    parser.add_argument("--probes", type=int, nargs="+", default=[96, 32, 64, 128], help="the first is the default")
    parser.add_argument("--questions", type=int, default=76, help="random job questions added to the eval sets'")
    parser.add_argument("--work", type=Path, default=None, help="a folder for the scaled indexes (default: /tmp)")
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)  # a size, in this process
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(one_size(args, args.one)))
        return
    results = []
    for size in args.sizes:
        command = [sys.executable, __file__, *sys.argv[1:], "--one", str(size)]
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, check=True)
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["probes"], result["seconds"] = args.probes[0], round(time.perf_counter() - started)
        results.append(result)
    save("faiss_ivf", {"results": results})
    print(tables(results))


if __name__ == "__main__":
    main()
