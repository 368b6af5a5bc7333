"""One turn of a conversation: analyse and resolve the question, retrieve, answer from the pages or an LLM, check."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from chatbot.answer import _refuse as refuse
from chatbot.answer._advise import advise
from chatbot.answer._dialogue import ADVICE, TOPIC_WORD, Beside, Conversation, Recall
from chatbot.answer._family import of_focus_family
from chatbot.answer._llm import llm_answer
from chatbot.answer._named import says_name
from chatbot.answer._of_focus import credential_of_focus, in_a_title, said_of_focus
from chatbot.answer._phrases import say
from chatbot.answer._related import by_focus
from chatbot.answer._respond import checked, respond
from chatbot.answer._specific import more_specific
from chatbot.answer._standalone import standalone
from chatbot.config import Settings
from chatbot.guidance import Adviser
from chatbot.index import Library
from chatbot.models import Answer, Citation, Cue, DialogueAct, Intent, Question, Retrieval, Scope
from chatbot.retrieval import Retriever
from chatbot.text import clean_question, language_of, name_words, noun_phrases

MAX_PASSAGES = 8
# characters of a Japanese noun that names a job as part of its title ("観光バス" of 観光バス運転士, not "風車の保守")
MIN_PHRASE = 3
NEAREST = 5  # the nearest pages an unknown name may be said in
# a Japanese worker's name ("ガードマン", "ピアノ教室の先生"), not their work's
WORKER_JA = re.compile(r"(マン|者|士|師|員|家|手|官|人|屋|先生|スタッフ|係|担当)(さん)?$")
GUESSABLE = (DialogueAct.NEW, DialogueAct.SAME_TOPIC_OTHER_JOB, DialogueAct.RETURN)  # acts that may name no job
GUESSED_SCOPES = (Scope.JOBS, Scope.PAY)  # pay too: jobtag pages tell of it ("養殖の仕事って収入が変わる？")
TOO_LONG = {
    "en": "That question is too long ({chars} characters; the limit is {limit}). Please ask it more briefly.",
    "ja": "質問が長すぎます（{chars}文字、上限は{limit}文字）。短くして質問してください。",
}
WORKER = re.compile(r"(ist|ian|er|or|ant|ent|eer|ive|man|men)s?$")  # a worker's word in a title ("scientists")
EMPTY = "There is no question in your message (only spaces or control characters)."


def reply(
    raw: str,
    conversation: Conversation,
    adviser: Adviser,
    settings: Settings,
    on_text: Callable[[str], None],
) -> Answer:
    """The answer to one question in a conversation (the caller records it)."""
    retriever = adviser.retriever
    library = retriever.library
    text = clean_question(raw)
    lang = language_of(text)
    if not text:
        blank = Question(raw=raw, text=text, lang=lang)
        hint = refuse.small_talk(blank, conversation.focus or list(library.jobs)[:2])
        return deliver(hint.model_copy(update={"answer": f"{EMPTY} {hint.answer}"}), on_text)
    if len(text) > settings.max_question_chars:
        reason = TOO_LONG[lang].format(chars=len(text), limit=settings.max_question_chars)
        return deliver(refuse.refusal(Question(raw=raw, text=text[:200], lang=lang), reason), on_text)
    question = by_focus(retriever.understand(text, raw=raw), conversation.focus, library)
    question = more_specific(with_role(question, retriever.jobs.beside), library)
    question = said_of_focus(question, conversation.focus[:1], library)
    question = credential_of_focus(question, conversation.focus[:1])  # "看護師の資格もいる？": of the job in focus
    question = step_of_focus(question, conversation.focus[:1], library)
    question = of_focus_kind(question, conversation.focus[:1], retriever.jobs.names)
    question = of_focus_family(question, conversation.focus[:1], retriever.jobs.names)  # 設計のほうは？: its field's
    question = conversation.resolve(question, recall_of(retriever.recall, library), retriever.jobs.beside)
    advisable = question.act is not DialogueAct.OFF_TOPIC and question.scope is not Scope.EMPLOYERS  # not "Does NCR…"
    advising = question.intent in ADVICE and advisable  # suits me, missing, route
    advice = advise(question, adviser, library) if advising else None
    if advice is not None and (advice.answered or question.intent is not Intent.PATH):
        return deliver(checked(advice, library), on_text)
    if advising:  # "the ladder up to X", or no route to it: how to become X, its career path
        question = question.model_copy(update={"intent": Intent.BECOME})
        question = question.model_copy(update={"standalone": standalone(question)})
    if question.unpaged and not question.named and question.step is None:  # not a step of a path shown
        mention = question.unpaged[0]
        asked = question.model_copy(update={"standalone": question.text})  # nothing is searched: no page exists
        return deliver(refuse.unpaged(asked, mention.name, mention.listed_by, library), on_text)
    retrieval = Retrieval(query=question.standalone) if question.small_talk else search(retriever, question)
    question, retrieval = guess(retriever, question, retrieval, settings.guess_margin)
    answer = checked(respond(question, retrieval, library, conversation), library)
    if advice is not None and answer.answered:  # no route found: said before the way in
        answer = answer.model_copy(update={"answer": f"{advice.answer}\n\n{answer.answer}"})
    if settings.llm_base_url and settings.llm_model and answer.answered and answer.comparison is None:
        return with_llm(question, answer, retrieval, library, settings, on_text)
    return deliver(answer, on_text)


def search(retriever: Retriever, question: Question) -> Retrieval:
    """Retrieval for the standalone question; when unsupported, its hits are the nearest jobs' (to name them)."""
    if question.jobs:
        retrieval = retriever.retrieve(question)
        if retrieval.supported:
            return retrieval
    return retriever.nearest(question)


