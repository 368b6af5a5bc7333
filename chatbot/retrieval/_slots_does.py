"""What the person says they do, when no job name says it (chatbot.retrieval._slots.own_words): "I run manual lathes
and mills in a job shop", "I've spent three years behind the counter at a bank", "受付で会計やレセプト作成を
しています"."""

from __future__ import annotations

import re

# What the person says they do, in their first sentence that says it: "I run manual lathes and mills in a job shop",
# "I've spent three years behind the counter at a bank", "受付で会計やレセプト作成をしています".
DOES = [
    # "my job is typing…", not "the work is feast or famine"; "Working at a commercial laundry right now, loading…"
    re.compile(
        r"(?:\b(?:my (?:job|work|day job|role) (?:is|involves)|the (?:job|work|role) involves)|^working (?:at|in|for))"
        r" (?P<w>[^.!?]{8,160})"
    ),
    re.compile(r"\bi(?:'m| am) \d{2}(?: years old)?,? and (?:i )?(?P<w>[^.!?]{8,160})"),  # "I'm 18 and wash dishes…"
    re.compile(
        r"(?:^(?:(?:hi|hey|hello|so|ok|okay|well|right now|currently|these days)\b[,!.]?\s*)?|[.!?]\s*|\s[-–—]\s)"
        # "hi, i sort and grade fruit…", "right now i do painting and coating…"
        r"(?:(?:at|in|on) (?:my|the|a|an|our) [\w' ]{2,30}?,? )?"  # "At the dental office I…"
        r"i(?!(?:'ve| have) (?:an?|the|no|some|my|two|three|\d)\b)(?:'ve| have)? "
        r"(?!(?:want|would|'d|like|love|hope|wish|think|plan (?:to|on)|dream|aim|really|am|'m|was|miss|missed"
        r"|can|don't|do not|never|always|also|just|need|keep thinking|am thinking|find|feel|have|had|got|hold|studied"
        r"|dropped|quit|flunked|failed|graduated|finished|did)\b)"  # …up to a wish: "i work rigs but want to…"
        r"(?P<w>[^.!?]{8,160}?)(?= (?:but|and) (?:i )?(?:want|would|'d|hope|plan|wish|dream)|[.!?]|$)"
    ),
    re.compile(r"^been (?P<w>\w+ing [^.!?(]{8,160}?)(?=[.!?(]|$)"),  # "Been fixing production machinery in a plant…"
    # "スーパーで商品を並べたり、売り場を整えたりする仕事をしています": the work said in the sentence's clauses
    re.compile(r"(?:^|[。！？])(?P<w>[^。！？]{4,80}?たりする仕事)(?=をしています|をしてます|をしてる)"),
    re.compile(
        r"(?:^|[。！？、])(?P<w>[^。！？、]{4,60}?)(?:をしています|をしてます|で働いています|で働いてます|をやっています|をやってます|に勤めています"
        r"|を担当して(?:います|ます|いる(?=(?:正社員|社員)です))"  # "…の運用を担当しています", "…担当している社員です"
        r"|(?:を|とか)?(?:やってる|やっている|やってます)"  # "スーパーで品出しとかレジとかやってる"
        # "倉庫でフォークリフトに乗ってます", "…の事務をやって7年になります"
        r"|に乗っています|に乗ってます|に乗ってる|をやって(?=[\d一二三四五六七八九十数]+年)"
        r"|(?<=[でに].{2})してます|(?<=[でに].{2})しています)"  # "ペットショップで販売してます": place, verbal noun
    ),
    # "トラックでジュースを…配って回りつつ、営業もしてます": the work said before "…もしてます"
    re.compile(r"(?:^|[。！？])(?P<w>[^。！？]{4,80}?)(?:もしてます|もしています|もやってます|もやっています)"),
    # "コードを書いてます": what they do, with its verb (page words: プログラミング); not "板前を目指しています"
    re.compile(r"(?:^|[。！？、])(?P<w>[^。！？、]{4,60}?を[^\s。！？、を]{1,3}?)(?<!目指し)(?<!考え)て(?:い)?ます"),
]
