#!/usr/bin/env python3
"""
Builds seeds/exchange-rates.yaml: the exchange rates Money.usd converts with, each read from a reference item
whose evidence states one amount in two currencies ("3.4 trillion won ($3 billion)"). The rate is the ratio
of the two amounts the quote states; nothing else is assumed. An item's evidence must contain the words
given below for both amounts, or the script stops. Deterministic: the same input gives the same file.

The references hold no table of yearly average rates; where one is added to them, its items belong here.

    python3 tools/reference-rates.py && npx prettier --write seeds/exchange-rates.yaml
"""
import glob
import hashlib
import json
import os
import sys
from urllib.parse import urlparse

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(ROOT, '..', 'shared', 'reference')
OUT = os.path.join(ROOT, 'seeds', 'exchange-rates.yaml')

# item id -> the rate it states: the amount in its currency and in US dollars, the words of the evidence
# that state each, the date the two are equal at, and a rank where the item is known to be wrong.
RATES = [
    {
        'item': 'acq-032', 'id': 'krw-usd-2012-03-koreaherald',
        'amount': 3.4e12, 'currency': 'KRW', 'words': '3.4 trillion won',
        'usd': 3e9, 'usdWords': '($3 billion)',
        'asOf': '2012-03-26',
        'note': "The dollar amount is rounded to the billion. The date is the article's, as its address gives it (ud=20120326).",
    },
    {
        'item': 'fin2-210', 'id': 'krw-usd-2024-koreatimes',
        'amount': 66.19e12, 'currency': 'KRW', 'words': '66.19 trillion won',
        'usd': 46.06e9, 'usdWords': '($46.06 billion) for 2024',
        'asOf': '2024',
        'note': "SK hynix's revenue for 2024 in won and in dollars: a rate for the year.",
    },
    {
        'item': 'fin2-257', 'id': 'krw-usd-2024-q2-chinaflashmarket',
        'amount': 16.42e12, 'currency': 'KRW', 'words': '16.42 trillion won',
        'usd': 119.78e9, 'usdWords': '(approximately $119.78 billion)', 'usdQualifier': 'ABOUT',
        'asOf': '2024-06-30',
        'rank': 'DEPRECATED',
        'rankReason': 'the dollar amount is off by a factor of ten: the other sources put 16.42 trillion won at about $12 billion (see the item\'s note)',
    },
    {
        'item': 'fin2-216', 'id': 'krw-usd-2025-q3-koreabizwire',
        'amount': 24.47e12, 'currency': 'KRW', 'words': '24.47 trillion won',
        'usd': 17.7e9, 'usdWords': '($17.7 billion)',
        'asOf': '2025',
        'note': 'A consensus forecast of revenue for the third quarter of 2025, in won and in dollars; the page gives no date, so the rate is for the year.',
    },
    {
        'item': 'deal-191', 'id': 'krw-usd-2025-10',
        'amount': 100e12, 'currency': 'KRW', 'words': '100 trillion won',
        'usd': 70e9, 'usdWords': '($70 billion)',
        'asOf': '2025-10-02',
        'note': '"more than 100 trillion won ($70 billion)": both amounts are the same bound, so their ratio is a rate.',
    },
    {
        'item': 'deal-254', 'id': 'gbp-usd-2016-07-reuters',
        'amount': 24.3e9, 'currency': 'GBP', 'words': '24.3 billion pounds',
        'usd': 32e9, 'usdWords': '($32 billion)',
        'asOf': '2016-07-18',
        'note': 'Other sources convert the same price as $31.4 billion to $32.2 billion (the item\'s note).',
    },
    {
        'item': 'deal-089', 'id': 'gbp-usd-2025-06-alphawave',
        'amount': 1.83, 'currency': 'GBP', 'words': '183 pence',
        'usd': 2.48, 'usdWords': '$2.48 per share',
        'asOf': '2025-06-09',
        'note': 'The offer per share in dollars and in pence, "based on the announcement exchange rate".',
    },
    {
        'item': 'fin2-150', 'id': 'twd-usd-2025-01-mobileworldlive',
        'amount': 869.5e9, 'currency': 'TWD', 'words': 'TWD869.5 billion',
        'usd': 26.3e9, 'usdWords': '($26.3 billion)',
        'asOf': '2025-01-13',
    },
]

