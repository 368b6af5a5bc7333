"""The words of a request for jobs that suit the person: "Which careers would suit me?", "what kinds of jobs should
I be looking at?", "向いてる仕事ってありますか" (read by chatbot.retrieval._advice); and of a person describing
themselves, which asks the same ("I love growing things", "手先は器用なほうで": describes_self, told_self)."""

from __future__ import annotations

import re

from chatbot.retrieval._foreground import SENTENCE
from chatbot.retrieval._intent import NEAR_JOBS
from chatbot.retrieval._scope import LIVELIHOOD
from chatbot.retrieval._way_in import ENTERED_JA
from chatbot.text import is_japanese

# Not the rest of one job's work asked ("授業以外にはどんな仕事があるの"): kept from asking for jobs that suit
BESIDES_JA = r"(?<!以外に)(?<!以外には)(?<!以外で)"
MATCH = re.compile(
    r"\b(which|what) (kinds? of |sorts? of |other )?(jobs?|careers?|occupations?|work|roles?|professions?)\b"
    r".{0,80}\b(suit|fit|match|for me|would (i|be|let me|suit)|should i|could i|can i|let me|are (best|good|right)"
    r"|are (mostly|all) about|involve)"
    r"|\b(suits?|fits?) me\b|\bwhat should i (do|become|be)\b|\bcareer (ideas|options|suggestions|advice)\b"
    r"|\b(i'?d|i would) (love|like) (a|to have a|to find a) (career|job)\b"
    r"|\bi want (a|to spend my) (career|job|working)"
    r"|\bget paid (for|to)\b|\bmake (it|this) (a|my) (career|job)\b|\b(any )?(ideas|suggestions)\?"
    r"|向いている仕事|向いてる仕事|合う仕事|合った仕事|どんな仕事が(いい|向い|合)|仕事(に|には)(は)?どんなもの"
    r"|" + BESIDES_JA + r"どんな(仕事|職業)があ|(?<!人の)仕事を(教えて|知りたい)|仕事がしたい|働ける仕事|関われる仕事"
    r"|仕事はありますか|仕事ってありますか"
)
SELF = re.compile(r"\b(i|i'm|im|i am|i've|my|me)\b|私|僕|自分|わたし|好き|得意|興味")
# Asking outright for jobs that suit: whatever jobs the words happen to name ("a job built around sport"), or a
# living made of what the person does (_scope.LIVELIHOOD: "How can I turn this into a paycheck?").
ASKS_FOR_JOBS = re.compile(
    LIVELIHOOD.pattern + "|"
    r"(\bi |^|[.,;!]\s*)(want|need|would like|'d like) (a|to find a|to have a) (job|career|profession)\b"
    r"|\b(which|what) (jobs?|careers?|occupations?|roles?|positions?)\b.{0,60}\b(suit|fit|match|let me|for me)\b"
    r"|(仕事|職業)(って|には|は|で)どんな(の|もの)が(ある|あり)|(それ|これ|好きなこと|趣味)を仕事にしたい"
    r"|(?<!人の)仕事を(教えて|知りたい)|"
    + BESIDES_JA
    + r"どんな(仕事|職業)があ|仕事(に|には)(は)?どんなもの|向いている仕事|合う仕事"
    r"|\bwhat (actual |other |kinds? of )?(jobs?|careers?) (pay|are (out )?there|exist|use|involve|let)\b"
    r"|関わる仕事|仕事はでき|(?<!の)仕事が(したい|いい)|(でき|やれ|向いて|合い)そうな(仕事|職)|何が合(う|い|って)"
    r"|\bwhere (could|can|should) i take (this|it)\b|(どんな|どういう)(仕事|職業|職種)に(就|つ)け(る|ます|そう)"
    r"|(どんな|どういう)(仕事|職業|職種)(が|を)(目指せ|狙え)"  # "…専門家になりたい。…どんな仕事が目指せますか？"
    # "are there actual jobs where drawing is the main thing?", "is there a job where I get to be outside?"
    r"|\bare there (any |actual |real |some )?(jobs|careers|occupations)\b"
    r"|\bwhat (else )?(would |might |could )?(suits?|fits?) me\b"
    r"|\bis there (an? |any )?(job|career|occupation)s? (where|that|which|in which|for) (i|i'd|i'm|me|someone like)\b"
    # "どういう道がある？", "どんな資格職がいい？", "どのような職種が考えられますか", "英語を活かせる仕事に就きたい"
    r"|(どういう|どんな|どの)道があ|"
    + BESIDES_JA
    + r"(どんな|どのような|どういう)(仕事|職業|職種|資格職)が(いい|よい|向|合|考えられ|あ)"
    r"|(活か|生か)せる([^。？、]{0,12}の)?(仕事|職)"  # "趣味の知識を活かせる接客・販売の仕事がしたい"
    r"|^(何|なに)が(向いて|合って)(る|いる|います|ますか)"  # "…。何が向いてる？"
    # "子どもの世話をする仕事ってありますか？" (not "…チェックする仕事ってありますよね。あれって…")
    r"|(する|できる)(仕事|職)(って|は|が|も)(ありますか|あります(?!よ|ね)|ある[？?か]|ないですか|ない[？?か])"
    # "what jobs should i be looking at", "what careers make sense?", "What should I be aiming for?"
    r"|\b(which|what) (kinds? of |sorts? of |types? of )?(jobs?|careers?|occupations?|roles?|professions?|fields?)"
    r" (should|could|would|might|make|fit)\b|^\W*(what|which|anything that) (would )?(suits?|fits?)( me)?\W*$"
    r"|\bwhat should i (be )?(go(ing)? for|look(ing)? (at|into)|apply(ing)? for|pursu(e|ing)|aim(ing)? (for|at))\b"
    r"|\bwhat (else )?(could|can|should) i do\b(?! (to|about|if|when|first)\b)"
    # "What civilian jobs match my background?", "What are my options?", "what jobs??", "Looking for a job repairing…"
    r"|\b(which|what) (\w+ ){1,2}(jobs?|careers?|occupations?|roles?)\b.{0,60}\b(suit|fit|match|for me)"
    r"|\bwhat are my options\b|\b(which|what) (jobs?|careers?)\W*$|\blooking for (a|an|some) (job|career|role)\b"
    r"|(どんな|どういう|どのような)選択肢"  # "…どんな選択肢がありますか？": which jobs
    r"|(どんな|どのような|どういう)(仕事|職業|職種|資格職)(が(向い|合|候補|おすすめ)|を目指)|候補になり"
    # "向いてる仕事ありますか？", "おすすめの仕事は？", "次に目指すならどんな仕事ですか？": whatever a portrait names
    r"|向いて(い)?る(仕事|職業|職種)(は|って|が|を)?(あり|ある|教え|何)|(おすすめ|オススメ|お勧め)の(仕事|職業|職種)"
    r"|(目指す|進む|選ぶ|移る|転職する)なら(どんな|どの|どういう)(仕事|職業|職種)"
    # "Where could I end up?", "Where could this go career-wise?", "which jobs use that?", "any jobs where I'd be…"
    r"|\bwhere (could|can|might|would|should|will|do) (i|someone like me|an? [\w ]{1,40}?|this|it|that|all this)"
    r" (end up|go|fit in|land|take me|lead)\b"
    r"|\b(which|what) (jobs?|careers?|occupations?) (use|need|involve|want)\b"
    r"|\bany (jobs|careers|occupations|roles|work) (where|that|which|in which|for|with|on|in)\b"
    r"|(る|た|な|い)(仕事|職業|職場)が(いい|良い|理想)"  # "長く続けられる仕事がいいです"
    r"|(寄り|系|方面)の(仕事|職)に(移り|転職し|就き|つき|変わり)たい"  # "土日休みの事務寄りの仕事に移りたいです"
)
# The road on from a step of the job in focus, not other jobs: "研修が終わったあとは？どんな道があるの？"
ROAD_ONWARD_JA = re.compile(r"(あと|後|その先)(は|って)[？?]\s*(どういう|どんな|どの)道があ")
WHICH_JOBS = re.compile(
    r"^\W*(which|what) (kinds? of |sorts? of |types? of )?(jobs?|careers?|roles?|positions?|fields?)\b"
    r"|^\W*(any )?(jobs|careers|ideas|options|suggestions)\W*$"
    r"|^\W*(is|are) there (an? |any )?(real |actual |proper )?(jobs?|careers?|occupations?)\b"  # after a portrait
)


