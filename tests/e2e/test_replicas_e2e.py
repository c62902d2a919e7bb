"""Two Streamlit processes behind nginx (scripts/serve.py), in real Chromium: sticky sessions by cookie.

Two browser contexts (two cookie jars) land on different processes; each keeps to its own process for
every request (page, reload, /media images, downloads, uploads), which is what makes the QR code, the
backup download and the CSV upload work: each lives in the memory of the process that made it. The same
image asked for with the other browser's cookie is not found, which shows the cookie is what routes.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from assessment.present.i18n import t
from tests.e2e.conftest import (
    DEMO_INITIATIVE,
    OPEN_ROUND,
    PASSCODE,
    ROOT,
    STARTUP_TIMEOUT_S,
    _free_port,
    _healthy,
)

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]

NGINX = "/usr/sbin/nginx"
REPLICAS = 2
MAX_CONTEXTS = 16  # each new cookie jar lands on either process with probability 1/2: 2^-15 to miss
DESKTOP = dict(viewport={"width": 1400, "height": 1000}, locale="en-US", accept_downloads=True)
PHONE = dict(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True, locale="en-US")


def en(key: str, **params: object) -> str:
    return t(key, "en", **params)


# ---- the app's API, in one place (it is moving) ---------------------------------------------------------------
def open_demo_round(db_url: str) -> tuple[str, int]:
    """(join code, short/full item count) of the demo's open round, loaded by `assessment setup`."""
    from assessment.usecases import Services

    services = Services(url=db_url)
    found = services.find_round(initiative=DEMO_INITIATIVE, label=OPEN_ROUND)
    assert found.status == "open", found
    return found.join_code, len(services.current_instrument().item_ids(found.form))


def stored_answers(db_url: str, token: str) -> dict[str, int | None]:
    """item id -> stored answer of the participant with this resume token."""
    from assessment.usecases import Services

    return dict(Services(url=db_url).participant_state(token=token).answers)


# ---- nginx gate and the server ----------------------------------------------------------------------------------
def nginx_problem() -> str | None:
    if os.access(NGINX, os.X_OK) or shutil.which("nginx"):
        return None
    return f"nginx not found ({NGINX} or `nginx` on PATH)"


@dataclass
class Replicas:
    base_url: str
    db_url: str
    apps: list[str]  # "127.0.0.1:PORT" of each process
    log_path: Path
    run_dir: Path

    def log(self) -> str:
        parts = [self.log_path.read_text(encoding="utf-8", errors="replace")[-8000:]]
        for log in sorted(self.run_dir.glob("**/*.log")):
            parts.append(f"---- {log.name} ----\n{log.read_text(encoding='utf-8', errors='replace')[-4000:]}")
        return "\n".join(parts)


@pytest.fixture
def replicas(browser_available: str, databases, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Replicas]:
    """`scripts/serve.py --replicas 2` on a free port of 127.0.0.1, over a new database of the run's backend:
    a SQLite file, or a PostgreSQL database when DATABASE_URL names PostgreSQL (the processes could then be
    on several hosts: deploy/README.md)."""
    if problem := nginx_problem():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{problem}; scripts/ensure-nginx.sh installs it (`make test` runs it when CI=true).")
        pytest.skip(f"several-process test skipped: {problem}. To enable it: `apt-get install -y nginx`.")
    db_url = databases.url("replicas")
    port, run_dir, log_path = _free_port(), tmp_path / "run", tmp_path / "serve.log"
    env = {**os.environ, "DATABASE_URL": db_url, "IMPACT_FACILITATOR_PASSCODE": PASSCODE, "PYTHONUNBUFFERED": "1"}
    command = [sys.executable, "scripts/serve.py", "--replicas", str(REPLICAS), "--port", str(port)]
    command += ["--listen", "127.0.0.1", "--run-dir", str(run_dir)]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    server = Replicas(base_url, db_url, [], log_path, run_dir)
    try:
        deadline = time.monotonic() + 2 * STARTUP_TIMEOUT_S  # set-up, two processes, nginx
        while "serving on" not in log_path.read_text(encoding="utf-8", errors="replace"):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"scripts/serve.py did not start (exit {process.poll()}):\n{server.log()}", pytrace=False)
            time.sleep(0.25)
        assert _healthy(f"{base_url}/_stcore/health")
        state = json.loads((run_dir / "replicas.json").read_text(encoding="utf-8"))
        server.apps = [f"127.0.0.1:{app['port']}" for app in state["apps"]]
        yield server
        report = getattr(request.node, "rep_call", None)
        if report is not None and report.failed:
            print(f"---- scripts/serve.py and its logs ----\n{server.log()}", file=sys.stderr)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)  # serve.py stops nginx and its processes
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
    assert process.returncode == 0, f"serve.py did not stop cleanly ({process.returncode}):\n{server.log()}"


