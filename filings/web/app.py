"""The pages of `filings web`: thin handlers over the same library calls as the CLI.

Every page is read fresh from the case file; every change goes through filings/edit (one
validated, atomic, locked write that keeps the user's comments). A change is a POST
answered by a redirect (or, when refused, by the form again with each problem beside its
field); the app's script turns both into page replacements, so that the app leaves one
entry in the browser's history at most (static/app.js)."""

from __future__ import annotations

import asyncio
import errno
import re
import secrets
from datetime import date
from pathlib import Path
from typing import Callable

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .. import i18n
from ..errors import CaseInvalid, FilingsError
from ..lang import words
from ..load.loader import LoadedCase, load_case
from . import forms, papers
from .guard import Doors, Guard, cookie_name
from .language import Speaking
from .text import page_text
from .uploads import Form, FormRefused, place, read_form, remove_stale_uploads

HERE = Path(__file__).parent
# An address in the app's own markup: href="/...", src="/...", action="/..." (values from
# the case are escaped, so none of them can spell this)
_OWN_ADDRESS = re.compile(r'(\s(?:href|src|action)=")/(?!/)')
NOTICE_BY = ["victim", "lawyer", "police", "prosecutor", "other"]
NOTICE_CHANNELS = ["message", "letter", "registered_letter", "email", "social_media", "phone", "in_person", "other"]


class Site:
    """The state of one running page: which case, the edit lock, the papers job, and the
    notes a redirect carries to the next page (kept in memory only)."""

    def __init__(self, case_path: Path | None, folder: Path, today: Callable[[], date], prefix: str = ""):
        self.case_path, self.folder, self.today, self.prefix = case_path, folder, today, prefix
        self.edit_lock = asyncio.Lock()  # one upload and edit at a time: they share the evidence folder
        self.job = papers.Job()
        self.notes: dict[str, list[str]] = {}
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]),
                               trim_blocks=True, lstrip_blocks=True)

    def t(self, loaded: LoadedCase | None = None):
        """The page's words, in the language of the request being answered (language.py)."""
        return page_text()

    def page(self, request: Request, template: str, status: int = 200, loaded: LoadedCase | None = None,
             **values) -> HTMLResponse:
        t = self.t(loaded)
        notes = self.notes.get(request.query_params.get("m", ""), [])
        html = self.env.get_template(template).render(t=t, path=request.url.path, notes=notes, **values)
        html = _OWN_ADDRESS.sub(lambda m: m.group(1) + self.prefix + "/", html)  # the pages live under the prefix
        return HTMLResponse(html, status_code=status)

    def redirect(self, url: str, notes: list[str] = ()) -> RedirectResponse:
        if notes:
            key = secrets.token_urlsafe(8)
            self.notes[key] = list(notes)
            while len(self.notes) > 50:  # a note is read once or twice, right after the change
                self.notes.pop(next(iter(self.notes)))
            url += f"?m={key}"
        return RedirectResponse(url, status_code=303)

    def load(self) -> LoadedCase:
        return load_case(self.case_path, today=self.today(), check_hashes=False)

    def evidence_folder(self, loaded: LoadedCase) -> Path:
        """Where uploads land: the folder `evidence add` copies into (bewijs/, preuves/)."""
        from ..edit.scaffold import evidence_folder

        return evidence_folder(self.case_path.parent, loaded.case.language)