# Work wished for, described and not named ("サービスの計画を立てたり調整したりする側の仕事", "人に教える仕事").
WORK_DESCRIBED_JA = re.compile(r"(する|たり|る)(側|ほう)?の?(仕事|職)$|(する|たり)側$")
ASKS_JA = re.compile(r"[？?]|ですか|ますか|とは|って何|教えて")


def moving_to_described(own: str | None, wanted: str | None, said: str) -> bool:
    """Whether a Japanese statement tells the person's job and describes, asking nothing, the work they wish to move
    to: "介護福祉士として特養で8年働いてきました。…計画を立てたり調整したりする側の仕事に移りたいです。" asks which jobs
    do that work."""
    described = wanted is not None and WORK_DESCRIBED_JA.search(wanted) is not None
    return own is not None and described and ASKS_JA.search(said) is None


# Jobs related to one asked for: "What related jobs could I move into?", "what other jobs would I be close to…"
RELATED_ASK = re.compile(
    r"\b(related|similar) (jobs|careers|occupations|roles)\b|関連する(職業|仕事)|似た(職業|仕事)|"
    + NEAR_JOBS
    + r"|\b(jobs|careers|occupations|roles) (are|that are|which are) (similar|related)\b"  # "what jobs are similar…"
)
ROUTE_WORDS = re.compile(r"\b(route|path|steps?|ladder|get (from|to|there))\b")  # a route still asked of them


