#!/usr/bin/env python3
"""
Builds seeds/people.yaml from the people, roles and supply-chain items of the reference collections:
every item of ../shared/reference/v2/people-and-supply.json, and the people and roles items of
../shared/reference/industry-facts.json (which seeds/industry-reference.json held until this script
moved them out: it removes that file's people and roles arrays and leaves the rest of it alone).
It also rewrites its own section of seeds/NOT-LOADED.md. Deterministic: the same input gives the same files.

Every value comes from an item, cited with the item's source and its evidence as the quote, and every
record names the items it comes from in refs. Names as the items spell them are mapped to the dataset's
ids by the tables below; the roles that several items state are grouped by the ROLES table, where the dates
that industry-facts.json gives only inside a title become since and until.

    python3 tools/reference-people.py && npx prettier --write seeds/people.yaml seeds/industry-reference.json seeds/NOT-LOADED.md
"""
import hashlib
import json
import os
import re
import sys
import unicodedata
from collections import OrderedDict
from urllib.parse import urlparse

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(ROOT, '..', 'shared', 'reference')
V2 = os.path.join(REFERENCE, 'v2', 'people-and-supply.json')
FACTS = os.path.join(REFERENCE, 'industry-facts.json')
SEEDS = os.path.join(ROOT, 'seeds')
INDUSTRY = os.path.join(SEEDS, 'industry-reference.json')
OUT = os.path.join(SEEDS, 'people.yaml')
NOT_LOADED = os.path.join(SEEDS, 'NOT-LOADED.md')
SECTION = 'people-and-supply.json'

TIERS = {'primary': 'PRIMARY', 'press': 'PRESS', 'secondary': 'SECONDARY'}
TIER_ORDER = {'primary': 0, 'press': 1, 'secondary': 2}
YEAR = re.compile(r'\b(1[89]|20)\d{2}\b')

# People whose id is not the slug of their name (ids of the dataset are never changed).
PERSON_IDS = {'Timotheus Höttges': 'timotheus-h-ttges', 'C. C. Wei': 'c-c-wei'}
# Other spellings of a person that the items give in their notes.
PERSON_ALIASES = {
    'C. C. Wei': ['Wei Zhejia', 'C.C. Wei'],
    'Jun Young-hyun': ['Young Hyun Jun', 'Jeon Young-hyun'],
    'Mark Liu': ['Liu Deyin'],
}

# An organization as the items name it -> its id, or (id, name, aliases) for one no dataset file has yet.
ORGS = {
    'TSMC': 'tsmc', 'Nvidia': 'nvidia', 'AMD': 'amd', 'Intel': 'intel', 'Amazon': 'amazon', 'AWS': 'aws',
    'AWS / Annapurna Labs': 'aws', 'Annapurna Labs': 'annapurna-labs', 'Annapurna Labs / AWS': 'annapurna-labs',
    'AWS (Annapurna Labs)': 'aws', 'Amazon / AWS': 'amazon', 'Arm': 'arm', 'The Futurum Group': 'futurum-group',
    'Habana Labs': 'habana-labs', 'Habana Labs (investor)': 'habana-labs', 'SoftBank Group': 'softbank',
    'Mellanox Technologies': 'mellanox', 'ZT Systems / AMD': 'zt-systems', 'Silo AI': 'silo-ai',
    'Broadcom': 'broadcom', 'Broadcom Inc. (formerly Avago Technologies)': 'broadcom', 'Microsoft': 'microsoft',
    'Cerebras Systems': 'cerebras', 'Groq': 'groq', 'Graphcore': 'graphcore', 'SambaNova Systems': 'sambanova',
    'Anthropic': 'anthropic', 'OpenAI': 'openai', 'Marvell Technology': 'marvell',
    'Marvell Technology Group Ltd.': 'marvell', 'SK Group': 'sk-group', 'Databricks': 'databricks',
    'Deutsche Telekom': 'deutsche-telekom', 'Cadence Design Systems': 'cadence', 'Alphabet / Google': 'alphabet',
    'Google': 'google', 'Meta Platforms': 'meta', 'Meta Platforms (formerly Facebook)': 'meta', 'Meta': 'meta',
    'Apple': 'apple', 'TechInsights': 'techinsights', 'SK hynix': 'sk-hynix',
    'Samsung Electronics': 'samsung-electronics', 'Samsung Electronics (Foundry business)': 'samsung-foundry',
    'Samsung Foundry': 'samsung-foundry', 'Tenstorrent': 'tenstorrent', 'Huawei': 'huawei', 'SMIC': 'smic',
    'CoreWeave': 'coreweave', 'GlobalFoundries': 'globalfoundries', 'Google Cloud': 'google',
    'Microsoft Azure': 'microsoft', 'Huawei (Ascend 910C)': 'huawei',
    'Intel Foundry': ('intel-foundry', 'Intel Foundry', ['Intel Foundry Services', 'IFS']),
    'Intel Foundry Services': 'intel-foundry', 'Intel (Intel Foundry)': 'intel-foundry',
    'Qualcomm': ('qualcomm', 'Qualcomm', []),
    'Micron Technology': ('micron', 'Micron Technology', ['Micron', 'Micron Technology, Inc.']),
    'SanDisk': ('sandisk', 'SanDisk', []),
    'Tableau': ('tableau', 'Tableau', ['Tableau Software']),
    'Y Combinator': ('y-combinator', 'Y Combinator', []),
    'Ampere Computing': ('ampere-computing', 'Ampere Computing', ['Ampere', 'Ampere Computing LLC']),
    'Supermicro': ('supermicro', 'Supermicro', ['Super Micro Computer, Inc.', 'SMCI', 'Super Micro Computer Inc']),
    'Rivos': ('rivos', 'Rivos', ['Rivos Inc.']),
    'HiSilicon': ('hisilicon', 'HiSilicon', ['Huawei HiSilicon', 'HiSilicon Technologies']),
    'ASML': ('asml', 'ASML', ['ASML Holding N.V.', 'ASM Lithography']),
    'Oracle': ('oracle', 'Oracle', ['Oracle Corporation', 'Relational Software Inc.', 'Oracle Systems Corporation']),
    'Alchip': ('alchip', 'Alchip', []),
    'MediaTek': ('mediatek', 'MediaTek', []),
    'Amkor': ('amkor', 'Amkor', []),
    'G42': ('g42', 'G42', []),
    'xAI': ('xai', 'xAI', []),
    'TrendForce': ('trendforce', 'TrendForce', []),
}
# Entities of other kinds that the items name, -> (record list, id).
PRODUCTS = {'Claude': 'claude', 'Claude (Anthropic)': 'claude', 'Llama 3': 'llama-3', 'Gemini': 'gemini',
            'Gemini (Google)': 'gemini', 'Apple Foundation Models (AFM)': 'apple-foundation-models'}
