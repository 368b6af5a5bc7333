"""Every benchmark in one run, on a quiet machine: build, reindex, latency, memory, FAISS scale and IVF, retrieval.

Usage: .venv/bin/python bench/run.py [--skip-all]   (results in bench/results/*.json; copy them to docs/benchmarks.md)
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from common import RESULTS

BENCH = Path(__file__).resolve().parent


def run(script: str, *args: str) -> None:
    print(f"== {script} {' '.join(args)}", flush=True)
    subprocess.run([sys.executable, str(BENCH / script), *args], check=True)


def main() -> None:
    index = str(RESULTS / "index")
    run("build.py", "--keep", index, *sys.argv[1:])
    run("reindex.py", "--index", index)
    run("latency.py", "--index", index)
    run("memory.py", "--index", index)
    run("retrieval.py", "--index", index, "--repeat", "3")
    run("faiss_scale.py")
    run("faiss_ivf.py", "--index", index)


if __name__ == "__main__":
    main()
