"""HTML: main text only, tables kept as Tables."""
from __future__ import annotations

import pytest

from nlp.read import read_document

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>美國擴大出口管制</title>
<style>p{color:red}</style><script>var tracking = "不要這段";</script></head>
<body><nav><a href="/">首頁</a> | <a href="/news">新聞</a></nav>
<header><h1>網站名稱</h1></header>
<main><article><h2>美國商務部擴大實體清單</h2>
<p>美國商務部於 2019 年 5 月 16 日將華為及其 68 家關係企業列入實體清單，
未經許可不得向其出口美國技術。</p>
<p>The Commerce Department added Huawei to the Entity List on May 16, 2019.</p>
<table><caption>表 1 出口管制措施</caption><tr><th>日期</th><th>措施</th></tr>
<tr><td>2019/5/16</td><td>華為列入實體清單</td></tr></table>
</article></main>
<aside>相關新聞：不要這段</aside><footer>版權所有 不要這段</footer></body></html>"""


def test_read_html_main_text(tmp_path):
    f = tmp_path / "news.html"
    f.write_text(PAGE, encoding="utf-8")
    doc = read_document(f)
    text = doc.pages[0].text
    assert doc.title == "美國擴大出口管制"
    assert "不要這段" not in text and "首頁" not in text and "網站名稱" not in text and "color" not in text
    assert "將華為及其 68 家關係企業列入實體清單，未經許可不得向其出口美國技術。" in text
    assert "added Huawei to the Entity List on May 16, 2019." in text
    (t,) = doc.tables
    assert t.caption == "表 1 出口管制措施" and t.header == (("日期", "措施"),) and t.rows == (("2019/5/16", "華為列入實體清單"),)
    assert text[t.start : t.end] == "表 1 出口管制措施\n日期 | 措施\n2019/5/16 | 華為列入實體清單"


def test_read_html_big5(tmp_path):
    f = tmp_path / "big5.htm"
    f.write_bytes("<html><body><p>臺灣經濟部公告出口管制清單。</p></body></html>".encode("big5"))
    assert read_document(f).pages[0].text == "臺灣經濟部公告出口管制清單。"


ARTICLE = """<!doctype html><html><head><meta charset="utf-8"><title>EU opens probe into Chinese EVs | Daily Ledger</title></head>
<body><div class="gdpr"><p>We use cookies to personalise content and ads. By clicking accept you agree to the storing of
cookies on your device for analytics and advertising purposes across our network of sites.</p></div>
<main>
 <ul class="share"><li><a href="#">Share on X</a></li><li><a href="#">Email</a></li></ul>
 <article>
  <h1>EU opens probe into Chinese EVs</h1>
  <p>The European Commission launched an anti-subsidy investigation into battery electric vehicles imported from
  China, a move that could lead to countervailing duties on top of the 10% tariff.</p>
  <div class="byline-tools"><a href="#">Print</a> <a href="#">Save</a></div>
  <p>Chinese brands' share of the EU electric car market rose to 8% in 2023. The investigation can last up to
  13 months, with provisional duties possible within nine months.</p>
  <figure><img src="ev.jpg" alt=""><figcaption>Cars at a port. Photo: Agency</figcaption></figure>
  <div class="ad-slot"><p>Advertisement</p></div>
  <p>Read more:</p>
  <ul class="related"><li><a href="/a">China curbs gallium exports</a></li><li><a href="/b">US lists 13 firms</a></li></ul>
  <div><a href="/c">Steel quotas extended</a> · <a href="/d">Solar duties reviewed</a> · <a href="/e">Chip rules</a></div>
 </article>
 <section class="newsletter"><h2>Sign up for the daily briefing</h2><p>Trade stories in your inbox every morning.</p></section>