PRODUCT_MAKERS = {'claude': 'anthropic', 'llama-3': 'meta', 'gemini': 'google', 'apple-foundation-models': 'apple'}
PROJECTS = {'Colossus (xAI)': 'colossus', 'Project Rainier': 'project-rainier', 'Stargate Abilene': 'stargate-abilene',
            'Fairwater (Microsoft, Wisconsin)': 'fairwater', 'Condor Galaxy (Cerebras / G42)': 'condor-galaxy'}
PROJECT_OPERATORS = {'colossus': 'xai', 'project-rainier': 'aws', 'fairwater': 'microsoft'}
# Chips the items name that no dataset file has: (id, name, aliases).
NEW_CHIPS = {'tesla-ai4': ('Tesla AI4', ['AI4']), 'tesla-ai5': ('Tesla AI5', ['AI5']),
             'tesla-ai6': ('Tesla AI6', ['AI6'])}

# Relation items: item -> the edges it states, (type, from, to); an edge to None is kept as an attribute of
# the subject (its object names no single chip or company of the dataset). CUSTOMER_OF is SUPPLIES the
# other way round; FABRICATES is MANUFACTURES.
RELATIONS = {
    'org-021': [('SUPPLIES', 'samsung-electronics', 'nvidia')],
    'org-022': [('SUPPLIES', 'sk-hynix', 'nvidia')], 'org-023': [('SUPPLIES', 'sk-hynix', 'nvidia')],
    'org-067': [('SUPPLIES', 'cerebras', 'openai')],
    'org-068': [('USES', 'aws', None)],
    'org-069': [('SUPPLIES', 'cerebras', 'g42')],
    'org-073': [('LICENSES', 'groq', 'nvidia')],
    'org-085': [('INVESTS_IN', 'oracle', 'ampere-computing')],
    'org-086': [('USES', 'oracle', None)],
    'org-089': [('INVESTS_IN', 'lip-bu-tan', None)],
    'org-090': [('MANUFACTURES', 'tsmc', None)], 'org-091': [('MANUFACTURES', 'tsmc', None)],
    'org-092': [('PARTNERS_WITH', 'broadcom', 'meta')],
    'org-094': [('SUBSIDIARY_OF', 'hisilicon', 'huawei')],
    'org-095': [('MANUFACTURES', 'smic', 'ascend-910b')],
    'org-100': [('SUPPLIES', 'coreweave', 'microsoft')],
    'org-106': [('SUBSIDIARY_OF', 'intel-foundry', 'intel')],
    'org-108': [('MANUFACTURES', 'intel-foundry', None)],
    'org-109': [('SUPPLIES', 'intel-foundry', 'amazon')],
    'org-111': [('SUBSIDIARY_OF', 'samsung-foundry', 'samsung-electronics')],
    'org-120': [('SUPPLIES', 'micron', 'nvidia')], 'org-121': [('SUPPLIES', 'micron', 'nvidia')],
    'org-122': [('SUPPLIES', 'sk-hynix', 'nvidia')], 'org-123': [('SUPPLIES', 'sk-hynix', 'nvidia')],
    'org-124': [('SUPPLIES', 'sk-hynix', 'nvidia')], 'org-125': [('SUPPLIES', 'samsung-electronics', 'nvidia')],
    'org-126': [('SUPPLIES', 'tsmc', 'nvidia')], 'org-127': [('MANUFACTURES', 'tsmc', None)],
    'org-128': [('SUPPLIES', 'samsung-electronics', 'amd')],
    'org-129': [('MANUFACTURES', 'tsmc', 'mi350x'), ('MANUFACTURES', 'tsmc', 'mi355x')],
    'org-130': [('SUPPLIES', 'tsmc', 'amd')], 'org-131': [('USES', 'oracle', 'mi355x')],
    'org-132': [('SUPPLIES', 'tsmc', 'nvidia')], 'org-135': [('SUPPLIES', 'amkor', 'nvidia')],
    'org-136': [('MANUFACTURES', 'tsmc', 'b300')], 'org-137': [('MANUFACTURES', 'tsmc', 'trainium3')],
    'org-138': [('USES', 'anthropic', None)],
    'org-140': [('USES', 'claude', 'trainium'), ('USES', 'claude', None)],
    'org-141': [('SUPPLIES', 'google', 'anthropic')],
    'org-142': [('USES', 'openai', None)],
    'org-143': [('USES', 'openai', 'mi300x'), ('USES', 'openai', 'mi355x')],
    'org-144': [('INVESTMENT', 'nvidia', 'openai')],
    'org-145': [('USES', 'openai', 'rubin')], 'org-147': [('USES', 'meta', 'h100')],
    'org-149': [('USES', 'colossus', 'h100'), ('USES', 'colossus', 'h200')],
    'org-150': [('SUPPLIES', 'supermicro', 'xai')], 'org-152': [('USES', 'project-rainier', 'trainium2')],
    'org-156': [('USES', 'oracle', 'gb200-superchip')], 'org-157': [('USES', 'openai', 'gb200-superchip')],
    'org-158': [('MANUFACTURES', 'tsmc', 'maia-100')], 'org-159': [('MANUFACTURES', 'tsmc', 'cobalt-100')],
    'org-160': [('USES', 'microsoft', 'maia-100')], 'org-161': [('USES', 'meta', 'mtia-v2')],
    'org-162': [('MANUFACTURES', 'tsmc', 'mtia-v2')],
    'org-163': [('INVESTMENT', 'nvidia', 'anthropic')], 'org-164': [('INVESTMENT', 'microsoft', 'anthropic')],
    'org-165': [('SUPPLIES', 'microsoft', 'anthropic')], 'org-166': [('USES', 'anthropic', 'rubin')],
    'org-167': [('INVESTMENT', 'nvidia', 'intel')], 'org-168': [('PARTNERS_WITH', 'intel', 'nvidia')],
    'org-169': [('MANUFACTURES', 'intel-foundry', None)], 'org-170': [('SUPPLIES', 'intel-foundry', 'aws')],
    'org-171': [('MANUFACTURES', 'samsung-foundry', None)],
    'org-172': [('MANUFACTURES', 'samsung-foundry', 'groq-lpu-v2')],
    'org-177': [('USES', 'gemini', 'tpu-v4'), ('USES', 'gemini', 'tpu-v5e')],
    'org-178': [('SUPPLIES', 'coreweave', 'openai')], 'org-179': [('INVESTS_IN', 'nvidia', 'coreweave')],
    'org-180': [('MANUFACTURES', 'tsmc', None)], 'org-181': [('SUPPLIES', 'samsung-electronics', 'amd')],
    'org-182': [('SUPPLIES', 'samsung-electronics', 'amd')], 'org-183': [('SUPPLIES', 'google', 'meta')],
    'org-184': [('SUPPLIES', 'sk-hynix', 'nvidia')], 'org-185': [('MANUFACTURES', 'tsmc', None)],
    'org-186': [('MANUFACTURES', 'tsmc', 'rubin')],
    'org-187': [('SUPPLIES', 'samsung-electronics', 'nvidia'), ('SUPPLIES', 'samsung-electronics', 'amd')],
    'org-189': [('SUPPLIES', 'micron', 'nvidia')],
    'org-191': [('SUPPLIES', 'broadcom', 'meta'), ('SUPPLIES', 'broadcom', 'openai'),
                ('SUPPLIES', 'broadcom', 'anthropic'), ('SUPPLIES', 'broadcom', 'google')],
    'org-192': [('MANUFACTURES', 'tsmc', 'maia-200')], 'org-193': [('USES', 'microsoft', 'maia-200')],
    'org-196': [('MANUFACTURES', 'tsmc', 'ascend-910b'), ('MANUFACTURES', 'tsmc', 'ascend-910c')],
    'org-197': [('SUPPLIES', 'samsung-electronics', 'huawei'), ('SUPPLIES', 'sk-hynix', 'huawei')],
    'org-198': [('MANUFACTURES', 'samsung-foundry', 'tesla-ai6'), ('MANUFACTURES', 'samsung-foundry', 'tesla-ai4')],
    'org-199': [('MANUFACTURES', 'tsmc', 'tesla-ai5')],
    'org-200': [('PARTNERS_WITH', 'alchip', 'aws')], 'org-201': [('PARTNERS_WITH', 'marvell', 'aws')],
    'org-202': [('PARTNERS_WITH', 'mediatek', 'google')], 'org-203': [('MANUFACTURES', 'tsmc', 'tpu-v7')],
    'org-205': [('USES', 'fairwater', 'gb200-nvl72')],
    'org-206': [('MANUFACTURES', 'globalfoundries', 'groq-lpu')],
    'org-213': [('MANUFACTURES', 'tsmc', 'wse-3'), ('MANUFACTURES', 'tsmc', 'wse-2')],
    'org-215': [('USES', 'condor-galaxy', 'wse-3')],
    'org-216': [('INVESTMENT', 'google', 'anthropic')],
    'org-217': [('SUPPLIES', 'micron', 'nvidia')], 'org-218': [('PARTNERS_WITH', 'micron', 'tsmc')],
    'org-222': [('MANUFACTURES', 'tsmc', 'h100')], 'org-223': [('SUPPLIES', 'tsmc', 'nvidia')],
    'org-224': [('MANUFACTURES', 'tsmc', None)],
    'org-226': [('USES', 'apple-foundation-models', 'tpu-v4'), ('USES', 'apple-foundation-models', 'tpu-v5p')],
}
# The entities that the relation items name as subjects or customers and that must exist, by the name
# the item uses (a new company gets a record citing the first item that names it).
SUBJECT_NAMES = {
    'Samsung Electronics and SK hynix': ['Samsung Electronics', 'SK hynix'],
    'Nvidia and AMD': ['Nvidia', 'AMD'],
    'Meta, OpenAI, Anthropic (and Google)': ['Meta', 'OpenAI', 'Anthropic', 'Google'],
}
# How the items state an investment's amount: their notes and details say "up to" or "~".
AMOUNT_QUALIFIERS = {'org-144': 'UP_TO', 'org-163': 'UP_TO', 'org-164': 'UP_TO', 'org-167': 'EXACT',
                     'org-216': 'ABOUT'}
