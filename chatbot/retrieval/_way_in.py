"""Words that ask of one job, the one named or described, rather than for jobs that suit: how to get in ("…する
仕事に就きたい、どうすれば？"), what it takes, what it is."""

from __future__ import annotations

import re

from chatbot.models import Intent
from chatbot.text import is_japanese

# Whether the job is open at once on joining ("鉄道会社入ってすぐできるもの？"): the way in
ENTERED_JA = r"入って(すぐ|から)(に)?(でき|なれ|やれ|任され)"
# Whether one can get in without something or this late ("英語できないと厳しい？"), how one learns it, opening one's own
FEASIBLE_JA = (
    r"ないと(厳し|無理|ダメ|だめ|難し|なれな)|ないと[^。？?]{0,8}(苦労す|キツ|きつ|不利|やっていけ)|なきゃ(無理|ダメ|だめ)|今からでも|遅くない|遅すぎ"
    r"|やっていける(と思|かな|[？?])|(どうやって|どこで)(覚え|身につけ|身に付け|習得)|(開業|起業)(する)?(のに|には|ため)|(どうやって|どう)始め|始め方|なくても(いける|大丈夫|平気|できる|なれる|やれる|入れる)|"
    + ENTERED_JA
)
HOW_TO = re.compile(  # words that ask how to get in: a which-job question with them asks the way in
    r"\bhow (do|can|would|should) (i|you|one|someone|they|people)\b|\bstart\b|\blearn (that|the|this|a) trade\b"
    r"|\bcareer (ladder|path)\b|\bclimb the ladder\b|\bends? up (as|being)\b"
    r"|\b(how much|how long|what (kind|sort) of)"
    r" (prep|preparation|training|schooling|school|education|experience|degree)s?\b|\bwhat (kind of )?backgrounds?\b"
    r"|\bhow long (does|will|would) it take to (get |be )?(trained|certified|qualified|licensed)\b"  # …as the one who
    # "what's the schooling like for that?"
    r"|\bwhat('?s| is| are| would be) the (schooling|training|education|prep|degree|requirements?)\b"
    r"|\b(diploma|ged|degree|bachelor'?s|associate'?s|certificate) (is |be )?enough\b|\benough to get (in|into)\b"
    # "the person who put braces on my teeth, what did they study?": the way in of the one described
    r"|\bwhat (did|do|does|would|should|must) (they|you|i|he|she|one|someone|people) (have to |need to |had to )?"
    r"(study|major in)\b|\bwhat (degree|major)s? (did|do|does|would) (they|you|i|he|she)\b"
    r"|なるには|就くには|つくには|就きたい|つきたい|なりたい|どうやったら|どうすれば|何をすれば(なれ|いい)|(どういう|どんな)(ルート|道のり)|就くの|なれるの"
    r"|どうやって|転職|未経験|(世界|業界|道)に入|一人前|(どれくらい|何年)かかる|なれるまで|(?<![異連重])になるまで|学校(って|に|へ|は)?(行|通)"
    r"|始められ|何から(始め|はじめ)|どこに登録|でもなれ(る|ます)|"  # "…運転する仕事がしたい…何から始めればいい？"
    + FEASIBLE_JA  # "…家事をまるごと引き受ける仕事をしたいんです。50代からでも始められる？"
)
# What one worker, named or described, does all day, asked after the person told of themselves: "I'm really into
# renewable fuels. What would a manager running biofuel R&D projects spend their time on?", "英語を活かせる仕事を
# 探してる大学3年です。CAって飛行機の中で実際どんなことしてるんですか？": of that job, not for jobs that suit
WHAT_DONE = re.compile(
    r"\bwhat (would|does|do|did) (an?|the|those|these|that|this) (?!(person|someone|somebody|job|career)\b)"
    r"([\w/&'-]+ ){0,10}?(do|spend (their|his|her) (time|days?))\b(?! (for|to) me\b)"
    r"|(実際|具体的に|普段|毎日)(は)?(どんなこと|どういうこと|何|なに)(を)?(して(る|い)|する(の|ん)|やって(る|い))"
)
ONE_JOB = re.compile(  # words that ask of one job (the one named or described), not for jobs that suit
    r"\b(does|would|will|did) (that|it|this) (take|involve|require|need|entail|look like)\b"
    r"|\b(that|this) (job|work|career|line of work|trade)\b"
    r"|(どうやって|どうやったら|どうしたら|どうすれば)(なる|なれ|なっ)|なるには|なり方|なるため(の|に)|(役立つ|役に立つ|必要な)資格|からスタート|最初は(どういう|どんな|何)"
    r"|(学校|大学|大学院)(まで|って|に|へ|は)?(行|通|進)(った|う|んだ|む)(方|ほう)が"  # "…専門学校って行った方がいい？"
    r"|から(でも)?なれ(る|ます)"  # "…水産の研究とか技術系の仕事がしたい。水産高校からでもなれる？"
    r"|具体的に(は)?(何|なに)を(する|して|やる|やって)|(まず|最初は)?何から(始め|はじめ)"  # "…何から始めるの"
    # "風車の…仕事に興味あります。…具体的に何をするんですか？", "…work in a hospital. what would I do as an orderly?"
    r"|\bwhat (would|will) i (be )?(doing|do) as (an?|the)\b"
    rf"|{WHAT_DONE.pattern}"
)
# The work a person wishes for, told in words ("水産の研究とか技術系の仕事がしたい"): a job they describe, asked of
# by the words of one job after it ("…水産高校からでもなれる？"), whatever page the words then find
# …or longed for: "英語を日本語に訳す仕事にずっと憧れてるんだけど、フリーでやってる人って多いの？"
WORK_WISHED = re.compile(
    r"(の|な|する|系の)仕事(が|を)(し|やり)たい|(の|な|する|系の)仕事に(就|つ)きたい"
    r"|(の|な|系の|[うくすつむるぐぶ])(仕事|職人)に(ずっと|昔から|前から|すごく)?(憧れ|あこがれ)"
    r"|(の|な|系の|[うくすつむるぐぶ])仕事に(ずっと|前から|すごく|ちょっと)?興味(が|を)?(ある|あり|持)"  # tune146
)
# …or a place to work at wished for, then asked of: "地ビールのブルワリーで働いてみたいんだけど、…雇ってもらえる？"
PLACE_WISHED = re.compile(r"で働(き|いてみ)たい")
# What is asked of the work wished for after it is told: its way in, skills, hours, future; not which work suits
ASKED_OF_WISH = (Intent.BECOME, Intent.SKILLS, Intent.QUALIFICATIONS, Intent.WORK_STYLE, Intent.OUTLOOK)
QUESTION_JA = re.compile(r"([？?]|(か|の|かな|でしょう|だろう|ある|いる|要る)[。]?)\s*$")
SUITS_ASKED_JA = re.compile(
    r"(どんな|どういう|何の|なんの)(仕事|職業|職種|道|進路|選択肢|資格職)|向いて|合って|合う|合い|おすすめ|オススメ|選択肢|進路"
)


def asks_of_one(asked: str, text: str, intent: Intent | None, of_one: bool) -> bool:
    """Whether the asking part asks of one job (ONE_JOB, where the text names or describes one: of_one), or, in
    Japanese, a question of the work the person just said they wish for: "…保育園で働きたいと思ってる。高卒なんだけど、
    ここから目指せる道ってある？" asks the way into that work."""
    if of_one and ONE_JOB.search(asked):
        return True
    wish = WORK_WISHED.search(text) or PLACE_WISHED.search(text)
    wished = is_japanese(text) and wish is not None and intent in ASKED_OF_WISH
    # asked as a question: not a portrait's statements ("…する仕事がしたいです。大学に行くつもりはありません。")
    return wished and QUESTION_JA.search(asked) is not None and not SUITS_ASKED_JA.search(asked)
