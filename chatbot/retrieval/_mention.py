"""Where a question names its job: the words in the slot of "become a X", "what does a X do", "Xになるには"."""

from __future__ import annotations

import re

from rapidfuzz import process
from rapidfuzz.distance import OSA

from chatbot.index import Library
from chatbot.models import JobLink, Scope
from chatbot.retrieval._hints import hinted_keys
from chatbot.retrieval._intent import detect_intent
from chatbot.retrieval._joined import WORKPLACES_JA
from chatbot.retrieval._scope import scope_of
from chatbot.text import fold, is_japanese, name_words, terms

# Words that say which of a job's workers, not which job: "a regular patrol cop" is a cop, whatever its page says.
ANY_WORKER = frozenset(("regular", "ordinary", "normal", "typical", "average", "everyday", "usual", "real", "actual"))
ANY_WORKER |= {"pro", "experienced", "skilled", "successful", "good", "great", "top"}  # "pro athletes"
ANY_WORKER |= {"full-time", "part-time", "fulltime", "parttime", "full", "part", "time", "licensed", "certified"}
ANY_WORKER |= {"new", "young", "junior", "beginning", "novice", "entry-level"}  # "new welders": the page never says new
# Adverbs that sit between a name and its verb ("what does a wildlife biologist actually do"): not part of the name.
BETWEEN = ["actually", "really", "usually", "typically", "normally", "exactly", "even", "generally", "still"]
ADVERB = "(?:" + "|".join([*BETWEEN, "all"]) + ")"  # "what do nurses all do"
TWO_WORDS = r"[a-z][a-z'\-]*(?: [a-z][a-z'\-]*)?"
NOT_A_NAME = "(?<!job)(?<!career)(?<!role)(?<!position)(?<!occupation)(?<!folk)(?<!guy)(?<!thing)"  # "bakery jobs"
PRONOUNS = r"(?:you|they|i|we|people|most|all|some|many|these|those|such|other|others)\b"
# "become a X", "what does a X do", "does a X need", "Xになるには", "Xの仕事内容": where a question names its job.
MENTIONS = [
    re.compile(
        r"\b(?:become|becoming|be|work as|working as|job as|career as)\s+(?:an?|the)\s+(?P<job>[a-z][a-z'\- ]*?)"
        # "would working as a dental assistant line up with that?": what it would do is no part of the name (not
        # "fit" or "match": "be a good fit as a nurse" names no "good")
        r"\s*(?:$|[?.!,;]|\s(?:in|at|for|with|and|or|if|when|who|that|without|from|like|lines? up|be)\b)"
    ),
    re.compile(r"\bwhat (?:does|do) (?:an?|the)\s+(?P<job>[a-z][a-z'\- ]*?)\s+do\b"),
    # "what's the work like for an ophthalmic lab tech?", "what is it like being a court reporter?"
    re.compile(
        r"\bwhat(?:'s| is) (?:the (?:work|job|day)|it|life) like (?:for|being|as) (?:an?|the)\s+"
        r"(?P<job>[a-z][a-z'\- ]*?)\s*(?:$|[?.!,;]|\s(?:in|at|on|who|day)\b)"
    ),
    # "what do psych profs do", no article: a plural name
    re.compile(rf"\bwhat do (?!{PRONOUNS})(?P<job>[a-z][a-z'\- ]*?s)\s+(?:{ADVERB}\s+)?do\b"),
    re.compile(
        r"\b(?:does|do|did|would|should|can|could|will) (?:an?|the)\s+(?P<job>[a-z][a-z'\- ]*?)\s+"
        r"(?:need|have|use|earn|make|go|get|work|study|learn|require|spend)\b"
    ),
    re.compile(  # "what skills do pen testers need", "what interests do landscapers usually have": a plural name
        # of two words at most (a longer run holds words that are no name: "professional software developers")
        rf"\b(?:does|do|would|should|can|could) (?!{PRONOUNS})(?P<job>{TWO_WORDS}{NOT_A_NAME}s)\s+(?:{ADVERB}\s+)?"
        r"(?:need|have|use|earn|make|get|study|learn|require|spend|value|like|enjoy)\b"
    ),
    # a name at the start of a sentence, with no particle in it ("占い師", not "木造住宅を建てる仕事"); not the
    # person's own work ("介護の仕事してて": theirs, while "…の仕事をしてみたい" is wished for)
    re.compile(
        # "工場でめっきの仕事を", "保育園で保育補助の仕事" (not 動物病院で看護)
        r"(?:^|[\s、。？！?!の]|(?:工場|現場|工房|[一-龥]{1,3}園)で)"
        # "大工に必要な能力って何": 大工; not "シフト制になる", "作る側になりたい"
        r"(?P<job>[^\s、。？！?!をがでとはへもやのに]{2,12}?)(?<!制)(?<!側)"
        r"(?:に(?:なる|なりたい|なって|なれ|就く|就きたい|移りたい|乗り換え|転職|向いて)|を仕事に"  # "手話通訳を仕事に"
        r"|の(?:仕事(?!を?し(?:てて|ていて|ています|てます|てる))|資格|免許|試験|働き方|なり方|人(?=の|は|って|が))"
        r"|(?:って|(?<!あ)とは)(?:具体的に(?:は)?|実際(?:に|は)?|そもそも)?"  # "みそ造りって具体的に…"; not "…あとは"
        r"(?:どんな|どういう|何(?![日年時人回か月ヶ週度])|なに|どうやっ|どうすれば|どうしたら|どこで))"
    ),
    re.compile(
        r"\b(?:go|went|going|take|took|taking|try|tried)\s+the\s+(?P<job>[a-z][a-z'\- ]*?)\s+(?:route|path|track)\b"
    ),
    re.compile(
        r"^(?P<job>[^\s、。？！?!をがでとはへもやのに]{1,10}屋)(?:さん)?(?:だと|の場合|なら)"
    ),  # ラーメン屋だとどう
    re.compile(  # "惣菜の工場で働くのはどう？": what is made or sold where the person would work
        r"^(?:じゃあ|では)?(?P<job>[^\s、。？！?!をがでとはへもやのに]{2,10}?)の(?:工場|店|お店|会社|現場)(?:で働く|だと|の場合)"
    ),
    re.compile(  # a name typed as its reading opens the question; a reading may hold a particle's kana (りがく...)
        r"^(?P<job>[\u3041-\u30ffー]{3,15}?)(?:に(?:なる|なりたい|就く|就きたい|向いて)|の(?:仕事|資格|なり方)"
        r"|(?:って|とは)(?:どんな|何|なに|どうやっ|どうすれば))"
    ),
    re.compile(r"^(?P<job>[\u30a1-\u30ffー]{3,15}?)(?:って|とは)"),  # "ソムエリって…": a katakana name opens
    re.compile(  # "ワイン造りのほうは？": the making of a thing, the follow-up's subject (its pages say …製造)
        r"^(?:じゃあ|では|なら|で)?、?(?P<job>[^\s、。？！?!をがでとはへもやのに]{1,10}(?:造り|作り|づくり))"
        r"(?:の(?:ほう|方))?(?:は|って|だと|なら)"
    ),
]
# "what about quants?", "and for cops?": the whole question names another job (a follow-up's slot), unless its words
# are a topic ("and the schooling?") or something no page covers ("what about pay?")
FOLLOW_UP = re.compile(
    r"^(?:and for|what about|how about|same for|what of|and)\s+(?:an?\s+|the\s+)?(?P<job>[a-z][a-z'\- ]*?)\s*[?.!]*$"
)
# Words that end a topic, not a name ("職人さんの最終学歴って", "じゃあ働く時間ってどんな感じ？": of the job in focus)
TOPIC_ENDS = (
    *("学歴", "資格", "年収", "給料", "勤務", "働き方", "休日", "内容", "試験"),
    *("時間", "時間帯", "休み", "環境", "残業", "なり方", "入り方", "やり方", "キャリア", "将来性", "適性"),
    "気",  # "…何してるのか気になる": curious, no job (nor 元気, 病気)
)
POINTING_JA = ("ああいう", "こういう", "そういう", "あんな", "こんな", "そんな")  # "ああいうお仕事って…": told before
GENERIC_MENTIONS = frozenset(
    ["仕事", "職業", "職", "職人", "専門職", "人", "一人前", "プロ", "社会人", "タイプ", "性格"]
    + ["person", "job", "career", "professional", "problem", "issue"]  # "would that be a problem if…"
    + ["一日", "一年", "毎日", "普段", "実際", "今", "将来", "最初", "最近", "日本", "海外", "地方", "田舎", "都会"]
    + ["あいだ", "間", "うち", "とき", "時", "頃", "ころ", "最後", "次", "前", "後", "あと", "現場", "作業場"]
    # what is asked of a job, not its name ("消防士の勤務ってどんな感じ": the job is 消防士)
    + ["勤務", "勤務時間", "働き方", "給料", "給与", "年収", "収入", "報酬", "歩合", "休み", "休日", "資格", "仕事内容"]
    + ["勤め先", "勤務先", "職場", "就職先", "勤務地", "働く場所", "働き先", "配属先"]
    + ["将来性", "正社員", "パート", "アルバイト", "バイト", "派遣", "契約社員", "フリーランス", "自営", "夜勤", "日勤"]
    + ["住み込み", "生活", "暮らし", "キャリア", "キャリアパス", "キャリアアップ", "進路", "経歴"]  # the path asked
    + ["試験", "国家試験", "資格試験", "検定", "免許", "採用試験", "入試", "筆記試験", "面接", "選考"]
    + ["やりがい", "職場", "残業", "雰囲気", "中身", "内容", "勤務体制", "勤務形態", "勤務体系", "時間帯", "待遇"]
    + ["スケジュール", "流れ", "忙しさ", "大変さ", "きつさ", "人間関係", "服装", "ノルマ", "休暇", "シフト"]
    + ["高卒", "大卒", "中卒", "院卒", "短大卒", "専門卒", "学歴"]  # "高卒の人が多いのはどっち？": schooling asked
    + ["入団", "入社", "入職", "就職", "転職", "独立", "開業", "採用", "合格", "昇進", "出世", "デビュー"]
    # a pointing word is no name ("…選んでくれる人がいるけど、あれってどういう仕事？": the description before it)
    + ["あれ", "これ", "それ", "あの人", "この人", "その人", "あの仕事", "この仕事", "その仕事", "そっち", "あっち"]
    # a person said familiarly ("給食のおばちゃん": おば once ちゃん is taken off) names no job
    + ["おば", "おじ", "おばさん", "おじさん", "お兄", "お姉", "兄", "姉", "人たち", "方たち", "先生たち"]
)
TOLD_OF = frozenset(["professionals", "practitioner", "practitioners", "experts", "pros"])  # "…doing that for a
TOLD_BEFORE = re.compile(r"\w+(?:\W+\w+){4,}[.!?]\s")  # living. What education do the practitioners have?": no name
MAX_MENTION_WORDS = 4
MAX_FOLLOW_UP_WORDS = 2  # of a name that may not name a worker; one ending in a worker's word may have more
WORKER_WORD = re.compile(r"(er|or|ist|ian|ant|man|men|nurse|aide|clerk|chef|cook|guard|agent)s?$")
PEOPLE = [["people"], ["guys"], ["folks"], ["ones"], ["workers"], ["person"], ["types"]]
DESCRIBED_JA = re.compile(
    r"(て|で)(る|いる)?(人|方)|(する|した)(人|方)|[るうくすむぶつぐ](人|方|職人|仕事|会社|お店)|(みたい|よう)(な)?$"
)
QUESTION_JA = ("どんな", "どういう", "どのような", "どの", "何", "なに", "どう")
RELATIVE = frozenset(["who", "that", "which", "whose", "where"])
PERSONS = frozenset(["person", "people", "one", "ones", "guy", "guys", "woman", "man", "lady", "folks", "someone"])
HONORIFIC = re.compile(r"(さん|さま|様|ちゃん|くん)$")
# When, said as the work: "夕方から夜の仕事が多いのかな", "冬のあいだだけの仕事"
TIMES_JA = re.compile(r"((夕方|夜|朝|昼|深夜|早朝|土日|週末|平日|祝日|夏|冬|春|秋|あいだ|間)(から|や|と|も)?)+(だけ)?")
# "将来ケアマネになりたい", "じゃあ働き方ってどんな感じ？" (asks of the job in focus)
WHEN = re.compile(
    r"^(将来|いつか|いずれ|今後|本当は|実は|早く|じゃあ?|それじゃあ?|ちなみに|そしたら|それなら)"
    r"(は|的に)?"
)
# The end of a clause said before the name, with no particle to part them (no title says one of these)
CLAUSE_JA = re.compile(r"だから|ですから|なので|ので|けど|けれど|出て|して|やって")  # not "バイトから正社員に": a route
# Words after a name that are no part of it: the adverbs above, and "myself", "someday", "too"...
ADVERBS = frozenset(
    [*BETWEEN, "myself", "someday", "eventually", "too", "also", "instead", "one", "day", "themselves", "then"]
)


