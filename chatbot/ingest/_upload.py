"""An uploaded job page: validated like any seed file, then saved into the seeds folder under a safe name."""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
import uuid
from collections.abc import Mapping
from pathlib import Path

from pydantic import BaseModel, Field

from chatbot.config import Settings
from chatbot.errors import PageError, UploadExistsError
from chatbot.ingest._parse import check_size, decode, parse_page
from chatbot.ingest._scan import file_sha256, title_owner

MAX_NAME_CHARS = 100
UNSAFE = re.compile(r"[^\w.-]+")  # letters and digits of any script stay


class UploadedPage(BaseModel):
    """A checked upload: where it would be saved and what is there now."""

    name: str = Field(description="Safe file name in the seeds folder.")
    title: str
    sections: int
    size: int
    sha256: str
    target: Path
    exists: bool = Field(description="A file of this name is already in the seeds folder.")
    identical: bool = Field(description="That file has exactly these bytes (saving changes nothing).")


def safe_name(name: str) -> str:
    """A file name that cannot leave the seeds folder, hide itself or be anything but a .txt page.

    "../../etc/Ward Mayor (Tokyo).TXT" -> "Ward_Mayor_Tokyo.txt"

    Raises:
        PageError: the name is not a .txt file or has nothing usable left.
    """
    base = unicodedata.normalize("NFKC", name).replace("\\", "/").rsplit("/", 1)[-1].strip()
    stem, dot, suffix = base.rpartition(".")
    if not dot or suffix.lower() != "txt":
        raise PageError(base or name, "only .txt job pages can be added")
    stem = UNSAFE.sub("_", stem).strip("._-")[: MAX_NAME_CHARS - 4]
    if not stem:
        raise PageError(base, "the file name has no letters or digits; rename it")
    return f"{stem}.txt"


def check_upload(name: str, data: bytes, settings: Settings, titles: Mapping[str, str] | None = None) -> UploadedPage:
    """Validate an upload as a job page, as the indexer would read it.

    Args:
        titles: indexed job titles -> their source file; a page repeating another file's title is refused.
    Raises:
        PageError: too large, not UTF-8, not a job page, or a title another file already has.
    """
    file = safe_name(name)
    check_size(file, len(data), settings.max_file_bytes)
    page = parse_page(decode(data, file), file, settings.vocabulary.texts)
    owner = title_owner(page.title, titles or {})
    if owner is not None and owner != file:
        raise PageError(file, f"the job {page.title!r} is already indexed from {owner}")
    target = seeds_folder(settings) / file
    exists = target.is_file()
    digest = hashlib.sha256(data).hexdigest()
    identical = exists and file_sha256(target) == digest
    return UploadedPage(
        name=file,
        title=page.title,
        sections=len(page.sections),
        size=len(data),
        sha256=digest,
        target=target,
        exists=exists,
        identical=identical,
    )


def seeds_folder(settings: Settings) -> Path:
    """Where uploads go: the first seeds folder."""
    return settings.seeds[0]


def save_upload(upload: UploadedPage, data: bytes, replace: bool = False) -> Path:
    """Write the page into the seeds folder; another file of that name is replaced only when asked.

    The bytes are written beside the target and moved into place, so the indexer never reads half a file.

    Raises:
        UploadExistsError: the name is taken and replace is False.
    """
    if hashlib.sha256(data).hexdigest() != upload.sha256:
        raise ValueError("these bytes are not the ones that were checked")
    target = upload.target
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = target.with_name(f".upload-{uuid.uuid4().hex[:8]}-{target.name}")
    staging.write_bytes(data)
    try:
        if replace:
            os.replace(staging, target)
        else:
            os.link(staging, target)  # fails if the name exists, even if it appeared a moment ago
    except FileExistsError as exc:
        raise UploadExistsError(target) from exc
    finally:
        staging.unlink(missing_ok=True)
    return target
