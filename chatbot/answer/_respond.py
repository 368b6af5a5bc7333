"""A resolved question and its retrieval -> the answer: cited sections, a comparison, or an honest refusal."""

from __future__ import annotations

from chatbot.answer import _refuse as refuse
from chatbot.answer._blocks import more_listed, more_of, passage_line, section_block
from chatbot.answer._citations import Ledger, keep_citations, quote_in_section
from chatbot.answer._compare import compare
from chatbot.answer._dialogue import Conversation, step_along
from chatbot.answer._figures import figured
from chatbot.answer._follow import along_path, position_of
from chatbot.answer._lead import KEY_INTENTS, SUITS, SUITS_FROM, asked_terms, dangling, key_sentences
from chatbot.answer._make import make_answer
from chatbot.answer._on_topic import OVERVIEW_HITS, compared_on, on_topic_sections, worded
from chatbot.answer._pay import beside_pay, demand_answer, pay_answer
from chatbot.answer._phrases import INTROS, role, say
from chatbot.answer._suggest import suggest
from chatbot.index import Library
from chatbot.models import Answer, Citation, Cue, DialogueAct, Intent, PathPosition, Question, Retrieval, Scope

# Which topics answer an intent, and how many sections of each; the first is the one asked (none of it: no answer)
PLANS: dict[Intent, list[tuple[Intent, int]]] = {
    Intent.BECOME: [(Intent.BECOME, 2), (Intent.QUALIFICATIONS, 1), (Intent.SKILLS, 1)],
    Intent.WORK: [(Intent.WORK, 2)],
    Intent.SKILLS: [(Intent.SKILLS, 2)],
    Intent.QUALIFICATIONS: [(Intent.QUALIFICATIONS, 2)],
    Intent.OUTLOOK: [(Intent.OUTLOOK, 1)],
    Intent.PERSONALITY: [(Intent.PERSONALITY, 2)],
    Intent.WORK_STYLE: [(Intent.WORK_STYLE, 2)],
    Intent.RELATED: [(Intent.RELATED, 1)],
}
MAX_HINTED = 2  # sections a question's words point at, shown before its intent's plan


def respond(question: Question, retrieval: Retrieval, library: Library, conversation: Conversation) -> Answer:
    """The grounded answer to a question; every quote is checked against its section before it is numbered."""
    examples = conversation.focus or list(library.jobs)[:2]
    if question.small_talk:
        return refuse.small_talk(question, examples)
    if question.act is DialogueAct.OFF_TOPIC:
        return refuse.off_topic(question, examples)
    if question.scope is Scope.PAY:
        paid = pay_answer(question, library)
        beside = beside_pay(question) if paid is None else None  # "…稼げる？あと土日って休めない？": the rest answered
        if beside is not None:
            rest = about_jobs(beside, retrieval, library, conversation)
            said = " ".join(say("pay", question.lang, job=f"**{job}**") for job in question.jobs)
            return rest.model_copy(update={"answer": f"{said}\n\n{rest.answer}"}) if rest.answered else rest
        return paid or refuse.pay(question, question.jobs, library)
    if question.scope in (Scope.OPENINGS, Scope.EMPLOYERS):
        return demand_answer(question, library) or refuse.refusal(question, say(question.scope.value, question.lang))
    if question.intent is Intent.COMPARE:
        if question.unmatched:
            return refuse.no_page_to_compare(question)
        if len(question.jobs) < 2:
            return refuse.which_two(question, conversation.focus, list(library.jobs))
        return compared(question, library, conversation)
    position = conversation.path_of(question, question.jobs)  # "the step after section chief level": from that step
    if position is None and along(question) and len(question.jobs) == 1:  # no path shown: from the job's own step
        position = position_of(library, question.jobs[0])
        question = question.model_copy(update={"step": step_along(question, position)}) if position else question
    if question.step is not None and position is not None:
        followed = along_path(question, position, library)
        if followed is not None:
            return followed.model_copy(update={"suggestions": next_questions(question, library, conversation, [])})
    if question.jobs:  # a number asked that no cited section gives is declined (_figures)
        return figured(question, about_jobs(question, retrieval, library, conversation), library)
    if dangling(question, conversation):  # "what skills does that need?" as the first question: which job?
        return refuse.which_job(question, list(library.jobs))
    if retrieval.supported and retrieval.hits:
        return from_hits(question, retrieval, library)
    return refuse.not_found(question, retrieval.hits)


def along(question: Question) -> bool:
    """A continuation that asks for the next or the previous step ("what's the step after that?")."""
    return question.act is DialogueAct.CONTINUATION and bool({Cue.NEXT, Cue.BEFORE} & set(question.cues))


