"""Of the jobs a question names, those it asks about and those it names as background: the person's own job ("I'm a
legal secretary thinking about court reporting"), an earlier sentence's job, or the job another one works with
("the one who hands instruments to the surgeon")."""

from __future__ import annotations

import re

from chatbot.models import JobLink
from chatbot.retrieval._acted import a_worker, acted_on, known_already, worked_with
from chatbot.text import described, fold, is_japanese, name_words

SENTENCE = re.compile(r"(?<=[.!?。？！])\s*")
# A clause ending "…けど、"/"…ですが、" is background to the next ("…持ってるんだけど、保健師って…": 保健師)
BACKGROUND_JA = re.compile(
    r"(?<=[。？！?!])\s*|(?<=けど)、?|(?<=けれど)、?|(?<=けれども)、?|(?<=ですが)、|(?<=んだが)、"
)
# The words before a job the person says is their own: "i'm a", "i've been an", "i work as a" (name_words form).
OWN_JOB = re.compile(
    r"\b(i m|i am|i ve been|i have been|i was|i work as|i worked as|i m working as|years as|i ve worked( \w+){0,4} as"
    r"|i m (coming|switching|moving|transitioning) from"  # "…? I'm coming from a diesel mechanic job."
    r"|my (sister|brother|mom|dad|wife|husband|son|daughter|friend|cousin|partner)( is)?)"  # "my sister's an RN"
    r"( an?| the)?( \w+){0,2}$"
)
OWN_JOB_JA = re.compile(
    r"(さん)?(として|をして|をやって|で働いて|の仕事をして|です|をしています|歴|して(る|います|ます)"  # "看護師してる"
    r"|で、?(?!働)[^。、]{1,20}に(なりたい|転職|転身|移りたい))"  # "姉が看護師で…検疫官になりたいって": 検疫官
)
# A description of a job ("the one who", "the person at") that names another job as whom or where it works with.
# A Japanese name said as where the job described works ("歯医者さんで…取ってくれる人"), or as whom it reports or
# hands to ("…を調べて裁判官に報告する人": not the judge).
PLACE_JA = r"(?:さん)?(?:で(?!働)|に勤め(?:て|る)|に(?:報告|提出|渡|届け|伝え|説明))[^。？?]*(?:人|仕事|職)"
CONTEXT_BEFORE = re.compile(
    # not "how does that compare to UI designers"
    r"\b(who|that|one|person|people|someone|somebody|guy|lady|where)\b.*(?<!compare )(?<!compared )"
    r"\b(to|for|at|with|under|beside|behind|before|after|from|by|assists?|assisting|helps?|helping|supports?"
    # whom the person asked about is over: "the person who directly supervises the office clerks"
    r"|supervis(e|es|ing)|manag(e|es|ing)|oversee(s|ing)?|train(s|ing)?|teach(e|es|ing)?|boss(es|ing)?"  # (name_words)
    # whose work it checks ("the person that checks whether airplane mechanics did…"); "how farmers can stop erosion"
    r"|(check(s|ing)?|inspect(s|ing)?|audit(s|ing)?|evaluat(e|es|ing))( whether| if| on| that)?|how|whether)"
    r"( the| a| an| your| my| our| their| his| her)?( \w+ (and|or))?\s*$"  # "who assist the masons and tile setters"
)


def foreground(text: str, links: list[JobLink]) -> tuple[list[JobLink], list[JobLink]]:
    """The jobs the question asks about, and those it names as background: a question of several sentences asks
    about the jobs of its last sentence that names one ("I've been an auto mechanic for 12 years. What do wind
    turbine technicians do?" asks about wind turbine technicians; the mechanic is where the person comes from)."""
    sentences = [part for part in (BACKGROUND_JA if is_japanese(text) else SENTENCE).split(text) if part.strip()]
    links = [link for link in links if not at_work(text, link.matched)]  # "I work in a hospital": a place
    if len(links) < 2:
        return links, []
    if len(sentences) < 2:  # "I'm a dental assistant and I'd like to move up to dental hygienist"
        asked = targets(text, links)
        return asked, [link for link in links if link not in asked]
    for sentence in reversed(sentences):
        asked = [link for link in links if said_in(sentence, link)]
        if asked and LIKENED.search(sentence) and re.search(r"[?？]", text[: text.find(sentence)]):  # "…? is it like"
            continue
        licences = all(re.search(re.escape(link.matched) + LICENCE, sentence) for link in asked)
        if asked and licences and sentence is not sentences[0]:  # "貿易事務に興味があります。通関士の資格は…": 貿易事務
            continue
        told = not (is_japanese(text) or sentence.rstrip().endswith("?")) and len(owned(sentence, asked)) == len(asked)
        if asked and told and sentence is not sentences[0]:  # "For ship engineers, …? I'm coming from a diesel
            continue  # mechanic job.": the person's own job, told after what they ask
        if asked:
            return targets(sentence, asked), [link for link in links if link not in targets(sentence, asked)]
    return links, []


