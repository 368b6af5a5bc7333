"""The words of a question that tell of another job by its work, not by its name (Cue.ANOTHER): someone close who
does it, a move into it, an interest in it too. Split out of chatbot.retrieval._cues (the module length rule)."""

from __future__ import annotations

import re

from chatbot.retrieval._foreground import OWN_WORK_TOLD, TOLD_BY
from chatbot.retrieval._workers_told import EMPLOYMENT, WORKER_TOLD_JA

# Someone close to the person, who may do another job ("my cousin runs the cranes at the port")
CLOSE = (
    r"(cousin|uncle|aunt|friend|buddy|dad|father|mom|mum|mother|brother|sister|wife|husband|partner"
    r"|neighbou?r|roommate|boyfriend|girlfriend|son|daughter|grandpa|grandma|grandfather|grandmother|niece|nephew"
    r"|coworker|co-worker|colleague|officemate|classmate|lab partner|teammate|boss|fianc[ée]e?)(-in-law)?"
)

# Another job told of by its work, not named: someone close who does it, a move into it, an interest in it too
# ("my cousin runs the machines that crush stone", "moving into repairing electrical equipment",
# "革のかばん作る職人も気になってて", "印刷会社でオペレーターやるのってどう？")
ANOTHER = re.compile(
    # "my roommate does DNA sequencing…", "his buddy runs the machines…", "my other cousin makes espresso drinks"
    rf"\b(my|his|her|their|our) (other |little |big |older |younger |best |old |kid |baby )?{CLOSE}"
    r"( (in|from|at) [a-z]+)? (now |also |just |actually |still |currently )?"
    r"(?!(is|was|has|says|thinks|tells|keeps|likes|loves|hates|knows|wants|seems|feels|needs|gets|goes|lives|suggests|recommends|mentions|asks|believes|hopes|plans|works|does"
    r" not|doesn't|says|swears|insists|agrees|disagrees|worries|means|calls|texts|cares|wonders|reckons|figures"
    r"|guesses|prefers|wishes|claims|argues|warns|remembers|expects|understands|asked|told)\b)[a-z]{3,}s\b"
    rf"|\b(my|his|her) (other |little |big |older |younger |best )?{CLOSE}"
    r" (just |really )?(wants|plans|hopes|would like) to (work (at|in|on|as)\b|go the route of|go into|get into"
    r"|(?!(be|become|know|ask|see|go|get|try|learn|talk|come|meet|visit|move|quit|help)\b)[a-z]{3,} )"
    r"|\b(a|one) (friend|cousin|buddy|neighbou?r|coworker|colleague) of (mine|ours) (\w+ )?[a-z]{3,}s\b"
    rf"|\bmy {CLOSE}('s)? (\w+ ){{0,2}}(runs|drives|fixes|sells|makes|builds|repairs|installs|operates|teaches"
    r"|cleans|designs|inspects|keeps (pushing|telling|asking) me to|plays|writes|cooks|bakes|paints|trains|grooms"
    r"|flies|welds|delivers|tutors|coaches)\b"
    # "my aunt works at a funeral home as an attendant", not "my brother works in a hospital too"
    rf"|\bmy {CLOSE} (works|worked|is working) (at|in|for) [^.?!,]{{0,40}}\bas an? \w+"
    # "my roommate is the opposite, she sketches clothes all day": what they do, told after them
    rf"|\bmy {CLOSE}\b[^.?!]{{0,30}}, (she|he) (?!(is|was|has|says|thinks|tells|keeps|wants|likes|loves|hates|knows"
    r"|seems|feels|needs|gets|goes|lives|does)\b)[a-z]{3,}s\b"
    rf"|\bmy {CLOSE} (wants|wanted|is thinking|plans|hopes|is planning) (about |of )?(to )?"
    r"(be|become|becoming|being) (an? |the )?\w+"  # "my sister wants to be a doctor for kids instead"
    # "my roommate works in a lab testing food…", "my cousin works at a hospital where she injects…": the work
    rf"|\b(my|his|her|their) {CLOSE} (works|worked|is working) (at|in|for|with|on) [^.?!,]{{0,40}}?"
    r"\b(where (he|she|they|[a-z]+s) [a-z]{3,}"
    r"|(?!(during|morning|evening|building|nothing|something|anything|everything"
    r"|thing|ceiling|spring)\b)[a-z]{3,}ing)\b"
    # "My advisor also mentioned lab work looking at chromosomes": a job someone told them of
    rf"|{TOLD_BY}|{WORKER_TOLD_JA}|{OWN_WORK_TOLD}"
    r"|\b(totally|completely|entirely) (different|unrelated|separate) (thing|question|topic|subject)\b"
    r"|\b(change|changing) (of )?(the )?(topic|subject)\b|\bon (a|an) (different|unrelated|other) note\b"
    r"|話(は|が)?変わ(る|り|って)|(全然|まったく|全く)(違う|別の)(話|質問)"
    # "He's also curious about running a wind farm - managing the crews…" (tune146): other work, told as an interest
    r"|\balso (really |pretty )?(curious|interested|thinking) (about|in|of) (?!(working|being|having|getting|doing"
    r"|taking|making|earning|going|starting|becoming|paying)\b)[a-z]{3,}ing\b"
    r"|\b(moving|move|switch(ing)?|transition(ing)?|branch(ing)? out) (up |over )?(in)?to"
    r" (?!(some|any|no|every)thing\b)\w+ing\b"
    r"|(仕事|職人|作業員|現場|オペレーター|スタッフ|職|先生|さん|人)(に)?も(気にな|興味|憧れ)"  # "…先生にも興味"
    r"|^[^。？、]{4,30}(の|な|する|る|系の)仕事も[、,]"  # "コップとかグラスを作るガラス食器の仕事も、フリーで…？"
    r"|(仕事|職業|職)も(ある|あります)(って|と)(聞|知|読)"  # "…コーディネートする仕事もあるって聞いたんだけど"
    # "ちなみに夫は解体の仕事をしてるんですが": the job of someone close, told
    r"|(夫|妻|主人|旦那|嫁|父|母|兄|姉|弟|妹|息子|娘|友達|友人|彼氏|彼女|親戚|いとこ|叔父|叔母|知り合い|先輩)(さん)?"
    r"(は|が)[^。？、]{1,40}(の仕事を|を)(して|やって)"
    # "うちの父は木造の家を建てる職人なんだけど", "友達が工場で…組み立ててるんだけど": their work, told
    r"|(夫|妻|主人|旦那|父|母|兄|姉|弟|妹|息子|娘|友達|友人|彼氏|彼女|親戚|いとこ|叔父|叔母|知り合い|先輩)(さん)?(は|が)"
    r"([^。？、]{2,40}[るうくすむぶつぐ](職人|人|仕事)|[^。？、]{0,20}(工場|会社|店|現場|病院|事務所|施設|役所|農場|工房)で"
    r"[^。？、]{2,30}(て|で)(る|いる))(なんだ|なんです|んだ|んです)(けど|が)"  # (not "ゲームばっかりしてるんだけど")
    r"|(を|も)(すすめ|勧め|薦め)られ(て|た)"  # "親には証券会社の営業をすすめられてるんだけど": a job told of
    # a turn opening on whom it describes: "and the people who actually inspect the parts, how much school…"
    r"|^\W*((and|also|what about|how about|ok|okay|so|there'?s also|there are also)[,.]? )*(for )?(the )?([a-z]+ )?"
    r"(people|person|guys?|folks|workers?|staff|crews?|employees|ones|techs)"  # "…the staff who help…"
    r"( (at|in|on|from) (the|a|an|our|my|that|this) ([a-z]+ ){0,3}?[a-z]+)? (who|that)\b"  # "…at the same site who"
    r"|^\W*(and|also|what about|how about),? the ([a-z]+ )?[a-z]+s (who|that) \w+"  # "and the histotechs who prepare…"
    # "or I might go into teaching. what about professors at a university who teach future teachers…" (tune147)
    r"|(^|[.!?]\s+)((and|so|ok|okay),? )?(what|how) about ([a-z]+ ){0,2}[a-z]{3,}s( (at|in|on|from) (an?|the)"
    r" [a-z]+( [a-z]+)?)? (who|that) \w+"
    # "what about running a tugboat or a ferry…", "how about fixing hospital equipment instead": work done, not the
    # job's own ways ("what about working nights?", "how about getting certified?")
    r"|^\W*((and|ok|okay|so|hmm+|also|but|alright),? )*(what|how) about (?!(being|having|getting|doing|taking|starting"
    r"|going|becoming|learning|studying|travell?ing|commuting|staying|moving|switching|changing|paying|earning|retiring"
    r"|working (?!(behind|as) |(at|in|for) [^,?.]{1,40}? as (an?|the) ))\b)[a-z]{3,}ing"
    r" (?!(it|that|this|them|there|too|instead|again|now|then|out|up|more|less|so|as)\b)[a-z]+"
    # "no worries. what about a general maintenance guy for an apartment complex, which skills…"
    r"|(^|[.!?]\s+)(and|also|what about|how about),? (an?|the) ([a-z]+ ){0,3}(guy|lady|woman|man|worker|person)s?"
    r" (for|at|in|on|who|that)\b"
    r"|(会社|工場|店|所|場|蔵|屋)で[^。？、]{0,12}(やる|する|働く)(の(って|は)|って|場合)"
    # "あと、会社に立ち入り調査して…指導する公務員っていますよね"; not how they work ("ちなみに派遣で働いてる人")
    rf"|^(あと|それと|ちなみに|ところで)、?(?![^。？]{{0,20}}({EMPLOYMENT}))"
    r"[^。？]{2,50}([^\sあい、。][るうくすむぶつぐ]|してる|している|やってる)"
    r"(人|方|公務員|職員|仕事|職人|係)(って|は|も)"
    # "建物の設計をする側の人だと", "ファミレスでホール担当するのとは、そのへん違う？"
    r"|^[^。？、]{2,30}(する|してる|やる|やってる)(側|ほう)?の?[一-龥ァ-ヶーおの]{0,8}(人|方|者|員|士|師|職人|医者|先生"
    r"|エンジニア|スタッフ)(さん)?(だと|なら|の場合)"  # "内視鏡みたいな医療の機械を設計する技術者だとどう？"
    # "手術のときに麻酔をかけるお医者さんはどう？働く環境とか": a worker told by the work, asked of as the last
    r"|^(じゃあ|では|なら)?、?[^。？、]{2,30}[^\sあい、。][るうくすむぶつぐ](お?医者|先生|人|方|職人|スタッフ)"
    r"(さん)?(は|って|だと)(どう|どんな)"
    r"|^[^。？、]{2,30}(する|やる|働く)の(と|とは)、?(そのへん|その辺|そこ|それ)?(は|って)?(どう|何か|なにか)?違う"
    # "花を育ててる農家さんの方はどうなんだろ", "野菜を作るほうはどうでしょう": a new job described, not a return
    r"|^[^。？、]{2,30}(て|で)(る|いる)[^。？、]{1,8}(の|さんの)(ほう|方)(は|って|だと)"
    r"|^[^。？、]{2,30}を[^。？、]{0,6}[るうくすむぶつぐ](ほう|方)(は|って|だと)(どう|どんな)"
    # "ビルの設備管理だと資格は何が必要になる？": a work and where, then what is asked of it
    r"|^(?![そこあど])[一-龥ァ-ヶー]{1,8}の[一-龥ァ-ヶー]{2,8}(だと|なら|の場合は?)、?[^。？]{2,30}",
    re.IGNORECASE,
)
