"""English names for firms the name list does not know: the contract's actors are English names.

A firm that a document names only in Chinese ("深圳储锐能源科技股份有限公司", "鋐騏精密") is written the way
English-language filings and the press write such names: the legal form dropped, a place that opens the
name kept in pinyin, the trade words translated (精密 → Precision, 能源 → Energy, 汽車零部件 → Auto Parts) and the
distinctive part in pinyin ("Churui Energy", "Hongqi Precision", "Zhejiang Hengrui Auto Parts"). Where the
document itself spells the firm in Latin letters, that spelling wins: an English name given with the Chinese
one ("崧達資通（SongTa Infocomm）", "英文名稱：…"), else the Latin spelling of the distinctive part that the
document uses elsewhere, such as in a subsidiary's name ("HONGQI PRECISION VIETNAM CO., LTD." gives
"Hongqi"; Taiwanese Wade-Giles spellings such as "Hsinshuo" or "SongTa" are recognised as the same syllables).
A run that does not look like a firm's name is left as it is (None).
"""
from __future__ import annotations

import re
from functools import lru_cache

from .names import canonical_name, name_kind
from .script import to_simplified

_CJK = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134f]")
_LEGAL = re.compile(r"(?:股份有限公司|有限责任公司|有限公司|股份公司|控股公司|公司|[（(]股[)）]|[（(]集团[)）])$")
_PAREN = re.compile(r"[（(][^（()）]{1,12}[)）]")

