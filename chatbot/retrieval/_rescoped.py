"""A question read off the pages before its job was placed, whose off-topic words are that job's name:
"天気予報の人になりたい中学生です！どうしたらなれますか" asks the way into 気象予報士 (its name, "天気予報", placed from
the words wanted after the scope was read), not about the weather."""

from __future__ import annotations

from chatbot.models import Question, Scope
from chatbot.retrieval._nameless import nameless
from chatbot.retrieval._outside import OFF_TOPIC
from chatbot.retrieval._scope import scope_of
from chatbot.text import fold, is_japanese


def rescoped(question: Question) -> Question:
    """The question read as about jobs when only the names of the jobs it names made its words off the pages (a
    reading by the labelled examples, or words off the pages outside the names, stay)."""
    if question.scope is not Scope.OFF_TOPIC or not question.named or question.inferred:
        return question
    said = fold(question.text)
    found = OFF_TOPIC.search(said)  # (declined by the examples or another rule: not this reading)
    names = [fold(link.matched) for link in question.links if link.title in question.named]
    if found is None or not any(found.group(0) in name for name in names):  # "おすすめのラーメン屋": not its name
        return question
    for name in (name for name in names if is_japanese(name)):  # (nameless leaves Japanese names: no word bounds)
        said = said.replace(name, " ")
    if scope_of(nameless(said, names), question.cues) is not Scope.JOBS:
        return question
    return question.model_copy(update={"scope": Scope.JOBS})
