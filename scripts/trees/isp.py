"""Build trees/isp.json — the ISP tree, format 2 (legal-coverage.md §1 incl. §1.5, §7, §0.4,
§0.6–0.8).

    python -m scripts.trees.isp            # write trees/isp.json
    python -m scripts.trees.isp --check    # exit 1 if trees/isp.json differs from the output

The tree is written here, in Python, because four sides share dozens of law-version conditions
(which article applies on which date) that would otherwise be copied by hand; each side has a
module of its own. tests/trees/test_isp.py checks that the committed JSON is this output.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from scripts.share_definitions import share, to_text
from scripts.trees import isp_accused, isp_consumer, isp_deleted, isp_rights_holder, isp_shared
from scripts.trees._dsl import Json, T, all_, ans, cite
from scripts.trees.isp_common import (
    ACC,
    CC,
    CO,
    DEL,
    ECL,
    LAWS,
    PQL,
    RH,
    history_limitation,
    judgment_deadlines,
    plain_limitation,
)
from scripts.trees.isp_glossary import GLOSSARY

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "trees" / "isp.json"
VERSION = "2.1.4"
REVIEWED = "2026-12-05"

SIDES = [
    {
        "id": RH,
        "label": T(
            "权利在网上受到侵害的一方（被诽谤、隐私被公开、肖像被盗用、作品被盗版、商标被假冒等）",
            "Whose rights were infringed online (defamed, privacy exposed, portrait misused, work pirated, mark counterfeited …)",
        ),
    },
    {
        "id": ACC,
        "label": T(
            "内容或商品被投诉删除、下架，或者被指控在网上侵权的网络用户（含网店经营者）",
            "A user whose post or listing was removed after a complaint, or who is accused of infringing online (shops included)",
        ),
        "claimed_against": True,
    },
    {
        "id": CO,
        "label": T(
            "通过网络平台、外卖平台或直播间购买商品、接受服务而受到损害的消费者",
            "A consumer harmed by goods or services bought through a platform, a food-delivery app or a live stream",
        ),
    },
    {
        "id": DEL,
        "label": T(
            "发布的信息被他人擅自删除、屏蔽的网络用户（例如有人花钱请删帖公司删帖）",
            "A user whose post was deleted or blocked by others without right (e.g. someone paid a deletion firm)",
        ),
    },
]

PARTIES = [
    {"id": "platform", "label": T("平台", "platform")},
    {"id": "user", "label": T("网络用户", "user")},
    {"id": "claimant", "label": T("对方", "other side")},
    {"id": "seller", "label": T("经营者", "business")},
    {"id": "room_operator", "label": T("直播间运营者", "live-stream room operator")},
    {"id": "deleter", "label": T("删帖者", "deleter")},
    {"id": "principal", "label": T("委托人", "principal")},
]

NOTES = [
    T(
        "2.0版按格式2重写，覆盖legal-coverage.md第1节（含1.5）、第7节的更正以及0.4、0.6—0.8节。四个立场：权利人、被投诉或被指控的网络用户、消费者、信息被擅自删除的发布者；每个结论的文字都按立场书写。2.1版按2026-12-05独立审查的意见修改（见下）。",
        "Version 2.0 is a rewrite on format 2 to legal-coverage.md §1 (incl. 1.5), the §7 corrections and §0.4, §0.6–0.8. Four sides: the rights holder, the user taken down or accused, the consumer, the poster whose information was deleted without right; every result text is written for its side. Version 2.1 follows the independent review of 2026-12-05 (below).",
    ),
    T(
        "结论编号：规范表1.2的ISP-A至ISP-M之外，新增ISP-N（内容本身不违法，1.5）、ISP-U（权利人一方：发布者自己的责任）、ISP-V（被指控的用户：自己的责任和抗辩）、ISP-W（被投诉删除的用户：删除维持时平台的责任、恢复内容和向投诉人索赔；2.1版从ISP-A分出，ISP-A只用于权利人一方）、ISP-C1（ISP-C的连带责任认定，在再次询问平台是否知道之前记录）、ISP-S（消费者一方：经营者自己的责任）、ISP-P（消费者一方的汇总）、ISP-F2（平台未审查食品经营许可，食品安全法131(1)）、ISP-I2（直播间运营者按销售者负责，网络消费规定一12(1)）、ISP-L1（擅自删帖者自己的责任）。",
        "Outcome codes: beyond ISP-A to ISP-M of table 1.2 there are ISP-N (the content is not unlawful, 1.5), ISP-U (rights holder: the poster's own liability), ISP-V (accused user: own liability and defences), ISP-W (user taken down whose removal stands: the platform's liability, restoration, the claim against the complainant; split from ISP-A in 2.1, which now serves the rights holder only), ISP-C1 (ISP-C's joint liability, recorded before the platform's knowledge is asked again), ISP-S (consumer: the business's own liability), ISP-P (consumer: summary), ISP-F2 (no food-licence check, 食品安全法131(1)), ISP-I2 (room operator liable as seller, 网络消费规定一12(1)), ISP-L1 (the deleter's own liability).",
    ),
    T(
        "多条路线：每条路线在提出其问题后立即记为认定节点（finding），结果按路径顺序列出。原因之一是引擎的规则：选择题答“不清楚”后，之后的所有认定都会被标为取决于该事实。因此：发布者（ISP-U）、经营者（ISP-S）、删帖者（ISP-L1）的责任记在平台问题之前；权利人一方先问平台是否知道（是/否/不确定，“不确定”不是待核实的回答），再问通知和处理，记下ISP-C1，然后才问转送（转送是另一项义务，只作提示），最后对“不确定”再问是否有平台知道的证据（此处才有“不清楚”）——这样ISP-C1不会被标为取决于转送或平台是否知道。没有记录案件经过时，诉讼时效是否届满直接写在文字的条件里，不经过分支，月份日期不会使认定被标为待核实。",
        "Several routes: each route becomes a finding node right after its question, and the result lists them in path order. One reason is the engine: after a choice answered 'not known', every later finding is marked as depending on it. Hence the poster's (ISP-U), the business's (ISP-S) and the deleter's (ISP-L1) liability are recorded before the platform questions; on the rights holder's side the platform's knowledge is asked first (yes / no / not sure, the last not a fact to verify), then the notice and the measures, ISP-C1 is recorded, only then the forwarding (a duty of its own, reported as a warning), and for 'not sure' finally whether there is evidence that the platform knew (where 'not known' is offered) — so ISP-C1 rests neither on forwarding nor on knowledge. Without a recorded history, whether limitation has run is read in the texts' conditions, not in a branch, so a month-only date marks no finding.",
    ),
    T(
        "法律版本：每个立场经过一个标记节点（*_law_new / *_law_old），引文和文字用reached条件选择版本。权利人和被指控用户以内容被删除的日期为准（仍在网上的为持续至民法典施行后；2021年以前删除的再问损害是否在以后出现，第24条），并问内容的发布日期，只用于选择民法典时间效力规定第1条第1款（发布在2021年以后）或第3款（以前发布、持续至以后），不清楚的两款都引；消费者以损害发生日为准；擅自删帖以删除日为准。删除、损害和删帖的日期只允许填到月份、不允许“不清楚”：月份不会跨越2021年1月1日。电子商务法以删除日或购买日是否在2019年以后为准（第89条没有过渡条款，作者的判断）。",
        "Law versions: each side passes a marker node (*_law_new / *_law_old), and citations and texts choose the version with reached-conditions. Rights holder and accused user: the removal date (still online = continuing past the Civil Code; removed before 2021 → was the damage later, art. 24), and the day of posting, used only to cite time-effect provisions art. 1(1) (posted from 2021) or 1(3) (posted before and continuing), both when not known; consumer: the day of harm; deletion: the day of deletion. Those dates allow a month but not 'unknown': a month never straddles 2021-01-01. The E-Commerce Law applies by removal or purchase from 2019 (art. 89 has no transition rule; the authors' judgement).",
    ),
    T(
        "2021年以前的事实：网络人身权益规定、信息网络传播权规定只有2020年修正文本可引，附录印出的是该文本；网络人身权益规定2014年文本的条文序号与2020年文本不同（审查意见），因此2021年以前的人格权案件不再引用其第4条、第6条、第10条、第12条，只在文字中说明，并显示核对提示；2021年以前的擅自删帖在文字中写出2014年文本第十四条（即现行第十条，参考文本中没有2014年文本，所以不作引文，请律师核对），并提示信息至今未恢复时是否适用民法典（时间效力规定1(3)）有争议；程序规定（第2条、第3条）按起诉时的文本引用。食品安全法只有2025年修正文本；第131条、第148条的序号据作者所知自2015年修订以来未变，但无法在参考文本中核对，报告对2025年12月1日以前的购买显示核对提示。",
        "Facts before 2021: only the 2020 amended texts of the SPC provisions on online personal rights and on network dissemination can be cited, and the appendix prints them; the 2014 text of the personal-rights provisions numbers its articles differently (the review), so pre-2021 personality cases no longer cite its arts. 4, 6, 10, 12 — the text says it in words, with a warning to check; a pre-2021 paid deletion names the 2014 text's art. 14 (the current art. 10) in words (the 2014 text is not among the reference texts, so it is no citation; a lawyer should check), with a contested warning on whether information still missing after 2021 brings in the Civil Code (time-effect provisions 1(3)); the procedural rules (arts. 2, 3) are cited in the text in force when suing. The Food Safety Law is available only as amended in 2025; to the authors' knowledge arts. 131 and 148 have kept their numbers since the 2015 revision, which the reference texts cannot confirm, so purchases before 2025-12-01 get a warning to check.",
    ),
    T(
        "诉讼时效：知道之日在2017年10月1日以后的三年（民法典188/民法总则188，由日期选择），以前的两年（民法通则135），消费者人身伤害一年（民法通则136(1)）；2017年10月1日仍在进行的期间由引擎按法释〔2018〕12号延长为三年。起诉后不会显示届满；判决生效后显示申请执行期间（民事诉讼法250，从事件记录的履行期间最后一日起算，未记录的从生效之日起算并提示），一审判决送达而未生效时显示上诉期（171(1)）。产品缺陷另列产品质量法45(1)的二年：未届满时提示按二年行事，已届满而三年未届满时明说可能已过时效、三年仍在、不以缺陷为依据的请求适用三年、须由对方提出。内容仍在网上（侵权持续）时，期限的名称写明从知道之日起算、较近的损害可能另行起算，届满时提示起算有争议、删除请求不受时效限制（196(1)）、法院不主动适用（193）。匿名发布者：对其诉讼时效从查明身份之日起算，尚未查明的不计算（188(2)），但列出自发布之日起二十年的最长保护期间（民法典188(2)/民法总则188(2)/民法通则137，按发布日期选择）。",
        "Limitation: three years from knowledge on or after 2017-10-01 (民法典188 / 民法总则188, chosen by date), two years before that (民法通则135), one year for a consumer's bodily injury (民法通则136(1)); a period still running on 2017-10-01 is lengthened to three years by the engine (法释〔2018〕12号). A claim in court is never shown as run; after an effective judgment the enforcement period shows (民事诉讼法250, from the last day of performance recorded with the event, else from the effective date, with a warning), after a first-instance judgment served but not effective the appeal period (171(1)). Product defects also get the two years of 产品质量法45(1): while they run, act within them; once run with the three years still running, the report says plainly that the defect claim may be barred, the three years still run, claims not resting on the defect have three years, and the other side must raise it. Content still online (a continuing tort): the rows say they count from knowledge and that more recent damage may count from later; once run, a warning says the start is contested, removal is not time-barred (196(1)) and the court does not apply limitation of its own motion (193). An anonymous poster: limitation against him runs from his identification and is not computed before it (188(2)), but the twenty-year outer limit from the posting is listed (民法典188(2) / 民法总则188(2) / 民法通则137, chosen by the day of posting).",
    ),
    T(
        "连带债务人之间的诉讼时效中断（诉讼时效规定15(2)）由引擎计算：期限的joint_parties把对另一连带债务人的中断带到本债务人（起诉以立案之日中断，其判决不决定本债务；2.1版引擎另修正：另一连带债务人在期间届满后同意履行，只放弃他自己的时效抗辩，民法典192(2)）。连带只及于部分损害的（ISP-C扩大部分，ISP-D知道之后），对平台记录了中断事件时，对用户的期限分为“单独负责的部分”（只计算对用户本人的事件）和“与平台连带的部分”（加上对平台的事件）两行。消费者一方：平台与经营者（电子商务法38(1)、消费者权益保护法44(2)、食品安全法131(1)），直播平台与直播间运营者（网络消费规定一16、15），直播间运营者与经营者（17）互为连带；消费者权益保护法44(1)（不真正连带）和38(2)（相应的责任）不带中断。对平台的诉讼时效已经届满、而对其他责任人的仍在进行时（例如经营者在届满后作出承认），下一步明说平台可以拒绝赔偿：判断用的期间把对经营者和直播间运营者的事件都算作中断（最宽的连带范围），它届满，则在每条路线上都已届满。一个角色填了几个名称（如几名发布者、几家删帖公司）时，期限保持默认的events.persons“separate”，每人只计算针对他本人和针对整个角色的事件：同一角色下的几人是否连带取决于事实（共同侵权还是各自侵权，民法典1168、1172），有疑问时按各自计算，得出的是较早、较稳妥的日期。",
        "Interruption between joint debtors (诉讼时效规定15(2)) is computed by the engine: a deadline's joint_parties carry an interruption against the other joint debtor to this one (a suit interrupts on filing; his judgment decides nothing here; 2.1 also fixes the engine so that the other's promise after the period ended waives only his own defence, 民法典192(2)). Where the joint liability covers only part of the damage (ISP-C's enlarged part, ISP-D's damage after knowledge) and an interruption against the platform is recorded, the user's period shows as two rows: his sole part (his own events) and the part owed jointly (with the platform's events). Consumers: platform with business (电子商务法38(1), 消费者权益保护法44(2), 食品安全法131(1)), live-stream platform with room operator (网络消费规定一16, 15), room operator with business (17); 消费者权益保护法44(1) (non-genuine joint liability) and 38(2) (corresponding liability) carry no interruption. Where the period against the platform has run while another still runs (e.g. the business acknowledged after the end), a next step says the platform may refuse to pay: the check counts the events against the business and the room operator as interruptions (the widest joint reach), so once it has run it has run on every route. Where one role holds several names (several posters, several deletion firms), the deadlines keep the default events.persons 'separate': each person counts the events against him and against the whole role; whether several persons of one role are jointly liable depends on the facts (joint or separate torts, 民法典1168, 1172), and in doubt counting separately gives the earlier, safer day.",
    ),
    T(
        "不计算的期限：“及时”“合理期限”“损害的扩大部分”没有法定天数，由经办人按法院考虑的因素判断（问题的帮助里列出）；只计算电子商务平台的十五日（电子商务法43(2)），网络知产批复第3条的20个工作日只作为原文提示。问题的帮助只列出对所有路径都适用的条文；取决于事实的条文由回答和认定引用。",
        "Not computed: 'in time', 'reasonable period' and 'enlarged damage' have no statutory days and are judged by the worker on the factors courts weigh (listed in the questions' help); only the e-commerce 15 days (电子商务法43(2)) are computed, and the 20 working days of the SPC online-IP reply item 3 are shown as quoted text. A question's help lists only articles that hold on every path to it; articles that depend on the facts are cited by the answers and the findings.",
    ),
    T(
        "作为提示而未决定的争议点：电子商务法38(2)“相应的责任”的性质；消费者权益保护法44(1)是否属于不真正连带责任；错误通知责任是否以过错为要件（知识产权案件可依网络知产批复第5条主张善意免责）；产品缺陷的二年或三年时效；持续的网络侵权诉讼时效的起算；条例17“立即恢复”与民法典1196(2)、网络知产批复第3条的关系；投诉人在十五日后才告知起诉时平台是否仍须恢复；平台未转送投诉、期限届满后仍不恢复时对用户的责任（法律没有明文规定，报告按可以依服务协议或侵权主张、结果不确定写）；网络人身权益规定10(2)在人身权益纠纷之外的适用；网络消费规定一对2022年3月15日以前购买的适用；被指控的直接侵权人能否就平台的连带部分（民法典1195(2)）向平台追偿（报告不作追偿建议，只作提示）；2021年以前一般平台的不侵权声明（时间效力规定第3条）。",
        "Contested points shown as warnings, not decided: the nature of 'corresponding liability' in 电子商务法38(2); whether 消费者权益保护法44(1) is non-genuine joint liability; whether liability for a wrong notice requires fault (IP complainants may plead good faith, SPC online-IP reply item 5); two or three years for product defects; when limitation starts on a continuing online tort; 条例17 'at once' against 民法典1196(2) and the reply's item 3; whether a platform must still restore after a notice of suit given after the 15 days; the platform's liability to the user for not forwarding a complaint or for keeping measures after the period (no statute states it; the report says it may be claimed under the service agreement or in tort, with an uncertain outcome); 网络人身权益规定10(2) outside personal-rights disputes; the online-consumption provisions (I) for purchases before 2022-03-15; whether an accused direct infringer can shift any share of the platform's 1195(2) joint liability onto it (no recourse advice, only a warning); declarations on general platforms before 2021 (time-effect provisions art. 3).",
    ),
    T(
        "与规范的出入：规范1.2把网络人身权益规定第5条列为ISP-A的辅助依据；该条讲的是被删除内容的用户向平台主张责任、平台以有效通知抗辩，本树只在被投诉用户一方（ISP-W）引用它，并问投诉是否附有初步证据。规范1.1第10项写食品安全法131[未核实]，该法现已在参考文本中，直接引用；食品：平台与食品经营者（经营者）连带（131(1)），网络消费规定一15（与直播间运营者连带）只在直播间自己销售食品（按销售者负责）时作为认定，直播间标明了实际销售者时作为提示引用；直播平台不能提供直播间运营者信息时，先行赔偿后向直播间运营者追偿（网络消费规定一14），食品另提示食品安全法131(2)（也不能提供食品经营者信息时）；平台未审查许可证时不再审查电子商务法38(2)，许可证是否审查不清楚时38(2)作为后备。规范1.1第12项把网络人身权益规定第2条读作原告可以追加平台；该条第2款、第3款给的是被告的追加请求权，原告一方只写可以申请列为共同被告或另行起诉、依第3条请求平台提供用户信息。消费者的评价另引消费者权益保护法15(1)，民法典1025只用于“基于事实的评价或批评”。服务不适用产品责任（1.5），医疗机构的诊疗损害引用民法典1218/侵权责任法54。",
        "Departures from the specification: §1.2 lists 网络人身权益规定 art. 5 as supporting ISP-A; that article concerns a removed user's claim against the platform and the platform's defence of an effective notice, so it is cited only on the removed user's side (ISP-W), which asks whether the complaint carried preliminary evidence. §1.1 item 10 marks 食品安全法131 [unverified]; the law is now in the reference texts and is cited directly. Food: platform jointly with the food business (the seller) under 131(1); 网络消费规定一15 (jointly with the room operator) as a finding only where the room itself sells (liable as seller), and as a warning where the room named the real seller; a live-stream platform that cannot name the room operator pays first and recovers from the room operator (网络消费规定一14), with 食品安全法131(2) as a warning for food (where the food business cannot be named either); with the licence check failed, 电子商务法38(2) is not examined, and with it unknown 38(2) is the fallback. §1.1 item 12 reads 网络人身权益规定 art. 2 as letting the plaintiff add the platform; its paras. 2 and 3 give the defendant that right, so the plaintiff is told he may ask to add a co-defendant or sue separately and may ask for the user's details under art. 3. Consumer reviews also cite 消费者权益保护法15(1); 民法典1025 only for 'opinion or criticism based on facts'. Services take no product liability (1.5); treatment by a medical institution cites 民法典1218 / 侵权责任法54.",
    ),
    T(
        "2.1.3（第五轮）：权利人一方，内容仍在网上、通知到达日期已知且距咨询日已超过三十日的，平台处理的合理时间按已经过去处理，不再询问（也不再提供“通知刚刚到达”）；只知月份或不清楚日期的仍然询问。三十日是作者的判断，法律没有规定天数。内容仍在网上时，从知道之日起算的诉讼时效行注明只及于较早部分的损害，停止侵害不受诉讼时效限制（民法典第196条第1项、第995条），与被指控用户一方一致。二十年最长期间对2021年以前的发布同时引用发布时的条文和民法典第188条第2款。消费者一方：食品许可证审查先于平台是否知道提问，因为引擎把之前所有答“不清楚”的选择题都记为认定的待核实事实。对平台的诉讼时效仍从知道之日起算，未改为从通知到达起算：那样须让全案“诉讼时效已届满”的判断也按通知日期计算，留待下一轮。",
        "2.1.3 (fifth round): rights holder — with the content still online and a known notice date more than thirty days before the consultation, the platform's reasonable time is taken as past, not asked ('just arrived' is no longer offered); a month-only or unknown date is still asked. Thirty days is the authors' judgement; the law fixes no number. While the content is online, the limitation rows counted from knowledge say they reach only the earlier damage and that stopping is not time-barred (民法典196(1), 995), as on the accused user's side. The twenty-year cap for a posting before 2021 cites the article in force at the posting and 民法典188(2). Consumer: the food licence check is asked before the platform's knowledge, since the engine marks a finding as resting on every unknown choice answered before it. The platform's limitation still runs from knowledge, not from the notice: that needs the case-wide 'limitation has run' checks to count from the notice too, left for a later round.",
    ),
    T(
        "2.1.4（第六轮）：权利人一方、通知规则（民法典1195(2)）：对平台的诉讼时效仍从知道受到损害及责任人之日起计算（全案诉讼时效的判断以此为据，未改）；自该日起三年已满、自通知到达之日起三年未满的，另加“有争议”提示：平台的连带责任在通知后未及时处理时才产生，另一种看法认为对平台的时效从那时起算（民法典188(2)），报告显示已届满的请律师核对。两个日期不能直接比较（通知日期不是每条路径都问），因此以两个命名期限在咨询日是否届满作条件，只在两种算法结果不同时显示。",
        "2.1.4 (sixth round): rights holder, notice route (民法典1195(2)): limitation against the platform still counts from knowledge of the damage and the liable person (the case-wide 'limitation has run' checks rest on it; unchanged); where three years from knowledge have run and three years from the notice have not, a contested warning says the platform became liable only on failing to act on the notice, that on another view its period runs from then (民法典188(2)), and that a lawyer should check a period shown as run. The two dates cannot be compared directly (the notice date is not asked on every path to the outcome), so the condition is whether two named periods have run at the consultation date: the warning shows only where the two counts differ.",
    ),
]

DESCRIPTION = T(
    "评估网络平台纠纷中各方的责任：平台（论坛、社交媒体、视频网站、搜索引擎、接入服务、电商平台、外卖平台、直播平台）是否与侵权的用户或经营者承担连带责任、相应的责任或先行赔偿的责任；内容本身是否违法；被投诉删除的用户能否恢复、能否向错误投诉人索赔（恶意的加倍）；消费者可以向谁索赔；擅自删帖的责任。四个立场分别给出结论、抗辩、期限和下一步，期限按案件经过（催告、起诉、判决）计算，并按2019年和2021年两个分界日适用当时的法律。",
    "Assesses who answers for what in online platform disputes: whether a platform (forum, social media, video site, search engine, access provider, e-commerce, food-delivery or live-stream platform) is jointly liable with an infringing user or business, bears corresponding liability, or must pay first; whether the content is unlawful at all; whether a user taken down can be restored and claim from a wrong complainant (double if malicious); whom a consumer can claim from; and liability for deletions without right. Results, defences, deadlines and next steps are written for each of four sides; deadlines follow the case's history (demands, suits, judgments), and the law in force is chosen by two switch dates, 2019 and 2021.",
)


def definitions() -> Json:
    return {
        "deadlines": {
            "counter_notice": {
                "id": "counter_notice",
                "kind": "counter_notice",
                "label": T(
                    "投诉人告知平台已投诉或起诉的期限（声明到达后十五日）",
                    "Time for the complainant to give notice of a complaint or suit (15 days from the declaration's arrival)",
                ),
                "from": "acc_decl_date",
                "add": {"days": 15},
                "basis": [cite(ECL, 43, 2)],
                "when": all_(ans("acc_declared", "yes"), isp_accused.EC),
                "acts": [RH],
            },
            # Only compared with the consultation date: more than thirty days after the notice,
            # content still online is past the platform's reasonable time (not shown as a row).
            "rh_notice_month": {
                "id": "rh_notice_month",
                "kind": "other",
                "label": T(
                    "通知到达后三十日",
                    "Thirty days after the notice arrived",
                ),
                "from": "rh_notice_date",
                "add": {"days": 30},
                "basis": [cite(CC, 1195, 2)],
            },
            "rh_lim_plain": plain_limitation("rh", "rh_learned"),
            # Only compared with the consultation date, beside rh_lim_plain: three years from
            # the notice not yet run while three years from knowledge have — so the notice came
            # after the day of knowledge, and on the view that the period against the platform
            # runs from its failure to act on the notice, it may still be running (a warning on
            # the notice route; the rows keep counting from knowledge). A comparison of the two
            # dates cannot be written: the notice date is not asked on every path to the
            # outcome. Not shown as a row.
            "rh_lim_notice_plain": {
                "id": "rh_lim_notice_plain",
                "kind": "other",
                "label": T(
                    "自通知到达之日起三年",
                    "Three years from the day the notice arrived",
                ),
                "from": "rh_notice_date",
                "add": {"years": 3},
                "basis": [cite(CC, 188, 2)],
            },
            "co_lim_plain": plain_limitation("co", "co_harm_date"),
            "del_lim_plain": plain_limitation("del", "del_learned"),
            "rh_lim_hist": history_limitation("rh", "rh_learned", "rh_history"),
            "co_lim_hist": history_limitation("co", "co_harm_date", "co_history"),
            "del_lim_hist": history_limitation("del", "del_learned", "del_history"),
            **isp_consumer.platform_check(),
            "co_pq45_plain": {
                "id": "co_pq45_plain",
                "kind": "limitation",
                "label": T("产品缺陷致损的诉讼时效", "Limitation for harm from a defect"),
                "from": "co_harm_date",
                "add": {"years": 2},
                "basis": [cite(PQL, 45, 1)],
            },
            "co_pq45_hist": {
                "id": "co_pq45_hist",
                "kind": "limitation",
                "label": T("产品缺陷致损的诉讼时效", "Limitation for harm from a defect"),
                "from": "co_harm_date",
                "add": {"years": 2},
                "basis": [cite(PQL, 45, 1)],
                "events": {"from": "co_history"},
            },
            **{
                f"{prefix}_enf": {
                    k: v for k, v in judgment_deadlines(history)[1].items() if k != "when"
                }
                for prefix, history in (
                    ("rh", "rh_history"),
                    ("co", "co_history"),
                    ("del", "del_history"),
                )
            },
        }
    }


def side_node() -> Json:
    return {
        "id": "side",
        "type": "side",
        "text": T("当事人在这件事中是哪一方？", "Which side is the client on?"),
        "help": {
            "why": T(
                "报告按当事人的立场书写：被侵权的一方看到的是可以向谁索赔、怎样保全证据；被投诉或被指控的一方看到的是抗辩、恢复内容和向错误投诉人索赔；消费者看到的是可以向经营者、平台和主播中的谁索赔。",
                "The report is written for the client's side: the injured party learns whom to claim from and how to keep evidence; the user complained of or accused learns the defences, how to get the content restored and how to claim from a wrong complainant; the consumer learns which of the business, the platform and the streamer to claim from.",
            ),
            "examples": [
                T(
                    "有人在微博上发帖称当事人“诈骗”，平台不删——第一项。",
                    "Someone posts on Weibo that the client is a fraud and the platform will not remove it — the first.",
                ),
                T(
                    "当事人的网店商品因“商标侵权”投诉被下架——第二项。",
                    "The client's listing was taken down after a trade-mark complaint — the second.",
                ),
                T(
                    "当事人在直播间买的电暖器起火烧伤了人——第三项。",
                    "A heater bought in a live stream caught fire and burnt the client — the third.",
                ),
                T(
                    "当事人的投诉帖被一家“删帖公司”受雇删掉——第四项。",
                    "The client's complaint post was removed by a paid deletion firm — the fourth.",
                ),
            ],
            "glossary": ["network_service_provider", "joint_several"],
        },
        "choices": [
            {"side": RH, "next": "rh_status"},
            {"side": ACC, "next": "acc_situation"},
            {"side": CO, "next": "co_what"},
            {"side": DEL, "next": "del_date"},
        ],
    }


#: The input hints some date questions carried in their text; the report quotes a question's
#: text in its reasoning and facts to verify, so the hint moves to the help.
_HINTS = (
    (
        "只知道月份的填写年月；完全不清楚的选“不清楚”。",
        "Give the month if the day is not known, or 'not known'.",
    ),
    ("只知道月份的，填写年月。", "Give the month if the day is not known."),
    ("只知道月份的填写年月。", "Give the month if the day is not known."),
)
_HINT_MONTH = T("只知道月份的，可以只填年月。", "If only the month is known, give the month.")
_HINT_UNKNOWN = T(
    "只知道月份的，可以只填年月；完全不清楚的，选“不清楚”。",
    "If only the month is known, give the month; if nothing is known, choose 'not known'.",
)


def _for_the_worker(nodes: list[Json]) -> list[Json]:
    """Questions as the worker and the report see them: no input hint in a question's text (it
    goes to the help), and no article in a question's help that only some paths to it rest on
    (the help lists a question's own citations whatever the path; articles that depend on the
    facts are cited by the answers and the findings instead)."""
    for node in nodes:
        if node["type"] in ("choice", "multi", "date", "events") and "citations" in node:
            kept = [c for c in node["citations"] if "when" not in c]
            if kept:
                node["citations"] = kept
            else:
                del node["citations"]
        if node["type"] == "date":
            text = node["text"]
            hinted = False
            for zh, en in _HINTS:
                if text["zh"].endswith(zh):
                    text["zh"] = text["zh"][: -len(zh)].rstrip()
                    text["en"] = text["en"].replace(en, "").rstrip()
                    hinted = True
            if hinted or node.get("allow_month"):
                hint = _HINT_UNKNOWN if node.get("allow_unknown") else _HINT_MONTH
                help_ = node.setdefault("help", {})
                why = help_.get("why")
                help_["why"] = (
                    T(f"{why['zh']}{hint['zh']}", f"{why['en']} {hint['en']}") if why else hint
                )
                # keys in the order the format shows them
                node_order = [
                    "id",
                    "type",
                    "text",
                    "label",
                    "allow_month",
                    "allow_unknown",
                    "significance",
                    "help",
                    "citations",
                    "verify",
                    "next",
                ]
                ordered = {k: node[k] for k in node_order if k in node}
                ordered.update({k: v for k, v in node.items() if k not in ordered})
                node.clear()
                node.update(ordered)
    return nodes


def build() -> Json:
    nodes = [
        side_node(),
        *isp_rights_holder.nodes(),
        *isp_rights_holder.outcomes(),
        *isp_accused.nodes(),
        isp_accused.outcome_k(),
        isp_accused.outcome_v(),
        isp_accused.outcome_w(),
        isp_shared.outcome_a(),
        isp_shared.outcome_n(),
        *isp_consumer.nodes(),
        isp_consumer.outcome_p(),
        isp_consumer.outcome_i(),
        *isp_deleted.nodes(),
    ]
    return {
        "$schema": "./tree.schema.json",
        "format_version": 2,
        "id": "isp",
        "version": VERSION,
        "domain": "isp",
        "title": T(
            "网络平台纠纷：平台、发布者、经营者和投诉人的责任",
            "Online platform disputes: liability of platforms, posters, businesses and complainants",
        ),
        "description": DESCRIPTION,
        "last_legal_review": REVIEWED,
        "laws": LAWS,
        "notes": NOTES,
        "sides": SIDES,
        "parties": PARTIES,
        "glossary": GLOSSARY,
        "definitions": definitions(),
        "start": "side",
        "nodes": _for_the_worker(nodes),
    }


def render() -> str:
    """The tree file's text: shared entries moved to ``definitions``, laid out for people."""
    raw: dict[str, Any] = json.loads(json.dumps(build(), ensure_ascii=False))
    return to_text(share(raw)) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        same = TARGET.read_text(encoding="utf-8") == text
        if not same:
            sys.stderr.write(f"{TARGET} differs from the generator's output\n")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    sys.stdout.write(f"{TARGET}: {len(text.encode()) / 1e3:.0f} kB\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