# places that open a firm's legal name (simplified forms), with their usual spelling
_PLACES = {
    "北京": "Beijing", "上海": "Shanghai", "天津": "Tianjin", "重庆": "Chongqing", "河北": "Hebei", "山西": "Shanxi",
    "陕西": "Shaanxi", "辽宁": "Liaoning", "吉林": "Jilin", "黑龙江": "Heilongjiang", "江苏": "Jiangsu", "浙江": "Zhejiang",
    "安徽": "Anhui", "福建": "Fujian", "江西": "Jiangxi", "山东": "Shandong", "河南": "Henan", "湖北": "Hubei",
    "湖南": "Hunan", "广东": "Guangdong", "海南": "Hainan", "四川": "Sichuan", "贵州": "Guizhou", "云南": "Yunnan",
    "甘肃": "Gansu", "青海": "Qinghai", "内蒙古": "Inner Mongolia", "广西": "Guangxi", "宁夏": "Ningxia",
    "新疆": "Xinjiang", "深圳": "Shenzhen", "广州": "Guangzhou", "东莞": "Dongguan", "佛山": "Foshan", "惠州": "Huizhou",
    "珠海": "Zhuhai", "中山": "Zhongshan", "江门": "Jiangmen", "汕头": "Shantou", "苏州": "Suzhou", "无锡": "Wuxi",
    "常州": "Changzhou", "南京": "Nanjing", "南通": "Nantong", "扬州": "Yangzhou", "徐州": "Xuzhou", "盐城": "Yancheng",
    "昆山": "Kunshan", "常熟": "Changshu", "杭州": "Hangzhou", "宁波": "Ningbo", "温州": "Wenzhou", "台州": "Taizhou",
    "绍兴": "Shaoxing", "嘉兴": "Jiaxing", "湖州": "Huzhou", "金华": "Jinhua", "义乌": "Yiwu", "厦门": "Xiamen",
    "泉州": "Quanzhou", "晋江": "Jinjiang", "福州": "Fuzhou", "青岛": "Qingdao", "济南": "Jinan", "烟台": "Yantai",
    "潍坊": "Weifang", "武汉": "Wuhan", "长沙": "Changsha", "成都": "Chengdu", "西安": "Xi'an", "合肥": "Hefei",
    "郑州": "Zhengzhou", "大连": "Dalian", "沈阳": "Shenyang", "哈尔滨": "Harbin", "南昌": "Nanchang", "赣州": "Ganzhou",
    "宜宾": "Yibin", "香港": "Hong Kong", "台湾": "Taiwan", "台北": "Taipei", "新竹": "Hsinchu", "台中": "Taichung",
    "台南": "Tainan", "高雄": "Kaohsiung", "桃园": "Taoyuan", "包头": "Baotou", "湘潭": "Xiangtan", "舟山": "Zhoushan",
    "赣南": "Gannan", "芜湖": "Wuhu", "柳州": "Liuzhou", "洛阳": "Luoyang", "唐山": "Tangshan",
}
# trade words at the end of a name (simplified forms), longest first when peeled off
_TRADE = {
    "集团": "Group", "控股": "Holdings", "国际": "International", "科技": "Technology", "技术": "Technology",
    "电子": "Electronics", "微电子": "Microelectronics", "光电": "Optoelectronics", "半导体": "Semiconductor",
    "精密工业": "Precision", "精密": "Precision", "精机": "Precision", "工业": "Industrial", "实业": "Industrial",
    "新能源": "New Energy", "新能": "New Energy", "能源": "Energy", "新材料": "New Materials", "新材": "New Materials",
    "材料": "Materials", "电子材料": "Electronic Materials", "锂能": "Lithium", "锂电": "Lithium Battery",
    "电池": "Battery", "储能": "Energy Storage", "光伏": "Solar", "光能": "Solar", "太阳能": "Solar", "风电": "Wind Power",
    "玻璃": "Glass", "动力": "Power", "电气": "Electric", "电器": "Electric", "电机": "Motor", "家电": "Appliances",
    "厨电": "Kitchen Appliances", "制冷": "Refrigeration", "电声": "Electroacoustic", "汽车零部件": "Auto Parts",
    "汽车部件": "Auto Parts", "汽车零件": "Auto Parts", "零部件": "Parts", "汽车": "Auto", "纺织": "Textile",
    "化纤": "Chemical Fibre", "针织": "Knitting", "鞋业": "Footwear", "服饰": "Apparel", "制衣": "Garment",
    "皮具": "Leather Goods", "家居": "Home Furnishing", "家具": "Furniture", "玩具": "Toys", "乐器": "Musical Instruments",
    "体育用品": "Sporting Goods", "体育": "Sports", "运动": "Sports", "医疗器械": "Medical", "医疗": "Medical", "生物科技": "Biotechnology",
    "生技": "Biotech", "生物": "Biotech", "药业": "Pharmaceutical", "制药": "Pharmaceutical", "医药": "Pharmaceutical",
    "化学": "Chemical", "化工": "Chemical", "通讯": "Communications", "通信": "Communications", "资通": "Infocomm",
    "网业": "Netting", "纸业": "Paper", "轮胎": "Tire", "橡胶": "Rubber", "塑胶": "Plastics", "钢铁": "Steel",
    "铝业": "Aluminium", "铜业": "Copper", "矿业": "Mining", "渔业": "Fishery", "远洋渔业": "Ocean Fishery",
    "农牧": "Agri", "农业装备": "Agricultural Equipment", "农业": "Agriculture", "食品": "Foods", "机械": "Machinery",
    "重工": "Heavy Industries", "智能": "Intelligent", "电路": "Circuit", "航太": "Aerospace", "航天": "Aerospace",
    "光学": "Optical", "显示": "Display", "电脑": "Computer", "物流": "Logistics", "航运": "Shipping",
    "船舶": "Shipbuilding", "造船": "Shipbuilding", "水泥": "Cement", "建材": "Building Materials", "陶瓷": "Ceramics",
    "电材": "Electronic Materials", "资源": "Resources", "医疗器材": "Medical", "医疗用品": "Medical",
    "生物制药": "Biopharma", "帽业": "Headwear", "制鞋": "Footwear", "钢构": "Steel Structure", "钢管": "Steel Pipe",
    "水产": "Aquatic Products", "物流装备": "Logistics Equipment", "汽车内饰": "Automotive Interior",
    "机器人": "Robotics", "棉业": "Cotton", "鞋服": "Footwear and Apparel", "家纺": "Home Textiles",
    "车电": "Automotive Electronics", "线束": "Wiring Harness", "电驱": "Electric Drive", "连接器": "Connector",
    "车桥": "Axle", "电通": "Telecom", "半导体设备": "Semiconductor Equipment", "电池材料": "Battery Materials",
    "种业": "Seed", "棉种": "Cotton Seed", "种苗": "Seedlings", "乳业": "Dairy", "油脂": "Oils", "电缆": "Cable",
    "电线电缆": "Electric Wire & Cable", "不锈钢": "Stainless Steel", "特钢": "Special Steel", "铝材": "Aluminium",
    "电动工具": "Power Tools", "工具": "Tools", "磁业": "Magnetics", "磁材": "Magnetic Materials", "永磁": "Permanent Magnet", "稀土": "Rare Earth", "缝制": "Sewing",
    "缝制设备": "Sewing Equipment", "缝纫机": "Sewing Machine", "医疗科技": "Medical Technology",
}
_PLACE_ORDER = sorted(_PLACES, key=len, reverse=True)
_TRADE_ORDER = sorted(_TRADE, key=len, reverse=True)
# readings of characters that pypinyin gives otherwise but firms' names almost always read this way
_READING = {"晟": "sheng", "崴": "wei", "长": "chang", "重": "chong", "朝": "chao", "厦": "xia", "乐": "le", "行": "xing", "藏": "zang"}
_GIVEN = re.compile(r"[（(]\s*(?:英文名稱|英文名称|英文名|English name)?\s*[:：]?\s*([A-Z][A-Za-z0-9&.,'’\- ]{2,60}?)\s*[)）]")
_LATIN_LEGAL = re.compile(r"(?:,?\s+(?:Co\.?|Company|Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|LLC|PLC|S\.A\.|GmbH|"
                          r"Holdings?\s+Co\.?)\b\.?)+\s*$", re.I)