# A job named as what the one asked about may be like: "…? is it like carpentry?", "is it diffrent from a cook"
LIKENED = re.compile(
    r"\b(is|isn't) (it|that|this)( \w+){0,2} (like|similar to|the same as|close to|dif+e?rent (from|than|to))\b"
    r"|との(違い|差)|と(は)?(何が|どう)?違う|と(同じ|似て)"  # "…ってどんな仕事？司法書士との違いが…": the one asked
    r"|(さん)?(みたいに|のように)[^。？?]{0,20}(だと|なら|は)"  # "…夜勤ある？看護師さんみたいに夜勤ばっかりだと…"
    r"|(人|方|仕事)のこと(?=[？?]|なの|ですか|かな|だよね)",  # "…どんな仕事するの？発電所で運転してる人のこと？"
    re.IGNORECASE,
)
LICENCE = r"の(資格|免許)(は|も|って|とか|が|(が)?な[いく])"  # "通関士の資格は…", "弁護士の資格ないと": a licence


def at_work(text: str, name: str) -> bool:
    """Whether a name is said as where someone works ("I work in a hospital": no Hospitalists; "works for a
    plumber": not a plumber)."""
    words = name_words(text)
    at = mention_at(text, name)
    return 0 < at < len(words) and WORK_AT.search(" ".join(words[max(at - 4, 0) : at])) is not None


def telling(text: str, name: str) -> bool:
    """Whether a job is said as someone in the person's life who tells them of another: "My advisor also mentioned
    lab work looking at chromosomes", "my captain keeps pushing me to test for lieutenant"."""
    words, at, size = name_words(text), mention_at(text, name), len(name_words(name))
    after = " ".join(words[at + size :])
    return 0 < at < len(words) and words[at - 1] in ("my", "our") and TELLS.match(after) is not None


# Words of telling someone of a job ("my advisor also mentioned…"): Cue.ANOTHER reads the job told of by them
TOLD_OF = r"(mentioned|suggested|recommended|brought up|pitched)"
# Work someone told the person of: "my advisor also mentioned…", "Someone suggested…" (a cue, and _left.py)
TOLD_BY = (
    rf"\b((my|our) \w+|someone|somebody|a friend|people|he|she) (also |just |even )?{TOLD_OF}\b"
    r"|\b(he|she|they|my \w+) (also )?(said|says|told me) there'?s (also )?(a|an|this|some)\b"  # "…a guy who…"
)
# The person's own work, told, then asked of as "that kind of work" in the same turn (Cue.ANOTHER): "I run a plating
# line at a metal finishing shop right now, what traits does that kind of work call for?" is of the plating work
OWN_WORK_TOLD = (
    r"\bi (run|operate|work|do)\b[^.?!]{3,60}\b(what|which|how|does|is)\b[^.?!]{0,40}"
    r"\bthat (kind|type|sort|line) of (work|job)\b"
)
TELLS = re.compile(
    rf"(also |just |even |once |always )?({TOLD_OF}|said|say|told|tell|think|thinks|keep|keeps"
    r"|pushed|push|want|wants|swear|swears)\b"
)
WORKS_AT = r"work(?:s|ing|ed)? (?:at|in|for)"  # where someone works, not what as
WORK_AT = re.compile(rf"\b{WORKS_AT}(?: an?| the)?$")
UNDER_JA = (  # (said_aside): whom it advises, arranges ("ヘルパーさんの手配"), a licence for it ("社労士とか取って")
    r"(?:(さん|先生)?の(指示|指導の?(もと|下)|もとで|下で|補助|サポート|手伝い|アシスタント|助手|相談相手|相談役|参謀"
    r"|手配|派遣|シフト|育成)|(とか|を|も|って)?(取|と|持)っ(て|と)?(おい|い|お)?(た|く)?(ほう|方)が"
    r"|(さん)?(との|と)(連絡|やりとり|やり取り|連携|調整|打ち合わせ)"  # "ケアマネさんとの連絡など": whom it deals with
    r"|を?目指(す|している|してる)人|(さん)?を"  # "看護助手って…看護師目指す人もいるのかな": the aim of those asked of
    r"(支え|サポートし|補佐し)(て|る)[^。？?]{0,6}(人|方))"  # "…パイロットを支えてる人たち": backed up
)


