#!/usr/bin/env python3
"""
Builds seeds/financials.yaml from every financial figure of the two reference collections: the items of
../shared/reference/v2/financials.json and the `financials` items of ../shared/reference/industry-facts.json.
The figures of industry-facts.json were the `financials` array of seeds/industry-reference.json; this script
removes that array (and only it) from that file, whose sources stay there and are cited from here.
It also writes its own section of seeds/NOT-LOADED.md. Deterministic: the same input gives the same files.

Every value comes from an item, cited with the item's source and its evidence as the quote, and every
record names the items it comes from in refs. Items that state the same figure are one record citing all
of them. The tables below map the items' names to the dataset's ids and say, item by item, which figures
their notes show to be wrong or mislabelled; nothing else is decided here.

    python3 tools/reference-financials.py && npx prettier --write seeds/financials.yaml seeds/industry-reference.json seeds/NOT-LOADED.md
"""
import hashlib
import json
import os
import re
import sys
from collections import OrderedDict, defaultdict
from urllib.parse import urlparse

import yaml
from reference_common import page_titles  # tools/, the script's own folder

PAGE_TITLES = page_titles()

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, '..', 'shared', 'reference')
V2 = os.path.join(SHARED, 'v2', 'financials.json')
FACTS = os.path.join(SHARED, 'industry-facts.json')
INDUSTRY = os.path.join(ROOT, 'seeds', 'industry-reference.json')
OUT = os.path.join(ROOT, 'seeds', 'financials.yaml')
NOT_LOADED = os.path.join(ROOT, 'seeds', 'NOT-LOADED.md')
SECTION = 'financials.json'

# A company as the items name it -> its id. Micron is the one company no dataset file has yet.
COMPANIES = {
    'Nvidia': 'nvidia', 'AMD': 'amd', 'Broadcom': 'broadcom', 'Intel': 'intel', 'TSMC': 'tsmc',
    'SK hynix': 'sk-hynix', 'Micron': 'micron', 'Amazon': 'amazon', 'Amazon (AWS)': 'aws', 'AWS': 'aws',
    'Microsoft': 'microsoft', 'Alphabet': 'alphabet', 'Google (Alphabet)': 'alphabet', 'Google': 'google',
    'Meta': 'meta', 'Anthropic': 'anthropic',
    # The four companies' GPU purchases from Nvidia: a figure of the company that received the money.
    'Microsoft, Meta, Google and Amazon (hyperscalers)': 'nvidia',
}
NEW_COMPANIES = {'micron': ('Micron', ['Micron Technology'])}
# Companies whose fiscal year is the calendar year (the v2 collection's field notes): a "fiscal 2024" of
# theirs is calendar 2024, so their figures are not fiscal ones.
CALENDAR_COMPANIES = {'amazon', 'aws', 'alphabet', 'google', 'meta', 'amd', 'intel', 'tsmc', 'sk-hynix', 'anthropic'}

TIERS = {'primary': 'PRIMARY', 'press': 'PRESS', 'secondary': 'SECONDARY'}
TIER_ORDER = {'PRIMARY': 0, 'PRESS': 1, 'SECONDARY': 2}
RANK_ORDER = {'PREFERRED': 0, 'NORMAL': 1, 'DEPRECATED': 2}
BASES = {'reported': 'REPORTED', 'projected': 'PROJECTED', 'estimated': 'ESTIMATED', 'claimed': 'CLAIMED'}
QUALIFIERS = {'exact': 'EXACT', 'about': 'ABOUT', 'more_than': 'AT_LEAST', 'up_to': 'UP_TO', 'range': 'AT_LEAST'}

# v2 metric -> (Metric, basis when the item gives none of its own). Segments that name the metric itself
# (an AWS figure of aws, Nvidia's "Data Center" data-center revenue) are dropped: the metric says it.
METRICS = {
    'revenue': 'REVENUE', 'data_center_revenue': 'DATA_CENTER_REVENUE', 'segment_revenue': 'SEGMENT_REVENUE',
    'capital_expenditure': 'CAPITAL_EXPENDITURE', 'net_income': 'NET_INCOME',
    'segment_operating_income': 'OPERATING_INCOME', 'ai_revenue': 'AI_REVENUE',
    'ai_revenue_outlook': 'AI_REVENUE', 'revenue_outlook': 'GUIDANCE_REVENUE',
}
DATA_CENTER_SEGMENTS = {'Data Center', 'Data Center and AI (DCAI)'}
# Product revenue of AI accelerators is AI revenue (AMD's Instinct, Intel's Gaudi).
AI_PRODUCTS = {'Instinct accelerators', 'AI chips (data center GPUs)', 'Gaudi AI accelerators'}

