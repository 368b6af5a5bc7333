"""The sentence a Japanese question tells the person's own job in places it better than the whole question, which
also tells the job wanted ("家電メーカーで電子機器の設計をしています。医療機器メーカーに転職して、医療機器の開発を
したい": of the pages that 電子機器の設計 names alike, the own sentence says 電子機器技術者; the whole question
says 医療機器開発技術者, the job wanted). Found in guidance_tune36; measured on every gap case of the tuning sets
(docs/benchmarks.md).
"""

from __future__ import annotations

from chatbot.models import Question
from chatbot.retrieval._bracket import SURE
from chatbot.retrieval._foreground import SENTENCE
from chatbot.text import fold, is_japanese


def sentence_of(text: str, words: str) -> str:
    """The sentence of the text the words were said in (the whole text when they are not found in one)."""
    said = fold(words)
    return next((part for part in SENTENCE.split(text) if said and said in fold(part)), text)


def own_sentence(text: str, words: str) -> str:
    """What breaks a tie among the pages the person's own words name: in Japanese the sentence they were said in;
    in English the whole question, as before ("I'm a freelance writer, mostly blog posts. I'd like to end up heading
    communications…" is Writers and Authors by the whole, Poets, Lyricists and Creative Writers by its first sentence:
    tests/answer/test_understanding_tune34.py)."""
    return sentence_of(text, words) if is_japanese(words) else text


def named_beside(question: Question, words: str) -> str | None:
    """The one job a Japanese question names for sure in the sentence of the person's own words, outside the words
    wanted: "タイヤ工場で製造ラインの仕事をしています" works at making tyres (タイヤ製造), whatever "製造ライン"
    alone fits best; None when it names none or several."""
    if not is_japanese(words):
        return None
    sentence, wanted = fold(sentence_of(question.text, words)), fold(question.target_words or "")
    sure = {  # a weaker link may name the workplace ("パン屋さんでレジと品出し")
        link.title
        for link in question.links
        if link.score >= SURE and fold(link.matched) in sentence and not (wanted and fold(link.matched) in wanted)
    }
    return next(iter(sure)) if len(sure) == 1 else None
