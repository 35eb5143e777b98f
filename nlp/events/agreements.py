"""Trade agreements, truces and negotiation milestones."""
from __future__ import annotations

import re

from .family import Family, rx

_NAMED = r"RCEP|CPTPP|USMCA|ECFA|DEPA|IPEF|區域全面經濟夥伴協定|区域全面经济伙伴关系协定|跨太平洋夥伴全面進步協定|全面与进步跨太平洋伙伴关系协定"
FAMILY = Family(
    type="trade_agreement",
    zh=rx(
        rf"(?:(?:簽署|签署|簽訂|签订|達成|达成|締結|缔结)(?!的\s*\d)|(?:落實|落实)(?![，,]))[^。；;]{{0,24}}(?:協議|协议|協定|协定|共識|共识|合作框架|合作架構|合作架构|(?:夥伴關係|伙伴关系)[」”\"]?(?:框架|架構|架构)|(?:備忘錄|备忘录)(?![，,]?\s*(?:指示|要求|責成|责成|命令))|MOU|議定書|议定书|條約|条约|{_NAMED})",
        # a pact signed under its long title: "签署《…关于修订〈…自由贸易协定〉的议定书》"
        r"(?:簽署|签署|簽訂|签订)[^。；;]{0,24}?《[^》]{0,100}?(?:協議|协议|協定|协定|議定書|议定书|條約|条约)》",
        # talks opened: "宣布啟動「印太經濟架構」（IPEF）談判"
        r"(?<!得以)(?<!以便)(?:啟動|启动|重啟|重启|展開|展开)[^。；;，]{0,30}?(?:談判|谈判)",
        r"第一階段(?:貿易|经贸|經貿)?協議|第一阶段(?:贸易|经贸)?协议",
        r"(?:經貿|经贸|貿易|贸易)(?:談判|谈判|磋商|會談|会谈)(?!辦公室|办公室|代表|總代表|总代表|官員|官员|團隊|团队|首席)|第\s*(?:\d+|[一二三四五六七八九十]{1,3})\s*(?:輪|轮)(?:的)?(?:[^。；;，]{0,8})?(?:磋商|談判|谈判|會議|会议|協商|协商)|"
        r"(?:協定|协定|協議|协议)(?:的)?(?:談判|谈判|磋商|協商|协商)",
        r"(?:雙邊|双边|高層|高层|元首)(?:會談|会谈|會晤|会晤)|聯合聲明|联合声明|休兵|停戰|停战|停火",
        r"(?:談判|谈判|磋商)(?:宣告)?(?:破局|破裂|重啟|重启|恢復|恢复)|(?:重啟|重启|恢復|恢复)[^。；;，]{0,16}?(?:自貿|自贸|自由貿易|自由贸易|經貿|经贸|貿易|贸易|協定|协定)(?:談判|谈判|磋商)",
        # talks or ratification halted: "《中欧全面投资协定》因欧洲议会冻结审议而搁置"
        r"(?:協定|协定|協議|协议|談判|谈判)[》」]?[^。；;]{0,30}?(?:擱置|搁置|凍結|冻结|中斷|中断)",
        # (not goods traded under a pact: "34个自贸协定项下的部分进口商品实施协定税率")
        rf"(?:{_NAMED}|自由貿易協定|自由贸易协定|自貿協定|自贸协定|投資協定|投资协定|協定》|协定》)(?![項项]下)[^。；;]{{0,30}}?(?:生效|簽署|签署|批准|實施|实施|上路)",
        rf"(?:申請|申请)(?:正式)?加入[^。；;]{{0,30}}?(?:協定|协定|{_NAMED})|(?:正式)?加入(?:{_NAMED})|加入(?:申請|申请)",
        r"(?:協定|协定|協議|协议|議定書|议定书)[」』”》]?(?:[（(][^）)]{1,16}[）)])?[^。；;，]{0,16}?(?:生效|簽署|签署|簽訂|签订|批准)",
        # (not "通过商签…协定予以落实": by way of a pact to be signed)
        r"(?:審議通過|审议通过|通過(?!商簽|簽署|談判|協商|磋商)|通过(?!商签|签署|谈判|协商|磋商)|批准|核定)(?:了)?(?:該|该|此|本|上述)?[^。；;，]{0,24}?(?:協定|协定|協議|协议)",
        r"首(?:輪|轮)[^。；;，]{0,8}?(?:協商|协商|談判|谈判|磋商)",
        r"(?:中止|暫停|暂停|終止|终止|取消)[^。；;]{0,40}?(?:關稅減讓|关税减让|早期收穫|早期收获|協定稅率|协定税率)",
        r"(?:協議|协议|協定|协定)(?:文本)?[^。；;，]{0,8}?(?:達成一致|达成一致|達成共識|达成共识)",
        # talks concluded: "中新双方宣布实质性完成中新自贸协定升级后续谈判"
        r"(?:實質性|实质性)?(?:完成|結束|结束|完結|完结)[^。；;，]{0,24}?(?:協定|协定|協議|协议|(?<![A-Za-z])(?:ECA|FTA|EPA|CEPA|ECFA)(?![A-Za-z]))[^。；;，]{0,20}?(?:談判|谈判|諮商|咨商|磋商|協商|协商)",
        # an upgrade negotiated to its end: "双方已于今年5月全面完成升级谈判"
        r"(?:完成|結束|结束)(?:了)?(?:自貿協定|自贸协定|協定|协定)?(?:升級|升级)(?:談判|谈判)",
        # a joint feasibility study opened: "中萨双方于今年9月正式启动自贸协定联合可行性研究"
        r"(?:啟動|启动|開展|开展|展開|展开)[^。；;，]{0,24}?(?:協定|协定|協議|协议|自貿|自贸|自由貿易|自由贸易|FTA|經貿|经贸)[^。；;，]{0,10}?可行性研究",
    ),
    en=re.compile(r"\b(?:Phase One|(?-i:CEPA|CECA|TEPA|CETA|ECTA|FTA)s?\b(?! (?:rules|partners?|countries|preferences|utili[sz]ation))|trade (?:deal|agreement|pact|framework)|framework (?:agreement|deal)|agreement|accord|truce|negotiations?|trade talks|negotiat(?:ing|es|ed) (?:a |an |the )?(?:[\w-]+ ){0,3}?(?:partnership|agreement|deal|pact|accord)|"
                  r"CPTPP|RCEP|USMCA|IPEF|accession protocol|accession\b(?=[^.;]{0,60}?\b(?:entered into force|took effect|enters into force|was signed|signed)\b)|(?<=signed )(?:a |an )?(?:[\w-]+ ){0,2}?(?:framework|protocol)|(?<=signed )(?:a |an |the )?(?:[\w.-]+ ){0,4}?Partnership\b|Partnership, signed\b|free trade (?:area|zone))\b", re.I),
    needs=("date",),
    # "中止…34項產品…協定稅率": the products whose concessions are withdrawn
    count_units=("項", "项", "種", "种", "items", "products", "tariff lines"),
    # contracts between firms or with a regulator are not trade agreements
    blockers=re.compile(r"\b(?:(?:CUSMA|USMCA|NAFTA)[- ](?:compliant|qualifying|originating)|(?:no|without(?: a)?|lacks?(?: a)?|lacking(?: a)?|not (?:signed|have)(?: a)?)\s+(?:free[- ])?trade (?:agreement|deal|pact)s?|"
                        r"(?:as part of|under|in line with|pursuant to) (?:the|a|its|their) (?:truce|deal|agreement|accord)|"
                        # background: "duty-free trade … since the 1979 Agreement on Trade in Civil Aircraft"
                        r"since the (?:\d{4} )?(?:[\w-]+ ){0,3}?(?:truce|deal|agreement|accord)|"
                        # a firm's deal: "has signed an agreement to invest $45 million in a … facility"
                        r"(?:definitive )?agreements? to (?:invest|acquire|buy|build|purchase|set up|lease|sell)\b|"
                        # "signed a 30-year agreement with Egypt's government to farm …", "an agreement with a Brno-based group to
                        # form a joint venture": a firm's deal
                        r"agreements? with [^.;]{0,80}? to (?:invest|acquire|buy|build|set up|lease|farm|form|establish|develop|supply|produce|manufacture|assemble|open)\b|"
                        # talks not concluded: "Negotiations have not concluded", "USMCA still hasn't been ratified"
                        r"(?:negotiations?|talks|agreement|deal|USMCA|CECA|CEPA|FTA)\b[^.;]{0,30}?\b(?:has not|have not|had not|hasn't|haven't|not yet|is unlikely|are unlikely)\b|"
                        r"following the (?:[\w-]+ ){0,2}?(?:truce|deal|agreement|accord)(?= *[,.;]| *$)|(?:national security|mitigation|purchase|merger|settlement|licen[cs]e|licensing|plea|supply|loan|"
                        r"non-disclosure|joint venture|framework purchase|sales|lease) agreements?)\b", re.I),
    instruments=(
        (re.compile(r"第一階段|第一阶段|Phase One", re.I), "Phase One agreement"),
        (re.compile(r"CPTPP|跨太平洋夥伴全面進步|全面与进步跨太平洋|Trans-Pacific Partnership"), "CPTPP"),
        (re.compile(r"RCEP|區域全面經濟夥伴|区域全面经济伙伴|Regional Comprehensive Economic Partnership"), "RCEP"),
        (re.compile(r"USMCA|美墨加"), "USMCA"),
        (re.compile(r"ECFA|兩岸經濟合作架構|两岸经济合作框架"), "ECFA"),
    ),
)