# industry-facts.json metric words -> Metric (as the earlier mapping read them), and fixes.
INDUSTRY_METRICS = {
    'capital expenditure': 'CAPITAL_EXPENDITURE', 'capital expenditure (per monexa data)': 'CAPITAL_EXPENDITURE',
    'capital expenditure (incl. finance leases, per call summary)': 'CAPITAL_EXPENDITURE',
    'segment net sales': 'SEGMENT_REVENUE', 'operating profit': 'OPERATING_INCOME',
    'segment operating income': 'OPERATING_INCOME', 'net sales': 'REVENUE', 'total revenue': 'REVENUE',
    'data center revenue': 'DATA_CENTER_REVENUE', 'revenue outlook': 'GUIDANCE_REVENUE',
    'net income': 'NET_INCOME',
    # "data center GPU revenue" is AMD's Instinct revenue (v2 fin2-058), not its Data Center segment's.
    'data center GPU revenue (mostly MI300X)': 'AI_REVENUE',
    'AI chip revenue (data centre), as labelled by this source': 'AI_REVENUE',
}
# The period of an industry item, where its words are not "Qn fiscal/calendar YYYY" or a bare year.
INDUSTRY_PERIODS = {'fin-029': (2024, 2, True)}  # as the source labels it; ranked DEPRECATED below

# Items whose figure, as stored, is wrong or whose source mislabels the period (their notes say so):
# kept, ranked DEPRECATED, and never merged with the figures that agree with them.
DEPRECATED = {
    'fin-029': "mislabels the fiscal year: $26.3 billion is Nvidia's data-center revenue for Q2 fiscal 2025 "
               "(quarter ended July 28, 2024), not Q2 fiscal 2024",
    'fin2-006': "the source labels Nvidia's Q1 fiscal 2025 (quarter ended April 28, 2024) 'Q1 2024'",
    'fin2-007': "the source labels Nvidia's Q1 fiscal 2025 (quarter ended April 28, 2024) 'Q1 2024'",
    'fin2-008': "the source labels Nvidia's Q1 fiscal 2025 (quarter ended April 28, 2024) 'Q1 2024'",
    'fin2-013': "gives the quarter's end as October 31, 2023; Nvidia's Q3 fiscal 2024 ended October 29, 2023 "
                "with $18.12 billion",
    'fin2-018': "labels the quarter ended October 27, 2024 'third quarter of fiscal 2024'; it is Nvidia's Q3 "
                "fiscal 2025",
    'fin2-049': "states Nvidia's Q3 fiscal 2025 revenue ($35.1 billion, quarter ended October 27, 2024) as Q3 "
                "fiscal 2026; Nvidia's own release gives $57.0 billion for the quarter ended October 26, 2025",
    'fin2-054': "AMD's release gives Q4 2023 Data Center revenue of $2.3 billion; $3.9 billion is a later "
                "quarter's (Q4 2024)",
    'fin2-115': "gives the quarter's end as April 30; Broadcom's fiscal Q2 2025 ended May 4, 2025",
    'fin2-125': "the source labels Broadcom's Q4 fiscal 2025 (quarter ended November 2, 2025) 'Q4 2023'",
    'fin2-160': "TSMC reports Q3 2025 revenue of US$33.10 billion; this page pairs a NT$ growth rate with a "
                "converted US-dollar figure",
    'fin2-167': "a currency conversion by the press; TSMC's own US-dollar revenue for Q2 2025 is US$30.07 billion",
    'fin2-212': "SK hynix reported Q4 2024 revenue of 19.77 trillion won (ajupress, Korea Times, Yonhap)",
    'fin2-213': "units apparently off by a factor of ten (the same page gives 2025 revenue as 9.71 trillion "
                "won while 2024's was 66.19 trillion won)",
    'fin2-252': "the source dates this first-quarter record to 2023; SK hynix's own release reports 12.43 "
                "trillion won for the first quarter of 2024",
    'fin2-287': "the source labels TSMC's Q1 2025 revenue (NT$839.25 billion) 'first quarter of 2024' and "
                "gives it in dollars; year and currency follow TSMC's release",
}
# Guidance revised by later guidance of the same company for the same period: item -> the later item.
REVISED_BY = {
    'fin-017': 'fin2-187', 'fin2-186': 'fin2-187', 'fin2-187': 'fin2-189',
    'fin-019': 'fin2-191', 'fin2-277': 'fin2-191', 'fin2-193': 'fin2-191', 'fin2-191': 'fin2-196',
    'fin-021': 'fin2-199', 'fin-048': 'fin2-199',
}
# Items that state no amount or percentage: kept as attributes of the company, in the item's words.
AS_ATTRIBUTES = {
    'fin2-147': ('tsmc', 'AI accelerator share of revenue (2024)', 'a “mid-teens percentage” of total revenue'),
    'fin2-255': ('sk-hynix', 'HBM sales growth (Q3 2024)',
                 'up more than 70 percent from the previous quarter and more than 330 percent from the same '
                 'period last year'),
    'fin2-211': ('sk-hynix', 'HBM sales growth forecast (2025)', '100 percent growth in HBM sales this year'),
}
# A market estimate stated by a company: a claim of that company, not a figure of its own.
AS_CLAIMS = {
    'fin2-230': ('micron', 'Micron estimates the HBM total addressable market at about $16 billion in 2024.',
                 '$16 billion'),
}
# Figures for part of a year (six or nine months): the model's periods are quarters and years, so these are
# OTHER figures of their year, saying the span in statedMetric, without the end date that would make them
# read as the year's.
PART_YEAR = {'fin2-161': 'first nine months', 'fin2-168': 'first half', 'fin2-201': 'first nine months',
             'fin2-235': 'six months ended June 30'}