def related_asked(asked: str) -> bool:
    """Whether the (folded) sentence asks for the jobs related to one, not a route among them ("What jobs are
    similar to computer user support specialist if I want to move sideways?")."""
    return RELATED_ASK.search(asked) is not None and ROUTE_WORDS.search(asked) is None


# not "資格を知りたい", nor "国連みたいな機関" (みたい: like), but "やってみたい" is a wish
WISH_JA = re.compile(r"好き|興味|(?<!知り)(?<!聞き)(?<!み)(?<!見)たい|てみたい|向いて|性に合|得意|憧れ")
# "その仕事について詳しく": about the job in focus; not "それが一番楽しかった" (what the person did)
BACK_JA = re.compile(r"その|この|それ(?!が|を仕事)|あの|そっち|こっち")
# "立ち直る手助けがしたいです", "ものづくりがしたいです"
WORK_JA = re.compile(r"仕事|職|働|(手助け|手伝い|支援|サポート|ものづくり|物作り|モノづくり)(が|を)したい")
STATES_JA = re.compile(
    r"好き|得意|趣味|タイプです|器用|自信があ|楽しかった|楽しい|平気|覚悟して"
    r"|面白そう|楽しそう|は嫌です|のは嫌|苦にならな|苦になりません|性に合"  # "…据えたりするのが面白そう。…は嫌です。"
)
# Who suits the job, how long it takes to learn: asked of one job ("動画編集の仕事って、どういうことに興味がある人に
# 合ってる？", "…作る職人の仕事に興味があります。一人前になるまでどのくらいかかりますか？"), whatever the person told
OF_THE_JOB_JA = re.compile(
    r"(どんな|どういう)(こと|もの)?に興味(が|の)?ある人|(どんな|どういう)(人|タイプ|性格)[^。？]{0,8}(合って|向いて|向き)"
    r"|一人前|(どれくらい|どのくらい|何年)(くらい|ぐらい)?かか"
)
# One job described, asked about: "シャンプーとかカットをする仕事に就きたい", "お菓子を作る職人になりたい",
# "木を植えたりする仕事に興味あるんだけど、どんな感じ？", "学童の先生みたいな仕事はどう？"
ONE_JOB_JA = re.compile(
    r"(る|た|な)(仕事|人|職人)(の仕事)?(に就きたい|ってどんな感じ|って何|になりたい|ってどう|に興味)|どんな感じ|みたいな仕事|仕事はどう"
    # "日本酒づくりをする仕事って、どんな価値観を大事にする人に向いてる？": whom the one job suits
    r"|仕事(って|は)、?(どんな|どういう)[^。？]{0,20}人(に|が)(向いて|合って)"
    r"|" + OF_THE_JOB_JA.pattern
)
# A question about one job's way in: "整備士考えてる。資格なくても働ける？" asks about mechanics, not for suggestions.
ASKS_OF_ONE_JA = re.compile(
    r"(資格|試験|免許|講習|なるには|どうやって|なれる|学校|学歴|大学|修士|博士|学位|勉強|MBA|mba|ＭＢＡ|ｍｂａ"
    r"|(開業|起業)(する)?(のに|には|ため)|"
    + ENTERED_JA  # "鉄道会社入ってすぐできるもの？"
    # the languages it takes: "…事務職に興味があるんですけど、語学力ってどれくらい必要ですか？"
    + r"|(語学力|英語力|語学|英語)[^。？]{0,10}(どれくらい|どのくらい|必要|要る|いる"
    r"|できなくても|苦手でも|話せなくても))"
    r"[^。？]*([？?]|かな|の|か|でしょう|っけ)\s*$"
)


