#!/usr/bin/env python3
"""
Builds seeds/chips.yaml and seeds/NOT-LOADED.md from the second reference collection's chip items
(../shared/reference/v2/chips.json), and adds the chip facts that fill empty fields of chips of
seeds/industry-reference.json to those chip records. Deterministic: the same input gives the same files.

Every value comes from an item, cited with the item's source and its evidence as the quote, and every
record names the items it comes from in refs. The names of chips and companies as the items spell them
are mapped to the dataset's ids by the tables below; nothing else is decided here.

    python3 tools/reference-chips.py && npx prettier --write seeds/chips.yaml seeds/industry-reference.json seeds/NOT-LOADED.md
"""
import glob
import hashlib
import json
import os
import re
import sys
from collections import OrderedDict, defaultdict
from urllib.parse import urlparse

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(ROOT, '..', 'shared', 'reference', 'v2', 'chips.json')
INDUSTRY = os.path.join(ROOT, 'seeds', 'industry-reference.json')
OUT = os.path.join(ROOT, 'seeds', 'chips.yaml')
NOT_LOADED = os.path.join(ROOT, 'seeds', 'NOT-LOADED.md')

# The chips of the founding article: their records load on their own (test/integration/article.int.test.ts),
# so facts about them are kept as attributes beside the record instead of on it.
ARTICLE_CHIPS = {'trainium', 'trainium2', 'inferentia'}

# A chip as the items name it -> (id, name, aliases) for new chips, or the id of an existing one.
CHIPS = {
    'H100': 'h100', 'A100': 'a100', 'H200': 'h200', 'B200': 'b200',
    'V100': ('v100', 'V100', ['Tesla V100', 'GV100']),
    'Tesla P100': ('p100', 'Tesla P100', ['P100']),
    'B300 (Blackwell Ultra)': ('b300', 'B300', ['Blackwell Ultra', 'B300 (Blackwell Ultra)']),
    'GB200 NVL72': 'gb200-nvl72', 'GB200': 'gb200-superchip',
    'GB300': ('gb300', 'GB300', []),
    'GB300 NVL72': ('gb300-nvl72', 'GB300 NVL72', []),
    'Rubin': ('rubin', 'Rubin', ['Vera Rubin', 'Rubin GPU']),
    'Vera Rubin': 'rubin',
    'Blackwell (B200)': 'b200',
    'Rubin Ultra': ('rubin-ultra', 'Rubin Ultra', []),
    'Vera Rubin NVL144': ('vera-rubin-nvl144', 'Vera Rubin NVL144', []),
    'MI100': ('mi100', 'MI100', []),
    'MI250X': ('mi250x', 'MI250X', ['Instinct MI250X', 'Aldebaran']),
    'MI300X': 'mi300x', 'MI325X': 'mi325x',
    'MI300 (MI300A)': ('mi300a', 'MI300A', []),
    'MI350 series': ('mi350-series', 'MI350 series', []),
    'MI350X': ('mi350x', 'MI350X', ['Instinct MI350X']),
    'MI355X': ('mi355x', 'MI355X', ['Instinct MI355X']),
    'MI400': ('mi400', 'MI400', ['Instinct MI400', 'MI455X']),
    'TPU v3': ('tpu-v3', 'TPU v3', []),
    'TPU v4': 'tpu-v4', 'TPU v5e': 'tpu-v5e', 'TPU v5p': 'tpu-v5p', 'TPU v6e Trillium': 'tpu-v6e',
    'TPU v7 Ironwood': ('tpu-v7', 'TPU v7', ['Ironwood', 'TPU7x', 'TPU v7 Ironwood']),
    'Trainium': 'trainium', 'Trainium2': 'trainium2', 'Trainium3': 'trainium3',
    'Trainium4': ('trainium4', 'Trainium4', []),
    'Inferentia': 'inferentia', 'Inferentia2': 'inferentia2',
    'Gaudi 2': 'gaudi-2', 'Gaudi 3': 'gaudi-3',
    'Falcon Shores': ('falcon-shores', 'Falcon Shores', []),
    'Groq LPU': 'groq-lpu', 'Groq LPU (TSP)': 'groq-lpu',
    'Groq LPU v2 (next gen)': ('groq-lpu-v2', 'Groq LPU v2', []),
    'Groq next-generation LPU (4nm)': 'groq-lpu-v2',
    'Groq 3 LPU': ('groq-3-lpu', 'Groq 3 LPU', []),
    'Ascend 910': ('ascend-910', 'Ascend 910', ['Huawei Ascend 910']),
    'Ascend 910B': ('ascend-910b', 'Ascend 910B', ['Huawei Ascend 910B']),
    'Ascend 910C': ('ascend-910c', 'Ascend 910C', ['Huawei Ascend 910C']),
    'Ascend 920': ('ascend-920', 'Ascend 920', []),
    'Ascend 950': ('ascend-950', 'Ascend 950', []),
    'Ascend 950 (950PR / 950DT)': 'ascend-950',
    'Maia 100': 'maia-100', 'Maia 200': ('maia-200', 'Maia 200', []),
    'MTIA v1': 'mtia-v1', 'MTIA v2': 'mtia-v2',
    'MTIA 300': ('mtia-300', 'MTIA 300', []), 'MTIA 450': ('mtia-450', 'MTIA 450', []),
    'WSE (WSE-1)': ('wse-1', 'WSE', ['WSE-1']),
    'WSE-2': ('wse-2', 'WSE-2', ['Wafer Scale Engine 2']), 'WSE-3': 'wse-3',
    'SN10': ('sn10', 'SN10', []), 'SN30': ('sn30', 'SN30', []),
    'SN40L': ('sn40l', 'SN40L', ['SambaNova SN40L', 'Cerulean RDU']),
    'Wormhole': ('wormhole', 'Wormhole', ['Wormhole Tensix Processor', 'n150', 'n300']),
    'Blackhole': ('blackhole', 'Blackhole', ['Blackhole Tensix Processor', 'p150a', 'p100a']),
}
# Systems the items name in place of a chip; their specs are the chip's, for the variant the item states.
SYSTEMS = {
    'Trn2 instance': 'trainium2',
    'Trn2 UltraServer': 'trainium2',
    'Trainium3 UltraServer': 'trainium3',
    'MI400 Helios rack': 'mi400',
}

