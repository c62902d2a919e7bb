"""Load generator: N virtual phones answer the short form over Streamlit's websocket, no browser.

How to run it
-------------
``python -m bench.load --n 50 --processes 1`` (quick: one scenario per target, a few minutes);
``python -m bench --only load`` or ``make bench`` (N = 50, 100, 150, app and minimal page).
Useful options: ``--gc default,false`` (a pass per ``runner.postScriptGC`` value, all in one run),
``--server-option server.fileWatcherType=none`` (any Streamlit setting, repeatable),
``--processes K`` (K servers, phone i talks to server i mod K: a perfectly sticky proxy),
``--pause 2 6``, ``--ramp 10``, ``--deadline 300``, ``--seed 7``, ``--no-submit``,
``--database-url postgresql+psycopg://USER@HOST:PORT/DB`` (the servers started here use that database
instead of a temporary SQLite file; ``bench.load.behind_nginx`` takes it too).
Servers started elsewhere (e.g. nginx in front of K processes)::

    python -m bench.load --url http://127.0.0.1:8080 --database-url sqlite:////path/db.sqlite3 \
        --pids auto --n 300

``--pids auto`` measures every ``streamlit run`` process of this user; or give ``--pids 12,34``.
Only ``http://127.0.0.1:PORT`` is accepted.

What a phone does
-----------------
It GETs the page (keeping its own cookie jar, so a sticky-by-cookie proxy keeps it on one
process), opens ``/_stcore/stream`` with the ``streamlit`` subprotocol and the same cookies,
and sends ``rerun_script`` BackMsgs (query string ``token=…``, page name, then the page's script
hash from the ``navigation`` ForwardMsg, every known radio value as ``string_value``, a button
press as a one-shot ``trigger_value``). It keeps the element tree by delta path, so it knows the
radios (user key ``a_<item>``) and buttons (``next``, ``submit``) on screen. After a random
pause (2–6 s, seeded per phone) it taps the first unanswered radio (a random score 1–5), else
"Next", else "Submit", else it stops. A click lasts from sending the BackMsg to the
``script_finished`` ForwardMsg of that run; a click whose run showed an exception or an error
box is an error and its answer is not counted as acknowledged. Each phone stops after its
last tap, at 60 taps, or at the scenario's deadline.

What is printed, per scenario
-----------------------------
Answer-click p50/p95/p99 (other clicks: first load, next, submit, separately), errors,
answers acknowledged, stored (read back from the database) and lost (acknowledged but missing
or different), server CPU (``/proc/<pid>/stat`` utime + stime, before and after) per click and
per answer, peak RSS per process (VmRSS sampled every 0.5 s, and VmHWM), and the generator's own
CPU (it shares the machine). Then app CPU per click / minimal page CPU per click for each
setting and N. Servers are warmed up by one page load each before measuring.

Presenter observer (app only; ``--no-presenter`` turns it off): one more client opens the round's
presenter view and refreshes its ``run_every`` fragment as the browser's timer does; printed: how
long after a phone's submit was acknowledged the "submitted" count on that view includes it (p50,
p95 against the 3 s target, max) and how many never showed. Its refreshes run on the measured
servers, so the app's server CPU includes them (the note says how many). See ``presenter``.

Layout: ``protocol`` (one websocket session), ``cookies``, ``phone`` (behaviour), ``servers``
(start, stop, /proc readings), ``targets`` (app or ``minimal_app.py``), ``scenario``,
``figures`` (rows for ``bench.report.table``), ``presenter`` (the observer), and ``setup``: the
only module that knows the app's internals (services to create a round and tokens, table names to read answers back).
"""