def guess(retriever: Retriever, question: Question, retrieval: Retrieval, margin: float) -> tuple[Question, Retrieval]:
    """A question that names no job but describes one ("who fixes cars for a living?"), about the job retrieval
    finds clearly best: the answer then says "It sounds like you mean ..." and cites that job's page."""
    if question.jobs or question.act not in GUESSABLE or question.scope not in GUESSED_SCOPES:
        return question, retrieval
    unknown = question.mention is not None and not question.links  # a name none of our titles or aliases has
    if question.intent is Intent.COMPARE or not (retrieval.supported or unknown):
        return question, retrieval  # a comparison needs its jobs named
    # "ビルメンってどんな仕事？": a name the leading page itself says is that job's; "become an astronaut" names one
    # we lack (no page close enough says the name). An unknown Japanese name of work is the first of the nearest pages
    # that says it, leading or not ("レコーディングの仕事": 録音エンジニア); not in English, whose pages say names in
    # passing ("astronauts" on the aerospace engineers' page), nor a worker's name ("ガードマン": 犬訓練士 says it)
    name = question.mention or ""
    if unknown and question.lang == "ja" and not WORKER_JA.search(name):
        lead = next((job for job, _ in retrieval.candidates[:NEAREST] if says_name(retriever, job, name)), None)
    else:
        lead = retrieval.leading(margin)
    if lead is None or (unknown and not says_name(retriever, lead, name)):
        return question, retrieval
    guessed = question.model_copy(update={"jobs": [lead], "guessed": True})
    return guessed, retriever.retrieve(guessed)


def deliver(answer: Answer, on_text: Callable[[str], None]) -> Answer:
    """Hand a finished answer's text to the listener in one piece."""
    on_text(answer.answer)
    return answer


def with_llm(
    question: Question,
    grounded: Answer,
    retrieval: Retrieval,
    library: Library,
    settings: Settings,
    on_text: Callable[[str], None],
) -> Answer:
    """The LLM's answer over the grounded answer's sections and the hits; the grounded answer if it fails."""
    streamed: list[str] = []

    def relay(piece: str) -> None:
        streamed.append(piece)
        on_text(piece)

    result = llm_answer(settings, question.standalone, passages(grounded, retrieval, library), question.lang, relay)
    if result is None:
        if streamed:
            on_text(say("llm_failed", question.lang))
        return deliver(grounded, on_text)
    text, citations = result
    answer = grounded.model_copy(
        update={"answer": text, "citations": citations, "jobs": list(dict.fromkeys(c.job for c in citations))}
    )
    return checked(answer, library)


def passages(grounded: Answer, retrieval: Retrieval, library: Library) -> list[Citation]:
    """Numbered passages for the LLM: whole chunks of the sections the grounded answer cites, then the hits."""
    chunks = [chunk for c in grounded.citations for chunk in library.parts(c.job, c.section)]
    chunks += [hit.chunk for hit in retrieval.hits]
    unique = list({chunk.id: chunk for chunk in chunks}.values())[:MAX_PASSAGES]
    return [
        Citation(n=n, job=chunk.job, section=chunk.section, source=chunk.source, text=chunk.text)
        for n, chunk in enumerate(unique, 1)
    ]