# What a person says of themselves: likes, strengths, wishes ("I love growing things", "手先は器用なほうで").
PREFERENCE = re.compile(
    r"\bi (really |just |absolutely |genuinely )?(love|like|enjoy|adore)d?\b"
    r"|\bi'?m (good|great|strong|happiest|happy|passionate|patient|methodical)\b"
    r"|\bi'?m (really |pretty )?into\b|\bi want (something|a job|work|my (working life|career|job|work))\b"
    r"|\bi'?m the (one|kind|type|sort|guy|person|go-to)\b|\bmatters (most )?to me\b"
    r"|\bmy (passion|thing|whole life|happy place)\b|\bi (just |really |only )?want to \w+"
    r"|\bi (really )?(don'?t|do not|never) want to\b|\bthat'?s my happy place\b"
    r"|\bwant to \w+( \w+){0,3} for a living\b"  # "want to fix engines for a living"
    r"|\bi'?d (like|love|rather) (to )?\w+|\bi (spend|grew up|play|train|sketch|write|volunteer)\b"
    r"|\bi'?m (physically|very|a very)\b|\bi'?m an? (patient|good|great|natural|keen|careful|calm)\b"
    r"|\bi find \w+ (fascinating|interesting|rewarding)\b|\bi (can'?t|cannot|could) (do|afford|manage)\b"
    r"|\bi'?m (prepared|willing|happy|ready) to\b|\bsounds? (perfect|ideal|amazing|like a dream|like me)\b"
    r"|\bi could (spend|do|talk|read|work|sit)( \w+)? (all day|for hours|hours)\b"
    # "I want an action job where…", "don't mind 24 hour shifts", "took a CPR course and loved it", "I'm fit"
    r"|\bi want an? (\w+ ){0,2}(job|career|role)\b|\b(don'?t|do not|wouldn'?t) mind\b|\b(loved|enjoyed) it\b"
    r"|\bi'?m (fit|calm|shy|introverted|handy|detail-oriented)\b|\bi'?m not (really )?into\b"
    # no "I", as people jot themselves down: "good with my hands, love fixing engines", "Very organised person."
    r"|^\s*(good|great|handy) (with|at)\b|\b(love|enjoy|like) \w+ing\b|\b(an? )?(desk|office) job\b"
    r"|(^|[:;.]\s*)like \w+s\b|\benjoyed \w+ing\b"  # "Terse version: like machines, like metal"
    r"|\b(organi[sz]ed|creative|outgoing|practical|sociable|patient|curious|competitive|people) person\b"
    r"|好き|得意|興味があ|器用|自信があ|働きたい|(し|き|り|れ|け|せ|え)たいです|苦手|楽しい|平気|こだわ|性に合|やりがいを感じ"
)
MIN_PREFERENCES = 2
# How much schooling the person will do: said only by someone weighing careers ("a year or two of trade school is
# fine", "open to college", "No college.", "専門学校くらいなら通ってもいい", "学校に通うのはOKです").
SCHOOLING = re.compile(
    r"\b(trade school|college|university|a degree|school(ing)?|training|a (short )?course|certificate|apprenticeship"
    r"|master'?s|phd)( \w+)? (is|are|would be|'s) (fine|ok|okay|doable|an option)\b"
    r"|\b(open to|happy to do|willing to do|fine with|would (do|take|go back for)|want to go to)\b[^.?!]{0,30}"
    r"\b(college|school|degree|master'?s|phd|course|certificate|training|apprenticeship)"
    r"|\b(no|not doing a|not going to|won'?t do a|don'?t want a|without a)"
    r" (college|degree|university|four-year|4-year)\b"
    r"|(専門学校|大学|短大|学校|資格)[^。]{0,20}(通っても(いい|良い)|行っても(いい|良い)|ok|ｏｋ|大丈夫|で\w{0,8}を勉強して)"
    # "Don't want years of college", "Only finished high school", "halfway through a CS degree", "学校に進む予定"
    r"|\b(don'?t|do not|won'?t) want (years of |a |to go to )?(college|university|school|a degree)\b"
    r"|\b(only|just) (finished|have|got|did) (high school|a ged)\b|\bhigh school (is it|only|diploma)\b"
    r"|\b(halfway through|finishing|finished|doing) (a|my) [\w ]{0,20}degree\b|(学校|大学|専門)に(進む|行く|通う)予定"
    r"|\b(hs|high school) diploma\W*$|^\W*(hs|high school) diploma\b"  # jotted down: "…for a summer. HS diploma."
)
FIRST_PERSON = re.compile(r"\b(i|i'm|i've|i'd|i'll|my|me|myself)\b")
MIN_FIRST_PERSON = 3  # "I'm into computers ... I want something technical where I'm on my feet"