_DESCRIPTOR = re.compile(r"(?:的|之|子公司|旗下)(?=[^的之]{4,}$)")
# not a firm's own name: a joint venture, a subsidiary, a pronoun or a count
_NOT_HEAD = re.compile(r"^(?:合资|合营|全资|独资|子|母|本|该|其|此|这|那|一|两|某|新设|旗下)")
_WORD = re.compile(r"[A-Za-z][a-z]*[A-Z]?[a-z]*|[A-Z]{3,}")


def _pinyin(han: str) -> list[str]:
    from pypinyin import lazy_pinyin

    return [_READING.get(c, p) if len(han) > 1 else p for c, p in zip(han, lazy_pinyin(han))]


def _skeleton(latin: str) -> str:
    """Letters of a romanised name with the differences of pinyin, Wade-Giles and Hong Kong spellings folded."""
    s = re.sub(r"[^a-z]", "", latin.lower())
    for a, b in (("hs", "s"), ("x", "s"), ("zh", "j"), ("ch", "j"), ("ts", "j"), ("tz", "j"), ("q", "j"), ("z", "j"),
                 ("c", "j"), ("k", "g"), ("t", "d"), ("p", "b"), ("ung", "ong"), ("ie", "ei")):
        s = s.replace(a, b)
    return s


def _peel(name: str) -> tuple[str, str | None, list[str]]:
    """(distinctive part, place or None, English trade words) of a name in simplified script."""
    place = None
    for p in _PLACE_ORDER:
        if name.startswith(p) and len(name) - len(p) >= 2:
            place, name = _PLACES[p], name[len(p):]
            break
    words: list[str] = []
    while len(words) < 3:
        w = next((t for t in _TRADE_ORDER if name.endswith(t) and len(name) - len(t) >= 2), None)
        if w is None:
            break
        words.insert(0, _TRADE[w])
        name = name[:-len(w)]
    return name, place, words


def _latin_spelling(head: str, text: str) -> str | None:
    """How the document spells ``head`` (the distinctive part) in Latin letters, if it does."""
    want = _skeleton("".join(_pinyin(head)))
    if len(want) < 4:
        return None
    words = _latin_words(text)
    for i in range(len(words)):
        for span in (1, 2, 3)[:len(head)]:
            cand = words[i:i + span]
            if len(cand) == span and _skeleton("".join(cand)) == want:
                out = " ".join(cand)
                return out.title() if out.isupper() else out
    return None


# a document's events are named one after another against the same text: read it once (a few documents kept, not
# thousands: the texts are long)
@lru_cache(maxsize=4)
def _given_names(text: str) -> tuple[tuple[int, str], ...]:
    return tuple((m.start(), m.group(1)) for m in _GIVEN.finditer(text))


@lru_cache(maxsize=4)
def _latin_words(text: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(text))


def english_firm_name(name: str, text: str = "", *, known_only: bool = False) -> str | None:
    """The English name of a firm named ``name`` in Chinese, read against the document ``text``; None when
    ``name`` holds no Chinese or does not look like a firm's name, or (``known_only``, a Japanese or Korean
    firm) when neither the document nor the name list gives its spelling."""
    name = name.strip()
    if not _CJK.search(name) or re.search(r"[、，,；;：:\s]", name):
        return None
    given = _given(name, text)
    if given:
        return given
    cut = list(_DESCRIPTOR.finditer(name))  # "向全資子公司晟源電氣", "之一的鋒鈦精密": the name after the descriptor
    if cut:
        name = name[cut[-1].end():]
    s = to_simplified(_PAREN.sub("", name))
    while True:
        bare = _LEGAL.sub("", s)
        if bare == s:
            break
        s = bare
    head, place, words = _peel(s)
    if not words and len(s) == len(to_simplified(name)):
        return None  # no legal form and no trade word: not recognisably a firm
    if not 2 <= len(head) <= 4 or not _CJK.fullmatch(head[0]) or _NOT_HEAD.match(head):
        return None
    known = canonical_name(head) or canonical_name(name[:len(head)])
    if known and name_kind(known) == "company":  # 住友重工 → Sumitomo Heavy Industries
        spelled = known
    elif re.search(r"[A-Za-z0-9]", head):
        spelled = head
    elif known_only:
        return None
    else:
        spelled = _latin_spelling(head, text) if text else None
        spelled = spelled or "".join(_pinyin(head)).capitalize()
    return " ".join(x for x in (place, spelled, *words) if x)


def _given(name: str, text: str) -> str | None:
    """An English name the document gives right after ``name`` or its short form in brackets."""
    if not text:
        return None
    for pos, latin in _given_names(text):
        before = text[max(0, pos - len(name) - 2):pos]
        if name in before or (len(name) >= 4 and name[:4] in before):
            out = _LATIN_LEGAL.sub("", latin).strip(" ,.")
            if len(out) >= 3 and re.search(r"[a-z]", out, re.I):
                return out
    return None
