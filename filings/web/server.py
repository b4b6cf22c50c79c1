"""Running the page: a server on 127.0.0.1 on a free port, the browser opened at the
address with a fresh token once the server listens, a clean stop on Ctrl-C."""

from __future__ import annotations

import secrets
import socket
import threading
import time
from pathlib import Path
from typing import Callable


def find_case(folder: Path) -> tuple[Path | None, Path]:
    """(the case file, its folder): CASE_FOLDER may name the folder or the file itself;
    a folder without a case file gets the page that starts one."""
    if folder.is_file():
        return folder, folder.parent
    for name in ("case.yaml", "case.yml", "case.json"):
        if (folder / name).is_file():
            return folder / name, folder
    return None, folder


def serve(folder: Path, *, port: int = 0, announce: Callable[[str], None], open_browser: bool = True,
          announce_next: Callable[[str], None] | None = None) -> None:
    """Serve until interrupted. announce hears the address (with its token) once the
    server accepts requests, announce_next each new one once the last was used (each
    opens the page once, guard.Doors); nothing else is logged (an access log would keep
    the token and the pages visited)."""
    import uvicorn

    from .app import create_app
    from .guard import Doors

    case_path, folder = find_case(folder)
    token = secrets.token_urlsafe(32)  # the session's: the cookie's value, in no address
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", port))
    port = listener.getsockname()[1]
    base = f"http://127.0.0.1:{port}/?token="
    doors = Doors(lambda door: (announce_next or announce)(base + door))
    url = base + doors.new(renews=True)
    browser_url = base + doors.new() if open_browser else ""  # its own: a command line is no terminal
    app = create_app(case_path, folder, token, hosts=[f"127.0.0.1:{port}", f"localhost:{port}"], doors=doors)
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                                           server_header=False, date_header=False))

    def when_listening() -> None:
        while not server.started and not server.should_exit:
            time.sleep(0.01)
        if server.started:
            announce(url)
            if open_browser:
                import webbrowser

                webbrowser.open(browser_url)

    threading.Thread(target=when_listening, daemon=True).start()
    try:
        server.run(sockets=[listener])
    except KeyboardInterrupt:
        pass  # uvicorn shut down cleanly first, then passed Ctrl-C on: that is the stop asked for
    finally:
        listener.close()