# Negotiations under way (talks launched, a round held): the agreement is only weighed (an application to join is
# annotated either way, and left to the verb)
_TALKS = re.compile(
    r"(?:啟動|启动|重啟|重启|展開|展开|舉行|举行|進行|进行)[^。；;，]{0,20}?(?:談判|谈判|磋商|協商|协商)|"
    r"(?:首|第\s*(?:\d+|[一二三四五六七八九十]{1,3}))\s*(?:輪|轮)[^。；;，]{0,12}?(?:談判|谈判|磋商|協商|协商|會議|会议)|"
    r"(?:談判|谈判|磋商)[^。；;，]{0,12}?(?:啟動|启动|展開|展开|舉行|举行)|可行性研究|"
    r"\b(?:launch(?:ed|es|ing)?|relaunch(?:ed|es|ing)?|re-launch\w*|resum(?:e|ed|es|ing|ption)|open(?:ed|s|ing)?|start(?:ed|s|ing)?|beg[ia]n|"
    r"h[eo]ld|holding)\b[^.;]{0,60}?\b(?:negotiations|talks)\b|\b(?:launch|relaunch|resumption|opening|start) of [^.;]{0,60}?\b(?:negotiations|talks)\b|"
    r"\b(?:round|rounds) of (?:talks|negotiations)\b|\bfeasibility study\b|"
    # talks going on: "Negotiations are also under way with Vietnam", "談判仍在進行中"
    r"\b(?:negotiations|talks)\b[^.;]{0,20}?\b(?:ongoing|under ?way|in progress|continuing)\b|\bongoing (?:negotiations|talks)\b|"
    r"(?:談判|谈判|磋商)(?:仍在|正在)?(?:進行|进行)?中", re.I)