# ---- browsers pinned to a process ---------------------------------------------------------------------------------
@dataclass
class Visitor:
    """A browser context, the process nginx routed it to, and every upstream seen for its requests."""

    context: Any
    page: Any
    upstream: str
    seen: list[tuple[str, str, int]] = field(default_factory=list)  # (url, upstream, status)

    def strays(self) -> list[tuple[str, str, int]]:
        return [s for s in self.seen if s[1] != self.upstream]


def visit(new_context, base_url: str, options: dict) -> Visitor:
    """A new cookie jar opening the address: nginx picks a process and sets the ir_route cookie."""
    context = new_context(**options)
    page = context.new_page()
    response = page.goto(f"{base_url}/_stcore/health")  # a cheap first request: gets the cookie
    assert response is not None and response.ok
    cookies = {c["name"]: c["value"] for c in context.cookies()}
    assert re.fullmatch(r"[0-9a-f]{32}", cookies.get("ir_route", "")), cookies
    visitor = Visitor(context, page, response.headers["x-upstream"])

    def record(response: Any) -> None:
        if response.url.startswith(base_url) and "x-upstream" in response.headers:
            visitor.seen.append((response.url, response.headers["x-upstream"], response.status))

    page.on("response", record)
    return visitor


def two_visitors_on_two_processes(new_context, base_url: str) -> tuple[Visitor, Visitor]:
    """A phone and a desktop that nginx sends to different processes (new cookie jars until it does)."""
    phone = visit(new_context, base_url, PHONE)
    for _ in range(MAX_CONTEXTS):
        desktop = visit(new_context, base_url, DESKTOP)
        if desktop.upstream != phone.upstream:
            return phone, desktop
        desktop.context.close()
    pytest.fail(f"{MAX_CONTEXTS} new browsers all landed on {phone.upstream}: routing is not by cookie")