ATTRIBUTE_NAMES = {'USES': 'uses', 'MANUFACTURES': 'fabricates', 'INVESTS_IN': 'invests in'}

# Claims: item -> (claimant, subject); None for a claimant that is no entity (kept as an attribute).
CLAIMS = {
    'org-112': ('trendforce', 'tsmc'), 'org-133': ('trendforce', 'tsmc'), 'org-153': ('aws', 'project-rainier'),
    'org-154': ('ron-diamant', 'project-rainier'), 'org-173': ('jim-keller', 'tenstorrent'),
    'org-188': ('jensen-huang', 'rubin'), 'org-190': ('hock-tan', 'broadcom'),
    'org-080': (None, 'asml'), 'org-099': (None, 'coreweave'), 'org-134': (None, 'nvidia'),
}

# The 2 acquisitions: seeds/deals.yaml writes every acquisition of deals.json, which has both deals.
HELD_ELSEWHERE = {
    'org-084': 'the same deal (SoftBank Group acquires Ampere Computing, $6.5B, March 2025) is deals.json '
               'deal-155, deal-156, deal-282 and deal-283; seeds/deals.yaml writes the acquisitions',
    'org-088': 'the same deal (Meta Platforms acquires Rivos, announced 2025-09-30) is deals.json deal-161 '
               'and deal-162; seeds/deals.yaml writes the acquisitions',
}

