"""Everyone: the framework guide, one heading with a stable anchor per section and per dimension (/guide#<id>)."""

import streamlit as st

from assessment.domain.guide import GROUP_ANCHORS, GuideError, current_guide
from views.ui import lang, services, tr

L = lang()
st.title(tr("page.guide"))
try:
    guide = current_guide()
except GuideError as error:  # a fault of the deployment, not of the user: say so, with where it is
    st.error(tr("guide.unavailable"), icon=":material/error:")
    st.code(str(error), language=None)
    st.stop()
instrument = services().current_instrument()
titles = {s.id: s.title.get(L) for s in guide.sections} | {d.id: d.title.get(L) for d in instrument.dimensions.values()}


def see_also(section_ids) -> None:
    if section_ids:
        st.markdown(tr("guide.see_also", links=", ".join(f"[{titles[s]}](#{s})" for s in section_ids)))


def dimension_body(dimension_id: str) -> None:
    st.markdown(guide.dimensions[dimension_id].body.get(L))
    see_also(guide.dimensions[dimension_id].see_also)


st.write(tr("guide.intro"))

# Opened from a result (st.page_link keeps the session, and so the language, but cannot carry an anchor):
# that dimension first. Streamlit keeps the previous page's scroll position, so bring the block into view.
focus = st.query_params.get("dimension")
if focus in guide.dimensions:
    with st.container(border=True, key="guide_focus"):
        st.caption(tr("guide.focus"))
        st.header(titles[focus], anchor=False)
        dimension_body(focus)
    st.html(
        '<script>document.querySelector(".st-key-guide_focus")?.scrollIntoView({block: "start"});</script>',
        unsafe_allow_javascript=True,  # a constant script: nothing from the address or the user goes in it
    )

# ---- contents: in-page links to every anchor ---------------------------------------------------------
st.header(tr("guide.contents"), anchor="contents")
contents = [f"**{tr('guide.framework')}**"] + [f"- [{s.title.get(L)}](#{s.id})" for s in guide.sections]
contents += ["", f"**{tr('guide.dimensions')}**"]
for section in instrument.sections:
    contents.append(f"- [{section.title.get(L)}](#{GROUP_ANCHORS[section.id]})")
    contents += [f"    - [{titles[d.id]}](#{d.id})" for d in section.dimensions]
st.markdown("\n".join(contents))

# ---- the framework -----------------------------------------------------------------------------------
for section in guide.sections:
    st.header(section.title.get(L), anchor=section.id, divider="gray")
    st.markdown(section.body.get(L))

# ---- one part per dimension, grouped as in the questionnaire -----------------------------------------
for section in instrument.sections:
    st.header(tr("guide.group", section=section.title.get(L)), anchor=GROUP_ANCHORS[section.id], divider="gray")
    if section.id == "fit":
        st.caption(tr("guide.dimensions_intro"))
    for dimension in section.dimensions:
        st.subheader(titles[dimension.id], anchor=dimension.id)
        dimension_body(dimension.id)
