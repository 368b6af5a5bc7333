"""Ingest: seed folders -> job pages -> chunks. Scan, parse, section structure, chunking, upload checks."""

from chatbot.ingest._chunk import chunk_page, embed_text, fingerprint, split_text
from chatbot.ingest._parse import decode, parse_page, read_page, render_page
from chatbot.ingest._scan import SourceScan, file_sha256, scan_sources, seed_files, unchanged
from chatbot.ingest._structure import build_section, bullet_text, career_steps
from chatbot.ingest._upload import UploadedPage, check_upload, safe_name, save_upload

__all__ = [
    "SourceScan",
    "UploadedPage",
    "build_section",
    "bullet_text",
    "career_steps",
    "check_upload",
    "chunk_page",
    "decode",
    "embed_text",
    "file_sha256",
    "fingerprint",
    "parse_page",
    "read_page",
    "render_page",
    "safe_name",
    "save_upload",
    "scan_sources",
    "seed_files",
    "split_text",
    "unchanged",
]