def create_app(case_path: Path | None, folder: Path, token: str, hosts: list[str],
               today: Callable[[], date] = date.today, doors: Doors | None = None) -> Guard:
    prefix = "/" + secrets.token_urlsafe(12)  # the cookie is sent for this path only (guard.py)
    site = Site(case_path.resolve() if case_path else None, folder, today, prefix)
    if site.case_path is not None:
        from ..edit.scaffold import evidence_folders

        for evidence in evidence_folders(site.case_path.parent):  # whichever the case uses
            remove_stale_uploads(evidence)

    def with_case(handler):
        """A page of a case: the start page when there is none, the problems when it
        does not validate."""
        async def wrapped(request: Request):
            if site.case_path is None or not site.case_path.exists():
                return site.page(request, "start.html", folder=site.folder)
            try:
                loaded = site.load()
            except CaseInvalid as exc:
                return site.page(request, "broken.html", problems=exc.lines())
            return await handler(request, loaded)
        return wrapped

    async def overview(request, loaded):
        from ..plan.views import pattern_view

        pattern = None
        if loaded.case.incidents:
            pattern = pattern_view(loaded.case)
            pattern.pop("chart", None)  # a picture for the papers, not for this page
        return site.page(request, "overview.html", loaded=loaded, case=loaded.case, pattern=pattern,
                         warnings=[w.render() for w in loaded.warnings], night=_night_hours())

    async def logbook(request, loaded):
        return site.page(request, "logbook.html", loaded=loaded, case=loaded.case, **_incident_rows(loaded))

    async def incident_form(request, loaded):
        if request.method == "GET":
            return _incident_page(request, loaded, {"date": site.today().isoformat()}, {})
        return await _post_incident(request, loaded)

    def _incident_page(request, loaded, values, errors, status=200, problem=""):
        w = _words(loaded)
        return site.page(request, "incident_form.html", status=status, loaded=loaded, case=loaded.case,
                         values=values, errors=errors, problem=problem, kinds=w.INCIDENT_KINDS,
                         witness_options=[(x.id, f"{x.first_name} {x.last_name} ({x.id})")
                                          for x in loaded.case.witnesses])

    async def _post_incident(request, loaded):
        from ..edit.logbook import add_incident
        from ..edit.questions import new_incident

        t = site.t(loaded)
        async with site.edit_lock:
            try:
                form = await _read(request, loaded)
            except OSError as exc:
                return _incident_page(request, loaded, {"date": site.today().isoformat()}, {}, status=507,
                                      problem=_not_saved(exc, t))
            if isinstance(form, Response):
                return form
            today = site.today()
            answers, errors = forms.incident_answers(form, loaded, today, t)
            values = {name: form.all(name) if name in ("kinds", "witnesses") else form.one(name)
                      for name in ("date", "time", "end_time", "location", "kinds", "description",
                                   "witnesses", "new_witnesses", "police_report")}
            if errors:
                form.discard()
                return _incident_page(request, loaded, values, errors, status=422)
            placed = []
            try:
                placed = _place_all(form, "files")
                answers["files"] = placed
                # hashing a large video must not stop the other pages (the papers' progress)
                added = await run_in_threadpool(add_incident, site.case_path, new_incident(answers, today), today)
            except FilingsError as exc:
                _remove(placed)
                return _incident_page(request, loaded, values, {}, status=422, problem=str(exc))
            except OSError as exc:
                _remove(placed)
                return _incident_page(request, loaded, values, {}, status=507, problem=_not_saved(exc, t))
            except BaseException:
                _remove(placed)
                raise
            _remove_unrecorded(placed, added.evidence, site.case_path.parent)
        notes = [t["saved_incident"].format(id=added.incident_id)]
        notes += [t["new_witness"].format(id=i, first=f, last=last) for i, f, last in added.new_witnesses]
        notes += _evidence_notes(added.evidence, t)
        return site.redirect("/logboek", notes)

    async def evidence(request, loaded):
        from ..load.model import EvidenceKind

        w = _words(loaded)
        values, errors, problem, status = {}, {}, "", 200
        if request.method == "POST":
            response = await _post_evidence(request, loaded)
            if isinstance(response, Response):
                return response
            values, errors, problem, status = response
        return site.page(request, "evidence.html", status=status, loaded=loaded, case=loaded.case,
                         values=values, errors=errors, problem=problem,
                         evidence_kinds={k.value: w.EVIDENCE_KINDS.get(k.value, k.value) for k in EvidenceKind},
                         **_incident_rows(loaded))

    async def _post_evidence(request, loaded):
        from ..edit.logbook import add_evidence
        from ..load.model import EvidenceKind

        t = site.t(loaded)
        async with site.edit_lock:
            try:
                form = await _read(request, loaded)
            except OSError as exc:
                return {}, {}, _not_saved(exc, t), 507
            if isinstance(form, Response):
                return form
            values, errors = forms.evidence_values(form, loaded, t)
            shown = {name: form.one(name) for name in ("description", "date", "incident", "kind")}
            if values["kind"] and values["kind"] not in {k.value for k in EvidenceKind}:
                errors["kind"] = t["required"]
            if errors:
                form.discard()
                return shown, errors, "", 422
            placed = []
            try:
                placed = _place_all(form, "files")
                kind = EvidenceKind(values["kind"]) if values["kind"] else None
                added = await run_in_threadpool(lambda: add_evidence(
                    site.case_path, placed, kind=kind, day=values["day"], incident=values["incident"],
                    today=site.today(), describe=lambda source: values["description"]))
            except FilingsError as exc:
                _remove(placed)
                return shown, {}, str(exc), 422
            except OSError as exc:
                _remove(placed)
                return shown, {}, _not_saved(exc, t), 507
            except BaseException:
                _remove(placed)
                raise
            _remove_unrecorded(placed, added.evidence, site.case_path.parent)
        return site.redirect("/bewijs", _evidence_notes(added.evidence, t))

    async def people(request, loaded):
        return site.page(request, "people.html", loaded=loaded, case=loaded.case)

    async def notices(request, loaded):
        values, errors, problem, status = {"date": site.today().isoformat(), "by": "victim"}, {}, "", 200
        if request.method == "POST":
            response = await _post_notice(request, loaded)
            if isinstance(response, Response):
                return response
            values, errors, problem, status = response
        return site.page(request, "notices.html", status=status, loaded=loaded, case=loaded.case,
                         values=values, errors=errors, problem=problem,
                         by_options=[(v, site.t(loaded)["by"][v]) for v in NOTICE_BY],
                         channel_options=[(v, site.t(loaded)["channels"][v]) for v in NOTICE_CHANNELS])

    async def _post_notice(request, loaded):
        from ..edit.batch import NewNotice
        from ..edit.notices import add_notice

        t = site.t(loaded)
        async with site.edit_lock:
            try:
                form = await _read(request, loaded)
            except OSError as exc:
                return {}, {}, _not_saved(exc, t), 507
            if isinstance(form, Response):
                return form
            values, errors = forms.notice_values(form, loaded, t, NOTICE_BY, NOTICE_CHANNELS)
            shown = {name: form.one(name) for name in ("date", "by", "channel", "text")}
            if errors:
                form.discard()
                return shown, errors, "", 422
            placed = []
            try:
                placed = _place_all(form, "files")
                notice = NewNotice(values["date"], values["by"], values["channel"], values["text"], [], placed)
                added = await run_in_threadpool(lambda: add_notice(site.case_path, notice, today=site.today()))
            except FilingsError as exc:
                _remove(placed)
                return shown, {}, str(exc), 422
            except OSError as exc:
                _remove(placed)
                return shown, {}, _not_saved(exc, t), 507
            except BaseException:
                _remove(placed)
                raise
            proof = [piece for _, pieces in added.notices for piece in pieces]
            _remove_unrecorded(placed, proof, site.case_path.parent)
        notes = [t["saved_notice"].format(id=notice_id) for notice_id, _ in added.notices]
        return site.redirect("/meldingen", notes + _evidence_notes(proof, t))

    async def reports(request, loaded):
        values, errors, problem, status = {"date": site.today().isoformat()}, {}, "", 200
        if request.method == "POST":
            response = await _post_report(request, loaded)
            if isinstance(response, Response):
                return response
            values, errors, problem, status = response
        return site.page(request, "reports.html", status=status, loaded=loaded, case=loaded.case,
                         values=values, errors=errors, problem=problem, **_incident_rows(loaded))

    async def _post_report(request, loaded):
        from ..edit.reports import NewReport, add_police_report

        t = site.t(loaded)
        async with site.edit_lock:
            try:
                form = await _read(request, loaded)
            except OSError as exc:
                return {}, {}, _not_saved(exc, t), 507
            if isinstance(form, Response):
                return form
            values, errors = forms.report_values(form, loaded, t)
            form.discard()  # a PV takes no files
            shown = {name: form.one(name) for name in ("number", "date", "police_zone", "prosecutor_reference")}
            shown["covers"] = form.all("covers")
            if errors:
                return shown, errors, "", 422
            try:
                await run_in_threadpool(add_police_report, site.case_path, NewReport(**values), site.today())
            except FilingsError as exc:
                return shown, {}, str(exc), 422
            except OSError as exc:
                return shown, {}, _not_saved(exc, t), 507
        return site.redirect("/pvs", [t["saved_report"].format(number=values["number"])])

    async def papers_page(request, loaded):
        if request.method == "POST":
            site.job.start(site.case_path, site.today())
            return site.redirect("/papieren")
        bundle = site.case_path.parent / papers.BUNDLE_FOLDER
        manifest = papers.read_manifest(bundle) if site.job.state != "running" else None
        packages = []
        if manifest:
            names = {w.id: f"{w.first_name} {w.last_name}" for w in loaded.case.witnesses}
            for reader, witness in papers.readers(manifest):
                packages.append((reader.key, reader, names.get(witness, witness)))
        return site.page(request, "papers.html", loaded=loaded, case=loaded.case, job=site.job.status(),
                         job_counts=(site.job.documents, site.job.evidence), manifest=manifest,
                         packages=packages, folder=papers.BUNDLE_FOLDER)

    async def papers_status(request):
        if site.case_path is None:
            return Response(status_code=404)
        return JSONResponse(site.job.status())  # the steps in the language of the page that started it

    async def paper_file(request):
        if site.case_path is None:
            return Response(status_code=404)
        bundle = site.case_path.parent / papers.BUNDLE_FOLDER
        manifest = papers.read_manifest(bundle) or {}
        name = request.path_params["name"]
        if name not in {d["file"] for d in manifest.get("documents", [])}:
            return Response(status_code=404)
        return FileResponse(bundle / name, filename=name,
                            media_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document")

    async def package(request):
        if site.case_path is None:
            return Response(status_code=404)
        bundle = site.case_path.parent / papers.BUNDLE_FOLDER
        manifest = papers.read_manifest(bundle)  # None before the first papers: no package yet
        reader = papers.reader_by_key(manifest, request.path_params["reader"]) if manifest else None
        if reader is None:
            return Response(status_code=404)
        path = papers.write_package(bundle, manifest, reader, site.case_path.parent)
        return FileResponse(path, filename=f"{reader.key}.zip", media_type="application/zip",
                            background=BackgroundTask(path.unlink, missing_ok=True))

    async def start(request):
        from ..edit.scaffold import init_case
        from .uploads import safe_name

        form = await request.form(max_files=0, max_fields=5)
        name = safe_name(str(form.get("name", "")).strip())
        if site.case_path is not None and site.case_path.exists():
            return site.redirect("/")
        folder = site.folder / name if name and name != "bestand" else site.folder
        try:
            site.case_path = init_case(folder)
        except FilingsError as exc:
            return site.page(request, "start.html", status=422, folder=site.folder, problem=str(exc))
        return site.redirect("/", [site.t()["start_done"].format(file=site.case_path)])

    async def neutral(request):
        """The quick exit's page: nothing of the case, and the session forgotten, so that
        neither reload nor a typed address shows the case again without the token."""
        response = site.page(request, "neutral.html")
        response.delete_cookie(cookie_name(token), path=prefix)
        return response

    async def _read(request, loaded) -> Form | Response:
        try:
            return await read_form(request, site.evidence_folder(loaded))
        except FormRefused:
            return Response(status_code=400)

    routes = [
        Route("/", with_case(overview)),
        Route("/start", start, methods=["POST"]),
        Route("/logboek", with_case(logbook)),
        Route("/logboek/nieuw", with_case(incident_form), methods=["GET", "POST"]),
        Route("/bewijs", with_case(evidence), methods=["GET", "POST"]),
        Route("/personen", with_case(people)),
        Route("/meldingen", with_case(notices), methods=["GET", "POST"]),
        Route("/pvs", with_case(reports), methods=["GET", "POST"]),
        Route("/papieren", with_case(papers_page), methods=["GET", "POST"]),
        Route("/papieren/status", papers_status),
        Route("/papieren/bestand/{name}", paper_file),
        Route("/papieren/pakket/{reader}", package),
        Route("/uit", neutral),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    async def failed(request, exc):
        """An unexpected error: the app's own page (quick exit included), never a
        traceback or a path; uvicorn writes the traceback in the terminal."""
        return site.page(request, "error.html", status=500)

    return Guard(Speaking(Starlette(routes=routes, exception_handlers={500: failed}), default=i18n.language()),
                 token, hosts, open_paths=frozenset({"/uit", "/static/neutral.css"}), doors=doors, prefix=prefix)


def _place_all(form: Form, name: str) -> list[Path]:
    """Give each uploaded file of this field its name in the evidence folder."""
    placed = []
    try:
        for upload in form.uploads.get(name, []):
            placed.append(place(upload, upload.temporary.parent))
    except BaseException:
        _remove(placed)
        form.discard()
        raise
    form.discard()  # uploads of other fields: none are expected
    return placed


def _not_saved(exc: OSError, t: dict) -> str:
    """What the victim can do when the disk refused the upload or the edit (nothing was
    kept: read_form and _place_all remove their files, the case is written atomically)."""
    if exc.errno == errno.ENOSPC:
        return t["not_saved_disk_full"]
    return t["not_saved"].format(reason=exc.strerror or type(exc).__name__)


def _remove(placed: list[Path]) -> None:
    for path in placed:
        path.unlink(missing_ok=True)


def _remove_unrecorded(placed: list[Path], recorded, case_dir: Path) -> None:
    """An upload whose bytes the case had already is not kept twice: the case cites the
    file it recorded first."""
    kept = {(case_dir / piece.file).resolve() for piece in recorded}
    _remove([path for path in placed if path.resolve() not in kept])


def _evidence_notes(pieces, t: dict) -> list[str]:
    return [(t["already_evidence"] if piece.already else t["saved_evidence"]).format(id=piece.id, file=piece.file)
            for piece in pieces]


def _incident_rows(loaded: LoadedCase) -> dict:
    from ..plan.numbering import chronological

    w = _words(loaded)
    incidents = list(enumerate(chronological(loaded.case), start=1))
    options = [(incident.id or str(number),
                f"{number}. {incident.date.isoformat()} {incident.location or ''}".strip())
               for number, incident in incidents]
    return {"incidents": incidents, "kind_names": w.INCIDENT_KINDS, "incident_options": options}


def _words(loaded: LoadedCase):
    """The names of kinds (of incident, of evidence) in the page's language where the papers
    have it (lang/), else in the case's."""
    from ..lang import LANGUAGES

    language = i18n.spoken()
    return words(language if language in LANGUAGES else loaded.case.language)


def _night_hours() -> tuple[str, str]:
    from ..plan.legal import NIGHT_END, NIGHT_START

    return NIGHT_START.strftime("%H:%M"), NIGHT_END.strftime("%H:%M")
