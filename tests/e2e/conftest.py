"""Browser tests: the real app (``streamlit run app.py``) driven by Debian's Chromium through Playwright.

Playwright downloads no browser here: it launches /usr/bin/chromium. Without Chromium (or without the
playwright package) the browser tests are skipped locally, and fail in CI (CI=true), where they must run.

Fixtures:
- ``app_server``: one Streamlit server for the session, over a temporary SQLite file seeded with the demo and the
  demo network.
- ``cold_app_server``: a server of the test's own, never opened by a browser before, with the demo only.
- ``chromium``: one Chromium for the session.
- ``new_context``: makes browser contexts, closed after the test (with a screenshot on failure).
- ``artifacts``: paths in test-artifacts/ for screenshots.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]  # the repository root: tests/e2e/conftest.py -> ../..
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

ARTIFACTS = ROOT / "test-artifacts"  # git-ignored: screenshots for debugging
CHROMIUM_PATH = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PASSCODE = "e2e-facilitator-7391"
DEMO_INITIATIVE = "Mentoring Together Canada (demo)"
OPEN_ROUND = "2026-04 suivi / follow-up"
STARTUP_TIMEOUT_S = 60
EXPECT_TIMEOUT_MS = 20_000


# ---- skip or fail when there is no browser ---------------------------------------------------------------
def find_chromium() -> str | None:
    """The Chromium executable: /usr/bin/chromium, else ``chromium`` on PATH; None when absent."""
    if os.path.exists(CHROMIUM_PATH):
        return CHROMIUM_PATH
    return shutil.which("chromium")


def _playwright_importable() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return True


def browser_problem() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    problems = []
    if find_chromium() is None:
        problems.append(f"Chromium not found ({CHROMIUM_PATH} or `chromium` on PATH)")
    if not _playwright_importable():
        problems.append("the Python package playwright is not importable")
    return "; ".join(problems) or None


def require_browser(problem: str | None, ci: str | None = None) -> None:
    """Fail (CI=true) or skip (elsewhere) when ``problem`` says the browser tests cannot run."""
    if problem is None:
        return
    if ci == "true":
        pytest.fail(
            f"Browser tests must run in CI, but {problem}. scripts/ensure-chromium.sh installs Chromium "
            "(`make test` runs it when CI=true); requirements-dev.txt brings playwright.",
            pytrace=False,
        )
    pytest.skip(
        f"browser tests skipped: {problem}. To enable them: `apt-get install -y chromium`, then `make test` "
        "(which installs playwright from requirements-dev.txt; no browser download)."
    )


@pytest.fixture(scope="session")
def browser_available() -> str:
    """The Chromium path; skips (or, in CI, fails) every test that needs the browser when it is absent."""
    require_browser(browser_problem(), os.environ.get("CI"))
    return find_chromium()  # type: ignore[return-value]


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "e2e: real-browser end-to-end test (Streamlit server + Chromium)")


# ---- the Streamlit server ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class AppServer:
    base_url: str
    db_url: str
    passcode: str
    round_id: int
    join_code: str
    log_path: Path

    def services(self):
        """Services over the server's database (same SQLite file, another connection)."""
        from assessment.usecases import Services

        return Services(url=self.db_url)

    def log(self, tail: int = 20_000) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-tail:]
        except OSError as error:
            return f"(no server log: {error})"


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _healthy(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200 and response.read().strip() == b"ok"
    except (urllib.error.URLError, OSError):
        return False


def start_app_server(tmp: Path, *, demo_network: bool = False) -> tuple[AppServer, subprocess.Popen]:
    """``streamlit run app.py`` on a free port over a fresh SQLite file in ``tmp`` seeded with the demo (and the
    demo network when asked)."""
    from assessment.usecases import Services

    db_url = f"sqlite:///{tmp}/e2e.sqlite3"
    services = Services(url=db_url)
    services.load_demo()
    if demo_network:
        services.load_demo_network()  # the network screen shows its demo network, as `demo` sets it up
    open_round = services.find_round(initiative=DEMO_INITIATIVE, label=OPEN_ROUND)
    assert open_round.status == "open", open_round

    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    log_path = tmp / "streamlit.log"
    env = {
        **os.environ,
        "DATABASE_URL": db_url,
        "IMPACT_FACILITATOR_PASSCODE": PASSCODE,
        "PYTHONUNBUFFERED": "1",
    }
    command = [
        sys.executable,  # the venv's python (`make test` runs .venv/bin/python -m pytest)
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.headless",
        "true",
        "--server.port",
        str(port),
        "--browser.gatherUsageStats",
        "false",
    ]
    with log_path.open("wb") as log:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    server = AppServer(base_url, db_url, PASSCODE, open_round.id, open_round.join_code, log_path)

    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while not _healthy(f"{base_url}/_stcore/health"):
        if process.poll() is not None or time.monotonic() > deadline:
            stop_app_server(process)
            reason = (
                f"exited with code {process.returncode}"
                if process.returncode is not None
                else f"not healthy after {STARTUP_TIMEOUT_S} s"
            )
            pytest.fail(f"Streamlit server {reason}.\n---- server log ----\n{server.log()}", pytrace=False)
        time.sleep(0.25)
    return server, process


def stop_app_server(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def app_server(browser_available: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    """One server for the session's browser tests, with the demo network (the accessibility walk's network screen)."""
    server, process = start_app_server(tmp_path_factory.mktemp("e2e"), demo_network=True)
    try:
        yield server
    finally:
        stop_app_server(process)


@pytest.fixture
def cold_app_server(browser_available: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[AppServer]:
    """A server of the test's own, that no browser has opened yet."""
    server, process = start_app_server(tmp_path_factory.mktemp("e2e-cold"))
    try:
        yield server
    finally:
        stop_app_server(process)


# ---- the browser ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="session")
def chromium(browser_available: str) -> Iterator[Any]:
    """Debian's Chromium through Playwright (no download); each launch() gets a fresh user data dir."""
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=EXPECT_TIMEOUT_MS)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_available, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def new_context(chromium: Any, request: pytest.FixtureRequest) -> Iterator[Callable[..., Any]]:
    """make(**options) -> a new browser context; all closed after the test, screenshots taken on failure."""
    contexts: list[Any] = []

    def make(**options: Any) -> Any:
        context = chromium.new_context(**options)
        context.set_default_timeout(EXPECT_TIMEOUT_MS)
        contexts.append(context)
        return context

    yield make

    report = getattr(request.node, "rep_call", None)
    failed = report is None or report.failed
    for n, context in enumerate(contexts):
        if failed:
            for m, page in enumerate(context.pages):
                try:
                    page.screenshot(path=artifact_path(f"{request.node.name}-failure-{n}-{m}.png"))
                except Exception as error:  # the screenshot is a debugging aid only
                    print(f"failure screenshot not taken: {error}", file=sys.stderr)
        context.close()


def artifact_path(name: str) -> Path:
    """A path in test-artifacts/ (created when missing)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / name


@pytest.fixture
def artifacts() -> Callable[[str], str]:
    """artifacts("name.png") -> a path in test-artifacts/ (git-ignored), for screenshots."""
    return lambda name: str(artifact_path(name))


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo) -> Iterator[None]:
    """Keep each phase's report on the item (for failure screenshots); attach the server log to failures."""
    report = yield
    setattr(item, f"rep_{report.when}", report)
    if report.failed:
        for value in getattr(item, "funcargs", {}).values():
            if isinstance(value, AppServer):
                report.sections.append((f"streamlit server log ({value.base_url})", value.log()))
    return report
