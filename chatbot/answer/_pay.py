"""Pay, where a page speaks of it. O*NET pages and the seeds say nothing of pay; many jobtag pages say how it is paid
("固定給に加えて、治療に応じた歩合給", "報酬は…出来高制や…印税制で支払われるケースが多い") and a few give figures.

A question about how the pay works (歩合, 固定給, "how are they paid") is answered from those sentences, cited; a
question about how much is answered only where the page gives a figure; otherwise it is refused, and the refusal
quotes what the page does say of pay instead of claiming it says nothing. Measured on tune25_dialogue: the three
turns asking 歩合 / how 報酬 is decided on jobtag pages, refused at the start, are answered; no unanswerable turn of
the earlier sets is answered. A question of whether or how ("外科医ってやっぱり給料高いんですか？") is answered by
what the page tells of pay ("一般的に賃金水準は高い。"), never by the line most jobtag pages share
("賃金、労働時間等労働条件は勤務先の規定による").
"""

from __future__ import annotations

import re

from chatbot.answer._citations import Ledger
from chatbot.answer._lead import key_sentences
from chatbot.answer._make import make_answer
from chatbot.answer._phrases import say
from chatbot.index import Library
from chatbot.models import Answer, Intent, Question, Scope
from chatbot.retrieval import says_pay

# A sentence of a page about pay; not the Work Values score line "報酬や収入 (3.12)".
PAY_SENTENCE = re.compile(
    r"給与|給料|賃金|報酬(?!や収入)|(?<!報酬や)収入(?! \()|歩合|月給|固定給|出来高|年収|時給|日給|印税|ボーナス|賞与"
    r"|(?<!応急)手当(?!て)"
    r"|\bsalary\b|\bwages?\b"
)
# A pay sentence that tells something: not jobtag's "賃金、労働時間等労働条件は勤務先の規定による" (on ~80 pages).
PAY_TOLD = re.compile(rf"^(?!.*規定に?よ).*?({PAY_SENTENCE.pattern})")
# How much, as against whether or how ("給料高いの？", "資格手当はつく？", "時給って地域で違うの？"): only a figure
# answers how much; what the page tells of its pay answers the others.
HOW_MUCH = re.compile(
    r"いくら|どれ(くらい|ぐらい)|どの(くらい|ぐらい)|何(円|万)|相場|平均|\bhow much\b|\brange\b"
    r"|\bwhat('s| is| are| do| does)\b[\w ]{0,30}\b(salary|salaries|pay|wages?|make|earn)\b",
    re.IGNORECASE,
)
# How the pay works, not how much it is.
PAY_FORM = re.compile(
    r"歩合|固定給|出来高|月給制|日給制|時給制|(日給|月給|時給|年俸)(なの|なん|ですか|でしょうか)|印税|(どう(やって)?|どのように)決ま|仕組み|体系|形態|制なの|制です"
    r"|\bcommission\b|\btips\b|\bhow (are|is|do|does) [\w ]{0,30}\b(paid|pay)\b|\bpaid (by|per|on)\b"
    r"|払われ方|支払われ方|払い方|(時給|月給|日給|年俸)(？|\?|になる|制)"
    r"|(給料|給与|賃金)[^。？?]{0,10}(どんな感じ|どう(です|なの|なん|かな))",  # what it is like, not how much
    re.IGNORECASE,
)
# The person's own pay ("転職したら私の給料って上がると思います？", "would my salary go up?"): no page tells it.
OWN_PAY = re.compile(
    r"(私|僕|俺|自分|わたし|うち)の(給料|給与|年収|収入|時給|月給)|\bmy (salary|pay|paycheck|wages?|income)\b",
    re.IGNORECASE,
)
FIGURE = re.compile(r"\d[\d,]*\s*(万|千)?円|\$\s?\d")
KEYS = ("work_style", "description", "career_path", "summary")