</main></body></html>"""


def test_read_html_boilerplate_dropped(tmp_path):
    f = tmp_path / "a.html"
    f.write_text(ARTICLE, encoding="utf-8")
    text = read_document(f).pages[0].text
    paras = text.split("\n\n")
    assert paras[0] == "EU opens probe into Chinese EVs"  # the <article>, not <main> with its share bar
    assert paras[1].startswith("The European Commission launched") and paras[2].startswith("Chinese brands' share")
    assert len(paras) == 3  # no share bar, tools, figure credit, ad, "Read more:", link lists or sign-up box


def test_read_html_furniture_word_on_a_wrapper_keeps_the_article(tmp_path):
    f = tmp_path / "w.html"
    body = "<p>" + "Tariffs on steel were raised to 25% on June 1. " * 8 + "</p>"
    f.write_text(f"<html><body><div class='page has-ads social-enabled'><h1>Steel</h1>{body}</div></body></html>", encoding="utf-8")
    assert "Tariffs on steel were raised" in read_document(f).pages[0].text


@pytest.mark.parametrize(
    "head, body, title",
    [
        ('<title>EU opens probe | Daily Ledger</title><meta property="og:title" content="EU opens probe into EVs">', "", "EU opens probe into EVs"),
        ('<title>EU opens probe | Daily Ledger</title><meta name="twitter:title" content="EU opens probe into EVs">', "", "EU opens probe into EVs"),
        ("<title>EU opens probe | Daily Ledger</title>", "<article><h1>EU opens probe into Chinese EVs</h1>{p}</article>", "EU opens probe into Chinese EVs"),
        ("<title>美国扩大对华芯片出口管制 多家中企被列入实体清单_财经频道_某某网</title>", "", "美国扩大对华芯片出口管制 多家中企被列入实体清单"),
        ('<title>Daily Ledger | EU opens probe into EVs</title><meta property="og:site_name" content="Daily Ledger">', "", "EU opens probe into EVs"),
        ('<title>Tariff rules explained - Daily Ledger</title><meta property="og:site_name" content="Daily Ledger">', "", "Tariff rules explained"),
        ("<title>US - China trade talks resume in Geneva</title>", "", "US - China trade talks resume in Geneva"),
        ('<meta property="og:title" content="Entity List update | Daily Ledger"><meta property="og:site_name" content="Daily Ledger">', "", "Entity List update"),
    ],
)
def test_read_html_title(tmp_path, head, body, title):
    p = "<p>" + "The Commerce Department added 13 companies to the Entity List on October 17, 2023. " * 4 + "</p>"
    f = tmp_path / "t.html"
    f.write_text(f"<html><head><meta charset='utf-8'>{head}</head><body>{body.format(p=p) or p}</body></html>", encoding="utf-8")
    assert read_document(f).title == title


@pytest.mark.parametrize(
    "rows, header",
    [
        ("<tr><td>Year</td><td>Chinese share of EU BEV sales</td></tr><tr><td>2019</td><td>0.4%</td></tr><tr><td>2023</td><td>8.0%</td></tr>",
         (("Year", "Chinese share of EU BEV sales"),)),
        ("<tr><td><b>Partner</b></td><td><strong>Measure</strong></td></tr><tr><td>Japan</td><td>23 items of equipment</td></tr>",
         (("Partner", "Measure"),)),
        ("<thead><tr><td>日期</td><td>措施</td></tr></thead><tr><td>2019年5月</td><td>華為列入實體清單</td></tr>", (("日期", "措施"),)),
        ("<tr><td>Term</td><td>Meaning</td></tr><tr><td>EAR</td><td>Export Administration Regulations of the United States</td></tr>",
         (("Term", "Meaning"),)),
        # label/value pairs, nothing like a header row above them
        ("<tr><td>Agency</td><td>BIS</td></tr><tr><td>Date</td><td>2023-10-17</td></tr><tr><td>Rule</td><td>EAR</td></tr>", ()),
        ("<tr><td>2019</td><td>0.4%</td></tr><tr><td>2023</td><td>8.0%</td></tr>", ()),
    ],
)
def test_read_html_table_header_without_th(tmp_path, rows, header):
    f = tmp_path / "t.html"
    f.write_text(f"<html><body><p>Shares below.</p><table>{rows}</table></body></html>", encoding="utf-8")
    (t,) = read_document(f).tables
    assert t.header == header


@pytest.mark.parametrize("head, body, date", [
    ('<meta property="article:published_time" content="2024-05-14T09:30:00+08:00">', "", "2024-05-14"),
    ("", '<article><p class="byline"><time datetime="2023-02-16">Feb 16</time></p><p>Text of the item.</p></article>', "2023-02-16"),
    ("", "<article><p>No date anywhere.</p></article>", None),
])
def test_read_html_publication_date(tmp_path, head, body, date):
    f = tmp_path / "n.html"
    f.write_text(f"<html><head><title>t</title>{head}</head><body>{body or '<article><p>Text.</p></article>'}</body></html>",
                 encoding="utf-8")
    assert read_document(f).date == date