def answered(question: Question, text: str, ledger: Ledger, retrieval: Retrieval | None = None) -> Answer:
    """An answer resting on the ledger's citations."""
    return make_answer(question, text, answered=True, ledger=ledger, hits=retrieval.hits if retrieval else [])


def about_jobs(question: Question, retrieval: Retrieval, library: Library, conversation: Conversation) -> Answer:
    """What the jobs' pages say on the asked topic, job by job; a refusal when no page covers it."""
    ledger = Ledger(library.text)
    going_on = question.act is DialogueAct.CONTINUATION
    shown = conversation.discussed if going_on else {}
    quotes = shown_quotes(conversation) if going_on else {}
    plans = {job: planned(question, job, retrieval, library, shown.get(job, [])) for job in question.jobs}
    if going_on and question.intent is Intent.BECOME and {Cue.NEXT, Cue.BEFORE} & set(question.cues):  # in prose
        path = library.headings.text("career_path")
        plans = {job: [path] if library.has(job, path) else headings for job, headings in plans.items()}
    spent = set()
    if going_on:  # "what else do they do?" after the work: more of the tasks shown in part, else what was not shown
        more_work = conversation.last_intent is Intent.WORK and Cue.MORE in question.cues and bool(conversation.turns)
        last = conversation.turns[-1].citations if more_work else []  # (not "もっと詳しく" of the way in: its prose)
        partly = {job: more_listed(library, job, [c.section for c in last if c.job == job], quotes) for job in plans}
        fresh = {job: partly[job] or more_of(library, job, plan, quotes) for job, plan in plans.items()}
        spent = {job for job, plan in plans.items() if plan and not fresh[job]}  # all of it was: said so, shown again
        plans = {job: fresh[job] or plans[job][:1] for job in plans}
        quotes = {key: said for key, said in quotes.items() if key[0] not in spent}
    parts = {
        job: part for job, plan in plans.items() if (part := job_part(question, job, plan, library, ledger, quotes))
    }
    texts = [
        f"{say('all_shown', question.lang, job=f'**{job}**')}\n\n{part}" if job in spent else part
        for job, part in parts.items()
    ]
    lacking = [job for job in question.jobs if not any(c.job == job for c in ledger.citations)]
    nexts = next_questions(question, library, conversation, ledger.citations)
    if not texts and question.inferred and question.intent is not None:  # a guessed topic its page lacks: not a
        return about_jobs(question.model_copy(update={"intent": None}), retrieval, library, conversation)  # refusal
    if not texts:
        return refuse.missing(question, lacking, nexts)
    if lacking and question.intent:
        texts.append(refuse.missing(question, lacking, []).answer)
    if question.guessed:
        texts.insert(0, say("guess", question.lang, job=f"**{question.jobs[0]}**"))
    answer = answered(question, "\n\n".join(texts), ledger, retrieval)
    return answer.model_copy(update={"suggestions": nexts, "position": shown_path(answer, library)})


def planned(question: Question, job: str, retrieval: Retrieval, library: Library, shown: list[str]) -> list[str]:
    """The sections that answer the question for one job, best first: those its words point at, then the plan of
    its intent (sections already shown left out of a continuation); [] when the page has none of them."""
    hinted = [heading for heading in question.hinted if library.has(job, heading)][:MAX_HINTED]
    if question.intent is None:
        asked = asked_terms(question.text, question.jobs)
        overview = library.first(job, library.headings.for_intent(Intent.WORK)) if not asked else []
        headings = [*hinted, *overview, *on_topic_sections(question, job, retrieval, [])]
        headings = headings[: len(hinted) + len(overview) + OVERVIEW_HITS]
        headings = [h for h in dict.fromkeys(headings) if h not in shown] or list(dict.fromkeys(headings))
        return [*headings, *worded(question, job, library, headings)]
    plan, roles = PLANS[question.intent], library.headings
    if not hinted and not library.first(job, roles.for_intent(plan[0][0])):  # its page has none: what it does say
        # …but no other section tells a job's future: "will robots replace surgical assistants?" is not answered
        # by the skills its words happen to meet (an O*NET page has no outlook; the refusal says so)
        forecast = question.intent is Intent.OUTLOOK
        return [] if forecast else on_topic_sections(question, job, retrieval, shown, by_words=True)
    unseen = [[h for h in roles.for_intent(topic) if h not in shown and library.has(job, h)] for topic, _ in plan]
    fresh = [group or roles.for_intent(topic) for group, (topic, _) in zip(unseen, plan, strict=True)]
    headings = [h for (_, count), group in zip(plan, fresh, strict=True) for h in library.first(job, group, count)]
    headings = list(dict.fromkeys([*hinted, *headings]))[: len(hinted) + sum(count for _, count in plan)]
    return [*headings, *worded(question, job, library, headings)]  # "…独立しやすい？": the path says 独立