def targets(sentence: str, links: list[JobLink]) -> list[JobLink]:
    """Of the jobs one sentence names, those it asks about: not the one the person says they are ("I'm a legal
    secretary thinking about switching to court reporting": court reporting), unless that is all it names."""
    own = owned(sentence, links)
    return [link for link in links if link not in own] or links


def owned(sentence: str, links: list[JobLink]) -> list[JobLink]:
    """Of the jobs one sentence names, those the person says are their own (targets)."""
    words = name_words(sentence)
    own = [link for link in links if OWN_JOB.search(" ".join(words[: max(mention_at(sentence, link.matched), 0)]))]
    own += [link for link in links if is_japanese(link.matched) and own_in_japanese(sentence, link.matched)]
    after = {link.title: words[mention_at(sentence, link.matched) + len(name_words(link.matched)) :] for link in links}
    return own + [link for link in links if name_words(link.matched) and OWN_AFTER.match(" ".join(after[link.title]))]


# The words after a job the person says is theirs: "english teacher here, thinking…", "by trade", "for 10 years"
OWN_AFTER = re.compile(r"^(here|by trade|for (\d+|a few|several|many|\w+) years?)\b")  # (name_words: "year")


# The person's job now, not one they had ("I was a census taker and loved it": one they may want back): the words
# before it ("i m a staff", "i ve been an", "i work as a") or after it ("carpenter for 14 years", "line cook here")
# with no past before it; in Japanese what follows it ("として特養で8年働いてきました", "を5年やってます", "です").
NOW_BEFORE = re.compile(
    r"\b(i m|i am|i ve been|i have been|i work as|i m working as|i ve worked( \w+){0,4} as)( an?| the)?( \w+){0,2}$"
)
PAST_BEFORE = re.compile(r"\b(i was|i worked as|used to be|former|ex|retired)( an?| the)?( \w+){0,2}$")
NOW_JA = re.compile(  # "フロントを3年やりました": the years up to now, unless said as long ago ("以前は…")
    r"^(さん)?(です|として[^。、]{0,12}?働いて(?!いました|た)|を[^。、]{0,6}?(やって|して)(い|る|ま|き)(?!した)|歴"
    r"|を[^。、]{0,6}?\d+年[^。、]{0,4}?(やり|し|勤め)ました)"
)
LONG_AGO_JA = re.compile(r"(以前|昔|前|学生時代|若い頃|結婚前)(は|に)?[^。]{0,20}$")
INTRO = re.compile(r"^\d+( years?| yrs?)?\b")  # "Bartender, 27.", "welder, 4 yrs": the person's first words


def doing_now(text: str, links: list[JobLink]) -> str | None:
    """The job the person says they do now, of the jobs the text names: "Carpenter for 14 years, the last five
    running crews" -> Carpenters (where a request for suitable jobs starts from, not one to suggest)."""
    for link in links:
        if is_japanese(link.matched):
            said, name = fold(text), fold(link.matched)
            at = said.find(name)
            if at >= 0 and NOW_JA.match(said[at + len(name) :]) and not LONG_AGO_JA.search(said[:at]):
                return link.title
            continue
        words, at = name_words(text), mention_at(text, link.matched)
        before, after = " ".join(words[max(at - 8, 0) : at]), " ".join(words[at + len(name_words(link.matched)) :])
        now_after = OWN_AFTER.match(after) or (at == 0 and INTRO.match(after))
        if NOW_BEFORE.search(before) or (now_after and not PAST_BEFORE.search(before)):
            return link.title
    return None