def test_two_processes_behind_nginx_keep_each_browser_on_its_process(replicas, new_context, tmp_path) -> None:
    from playwright.sync_api import expect

    phone, desktop = two_visitors_on_two_processes(new_context, replicas.base_url)
    assert {phone.upstream, desktop.upstream} == set(replicas.apps)
    join_code, total_items = open_demo_round(replicas.db_url)

    # ---- a participant joins by the link, answers one question, reloads: same process, answer kept -----------
    page = phone.page
    page.goto(f"{replicas.base_url}/?code={join_code}")
    expect(page.get_by_role("textbox", name=en("join.code"))).to_have_value(join_code)
    page.get_by_role("button", name=en("join.submit"), exact=True).click()
    expect(page).to_have_url(re.compile(r"/questionnaire\?(.*&)?token=[\w-]+"))
    token = re.search(r"[?&]token=([\w-]+)", page.url).group(1)
    page.get_by_role("button", name=en("q.next")).click()  # the profile step: nothing required
    first_group = page.get_by_test_id("stRadioGroup").first
    expect(first_group).to_be_visible()
    first_group.locator("label").nth(3).tap()  # the fourth option: score 4
    expect(first_group.get_by_role("radio").nth(3)).to_be_checked()
    expect(page.get_by_text(en("q.answered", done=1, total=total_items))).to_be_visible()
    assert list(stored_answers(replicas.db_url, token).values()) == [4]

    reloaded = page.reload()
    assert reloaded is not None and reloaded.headers["x-upstream"] == phone.upstream
    expect(page.get_by_text(en("q.answered", done=1, total=total_items))).to_be_visible()
    profile = page.get_by_role("textbox", name=en("q.display_name"))
    expect(profile.or_(page.get_by_test_id("stRadioGroup").first)).to_be_visible()
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")
    if profile.is_visible():  # the step is not kept across a reload: back through the profile
        page.get_by_role("button", name=en("q.next")).click()
    expect(page.get_by_test_id("stRadioGroup").first.get_by_role("radio").nth(3)).to_be_checked()
    assert list(stored_answers(replicas.db_url, token).values()) == [4]

    # ---- the facilitator, on the other process: the QR image of the Rounds page loads ---------------------------
    page = desktop.page
    page.goto(f"{replicas.base_url}/facilitator")
    page.get_by_label(en("gate.passcode"), exact=True).fill(PASSCODE)
    page.get_by_role("button", name=en("gate.submit")).click()
    expect(page.get_by_text(en("gate.signed_in"))).to_be_visible()
    # st.image re-encodes the PNG bytes of the QR code: the file is served as /media/<id>.jpg here.
    with page.expect_response(lambda r: r.url.startswith(f"{replicas.base_url}/media/")) as qr_response:
        page.get_by_test_id("stSidebarNav").get_by_role("link", name=en("page.rounds")).click()
    qr = qr_response.value
    assert qr.status == 200 and qr.headers["content-type"] in ("image/png", "image/jpeg"), (qr.status, qr.headers)
    assert qr.headers["x-upstream"] == desktop.upstream
    image = page.get_by_test_id("stImage").locator("img").first
    expect(image).to_be_visible()
    assert image.evaluate("img => img.complete && img.naturalWidth > 0"), "the QR image did not decode"
    # The same image through the participant's cookie goes to the other process, which never made it.
    elsewhere = phone.context.request.get(qr.url)
    assert elsewhere.headers["x-upstream"] == phone.upstream and elsewhere.status == 404, elsewhere.status

    # ---- a download (deferred backup file) and an upload (CSV import) reach the same process ---------------------
    page.get_by_test_id("stSidebarNav").get_by_role("link", name=en("page.data")).click()
    expect(page.get_by_role("heading", name=en("page.data"))).to_be_visible()
    page.get_by_role("tab", name=en("data.backup_header")).click()
    with page.expect_download() as download:
        page.get_by_role("button", name=en("data.backup_download")).click()
    backup = tmp_path / "backup.json"
    download.value.save_as(backup)
    assert json.loads(backup.read_text(encoding="utf-8"))["format"] == "impact-readiness-backup"

    paper = tmp_path / "paper.csv"
    paper.write_text("participant,item_id,score\nPaper A,complexity_1,4\n", encoding="utf-8")
    page.get_by_role("tab", name=en("data.import_header")).click()
    import_tab = page.get_by_role("tabpanel", name=en("data.import_header"))
    with page.expect_response(lambda r: "/_stcore/upload_file/" in r.url) as upload_response:
        import_tab.locator("input[type=file]").set_input_files(str(paper))
    upload = upload_response.value
    assert upload.ok and upload.headers["x-upstream"] == desktop.upstream, (upload.status, upload.headers)
    expect(import_tab.get_by_role("heading", name=en("data.preview"))).to_be_visible()  # the process read it

    # ---- every request of each browser went to its own process ----------------------------------------------------
    assert phone.seen and desktop.seen
    assert not phone.strays(), phone.strays()
    assert not desktop.strays(), desktop.strays()
    assert not [s for s in phone.seen + desktop.seen if s[2] >= 500], "a 5xx answer through nginx"


def route_to(visitor: Visitor, route: str, base_url: str) -> None:
    """Give the visitor's browser the ir_route cookie ``route``: nginx then sends it to that route's process."""
    visitor.context.add_cookies([{"name": "ir_route", "value": route, "url": base_url}])


def route_of(visitor: Visitor) -> str:
    return {c["name"]: c["value"] for c in visitor.context.cookies()}["ir_route"]


