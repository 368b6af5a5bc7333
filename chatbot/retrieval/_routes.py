"""The words that ask for a route from one job to another ("how do I get from electrician to electrical engineer?",
"what steps in between make sense?", "どんな順番で", "までの道のり"): a PATH request (_advice)."""

from __future__ import annotations

import re

PATH = re.compile(
    r"\bget from\b|\b(route|path|ladder|way) (up )?(from|to)\b|\bwork (my|your|one's) way\b|\bstepping[- ]stones?\b"
    r"|\bintermediate (jobs?|steps?|roles?)\b|\bstep[- ]by[- ]step\b|\bmove (over )?(toward|towards)\b"
    r"|\bthrough which jobs\b|\bwhich jobs could (take|lead)\b|\b(sequence|chain|series|order) of (jobs|roles|steps)\b"
    r"|\b(in-between|in between|intermediate|bridging) (job|role|step)s?\b|\bbridge me\b|\bsteps? could take me\b"
    r"|\b(jobs?|roles?|positions?)\b[\w' ]{0,25}\bin[- ]between\W*$"  # "what jobs could I do in between?"
    r"|\bwhat steps\b.{0,40}\bfrom\b|\b(map|plan|chart|lay) out (a |the |my )?(route|path)\b|\broute for me\b"
    r"|どんな順番で|ステップを踏|道をたど|どういう順|経験を積んでいけ|経由|間に(どんな|何)"
    r"|までの(道|道筋|ルート)|(道筋|ルート(?!営業|セールス|配送|配達)|経路)|から.{1,30}(へ|に)(進|移|転職)|どう進"
    r"|\b(path|route) (could|would|that|to) (take|lead|get)\b|\bhow (can|could|would|does) (a|an|someone)\b"
    r".{0,40}\b(move|transition|switch) (into|over to)\b"
    # "how do I get there from here?", "what steps in between make sense?", "what's the route?", "a sensible path
    # through other jobs", "どうやって進めばいい？"
    r"|\bget there from here\b|\bfrom here to there\b|\b(could|would|can|will) (get|take) me there\b"
    r"|\b(steps?|jobs?|roles?)( or (steps?|jobs?|roles?))? in between\b"
    r"|\bwhat'?s the (route|path)\b|\bpath through\b|\b(could|would|might|to) bridge\b|途中で(どんな|何の?)(仕事|職種)"
    r"|\bi('m| am| work)\b.{0,150}\bget to be\b"  # "I'm a bank teller. How would I get to be a loan officer?"
    r"|\b(sensible|realistic|good|best) (path|route)\b|どうやって進め|道のり|(どうやって|どうすれば)たどり着"
    # "…に移りたい。どういう流れで行けますか", "どういう流れで移っていけば"
    r"|(どういう|どんな)(流れ|ステップ|段階)で(行け|移れ|移って|進め|進んで|転職|なれ|目指)"
    r"|\bwhat (move|step)s? (should|do|would|could) i (make|take)( first)?\b"
    r"|\b(first|next) (move|step) (should|would)\b|\bmake (that|the|this) (move|switch|jump|transition)\b"
    # "what steps could get me into an HR role?", "どんなキャリアを積んでいけばいい？", "どんな道がありますか？"
    r"|\bsteps? (could|would|might|that) (\w+ly )?(get|take|lead) me\b|(どんな|どういう)キャリアを(積|歩)"
    # "How do people usually go from where I am to head chef?", "What path would that be?", "どういうステップで進む？"
    r"|\bgo from (where|what) i\b|\bgo from (that|this|here|there) to\b"
    r"|\bhow (would|do|can|could|should) i (go|move|transition) from [^.?!]{1,60} to (becoming|being)\b"
    r"|\bhow do i (become|get to be)\b.{0,50}\bfrom here\b"
    r"|\bwhat (path|route) (would|could|should|is)\b|(どういう|どんな)ステップ"
    r"|(どんな|どういう|どの)(道|ステップ)があ|\bhow (could|can|do|would|should) i (move|climb|work) up\b"
    # "…社会教育主事になりたいのですが、どんな経歴をたどればいい", "どんな仕事を経ていけばいいですか？"
    r"|(どんな|どういう)経歴を(たど|辿|積|踏)|(どんな|どういう|どの)(仕事|職種?|ポジション)を経(て|れ)"
    r"|キャリアの(積み方|積み上げ|歩み方)|\bhow (could|can|do|would|should) i (eventually )?end up\b"
    # "suggest a route", "map out how I'd get to being an RN", "what jobs could get me there", "what are the steps",
    # "how would a line cook become an executive chef over time", "販売員から店長になるまでの流れ"
    r"|\b(suggest|recommend|give me|show me) (a |the |me a )?(route|path|roadmap)\b|\broadmap\b|\bmap out how\b"
    r"|\b(jobs?|roles?|steps?) (could|would|might|that|to) (get|take|lead) me (there|to)\b"
    r"|\b(what are|list) the (steps|stages)\b|\bbecome an? [\w -]{2,40} over time\b|までの(流れ|ステップ|段階)"
    r"|(に|まで)なるまでの流れ|キャリアを(移|変え)|どう動けば|\bmove from\b.{0,40}\binto\b|\bget to (runn|manag)ing"
    # "what jobs should i go through to get there?", "Map out the steps for me?", "通関士に進むにはどうしたらいい？"
    r"|\b(jobs?|roles?|positions?|steps?) (should|would|could|do|might) i (go|pass|move|work) through\b"
    r"|\b(map|plan|chart|lay) out (the |my |some )?steps\b"
    r"|(に|へ)(進む|移る|ステップアップする)には(どう|どんな道|どの)"
    r"|\bhow (could|can|would|might) i (eventually|someday|one day|ever) (become|get to|make it to)\b"
    r"|\bwhat (would|does|could|will|might) (the|that|a|my) (route|path) look like\b"  # "What would the route…?"
)
# The way from the person's own job to the one wanted, asked once both are said: "How do I get into design?", "道順"
ROUTE_FROM_OWN = re.compile(
    r"\bhow (?:do|would|could|can|should) i (?:get|break|move|switch|transition) (?:there|into|in|over)\b|道順"
)
# Jobs or steps said to bridge the way ("What steps or jobs could bridge the gap?"): a route, though "gap" is said
BRIDGING = re.compile(
    r"\b(steps?|jobs?|roles?|positions?)\b[^.?!]{0,20}\bbridge (the|that|this|it|my)\b|途中で(どんな|何の?)(仕事|職種)"
)
