"""The words that tell how a turn follows on, beyond its cues (chatbot/retrieval/_cues.py): what a "related" asks
of, the person in the job talked of, the two jobs said as a pair, the job just told of asked "how about it?"."""

from __future__ import annotations

import re

OF_WHAT = re.compile(  # related to what is said ("…related to detective work?"; not "…related, in case I…want to")
    r"\b(related|similar|close|closest|connected|comparable|linked|adjacent|near|relevant) (to|with)\b"
    r"|\b(jobs?|careers?|roles?|work|ones?|occupations?|fields?|something|anything) (like|of|in)\b|に似|と似"
)
# The same question asked in so many words ("what about forest workers, same question"): the last topic, whatever
# topic the rest of the turn's words hint ("I also like being outdoors though.")
ASKED_AGAIN = re.compile(r"\bsame (question|q)\b|同じ質問", re.IGNORECASE)
# A comparison asked of the case of another job ("じゃあ官房長だとどう違う？", "what about X, how does it differ?"): on
# the topic asked before, as "and for X?" is; not "AIエンジニアとの違いは？", the jobs as a whole
IN_ITS_CASE = re.compile(r"(だと|なら|の場合)(は)?、?(どう|何が|なにが)?違|\b(what|how) about\b", re.IGNORECASE)
PERSONAL = re.compile(r"\b(i|i'd|i'm|i'll|me|my|you|we)\b", re.IGNORECASE)  # the person, in the job talked of
PAIR_SAID = re.compile(r"\b(these|those|the) two\b|\bboth of (them|these)\b|(この|その|あの)(二つ|2つ|ふたつ)|両方")
# The job just told of, asked of as the last one was ("全然違うんだけど、線路の保守点検みたいな仕事も気になってて。
# そっちはどう？"): a fresh opening that still keeps the topic, unless it asks one ("そっちはどうやってなるの？")
HOW_THERE = re.compile(
    r"(そっち|そちら|その仕事|そういう仕事)(は|って|だと|の場合)?(どう|どんな感じ)"
    r"|\b(what|how) about (it|that|them|that one|those)\W*$",
    re.IGNORECASE,
)
# A fresh opening that ends on another job alone: "totally different direction, but what about paramedics?"
ABOUT_NAME = re.compile(r"\b(what|how) about (the )?[^,.?!]{1,60}[?.!]*\s*$", re.IGNORECASE)
