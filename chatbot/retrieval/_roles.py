"""Jobs that teach, supervise or gather "all other" jobs: a role a person's words must ask for before such a page is
taken for what they do or want. Guidance weighs them down in matching (guidance/_roles.role_weight); placing the
person's own job weighs them down the same way (_place: "I mow lawns for a landscaping company" is a groundskeeper,
not the groundskeepers' supervisor, whose page says much the same)."""

from __future__ import annotations

import re

from chatbot.models import Question

OTHER_ROLE = 0.7  # the weight of a teaching, supervising or catch-all job the person did not ask for
# Machines run are operated, not managed, wherever they are: "I run the processing equipment at a biodiesel plant"
MACHINES = r"(machines?|equipment|presses|lathes|cranes|dozers|excavators|forklifts|loaders|trucks)"
ROLES = [  # (the role in a title, the words that ask for it)
    (
        re.compile(r"Teachers|Instructors|教員|教師|講師"),
        re.compile(
            r"teach|instruct|professor|lectur|lesson|classroom|grading|\bstudents\b|homework|tutor"
            r"|教え|先生|講師|授業|生徒"
        ),
    ),
    (
        re.compile(r"First-Line Supervisors|Managers\b|Education (and Childcare )?Administrators|管理者|店長"),
        re.compile(rf"lead|manag|supervis|run (?![\w\- ]*?\b{MACHINES}\b)|\bhead(ing)? |in charge|管理|リーダー|経営"),
    ),
    (re.compile(r"All Other"), re.compile(r"$^")),
    # college teaching: "standing in front of a room of teenagers … planning lessons" asks for teaching, not for the
    # history professors' page
    (re.compile(r"Postsecondary"), re.compile(r"college|universit|professor|postsecondary|lecturer")),
]


def asked_role(title: str, said: str) -> bool:
    """Whether the title is a teaching or supervising role that the (case-folded) words ask for ("heading
    communications and PR": Public Relations Managers before its specialists)."""
    return any(pattern.search(title) and asked.search(said) for pattern, asked in ROLES)


def unasked_role(title: str, said: str) -> bool:
    """Whether the title is a teaching, supervising or catch-all role that the (case-folded) words do not ask for."""
    return any(pattern.search(title) and not asked.search(said) for pattern, asked in ROLES)


def catch_all(question: Question, job: str) -> bool:
    """Whether the job is a catch-all page ("…, All Other") that the question links only by part of its name."""
    return job.endswith("All Other") and all(link.score < 1 for link in question.links if link.title == job)