# A company as the items name it -> its id, or (id, name) for a company no dataset file has yet.
COMPANIES = {
    'Nvidia': 'nvidia', 'AMD': 'amd', 'Google': 'google', 'AWS': 'aws', 'AWS (Annapurna Labs)': 'aws',
    'Intel (Habana Labs)': 'habana-labs', 'Microsoft': 'microsoft', 'Meta': 'meta',
    'Cerebras': 'cerebras', 'SambaNova Systems': 'sambanova', 'Groq': 'groq', 'TSMC': 'tsmc',
    'OpenAI': 'openai', 'Anthropic': 'anthropic',
    'Tenstorrent': ('tenstorrent', 'Tenstorrent'), 'Huawei': ('huawei', 'Huawei'),
    'SMIC': ('smic', 'SMIC'), 'GlobalFoundries': ('globalfoundries', 'GlobalFoundries'),
    'GlobalFoundries (GF14)': 'globalfoundries',
    'Samsung Foundry': ('samsung-foundry', 'Samsung Foundry'),
    'Samsung Foundry (4nm, Taylor fab)': 'samsung-foundry',
    'IBM': ('ibm', 'IBM'), 'CoreWeave': ('coreweave', 'CoreWeave'),
    'Oracle Cloud Infrastructure': ('oracle-cloud-infrastructure', 'Oracle Cloud Infrastructure'),
    'Oak Ridge National Laboratory': ('ornl', 'Oak Ridge National Laboratory'),
}

# Kinds, country and founded of the companies this file declares, each with the item that states it (a
# foundry item names a foundry, a maker item a chip designer); the entity items' own are read from them.
COMPANY_FACTS = {
    'huawei': {'kinds': [('CHIP_DESIGNER', 'spec-358')]},
    'smic': {'kinds': [('FOUNDRY', 'spec-366')]},
    'globalfoundries': {'kinds': [('FOUNDRY', 'spec-524')]},
    'samsung-foundry': {'kinds': [('FOUNDRY', 'spec-311')]},
}

