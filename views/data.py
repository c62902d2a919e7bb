"""Coordinator: import responses (CSV or Excel) after a preview, back up, restore."""

import datetime as dt
import re

import pandas as pd
import streamlit as st

from assessment.domain.errors import UserError
from assessment.domain.vocabulary import MAX_NAME
from assessment.present.i18n import format_number, format_when, tn
from assessment.present.restore_text import restore_lines
from views.ui import day, labeller, lang, plain, require_facilitator, services, show_user_error, tr

require_facilitator()
state = st.session_state
svc = services()
NEW = ""  # the option value of "new initiative" / "new round" and of "the whole database"
st.title(tr("page.data"))

for line in state.pop("data_flash", []):
    st.success(plain(line), icon=":material/check:")

initiatives = {i.name: i.id for i in svc.list_initiatives()}


def _option(new_text: str):
    return lambda option: option or new_text  # new_text is read now, in this run's language


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "initiative"


def _flash_and_reset(lines: list[str], uploader: str) -> None:
    state.data_flash = lines
    state[f"{uploader}_nonce"] = state.get(f"{uploader}_nonce", 0) + 1  # a new, empty uploader
    st.rerun()


def _import_target() -> tuple[str, str, dt.date | None]:
    """The initiative and round to import into, picked or typed; a new round's date (None otherwise)."""
    left, right = st.columns(2)
    choice = left.selectbox(
        tr("data.initiative"),
        options=[*initiatives, NEW],
        format_func=_option(tr("data.new_initiative_option")),
        key="import_initiative",
    )
    initiative = choice or left.text_input(
        tr("data.new_initiative_name"), max_chars=MAX_NAME, key="import_new_initiative"
    )
    rounds = svc.list_rounds(initiative_id=initiatives[choice]) if choice else []
    label = right.selectbox(
        tr("data.round"),
        options=[*(r.label for r in reversed(rounds)), NEW],
        format_func=_option(tr("data.new_round_option")),
        key=f"import_round_{choice}",
    )
    on = None
    if not label:
        label = right.text_input(tr("data.new_round_label"), max_chars=MAX_NAME, key="import_new_round")
        on = right.date_input(tr("data.new_round_date"), value=dt.date.today(), format="YYYY-MM-DD", key="import_date")
    return initiative, label, on


def _read_once(slot: str, key: object, read):
    """What ``read()`` gives (or the user error refusing the file), kept in ``slot`` while ``key`` holds."""
    cached = state.get(slot)
    if cached is None or cached[0] != key:
        with st.status(tr("data.reading")) as status:  # a large file takes a moment: say so while it is read
            try:
                result = read()
                status.update(label=tr("data.read_ok"), state="complete")
            except UserError as error:
                result = error
                status.update(label=tr("data.read_refused"), state="error")
        state[slot] = cached = (key, result)
    return cached[1]


def _read_preview(upload, initiative: str, label: str):
    """The import's preview of ``upload`` (or the user error refusing it), read once per file and target."""
    return _read_once(
        "import_preview",
        (upload.file_id, initiative.strip(), label.strip()),
        lambda: svc.preview_import(data=upload.getvalue(), initiative=initiative, label=label, filename=upload.name),
    )


def _show_preview(preview, on: dt.date | None) -> None:
    st.header(tr("data.preview"))
    name = plain(preview.initiative)
    st.markdown(tr("data.new_initiative" if preview.new_initiative else "data.existing_initiative", name=name))
    if preview.new_round:
        st.markdown(tr("data.new_round", label=plain(preview.round), date=day(on or dt.date.today())))
    else:
        st.markdown(tr("data.existing_round", label=plain(preview.round), form=tr(f"form.{preview.form}")))
    st.markdown(
        tr(
            "data.preview_summary",
            participants=tn("data.count_participants", lang(), len(preview.participants)),
            answers=tn("data.count_answers", lang(), preview.answers),
            dont_know=format_number(preview.dont_know, lang()),
        )
    )
    sector, role = labeller("sector"), labeller("role")
    people = preview.participants
    st.dataframe(
        pd.DataFrame(
            {
                tr("data.col_row"): [p.first_row for p in people],
                tr("data.col_participant"): [p.name for p in people],
                tr("data.col_sector"): [sector(p.sector) if p.sector else "" for p in people],
                tr("data.col_role"): [role(p.role) if p.role else "" for p in people],
                tr("data.col_answers"): [p.answers for p in people],
                tr("data.col_dont_know"): [p.dont_know for p in people],
                tr("data.col_comments"): [p.comments for p in people],
            }
        ),
        hide_index=True,
    )


