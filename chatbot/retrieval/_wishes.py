"""The words of a request for jobs that suit the person: "Which careers would suit me?", "what kinds of jobs should
I be looking at?", "向いてる仕事ってありますか" (read by chatbot.retrieval._advice)."""

from __future__ import annotations

import re

from chatbot.retrieval._intent import NEAR_JOBS

MATCH = re.compile(
    r"\b(which|what) (kinds? of |sorts? of |other )?(jobs?|careers?|occupations?|work|roles?|professions?)\b"
    r".{0,80}\b(suit|fit|match|for me|would (i|be|let me|suit)|should i|could i|can i|let me|are (best|good|right)"
    r"|are (mostly|all) about|involve)"
    r"|\b(suits?|fits?) me\b|\bwhat should i (do|become|be)\b|\bcareer (ideas|options|suggestions|advice)\b"
    r"|\b(i'?d|i would) (love|like) (a|to have a|to find a) (career|job)\b"
    r"|\bi want (a|to spend my) (career|job|working)"
    r"|\bget paid (for|to)\b|\bmake (it|this) (a|my) (career|job)\b|\b(any )?(ideas|suggestions)\?"
    r"|向いている仕事|向いてる仕事|合う仕事|合った仕事|どんな仕事が(いい|向い|合)|仕事(に|には)(は)?どんなもの"
    r"|どんな(仕事|職業)があ|(?<!人の)仕事を(教えて|知りたい)|仕事がしたい|働ける仕事|関われる仕事"
    r"|仕事はありますか|仕事ってありますか"
)
SELF = re.compile(r"\b(i|i'm|im|i am|i've|my|me)\b|私|僕|自分|わたし|好き|得意|興味")
# Asking outright for jobs that suit: whatever jobs the words happen to name ("a job built around sport").
ASKS_FOR_JOBS = re.compile(
    r"(\bi |^|[.,;!]\s*)(want|need|would like|'d like) (a|to find a|to have a) (job|career|profession)\b"
    r"|\b(which|what) (jobs?|careers?|occupations?)\b.{0,60}\b(suit|fit|match|let me|for me)\b"
    r"|(仕事|職業)(って|には|は|で)どんな(の|もの)が(ある|あり)|(それ|これ|好きなこと|趣味)を仕事にしたい"
    r"|(?<!人の)仕事を(教えて|知りたい)|どんな(仕事|職業)があ|仕事(に|には)(は)?どんなもの|向いている仕事|合う仕事"
    r"|\bwhat (actual |other |kinds? of )?(jobs?|careers?) (pay|are there|exist|use|involve|let)\b"
    r"|関わる仕事|仕事はでき|(?<!の)仕事が(したい|いい)|(でき|やれ|向いて|合い)そうな(仕事|職)"
    r"|\bwhere (could|can|should) i take (this|it)\b"
    # "are there actual jobs where drawing is the main thing?", "is there a job where I get to be outside?"
    r"|\bare there (any |actual |real |some )?(jobs|careers|occupations)\b"
    r"|\bwhat (else )?(would |might |could )?(suits?|fits?) me\b"
    r"|\bis there (an? |any )?(job|career|occupation)s? (where|that|which|in which|for) (i|i'd|i'm|me|someone like)\b"
    # "どういう道がある？", "どんな資格職がいい？", "どのような職種が考えられますか", "英語を活かせる仕事に就きたい"
    r"|(どういう|どんな|どの)道があ|(どんな|どのような|どういう)(仕事|職業|職種|資格職)が(いい|よい|向|合|考えられ|あ)"
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
    r"|(どんな|どのような|どういう)(仕事|職業|職種|資格職)(が(向い|合|候補|おすすめ)|を目指)|候補になり"
    # "Where could I end up?", "Where could this go career-wise?", "which jobs use that?", "any jobs where I'd be…"
    r"|\bwhere (could|can|might|would|should|will|do) (i|someone like me|an? [\w ]{1,40}?|this|it|that|all this)"
    r" (end up|go|fit in|land|take me|lead)\b"
    r"|\b(which|what) (jobs?|careers?|occupations?) (use|need|involve|want)\b"
    r"|\bany (jobs|careers|occupations|roles|work) (where|that|which|in which|for|with|on|in)\b"
    r"|(る|た|な|い)(仕事|職業|職場)が(いい|良い|理想)"  # "長く続けられる仕事がいいです"
    r"|(寄り|系|方面)の(仕事|職)に(移り|転職し|就き|つき|変わり)たい"  # "土日休みの事務寄りの仕事に移りたいです"
)
WHICH_JOBS = re.compile(
    r"^\W*(which|what) (kinds? of |sorts? of |types? of )?(jobs?|careers?|roles?|positions?|fields?)\b"
    r"|^\W*(any )?(jobs|careers|ideas|options|suggestions)\W*$"
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
    r"\b(related|similar) (jobs|careers|occupations|roles)\b|関連する(職業|仕事)|似た(職業|仕事)|" + NEAR_JOBS
)
