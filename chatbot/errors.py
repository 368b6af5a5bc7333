"""The project's exceptions; each message says what went wrong and what to do about it."""

from __future__ import annotations

from pathlib import Path


class ChatbotError(Exception):
    """Base of every error the chatbot reports to people instead of a traceback."""


class PageError(ChatbotError):
    """A file is not a usable job page."""

    def __init__(self, file: str, reason: str) -> None:
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


class SeedsFolderError(ChatbotError):
    """A seeds folder cannot be listed; nothing is changed, so its pages are not dropped from the index."""

    def __init__(self, folder: str, reason: str) -> None:
        super().__init__(f"Seeds folder {folder} {reason}; the index was left as it was. Check the --seeds path.")


class IndexMissingError(ChatbotError):
    """There is no index at the given folder yet."""

    def __init__(self, index_dir: str) -> None:
        super().__init__(f"No index in {index_dir}. Build it with: chatbot index --index {index_dir}")


class IndexCorruptError(ChatbotError):
    """The index on disk cannot be trusted."""

    def __init__(self, index_dir: str, reason: str) -> None:
        super().__init__(
            f"The index in {index_dir} is damaged ({reason}). Rebuild it with: chatbot index --full --index {index_dir}"
        )


class IndexMismatchError(ChatbotError):
    """The index was built with other settings than the ones in use."""

    def __init__(self, index_dir: str, reason: str) -> None:
        super().__init__(
            f"The index in {index_dir} does not match the settings ({reason}). "
            f"Update it with: chatbot index --index {index_dir}"
        )


class ModelError(ChatbotError):
    """The embedding model could not be loaded offline."""


class IndexBusyError(ChatbotError):
    """Another process is updating the same index."""

    def __init__(self, index_dir: str) -> None:
        super().__init__(f"Another `chatbot index` is updating {index_dir}; wait for it to finish and retry.")


class UploadExistsError(ChatbotError):
    """A different file of the same name is already in the seeds folder."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path.name} already exists in {path.parent}; confirm replacing it, or rename the file.")
        self.path = path
