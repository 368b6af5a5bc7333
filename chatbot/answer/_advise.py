"""Advice answers: which jobs suit a person, what they would be missing, routes between jobs.

Every reason, table cell and hop is a quote of a page line, numbered through the Ledger like any other answer;
the structured result (Answer.matches, .gap, .routes) names the same citation numbers.
"""

from __future__ import annotations

from chatbot.answer._citations import Ledger
from chatbot.answer._gaptable import gap_answer
from chatbot.answer._make import make_answer
from chatbot.answer._respond import checked
from chatbot.answer._routes import ROUTE_ASKED, route_answer, routed
from chatbot.guidance import Adviser, Line, Suggestion, describe, read_interests, schooling_limit
from chatbot.index import Library
from chatbot.models import Answer, Intent, InterestReading, JobMatch, Lang, Question, Reason

SCHOOLING: dict[Lang, dict[int, str]] = {
    "en": {
        2: "no schooling beyond high school",
        3: "a vocational or two-year programme at most",
        4: "a bachelor's degree at most",
    },
    "ja": {2: "高校卒業まで", 3: "専門学校・短大まで", 4: "大学卒業まで"},
}
TEXT: dict[str, dict[Lang, str]] = {
    "read": {
        "en": "I read this as: {reading}.{schooling} You can change it in **Find jobs for me**.",
        "ja": "お話から読み取った興味：{reading}。{schooling}「Find jobs for me」で変更できます。",
    },
    "set": {
        "en": "You set your interests as: {reading}; I ranked the jobs whose pages score them most alike.",
        "ja": "設定された興味（{reading}）に点数が近い職業から並べました。",
    },
    "unread": {
        "en": "I read no particular interest from your words, so I matched them against what each job's page says.",
        "ja": "特定の興味は読み取れなかったため、お話の内容を各職業ページの記述と照らし合わせました。",
    },
    "limit": {"en": " Schooling: {limit}.", "ja": "学歴は{limit}で探しました。"},
    "panel": {"en": "Find jobs for me: {reading}.", "ja": "あなたに合う仕事を探す：{reading}。"},
    "intro": {"en": "Jobs that may suit you, best first:", "ja": "向いているかもしれない仕事（合う順）："},
    "none": {
        "en": "No job page matches what you said within that schooling.",
        "ja": "その条件に合う職業ページは見つかりませんでした。",
    },
    "interests": {"en": "its strongest interests on the page: {items}", "ja": "ページで最も高い興味：{items}"},
    "preparation": {"en": "preparation: {item}", "ja": "学歴・準備：{item}"},
    "beyond": {
        "en": "preparation: {item}, more than the schooling you said you would do",
        "ja": "学歴・準備：{item}（お話の学歴より長い準備が必要です）",
    },
    "text_only": {
        "en": "its page scores no interests: matched on its words only",
        "ja": "この職業ページには興味の点数がないため、記述だけで照合しました",
    },
}


def advise(question: Question, adviser: Adviser, library: Library) -> Answer | None:
    """The answer to a MATCH, GAP or PATH question; None when the question is not one (or lacks its jobs)."""
    if question.intent is Intent.MATCH:
        return suggestions(question, adviser, library, reading_of(question.text, question.lang))
    if question.intent is Intent.GAP and question.origin and question.jobs:
        gap = adviser.gap(question.origin, question.jobs[0])
        asked = ROUTE_ASKED.search(question.text) is not None  # the way there asked too: its routes after the table
        return gap_answer(
            question, gap, library, routed(adviser, gap.source, gap.target, library, question.lang) if asked else None
        )
    if question.intent is Intent.PATH and question.jobs:
        return route_answer(question, adviser, library)
    return None


def reading_of(text: str, lang: Lang) -> InterestReading:
    """What the person's words say of their interests and schooling."""
    scores = read_interests(text)
    return InterestReading(scores=scores, described=describe(scores, lang), schooling=schooling_limit(text))


