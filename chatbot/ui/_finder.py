"""The "Find jobs for me" panel: the six RIASEC interest scales as sliders, how much more schooling the person will
do, and what they enjoy in their own words. The interests read from a chat message are put on the sliders, so the
reading is shown and can be changed, never hidden."""

from __future__ import annotations

from dataclasses import dataclass

import streamlit as st

from chatbot import RIASEC_CODES, Answer, InterestReading

SCALES = {
    "R": "Realistic: hands-on work, tools, machines, outdoors",
    "I": "Investigative: science, research, solving problems",
    "A": "Artistic: creating, designing, writing, performing",
    "S": "Social: helping, teaching, caring for people",
    "E": "Enterprising: leading, persuading, selling",
    "C": "Conventional: data, records, order, detail",
}
SCHOOLING = {  # the highest job zone the person will train for (None: any)
    "Any amount": None,
    "Nothing beyond high school": 2,
    "A vocational course or two-year programme": 3,
    "A bachelor's degree": 4,
}
LANGUAGES = {"English pages (O*NET)": "en", "日本語のページ (jobtag)": "ja"}
KEY = "finder-{code}"


@dataclass(frozen=True)
class Request:
    """What the panel asks for when its button is pressed."""

    reading: InterestReading
    text: str
    lang: str


def show_reading(answer: Answer | None) -> None:
    """Put the interests read from the latest chat answer on the sliders, once per answer (before they are drawn,
    which is when Streamlit lets a widget's value be set: the panel is drawn after the chat). The panel stays as the
    person left it: the answer says where the reading can be changed, and opening the panel for them cost the next
    turn its layout (docs/benchmarks.md)."""
    if answer is None or answer.reading is None or answer.reading.explicit:
        return
    marker = (answer.question, tuple(sorted(answer.reading.scores.items())))
    if st.session_state.get("finder-shown") == marker:
        return
    st.session_state["finder-shown"] = marker
    for code in RIASEC_CODES:
        st.session_state[KEY.format(code=code)] = round(100 * answer.reading.scores.get(code, 0.0))


def slider(code: str, label: str) -> int:
    """One interest scale; its value lives in the session state, where show_reading may have put it."""
    key = KEY.format(code=code)
    st.session_state.setdefault(key, 0)
    return int(st.slider(label, min_value=0, max_value=100, step=10, key=key))


def finder() -> Request | None:
    """The panel; the request when "Find jobs" was pressed, else None."""
    with st.expander("Find jobs for me"):
        st.caption("Set how much each kind of work appeals to you (0 = not at all, 100 = very much).")
        scores = {
            code: st.slider(label, 0, 100, 0, 10, key=KEY.format(code=code)) / 100 for code, label in SCALES.items()
        }
        schooling = st.selectbox("How much more schooling are you willing to do?", list(SCHOOLING), key="finder-school")
        lang = st.radio("Search", list(LANGUAGES), horizontal=True, key="finder-lang")
        text = st.text_input("Anything else? (what you enjoy, what you are good at)", key="finder-text")
        if not st.button("Find jobs", key="finder-go", type="primary"):
            return None
    if not any(scores.values()) and not text.strip():
        st.warning("Move at least one slider or say what you enjoy.")
        return None
    reading = InterestReading(scores={c: s for c, s in scores.items() if s}, schooling=SCHOOLING[schooling])
    return Request(reading=reading, text=text, lang=LANGUAGES[lang])


@st.fragment
def finder_panel() -> None:
    """The panel as a fragment: moving a slider reruns the panel alone, not the whole conversation. "Find jobs"
    hands its request to a full run, where it becomes a turn of the chat."""
    request = finder()
    if request is not None:
        st.session_state.finder_request = request
        st.rerun(scope="app")


def finder_request() -> Request | None:
    """The request "Find jobs" left for this run, if any."""
    request = st.session_state.pop("finder_request", None)
    return request if isinstance(request, Request) else None