def own_in_japanese(sentence: str, name: str) -> bool:
    """Whether a Japanese sentence says the name is the person's own job: "施設介護員として働いています"."""
    at = fold(sentence).find(fold(name))
    return at >= 0 and OWN_JOB_JA.match(fold(sentence)[at + len(fold(name)) :]) is not None


def named_in(sentence: str, link: JobLink) -> bool:
    """Whether the words of the link's name are all in the sentence (singular or plural); a Japanese name has no
    such words (its characters are looked for instead)."""
    words = set(name_words(link.matched))
    return bool(words) and words <= set(name_words(sentence))


def said_in(words: str, link: JobLink) -> bool:
    """Whether the link's name is said in the words: its words (named_in), or as written (Japanese)."""
    return named_in(words, link) or fold(link.matched) in fold(words)


def is_context(text: str, name: str, worker: bool = False) -> bool:
    """Whether a job is named only as the one another job works with, in a description of that other job: "the one
    who hands instruments to the surgeon", "歯医者さんで歯石を取ってくれる人": asked is who does that."""
    if is_japanese(name):  # "歯医者さんで歯石を取ってくれる人": where it works; "放射線の資格とか": a licence
        return re.search(re.escape(name) + f"(?:{PLACE_JA}|{LICENCE})", text) is not None
    words, at = name_words(text), mention_at(text, name)
    # "turns an architect's rough sketches into drawings": whose work the one asked about takes up
    owner = re.search(r"\b" + re.escape(singular_name(name)) + r"s?['’]s?\b", text, re.IGNORECASE) is not None
    # in the sentence that names it ("…the ones who change chips. Which traits matter for booth cashiers?": asked)
    part = next((piece for piece in SENTENCE.split(text) if fold(name) in fold(piece)), text)
    since = len(name_words(text[: text.find(part)]))  # (a piece of the text, or the text itself)
    before = 0 < at < len(words) and CONTEXT_BEFORE.search(" ".join(words[since:at])) is not None
    return owner or before or acted_on(words, at, worker)  # "where you record musicians": whom the work is done to


def singular_name(name: str) -> str:
    """A name as a person says one before "'s": "Architects, Except Landscape" -> "architect"."""
    return name.split(",")[0].strip().casefold().removesuffix("s")


def mention_at(question: str, name: str) -> int:
    """Where the question names a job: the word position of the name (or its first word); late when not found."""
    words, name_tokens = name_words(question), name_words(name)
    if not name_tokens:  # a Japanese name: find its characters
        at = question.find(name)
        return at if at >= 0 else len(question)
    size = len(name_tokens)
    spans = (i for i in range(len(words)) if words[i : i + size] == name_tokens)
    return next(spans, next((i for i, word in enumerate(words) if word == name_tokens[0]), len(words)))


def said_aside(text: str, link: JobLink, describing: bool) -> bool:
    """Whether a job the text names is not the one it asks about: someone who told the person of another job ("my
    advisor mentioned…"), under whom or with whom the job asked about works ("弁護士の指示を受けて…する人", "Do they
    work with courts…?"), or to whom the work they know of is done ("more to it than dressing actors"); in a
    description of a job (describing), one the job works with ("hands tools to the surgeon"), or a catch-all page ("a
    therapist who uses drawing and painting with clients": the description tells which), described or not."""
    known = not is_japanese(text) and known_already(name_words(text), mention_at(text, link.matched))
    if known or telling(text, link.matched) or under_another(text, link.matched) or worked_with(text, link.matched):
        return True
    bare, worker = link.title.endswith("All Other"), a_worker(link)
    return (bare and described(text, link.matched)) or (describing and (bare or is_context(text, link.matched, worker)))


def under_another(text: str, name: str) -> bool:
    """Whether the job asked works under the name or arranges it (UNDER_JA); "キッティングの派遣" is work, temping."""
    under = re.search(re.escape(name) + UNDER_JA, text)
    return under is not None and not (under.group(0).endswith("派遣") and name.endswith("ング"))


def last_sentence(text: str) -> str:
    """The last sentence of a question: "haha ok. web developers?" -> "web developers?"."""
    parts = [part for part in SENTENCE.split(text) if part.strip()]
    return parts[-1] if parts else text