# Roles: (id, items, overrides). Items that agree are one role. Overrides: title (as an item states it,
# without the dates it carried), since, until, note, rank, rankReason. Without overrides, a role takes its
# first item's title and the items' since and until.
ROLES = [
    # TSMC
    ('mark-liu-chairman-tsmc', ['org-001', 'org-002'], {}),
    ('c-c-wei-ceo-tsmc', ['org-003'], {}),
    ('c-c-wei-ceo-and-vice-chairman-tsmc', ['org-004'], {}),
    ('c-c-wei-chairman-tsmc', ['org-005'], {}),
    ('c-c-wei-board-member-tsmc', ['org-006'], {}),
    ('morris-chang-founder-tsmc', ['rol-037'], {}),
    # Qualcomm, Micron, SanDisk
    ('cristiano-amon-ceo-qualcomm', ['org-007'], {}),
    ('cristiano-amon-president-qualcomm', ['org-008'], {}),
    ('steve-mollenkopf-ceo-qualcomm', ['org-009'], {}),
    ('sanjay-mehrotra-ceo-micron', ['org-010'], {}),
    ('sanjay-mehrotra-ceo-sandisk', ['org-011'], {}),
    ('mark-durcan-ceo-micron', ['org-012'], {}),
    # SK hynix, SK Group, Samsung
    ('kwak-noh-jung-co-ceo-sk-hynix', ['org-013'], {}),
    ('kwak-noh-jung-ceo-sk-hynix', ['org-014'], {}),
    ('lee-seok-hee-co-ceo-sk-hynix', ['org-015'], {}),
    ('park-jung-ho-co-ceo-sk-hynix', ['org-016'], {}),
    ('chey-tae-won-chairman-sk-group', ['rol-040'], {}),
    ('jun-young-hyun-head-device-solutions-samsung', ['org-017'], {}),
    ('kyung-kye-hyun-head-device-solutions-samsung', ['org-018'], {}),
    ('jun-young-hyun-co-ceo-samsung', ['org-019'], {}),
    ('han-jin-man-head-foundry-samsung', ['org-020'], {}),
    # Nvidia
    ('jensen-huang-ceo-nvidia', ['org-024', 'rol-011'], {'title': 'founder and CEO'}),
    ('jensen-huang-co-founder-nvidia', ['org-025'], {}),
    ('colette-kress-cfo-nvidia', ['rol-045'], {}),
    # AMD
    ('lisa-su-ceo-amd', ['org-026', 'rol-012'], {}),
    ('lisa-su-chair-amd', ['org-194', 'rol-021'], {}),
    ('lisa-su-coo-amd', ['org-027'], {}),
    ('rory-read-ceo-amd', ['org-028'], {}),
    ('john-e-caldwell-chair-amd', ['org-195'], {}),
    ('victor-peng-president-aecg-amd', ['rol-018'], {}),
    ('forrest-norrod-evp-data-center-amd', ['rol-020'], {}),
    ('vamsi-boppana-svp-ai-amd', ['rol-023'], {}),
    ('frank-zhang-ceo-zt-systems', ['rol-019'], {}),
    # Intel
    ('pat-gelsinger-ceo-intel', ['org-029', 'org-030', 'rol-026', 'rol-052', 'rol-053'],
     {'note': 'rol-026 states the title as of Dec 2023. rol-053: UPI says the retirement was announced Dec 2.'}),
    ('david-zinsner-interim-co-ceo-intel', ['org-031', 'rol-054'],
     {'title': 'interim co-CEO; EVP and CFO', 'until': '2025-03'}),
    ('michelle-johnston-holthaus-interim-co-ceo-intel', ['org-032', 'rol-055'],
     {'title': 'interim co-CEO; CEO of Intel Products', 'until': '2025-03'}),
    ('frank-yeary-interim-executive-chair-intel', ['org-033', 'org-038'], {'title': 'interim executive chair'}),
    ('bob-swan-ceo-intel-neowin', ['org-034'],
     {'title': 'CEO', 'note': 'Its start conflicts with org-035 (June 2018); both press, neither preferred.'}),
    ('bob-swan-ceo-intel-ani', ['org-035'],
     {'title': 'CEO', 'note': 'Its start conflicts with org-034 (July 2018); both press, neither preferred.'}),
    ('lip-bu-tan-ceo-intel', ['org-036', 'rol-050'], {}),
    ('lip-bu-tan-board-member-intel', ['org-037', 'org-039'], {'title': 'member of the board of directors'}),
    ('lip-bu-tan-board-member-intel-neowin', ['org-040'],
     {'note': 'Its start (2021) conflicts with org-039 (September 2022); org-037, Intel\'s own filing, gives '
      'only the end, August 2024.'}),
    ('lip-bu-tan-ceo-cadence', ['rol-051'], {'title': 'CEO', 'since': '2009', 'until': '2021'}),
    ('lip-bu-tan-investor-habana-labs', ['rol-056'], {}),
    ('sandra-rivera-evp-data-center-ai-intel', ['rol-069'], {}),
    ('randhir-thakur-president-intel-foundry', ['org-107'], {}),
    ('naga-chandrasekaran-cgoo-intel-foundry', ['org-219'], {}),
    ('keyvan-esfarjani-cgoo-intel-foundry', ['org-220'], {}),
    ('kevin-obuckley-head-intel-foundry-services', ['org-221'], {}),
    # Amazon and AWS
    ('andy-jassy-ceo-amazon', ['org-041', 'rol-008', 'rol-064'], {}),
    ('andy-jassy-head-aws', ['org-043', 'rol-041'],
     {'title': 'head of AWS, later AWS CEO',
      'note': 'org-043 states the title as "head of AWS (from its founding in 2003), later AWS CEO"; rol-041 '
              'states "CEO of AWS" as of Dec 2020.'}),
    ('jeff-bezos-ceo-amazon', ['org-042'], {}),
    ('james-hamilton-executive-amazon', ['rol-068'],
     {'title': 'Amazon executive'}),
    ('adam-selipsky-ceo-aws', ['org-174', 'rol-063'],
     {'note': 'Its start (March 2021) is when the appointment was announced; org-044 gives May 17, 2021, '
              'when he rejoined Amazon.'}),
    ('adam-selipsky-ceo-aws-rejoined', ['org-044'],
     {'title': 'CEO'}),
    ('adam-selipsky-coo-aws', ['org-045'], {'title': 'COO'}),
    ('adam-selipsky-ceo-tableau', ['org-046'], {}),
    ('matt-garman-ceo-aws', ['rol-062', 'rol-032'],
     {'title': 'chief executive', 'since': '2024-06-03'}),
    ('matt-garman-svp-sales-aws', ['org-175'], {}),
    ('rami-sinno-director-silicon-engineering-aws', ['rol-001', 'rol-002'], {}),
    ('rami-sinno-cto-annapurna-labs', ['rol-003'],
     {'rank': 'DEPRECATED',
      'rankReason': 'its own note: likely a re-write of the FT article that renders the title wrongly; other '
                    'pages say director of (silicon) engineering'}),
    ('rami-sinno-engineering-director-annapurna-labs', ['rol-042'], {}),
    ('rami-sinno-austin-trainium2-lead-aws', ['rol-072'],
     {'title': 'leads Austin Trainium2 engineering team'}),
    ('rami-sinno-joins-arm', ['rol-004'], {}),
    ('ron-diamant-lead-architect-annapurna-labs', ['rol-005'], {}),
    ('nafea-bshara-vp-aws', ['rol-006'], {}),
    ('chetan-kapoor-director-product-aws', ['rol-007'], {}),
    ('dave-brown-vp-compute-networking-aws', ['rol-009'], {}),
    ('gadi-hutt-senior-director-aws', ['rol-043'], {}),
    ('ali-saidi-distinguished-engineer-aws', ['rol-044'], {}),
    ('kristopher-king-head-austin-lab-annapurna-labs', ['rol-071'], {}),
    ('daniel-newman-analyst-futurum-group', ['rol-010'], {}),
    ('daniel-newman-host-futurum-group', ['rol-057'], {}),
    ('g-dan-hutcheson-analyst-techinsights', ['rol-070'], {}),
    # Habana, Arm, SoftBank, Mellanox, Silo AI, Broadcom, Marvell
    ('david-dahan-ceo-habana-labs', ['rol-013'], {}),
    ('avigdor-willenz-chairman-habana-labs', ['rol-014'], {}),
    ('rene-haas-ceo-arm', ['org-052', 'rol-015'], {}),
    ('simon-segars-ceo-arm', ['org-053'], {}),
    ('warren-east-ceo-arm', ['org-054'], {}),
    ('masayoshi-son-ceo-softbank', ['rol-016'], {}),
    ('eyal-waldman-ceo-mellanox', ['rol-017'], {}),
    ('peter-sarlin-ceo-silo-ai', ['rol-022'], {}),
    ('hock-tan-ceo-broadcom', ['org-047', 'rol-024', 'rol-039'], {}),
    ('hock-tan-board-member-meta', ['org-048'], {}),
    ('matt-murphy-ceo-marvell', ['org-060', 'rol-038'], {}),
    ('sehat-sutardja-ceo-marvell', ['org-061'], {}),
    # Microsoft, Google, Meta, Apple, Deutsche Telekom, Databricks
    ('satya-nadella-ceo-microsoft', ['rol-060', 'rol-025'], {'title': 'CEO', 'since': '2014-02-04'}),
    ('sundar-pichai-ceo-alphabet', ['rol-058'], {'title': 'CEO of Alphabet and CEO of Google', 'since': '2019-12-03'}),
    ('sundar-pichai-ceo-google', ['rol-059'], {'title': 'CEO of Google', 'since': '2015-10-02'}),
    ('jeff-dean-chief-scientist-google', ['rol-065'], {}),
    ('mark-zuckerberg-ceo-meta', ['org-212', 'rol-067'], {}),
    ('benoit-dupin-senior-director-apple', ['rol-046'], {}),
    ('timotheus-hottges-ceo-deutsche-telekom', ['rol-049'], {'title': 'CEO', 'since': '2014-01-01'}),
    ('ali-ghodsi-ceo-databricks', ['rol-047'], {'title': 'CEO (co-founder)', 'since': '2015'}),
    ('ion-stoica-ceo-databricks', ['rol-048'], {'title': 'founding CEO', 'until': '2015'}),
    # AI labs
    ('dario-amodei-ceo-anthropic', ['org-063', 'rol-033'], {}),
    ('daniela-amodei-president-anthropic', ['rol-034'], {}),
    ('dario-amodei-vp-research-openai', ['org-062', 'rol-035'], {}),
    ('sam-altman-ceo-openai', ['org-210', 'org-055'], {'title': 'Chief executive officer'}),
    ('sam-altman-ceo-openai-reinstated', ['org-056'], {}),
    ('sam-altman-co-founder-ceo-openai', ['rol-066'], {}),
    ('sam-altman-co-chair-openai', ['rol-036'], {}),
    ('sam-altman-president-y-combinator', ['org-211'], {}),
    ('mira-murati-interim-ceo-openai', ['org-057'], {}),
    ('emmett-shear-interim-ceo-openai', ['org-058'], {}),
    ('bret-taylor-chair-openai', ['org-059'], {}),
    # AI chip companies
    ('jim-keller-president-cto-tenstorrent', ['org-049'], {}),
    ('jim-keller-ceo-tenstorrent', ['org-050'], {}),
    ('ljubisa-bajic-ceo-tenstorrent', ['org-051'], {}),
    ('andrew-feldman-ceo-cerebras', ['org-064', 'rol-027'], {}),
    ('gary-lauterbach-cto-cerebras', ['org-065'], {}),
    ('sean-lie-cto-cerebras', ['org-066'], {}),
    ('jonathan-ross-ceo-groq', ['org-070', 'rol-061'], {}),
    ('simon-edwards-ceo-groq', ['org-071'], {}),
    ('sunny-madra-president-groq', ['org-072'], {}),
    ('krishna-rangasayee-coo-groq', ['rol-028'],
     {'title': 'chief operating officer', 'since': '2017'}),
    ('rodrigo-liang-ceo-sambanova', ['org-074', 'rol-030'], {}),
    ('kunle-olukotun-co-founder-sambanova', ['org-075', 'rol-031'], {}),
    ('nigel-toon-ceo-graphcore', ['org-207', 'rol-029'], {}),
    ('simon-knowles-cto-graphcore', ['org-208'], {}),
    ('renee-james-ceo-ampere-computing', ['org-083'], {}),
    ('michael-intrator-ceo-coreweave', ['org-098'], {}),
    ('charles-liang-ceo-supermicro', ['org-103'], {}),
]


