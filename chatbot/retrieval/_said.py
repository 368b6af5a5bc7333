"""Names people use for jobs that neither a page's title nor its aliases say (found in the blind tuning sets:
"おまわりさんって夜勤あるの？", "陸自って何歳まで入れるの？", "she wants to be a vet"); weighed a little above an
alias (SAID_WEIGHT in _names.py), so a name people say wins over an alias two pages share."""

from __future__ import annotations

# fmt: off
LEVELS = {  # a school's level as its title says it and as people do
    "Preschool": "preschool", "Kindergarten": "kindergarten", "Elementary School": "elementary",
    "Middle School": "middle school", "Secondary School": "high school",
}
SAID: dict[str, tuple[str, ...]] = {
    # jobtag
    "理容師": ("床屋",), "警察官（都道府県警察）": ("おまわりさん", "お巡りさん"), "海上保安官": ("海保",),
    "陸上自衛官": ("陸自",), "海上自衛官": ("海自",), "航空自衛官": ("空自",), "麻薬取締官": ("マトリ",),
    "客室乗務員": ("CA", "キャビンアテンダント", "スチュワーデス"), "ファイナンシャル・プランナー": ("FP",),
    "豆腐製造、豆腐職人": ("豆腐屋",), "パン製造、パン職人": ("パン屋",), "すし職人": ("寿司屋", "寿司職人"),
    "宅配便配達員": ("宅急便",), "葬祭ディレクター": ("葬儀屋",), "気象予報士": ("天気予報士", "天気予報"),
    "航空整備士": ("飛行機の整備", "飛行機整備", "飛行機整備士"), "介護支援専門員/ケアマネジャー": ("ケアマネ",),
    "社会保険労務士": ("社労士",), "訪問介護員/ホームヘルパー": ("ヘルパー", "介護ヘルパー"),
    "歯科医師": ("歯医者",), "引越作業員": ("引っ越し屋", "引越し屋", "引越屋"), "花火師": ("花火職人",),
    "衣料品販売": ("アパレル店員", "アパレル販売"), "野菜つけ物製造": ("漬物", "漬け物", "漬物製造"),
    "児童相談所相談員": ("児相",), "稲作農業者": ("米農家",), "科学捜査研究所鑑定技術職員": ("科捜研",),
    "キャリアカウンセラー/キャリアコンサルタント": ("キャリコン",), "検察官": ("検事",),
    "知的財産コーディネーター": ("知財コーディネーター",),
    "保育士": ("保母", "保母さん", "保父さん", "保育園の先生"),  # (session 69) a nursery's staff as people say
    # dated or everyday names a probe of 104 such names found unmatched or matched wrongly (session 50, not a test set)
    "看護師": ("看護婦", "看護婦さん"), "翻訳者": ("翻訳家",),
    "林業作業": ("木こり", "きこり"), "受付事務": ("受付嬢",), "ビル清掃": ("清掃員",),
    "Webデザイナー（Web制作会社）": ("ウェブデザイナー",), "トラックドライバー": ("長距離ドライバー",),
    "施設警備員": ("ガードマン",), "駅務員": ("駅員", "駅員さん"),
    # (session 65, tune126-127) said by the thing they work: "ケータイショップの店員", "製油所のオペレーター"
    "携帯電話販売": ("ケータイショップ", "携帯ショップ"), "石油精製オペレーター": ("製油所のオペレーター",),
    "施設介護員": ("介護士", "介護職員"), "造園工": ("植木屋", "庭師"), "住宅・不動産営業": ("不動産屋",),
    # (session 51, tune77) a doctor said by the field alone, a farmer by the crop
    "産婦人科医": ("産婦人科",), "麻酔科医": ("麻酔科",), "果樹栽培者": ("果物農家", "果樹農家"),
    "花き栽培者": ("花農家", "花き農家"),
    # (session 53, tune87) the head of a care home, a tiler, said as people say them
    "施設管理者（介護施設）": ("施設長", "介護施設の施設長", "老人ホームの施設長"), "タイル工": ("タイル職人",),
    # (session 56, tune102-103) shops said as people say them
    "書店員": ("本屋", "本屋さん", "書店"), "クリーニング師": ("クリーニング屋", "クリーニング屋さん"),
    "訪問介護のサービス提供責任者": ("サ責", "サービス提供責任者"),
    # (session 57, tune111) the vet's nurse and the make-up artist, as people say them
    "動物看護": ("動物病院の看護師", "動物病院の看護婦"), "メイクアップアーティスト": ("メイクさん", "メイクの仕事"),
    # O*NET
    "Veterinarians": ("vet", "vets"), "Veterinary Technologists and Technicians": ("vet tech", "vet techs"),
    "Postal Service Mail Carriers": ("mailman", "postman"), "Computer Programmers": ("coder",),
    "Heavy and Tractor-Trailer Truck Drivers": ("trucker", "18-wheeler", "18-wheelers", "big rig", "big rigs"),
    "Occupational Therapists": ("OT", "OTs"),
    "Electrical Power-Line Installers and Repairers": (  # (tune95) line workers said plainly
        "lineman", "linemen", "lineworker", "power line worker", "power line workers",
    ),
    "Skincare Specialists": ("esthetician", "estheticians", "aesthetician", "aestheticians"),
    "Physical Therapists": ("PT", "PTs"), "Flight Attendants": ("cabin crew",),
    "Waiters and Waitresses": ("waiting tables", "waiting on tables", "wait tables", "server at a restaurant"),
    "Physical Therapist Assistants": ("PTA", "PTAs"), "Occupational Therapy Assistants": ("OTA", "OTAs"),
    "Broadcast Announcers and Radio Disc Jockeys": ("DJ", "DJs", "disc jockey"),
    # doctors by the part of the body they treat, as people say them
    "Cardiologists": ("heart doctor", "heart doctors", "heart specialist"),
    "Dermatologists": ("skin doctor", "skin doctors"), "Neurologists": ("brain doctor", "nerve doctor"),
    "Ophthalmologists, Except Pediatric": ("eye doctor", "eye doctors"), "Optometrists": ("eye doctor", "eye doctors"),
    "Pediatricians, General": ("kids doctor",),
    "Orthopedic Surgeons, Except Pediatric": ("bone doctor", "bone doctors"), "Psychiatrists": ("shrink",),
    "Obstetricians and Gynecologists": ("ob-gyn", "obgyn", "ob gyn"),
    **{  # "special ed" said for "special education": the school's level tells the pages apart, said before or after
        # it ("teach special ed preschool", "high school special ed": session 57, tune108 and tune111)
        f"Special Education Teachers, {level}": (
            "special ed teacher", "special ed teachers", "sped teacher", f"special ed {said}", f"{said} special ed"
        )
        for level, said in LEVELS.items()
    },
    "Teaching Assistants, Special Education": (  # (session 53, tune85) the aide said of special ed
        "special ed aide", "special ed aides", "special ed teaching aide", "special ed teacher's aide",
        "special ed para", "special ed paraprofessional", "sped aide",
    ),
    "Financial Quantitative Analysts": ("quant", "quants"),
    "Physical Medicine and Rehabilitation Physicians": (
        "physiatrist", "physiatrists", "physical medicine and rehab", "PM&R physician", "PM&R doctor",
    ),
    "Network and Computer Systems Administrators": ("sysadmin", "sysadmins", "systems administrator"),
    "Police and Sheriff's Patrol Officers": ("cop", "cops", "police officer", "police officers", "policeman"),
    # (session 51, a probe of everyday English names) a fireman fights fires (the railroad's fireman is said with
    # its locomotive); a bare detective is the police's, not the private one that lists the word first
    "Firefighters": ("fireman", "firemen"), "Detectives and Criminal Investigators": ("detective", "detectives"),
    # (session 52) a judge's clerkship is the law clerk's post
    "Judicial Law Clerks": ("clerkship", "clerkships", "judicial clerkship"),
    "Information Technology Project Managers": ("IT project manager", "IT project managers", "IT project management"),
    "Reinforcing Iron and Rebar Workers": ("rebar guy", "rebar guys", "rodbuster", "rodbusters"),
    "Geodetic Surveyors": ("geodesic surveyor", "geodesic surveyors"),  # (session 53) a near word for geodetic
    # (session 54, tune93) the surgeon of the mouth, as patients say it
    "Oral and Maxillofacial Surgeons": ("oral surgeon", "oral surgeons", "oral surgery"),
    # (tune95) a forest fire prevention specialist said as the title's two parts
    "Forest Fire Inspectors and Prevention Specialists": ("forest fire prevention specialist", "forest fire inspector"),
}
# fmt: on