# a step that makes or ends an agreement: with it the sentence is not about talks alone
_MADE = re.compile(r"生效|簽署(?!.{0,20}(?:備忘錄|諒解))|签署(?!.{0,20}(?:备忘录|谅解))|簽訂|签订|批准|"
                   r"\b(?:signed|signs|signing|entered into force|enters into force|took effect|takes effect|in force|ratif\w+|concluded negotiations|"
                   r"reached (?:a|an|the)\b)", re.I)


# talks or a ratification halted: "the talks were shelved in 2021", "因欧洲议会冻结审议而搁置至今"
_STALLED = re.compile(r"擱置|搁置|凍結|冻结|破局|破裂|中斷|中断|\b(?:shelved|stalled|broke down|broken down|collapsed|froze|frozen|"
                      r"put on ice|walked away from)\b", re.I)


def firms_deal(names, lo: int, trig: int, opens_by: int | None = None) -> bool:
    """True when the first name in ``[lo, trig)`` before an agreement's trigger (starting before ``opens_by``, if given)
    is a firm's: "高合汽車與沙特投資部簽署協議", "JBS signed an agreement with Vietnam's government …", a firm's deal
    with a government, no trade agreement."""
    opener = next((n for n in names if lo <= n.start < trig), None)
    return opener is not None and opener.kind == "company" and (opens_by is None or opener.start < opens_by)


def stage_status(clause: str, status: str | None) -> str | None:
    """The status of an agreement as far as ``clause`` tells it: talks halted suspend it; talks launched or a round
    held weigh it ("considering") however firmly the step itself was taken; otherwise ``status``."""
    if status in ("implemented", "planned", "considering", None) and _STALLED.search(clause):
        return "suspended"
    if status in ("implemented", "planned", None) and _TALKS.search(clause) and not _MADE.search(clause):
        return "considering"
    return status