# Roles that another file states under another id (its title in other words): the same fact, kept once there.
SAME_ROLE = {'peter-sarlin-ceo-silo-ai': 'peter-sarlin-co-founder-and-ceo-silo-ai'}


def slug(text, limit=60):
    text = unicodedata.normalize('NFKD', text).encode('ascii', 'ignore').decode('ascii')
    return re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')[:limit].strip('-')


def source_id(url):
    return 'src-' + hashlib.sha1(url.encode('utf-8')).hexdigest()[:12]


def precise(a, b):
    """The more precise of two partial dates that agree (one a prefix of the other), or None if they differ."""
    if a is None or b is None:
        return a or b
    if a.startswith(b):
        return a
    if b.startswith(a):
        return b
    return None


def load_seeds():
    """The ids, names and source urls of every other dataset file of seeds/."""
    ids, names, urls = set(), {}, {}
    for name in sorted(os.listdir(SEEDS)):
        path = os.path.join(SEEDS, name)
        if path == OUT or not os.path.isfile(path):
            continue
        if name.endswith('.json'):
            data = json.load(open(path, encoding='utf-8'))
        elif name.endswith(('.yaml', '.yml')):
            data = yaml.safe_load(open(path, encoding='utf-8'))
        else:
            continue
        for key, records in data.items():
            if not isinstance(records, list) or (path == INDUSTRY and key in ('people', 'roles')):
                continue
            for r in records:
                if not isinstance(r, dict) or 'id' not in r:
                    continue
                ids.add(r['id'])
                if key == 'sources' and r.get('url'):
                    urls.setdefault(r['url'], r['id'])
                if key in ('companies', 'chips', 'people', 'products', 'projects'):
                    for n in [r['name']] + list(r.get('aliases') or []):
                        names[n.lower()] = r['id']
    return ids, names, urls