def job_mention(text: str) -> str | None:
    """The words in the slot where a question names its job, if it has one.

    "How do I become an astronaut?" -> "astronaut"; "宇宙飛行士になるには" -> "宇宙飛行士";
    "How can I work with animals?" -> None (no slot: a description, not a name).
    """
    question = fold(text).strip()
    follow_up = FOLLOW_UP.search(question)
    if follow_up:
        words = [word for word in follow_up.group("job").split() if word not in ADVERBS]  # "themselves", "too"
        said = " ".join(words)
        asked = hinted_keys(said) or detect_intent(said) or scope_of(said, []) is not Scope.JOBS
        # a name of a word or two; "guys who drive vans", "the digital forensics people" describe whom they mean
        words = [word for word in words if word not in ANY_WORKER] or words  # "a regular factory production manager"
        long = len(words) > (MAX_MENTION_WORDS if WORKER_WORD.search(words[-1]) else MAX_FOLLOW_UP_WORDS)
        described = RELATIVE & set(words) or long or words[-1:] in PEOPLE
        return None if not words or asked or described else said
    for pattern in MENTIONS:
        found = pattern.search(question)
        if found:
            words = found.group("job").split()
            while words and adverb(words[-1]):
                words.pop()
            while words and words[0] in ("actual", "real", "proper"):  # "becoming an actual librarian"
                words.pop(0)
            # "what do the people who do that work on?", "be the person standing at a road work zone", "be the guy
            if RELATIVE & set(words) or (words and words[0] in PERSONS):  # in a kitchen who…": a description, no name
                return None
            said = re.split(r"って|とは", " ".join(words))[0]  # "害虫駆除屋さんって一人前になるまで": 害虫駆除屋さん
            said = CLAUSE_JA.split(said)[-1]  # "動物好きだから獣医になりたい": 獣医; "工業高校出て溶接の仕事": 溶接
            job = WHEN.sub("", HONORIFIC.sub("", said))  # "保育士さん" names 保育士; "将来ケアマネ" ケアマネ
            if job.startswith(QUESTION_JA) or DESCRIBED_JA.search(job):  # "どんな性格の人が向いてる？": no name;
                return None  # "天気の解説してる人みたいになりたい": a description
            short = len(job.split()) <= MAX_MENTION_WORDS
            # no name: what is asked of the job ("職人さんの最終学歴って"), the work told before ("ああいうお仕事って")
            unnamed = job.endswith(TOPIC_ENDS) or job.startswith(POINTING_JA) or TIMES_JA.fullmatch(job) is not None
            unnamed = unnamed or (job in TOLD_OF and bool(TOLD_BEFORE.search(question[: found.start("job")])))
            return job if job and short and job not in GENERIC_MENTIONS and not unnamed else None
    return None