def suggest_jobs(reading: InterestReading, text: str, lang: Lang, adviser: Adviser) -> Answer:
    """The answer to the "Find jobs for me" panel: the interests and schooling as the person set them, and what
    they wrote (may be empty)."""
    reading = reading.model_copy(update={"described": describe(reading.scores, lang), "explicit": True})
    label = TEXT["panel"][lang].format(reading=reading.described or "-")
    said = f"{label} {text.strip()}".strip() if text.strip() else label
    question = Question(raw=said, text=said, lang=lang, intent=Intent.MATCH, standalone=said)
    library = adviser.retriever.library
    return checked(suggestions(question, adviser, library, reading, text.strip()), library)


def suggestions(
    question: Question, adviser: Adviser, library: Library, reading: InterestReading, text: str | None = None
) -> Answer:
    """The jobs that suit the person, each with its cited reasons.

    Args:
        text: what to match on the pages' words (None: the question's text; "": interests alone).
    """
    lang = question.lang
    said = question.text if text is None else text
    found = adviser.suggest(said, reading.scores, reading.schooling, reading.explicit, lang=lang, own=question.origin)
    ledger = Ledger(library.text)
    matches = [match_of(suggestion, ledger, library, lang) for suggestion in found]
    parts = [opening(reading, lang), TEXT["intro" if matches else "none"][lang]]
    parts += [listed(n, match) for n, match in enumerate(matches, 1)]
    answer = make_answer(question, "\n\n".join(parts), answered=bool(matches), ledger=ledger)
    return answer.model_copy(update={"reading": reading, "matches": matches, "about": [m.job for m in matches[:1]]})


def opening(reading: InterestReading, lang: Lang) -> str:
    """How the reading of the person is shown (and that it can be changed)."""
    limit = TEXT["limit"][lang].format(limit=SCHOOLING[lang][reading.schooling]) if reading.schooling else ""
    if reading.explicit:
        return TEXT["set"][lang].format(reading=reading.described or "-") + limit
    if not reading.described:
        return TEXT["unread"][lang] + limit
    return TEXT["read"][lang].format(reading=reading.described, schooling=limit)


def match_of(suggestion: Suggestion, ledger: Ledger, library: Library, lang: Lang) -> JobMatch:
    """One suggestion with its reasons cited."""
    reasons = [Reason(kind="words", text=line.quote, cites=cited(ledger, library, [line])) for line in suggestion.words]
    if suggestion.interests:
        items = ", ".join(line.quote for line in suggestion.interests)
        text = TEXT["interests"][lang].format(items=items)
        reasons.append(Reason(kind="interests", text=text, cites=cited(ledger, library, suggestion.interests)))
    if suggestion.preparation is not None:
        text = TEXT["beyond" if suggestion.beyond else "preparation"][lang].format(item=suggestion.preparation.quote)
        reasons.append(Reason(kind="preparation", text=text, cites=cited(ledger, library, [suggestion.preparation])))
    if not suggestion.scored:
        reasons.append(Reason(kind="text_only", text=TEXT["text_only"][lang]))
    reasons = [reason for reason in reasons if reason.cites or reason.kind == "text_only"]
    return JobMatch(job=suggestion.job, score=suggestion.score, interest_fit=suggestion.interest, reasons=reasons)


def cited(ledger: Ledger, library: Library, lines: list[Line]) -> list[int]:
    """The citation numbers of page lines (a line whose quote is not in its section is left out)."""
    numbers = [ledger.cite(line.job, line.section, library.source(line.job), line.quote) for line in lines]
    return list(dict.fromkeys(n for n in numbers if n is not None))


def listed(n: int, match: JobMatch) -> str:
    """One numbered suggestion as markdown: the job, then each reason with its markers."""
    # indented by the width of "1. ", so CommonMark nests the reasons under their job
    reasons = [f"   - {reason.text} {markers(reason.cites)}".rstrip() for reason in match.reasons]
    return "\n".join([f"{n}. **{match.job}**", *reasons])


def markers(numbers: list[int]) -> str:
    """ "[1] [2]" for the numbers (empty for none)."""
    return " ".join(f"[{n}]" for n in numbers)
