"""Run numpy's matrix products on one thread: a question's are small, and its BLAS's second thread took a core from
the model's.

numpy's bundled OpenBLAS splits even a product of one vector with a few thousand rows over both cores, and its
idle workers keep spinning for a while after. A person's question alternates such products with runs of the ONNX
model, which wants both cores: measured on this 2-core machine (bench/match_first.py, 321 first match requests on
the full index, interleaved), p95 109 / 90 ms with two BLAS threads against 92 / 78 ms with one. FAISS's own BLAS
(the index build's clustering) is left as it is.
"""

from __future__ import annotations

import numpy  # noqa: F401  (its BLAS library is loaded with it, for threadpoolctl to find)

BLAS_THREADS = 1


def install() -> None:
    """Limit the BLAS numpy was built with (its wheel's own library) to BLAS_THREADS."""
    from threadpoolctl import ThreadpoolController

    for library in ThreadpoolController().lib_controllers:
        if library.user_api == "blas" and "numpy" in library.filepath:
            library.set_num_threads(BLAS_THREADS)
