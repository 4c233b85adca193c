"""Realistic news pages around a known article, for the HTML reader's tests and benchmark.

Each template wraps an article (headline, paragraphs, date, url) in the furniture of a Chinese news
site of one kind: HTML5 with ``<header>``/``<nav>``/``<aside>``/``<footer>``, the div soup of a portal
(``#artibody``, full-width indents), an old table layout with ``<br>`` paragraphs, an ``<article>``
that also holds related links and readers' comments, a mobile page whose headline is an ``<h2>``, and
a page without ``<h1>`` whose ``<title>`` carries the site's name, with a recommendation box and a
figure caption between paragraphs. Sidebars, comments and footers carry other headlines and numbers
(``9000亿元``, percentages, dates, view counts), which must not become text of the article.

    page = build_page("portal", Article("标题", ("第一段。", "第二段。"), "2024-05-21", "https://..."), others)
"""
from __future__ import annotations

import html
import random
from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    title: str
    paragraphs: tuple[str, ...]
    published: str  # YYYY-MM-DD
    url: str

    @property
    def text(self) -> str:
        """What a reader should produce: the headline, then one paragraph a line."""
        return "\n".join((self.title, *self.paragraphs))


NUMBERS = (
    "9000亿元", "涨3.5%", "1.2万亿美元", "超过500万人", "同比增长12.7%", "41.77亿元", "跌破6.8", "3000点",
)
USERS = ("网友小李", "北京网友", "用户8866", "老王说两句", "深圳读者")
COMMENTS = (
    "说得好，支持！", "希望早日落实，2万元补贴什么时候到账？", "楼上说得对，去年涨了30%。",
    "已转发，每天都看新闻联播。", "这个政策对我们小企业帮助很大，节省了5000多元。",
)


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def sidebar_items(others: list[str], rng: random.Random, n: int = 6) -> list[str]:
    """Other headlines, each with a number, as a 热门 list shows them."""
    picked = rng.sample(others, min(n, len(others))) if others else []
    items = [f"{title}：{rng.choice(NUMBERS)}" for title in picked]
    items.insert(min(2, len(items)), "国家发改委：今年将安排9000亿元专项资金")
    return items


def _hot_list(items: list[str], tag: str = "li") -> str:
    return "".join(f'<{tag}><a href="/n/{n}.html">{_e(t)}</a><span class="num">{(n + 3) * 1117}阅读</span></{tag}>' for n, t in enumerate(items))


def _comments(rng: random.Random) -> str:
    rows = []
    for n in range(3):
        rows.append(
            f'<div class="comment-item"><span class="user">{_e(rng.choice(USERS))}</span>'
            f'<span class="time">2小时前</span><p>{_e(rng.choice(COMMENTS))}</p>'
            f'<a class="reply">回复</a> <a class="like">赞({rng.randint(2, 999)})</a></div>'
        )
    return "".join(rows)