def job_part(
    question: Question,
    job: str,
    headings: list[str],
    library: Library,
    ledger: Ledger,
    quotes: dict[tuple[str, str], list[str]],
) -> str | None:
    """One job's share of an answer: an intro line, then a cited block per planned section (continuing after what
    earlier answers quoted of it, in a follow-up)."""
    lang = question.lang
    fresh = question.act is not DialogueAct.CONTINUATION  # a follow-up along the path does not repeat the lead
    # what decides getting the job leads a plain "how do I become…?", not a question of one thing (training after
    # entry, a degree): there a 林業試験場 or 学芸員資格を持った sentence would crowd out the section asked for
    asked_all = question.intent in KEY_INTENTS and fresh and not question.hinted
    valued = question.hinted[:1] == [library.headings.text("work_values")]  # "仕事のどういうところに価値を感じてる？"
    suits = question.intent is Intent.PERSONALITY and fresh and not valued  # a jobtag page says who suits in its path
    key = key_sentences(job, library, ledger, *((SUITS_FROM, SUITS) if suits else ())) if asked_all or suits else None
    blocks = [b for h in headings if (b := section_block(library, ledger, job, h, lang, quotes.get((job, h))))]
    if not blocks and not key:
        return None
    intro = INTROS[question.intent][question.lang].format(job=f"**{job}**", role=role(job), plural=role(job, True))
    return "\n\n".join([intro, *([key] if key else []), *blocks])


def shown_quotes(conversation: Conversation) -> dict[tuple[str, str], list[str]]:
    """Every quote the conversation's answers showed, per job and section, oldest first."""
    quotes: dict[tuple[str, str], list[str]] = {}
    for turn in conversation.turns:
        for citation in turn.citations:
            quotes.setdefault((citation.job, citation.section), []).append(citation.text)
    return quotes


def shown_path(answer: Answer, library: Library) -> PathPosition | None:
    """The career path an answer about one job shows, at the job's own step (what "and after that?" follows)."""
    path = library.headings.text("career_path")
    cited = {c.job for c in answer.citations if c.section == path}
    return position_of(library, next(iter(cited))) if len(cited) == 1 else None


def compared(question: Question, library: Library, conversation: Conversation) -> Answer:
    """The jobs side by side."""
    ledger = Ledger(library.text)
    headings = question.hinted or compared_on(question, library)  # "どっちが入ってからの修行長い？": training first
    comparison, text = compare(library, ledger, question.jobs, question.lang, question.topic, headings)
    if not ledger.citations:
        return refuse.missing(question, question.jobs, [])
    nexts = next_questions(question, library, conversation, ledger.citations)
    return answered(question, text, ledger).model_copy(update={"comparison": comparison, "suggestions": nexts})


def from_hits(question: Question, retrieval: Retrieval, library: Library) -> Answer:
    """A question about no job in particular: the best passages, each naming its job and section."""
    ledger = Ledger(library.text)
    best = {(hit.chunk.job, hit.chunk.section): hit.chunk for hit in reversed(retrieval.hits)}  # best hit wins
    chunks = sorted(best.values(), key=[hit.chunk for hit in retrieval.hits].index)
    blocks = [block for chunk in chunks if (block := passage_line(library, ledger, chunk, question.lang))]
    if not blocks:
        return refuse.not_found(question, retrieval.hits)
    text = "\n\n".join([say("passages", question.lang), *blocks])
    first = ledger.citations[0].job  # several jobs' passages: a follow-up is about the best one
    return make_answer(question, text, answered=True, ledger=ledger, hits=retrieval.hits, about=[first])


def next_questions(
    question: Question, library: Library, conversation: Conversation, cited: list[Citation]
) -> list[str]:
    """Suggestions about the question's jobs and then the others in focus, skipping sections already cited."""
    discussed = {job: list(sections) for job, sections in conversation.discussed.items()}
    for citation in cited:
        discussed.setdefault(citation.job, []).append(citation.section)
    # The jobs of this turn, then those of the turn before only: a topic left behind is not offered again
    # ("Compare Data Scientists and Ward Mayor" long after both were done with).
    last = next((turn.about or turn.jobs for turn in reversed(conversation.turns) if turn.answered), [])
    jobs = list(dict.fromkeys([*question.jobs, *last]))
    return suggest(library, jobs, discussed, question.intent, question.lang)


def checked(answer: Answer, library: Library) -> Answer:
    """The answer with every citation whose quote is not in its section dropped, and markers renumbered."""

    def in_section(citation: Citation) -> bool:
        return quote_in_section(citation.text, library.text(citation.job, citation.section) or "")

    text, citations = keep_citations(answer.answer, answer.citations, in_section)
    return answer.model_copy(update={"answer": text, "citations": citations})