TIERS = {'primary': 'PRIMARY', 'press': 'PRESS', 'secondary': 'SECONDARY'}


def items():
    found = {}
    facts = json.load(open(os.path.join(REFERENCE, 'industry-facts.json')))
    for key, value in facts.items():
        if isinstance(value, list):
            for item in value:
                found[item['id']] = item
    for path in sorted(glob.glob(os.path.join(REFERENCE, 'v2', '*.json'))):
        for item in json.load(open(path))['items']:
            found[item['id']] = item
    return found


def existing_sources():
    """url -> id of the sources the other files of seeds/ declare."""
    urls = {}
    for path in sorted(glob.glob(os.path.join(ROOT, 'seeds', '*'))):
        if path == OUT or not path.endswith(('.json', '.yaml', '.yml')):
            continue
        with open(path) as f:
            data = json.load(f) if path.endswith('.json') else yaml.safe_load(f)
        for source in (data or {}).get('sources') or []:
            if source.get('url'):
                urls.setdefault(source['url'], source['id'])
    return urls


def whole(number):
    return int(number) if float(number).is_integer() else number


def main():
    by_id = items()
    known = existing_sources()
    sources, rates = {}, []
    for rate in RATES:
        item = by_id.get(rate['item'])
        if item is None:
            sys.exit(f"reference-rates: no reference item {rate['item']}")
        evidence = item['evidence']
        for words in (rate['words'], rate['usdWords']):
            if words not in evidence:
                sys.exit(f"reference-rates: {rate['item']}'s evidence does not say {words!r}: {evidence!r}")
        url = item['source']
        source_id = known.get(url)
        if source_id is None:
            source_id = 'src-' + hashlib.sha1(url.encode('utf-8')).hexdigest()[:12]
            host = urlparse(url).netloc
            source = {'id': source_id, 'title': item.get('source_title') or f"{host}{urlparse(url).path}",
                      'publisher': host[4:] if host.startswith('www.') else host, 'url': url}
            if item.get('source_date'):
                source['published'] = item['source_date']
            source['tier'] = TIERS[item['tier_hint']]
            sources[source_id] = source
        record = {
            'id': rate['id'],
            'amount': {'amount': whole(rate['amount']), 'currency': rate['currency']},
            'usd': whole(rate['usd']),
        }
        if rate.get('usdQualifier'):
            record['usdQualifier'] = rate['usdQualifier']
        record['asOf'] = rate['asOf']
        if rate.get('note'):
            record['note'] = rate['note']
        if rate.get('rank'):
            record['rank'] = rate['rank']
            record['rankReason'] = rate['rankReason']
        record['sources'] = [{'source': source_id, 'quote': evidence}]
        record['refs'] = [rate['item']]
        rates.append(record)
    rates.sort(key=lambda r: (r['amount']['currency'], r['asOf'], r['id']))
    data = {}
    if sources:
        data['sources'] = [sources[k] for k in sorted(sources)]
    data['exchangeRates'] = rates
    header = (
        '# yaml-language-server: $schema=../schema/dataset.schema.json\n'
        '# Exchange rates to the US dollar, each the ratio of one amount a reference item states in two currencies.\n'
        '# Written by tools/reference-rates.py; every quote is an item\'s evidence, and refs names the item.\n'
    )
    with open(OUT, 'w') as f:
        f.write(header)
        yaml.safe_dump(data, f, sort_keys=False, allow_unicode=True, width=120)


if __name__ == '__main__':
    main()
