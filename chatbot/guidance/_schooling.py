"""How much more schooling a person says they will do, as the highest job zone that fits (O*NET's zones: 2 needs
a high-school diploma, 3 a vocational or two-year programme or an apprenticeship, 4 a bachelor's degree, 5 more)."""

from __future__ import annotations

import re

from chatbot.text import fold

LIMITS = [  # the strictest limit found wins
    (
        2,
        r"not going back to school|no more school(ing)?|don'?t want (to go )?(back )?to (school|college|university)"
        r"|without (going to )?(college|university|a degree)|straight (out of|after) (high )?school"
        r"|right after high school|only (finished|have|got) (a )?high school|high school (diploma|only)\W+no\b"
        r"|学校に通い直す(つもり|余裕|気)(は|も)(ない|なく|ありません)|学校に通って資格を取る気(も|は)ない"
        r"|(didn'?t|did not|never) finish(ed)? (high )?school|dropped out of (high )?school|高校(は|を)?中退"
        r"|(diploma|high school) is as far as i'?m going"
        r"|高校を出たらすぐ|高卒で(すぐ)?|すぐ(に)?働きたい|進学(は|する気は)?(しない|ない)",
    ),
    (
        3,
        r"can'?t do a (four|4)[- ]year|no (four|4)[- ]year|not a (four|4)[- ]year|short course"
        r"|(two|2)[- ]year (programme|program|degree|course)|apprentice|learn on the job|on[- ]the[- ]job"
        r"|trade school|vocational|community college|certificate program|culinary school"
        r"|learn(ing)? (a|the) (craft|trade)|rather .{0,40}than (go(ing)? to )?(university|college)"
        r"|instead of (university|college)|no (college|university)|without college|two years at most"
        # "not going to college", "no interest in college", "I don't have a degree and don't want one", "won't do a
        # four-year art degree", "can't afford years of school"; not "I don't mind a degree"
        r"|\b(not|no|never|won'?t|don'?t(?! mind)|without|can'?t afford|no interest in|no plans? for|not going to"
        r"|rather not|not doing|not after)\b[^.!?]{0,30}"
        r"\b(college|uni|university|degree|four[- ]year|4[- ]year|years (of|in) school)"
        r"|(a|one|about a) year or two|(a|one) year of (training|school)|within a year"
        r"|大学(に|には|は|へは)?(行か|いか)(ない|ず|なくて)|大学には行きたくない|大学は行ってない|4年も.{0,10}(無理|むり)"
        r"|専門学校(なら|ぐらい|くらい)|(1|１|一)年くらいなら"
        r"|大学ではなく|大学には行かず|大学には行けない|大学に行かず|大学へは行かず|専門学校で|専門学校に|短大|職業訓練",
    ),
    (4, r"bachelor'?s (degree )?(at most|is (my|the) limit)|no (grad|graduate) school|大学院(には|は)行かない"),
]
PATTERNS = [(zone, re.compile(pattern)) for zone, pattern in LIMITS]


def schooling_limit(text: str) -> int | None:
    """The highest job zone the person will train for, from their words; None when they set no limit.

    "I'm not going back to school" -> 2; "I'd rather learn on the job" -> 3; "大学は法学部に進むつもり" -> None.
    """
    words = plain(text)
    limit = next((zone for zone, pattern in PATTERNS if pattern.search(words)), None)
    had = max((zone for zone, pattern in HAD if pattern.search(words)), default=None)
    return max(limit, had) if limit is not None and had is not None else limit


# Schooling the person has done already: "no more school" then leaves what they have within reach ("I did a two-year
# culinary program and I'm not going back to school": chefs, not only jobs that need none)
HAD = [
    (
        3,
        re.compile(
            r"\b(did|done|finished|completed|have|got|hold|with) (a |an |my )?((two|2)[- ]year|associate'?s"
            r"|culinary|trade school|vocational|certificate|apprenticeship)"
        ),
    ),
    (4, re.compile(r"\b(did|done|finished|completed|have|got|hold|with) (a |my )?(bachelor'?s|ba|bs|college degree)")),
]


def plain(text: str) -> str:
    """The text as the patterns read it: folded, one apostrophe, "cannot" as "can't" ("I can’t", "I cannot")."""
    return fold(text).replace("\u2019", "'").replace("cannot", "can't")


# Much more schooling welcomed ("I'd go on to a master's", "fine with several more years of professional school",
# "seriously thinking about grad school, even a PhD", "大学院に進むつもり"): the person aims at jobs that need it.
AIMS_HIGH = re.compile(
    r"\b(fine|happy|willing|open|ok|okay|not scared|don'?t mind|would|could|i'?d|plan(ning)?|thinking about)\b"
    r"[^.!?]{0,50}\b(master'?s|ph\.?d|doctorate|grad(uate)? school|professional school|med(ical)? school|law school"
    r"|(several|more|a few) (more )?years of (school|study))|\b(even|maybe|possibly) a (phd|master'?s|doctorate)\b"
    r"|大学院|博士|修士"
)


def schooling_floor(text: str) -> int | None:
    """The job zone the person aims at least, from their words: 4 (a degree's worth) when they welcome graduate or
    professional school; None when they say nothing of it."""
    return 4 if AIMS_HIGH.search(plain(text)) else None
