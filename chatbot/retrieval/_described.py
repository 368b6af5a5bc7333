"""The jobs a description names as the ones its job works with: "the person in the tower telling pilots when they
can land" describes no pilot, "who makes the crowns that dentists put in?" no dentist; and the clause a Japanese
question tells its job's work in, which alone tells which job it is ("船のエンジンとか発電機を管理する仕事に興味ある
んだけど、休みってどうなってるの？ずっと船に乗りっぱなし？": the ship's engineers, not every seafarer by 船 and 休み).
Measured on the earlier tuning sets: twelve turns of nine sets gained, one lost (a close second)."""

from __future__ import annotations

import re

from chatbot.models import Cue, JobLink, Question
from chatbot.retrieval._foreground import mention_at
from chatbot.retrieval._question import strong_links
from chatbot.text import name_words

CONTEXT = -0.25  # a link score: a job a description names only in passing counts against it, by half a whole link
# Whom a description is of, said before the job it names in passing: "the person ... telling pilots"; a name said
# before them is whom it describes ("the hygienist who cleans your teeth"), words with none the job's field ("make
# jewelry for a living").
DESCRIBED = re.compile(r"\b(who|that|one|ones|person|people|someone|somebody|guy|guys|lady|woman|man|folks)\b")


def described_links(question: Question) -> list[JobLink]:
    """The links a question acts on; of one describing a job, the sure ones as they are, the weak ones (a name its
    words only touch: "pilots" of fifteen pages) said after whom it describes against their jobs, the rest left out."""
    text, links = question.text, question.links
    if Cue.WHICH_JOB not in question.cues:
        return links
    sure = strong_links(links)
    titles = {link.title for link in sure}
    words = name_words(text)
    passing = [
        link.model_copy(update={"score": CONTEXT})
        for link in links
        if link.title not in titles and DESCRIBED.search(" ".join(words[: mention_at(text, link.matched)]))
    ]
    return sure + passing


# A Japanese job told by its work before what is asked of it ("船のエンジンとか発電機を管理する仕事に興味あるんだ
# けど、休みってどうなってるの？"): the clause up to the word for the worker or the work
WORK_TOLD_JA = re.compile(
    r"^[^。？！?!]{4,60}?(?:(?:て|で)(?:る|いる)(?:人|方)|(?:する|した|している|してる)(?:人|方|仕事)"
    r"|[るうくすむぶつぐ](?:人|方|職人|仕事))"
)


def work_told(text: str) -> str | None:
    """The clause a Japanese question tells its job's work in, when it opens with one ("…を管理する仕事"); None
    else."""
    found = WORK_TOLD_JA.search(text)
    return found.group(0) if found else None
