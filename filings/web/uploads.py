"""Reading a form with files straight into the case's evidence folder.

Starlette's own form reader spools a large upload to the system's temporary folder;
here each file part is written under a hidden working name inside the case's evidence
folder, hashed on the way,
and given a visible name only when the form is accepted. Nothing is written outside
the case folder, and a name is never reused: a taken name gets -2, -3...

The working name ends in .receiving, not in the .partial of a CLI intake: every CLI edit
removes *.partial files as what a killed intake left, and a CLI edit may run while this
page still receives a large video. What a killed page left is removed when a page starts
again (remove_stale_uploads)."""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from python_multipart.multipart import MultipartParser, parse_options_header

from ..atomic import publish
from ..filenames import slug

UPLOAD_PREFIX, RECEIVING = ".upload.", ".receiving"
STALE_AFTER = 3600  # seconds unwritten: no page is receiving it any more
MAX_FIELDS = 200
MAX_FIELD_BYTES = 256 * 1024  # a description is long, but not this long
MAX_FILES = 50


# Names Windows keeps for devices, whatever the suffix (slug() has lowered the case and
# turned 'CONOUT$' into 'conout', 'COM¹' into 'com1').
_WINDOWS_DEVICES = {"con", "prn", "aux", "nul", "conin", "conout",
                    *(f"{port}{n}" for port in ("com", "lpt") for n in range(10))}


class FormRefused(ValueError):
    """The request is not a form this app sends."""


@dataclass
class Upload:
    name: str  # the name the browser gave, sanitised: no folder, ASCII
    temporary: Path
    sha256: str = ""
    size: int = 0


@dataclass
class Form:
    fields: dict[str, list[str]] = field(default_factory=dict)
    uploads: dict[str, list[Upload]] = field(default_factory=dict)

    def one(self, name: str) -> str:
        values = self.fields.get(name) or [""]
        return values[0]

    def all(self, name: str) -> list[str]:
        return self.fields.get(name, [])

    def discard(self) -> None:
        """Remove every temporary still here (a refused form, a failed edit)."""
        for upload in (u for uploads in self.uploads.values() for u in uploads):
            upload.temporary.unlink(missing_ok=True)


def safe_name(original: str) -> str:
    """A file name that names no folder and that any file system takes:
    'C:\\fotos\\Auto deur.JPG' -> 'auto-deur.jpg', '../../.bashrc' -> 'bashrc'."""
    base = original.replace("\\", "/").rsplit("/", 1)[-1]
    stem, dot, suffix = base.rpartition(".")
    if not dot or not stem.strip("."):
        stem, suffix = base, ""
    stem = slug(stem)[:60] or "bestand"
    if stem in _WINDOWS_DEVICES:  # 'con.txt' is the console on Windows: the upload would vanish
        stem += "-bestand"
    suffix = "".join(c for c in slug(suffix) if c.isalnum())[:10]
    return f"{stem}.{suffix}" if suffix else stem


async def read_form(request, folder: Path) -> Form:
    """The fields and files of a multipart or urlencoded form; files go to folder."""
    content_type, options = parse_options_header(request.headers.get("content-type", ""))
    if content_type == b"application/x-www-form-urlencoded":
        form = await request.form(max_files=0, max_fields=MAX_FIELDS)
        fields: dict[str, list[str]] = {}
        for key, value in form.multi_items():
            fields.setdefault(key, []).append(str(value))
        return Form(fields)
    if content_type != b"multipart/form-data" or b"boundary" not in options:
        raise FormRefused("not a form")
    reader = _Reader(folder)
    parser = MultipartParser(options[b"boundary"], reader.callbacks())
    try:
        async for chunk in request.stream():
            parser.write(chunk)
        parser.finalize()
    except BaseException:
        reader.form.discard()
        reader.close()
        raise
    return reader.form


