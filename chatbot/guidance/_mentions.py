"""Hops from a page's career path text to the jobs it names: jobtag pages list no related jobs, but their career
paths say where people come from and go ("看護助手として患者に接するうちに…看護職の資格を目指す者もいる",
"弁護士…裁判官"). A job is named by its title, by a part of it split at 、 or /, or by the title without its
bracketed note; a part of at most two characters, one that several titles share or a generic one ("施工") names
nothing, and the longest name at a place wins ("動物看護師" names 動物看護, not 看護師). Each hop cites the
sentence that names the job.
"""

from __future__ import annotations

import re
from collections import defaultdict

from chatbot.guidance._profiles import Line, Profiles

MIN_NAME = 3  # characters
GENERIC = {"施工", "起業", "カウンセラー", "フロント", "国家公務員", "地方公務員", "研究者", "技術者", "営業"}
PART = re.compile(r"[、/／]")
NOTE = re.compile(r"[（(][^）)]*[）)]")
SENTENCE = re.compile(r"(?<=。)|\n")  # a sentence, on one line of the page


def names_of(titles: list[str]) -> dict[str, str]:
    """Each name that stands for exactly one of these titles -> that title."""
    owners: dict[str, set[str]] = defaultdict(set)
    for title in titles:
        bare = NOTE.sub("", title).strip()
        for name in {title, bare, *PART.split(title), *PART.split(bare)}:
            name = name.strip()
            if len(name) >= MIN_NAME and name not in GENERIC:
                owners[name].add(title)
                if name.endswith("教員"):  # pages say 教諭 for the teacher and the licence ("小学校教諭免許")
                    owners[name[:-2] + "教諭"].add(title)
    return {name: next(iter(found)) for name, found in owners.items() if len(found) == 1}


def career_mentions(profiles: Profiles, titles: list[str]) -> list[tuple[str, str, Line]]:
    """(page, named job, the sentence of the page's career path that names it) for every page of these titles."""
    names = names_of(titles)
    if not names:
        return []
    pattern = re.compile("|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)))
    library = profiles.library
    heading = library.headings.text("career_path")
    found = []
    for title in titles:
        text = library.text(title, heading) or ""
        for sentence in SENTENCE.split(text):
            for named in dict.fromkeys(names[m.group()] for m in pattern.finditer(sentence)):
                if named != title:
                    found.append((title, named, Line(title, heading, sentence.strip())))
    return found
