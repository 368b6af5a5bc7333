"""The jobs a description names as the ones its job works with: "the person in the tower telling pilots when they
can land" describes no pilot, "who makes the crowns that dentists put in?" no dentist. (Japanese, which names them
before whom it describes, is read in _told_apart.py.)"""

from __future__ import annotations

import re

from chatbot.models import Cue, JobLink, Question
from chatbot.retrieval._acted import a_worker, acted_on
from chatbot.retrieval._foreground import mention_at
from chatbot.retrieval._question import strong_links
from chatbot.text import fold, name_words

CONTEXT = -0.25  # a link score: a job a description names only in passing counts against it, by half a whole link
# Whom a description is of, said before the job it names in passing: "the person ... telling pilots"; a name said
# before them is whom it describes ("the hygienist who cleans your teeth"), words with none the job's field ("make
# jewelry for a living").
DESCRIBED = re.compile(r"\b(who|that|one|ones|person|people|someone|somebody|guy|guys|lady|woman|man|folks)\b")


def described_links(question: Question) -> list[JobLink]:
    """The links a question acts on; of one describing a job, the sure ones as they are, the weak ones (a name its
    words only touch: "pilots" of fifteen pages) said after whom it describes against their jobs, the rest left out."""
    text, links = question.text, question.links
    # the person's own job said before a name two pages share ("I teach middle school math. What does a principal
    # do?"): those pages, not theirs (chatbot.retrieval._wished)
    mention = fold(question.mention or "")
    theirs = {fold(link.matched) == mention for link in links if link.title in question.background}
    if theirs == {False} and any(fold(link.matched) == mention for link in links):
        links = [link for link in links if link.title not in question.background]
    if Cue.WHICH_JOB not in question.cues:
        return links
    words = name_words(text)
    # a sure name the description's verb acts on is whom the job works with ("work for a judge"): counted against
    sure = [link for link in strong_links(links) if not acted_on(words, mention_at(text, link.matched), a_worker(link))]
    titles = {link.title for link in sure}
    passing = [
        link.model_copy(update={"score": CONTEXT})
        for link in links
        if link.title not in titles
        and a_worker(link)
        and DESCRIBED.search(" ".join(words[: mention_at(text, link.matched)]))
    ]  # (a thing a title names is no worker beside: "the guys who fix vending machines" are their repairers)
    titles |= {link.title for link in passing}  # the jobs named aside ("who fit actors into costumes"): against them
    aside = [
        ln.model_copy(update={"score": CONTEXT}) for ln in question.aside if ln.title not in titles and a_worker(ln)
    ]
    return sure + passing + list({link.title: link for link in aside}.values())