class _Reader:
    def __init__(self, folder: Path):
        self.folder, self.form = folder, Form()
        self.header_name = self.header_value = b""
        self.disposition = b""
        self.data = bytearray()
        self.upload: Upload | None = None
        self.handle = None
        self.digest = None
        self.count = 0

    def callbacks(self) -> dict:
        return {"on_part_begin": self.begin, "on_part_data": self.part_data, "on_part_end": self.end,
                "on_header_field": self.header_field, "on_header_value": self.header_part,
                "on_header_end": self.header_end, "on_headers_finished": self.headers_done}

    def begin(self) -> None:
        self.disposition, self.data, self.upload = b"", bytearray(), None

    def header_field(self, data: bytes, start: int, end: int) -> None:
        self.header_name += data[start:end]

    def header_part(self, data: bytes, start: int, end: int) -> None:
        self.header_value += data[start:end]

    def header_end(self) -> None:
        if self.header_name.lower() == b"content-disposition":
            self.disposition = self.header_value
        self.header_name = self.header_value = b""

    def headers_done(self) -> None:
        _, options = parse_options_header(self.disposition)
        if b"name" not in options:
            raise FormRefused("a form part without a name")
        self.name = options[b"name"].decode("utf-8", "replace")
        self.count += 1
        if self.count > MAX_FIELDS:
            raise FormRefused("too many fields")
        filename = options.get(b"filename")
        if filename is None or not filename:  # a file field left empty sends an empty name
            self.skip_file = filename is not None
            return
        self.skip_file = False
        if sum(len(u) for u in self.form.uploads.values()) >= MAX_FILES:
            raise FormRefused("too many files")
        self.folder.mkdir(mode=0o700, exist_ok=True)
        name = safe_name(filename.decode("utf-8", "replace"))
        fd, temporary = tempfile.mkstemp(prefix=UPLOAD_PREFIX, suffix=RECEIVING, dir=self.folder)
        self.handle = os.fdopen(fd, "wb")
        self.digest = hashlib.sha256()
        self.upload = Upload(name, Path(temporary))
        self.form.uploads.setdefault(self.name, []).append(self.upload)

    def part_data(self, data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if self.upload is not None:
            self.handle.write(chunk)
            self.digest.update(chunk)
            self.upload.size += len(chunk)
        elif not self.skip_file:
            self.data += chunk
            if len(self.data) > MAX_FIELD_BYTES:
                raise FormRefused("a field too long")

    def end(self) -> None:
        if self.upload is not None:
            self.close()
            self.upload.sha256 = self.digest.hexdigest()
        elif not self.skip_file:
            self.form.fields.setdefault(self.name, []).append(self.data.decode("utf-8", "replace"))

    def close(self) -> None:
        if self.handle is not None:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            self.handle = None


def remove_stale_uploads(folder: Path) -> None:
    """Remove the uploads a killed page left half-received in folder (another page on the
    same case may be receiving one right now: only those unwritten for an hour)."""
    try:
        names = os.listdir(folder)
    except OSError:
        return
    for name in names:
        if name.startswith(UPLOAD_PREFIX) and name.endswith(RECEIVING):
            path = folder / name
            try:
                if path.is_file() and not path.is_symlink() and time.time() - path.stat().st_mtime > STALE_AFTER:
                    path.unlink()
            except OSError:
                continue


def place(upload: Upload, folder: Path) -> Path:
    """Give an upload its visible name in folder: its own, else name-2, name-3...; an
    existing file is never replaced. Returns the new file; the temporary is gone."""
    stem, dot, suffix = upload.name.rpartition(".")
    if not dot:
        stem, suffix = upload.name, ""
    try:
        for attempt in range(1, 10_000):
            name = upload.name if attempt == 1 else f"{stem}-{attempt}{dot}{suffix}"
            try:
                publish(upload.temporary, folder / name)
                return folder / name
            except FileExistsError:
                continue
        raise FileExistsError(f"no free name for {upload.name} in {folder}")
    finally:
        upload.temporary.unlink(missing_ok=True)