NOT_LOADABLE = {
    'fin2-088': 'the page gives no year for the quarter, and a figure needs one (its note: unverified)',
    'fin2-180': 'an aggregate of unnamed "Big Tech" companies: no single company to hold the figure',
}
MONTHS = {m: i + 1 for i, m in enumerate(
    ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'])}


def slug(text, limit=60):
    """Lowercase words joined by hyphens, cut at a word's end to at most limit characters."""
    s = re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')
    if len(s) > limit:
        s = s[:limit + 1].rsplit('-', 1)[0] if '-' in s[:limit + 1] else s[:limit]
    return s.strip('-')


def source_id(url):
    return 'src-' + hashlib.sha1(url.encode('utf-8')).hexdigest()[:12]


def source_hint(url):
    host = urlparse(url).hostname or 'web'
    parts = [p for p in host.lower().split('.') if p not in ('www', 'm', 'en', 'com', 'org', 'net', 'co', 'uk', 'io', 'ai', 'news', 'tw', 'dev')]
    return slug(parts[-1] if parts else host, 20) or slug(host, 20)


def words(metric):
    return metric.replace('_', ' ')


def existing_sources():
    """url -> (id, tier) of every source the other dataset files declare."""
    known = {}
    for name in sorted(os.listdir(os.path.join(ROOT, 'seeds'))):
        path = os.path.join(ROOT, 'seeds', name)
        if path == OUT:
            continue
        if name.endswith('.json'):
            data = json.load(open(path, encoding='utf-8'))
        elif name.endswith(('.yaml', '.yml')):
            data = yaml.safe_load(open(path, encoding='utf-8'))
        else:
            continue
        for s in data.get('sources', []) or []:
            if s.get('url'):
                known.setdefault(s['url'], (s['id'], s.get('tier')))
    return known


def industry_period(item):
    """(year, quarter, fiscal, end) of an industry-facts item, from its period words."""
    text = item['period']
    if item['id'] in INDUSTRY_PERIODS:
        year, quarter, fiscal = INDUSTRY_PERIODS[item['id']]
    else:
        m = re.search(r'Q([1-4]) (fiscal|calendar) (\d{4})', text)
        if m:
            year, quarter, fiscal = int(m.group(3)), int(m.group(1)), m.group(2) == 'fiscal'
        else:
            m = re.search(r'\b(fiscal|calendar)? ?(\d{4})\b', text)
            if not m:
                sys.exit(f'industry-facts {item["id"]}: no year in period {text!r}')
            year, quarter, fiscal = int(m.group(2)), None, m.group(1) == 'fiscal'
    end = None
    m = re.search(r'ended (\w+) (?:(\d{1,2}), )?(\d{4})', text)
    if m and m.group(1)[:3].lower() in MONTHS:
        month = f'{m.group(3)}-{MONTHS[m.group(1)[:3].lower()]:02d}'
        end = f'{month}-{int(m.group(2)):02d}' if m.group(2) else month  # "quarter ended Jan 2025": a month
    return year, quarter, fiscal, end


def industry_qualifier(item):
    """How the item states its amount: from its status words and its evidence."""
    status, evidence = item['status'].lower(), item['evidence'].lower()
    # "more than $5 billion" qualifies the amount; "more than doubled to $130.5 billion" does not.
    if 'more than' in status or 'more than $' in evidence:
        return 'AT_LEAST'
    if any(w in status for w in ('upper end', 'as much as', 'up to')) or 'up to $' in evidence:
        return 'UP_TO'
    if 'around' in status or re.search(r'\b(about|roughly|around|approximately) \$|±', evidence):
        return 'ABOUT'
    return 'EXACT'


def industry_basis(status):
    s = status.lower()
    if s.startswith('projected'):
        return 'PROJECTED'
    if s.startswith('claimed'):
        return 'CLAIMED'
    return 'REPORTED'  # actual, reported, announced (an announced investment is reported as made)


def main():
    v2 = json.load(open(V2, encoding='utf-8'))['items']
    facts = json.load(open(FACTS, encoding='utf-8'))['financials']
    known = existing_sources()
    not_loaded = OrderedDict()
    kept_as = OrderedDict()  # item -> how a value is kept other than as a figure

    # Every item as a common row: one per item, in the reference's order (industry-facts first).
    rows = []
    for it in facts:
        company = COMPANIES.get(it['entity'])
        if company is None:
            sys.exit(f'industry-facts {it["id"]}: company {it["entity"]!r} is not mapped to an id')
        year, quarter, fiscal, end = industry_period(it)
        if company in CALENDAR_COMPANIES:
            fiscal = False
        metric = INDUSTRY_METRICS.get(it['metric'])
        if metric is None:
            metric = 'INVESTMENT' if it['metric'].lower().startswith(('investment', 'series')) else 'OTHER'
        status = it['status']
        notes = [n for n in (it.get('note'), None if status in ('actual', 'reported') else f'status as given: {status}') if n]
        rows.append({
            'item': it, 'company': company, 'metric': metric, 'stated': it['metric'], 'segment': None,
            'label': it['period'], 'year': year, 'quarter': quarter, 'fiscal': fiscal, 'end': end,
            'amount': int(it['amount']), 'currency': it['currency'], 'percent': None,
            'qualifier': industry_qualifier(it), 'basis': industry_basis(status), 'notes': notes,
            'tier_hint': None, 'given': None,
        })
    for it in v2:
        iid = it['id']
        if iid in NOT_LOADABLE:
            not_loaded[iid] = NOT_LOADABLE[iid]
            continue
        if iid in AS_ATTRIBUTES or iid in AS_CLAIMS:
            continue
        company = COMPANIES.get(it['company'])
        if company is None:
            sys.exit(f'v2 {iid}: company {it["company"]!r} is not mapped to an id')
        m, seg = it['metric'], it['segment']
        stated = words(m)
        if m in METRICS:
            metric = METRICS[m]
        elif m in ('product_revenue', 'product_revenue_outlook') and seg in AI_PRODUCTS:
            metric = 'AI_REVENUE'
        else:
            metric = 'OTHER'
        if metric == 'SEGMENT_REVENUE' and seg in DATA_CENTER_SEGMENTS:
            metric = 'DATA_CENTER_REVENUE'
        if metric in ('DATA_CENTER_REVENUE', 'AI_REVENUE') and seg:
            stated = f'{stated}: {seg}'
            seg = None
        if metric == 'CAPITAL_EXPENDITURE' and seg:
            stated = f'{stated} ({seg})'  # a definition, not a business segment
            seg = None
        if company == 'aws' and seg == 'AWS':
            seg = None
        if it['company'].startswith('Microsoft, Meta'):
            stated = f'{stated} by {it["company"]}'
        end = it.get('period_end')
        named = None  # what the id calls the figure, when not its statedMetric
        if iid in PART_YEAR:
            named = f'{words(m)} {PART_YEAR[iid]}'
            metric, stated, end = 'OTHER', f'{stated}, {PART_YEAR[iid]}', None
        notes = []
        if it.get('amount_high') is not None:
            notes.append(f'a range: {it["amount"]:,} to {it["amount_high"]:,} {it["currency"]}; the figure keeps '
                         'the lower bound (AT_LEAST), the upper is kept in this note')
            kept_as[iid] = f'a range up to {it["amount_high"]:,} {it["currency"]}: the upper bound is kept in the note (a figure holds one amount)'
        if it.get('counterparty') and it['company'].startswith('Microsoft, Meta'):
            notes.append(f'purchases by {it["company"]} from {it["counterparty"]}')
        if it.get('note'):
            notes.append(it['note'])
        if it['status'] not in ('reported',):
            notes.append(f'status: {it["status"]}')
        percent = it.get('share_percent')
        rows.append({
            'item': it, 'company': company, 'metric': metric, 'stated': stated, 'segment': seg,
            'label': it['period_label'], 'year': it['year'], 'quarter': it['quarter'],
            'fiscal': it['fiscal'],
            'end': end, 'amount': None if percent is not None else it['amount'],
            'currency': None if percent is not None else it['currency'], 'percent': percent,
            'qualifier': QUALIFIERS.get(it['qualifier']), 'basis': BASES[it['status']], 'notes': notes,
            'tier_hint': TIERS[it['tier_hint']], 'given': it.get('source_date'), 'named': named,
        })
        if metric == 'OTHER':
            why = (f'a part-year figure ({PART_YEAR[iid]}): the model has quarters and years, so OTHER'
                   if iid in PART_YEAR else f'metric {m!r} has no Metric of its own: OTHER')
            kept_as.setdefault(iid, f'{why}, with statedMetric {stated!r}')
    for r in rows:
        if r['amount'] is None and r['percent'] is None:
            sys.exit(f'{r["item"]["id"]}: neither an amount nor a percentage')
        if len(r['label']) > 100:
            sys.exit(f'{r["item"]["id"]}: period label longer than 100 characters: {r["label"]!r}')

    # Sources: reuse the id of a URL another dataset file declares; declare the others here.
    sources = OrderedDict()
    for r in rows + [{'item': it} for it in v2 if it['id'] in AS_ATTRIBUTES or it['id'] in AS_CLAIMS]:
        it = r['item']
        url = it['source']
        if url in known:
            continue
        s = sources.setdefault(url, {'title': None, 'published': None, 'tiers': []})
        if not s['title'] and it.get('source_title'):
            s['title'] = it['source_title']
        if not s['published'] and it.get('source_date'):
            s['published'] = it['source_date']
        s['tiers'].append(TIERS[it.get('tier_hint', 'secondary')])
    source_records, tier_of = [], {url: t for url, (_, t) in known.items()}
    for url, s in sources.items():
        parsed = urlparse(url)
        tiers = s['tiers']
        tier = sorted(set(tiers), key=lambda t: (-tiers.count(t), TIER_ORDER[t]))[0]
        tier_of[url] = tier
        host = (parsed.hostname or '').removeprefix('www.')
        rec = {'id': source_id(url), 'title': s['title'] or PAGE_TITLES.get(url) or (host + parsed.path)[:1000], 'publisher': host, 'url': url}
        if s['published']:
            rec['published'] = s['published']
        rec['tier'] = tier
        if len(set(tiers)) > 1:
            rec['note'] = 'The reference items give this page different tier hints: ' + ', '.join(sorted(set(tiers))) + '.'
        source_records.append(rec)
    sid = {url: known[url][0] if url in known else source_id(url) for url in tier_of}

    def cite(it):
        return {'source': sid[it['source']], 'quote': it['evidence']}

    # Facts: rows stating the same figure for the same thing are one; a deprecated row stands alone.
    def key(r):
        return (r['company'], r['metric'], r['segment'], r['basis'], r['year'], r['quarter'], r['fiscal'],
                r['amount'], r['currency'], r['percent'], r['qualifier'],
                r['stated'].lower() if r['metric'] == 'OTHER' else None,
                r['item']['id'] if r['item']['id'] in DEPRECATED else None)
    groups = OrderedDict()
    for r in rows:
        groups.setdefault(key(r), []).append(r)
    figures = []
    for members in groups.values():
        # Two different stated end dates are two facts; a row without one joins the first.
        ends = sorted({r['end'] for r in members if r['end']})
        for i, end in enumerate(ends or [None]):
            part = [r for r in members if r['end'] == end or (not r['end'] and i == 0)]
            part.sort(key=lambda r: TIER_ORDER[tier_of[r['item']['source']]])
            figures.append({'rows': part, 'end': end})

    def tier(fig):
        return min(TIER_ORDER[tier_of[r['item']['source']]] for r in fig['rows'])

    def lead(fig):
        """The row whose words the record takes: an industry-facts item (the words the dataset had), then the
        best tier, then the longest label."""
        return sorted(fig['rows'], key=lambda r: (0 if r['tier_hint'] is None else 1,
                                                  TIER_ORDER[tier_of[r['item']['source']]], -len(r['label'])))[0]

    def slot(fig):
        r = fig['rows'][0]
        return (r['company'], r['metric'], r['segment'], r['basis'], r['year'], r['quarter'], r['fiscal'],
                r['stated'].lower() if r['metric'] == 'OTHER' else None)

    def shown(fig):
        r = fig['rows'][0]
        if r['percent'] is not None:
            return f'{r["percent"]}%'
        return f'{r["amount"]:,} {r["currency"]}'

    def period_name(r):
        q = f'Q{r["quarter"]} ' if r['quarter'] else ''
        return f'{q}{"FY" if r["fiscal"] else ""}{r["year"]}'

    for fig in figures:
        fig['rank'], fig['reason'] = 'NORMAL', None
        ids = [r['item']['id'] for r in fig['rows']]
        if len(ids) == 1 and ids[0] in DEPRECATED:
            fig['rank'], fig['reason'] = 'DEPRECATED', DEPRECATED[ids[0]]
    by_slot = defaultdict(list)
    for fig in figures:
        by_slot[slot(fig)].append(fig)
    item_fig = {r['item']['id']: fig for fig in figures for r in fig['rows']}

    # Superseded projections: guidance (or an estimate) for a period the company has since reported, and
    # guidance revised by later guidance, rank below what superseded them.
    actual_metric = {'GUIDANCE_REVENUE': 'REVENUE'}
    for fig in figures:
        r = fig['rows'][0]
        if r['basis'] not in ('PROJECTED', 'ESTIMATED') or fig['rank'] == 'DEPRECATED':
            continue
        target = (r['company'], actual_metric.get(r['metric'], r['metric']), r['segment'], 'REPORTED', r['year'],
                  r['quarter'], r['fiscal'], r['stated'].lower() if r['metric'] == 'OTHER' else None)
        reported = [f for f in by_slot.get(target, []) if f['rank'] != 'DEPRECATED']
        if reported:
            best = sorted(reported, key=lambda f: (tier(f), f['rows'][0]['item']['id']))[0]
            fig['rank'] = 'DEPRECATED'
            fig['reason'] = (f'superseded: {"an estimate" if r["basis"] == "ESTIMATED" else "guidance"} given before the results; '
                             f'{period_name(r)} was reported as {shown(best)} '
                             f'({", ".join(x["item"]["id"] for x in best["rows"])})')
            continue
        later = [REVISED_BY[x['item']['id']] for x in fig['rows'] if x['item']['id'] in REVISED_BY]
        if later:
            fig['rank'] = 'DEPRECATED'
            fig['reason'] = f'superseded by later guidance for the same period: {shown(item_fig[later[0]])} ({later[0]})'

    # Conflicts: where the figures still standing for a period differ, the one from the best tier of source
    # (the company's own release over the press over mirrors) is preferred when it alone has that tier.
    # Amounts in two currencies (TSMC's NT$ and US$) are the same revenue twice, not a conflict.
    def rank_conflict(figs):
        standing = [f for f in figs if f['rank'] != 'DEPRECATED']
        if len(standing) < 2:
            return
        best = min(tier(f) for f in standing)
        top = [f for f in standing if tier(f) == best]
        if len(top) == 1:
            others = [f for f in standing if f is not top[0]]
            top[0]['rank'] = 'PREFERRED'
            name = ['the company’s own release or filing', 'a press report', 'a secondary source'][best]
            top[0]['reason'] = (f'{name}, the best-tier source among the figures for this period; the others: '
                                + '; '.join(f'{shown(f)} ({", ".join(x["item"]["id"] for x in f["rows"])})' for f in others))

    for figs in by_slot.values():
        for currency in sorted({str(f['rows'][0]['currency']) for f in figs}):
            rank_conflict([f for f in figs if str(f['rows'][0]['currency']) == currency])

    # Records, with readable ids.
    used = set()

    def unique(base):
        out, n = base, 2
        while out in used:
            out, n = f'{base}-{n}', n + 1
        used.add(out)
        return out

    records = []
    ordered = sorted(figures, key=lambda f: (slot(f)[0], slot(f)[1], str(slot(f)[2]), slot(f)[3], slot(f)[4],
                                             slot(f)[5] or 0, slot(f)[6], str(slot(f)[7]),
                                             RANK_ORDER[f['rank']], tier(f), -len(f['rows']), f['rows'][0]['item']['id']))
    first_in_slot = set()
    for fig in ordered:
        r = lead(fig)
        metric_part = slug(r.get('named') or r['stated'], 50) if r['metric'] == 'OTHER' else slug(r['metric'])
        parts = [r['company'], metric_part]
        if r['segment']:
            parts.append(slug(r['segment'], 30))
        parts.append(slug(period_name(r)))
        if r['basis'] != 'REPORTED' and r['metric'] != 'GUIDANCE_REVENUE':
            parts.append({'PROJECTED': 'outlook', 'ESTIMATED': 'estimate', 'CLAIMED': 'claimed'}[r['basis']])
        base = '-'.join(parts)
        s = slot(fig)
        if s in first_in_slot:
            base = f'{base}-{source_hint(r["item"]["source"])}'
        first_in_slot.add(s)
        rec = {'id': unique(base), 'company': r['company'], 'metric': r['metric'], 'statedMetric': r['stated']}
        if r['segment']:
            rec['segment'] = r['segment']
        period = {'label': r['label'], 'year': r['year']}
        if r['quarter']:
            period['quarter'] = r['quarter']
        period['fiscal'] = bool(r['fiscal'])
        if fig['end']:
            period['end'] = fig['end']
        rec['period'] = period
        if r['percent'] is not None:
            rec['percent'] = r['percent']
        else:
            rec['value'] = {'amount': r['amount'], 'currency': r['currency']}
        if r['qualifier']:
            rec['valueQualifier'] = r['qualifier']
        rec['basis'] = r['basis']
        if fig['rank'] != 'NORMAL':
            rec['rank'] = fig['rank']
            rec['rankReason'] = fig['reason']
        notes = []
        for x in fig['rows']:
            for n in x['notes']:
                notes.append(f'{x["item"]["id"]}: {n}' if len(fig['rows']) > 1 else n)
        if notes:
            rec['note'] = '; '.join(notes)[:5000]
        rec['sources'] = []
        for x in fig['rows']:
            c = cite(x['item'])
            if c not in rec['sources']:
                rec['sources'].append(c)
        rec['refs'] = [x['item']['id'] for x in fig['rows']]
        records.append(rec)

    # Companies no dataset file has yet, citing the first item that names them.
    companies = []
    for cid, (name, aliases) in NEW_COMPANIES.items():
        first = next(r['item'] for r in rows if r['company'] == cid)
        rec = {'id': cid, 'name': name}
        if aliases:
            rec['aliases'] = aliases
        rec['sources'] = [cite(first)]
        rec['refs'] = [first['id']]
        companies.append(rec)

    by_id = {it['id']: it for it in v2}
    attributes = []
    for iid, (entity, attribute, value) in AS_ATTRIBUTES.items():
        it = by_id[iid]
        rec = {'id': unique(f'{entity}-{slug(attribute)}'), 'entity': entity, 'attribute': attribute, 'value': value}
        notes = [n for n in (it.get('note'), None if it['status'] == 'reported' else f'status: {it["status"]}') if n]
        if notes:
            rec['note'] = '; '.join(notes)
        rec['sources'] = [cite(it)]
        rec['refs'] = [iid]
        attributes.append(rec)
        kept_as[iid] = f'no amount or percentage ({words(it["metric"])}): kept as the attribute {attribute!r} of {entity}'
    claims = []
    for iid, (claimant, statement, figure) in AS_CLAIMS.items():
        it = by_id[iid]
        rec = {'id': unique(f'claim-{claimant}-{slug(words(it["metric"]))}-{it["year"]}'), 'claimant': claimant,
               'statement': statement, 'figure': figure}
        if it.get('source_date'):
            rec['made'] = it['source_date']
        if it.get('note'):
            rec['note'] = it['note']
        rec['sources'] = [cite(it)]
        rec['refs'] = [iid]
        claims.append(rec)
        kept_as[iid] = f'a market estimate by {claimant}, not a figure of its own: kept as a claim of {claimant}'

    data = {'sources': source_records, 'companies': companies, 'financials': records, 'attributes': attributes,
            'claims': claims}
    header = ('# yaml-language-server: $schema=../schema/dataset.schema.json\n'
              '# The financial figures of both reference collections (reference/v2/financials.json and the financials\n'
              '# of reference/industry-facts.json), as typed records. Written by tools/reference-financials.py; every\n'
              "# record names its items in refs, and every quote is an item's evidence. Items not loaded, and why:\n"
              '# NOT-LOADED.md.\n')
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(header)
        f.write(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110))

    # The figures of industry-reference.json now live here: remove that array, and only it.
    industry = json.load(open(INDUSTRY, encoding='utf-8'), object_pairs_hook=OrderedDict)
    if 'financials' in industry:
        del industry['financials']
        with open(INDUSTRY, 'w', encoding='utf-8') as f:
            f.write(json.dumps(industry, indent=2, ensure_ascii=False) + '\n')

    # This file's section of NOT-LOADED.md.
    loaded = {i for rec in records + companies + attributes + claims for i in rec['refs']}
    items = [it['id'] for it in facts] + [it['id'] for it in v2]
    missing = [i for i in items if i not in loaded and i not in not_loaded]
    if missing:
        sys.exit(f'items in no record and not listed as not loaded: {missing}')
    lines = [f'<!-- begin {SECTION} -->', '', '## reference/v2/financials.json', '',
             'The financial figures of `reference/v2/financials.json` and the `financials` of',
             '`reference/industry-facts.json`, in `seeds/financials.yaml`. Written by `tools/reference-financials.py`.', '',
             f'{len(items)} items; {len(items) - len(not_loaded)} loaded, {len(not_loaded)} not loaded.', '',
             '| item | reason |', '| --- | --- |']
    lines += [f'| {i} | {reason.replace("|", "/")} |' for i, reason in not_loaded.items()]
    lines += ['', '### Kept as a note, an attribute, a claim or an OTHER figure', '',
              'Items that are loaded, but whose value the model holds other than as a figure of its own metric.', '',
              '| item | how |', '| --- | --- |']
    order = {i: n for n, i in enumerate(items)}
    lines += [f'| {i} | {how.replace("|", "/")} |' for i, how in sorted(kept_as.items(), key=lambda kv: order[kv[0]])]
    lines += ['', f'<!-- end {SECTION} -->', '']
    section = '\n'.join(lines)
    text = open(NOT_LOADED, encoding='utf-8').read() if os.path.exists(NOT_LOADED) else ''
    pattern = re.compile(rf'<!-- begin {re.escape(SECTION)} -->.*?<!-- end {re.escape(SECTION)} -->\n?', re.S)
    text = pattern.sub(lambda _: section, text) if pattern.search(text) else text.rstrip('\n') + '\n\n' + section
    with open(NOT_LOADED, 'w', encoding='utf-8') as f:
        f.write(text)

    ranks = defaultdict(int)
    for rec in records:
        ranks[rec.get('rank', 'NORMAL')] += 1
    tiers = defaultdict(int)
    for rec in source_records:
        tiers[rec['tier']] += 1
    print(f'{len(items)} items, {len(items) - len(not_loaded)} loaded; {len(source_records)} new sources '
          f'{dict(tiers)}, {len(companies)} companies, {len(records)} financials {dict(ranks)}, '
          f'{len(attributes)} attributes, {len(claims)} claims')


if __name__ == '__main__':
    main()