def pay_answer(question: Question, library: Library) -> Answer | None:
    """The answer from what the asked jobs' pages say of pay, or a refusal quoting it; None when no asked page says
    anything of pay (the plain refusal then stands). Of two jobs ("法務技官って、国家公務員より給料の水準が高い？") each
    is quoted from its own page, and a page that says nothing of pay is said to; answered only when every page
    answers (one page's pay alone cannot say which pays more: "給料はどっちがいいの？")."""
    if OWN_PAY.search(question.text):
        return None  # the plain refusal: what a page tells of a job's pay is not what the person will earn
    if not question.jobs or not (says_pay(question.text) or PAY_FORM.search(question.text)):
        return None  # read as pay by its likeness to examples ("任期ってどれくらい？"), not its words: plain refusal
    ledger = Ledger(library.text)
    parts = [pay_part(question, job, library, ledger) for job in question.jobs]
    if all(part is None for part in parts):
        return None
    unsaid = [say("pay", question.lang, job=f"**{job}**") for job in question.jobs]
    lines = [part[0] if part else none for part, none in zip(parts, unsaid, strict=True)]
    answered = all(part is not None and part[1] for part in parts)  # of two, one page's pay compares nothing
    return make_answer(question, "\n\n".join(lines), answered=answered, ledger=ledger, about=question.jobs)


def pay_part(question: Question, job: str, library: Library, ledger: Ledger) -> tuple[str, bool] | None:
    """What one job's page says of pay, introduced, and whether it answers the question (a figure for how much, the
    page's account for whether or how); None when the page says nothing of pay."""
    whether = not HOW_MUCH.search(question.text) and not PAY_FORM.search(question.text)
    told = key_sentences(job, library, ledger, KEYS, PAY_TOLD) if whether else None
    if told is not None:  # "外科医ってやっぱり給料高いんですか？": "一般的に賃金水準は高い。"
        return f"{say('pay_said', question.lang, job=f'**{job}**')}\n\n{told}", True
    said = key_sentences(job, library, ledger, KEYS, PAY_SENTENCE)
    if said is None:
        return None
    if PAY_FORM.search(question.text) or FIGURE.search(said):
        return f"{say('pay_said', question.lang, job=f'**{job}**')}\n\n{said}", True
    return f"{say('pay_no_figure', question.lang, job=f'**{job}**')}\n\n{said}", False


# Openings now, somewhere or at an employer ("大阪で今募集してる…", "今年の募集っていつ締め切り？", "空きがある特養って
# どこ"): no page tells of them, whatever it says of demand in general.
NOW_OR_WHERE = re.compile(
    r"今|いま|現在|今年|来年|締め?切|どこ|空き|出て(る|ます|い)|\b(now|today|currently|this year|near me)\b"
)
# Openings asked in general ("募集って多いんですか？", "求人多い？"): no page lists openings, but many jobtag pages tell
# of the demand for the work ("今後も一定の需要があるものと見込まれる", "人手不足"): that, cited, answers whether there
# is work.
# …and the number hired, where a page states it ("採用人数は年度によって異なるが、2025年度は65人": 特許審査官)
DEMAND_TOLD = re.compile(
    r"需要|人手不足|人材不足|担い手不足|求人(が|は|も)(多|少|増|減)|売り手市場|不足して|採用(人数|者数|数|予定数)|定員は"
)


def demand_answer(question: Question, library: Library) -> Answer | None:
    """Openings asked of one job, answered by what its page tells of the demand for the work; None when it tells
    nothing of it (the refusal then stands)."""
    if question.scope is not Scope.OPENINGS or len(question.jobs) != 1 or NOW_OR_WHERE.search(question.text):
        return None
    job, ledger = question.jobs[0], Ledger(library.text)
    told = key_sentences(job, library, ledger, KEYS, DEMAND_TOLD)
    if told is None:
        return None
    text = f"{say('demand_said', question.lang, job=f'**{job}**')}\n\n{told}"
    return make_answer(question, text, answered=True, ledger=ledger, about=[job])


SENTENCE_END = re.compile(r"[?？。!！]")
ASKED_LAST = re.compile(r"([?？]|か|の|かな|かね|っけ)$")  # the message ends asking


def beside_pay(question: Question) -> Question | None:
    """A pay question that asks another topic of its job in a sentence of its own, last ("美容師って頑張れば稼げるように
    なる？あと土日って休めない感じ？"): that topic, to answer after saying pay is not covered; None otherwise."""
    sentences = [part for part in SENTENCE_END.split(question.text) if part.strip()]
    asks_last = ASKED_LAST.search(question.text.rstrip()) is not None  # not "…in Ohio? Trying to decide if…"
    if not question.jobs or question.intent in (None, Intent.COMPARE) or len(sentences) < 2 or not asks_last:
        return None
    return None if says_pay(sentences[-1]) else question.model_copy(update={"scope": Scope.JOBS})