SPEC_NAMES = {
    'memory_capacity': 'MEMORY_CAPACITY', 'memory_bandwidth': 'MEMORY_BANDWIDTH', 'tdp': 'TDP',
    'peak_compute': 'PEAK_COMPUTE', 'transistors': 'TRANSISTORS', 'die_area': 'DIE_AREA',
    'process_node_nm': 'PROCESS_NODE', 'interconnect_bandwidth': 'INTERCONNECT_BANDWIDTH',
}
TIERS = {'primary': 'PRIMARY', 'press': 'PRESS', 'secondary': 'SECONDARY'}
TIER_ORDER = {'primary': 0, 'press': 1, 'secondary': 2}
CATEGORIES = {'gpu': 'GPU', 'training_accelerator': 'TRAINING_ACCELERATOR',
              'inference_accelerator': 'INFERENCE_ACCELERATOR', 'cpu': 'CPU'}
# Items whose own note says the value is an error of the source: kept, and ranked below the others.
DEPRECATED = {
    'spec-121': 'its note: likely an error of the source; 384 GB is the two-GPU GB200 total, most sources give 192 GB',
    'spec-371': 'its note: implausibly low for 64 GB of HBM2e, likely an error of the source',
    'spec-541': 'the page says terabits where terabytes are meant; other sources give 7.3 and 7.37 TB/s',
}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')


def slug(text, limit=40):
    s = re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')
    return s[:limit].strip('-')


def source_id(url):
    return 'src-' + hashlib.sha1(url.encode('utf-8')).hexdigest()[:12]


def source_hint(url):
    host = urlparse(url).hostname or 'web'
    parts = [p for p in host.split('.') if p not in ('www', 'm', 'en', 'de', 'fr', 'nl', 'com', 'org', 'net', 'co', 'uk', 'io')]
    return slug(parts[-1] if parts else host, 20)


def stated(item):
    """The value as the item states it: a chip fact's value, or the subject of a FABRICATES relation."""
    return item['value'] if item['kind'] == 'chip_fact' else item['subject']