def test_a_participant_moved_to_the_other_process_resumes_and_submits_and_the_presenter_sees_it(
    replicas, new_context
) -> None:
    """As when a host of several goes down: the phone's next request lands on another process (here, by
    its cookie), which finds the answers in the shared database; the projector, on the first process, counts
    the submission made through the second."""
    from playwright.sync_api import expect

    from assessment.usecases import Services

    phone, projector = two_visitors_on_two_processes(new_context, replicas.base_url)
    services = Services(url=replicas.db_url)
    initiative = services.create_initiative(name="Deux hôtes (e2e)")
    r = services.create_round(initiative_id=initiative.id, label="Relais", on=date(2026, 11, 30), form="short")
    services.set_round_status(round_id=r.id, status="open")
    items = services.current_instrument().item_ids("short")

    projector.page.goto(f"{replicas.base_url}/presenter?token={services.create_presenter_link(round_id=r.id)}")
    submitted = projector.page.get_by_test_id("stMetric").filter(has_text=en("presenter.submitted"))
    expect(submitted).to_contain_text("0")

    # ---- the phone joins through the projector's process and answers one question there -----------------------
    own_route = route_of(phone)
    route_to(phone, route_of(projector), replicas.base_url)
    page = phone.page
    joined = page.goto(f"{replicas.base_url}/?code={r.join_code}")
    assert joined is not None and joined.headers["x-upstream"] == projector.upstream
    page.get_by_role("button", name=en("join.submit"), exact=True).click()
    expect(page).to_have_url(re.compile(r"/questionnaire\?(.*&)?token=[\w-]+"))
    token = re.search(r"[?&]token=([\w-]+)", page.url).group(1)
    page.get_by_role("button", name=en("q.next")).click()  # the profile step: nothing required
    first_group = page.get_by_test_id("stRadioGroup").first
    first_group.locator("label").nth(3).tap()  # score 4
    expect(page.get_by_text(en("q.answered", done=1, total=len(items)))).to_be_visible()
    assert stored_answers(replicas.db_url, token) == {items[0]: 4}

    # ---- it reloads onto its own process, resumes where it was, and submits there ------------------------------
    route_to(phone, own_route, replicas.base_url)
    reloaded = page.reload()
    assert reloaded is not None and reloaded.headers["x-upstream"] == phone.upstream != projector.upstream
    expect(page.get_by_text(en("q.answered", done=1, total=len(items)))).to_be_visible()
    # The other answers are stored directly (the questionnaire's clicks are tested elsewhere).
    services.save_answers(token=token, answers={item: 1 + i % 5 for i, item in enumerate(items) if i})
    page.reload()  # resumes at the first unfinished step: the review
    page.get_by_role("button", name=en("q.submit")).click()
    expect(page.get_by_role("heading", name=en("page.my_results"))).to_be_visible()
    assert services.participant_state(token=token).status == "submitted"

    # ---- the projector, untouched on the first process, counts the submission made through the second ---------
    expect(submitted).to_contain_text("1", timeout=15_000)
    assert {s[1] for s in projector.seen} == {projector.upstream}
    assert not [s for s in phone.seen + projector.seen if s[2] >= 500], "a 5xx answer through nginx"


# ---- scripts/serve.py without a browser ---------------------------------------------------------------------------
def load_serve() -> Any:
    """scripts/serve.py as a module (scripts/ is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("impact_serve", ROOT / "scripts" / "serve.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_serve_says_so_in_one_line_and_exits_2_when_nginx_cannot_be_installed(monkeypatch, capsys) -> None:
    serve = load_serve()
    monkeypatch.setattr(serve, "find_nginx", lambda: None)
    monkeypatch.setattr(serve.shutil, "which", lambda name: None)  # no apt-get, no sudo
    with pytest.raises(SystemExit) as exit_info:
        serve.main(["--replicas", "2", "--port", "18599"])
    assert exit_info.value.code == 2
    message = capsys.readouterr().err.strip()
    assert len(message.splitlines()) == 1 and "nginx" in message and "apt-get" in message, message


def test_the_generated_nginx_config_is_accepted_by_nginx(tmp_path) -> None:
    if problem := nginx_problem():
        pytest.skip(problem)
    serve = load_serve()
    for sub in ("logs", "tmp"):
        (tmp_path / sub).mkdir()
    config = tmp_path / "nginx.conf"
    config.write_text(serve.nginx_config(tmp_path, "127.0.0.1:18598", [18601, 18602], "200m", "1"), encoding="utf-8")
    text = config.read_text(encoding="utf-8")
    assert "hash $ir_route consistent;" in text and "$remote_addr consistent" not in text
    assert "server 127.0.0.1:18601" in text and "server 127.0.0.1:18602" in text
    nginx = serve.find_nginx()
    checked = subprocess.run(
        [nginx, "-t", "-c", str(config), "-p", str(tmp_path), "-e", str(tmp_path / "logs" / "error.log")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert checked.returncode == 0, checked.stderr
