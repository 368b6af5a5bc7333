"""A follow-up that opens on a worker told of by their work, in Japanese: another job, not the one in focus.

"ネイルやってる人は？", "学校の給食を作る人って資格いるんですか", "地上で飛行計画を作ってる運航管理の人って、
どうやってなるんですか？" describe the worker asked of. Asked of how many ("正社員で働いてる人って多いの？") or
of women and men ("女の人って働いてる？"), the words are of the job in focus. Found in the blind tuning sets: of the
thirteen follow-ups of the verb shape in tune4..tune52, the five that asked of another job did not ask how many,
and the eight of the job in focus all did ("…人って多いの？").
"""

from __future__ import annotations

# Not how many of them, nor what share: that is asked of the job in focus.
NOT_HOW_MANY = r"(?!(多|少|どのくらい|どれくらい|どれぐらい|割合|何割|ほとんど|いる|いない|います))"  # "…人っている？"
# nor how they are employed ("ちなみにパートとかで働いてる人っている？"), as in Cue.ANOTHER's "ちなみに…" opening
EMPLOYMENT = "派遣|フリーランス|正社員|パート|バイト|契約社員|常勤|自営"
EMPLOYED = rf"(?![^。？]{{0,20}}({EMPLOYMENT}|独立|開業))"
OPENING = rf"^{EMPLOYED}(じゃあ|では|で、|あと、?|それと、?)?"
# "ネイルやってる人は", "レントゲン撮る人は", "空港のカウンターで働く人は": a verb of the work, then the worker
VERB = r"(やってる|してる|[てで]る|[^\sあい、。][るうくすむぶつぐ])"
DOING = rf"{OPENING}[^。？、]{{1,30}}{VERB}(人|ひと)(は|って){NOT_HOW_MANY}"
# "ごみ収集の人は？", "提案するコンサルの人は": a word of the work (two characters at least, not 女 or 男), then 人
OF_WORK = rf"{OPENING}[^。？]{{0,30}}[一-龥ァ-ヶー]{{2,}}の(人|ひと)(は|って|だと){NOT_HOW_MANY}"
# "花を育てて出荷するほうだと…": the other side of the work, told by a verb (ほう, not 方: "資格がある方" is a person)
DOING_SIDE = rf"{OPENING}[^。？、]{{2,30}}{VERB}ほう(だと|は|って|の場合)"
# "会社の人事部で事務やる場合は…": work said with where it is done, asked of as a case (not a shift: "夜勤する場合")
NOT_SHIFTS = "".join(f"(?<!{word})" for word in ("夜勤", "残業", "転職", "副業", "出張", "当直", "休日"))
CASE_VERB = "(やる|する|やってる|してる)場合(は|だと)"
DOING_CASE = rf"{OPENING}[^。？、]{{1,20}}で[一-龥ァ-ヶー]{{2,8}}{NOT_SHIFTS}を?{CASE_VERB}"
# "魚の養殖のほうもちょっと気になってて。": other work the person is drawn to as well, told by what it is
ALSO_DRAWN = rf"{OPENING}[^。？、]{{2,20}}の(ほう|方)も(ちょっと|少し|実は)?気になって"
# "花を育てて出荷する農家のほうはどう？": a worker's word after the verb of their work (tune86)
WORKER_SIDE = rf"{OPENING}[^。？、]{{2,30}}{VERB}[一-龥ァ-ヶー]{{1,6}}(さん)?の(ほう|方)(は|って|だと)"
WORKER_TOLD_JA = f"{DOING}|{OF_WORK}|{DOING_SIDE}|{DOING_CASE}|{ALSO_DRAWN}|{WORKER_SIDE}"