def main():
    items = json.load(open(REFERENCE, encoding='utf-8'))['items']
    industry = json.load(open(INDUSTRY, encoding='utf-8'))
    existing_chips = {c['id']: c for c in industry['chips']}
    existing_companies = {c['id'] for c in industry['companies']} | {
        'amazon', 'annapurna-labs', 'aws', 'nvidia', 'anthropic', 'openai', 'databricks', 'deutsche-telekom',
        'ricoh', 'stockmark', 'microsoft', 'google', 'meta', 'futurum-group', 'apple', 'intel', 'amd'}
    not_loaded = OrderedDict()  # id -> reason
    beside = OrderedDict()  # id -> reason: loaded as an attribute, not on the chip record
    used_ids = set()

    def unique(base):
        base = base[:120].strip('-')
        out, n = base, 2
        while out in used_ids:
            out, n = f'{base}-{n}', n + 1
        used_ids.add(out)
        return out

    def cite(item):
        return {'source': source_id(item['source']), 'quote': item['evidence']}

    # Sources: one per URL; the first item of a URL that gives a title or date gives it, and failing that, an
    # item of another v2 file read on the same page gives its title.
    other_titles = {}
    for path in sorted(glob.glob(os.path.join(os.path.dirname(REFERENCE), '*.json'))):
        for other in json.load(open(path, encoding='utf-8'))['items']:
            if other.get('source_title'):
                other_titles.setdefault(other['source'], other['source_title'])
    sources = OrderedDict()
    for it in items:
        url = it['source']
        s = sources.setdefault(url, {'id': source_id(url), 'url': url, 'title': None, 'published': None, 'tiers': []})
        if not s['title'] and it.get('source_title'):
            s['title'] = it['source_title']
        if not s['published'] and it.get('source_date'):
            s['published'] = it['source_date']
        s['tiers'].append(it['tier_hint'])
    source_records = []
    for url, s in sources.items():
        parsed = urlparse(url)
        tiers = s['tiers']
        # A page the items rank differently gets the most common hint, the better tier on a tie.
        tier = sorted(set(tiers), key=lambda t: (-tiers.count(t), TIER_ORDER[t]))[0]
        title = s['title'] or other_titles.get(url) or (parsed.hostname + parsed.path)[:1000]
        host = parsed.hostname[4:] if parsed.hostname.startswith('www.') else parsed.hostname
        rec = {'id': s['id'], 'title': title, 'publisher': host, 'url': url}
        if s['published']:
            rec['published'] = s['published']
        rec['tier'] = TIERS[tier]
        if len(set(tiers)) > 1:
            rec['note'] = 'The reference items give this page different tier hints: ' + ', '.join(sorted(set(tiers))) + '.'
        source_records.append(rec)

    new_chips = OrderedDict()  # id -> record
    new_companies = OrderedDict()

    def chip_id(name):
        entry = CHIPS.get(name)
        if entry is None:
            return None
        if isinstance(entry, str):
            return entry
        return entry[0]

    def ensure_chip(name, item):
        """The id of a chip the items name; a new chip gets a record citing the first item that names it."""
        entry = CHIPS.get(name)
        if entry is None:
            return None
        if isinstance(entry, str):
            if entry in new_chips:
                add_cite(new_chips[entry], item)
            return entry
        cid, cname, aliases = entry
        if cid not in new_chips:
            used_ids.add(cid)
            rec = {'id': cid, 'name': cname}
            if aliases:
                rec['aliases'] = list(aliases)
            rec['sources'] = []
            rec['refs'] = []
            new_chips[cid] = rec
        if not new_chips[cid]['sources']:
            add_cite(new_chips[cid], item)
        return cid

    def ensure_company(name, item):
        entry = COMPANIES.get(name)
        if entry is None:
            return None
        if isinstance(entry, str):
            if entry in new_companies and not new_companies[entry]['sources']:
                add_cite(new_companies[entry], item)
            return entry
        cid, cname = entry
        if cid not in new_companies:
            new_companies[cid] = {'id': cid, 'name': cname, 'sources': [], 'refs': []}
        if not new_companies[cid]['sources']:
            add_cite(new_companies[cid], item)
        return cid

    def add_cite(rec, item):
        c = cite(item)
        if c not in rec.setdefault('sources', []):
            rec['sources'].append(c)
        if item['id'] not in rec.setdefault('refs', []):
            rec['refs'].append(item['id'])

    attributes = []

    def attribute(cid, item, attr, value, note):
        notes = [n for n in (note, status_note(item), item.get('note')) if n]
        rec = {'id': unique(f'{cid}-{slug(attr)}-{source_hint(item["source"])}'), 'entity': cid,
               'attribute': attr, 'value': value}
        if notes:
            rec['note'] = '; '.join(notes)
        rec['sources'] = [cite(item)]
        rec['refs'] = [item['id']]
        attributes.append(rec)

    def status_note(item):
        return None if item['status'] == 'reported' else f'status: {item["status"]}'

    # Entities: companies become company records; chips give their aliases and a citation.
    for it in items:
        if it['kind'] != 'entity':
            continue
        if it['entity_type'] == 'company':
            cid = ensure_company(it['name'], it)
            rec = new_companies[cid]
            add_cite(rec, it)
            if it.get('aliases'):
                rec['aliases'] = it['aliases']
            if it.get('company_kind'):
                rec['kinds'] = [it['company_kind'].upper()]
            for key in ('founded', 'country', 'description'):
                if it.get(key):
                    rec[key] = it[key]
        elif it['entity_type'] == 'chip':
            cid = ensure_chip(it['name'], it)
            if cid is None or cid not in new_chips:
                not_loaded[it['id']] = f'entity {it["name"]!r}: no chip record of this collection to attach it to'
                continue
            add_cite(new_chips[cid], it)
        else:
            not_loaded[it['id']] = f'entity type {it["entity_type"]} is not loaded from this collection'

    # Chip facts and FABRICATES relations, gathered per chip and field, then decided.
    claims_by = defaultdict(list)  # (chip id, field) -> [(item, value)]
    fields = ('maker', 'foundry', 'announced', 'released', 'category', 'memory_type', 'predecessor')
    attr_names = {'memory_type': 'memory type', 'process_node': 'process node'}
    specs_in = []  # (item, chip id, spec name, value, unit, extra note)
    relations = []

    for it in items:
        if it['kind'] == 'chip_fact':
            field, value = it['field'], it['value']
            if field == 'successor':
                # "X is succeeded by Y" is Y's predecessor X.
                cid = ensure_chip(value, it)
                prev = ensure_chip(it['chip'], it)
                if prev is None:
                    not_loaded[it['id']] = f'chip {it["chip"]!r} is not mapped to a chip id'
                    continue
                if cid is None:
                    attribute(prev, it, 'successor', value, 'not a chip of the dataset by this name')
                    beside[it['id']] = f'successor {value!r} names no single chip; kept as an attribute'
                    continue
                claims_by[(cid, 'predecessor')].append((it, prev))
                continue
            cid = ensure_chip(it['chip'], it)
            if cid is None:
                not_loaded[it['id']] = f'chip {it["chip"]!r} is not mapped to a chip id'
                continue
            if field == 'process_node':
                numbers = re.findall(r'(\d+(?:\.\d+)?)\s?nm\b(?!-class)', value)
                if len(numbers) == 1 and '+' not in value.replace('N+', ''):
                    n = float(numbers[0])
                    specs_in.append((it, cid, 'PROCESS_NODE', int(n) if n.is_integer() else n, 'nm',
                                     f'stated as "{value}"' if value != f'{numbers[0]}nm' else None))
                else:
                    attribute(cid, it, 'process node', value, 'no single number of nanometres to state as a spec')
                    beside[it['id']] = f'process node {value!r} has no single number in nm; kept as an attribute'
                continue
            if field == 'interconnect':
                attribute(cid, it, 'interconnect', value, None)
                continue
            if field in ('maker', 'foundry'):
                company = ensure_company(value, it)
                if company is None:
                    attribute(cid, it, field, value, 'names no single company')
                    beside[it['id']] = f'{field} {value!r} names no single company; kept as an attribute'
                    continue
                claims_by[(cid, field)].append((it, company))
            elif field in ('announced', 'released'):
                if not DATE.match(value):
                    attribute(cid, it, field, value, 'not a date of the form YYYY, YYYY-MM or YYYY-MM-DD')
                    beside[it['id']] = f'{field} {value!r} is not a date the model takes; kept as an attribute'
                    continue
                claims_by[(cid, field)].append((it, value))
            elif field == 'category':
                if value not in CATEGORIES:
                    attribute(cid, it, 'category', value, 'not one chip category')
                    beside[it['id']] = f'category {value!r} is not one ChipCategory; kept as an attribute'
                    continue
                claims_by[(cid, 'category')].append((it, CATEGORIES[value]))
            elif field == 'memory_type':
                claims_by[(cid, 'memory_type')].append((it, value))
            elif field == 'predecessor':
                prev = ensure_chip(value, it)
                if prev is None:
                    attribute(cid, it, 'predecessor', value, 'names no single chip of the dataset')
                    beside[it['id']] = f'predecessor {value!r} names no single chip; kept as an attribute'
                    continue
                claims_by[(cid, 'predecessor')].append((it, prev))
            else:
                not_loaded[it['id']] = f'chip fact field {field} is not loaded'
        elif it['kind'] == 'chip_spec':
            cid = SYSTEMS.get(it['chip']) or ensure_chip(it['chip'], it)
            if cid is None:
                not_loaded[it['id']] = f'chip {it["chip"]!r} is not mapped to a chip id'
                continue
            extra = f'stated for the {it["chip"]}' if it['chip'] in SYSTEMS else None
            specs_in.append((it, cid, SPEC_NAMES[it['spec']], it['value'], it['unit'], extra))
        elif it['kind'] == 'relation':
            pred = it['predicate']
            if pred == 'FABRICATES':
                cid = ensure_chip(it['object'], it)
                company = ensure_company(it['subject'], it)
                if cid is None or company is None:
                    not_loaded[it['id']] = f'FABRICATES {it["subject"]!r} -> {it["object"]!r}: an end is not mapped'
                    continue
                claims_by[(cid, 'foundry')].append((it, company))
                continue
            frm = ensure_company(it['subject'], it)
            to = ensure_chip(it['object'], it)
            if frm is None or to is None:
                not_loaded[it['id']] = f'{pred} {it["subject"]!r} -> {it["object"]!r}: an end is not mapped'
                continue
            rec = {'type': pred, 'from': frm, 'to': to}
            if it.get('since'):
                rec['since'] = it['since']
            if it.get('detail') and pred in ('USES',):
                rec['detail'] = it['detail']
            notes = [n for n in (status_note(it), it.get('note')) if n]
            if notes:
                rec['note'] = '; '.join(notes)
            rec['sources'] = [cite(it)]
            rec['refs'] = [it['id']]
            relations.append(rec)

    # Decide each chip field: the value of the best-tier, most precise item; items that agree are cited
    # with it; an item that disagrees is kept as an attribute beside the chip record.
    model_field = {'memory_type': 'memoryType'}
    successors = {}  # predecessor id -> chip id that names it
    article = json.load(open(os.path.join(ROOT, 'seeds', 'trainium2-article.json'), encoding='utf-8'))
    for chip in industry['chips'] + article['chips']:
        if chip.get('predecessor'):
            successors[chip['predecessor']] = chip['id']

    def agrees(field, a, b):
        if field in ('announced', 'released'):
            return a.startswith(b) or b.startswith(a)
        if field == 'memory_type':
            return a.lower() == b.lower()
        return a == b

    for (cid, field), claims in claims_by.items():
        key = model_field.get(field, field)
        if cid in ARTICLE_CHIPS:
            for it, value in claims:
                attribute(cid, it, attr_names.get(field, field), stated(it),
                          'the chip record is in trainium2-article.json, which loads on its own; kept beside it')
                beside[it['id']] = f'{field} of {cid}: its record is in trainium2-article.json, which loads on its own; kept as an attribute'
            continue
        rec = new_chips.get(cid) or existing_chips[cid]
        existing = rec.get(key) if cid in existing_chips else None
        ordered = sorted(claims, key=lambda c: (TIER_ORDER[c[0]['tier_hint']], -len(str(c[1]))))
        chosen = existing if existing is not None else ordered[0][1]
        if field == 'predecessor' and existing is None:
            holder = successors.get(chosen)
            if holder and holder != cid:
                for it, value in claims:
                    attribute(cid, it, 'predecessor', stated(it),
                              f'{value} already has the successor {holder} in the dataset; a chip has one successor')
                    beside[it['id']] = f'predecessor {value} of {cid}: {value} already has the successor {holder}; kept as an attribute'
                continue
            successors[chosen] = cid
        if existing is None:
            rec[key] = chosen
        for it, value in ordered:
            if agrees(field, str(value), str(chosen)):
                add_cite(rec, it)
            else:
                attribute(cid, it, attr_names.get(field, field), stated(it),
                          f'conflicts with {key} {chosen} on the chip record; kept that value')
                beside[it['id']] = f'conflicts with {key} {chosen} of {cid}; kept that value, this one as an attribute'

    # Specs: items that state the same value for the same thing are one record with several sources.
    groups = OrderedDict()
    for it, cid, name, value, unit, extra in specs_in:
        precision = it.get('precision') if name == 'PEAK_COMPUTE' else None
        sparse = it.get('sparse') if name == 'PEAK_COMPUTE' else None
        key = (cid, name, value, unit, precision, sparse, it.get('variant'), it['id'] in DEPRECATED)
        groups.setdefault(key, []).append((it, extra))
    specs = []
    for (cid, name, value, unit, precision, sparse, variant, deprecated), members in groups.items():
        first = members[0][0]
        parts = [cid, slug(name)]
        if precision:
            parts.append(precision.lower())
        if sparse is True:
            parts.append('sparse')
        elif sparse is False:
            parts.append('dense')
        if variant:
            parts.append(slug(variant, 30))
        parts.append(source_hint(first['source']))
        rec = {'id': unique('-'.join(parts)), 'chip': cid, 'name': name, 'value': value, 'unit': unit}
        if precision:
            rec['precision'] = precision
        if sparse is not None:
            rec['sparse'] = sparse
        if variant:
            rec['variant'] = variant
        notes = []
        for it, extra in members:
            for n in (extra, status_note(it), it.get('note')):
                if n:
                    notes.append(f'{it["id"]}: {n}' if len(members) > 1 else n)
        if notes:
            rec['note'] = '; '.join(notes)[:5000]
        if deprecated:
            rec['rank'] = 'DEPRECATED'
            rec['rankReason'] = DEPRECATED[first['id']]
        rec['sources'] = []
        for it, _ in members:
            c = cite(it)
            if c not in rec['sources']:
                rec['sources'].append(c)
        rec['refs'] = [it['id'] for it, _ in members]
        specs.append(rec)

    claims = []
    for it in items:
        if it['kind'] != 'claim':
            continue
        claimant = ensure_company(it['claimant'], it)
        subject = ensure_chip(it['subject'], it)
        if claimant is None or subject is None:
            not_loaded[it['id']] = 'claimant or subject not mapped'
            continue
        rec = {'id': unique(f'claim-{subject}-{source_hint(it["source"])}'), 'claimant': claimant,
               'subject': subject, 'statement': it['statement']}
        if it.get('figure'):
            rec['figure'] = it['figure']
        if it.get('made'):
            rec['made'] = it['made']
        if it.get('note'):
            rec['note'] = it['note']
        rec['sources'] = [cite(it)]
        rec['refs'] = [it['id']]
        claims.append(rec)

    # The chips of industry-reference.json that gained a field or a citation keep their place in that file.
    for chip in industry['chips']:
        if chip.get('refs'):
            chip['refs'] = sorted(set(chip['refs']), key=chip['refs'].index)
    with open(INDUSTRY, 'w', encoding='utf-8') as f:
        f.write(json.dumps(industry, indent=2, ensure_ascii=False) + '\n')

    by_id = {it['id']: it for it in items}
    for cid, facts in COMPANY_FACTS.items():
        rec = new_companies[cid]
        for kind, iid in facts.get('kinds', []):
            rec.setdefault('kinds', [])
            if kind not in rec['kinds']:
                rec['kinds'].append(kind)
            add_cite(rec, by_id[iid])
        for key in ('country', 'founded'):
            if key in facts:
                rec[key], iid = facts[key]
                add_cite(rec, by_id[iid])

    for cid in new_companies:
        if cid in existing_companies:
            sys.exit(f'{cid} is already a company of the built-in dataset')
    chip_order = ('id', 'name', 'aliases', 'category', 'announced', 'released', 'maker', 'predecessor',
                  'memoryType', 'foundry', 'description', 'sources', 'refs')
    chips_out = [{k: c[k] for k in chip_order if k in c} for c in new_chips.values()]
    company_order = ('id', 'name', 'aliases', 'kinds', 'founded', 'country', 'description', 'sources', 'refs')
    companies_out = [{k: c[k] for k in company_order if k in c} for c in new_companies.values()]

    data = {'sources': source_records, 'companies': companies_out, 'chips': chips_out, 'specs': specs,
            'attributes': attributes, 'claims': claims, 'relations': relations}
    header = ('# yaml-language-server: $schema=../schema/dataset.schema.json\n'
              '# The chips of the second reference collection (reference/v2/chips.json), as typed records.\n'
              '# Written by tools/reference-chips.py; every record names its items in refs, and every quote is\n'
              "# an item's evidence. Items not loaded, and why: NOT-LOADED.md.\n")
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(header)
        f.write(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110))

    loaded = set()
    for group in (chips_out, companies_out, specs, attributes, claims, relations, industry['chips']):
        for r in group:
            loaded.update(r.get('refs', []))
    missing = [it['id'] for it in items if it['id'] not in loaded and it['id'] not in not_loaded]
    for mid in missing:
        not_loaded[mid] = 'in no record (an item that only named a chip or company already cited elsewhere)'
    # The sections other generators write (between their <!-- begin ... --> and <!-- end ... --> lines) are kept.
    others = ''
    if os.path.exists(NOT_LOADED):
        with open(NOT_LOADED, encoding='utf-8') as f:
            previous = f.read()
        start = previous.find('<!-- begin ')
        if start >= 0:
            others = previous[start:]
    with open(NOT_LOADED, 'w', encoding='utf-8') as f:
        f.write('# Reference items not loaded\n\n')
        f.write('Items of the second reference collection (`reference/v2/chips.json`) that no record of the\n'
                'built-in dataset holds, with the reason. Written by `tools/reference-chips.py`.\n\n')
        f.write(f'{len(items)} items; {len(items) - len(not_loaded)} loaded, {len(not_loaded)} not loaded.\n\n')
        f.write('| item | reason |\n| --- | --- |\n')
        for iid, reason in not_loaded.items():
            f.write(f'| {iid} | {reason.replace("|", "/")} |\n')
        f.write('\n## Kept beside the chip record\n\n'
                'Chip facts that are loaded, but as an `attributes` record beside the chip instead of on the chip\n'
                'record: a value that conflicts with the one kept, or one the chip field cannot hold. Each\n'
                'attribute cites the item and says why in its note.\n\n')
        f.write('| item | reason |\n| --- | --- |\n')
        for iid, reason in beside.items():
            f.write(f'| {iid} | {reason.replace("|", "/")} |\n')
        if others:
            f.write('\n' + others)
    print(f'{len(source_records)} sources, {len(companies_out)} companies, {len(chips_out)} new chips, '
          f'{len(specs)} specs, {len(attributes)} attributes, {len(claims)} claims, {len(relations)} relations; '
          f'{len(not_loaded)} not loaded, {len(beside)} beside')


if __name__ == '__main__':
    main()