def main():
    v2 = json.load(open(V2, encoding='utf-8'))['items']
    facts = json.load(open(FACTS, encoding='utf-8'))
    fact_items = facts['people'] + facts['roles']
    items = OrderedDict((it['id'], it) for it in v2 + fact_items)
    existing_ids, existing_names, existing_urls = load_seeds()

    # Sources: a url already declared by another file keeps its id there; the others are declared here.
    sources = OrderedDict()
    for it in items.values():
        url = it['source']
        if url in existing_urls:
            continue
        s = sources.setdefault(url, {'id': source_id(url), 'url': url, 'title': None, 'published': None, 'tiers': []})
        if not s['title'] and it.get('source_title'):
            s['title'] = it['source_title']
        if not s['published'] and it.get('source_date'):
            s['published'] = it['source_date']
        s['tiers'].append(it.get('tier_hint', 'secondary'))
    source_records = []
    for url, s in sources.items():
        host = urlparse(url).hostname or ''
        tiers = s['tiers']
        tier = sorted(set(tiers), key=lambda t: (-tiers.count(t), TIER_ORDER[t]))[0]
        rec = {'id': s['id'], 'title': s['title'] or (host + urlparse(url).path)[:1000],
               'publisher': re.sub(r'^www\.', '', host), 'url': url}
        if s['published']:
            rec['published'] = s['published']
        rec['tier'] = TIERS[tier]
        if len(set(tiers)) > 1:
            rec['note'] = 'The reference items give this page different tier hints: ' + ', '.join(sorted(set(tiers))) + '.'
        if rec['id'] in existing_ids:
            sys.exit(f'source id {rec["id"]} of {url} is already declared with another url')
        source_records.append(rec)

    def sid(url):
        return existing_urls.get(url) or source_id(url)

    def cite(item):
        return {'source': sid(item['source']), 'quote': item['evidence']}

    def add_cite(rec, item):
        c = cite(item)
        if c not in rec.setdefault('sources', []):
            rec['sources'].append(c)
        if item['id'] not in rec.setdefault('refs', []):
            rec['refs'].append(item['id'])

    def status_note(item):
        status = item.get('status')
        return None if status in (None, 'reported') else f'status: {status}'

    def notes_of(group, extra=None):
        many = len(group) > 1
        out = [extra] if extra else []
        for it in group:
            for n in (status_note(it), it.get('note'), ('as of ' + it['as_of']) if it.get('as_of') else None):
                if n:
                    out.append(f'{it["id"]}: {n}' if many else n)
        text = ''
        for part in out:
            text += (' ' if text.endswith('.') else '; ' if text else '') + part
        return text[:5000] or None

    not_loaded = OrderedDict(HELD_ELSEWHERE)
    beside = OrderedDict()  # item -> why it is kept as an attribute or a note
    companies, chips, products, projects, people = (OrderedDict() for _ in range(5))
    used_ids = set(existing_ids)

    def entity(table, eid, name, item, **extra):
        """The record of a new entity of this file, citing the first item that names it."""
        if eid in existing_ids:
            return eid
        rec = table.get(eid)
        if rec is None:
            rec = table[eid] = {'id': eid, 'name': name, **extra}
        if not rec.get('sources'):
            add_cite(rec, item)
        return eid

    def company(name, item):
        entry = ORGS.get(name)
        if entry is None:
            sys.exit(f'{item["id"]}: organization {name!r} is not in the ORGS table')
        if isinstance(entry, str):
            if entry not in existing_ids and entry not in companies:
                sys.exit(f'{item["id"]}: {name!r} maps to {entry}, which no file declares')
            if entry in companies and not companies[entry].get('sources'):
                add_cite(companies[entry], item)
            return entry
        cid, cname, aliases = entry
        return entity(companies, cid, cname, item, **({'aliases': list(aliases)} if aliases else {}))

    def person(name, item):
        pid = PERSON_IDS.get(name) or existing_names.get(name.lower()) or slug(name)
        extra = {'aliases': PERSON_ALIASES[name]} if name in PERSON_ALIASES else {}
        return entity(people, pid, name, item, **extra)

    def ensure(eid, item):
        """A company, chip, product or project by id, as the RELATIONS and CLAIMS tables name them."""
        if eid in existing_ids or eid in companies or eid in people:
            return eid
        for name, entry in ORGS.items():
            if isinstance(entry, tuple) and entry[0] == eid:
                return company(name, item)
        for name, pid in PRODUCTS.items():
            if pid == eid:
                return entity(products, pid, name, item)
        for name, pid in PROJECTS.items():
            if pid == eid:
                return entity(projects, pid, name, item)
        if eid in NEW_CHIPS:
            name, aliases = NEW_CHIPS[eid]
            return entity(chips, eid, name, item, aliases=aliases)
        sys.exit(f'{item["id"]}: no entity {eid}')

    # Entities: companies, products and projects of the v2 collection.
    attributes = []

    def attribute(eid, item, attr, value, note=None):
        notes = [n for n in (note, status_note(item), item.get('note')) if n]
        base = f'{eid}-{slug(attr, 30)}-{item["id"]}'
        rec = {'id': base, 'entity': eid, 'attribute': attr, 'value': str(value)}
        if notes:
            rec['note'] = '; '.join(notes)[:5000]
        rec['sources'] = [cite(item)]
        rec['refs'] = [item['id']]
        used_ids.add(base)
        attributes.append(rec)

    by_company = OrderedDict()
    for it in v2:
        if it['kind'] != 'entity':
            continue
        if it['entity_type'] == 'company':
            by_company.setdefault(company(it['name'], it), []).append(it)
        elif it['entity_type'] == 'product':
            pid = entity(products, PRODUCTS[it['name']], it['name'], it)
            if pid not in products:
                # A product another file declares: its fields are that file's; the item's words are kept beside.
                attribute(pid, it, 'description', it['description'], 'the product record is in another dataset file')
                beside[it['id']] = f'{pid} is declared by another dataset file; the item\'s description is an attribute'
                continue
            rec = products[pid]
            add_cite(rec, it)
            rec['aliases'] = it.get('aliases') or []
            rec['maker'] = PRODUCT_MAKERS[pid]
            rec['description'] = it['description']
            if it.get('founded'):
                attribute(pid, it, 'founded', it['founded'], 'a product record has no date field')
                beside[it['id']] = f'the founding date {it["founded"]} of a product is an attribute'
        else:
            pid = entity(projects, PROJECTS[it['name']], it['name'], it)
            if pid not in projects:
                attribute(pid, it, 'description', it['description'], 'the project record is in another dataset file')
                beside[it['id']] = f'{pid} is declared by another dataset file; the item\'s description is an attribute'
                continue
            rec = projects[pid]
            add_cite(rec, it)
            rec['aliases'] = it.get('aliases') or []
            if pid in PROJECT_OPERATORS:
                rec['operator'] = PROJECT_OPERATORS[pid]
            rec['description'] = it['description']
            if it.get('founded'):
                attribute(pid, it, 'founded', it['founded'], 'a project record has no date field')
                beside[it['id']] = f'the founding date {it["founded"]} of a project is an attribute'
    for cid, group in by_company.items():
        group.sort(key=lambda i: TIER_ORDER[i['tier_hint']])
        if cid not in companies:
            # A company another file declares: its fields are that file's; the items' values are kept beside it.
            for it in group:
                for key in ('founded', 'country'):
                    if it.get(key):
                        attribute(cid, it, key, it[key], 'the company record is in another dataset file')
                if not (it.get('founded') or it.get('country')):
                    attribute(cid, it, 'description', it['description'], 'the company record is in another dataset file')
                beside[it['id']] = f'{cid} is declared by another dataset file; the item\'s values are attributes'
            continue
        rec = companies[cid]
        for it in group:
            add_cite(rec, it)
        best = group[0]
        aliases = list(rec.get('aliases', []))
        for it in group:
            for a in it.get('aliases') or []:
                if a not in aliases and a.lower() != rec['name'].lower() and not YEAR.search(a):
                    aliases.append(a)
        if aliases:
            rec['aliases'] = aliases
        if best.get('company_kind'):
            rec['kinds'] = [best['company_kind'].upper()]
        founded = [it['founded'] for it in group if it.get('founded')]
        tied = [it for it in group if it.get('founded') and TIER_ORDER[it['tier_hint']] == TIER_ORDER[best['tier_hint']]]
        if founded and len({it['founded'] for it in tied}) <= 1 and best.get('founded'):
            rec['founded'] = best['founded']
        for it in group:
            if it.get('founded') and it['founded'] != rec.get('founded'):
                attribute(cid, it, 'founded', it['founded'],
                          'conflicts with another item of the same tier; no founding date is put on the record'
                          if 'founded' not in rec else f'conflicts with founded {rec["founded"]} on the record')
                beside[it['id']] = f'founded {it["founded"]} conflicts with another item; kept as an attribute'
        if best.get('country'):
            rec['country'] = best['country']
        rec['description'] = best['description']

    # Roles.
    roles = []
    role_items = {it['id'] for it in items.values() if it.get('kind') == 'role' or it['id'].startswith('rol-')}
    grouped = set()
    for rid, members, over in ROLES:
        group = [items[m] for m in members]
        grouped.update(members)
        first = group[0]
        pid = person(first['person'], first)
        org = company(first['organization'], first)
        for it in group:
            if (PERSON_IDS.get(it['person']) or existing_names.get(it['person'].lower()) or slug(it['person'])) != pid:
                sys.exit(f'{rid}: {it["id"]} is about another person')
        title = over.get('title') or first.get('title') or first.get('role')
        since, until = None, None
        for it in group:
            for key in ('since', 'until'):
                value = it.get(key)
                if value is None:
                    continue
                current = since if key == 'since' else until
                merged = precise(current, value)
                if merged is None:
                    sys.exit(f'{rid}: {it["id"]} gives {key} {value}, another item {current}')
                if key == 'since':
                    since = merged
                else:
                    until = merged
        since = over.get('since', since)
        until = over.get('until', until)
        if YEAR.search(title):
            sys.exit(f'{rid}: title {title!r} carries a year; give the title without it and the dates as since/until')
        stated = [f'{it["id"]} states the title as "{it.get("title") or it.get("role")}".' for it in group
                  if (it.get('title') or it.get('role')) != title and YEAR.search(it.get('title') or it.get('role'))]
        told = [s for s in stated if s.split(' ')[0] not in over.get('note', '')]
        extra = ' '.join(filter(None, [over.get('note')] + told)) or None
        # An organization the items name in a way the id does not say (two of them, or with a remark).
        given = sorted({it['organization'] for it in group if ' / ' in it['organization'] or '(' in it['organization']})
        if given:
            extra = ' '.join(filter(None, [extra, 'Organization as given: ' + '; '.join(given) + '.']))
        rec = {'id': rid, 'person': pid, 'organization': org, 'title': title}
        if since:
            rec['since'] = since
        if until:
            rec['until'] = until
        note = notes_of(group, extra)
        if note:
            rec['note'] = note
        if over.get('rank'):
            rec['rank'] = over['rank']
            rec['rankReason'] = over['rankReason']
        for it in group:
            add_cite(rec, it)
        if SAME_ROLE.get(rid) in existing_ids:
            for it in group:
                beside[it['id']] = f'the same role is the record {SAME_ROLE[rid]} of another dataset file, which cites its own items'
            continue
        if rid in existing_ids:
            # The same role is a record of another file (the deals collection states some roles too): the
            # items agree with it, and stay listed here with that record's id.
            for it in group:
                beside[it['id']] = f'the same role is the record {rid} of another dataset file, which cites its own items'
            continue
        if rid in used_ids:
            sys.exit(f'role id {rid} is already used')
        used_ids.add(rid)
        roles.append(rec)
    missing = sorted(role_items - grouped)
    if missing:
        sys.exit(f'role items in no ROLES entry: {missing}')

    # People: the industry-facts people items describe them; everyone a role names has a record.
    for it in facts['people']:
        pid = PERSON_IDS.get(it['name']) or existing_names.get(it['name'].lower()) or slug(it['name'])
        if pid in existing_ids:
            # A career in words holds role dates, which no attribute may hold; the person's record (and its
            # description) belongs to the founding article's file, which cites only the article.
            not_loaded[it['id']] = (
                f'the career in words of {pid}, whose record is in the founding article\'s file (it cites only the '
                'article); the roles and dates the item names are typed roles where a roles item states them'
            )
            continue
        person(it['name'], it)
        rec = people[pid]
        add_cite(rec, it)
        text = it.get('facts') or it.get('note')
        rec['description'] = text if not rec.get('description') else rec['description'] + ' ' + text

    # Relations, investments, and what cannot be an edge.
    edges = OrderedDict()
    investments = []
    for it in v2:
        if it['kind'] != 'relation':
            continue
        for names in (SUBJECT_NAMES.get(it['subject'], []), SUBJECT_NAMES.get(it['object'], [])):
            for n in names:
                company(n, it)
        for typ, frm, to in RELATIONS[it['id']]:
            frm = ensure(frm, it)
            if to is None:
                attribute(frm, it, ATTRIBUTE_NAMES[typ], it['object'],
                          'names no single chip or company of the dataset' if typ != 'INVESTS_IN'
                          else 'a person investing in a company has no relation in the model')
                beside[it['id']] = (f'{it["predicate"]} {it["object"]!r}: names no single entity the relation '
                                    'can point at; kept as an attribute of the subject')
                continue
            to = ensure(to, it)
            if typ == 'INVESTMENT':
                rec = {'id': f'{frm}-invests-in-{to}-{it["since"][:7]}', 'investor': frm, 'investee': to,
                       'amount': {'amount': it['amount'], 'currency': it['currency']},
                       'amountQualifier': AMOUNT_QUALIFIERS[it['id']]}
                if it.get('since'):
                    rec['announced'] = it['since']
                note = notes_of([it], it.get('detail'))
                if note:
                    rec['note'] = note
                rec['sources'] = [cite(it)]
                rec['refs'] = [it['id']]
                investments.append(rec)
                continue
            edges.setdefault((typ, frm, to), []).append(it)
    relations = []
    for (typ, frm, to), group in edges.items():
        rec = {'type': typ, 'from': frm, 'to': to}
        whats = []
        for it in group:
            if it.get('what') and it['what'] not in whats:
                whats.append(it['what'])
        if whats and typ in ('SUPPLIES', 'LICENSES'):
            # Whole statements only, as many as the field holds; the note gives each item's what.
            kept = []
            for w in whats:
                if len('; '.join(kept + [w])) <= 200:
                    kept.append(w)
            rec['what'] = '; '.join(kept) or whats[0][:200]
        if typ == 'USES':
            details = [it['detail'] for it in group if it.get('detail')]
            if details:
                rec['detail'] = '; '.join(details)[:500]
        sinces = sorted(it['since'] for it in group if it.get('since'))
        if sinces:
            rec['since'] = sinces[0]
        untils = [it.get('until') for it in group]
        if all(untils):
            rec['until'] = sorted(untils)[-1]
        parts = []
        for it in group:
            bits = [b for b in (f'object as given: {it["object"]}' if it['object'] not in ORGS and typ != 'USES' and typ != 'MANUFACTURES' else None,
                                f'as CUSTOMER_OF, {it["subject"]} -> {it["object"]}' if it['predicate'] == 'CUSTOMER_OF' else None,
                                f'what: {it["what"]}' if it.get('what') and len(whats) > 1 else None,
                                f'since {it["since"]}' if it.get('since') and len(group) > 1 else None,
                                f'until {it["until"]}' if it.get('until') else None,
                                it.get('detail') if typ not in ('USES',) else None,
                                status_note(it), it.get('note')) if b]
            if bits:
                parts.append(f'{it["id"]}: ' + '; '.join(bits))
        if parts:
            rec['note'] = ' | '.join(parts)[:5000]
        rec['sources'] = []
        rec['refs'] = []
        for it in group:
            add_cite(rec, it)
        relations.append(rec)

    claims = []
    for it in v2:
        if it['kind'] != 'claim':
            continue
        claimant, subject = CLAIMS[it['id']]
        subject = ensure(subject, it) if subject not in people else subject
        if claimant is None:
            attribute(subject, it, 'reported by ' + it['claimant'], it['statement'],
                      f'figure: {it["figure"]}' if it.get('figure') else None)
            beside[it['id']] = f'claimant {it["claimant"]!r} is no entity of the dataset; kept as an attribute of the subject'
            continue
        if claimant not in existing_ids and claimant not in people:
            claimant = ensure(claimant, it)
        rec = {'id': f'claim-{subject}-{it["id"]}', 'claimant': claimant, 'subject': subject,
               'statement': it['statement']}
        if it.get('figure'):
            rec['figure'] = it['figure']
        if it.get('made'):
            rec['made'] = it['made']
        note = notes_of([it], f'claimant as given: {it["claimant"]}; subject as given: {it["subject"]}')
        rec['note'] = note
        rec['sources'] = [cite(it)]
        rec['refs'] = [it['id']]
        claims.append(rec)

    for it in v2:
        if it['kind'] == 'acquisition' and it['id'] not in HELD_ELSEWHERE:
            sys.exit(f'acquisition {it["id"]} is neither written nor held elsewhere')

    # Output, sorted by id so that diffs stay small.
    def ordered(records, order):
        return [{k: r[k] for k in order if k in r} for r in sorted(records, key=lambda r: r['id'])]

    data = OrderedDict()
    data['sources'] = sorted(source_records, key=lambda r: r['id'])
    data['companies'] = ordered(companies.values(), ('id', 'name', 'aliases', 'kinds', 'founded', 'country',
                                                     'description', 'sources', 'refs'))
    data['chips'] = ordered(chips.values(), ('id', 'name', 'aliases', 'sources', 'refs'))
    data['products'] = ordered(products.values(), ('id', 'name', 'aliases', 'maker', 'description', 'sources',
                                                   'refs'))
    data['projects'] = ordered(projects.values(), ('id', 'name', 'aliases', 'operator', 'description', 'sources',
                                                   'refs'))
    data['people'] = ordered(people.values(), ('id', 'name', 'aliases', 'description', 'sources', 'refs'))
    data['roles'] = ordered(roles, ('id', 'person', 'organization', 'title', 'since', 'until', 'note', 'rank',
                                    'rankReason', 'sources', 'refs'))
    data['investments'] = ordered(investments, ('id', 'investor', 'investee', 'amount', 'amountQualifier', 'announced', 'note',
                                                'sources', 'refs'))
    data['claims'] = ordered(claims, ('id', 'claimant', 'subject', 'statement', 'figure', 'made', 'note',
                                      'sources', 'refs'))
    data['attributes'] = ordered(attributes, ('id', 'entity', 'attribute', 'value', 'note', 'sources', 'refs'))
    data['relations'] = sorted(relations, key=lambda r: (r['type'], r['from'], r['to']))
    for key in list(data):
        if not data[key]:
            del data[key]
    header = ('# yaml-language-server: $schema=../schema/dataset.schema.json\n'
              '# People, their roles with dates, and the supply chain: every item of the reference collection\n'
              '# reference/v2/people-and-supply.json and the people and roles items of reference/industry-facts.json.\n'
              '# Written by tools/reference-people.py; every record names its items in refs, and every quote is\n'
              "# an item's evidence. Items not loaded, and why: NOT-LOADED.md.\n")
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(header)
        f.write(yaml.safe_dump(json.loads(json.dumps(data)), allow_unicode=True, sort_keys=False, width=110))

    # industry-reference.json no longer holds the people and roles.
    with open(INDUSTRY, encoding='utf-8') as f:
        industry = json.load(f, object_pairs_hook=OrderedDict)
    if 'people' in industry or 'roles' in industry:
        industry.pop('people', None)
        industry.pop('roles', None)
        with open(INDUSTRY, 'w', encoding='utf-8') as f:
            f.write(json.dumps(industry, indent=2, ensure_ascii=False) + '\n')

    # Every item is in a record or listed.
    loaded = set()
    for group in data.values():
        for r in group:
            loaded.update(r.get('refs', []))
    for it in items.values():
        if it['id'] not in loaded and it['id'] not in not_loaded:
            sys.exit(f'item {it["id"]} is in no record and not listed as not loaded')
    v2_ids = [it['id'] for it in v2]
    v2_not_loaded = [i for i in v2_ids if i in not_loaded]
    lines = [f'<!-- begin {SECTION} -->', '', f'## reference/v2/{SECTION}', '',
             'The people, roles and supply-chain items, written to `seeds/people.yaml` by `tools/reference-people.py`',
             'with the people and roles items of `reference/industry-facts.json` (their own table below).', '',
             f'{len(v2_ids)} items; {len(v2_ids) - len(v2_not_loaded)} loaded, {len(v2_not_loaded)} not loaded.', '',
             '| item | reason |', '| --- | --- |']
    lines += [f'| {i} | {not_loaded[i].replace("|", "/")} |' for i in v2_not_loaded]
    facts_ids = [it['id'] for it in fact_items]
    facts_not_loaded = [i for i in facts_ids if i in not_loaded]
    lines += ['', '### reference/industry-facts.json: people and roles', '',
              f'{len(facts_ids)} items; {len(facts_ids) - len(facts_not_loaded)} loaded, {len(facts_not_loaded)} not loaded.',
              '', '| item | reason |', '| --- | --- |']
    lines += [f'| {i} | {not_loaded[i].replace("|", "/")} |' for i in facts_not_loaded]
    lines += ['', '### Kept as an attribute or a note', '',
              'Loaded, but as an `attributes` record or in a note instead of a typed field or relation:', '',
              '| item | reason |', '| --- | --- |']
    lines += [f'| {i} | {r.replace("|", "/")} |' for i, r in sorted(beside.items())]
    lines += ['', f'<!-- end {SECTION} -->']
    section = '\n'.join(lines) + '\n'
    text = open(NOT_LOADED, encoding='utf-8').read() if os.path.exists(NOT_LOADED) else '# Reference items not loaded\n'
    pattern = re.compile(rf'<!-- begin {re.escape(SECTION)} -->.*?<!-- end {re.escape(SECTION)} -->\n?', re.S)
    if pattern.search(text):
        text = pattern.sub(lambda _: section, text)
    else:
        text = text.rstrip('\n') + '\n\n' + section
    with open(NOT_LOADED, 'w', encoding='utf-8') as f:
        f.write(text)

    counts = ', '.join(f'{len(v)} {k}' for k, v in data.items())
    tiers = {}
    for s in source_records:
        tiers[s['tier']] = tiers.get(s['tier'], 0) + 1
    print(f'{counts}; new sources by tier {tiers}; {len(v2_not_loaded)} of {len(v2_ids)} v2 items not loaded, '
          f'{len(beside)} kept as attribute or note')


if __name__ == '__main__':
    main()
