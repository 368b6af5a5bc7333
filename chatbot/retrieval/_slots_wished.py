"""The job wanted told without its name (chatbot.retrieval._slots.target_words): by where and what is done there, by
an opening posted, or by what "do that" is said to be."""

from __future__ import annotations

import re

# A job wished for told by where and what is done there, no name said: "I'd love a job at a theme park running the
# rides and helping guests…", "A job checking books in and out … at the public library sounds great"
JOB_WISHED = [
    re.compile(
        r"\b(?:i'?d (?:really )?(?:love|like)|i want|i'm after) an? (?:job|role|position|gig) (?:at|in|with|on)"
        r" (?:an? |the )?(?P<w>[\w\- ]{3,60}?)(?=[.,;!?]| and\b| but\b|$)"
    ),
    re.compile(r"(?:^|[.!?]\s+)an? (?:job|role|gig) (?P<w>\w+ing [\w\- ]{3,80}?)(?= sounds| seems| would be| looks)"),
]

# A job wished for said by a pointer or an opening, before any other reading of the wish ("…to land it", "…to do
# that"): "They posted a floor supervisor opening", "…would like to do that as a real job, fixing small engines"
JOB_POINTED = [
    re.compile(r"\b(?:posted|opened|advertised|listed) an? (?P<w>[\w\- ]{3,40}?) (?:opening|position|vacancy|job)\b"),
    re.compile(
        r"\bdo (?:that|this|it)(?: as an? [\w\- ]{0,20}?(?:job|career|living))?, (?P<w>\w+ing [\w\- ]{3,60}?)"
        r"(?=[.,;!?]|$)"
    ),
]
