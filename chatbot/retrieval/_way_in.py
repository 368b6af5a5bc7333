"""Words that ask of one job, the one named or described, rather than for jobs that suit: how to get in ("…する
仕事に就きたい、どうすれば？"), what it takes, what it is."""

from __future__ import annotations

import re

from chatbot.retrieval._intent import FEASIBLE_JA

HOW_TO = re.compile(  # words that ask how to get in: a which-job question with them asks the way in
    r"\bhow (do|can|would|should) (i|you|one|someone|they|people)\b|\bstart\b|\blearn (that|the|this|a) trade\b"
    r"|\bcareer (ladder|path)\b|\bclimb the ladder\b|\bends? up (as|being)\b"
    r"|\b(how much|how long|what (kind|sort) of)"
    r" (prep|preparation|training|schooling|school|education|experience|degree)s?\b"
    r"|なるには|就くには|つくには|就きたい|つきたい|なりたい|どうやったら|どうすれば|(どういう|どんな)(ルート|道のり)|就くの|なれるの"
    r"|どうやって|転職|未経験|(世界|業界|道)に入|一人前|(どれくらい|何年)かかる|なれるまで|学校(って|に|へ|は)?(行|通)"
    r"|始められ|どこに登録|" + FEASIBLE_JA  # "…家事をまるごと引き受ける仕事をしたいんです。50代からでも始められる？"
)
ONE_JOB = re.compile(  # words that ask of one job (the one named or described), not for jobs that suit
    r"\b(does|would|will|did) (that|it|this) (take|involve|require|need|entail|look like)\b"
    r"|\b(that|this) (job|work|career|line of work|trade)\b"
    r"|(どうやって|どうやったら|どうしたら|どうすれば)(なる|なれ|なっ)|なるには|なり方"
    r"|学校(って|に|へ|は)?(行|通)(った|う)(方|ほう)が"  # "…する仕事がしたいんですけど、専門学校って行った方がいい？"
    r"|具体的に(は)?(何|なに)を(する|して|やる|やって)"  # "風車の…仕事に興味あります。…具体的に何をするんですか？"
)