SCHOOLING_JA = r"(?:(?:に|へ)(?:行|通)|を(?:卒業|出)|で学)"  # not に入る: "海保に入るには" joins a service
SCHOOLS_JA = ("学校", "大学", "大学院", "高校", "短大")
STAFF_JA = r"の?(?:教員|先生|教師|職員|事務|講師)"
DONE_JA = r"(?:する|して|を(?:する|して))"  # "獣医さんのお手伝いする": help done, not お手伝い(さん)
WORK_THERE_JA = r"で(?:営業|事務|経理|整備)"  # "車のディーラーで営業やるなら": the dealer is where the job is


def a_place(text: str, matched: str) -> bool:
    """Whether a Japanese name is said as a place or field of study: "専門学校に行かないと" is a school, not
    専門学校教員, and so is a school said with no staff word after it ("行っても専門学校くらい"), "心理学", or a
    workplace said alone ("事務所を開く"); an English name said as the place ("the front desk at a dentist office")."""
    if not is_japanese(matched):
        name = re.escape(fold(matched).removesuffix("s"))  # as first said: "…a dentist? my own dentist practice"
        first = re.search(rf"\b{name}(s|'s|s')?( (office|clinic|practice)\b)?", fold(text))
        return first is not None and first.group(2) is not None
    unstaffed = re.search(re.escape(matched) + STAFF_JA, text) is None
    school = (matched.endswith(SCHOOLS_JA) or matched in WORKPLACES_JA) and unstaffed
    study = re.search(re.escape(matched) + r"学(?![校園芸童])", text)  # "心理学を勉強": a field, not 法務技官（心理）
    there = re.search(re.escape(matched) + WORK_THERE_JA, text) is not None
    # "獣医さんのお手伝いする仕事": the help done, not the お手伝い(さん) an alias names
    done = matched.startswith("お") and re.search(re.escape(matched) + DONE_JA, text) is not None
    schooling = re.search(re.escape(matched) + SCHOOLING_JA, text) is not None
    return school or there or done or study is not None or schooling


