"""The index on disk: versioned, sharded data (chunks, jobs, vectors, term counts; for a large index, its IVF's
centroids and each row's list), built and updated from the seed folders, loaded as data, and seen as job pages
(Library)."""

from chatbot.index._chunks import LazyChunks
from chatbot.index._library import Library
from chatbot.index._manifest import FORMAT_VERSION, read_manifest
from chatbot.index._status import index_status
from chatbot.index._store import StoredIndex, load_index
from chatbot.index._terms import TermCounts, chunk_text
from chatbot.index._update import refresh, update_index
from chatbot.index._versions import current_version, update_lock

__all__ = [
    "FORMAT_VERSION",
    "LazyChunks",
    "Library",
    "StoredIndex",
    "TermCounts",
    "chunk_text",
    "current_version",
    "index_status",
    "load_index",
    "read_manifest",
    "refresh",
    "update_index",
    "update_lock",
]
