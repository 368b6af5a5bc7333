"""A number the question asks for, which the page must give: how many work in the job or how many firms do it, the
share of women, the workers' age or an age limit, the hours of study an exam takes. Some jobtag pages give one
(消防官: "消防職員数は16万8,898人", 自動車教習指導員: "受験資格は満21歳以上"); O*NET pages give none. An answer to such
a question stands only when a section it cites gives a figure of that kind; else it is declined, saying the page
gives no such figure, since quoting the section the question's words happened to match would seem to answer it
("司法書士って独学で何時間くらい勉強すれば受かる？" once quoted the career path).

Written from the forty-ninth session's tuning sets: tune67_refuse's "全国に何社くらいある？" (refused by a rule of the
words, which then refused tune69_refuse's "海上保安官って全国で何人くらいいるの？", whose page gives the count).
"""

from __future__ import annotations

import re

from chatbot.answer._phrases import say
from chatbot.index import Library
from chatbot.models import Answer, Question

NUMBER = r"\d[\d,，.]*\s*(?:万|千|百)?\s*"
# What is asked -> a figure of that kind on the page
ASKED: list[tuple[re.Pattern[str], re.Pattern[str]]] = [
    (  # a head count: "全国で何人くらい", "how many … are there in the country"
        re.compile(
            r"(全国|日本|国内)[^。？?]{0,10}何人|何人(くらい|ぐらい|ほど)?(いる|い(ます|ん)|働い)|\bhow many "
            r"[\w ]{2,40}\b(are there|are employed|work in (the|this) (country|us|u\.s\.))\b"
        ),
        re.compile(NUMBER + r"人|\d[\d,]* (people|workers)\b"),
    ),
    (  # firms: "全国に何社くらいある？"
        re.compile(r"何社|(会社|企業|事業所)(の)?数|\bhow many (companies|firms|employers|businesses)\b"),
        re.compile(NUMBER + r"(社|事業所|か所|カ所|ヶ所)|\d[\d,]* (companies|firms|establishments)\b"),
    ),
    (  # the workers' age: "what's the average age of …"
        re.compile(r"平均年齢|年齢層|\baverage age\b|\bhow old (are|is) (most|the average)\b"),
        re.compile(r"平均年齢|\d+\s*(歳|代)|\baverage age\b|\bage(d)? \d+"),
    ),
    (  # an age limit: "年齢の条件ってある？" (自動車教習指導員: "受験資格は満21歳以上"), "what's the minimum age?"
        re.compile(
            r"年齢(の)?(条件|制限|要件)|何歳(から|まで|以上)|\b(minimum|maximum) age\b|\bage (limit|requirement)"
        ),
        # or that there is none: "定年もない" (弁護士), "年齢に関係なく"
        re.compile(  # "受験資格の制限はない" (気象予報士)
            r"\d+\s*歳|\bage (of )?\d+|\b\d+ years (of age|old)|定年|年齢(制限|に関係|を問わ)|\bno age limit"
            r"|(受験|応募)資格(の|に)?(制限|条件)(は|が)?(ない|なし|ありません)"
        ),
    ),
    (  # the hours of study: "何時間くらい勉強すれば"
        re.compile(
            r"何時間(くらい|ぐらい|ほど)?(の)?(勉強|学習)|(勉強|学習)時間"
            r"|\bhow many hours (of study|to study|of studying)"
        ),
        re.compile(NUMBER + r"時間|\d+ hours\b"),
    ),
    (  # the share of women
        re.compile(
            r"女性の?(割合|比率)|男女比|\b(percent(age)?|share|proportion) of [\w ]{0,30}\b(women|female)\b"
            r"|\bhow many women\b|\bgender (split|ratio|balance|breakdown)\b|\bmostly (women|men|female|male)\b"
        ),
        re.compile(r"女性[^。]{0,30}\d|\d[^。]{0,12}女性|\d+\s*% (of them )?(are )?(women|female)"),
    ),
]


def figured(question: Question, answer: Answer, library: Library) -> Answer:
    """The answer, or a refusal when its question asks a number (ASKED) that none of its cited sections gives."""
    if not answer.answered or not answer.citations:
        return answer
    said = question.text.casefold()
    asks = [figure for pattern, figure in ASKED if pattern.search(said)]
    if not asks:
        return answer
    cited = "\n".join(library.text(c.job, c.section) or "" for c in answer.citations)
    if any(figure.search(cited) for figure in asks):
        return answer
    text = say("no_figure", question.lang, job=f"**{answer.citations[0].job}**")  # the job the answer was about
    return answer.model_copy(update={"answer": text, "answered": False, "citations": []})
