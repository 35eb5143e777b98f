"""HTML: main text only, tables kept as Tables."""
from __future__ import annotations

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