def _run_import(upload, initiative: str, label: str, on: dt.date | None) -> None:
    state.pop("import_preview", None)  # whatever happens, the next run reads the database afresh
    with st.status(tr("data.importing")) as status:
        try:
            summary = svc.import_file(
                data=upload.getvalue(), initiative=initiative, label=label, on=on, filename=upload.name
            )
        except UserError as error:
            status.update(label=tr("data.read_refused"), state="error")
            summary = error
    if isinstance(summary, UserError):  # said outside the status box, which folds away
        show_user_error(summary)
        return
    message = tr(
        "data.imported",
        participants=tn("data.count_participants", lang(), summary.participants),
        answers=tn("data.count_answers", lang(), summary.answers),
        initiative=summary.initiative,
        round=summary.round,
    )
    _flash_and_reset([message], "import")


def import_section() -> None:
    st.markdown(tr("data.import_intro"))
    upload = st.file_uploader(
        tr("data.import_file"), type=["csv", "txt", "xlsx"], key=f"import_file_{state.get('import_nonce', 0)}"
    )
    initiative, label, on = _import_target()
    if upload is None:
        return
    if not initiative.strip() or not label.strip():
        st.info(tr("data.need_names"))
        return
    preview = _read_preview(upload, initiative, label)
    if isinstance(preview, UserError):
        show_user_error(preview)
        return
    _show_preview(preview, on)
    if st.button(tr("data.import_button"), type="primary", icon=":material/upload:", key="import_go"):
        _run_import(upload, initiative, label, on)


def backup_section() -> None:
    st.markdown(tr("data.backup_intro"))
    if not initiatives:
        st.info(tr("data.no_initiative"))
    scope = st.selectbox(
        tr("data.backup_scope"),
        options=[NEW, *initiatives],
        format_func=_option(tr("data.whole_database")),
        key="backup_scope",
    )
    file_name = f"impact-readiness-{_slug(scope) if scope else 'all'}-{dt.date.today().isoformat()}.json"
    database = svc  # the callable runs on another thread, outside this session: give it what it needs now
    st.download_button(
        tr("data.backup_download"),
        data=lambda: database.backup_json(initiative=scope or None).encode("utf-8"),
        file_name=file_name,
        mime="application/json",
        on_click="ignore",
        icon=":material/download:",
        type="primary",
    )


def _show_backup_contents(contents) -> None:
    st.markdown(tr("data.restore_generated", when=format_when(contents.generated_at, lang())))
    yes, no = tr("data.yes"), tr("data.no")
    found = contents.initiatives
    st.dataframe(
        pd.DataFrame(
            {
                tr("data.col_initiative"): [i.name for i in found],
                tr("data.col_rounds"): [i.rounds for i in found],
                tr("data.col_participants"): [i.participants for i in found],
                tr("data.col_answers"): [i.answers for i in found],
                tr("data.col_actions"): [i.actions for i in found],
                tr("data.col_exists"): [yes if i.exists else no for i in found],
            }
        ),
        hide_index=True,
    )
    if contents.networks:
        names = plain(", ".join(contents.networks))
        st.markdown(tn("data.restore_networks", lang(), len(contents.networks), names=names))
    if contents.existing:
        st.warning(tr("data.restore_exists_warning", names=plain(", ".join(contents.existing))))


def _run_restore(data: bytes, replace: bool) -> None:
    state.pop("restore_contents", None)
    with st.status(tr("data.restoring")) as status:
        try:
            summary = svc.restore(document=data, replace=replace)
        except UserError as error:
            status.update(label=tr("data.read_refused"), state="error")
            summary = error
    if isinstance(summary, UserError):  # said outside the status box, which folds away
        show_user_error(summary)
        return
    lines = restore_lines(summary, lang())
    _flash_and_reset(lines, "restore")


def restore_section() -> None:
    st.markdown(tr("data.restore_intro"))
    upload = st.file_uploader(
        tr("data.restore_file"), type=["json"], key=f"restore_file_{state.get('restore_nonce', 0)}"
    )
    if upload is None:
        return
    data = upload.getvalue()
    contents = _read_once("restore_contents", upload.file_id, lambda: svc.inspect_backup(document=data))
    if isinstance(contents, UserError):
        show_user_error(contents)
        return
    _show_backup_contents(contents)
    replace = st.checkbox(tr("data.restore_replace"), help=tr("data.restore_replace_help"), key="restore_replace")
    if st.button(tr("data.restore_button"), type="primary", icon=":material/restore:", key="restore_go"):
        _run_restore(data, replace)


tab_import, tab_backup, tab_restore = st.tabs(
    [tr("data.import_header"), tr("data.backup_header"), tr("data.restore_header")]
)
with tab_import:
    import_section()
with tab_backup:
    backup_section()
with tab_restore:
    restore_section()