def _html5(a: Article, items: list[str], rng: random.Random) -> str:
    paras = "".join(f"<p>{_e(p)}</p>" for p in a.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>{_e(a.title)}_新闻频道_央视网(cctv.com)</title>
<meta property="og:title" content="{_e(a.title)}">
<meta property="og:url" content="{_e(a.url)}">
<meta property="article:published_time" content="{a.published}T19:30:00+08:00">
<link rel="stylesheet" href="/css/main.css">
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
</head><body>
<header class="site-header"><div class="logo"><a href="/">央视网</a></div>
<nav class="main-nav"><ul><li><a href="/">首页</a></li><li><a href="/news/">新闻</a></li><li><a href="/china/">国内</a></li>
<li><a href="/world/">国际</a></li><li><a href="/finance/">财经</a></li><li><a href="/tech/">科技</a></li></ul></nav>
<form class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></form></header>
<div class="breadcrumb"><a href="/">首页</a> &gt; <a href="/news/">新闻</a> &gt; 正文</div>
<main class="container">
<article class="content">
<h1>{_e(a.title)}</h1>
<div class="info"><time datetime="{a.published}">{a.published} 19:30</time> <span class="source">来源：央视网</span></div>
{paras}
<div class="editor">责任编辑：王明</div>
<div class="share">分享到：<a>微博</a><a>微信</a><a>QQ空间</a></div>
</article>
<aside class="sidebar"><section class="hot"><h2>热门</h2><ol>{_hot_list(items)}</ol></section>
<section class="ad"><a href="/ad">广告：理财新选择，年化收益4.5%</a></section></aside>
</main>
<footer class="site-footer"><p><a>关于我们</a> | <a>联系我们</a> | <a>网站地图</a></p>
<p>Copyright © 1996-2024 China Central Television. All Rights Reserved</p><p>京ICP证060535号 京公网安备11000002000088号</p></footer>
</body></html>"""


def _portal(a: Article, items: list[str], rng: random.Random) -> str:
    y, m, d = a.published.split("-")
    paras = "".join(f"<p>\u3000\u3000{_e(p)}</p>\n" for p in a.paragraphs)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{_e(a.title)}|新浪新闻</title>
<meta name="keywords" content="新闻,国内,{_e(a.title[:6])}">
<meta name="description" content="{_e(a.paragraphs[0][:60])}">
<meta name="publishdate" content="{a.published}">
<style>.main-title{{font-size:28px}} #artibody p{{text-indent:2em}}</style>
</head><body>
<div id="top_nav"><div class="top-nav-wrap"><a href="https://www.sina.com.cn/">新浪首页</a> <a>新闻</a> <a>体育</a> <a>财经</a> <a>娱乐</a> <a>科技</a> <a>博客</a> <a>视频</a> <a>登录</a></div></div>
<div class="channel-nav"><a>国内</a> | <a>国际</a> | <a>社会</a> | <a>军事</a> | <a>图片</a></div>
<div class="main-content w1240">
<div class="left">
<h1 class="main-title">{_e(a.title)}</h1>
<div class="date-source"><span class="date">{y}年{m}月{d}日 19:30</span> <a class="source" href="#">央视网</a></div>
<div class="article" id="artibody">
{paras}</div>
<div class="show_author">责任编辑：张三 SN225</div>
<div class="article-bottom"><a>举报</a> <a>收藏</a></div>
</div>
<div class="right">
<div class="hot-news"><h3>新闻排行</h3><ul>{_hot_list(items)}</ul></div>
<div class="side-ad"><p>APP下载：新浪新闻，看见更多</p></div>
</div></div>
<div id="footer"><p>新浪简介 | About Sina | 广告服务 | 联系我们 | 招聘信息 | 网站律师 | SINA English | 通行证注册 | 产品答疑</p>
<p>Copyright © 1996-2024 SINA Corporation, All Rights Reserved</p><p>新浪公司 版权所有</p></div>
<script type="text/javascript" src="//news.sina.com.cn/js/sinaads.js"></script>
</body></html>"""


def _table(a: Article, items: list[str], rng: random.Random) -> str:
    y, m, d = a.published.split("-")
    body = "<br><br>\n".join(f"\u3000\u3000{_e(p)}" for p in a.paragraphs)
    hot = "".join(f'<tr><td class="hot"><a href="/n{n}.html">{_e(t)}</a></td></tr>' for n, t in enumerate(items))
    return f"""<html><head><meta http-equiv="content-type" content="text/html;charset=UTF-8">
<title>{_e(a.title)}--时政--人民网</title></head>
<body><table width="980" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2" class="nav"><a href="/">人民网首页</a> | <a>时政</a> | <a>国际</a> | <a>经济</a> | <a>社会</a> | <a>图片</a> | <a>评论</a></td></tr>
<tr><td width="650" valign="top">
<div class="clink"><a>人民网</a>&gt;&gt;<a>时政</a></div>
<h1 id="p_title">{_e(a.title)}</h1>
<div class="box01"><div class="fl">{y}年{m}月{d}日19:30&nbsp;&nbsp;来源：<a href="#">人民网－人民日报</a></div></div>
<div id="p_content" class="box_con">
{body}
</div>
<div class="edit">(责编：李四、赵五)</div>
</td>
<td width="300" valign="top" class="right"><table><tr><td class="t"><b>热点排行</b></td></tr>{hot}</table></td></tr>
<tr><td colspan="2" class="footer">人民日报社概况 | 关于人民网 | 报社招聘 | 招聘英才 | 广告服务 | 合作加盟 | 供稿服务<br>
人民网版权所有，未经书面授权禁止使用<br>Copyright © 1997-2024 by www.people.com.cn. all rights reserved</td></tr>
</table></body></html>"""


def _comments_inside(a: Article, items: list[str], rng: random.Random) -> str:
    paras = "".join(f"<p>{_e(p)}</p>" for p in a.paragraphs)
    related = "".join(f'<li><a href="/r{n}.html">{_e(t)}</a></li>' for n, t in enumerate(items[:4]))
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{_e(a.title)} - 澎湃新闻</title>
<meta property="og:title" content="{_e(a.title)}">
<meta name="pubdate" content="{a.published}">
<meta property="og:url" content="{_e(a.url)}">
</head><body>
<div class="head"><a class="logo">澎湃新闻</a><ul class="menu"><li>要闻</li><li>深度</li><li>财经</li><li>思想</li><li>生活</li></ul><a class="login">登录</a></div>
<article>
<h1 class="news_title">{_e(a.title)}</h1>
<div class="news_about"><p>澎湃新闻记者 陈某</p><p><span>{a.published} 19:30</span> 来源：澎湃新闻</p></div>
<div class="news_txt">{paras}</div>
<div class="news_keyword">关键词 &gt;&gt; 新闻联播</div>
<div class="related"><h3>相关推荐</h3><ul>{related}</ul></div>
<section class="comments"><h3>评论（{rng.randint(10, 400)}）</h3>{_comments(rng)}</section>
</article>
<div class="side"><div class="hot"><h3>热门</h3><ul>{_hot_list(items)}</ul></div></div>
<div class="foot"><p>沪ICP备14003370号</p><p>© 2014-2024 上海东方报业有限公司</p></div>
</body></html>"""


def _mobile(a: Article, items: list[str], rng: random.Random) -> str:
    paras = "".join(f"<p>{_e(p)}</p>" for p in a.paragraphs)
    rec = "".join(f'<div class="rec-item"><a>{_e(t)}</a><span>{rng.randint(1, 99)}万阅读</span></div>' for t in items[:5])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>{_e(a.title)}</title>
<meta property="og:title" content="{_e(a.title)}">
<meta property="article:published_time" content="{a.published}T19:30:00+08:00">
</head><body>
<div class="m-header"><span class="back">返回</span><span class="logo">央视新闻</span><span class="menu">菜单</span></div>
<div id="content">
<h2 class="title">{_e(a.title)}</h2>
<div class="sub"><span>央视新闻客户端</span> <span>{a.published}</span></div>
<section class="txt">{paras}</section>
<div class="open-app">打开APP，阅读全文</div>
</div>
<div class="recommend"><div class="rec-title">为你推荐</div>{rec}</div>
<div class="m-footer">央视网 版权所有 | 用户协议 | 隐私政策</div>
<script>window.__INITIAL_STATE__ = {{"id": 1}};</script>
</body></html>"""


def _no_h1(a: Article, items: list[str], rng: random.Random) -> str:
    ps = list(a.paragraphs)
    half = max(1, len(ps) // 2)
    first = "".join(f"<p>{_e(p)}</p>" for p in ps[:half])
    rest = "".join(f"<p>{_e(p)}</p>" for p in ps[half:])
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>{_e(a.title)}-新华网</title>
<meta name="publishid" content="1128843331.11.1002.0">
<meta name="pubdate" content="{a.published} 19:30:00">
</head><body>
<div class="header"><div class="logo">新华网</div><div class="nav"><a>首页</a><a>时政</a><a>国际</a><a>财经</a><a>思客</a><a>图片</a><a>视频</a></div></div>
<div class="main clearfix">
<div class="header-cont"><div class="h-title">{_e(a.title)}</div>
<div class="h-info"><span class="h-time">{a.published} 19:30:00</span> <span>来源：新华网</span></div></div>
<div id="detail">
{first}
<div class="tuijian"><p>推荐阅读：<a>{_e(items[0])}</a></p></div>
<p><img src="/img/1.jpg" alt=""></p><p class="caption">图为会议现场。新华社记者 摄</p>
{rest}
</div>
<div class="editor">【纠错】 责任编辑：刘某</div>
<div class="right-side"><div class="hot-rank"><h4>热点推荐</h4><ul>{_hot_list(items)}</ul></div></div>
</div>
<div class="foot">Copyright © 2000-2024 XINHUANET.com All Rights Reserved. 制作单位：新华网股份有限公司</div>
</body></html>"""


TEMPLATES = {
    "html5": _html5,
    "portal": _portal,
    "table": _table,
    "comments": _comments_inside,
    "mobile": _mobile,
    "no-h1": _no_h1,
}

#: Every template shows the article's date; all but the table layout also in a <meta>.


def build_page(template: str, article: Article, others: list[str], seed: int = 0) -> str:
    """The page of ``template`` around ``article``; ``others`` are headlines for its sidebar."""
    rng = random.Random(f"{template}-{seed}")
    return TEMPLATES[template](article, sidebar_items(others, rng), rng)