def english_in(link: JobLink, text: str) -> bool:
    """A Latin-letter name in a Japanese question linked to an English page ("PMになりたい": the English IT project
    managers' alias): the question means a Japanese page. A kana name may still mean a seed (区長: Ward Mayor)."""
    return is_japanese(text) and link.matched.isascii() and not is_japanese(link.title)


def position(text: str, matched: str) -> int:
    """Where a name found in a text is said: "pharmacist" for a link matched as "Pharmacists" (a name not found as
    matched would otherwise sort first); after the text when not found at all."""
    said, name = fold(text), fold(matched)
    for form in (name, name.removesuffix("s"), name.removesuffix("es")):
        if form and (at := said.find(form)) >= 0:
            return at
    return len(said)


def adverb(word: str) -> bool:
    """Whether a word is one of ADVERBS, or one typed with a slip ("actualy", "realy"): it ends the name before it."""
    if word in ADVERBS:
        return True
    found = process.extractOne(word, ADVERBS, scorer=OSA.normalized_similarity) if len(word) >= MIN_SLIP else None
    return found is not None and found[1] >= SLIP


MIN_SLIP, SLIP = 5, 0.8  # one slip in five letters


def fits(link: JobLink, mention: str, library: Library) -> bool:
    """Whether a link found in the job slot names the job asked about: its name fills the slot, or the slot's other
    words are on the job's page ("emergency room nurse" fits a nurse page that says emergency; "professional chess
    player" does not fit athletes, whose page never says chess)."""
    matched, slot = fold(link.matched), fold(mention)
    japanese = is_japanese(slot)
    if not japanese:  # by singular words: "forklift drivers" is the name "Forklift Driver" in full
        matched, slot = " ".join(name_words(matched)), " ".join(name_words(slot))
    if not matched or matched not in slot:
        return True  # named outside the slot (or in another script: "CEO（…）" in an English slot)
    # English modifiers come before the name; words after it place it ("the pharmacist behind the counter")
    rest = slot.replace(matched, " ") if japanese else slot.split(matched)[0]
    return set(terms(" ".join(w for w in rest.split() if w not in ANY_WORKER))) <= library.job_terms(link.title)