PORTRAIT_SENTENCES = 3
DRAWN_JA = re.compile(r"惹かれ|自信(が)?あり|かっこいい|面白くな|没頭|夢中")  # "…手仕事に惹かれます。"
ASKS_EN = re.compile(  # not "What I enjoy most is…", "What fascinates me is…": what the person tells
    r"[?？]|^\s*(how|what(?! (i|excites|fascinates|thrills|interests|drives|motivates|draws|hooked)\b)|which|who|where"
    r"|when|why|can|could|should|would|is|are|do|does)\b",
    re.M,
)


def told_self(said: str, names_jobs: bool) -> bool:
    """Whether the message is a portrait that asks nothing: several sentences of the person's own, no question and no
    job named ("I took metal shop in high school and loved… I want a trade where… College isn't happening.",
    "中学を出てから現場でバイトしてます。…手仕事に惹かれます。体力には自信あり。学校はもういいです。"); the
    schooling it mentions is a limit on the jobs, not a question of how to get in."""
    sentences = [part for part in SENTENCE.split(said) if part.strip()]
    if names_jobs or len(sentences) < PORTRAIT_SENTENCES:
        return False
    if is_japanese(said):
        return ASKS_JA.search(said) is None and any(p.search(said) for p in (STATES_JA, WISH_JA, DRAWN_JA))
    first = sum(FIRST_PERSON.search(part) is not None for part in sentences)
    return not any(ASKS_EN.search(part.strip()) for part in sentences) and first >= PORTRAIT_SENTENCES - 1


def describes_self(said: str, names_jobs: bool) -> bool:
    """Whether the person describes what they like and want rather than asking about a job: "I'd like to work
    outdoors with plants and soil" (and, naming no job, "I love animals: which careers suit me?"); several
    sentences about oneself count too ("Heights have never bothered me — I was the kid up every tree ...")."""
    mine = len(FIRST_PERSON.findall(said))
    evidence = len(PREFERENCE.findall(said)) + (mine >= MIN_FIRST_PERSON) + (mine >= 2 * MIN_FIRST_PERSON)
    evidence += bool(SCHOOLING.search(said))
    # "…作る職人の仕事に興味があります。一人前になるまでどのくらいかかりますか？": of the one job described
    portrait = said.count("。") >= 2 and STATES_JA.search(said) is not None
    one_job = (ONE_JOB_JA.search(said) and not portrait) or BACK_JA.search(said) or ASKS_OF_ONE_JA.search(said)
    if is_japanese(said) and one_job and OF_THE_JOB_JA.search(said) and ASKS_JA.search(said):
        return False
    # a question typed without its mark asks too: "…店長とかになれるのかな"
    if evidence >= MIN_PREFERENCES and not (
        names_jobs and re.search(r"[?？]|でしょう(か)?。|(かな|のか|ですか)\s*$", said)
    ):
        return True
    if not names_jobs and is_japanese(said) and WISH_JA.search(said) and SCHOOLING.search(said):
        return True  # "体の回復を支える仕事に就きたい。3〜4年学校に通うのはOK": weighing careers, not asking of one
    # "シャンプーとかカットをする仕事に就きたい": one job described; "その仕事に興味": the job in focus; not advice
    # …but after a portrait ("経営学部の4年です。…分析したりするのがすごく楽しかったです。…する仕事に就きたい。") the
    # work described is what suits them, not one job asked about
    if not names_jobs and is_japanese(said) and WISH_JA.search(said) and WORK_JA.search(said) and not one_job:
        return True  # "海の上で働きたいです", "言葉とか本に関わる仕事ってどんなのがある？"
    if not names_jobs and is_japanese(said) and STATES_JA.search(said) and not one_job and not ASKS_JA.search(said):
        return True  # a liking stated, nothing asked: "車やバイクをいじるのが昔から好きです。"
    japanese = is_japanese(said) and not one_job
    return not names_jobs and MATCH.search(said) is not None and (SELF.search(said) is not None or japanese)