def recall_of(recall: Recall, library: Library) -> Recall:
    """The retriever's recall, except that a lone Japanese word that is part of a job's title ("総務は？": 総務事務),
    or a noun of the question that only the titles of other jobs hold, recalls none of the jobs talked of: it names
    that job, though their pages may say it."""

    def recalled(question: Question, jobs: list[str]) -> str | None:
        lone = TOPIC_WORD.match(question.text)
        if lone and in_a_title(lone.group("word"), library.jobs):
            return None
        phrases = noun_phrases(question.text) if question.lang == "ja" else []  # English: "one" is in "phone"
        if any(names_another(phrase, jobs) for phrase in phrases if len(phrase) >= MIN_PHRASE):
            return None  # "観光バスのほうは？" after 路線バス運転士: 観光バス運転士, though its page says バス
        return recall(question, jobs)

    def names_another(phrase: str, jobs: list[str]) -> bool:
        return not in_a_title(phrase, jobs) and in_a_title(phrase, library.jobs)

    return recalled


# A role said right after the name of the job it works beside: "PT aides" (Physical Therapist Aides).
ROLE_AFTER = r"\s+(assistant|aide|helper|technician|tech|technologist)s?\b"


def with_role(question: Question, beside: Beside) -> Question:
    """The job beside the one named, when its name is followed by a role its title lacks ("what about PT aides?":
    "PT" names Physical Therapists; the aides are Physical Therapist Aides); unchanged when no page has that title."""
    if len(question.named) != 1:
        return question
    said = [link.matched for link in question.links if link.title == question.named[0]]
    role = re.search(re.escape(said[0]) + ROLE_AFTER, question.text, re.IGNORECASE) if said else None
    if not role or role.group(1).lower() in question.named[0].lower():
        return question
    found = beside(question.named[0], role.group(1).lower())
    # not the person's own job said so ("I'm a vet tech… to become the vet": the vet is wanted)
    return question.model_copy(update={"named": [found]}) if found and found != question.origin else question


# "デスクのあとは？" after 新聞記者's career path: a rank its page says, not ヘルプデスク (IT) that ends in the word
STEP_AFTER = re.compile(r"^(?:じゃあ|で、?)?(?P<step>[一-龥ァ-ヶー]{1,10})(?:の|に)(?:あと|後|次|先)(?:は|に|って)")


def step_of_focus(question: Question, focus: list[str], library: Library) -> Question:
    """A step of the focus job's career said before "のあとは" ("デスクのあとは？"): the path goes on from it."""
    found = STEP_AFTER.match(question.text)
    step = found.group("step") if found else None
    if not (focus and step and question.lang == "ja" and step not in focus[0] and library.says(focus[0], step)):
        return question
    if any(link.matched == link.title for link in question.links):  # "看護師のあとは？" names the job itself
        return question
    cues = [*question.cues, Cue.NEXT] if Cue.NEXT not in question.cues else question.cues
    return question.model_copy(update={"named": [], "links": [], "names_other": False, "mention": None, "cues": cues})


def of_focus_kind(question: Question, focus: list[str], titles: Iterable[str]) -> Question:
    """A word for a kind of the job in focus, said in its slot ("and for preschool?" after Elementary School
    Teachers): the page titled by that word and the focus's worker word, the one sharing most of the focus's title
    (Preschool Teachers, Except Special Education); unchanged when no page is."""
    fields = [link.matched for link in question.links if not WORKER.search(link.matched)]  # "same question if he
    field = fields[0] if len(fields) == 1 and Cue.SAME_AGAIN in question.cues else None  # went for economics"
    word = question.mention or field
    if not (focus and word and question.lang == "en" and (question.names_other or field) and not question.named):
        return question
    said, mine = name_words(word), set(name_words(focus[0]))
    head = name_words(focus[0].split(",")[0])
    worker = [w for w in head if WORKER.search(w)] or head[-1:]  # "Remote Sensing Scientists and Technologists"
    kin = [t for t in titles if t != focus[0] and set(said) <= set(name_words(t)) and set(worker) & set(name_words(t))]
    if not worker or not kin or set(said) <= mine:  # "what tech do testers use": the job in focus, said short
        return question
    best = max(kin, key=lambda title: (len(mine & set(name_words(title))), -len(title)))
    return question.model_copy(update={"named": [best], "names_other": False})
