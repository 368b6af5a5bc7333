"""numpy's own BLAS runs on one thread once chatbot is imported (chatbot/_blas_threads.py), and FAISS's is left as
it was."""

from __future__ import annotations

import faiss  # noqa: F401  (its BLAS loaded beside numpy's)
from threadpoolctl import threadpool_info

import chatbot  # noqa: F401  (importing the package limits numpy's BLAS)
from chatbot._blas_threads import BLAS_THREADS, install


def numpy_blas() -> list[dict[str, object]]:
    return [info for info in threadpool_info() if info["user_api"] == "blas" and "numpy" in str(info["filepath"])]


def test_numpy_blas_runs_on_one_thread() -> None:
    found = numpy_blas()
    assert found, "numpy's bundled BLAS was not found"
    assert all(info["num_threads"] == BLAS_THREADS for info in found)


def test_other_blas_libraries_are_left_alone() -> None:
    before = {
        str(info["filepath"]): info["num_threads"] for info in threadpool_info() if "numpy" not in str(info["filepath"])
    }
    install()  # again: idempotent, and it touches numpy's library only
    after = {
        str(info["filepath"]): info["num_threads"] for info in threadpool_info() if "numpy" not in str(info["filepath"])
    }
    assert after == before
    assert all(info["num_threads"] == BLAS_THREADS for info in numpy_blas())
