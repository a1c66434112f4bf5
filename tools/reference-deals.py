#!/usr/bin/env python3
"""
Builds seeds/deals.yaml from the second reference collection's deals (../shared/reference/v2/deals.json) and
the acquisitions of the first collection (../shared/reference/industry-facts.json), removes the acquisitions
array from seeds/industry-reference.json (they live in deals.yaml now; its sources stay there), and writes
this collection's section of seeds/NOT-LOADED.md. Deterministic: the same input gives the same files.

Every value comes from an item, cited with the item's source and its evidence as the quote, and every record
names the items it comes from in refs. Acquisitions that agree (same buyer, target, price, status and dates
that do not contradict) are one record with several citations. The names as the items spell them are mapped
to the dataset's ids by the tables below; the first collection's acquisitions, whose fields are free text,
are read by the FIRST_ACQUISITIONS table, each checked against its evidence.

    python3 tools/reference-deals.py && npx prettier --write seeds/deals.yaml seeds/industry-reference.json seeds/NOT-LOADED.md
"""
import hashlib
import json
import os
import re
from collections import OrderedDict, defaultdict
from urllib.parse import urlparse

import yaml
from reference_common import page_titles  # tools/, the script's own folder

PAGE_TITLES = page_titles()

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, '..', 'shared', 'reference')
REFERENCE = os.path.join(SHARED, 'v2', 'deals.json')
FIRST = os.path.join(SHARED, 'industry-facts.json')
INDUSTRY = os.path.join(ROOT, 'seeds', 'industry-reference.json')
OUT = os.path.join(ROOT, 'seeds', 'deals.yaml')
NOT_LOADED = os.path.join(ROOT, 'seeds', 'NOT-LOADED.md')
SECTION = 'deals.json'

# A company as the items name it -> its id in the dataset, or (id, name, aliases) for a company no dataset
# file has yet. None: the name is no single company (the item is not loaded, see NOT-LOADED.md).
COMPANIES = {
    'AMD': 'amd', 'Nvidia': 'nvidia', 'NVIDIA': 'nvidia', 'Intel': 'intel', 'Google': 'google',
    'Google Cloud': 'google', 'Microsoft': 'microsoft', 'Microsoft Azure': 'microsoft', 'Amazon': 'amazon',
    'Amazon Web Services': 'aws', 'Anthropic': 'anthropic', 'OpenAI': 'openai', 'Broadcom': 'broadcom',
    'Arm': 'arm', 'Arm Limited': 'arm', 'ARM Holdings': 'arm', 'Arm Holdings': 'arm', 'Arm Ltd': 'arm',
    'SoftBank Group': 'softbank', 'Graphcore': 'graphcore', 'Groq': 'groq', 'Habana Labs': 'habana-labs',
    'Mellanox Technologies': 'mellanox', 'Marvell Technology': 'marvell', 'Marvell': 'marvell',
    'Run:ai': 'run-ai', 'SambaNova Systems': 'sambanova', 'Silo AI': 'silo-ai', 'SK hynix': 'sk-hynix',
    'Samsung Electronics': 'samsung-electronics', 'Samsung Electronics (foundry)': 'samsung-foundry',
    'TSMC': 'tsmc', 'VMware': 'vmware', 'Xilinx': 'xilinx', 'ZT Systems': 'zt-systems',
    'Cerebras Systems': 'cerebras', 'CoreWeave': 'coreweave', 'GlobalFoundries': 'globalfoundries',
    'Mobileye': 'mobileye', 'Annapurna Labs': 'annapurna-labs', 'Galileo Technology': 'galileo-technology',
    'ATI Technologies': 'ati-technologies', 'Cavium': 'cavium', 'Avago Technologies': 'avago',
    'Broadcom Corporation': 'broadcom-corporation', 'Databricks': 'databricks', 'MosaicML': 'mosaicml',
    'SK Telecom': 'sk-telecom', 'Hynix Semiconductor': 'sk-hynix', 'Hyundai Electronics': 'hyundai-electronics',
    'LG Semiconductor': 'lg-semiconductor', 'Oracle': ('oracle', 'Oracle', []),
    # Parts of a company the items name as a deal's target or buyer: the company, the part said in the note.
    'Groq (assets / inference technology)': 'groq', 'Altera (51% stake, from Intel)': 'altera',
    'Intel (about 4% equity stake)': 'intel', 'Nokia (2.9% stake)': 'nokia',
    'Untether AI (engineering team)': 'untether-ai', 'ZT Systems (manufacturing business)': 'zt-systems',
    'ZT Systems data center infrastructure manufacturing business (from AMD)': 'zt-systems',
    'Ampere Computing Holdings LLC': 'ampere-computing', 'xAI (GPU-leasing SPV)': 'xai',
    'Qualcomm Technologies': 'qualcomm', 'Alphawave IP Group (Alphawave Semi)': 'alphawave-ip-group',
    'Meta Platforms': 'meta', 'SoftBank Vision Fund 2 (lead of $676M round)': 'softbank-vision-fund-2',
    # New companies.
    'Enfabrica': ('enfabrica', 'Enfabrica', []), 'CentML': ('centml', 'CentML', []),
    'Deci AI': ('deci-ai', 'Deci AI', ['Deci']), 'Pensando Systems': ('pensando-systems', 'Pensando Systems', ['Pensando']),
    'Nod.ai': ('nod-ai', 'Nod.ai', ['Nod']), 'Mipsology': ('mipsology', 'Mipsology', []),
    'Untether AI': ('untether-ai', 'Untether AI', []), 'MK1': ('mk1', 'MK1', []),
    'MIPS': ('mips', 'MIPS', []), 'Sanmina': ('sanmina', 'Sanmina', []),
    'Enosemi': ('enosemi', 'Enosemi', ['Enosemi Inc.']), 'Nervana Systems': ('nervana-systems', 'Nervana Systems', ['Nervana']),
    'Altera': ('altera', 'Altera', []), 'Silver Lake': ('silver-lake', 'Silver Lake', []),
    'Qualcomm': ('qualcomm', 'Qualcomm', ['Qualcomm Technologies']), 'Nuvia': ('nuvia', 'Nuvia', ['NUVIA Inc.']),
    'Alphawave IP Group': ('alphawave-ip-group', 'Alphawave IP Group', ['Alphawave Semi']),
    'Inphi': ('inphi', 'Inphi', []), 'Innovium': ('innovium', 'Innovium', []),
    'Avera Semi (GlobalFoundries ASIC business, formerly IBM Microelectronics)': ('avera-semi', 'Avera Semi', []),
    'Ampere Computing': ('ampere-computing', 'Ampere Computing', ['Ampere', 'Ampere Computing Holdings LLC']),
    'Rivos': ('rivos', 'Rivos', ['Rivos Inc.']), 'FuriosaAI': ('furiosaai', 'FuriosaAI', []),
    'Kinara': ('kinara', 'Kinara', []), 'NXP Semiconductors': ('nxp-semiconductors', 'NXP Semiconductors', ['NXP']),
    'Tower Semiconductor': ('tower-semiconductor', 'Tower Semiconductor', []),
    'Lepton AI': ('lepton-ai', 'Lepton AI', []), 'Gretel': ('gretel', 'Gretel', []),
    'Decart': ('decart', 'Decart', []), 'Wayve': ('wayve', 'Wayve', []),
    'Intel Capital': ('intel-capital', 'Intel Capital', []), 'SoftBank Vision Fund 2': ('softbank-vision-fund-2', 'SoftBank Vision Fund 2', []),
    'United States government': ('united-states-government', 'United States government', []),
    'Synopsys': ('synopsys', 'Synopsys', []), 'Nokia': ('nokia', 'Nokia', []),
    'Nebius Group': ('nebius-group', 'Nebius Group', ['Nebius']), 'G42': ('g42', 'G42', []),
    'HUMAIN': ('humain', 'HUMAIN', ['Humain']), 'Disruptive': ('disruptive', 'Disruptive', []),
    'Benchmark Capital': ('benchmark-capital', 'Benchmark Capital', ['Benchmark']),
    'Tesla': ('tesla', 'Tesla', []), 'xAI': ('xai', 'xAI', []), 'Celestial AI': ('celestial-ai', 'Celestial AI', []),
    'Brium': ('brium', 'Brium', []),
}
# Several companies in one name: a relation item stated for each.
SEVERAL = {'Google and Broadcom': ['google', 'broadcom']}
CHIPS = {
    'Nvidia GB200 and GB300': ['gb200-superchip', 'gb300'],
    'Tesla AI4': [('tesla-ai4', 'Tesla AI4', ['AI4', 'AI 4'])],
    'Tesla AI5': [('tesla-ai5', 'Tesla AI5', ['AI5', 'AI 5'])],
}
PEOPLE = {
    'Jonathan Ross': 'jonathan-ross', 'Vamsi Boppana': 'vamsi-boppana', 'Sandra Rivera': 'sandra-rivera',
    'David Dahan': 'david-dahan', 'Nigel Toon': 'nigel-toon', 'Peter Sarlin': 'peter-sarlin',
    'Lip-Bu Tan': 'lip-bu-tan', 'Jensen Huang': 'jensen-huang', 'Colette Kress': 'colette-kress',
    'Hock Tan': 'hock-tan', 'Sam Altman': 'sam-altman',
}
PROJECTS = {'Stargate Project': ('stargate-project', 'Stargate Project')}

# Who made a claim, as the items name them -> an entity id (or a new company/person). None: no one named;
# the claim is not loaded (a claim needs its claimant).
CLAIMANTS = {
    'CNBC sources': ('cnbc', 'CNBC'), 'Globes': ('globes', 'Globes'), 'Groq': 'groq',
    "Tom's Hardware": ('toms-hardware', "Tom's Hardware"),
    'Bloomberg/Reuters (as relayed by TechSpot)': ('bloomberg', 'Bloomberg'),
    'NVIDIA (definitive agreement terms)': 'nvidia', 'Moneycontrol': ('moneycontrol', 'Moneycontrol'),
    'Nvidia': 'nvidia', 'Run:ai / Nvidia': 'nvidia', 'AMD': 'amd', 'Sanmina / AMD': 'sanmina',
    'EconoTimes (citing analysts)': ('econotimes', 'EconoTimes'),
    'abpanelpc (citing CRN)': ('abpanelpc', 'abpanelpc'), 'Untether AI': 'untether-ai', 'Intel': 'intel',
    'tekmono (citing Bloomberg reporting)': ('tekmono', 'tekmono'), 'Qualcomm / Alphawave': 'qualcomm',
    'Marvell / Inphi': 'marvell', 'Bloomberg News (via PANews)': 'bloomberg', 'Jensen Huang': 'jensen-huang',
    'The Motley Fool': ('the-motley-fool', 'The Motley Fool'), 'Jean Hu (AMD CFO)': 'jean-hu',
    'More Than Moore (analyst newsletter)': ('more-than-moore', 'More Than Moore'),
    'OpenAI / Broadcom': 'openai', 'Intel (SEC filing)': 'intel',
    'Bloomberg and other outlets (people familiar)': 'bloomberg', 'SoftBank, OpenAI, Oracle': 'softbank',
    'Cloud Wars (summarising OpenAI)': ('cloud-wars', 'Cloud Wars'), 'industry executives (unnamed)': None,
    'openaimpact.com': ('openaimpact', 'openaimpact.com'),
    'aimetrix (reporting Anthropic/Google announcement)': ('aimetrix', 'aimetrix'),
    'AWS and Anthropic CEOs': 'aws', 'the-ledger.net': ('the-ledger', 'the-ledger.net'),
    'SoftBank filing (via Verdict)': 'softbank', 'redplanx (news aggregator)': ('redplanx', 'redplanx'),
    'Nigel Toon (Graphcore CEO)': 'nigel-toon', 'SoftBank Group (official filing, as relayed)': 'softbank',
    'The Motley Fool (via finanzen.at)': 'the-motley-fool', 'AMD (press release, via digi.no)': 'amd',
    'Marvell': 'marvell', 'Intel (8-K summary)': 'intel', 'Nokia': 'nokia',
    'OpenAI / analysts (Arabian Post via MENAFN)': 'openai', 'analysts': None,
    'reportify (summarising Motley Fool)': ('reportify', 'reportify'),
    'coinalertnews (citing Cerebras IPO filing)': ('coinalertnews', 'coinalertnews'),
    'CoreWeave IPO filing (as relayed)': 'coreweave', 'Benzinga (via inkl)': ('benzinga', 'Benzinga'),
    'Alex Davis (CEO, Disruptive; Groq investor)': 'alex-davis', 'Zendoric': ('zendoric', 'Zendoric'),
    'AMD (10-Q)': 'amd', 'AMD (8-K/A)': 'amd', 'Broadcom/VMware merger terms': 'broadcom',
    'Hock Tan (Broadcom CEO), Q4 FY2025 earnings call': 'hock-tan', 'Mizuho analysts': ('mizuho', 'Mizuho'),
    'court filings (via The New York Times)': ('the-new-york-times', 'The New York Times'),
    'SoftBank / ARM boards (Rule 2.7 announcement, as reproduced)': 'softbank',
    'tradewitheva (summary of announcement)': ('tradewitheva', 'tradewitheva'),
    'Entelechy Asia': ('entelechy-asia', 'Entelechy Asia'), 'Paul, Weiss (Qualcomm counsel)': ('paul-weiss', 'Paul, Weiss'),
    'trial testimony (as reported)': None, 'iAfrica.com': ('iafrica', 'iAfrica.com'),
    'Colette Kress (Nvidia CFO)': 'colette-kress', 'Nvidia (Form 10-Q risk factors, Q3 FY2026)': 'nvidia',
    'AMD (statement)': 'amd',
}
NEW_PEOPLE_CLAIMANTS = {'alex-davis': 'Alex Davis'}
# What a claim is about, as the items say it -> the entity it is about.
SUBJECTS = {
    'Nvidia–Enfabrica deal': 'enfabrica', 'Nvidia acquisitions of Run:ai and Deci AI': 'nvidia',
    'Nvidia–Groq deal': 'groq', 'Nvidia–Mellanox price': 'mellanox', 'Mellanox bidding war': 'mellanox',
    'Nvidia–Arm deal structure': 'arm', 'Nvidia–Arm deal earn-out': 'arm',
    'SoftBank stake in Nvidia under Arm deal': 'nvidia', 'Nvidia–Arm deal employee equity': 'arm',
    'Run:ai software': 'run-ai', 'Pensando DPU platform': 'pensando-systems',
    'Sanmina–ZT Systems manufacturing deal structure': 'zt-systems',
    'ZT Systems engineering team retained by AMD': 'zt-systems', 'AMD 2025 AI acquisitions': 'amd',
    'Untether AI products after AMD deal': 'untether-ai', 'Intel–Altera deal': 'altera',
    'Intel–Silver Lake Altera deal proceeds': 'altera', 'Qualcomm–Alphawave offer terms': 'alphawave-ip-group',
    'Marvell–Inphi deal terms': 'inphi', 'Nvidia–OpenAI investment tranches': 'openai',
    'Nvidia–OpenAI 10 GW deployment': 'openai', 'AMD warrant to OpenAI': 'openai',
    'AMD revenue from OpenAI partnership': 'amd', 'AMD–OpenAI 6 GW deal value': 'openai',
    'OpenAI–Broadcom 10 GW collaboration': 'broadcom', "Nvidia's $5B Intel share purchase": 'intel',
    'Oracle–OpenAI 4.5 GW agreement': 'oracle', 'Stargate joint venture': 'stargate-project',
    'Stargate Project investors': 'stargate-project', 'cost of 1 GW of AI compute': None,
    'Microsoft/Nvidia investment split in Anthropic': 'anthropic',
    'Anthropic–Google Cloud TPU deal value': 'anthropic', 'Amazon–Anthropic 2023 investment tranches': 'anthropic',
    'Amazon–Anthropic first $4B': 'anthropic', 'Ampere Computing ownership before SoftBank deal': 'ampere-computing',
    'SoftBank–Ampere regulatory review': 'ampere-computing', 'SoftBank–Graphcore price': 'graphcore',
    'Nvidia–Arm termination date': 'arm', 'AMD–Xilinx exchange ratio': 'xilinx',
    'Marvell + Inphi combined company': 'marvell', 'Intel–Silver Lake Altera deferred consideration': 'altera',
    'Nvidia–Nokia share subscription': 'nokia', 'OpenAI Stargate DRAM demand': 'stargate-project',
    'value of OpenAI DRAM demand from Samsung/SK hynix': 'openai',
    'Marvell–Celestial AI deal structure': 'celestial-ai', 'Nvidia stake in Synopsys': 'synopsys',
    'Nvidia investment activity 2024-2025': 'nvidia', 'Cerebras customer concentration': 'cerebras',
    'Intel–Tower termination fee': 'tower-semiconductor', 'CoreWeave customer concentration': 'coreweave',
    'HUMAIN Nvidia order value': 'humain', 'Nvidia–Groq deal value': 'groq',
    'Nvidia use of Groq-licensed technology': 'nvidia', 'Nvidia–Mellanox premium': 'mellanox',
    'AMD–ZT Systems deal consideration': 'zt-systems', 'AMD–Xilinx closing date': 'xilinx',
    'Broadcom–VMware consideration': 'vmware', 'Broadcom orders from Anthropic': 'broadcom',
    'Broadcom AI revenue from Anthropic': 'broadcom', 'Google stake in Anthropic': 'anthropic',
    'SoftBank–ARM consideration': 'arm', 'SoftBank–ARM price in USD': 'arm', 'Nvidia–Arm deal value': 'arm',
    'Arm v. Qualcomm/Nuvia licensing case': 'arm', 'Qualcomm rationale for Nuvia acquisition': 'nuvia',
    'Qualcomm–HUMAIN 200 MW deal value': 'humain', 'Nvidia–OpenAI $100B letter of intent': 'openai',
    'Nvidia–OpenAI investment': 'openai', 'AMD–OpenAI 6 GW agreement status': 'openai',
}

# The first collection's acquisitions, read against their evidence (fields there are free text). Each entry
# gives the values the evidence and the item's own fields support; 'fix' says what differs from the item's
# fields and why. The buyer and target are the dataset's ids. Two targets in one item are two acquisitions.
FIRST_ACQUISITIONS = {
    'acq-001': dict(acquirer='amazon', target='annapurna-labs', announced='2015', price=350e6, currency='USD', qualifier='ABOUT', status='COMPLETED'),
    'acq-002': dict(acquirer='amazon', target='annapurna-labs', announced='2015-01', price=350e6, high=370e6, currency='USD', qualifier='RANGE', status='COMPLETED',
                    fix='the item gives "350-370 million (estimated)" and the quote "an estimated $350–370 million": a range, not $350 million', estimated=True),
    'acq-003': dict(acquirer='amazon', target='annapurna-labs', announced='2015', price=370e6, currency='USD', qualifier='EXACT', status='COMPLETED'),
    'acq-004': dict(acquirer='marvell', target='galileo-technology', announced='2000', status='COMPLETED'),
    'acq-005': dict(acquirer='amd', target='ati-technologies', announced='2006', status='COMPLETED'),
    'acq-006': dict(acquirer='intel', target='habana-labs', announced='2019-12-16', price=2e9, currency='USD', qualifier='ABOUT', status='COMPLETED'),
    'acq-007': dict(acquirer='intel', target='mobileye', announced='2017', price=15.3e9, currency='USD', qualifier='EXACT', status='COMPLETED'),
    'acq-008': dict(acquirer='softbank', target='arm', announced='2016-07-18', completed='2016-09-05', price=24.3e9, currency='GBP', qualifier='EXACT', status='COMPLETED'),
    'acq-009': dict(acquirer='softbank', target='arm', announced='2016', price=32e9, currency='USD', qualifier='EXACT', status='COMPLETED'),
    'acq-010': dict(acquirer='nvidia', target='arm', announced='2020-09', terminated='2022-02-08', price=40e9, currency='USD', qualifier='EXACT', status='ABANDONED',
                    fix='the item gives "up to 40 billion"; its quote says "$40 billion", with no "up to"'),
    # acq-011 is the break-up terms of the same deal: it cites the termination; the $1.25 billion that
    # SoftBank kept is a figure of its own (FIGURES below), not a price of the acquisition.
    'acq-011': dict(acquirer='nvidia', target='arm', terminated_only=True),
    'acq-012': dict(acquirer='nvidia', target='mellanox', announced='2019-03-11', completed='2020-04-27', price=7e9, currency='USD', qualifier='EXACT', status='COMPLETED'),
    'acq-013': dict(acquirer='nvidia', target='mellanox', announced='2019-03-11', price=6.9e9, currency='USD', qualifier='EXACT', status='COMPLETED'),
    'acq-014': dict(acquirer='amd', target='xilinx', announced='2020-10-26', price=34.7e9, currency='USD', qualifier='EXACT', status='COMPLETED'),
    'acq-015': dict(acquirer='amd', target='xilinx', completed='2022-02-14', price=49.8e9, currency='USD', qualifier='EXACT', status='COMPLETED'),
    'acq-016': dict(acquirer='amd', target='xilinx', announced='2020-10-27', price=35e9, currency='USD', qualifier='EXACT', status='COMPLETED'),
    'acq-017': dict(acquirer='amd', target='zt-systems', announced='2024-08-17', price=4.9e9, currency='USD', qualifier='ABOUT', status='COMPLETED'),
    'acq-018': dict(acquirer='amd', target='zt-systems', completed='2025-03-31', price=4.4e9, currency='USD', qualifier='EXACT', status='COMPLETED',
                    fix='the item gives 4.409 billion; its quote says "$4.4 billion"'),
    'acq-019': dict(acquirer='amd', target='silo-ai', announced='2024-07-10', completed='2024-08-09', price=665e6, currency='USD', qualifier='EXACT', status='COMPLETED'),
    'acq-020': [dict(acquirer='amd', target='mipsology', announced='2023', status='COMPLETED'),
                dict(acquirer='amd', target='nod-ai', announced='2023', status='COMPLETED')],
    'acq-021': dict(acquirer='nvidia', target='run-ai', announced='2024-04', completed='2024-12', price=700e6, currency='USD', qualifier='EXACT', status='COMPLETED',
                    fix='the item gives "approximately 700 million"; its quote says "for $700 million", with no "approximately"'),
    'acq-022': dict(acquirer='nvidia', target='run-ai', announced='2024-04', price=800e6, currency='USD', qualifier='ESTIMATED', status='COMPLETED'),
    'acq-023': dict(acquirer='broadcom', target='vmware', announced='2022-05-26', completed='2023-11-22', price=61.2e9, currency='USD', qualifier='ABOUT', status='COMPLETED',
                    fix='the item gives "approximately 61 billion"; its quote says "approximately $61.2 billion"'),
    'acq-024': dict(acquirer='broadcom', target='vmware', completed='2023-11-22', price=69e9, currency='USD', qualifier='EXACT', status='COMPLETED'),
    'acq-025': dict(acquirer='softbank', target='graphcore', announced='2024-07-12', status='COMPLETED'),
    'acq-026': dict(acquirer='marvell', target='galileo-technology', announced='2000-10', price=2.7e9, currency='USD', qualifier='EXACT', status='COMPLETED'),
    'acq-027': dict(acquirer='marvell', target='cavium', completed='2018-07-06', status='COMPLETED'),
    'acq-028': dict(acquirer='avago', target='broadcom-corporation', announced='2015-05-28', completed='2016-02-01', price=37e9, currency='USD', qualifier='EXACT', status='COMPLETED'),
    'acq-029': dict(acquirer='databricks', target='mosaicml', announced='2023', price=1.3e9, currency='USD', qualifier='EXACT', status='COMPLETED'),
    'acq-030': dict(acquirer='nvidia', target='groq', announced='2025-12-24', price=20e9, currency='USD', qualifier='EXACT', status='ANNOUNCED'),
    'acq-031': dict(acquirer='nvidia', target='groq', price=20e9, currency='USD', qualifier='EXACT', status='ANNOUNCED'),
    'acq-032': dict(acquirer='sk-telecom', target='sk-hynix', announced='2011-11-14', completed='2012', price=3.4e12, currency='KRW', qualifier='EXACT', status='COMPLETED'),
    'acq-033': dict(acquirer='sk-telecom', target='sk-hynix', announced='2011-11-14', price=3.43e12, currency='KRW', qualifier='EXACT', status='COMPLETED'),
    'acq-034': dict(acquirer='hyundai-electronics', target='lg-semiconductor', announced='1999', status='COMPLETED'),
    'acq-035': dict(acquirer='databricks', target='mosaicml', announced='2023-06-26', price=1.3e9, currency='USD', qualifier='EXACT', status='COMPLETED'),
}
# Money an item gives that is no price: a figure of its own. (company, stated metric, year, label, amount)
FIGURES = {
    'acq-011': dict(id='nvidia-arm-prepayment-kept-by-softbank', company='nvidia', metric='OTHER', statedMetric='prepayment kept by SoftBank when the Arm acquisition ended',
                    year=2022, label='termination of the Arm acquisition, February 2022', amount=1.25e9, currency='USD',
                    note='Paid by Nvidia to SoftBank towards the Arm acquisition and kept by SoftBank when the deal was '
                         'terminated: a prepayment, not a price. The year is that of the termination (acq-010: 2022-02-08).'),
}
# Relations a first-collection acquisition item states besides the deal.
FIRST_RELATIONS = {
    'acq-011': dict(type='LICENSES', **{'from': 'arm', 'to': 'nvidia'}, what='Arm license (20 years), kept when the acquisition ended'),
}
# Items whose own note says their value is doubtful: kept, ranked below the others.
DEPRECATED = {
    'deal-088': "its note: $2.48 is the cash price per share, so '$2.48 billion' may be a conflation; about $2.4 billion elsewhere",
}
# Items not loaded, and why (the model has no place for them as stated).
SKIP = {
    'deal-177': 'the target is a set of AMD assets (handheld graphics and multimedia), not a company; an acquisition targets a company',
}

TIERS = {'primary': 'PRIMARY', 'press': 'PRESS', 'secondary': 'SECONDARY'}
TIER_ORDER = {'primary': 0, 'press': 1, 'secondary': 2}
QUALIFIERS = {'exact': 'EXACT', 'about': 'ABOUT', 'up_to': 'UP_TO', 'at_least': 'AT_LEAST', 'more_than': 'AT_LEAST', 'range': 'RANGE'}
STATUSES = {'announced': 'ANNOUNCED', 'completed': 'COMPLETED', 'abandoned': 'ABANDONED', 'blocked': 'ABANDONED'}
BASES = {'reported': 'REPORTED', 'announced': 'REPORTED', 'projected': 'PROJECTED', 'estimated': 'ESTIMATED'}
METRICS = {'revenue': 'REVENUE', 'valuation': 'VALUATION', 'investment': 'INVESTMENT', 'operating_income': 'OPERATING_INCOME'}
STATED_METRICS = {'funding_round': 'funding round', 'compute_commitment': 'compute commitment',
                  'acquisition_spending': 'acquisition spending', 'stake_value': 'stake value'}
DATE = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')


def slug(text, limit=60):
    s = re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')
    return s[:limit].strip('-')


def source_id(url):
    return 'src-' + hashlib.sha1(url.encode('utf-8')).hexdigest()[:12]


def source_hint(url):
    host = urlparse(url).hostname or 'web'
    parts = [p for p in host.split('.') if p not in ('www', 'm', 'en', 'de', 'fr', 'nl', 'com', 'org', 'net', 'co', 'uk', 'io')]
    return slug(parts[-1] if parts else host, 20)


def money_label(amount, currency):
    for size, word in ((1e12, 't'), (1e9, 'b'), (1e6, 'm')):
        if amount >= size:
            n = amount / size
            text = f'{n:.3f}'.rstrip('0').rstrip('.').replace('.', '-')
            return text + word + ('' if currency == 'USD' else '-' + currency.lower())
    return f'{int(amount)}' + ('' if currency == 'USD' else '-' + currency.lower())


def full(n):
    return int(round(n)) if float(n).is_integer() or abs(n - round(n)) < 1e-6 else n


def dates_agree(a, b):
    return not a or not b or a.startswith(b) or b.startswith(a)


def finer(a, b):
    return (a if len(a or '') >= len(b or '') else b) or None


class Builder:
    def __init__(self):
        self.items = json.load(open(REFERENCE, encoding='utf-8'))['items']
        self.first = {a['id']: a for a in json.load(open(FIRST, encoding='utf-8'))['acquisitions']}
        self.industry_text = open(INDUSTRY, encoding='utf-8').read()
        self.industry = json.loads(self.industry_text)
        self.known_sources = {}  # url -> id, in the other seeds files
        self.known_ids = set()  # entity ids of the other seeds files
        self.known_tiers = {}  # url -> tier hint, of the sources of the other seeds files
        for name in sorted(os.listdir(os.path.join(ROOT, 'seeds'))):
            path = os.path.join(ROOT, 'seeds', name)
            if name == os.path.basename(OUT):
                continue
            if name.endswith('.json'):
                data = json.load(open(path, encoding='utf-8'))
            elif name.endswith(('.yaml', '.yml')):
                data = yaml.safe_load(open(path, encoding='utf-8'))
            else:
                continue
            for s in data.get('sources') or []:
                if s.get('url'):
                    self.known_sources.setdefault(s['url'], s['id'])
                    self.known_tiers.setdefault(s['url'], (s.get('tier') or 'PRESS').lower())
            for key in ('companies', 'people', 'chips', 'projects', 'products'):
                for e in data.get(key) or []:
                    self.known_ids.add(e['id'])
        self.sources = OrderedDict()  # url -> new source record
        self.source_tiers = defaultdict(list)
        self.companies = OrderedDict()
        self.people = OrderedDict()
        self.projects = OrderedDict()
        self.chips = OrderedDict()
        self.acq_candidates = []
        self.investments = []
        self.financials = []
        self.claims = []
        self.roles = []
        self.attributes = []
        self.relations = []
        self.not_loaded = OrderedDict()
        self.notes_only = OrderedDict()  # item id -> what is kept only as a note or attribute, and why
        self.used_ids = set(self.known_ids)

    # --- ids, sources and citations ---

    def unique(self, base):
        base = base[:120].strip('-')
        out, n = base, 2
        while out in self.used_ids:
            out, n = f'{base}-{n}', n + 1
        self.used_ids.add(out)
        return out

    def source(self, url, title=None, published=None, tier=None):
        if url in self.known_sources:
            return self.known_sources[url]
        rec = self.sources.setdefault(url, {'id': source_id(url), 'title': None, 'published': None})
        if title and not rec['title']:
            rec['title'] = title
        if published and not rec['published']:
            rec['published'] = published
        if tier:
            self.source_tiers[url].append(tier)
        return rec['id']

    def cite(self, item):
        sid = self.source(item['source'], item.get('source_title'), item.get('source_date'), item.get('tier_hint'))
        return {'source': sid, 'quote': item['evidence']}

    def add_cite(self, rec, item):
        c = self.cite(item)
        if c not in rec.setdefault('sources', []):
            rec['sources'].append(c)
        if item['id'] not in rec.setdefault('refs', []):
            rec['refs'].append(item['id'])

    # --- entities ---

    def company(self, name, item):
        entry = COMPANIES.get(name)
        if entry is None:
            return None
        cid = entry if isinstance(entry, str) else entry[0]
        if cid in self.known_ids:
            return cid
        if cid not in self.companies:
            target = next((v for v in COMPANIES.values() if not isinstance(v, str) and v[0] == cid), None)
            if target is None:
                raise SystemExit(f'{name!r} maps to {cid}, which no dataset file defines and no table entry names')
            _, cname, aliases = target
            rec = {'id': cid, 'name': cname}
            if aliases:
                rec['aliases'] = list(aliases)
            rec['sources'], rec['refs'] = [], []
            self.companies[cid] = rec
            self.used_ids.add(cid)
        if not self.companies[cid]['sources']:
            self.add_cite(self.companies[cid], item)
        return cid

    def outlet(self, entry, item):
        """A claimant: an existing id, or (id, name) of a company (press, analyst, firm) named as one."""
        if isinstance(entry, str):
            if entry in self.known_ids or entry in self.companies or entry in self.people:
                return entry
            if entry in NEW_PEOPLE_CLAIMANTS:
                return self.person(NEW_PEOPLE_CLAIMANTS[entry], item)
            if entry == 'jean-hu':
                return self.person('Jean Hu', item)
            name = next(k for k, v in COMPANIES.items() if v == entry or (not isinstance(v, str) and v[0] == entry))
            return self.company(name, item)
        cid, cname = entry
        if cid not in self.companies and cid not in self.known_ids:
            self.companies[cid] = {'id': cid, 'name': cname, 'sources': [], 'refs': []}
            self.used_ids.add(cid)
        if cid in self.companies and not self.companies[cid]['sources']:
            self.add_cite(self.companies[cid], item)
        return cid

    def person(self, name, item):
        if name in PEOPLE:
            return PEOPLE[name]
        pid = slug(name)
        if pid in self.known_ids:
            return pid
        if pid not in self.people:
            self.people[pid] = {'id': pid, 'name': name, 'sources': [], 'refs': []}
            self.used_ids.add(pid)
        if not self.people[pid]['sources']:
            self.add_cite(self.people[pid], item)
        return pid

    def chip(self, entry, item):
        if isinstance(entry, str):
            return entry
        cid, name, aliases = entry
        if cid not in self.chips:
            self.chips[cid] = {'id': cid, 'name': name, 'aliases': list(aliases), 'sources': [], 'refs': []}
            self.used_ids.add(cid)
        self.add_cite(self.chips[cid], item)
        return cid

    def attribute(self, entity, item, attr, value, note=None):
        rec = {'id': self.unique(f'{entity}-{slug(attr)}-{source_hint(item["source"])}'), 'entity': entity,
               'attribute': attr, 'value': str(value)}
        notes = [n for n in (note, status_note(item), item.get('note')) if n]
        if notes:
            rec['note'] = '; '.join(notes)
        rec['sources'] = [self.cite(item)]
        rec['refs'] = [item['id']]
        self.attributes.append(rec)

    def entity_item(self, it):
        if it['entity_type'] == 'project':
            pid, name = PROJECTS[it['name']]
            rec = self.projects.setdefault(pid, {'id': pid, 'name': name, 'sources': [], 'refs': []})
            if it.get('aliases'):
                rec['aliases'] = it['aliases']
            if it.get('description'):
                rec['description'] = it['description']
            self.add_cite(rec, it)
            if it.get('founded'):
                self.attribute(pid, it, 'founded', it['founded'], 'a project has no founded field')
                self.notes_only[it['id']] = 'founded of the Stargate Project kept as an attribute: a project has no founded field'
            return
        cid = self.company(it['name'], it)
        if cid in self.known_ids:
            # An entity of another dataset file: its fields there are not ours to change; what the item says
            # is kept beside it as attributes.
            for key in ('founded', 'country', 'description'):
                if it.get(key):
                    self.attribute(cid, it, key, it[key], f'{cid} is defined in another dataset file; kept beside it')
            self.notes_only[it['id']] = f'{cid} is defined in another dataset file: founded, country and description kept as attributes'
            return
        rec = self.companies[cid]
        self.add_cite(rec, it)
        if it.get('aliases'):
            rec['aliases'] = sorted(set(rec.get('aliases', [])) | set(it['aliases']), key=str.lower)
        if it.get('company_kind'):
            rec['kinds'] = [it['company_kind'].upper()]
        for key in ('founded', 'country', 'description'):
            if not it.get(key):
                continue
            if rec.get(key) and rec[key] != it[key]:
                self.attribute(cid, it, key, it[key], f'conflicts with {key} {rec[key]} on the company record; kept that value')
                said = f'{key} {it[key]!r} of {cid} conflicts with {rec[key]!r} on its record; kept as an attribute'
                self.notes_only[it['id']] = '; '.join(filter(None, (self.notes_only.get(it['id']), said)))
            else:
                rec[key] = it[key]

    # --- facts ---

    def acquisition_item(self, it):
        acquirer, target = self.company(it['acquirer'], it), self.company(it['target'], it)
        notes = []
        if it['target'] not in (self.companies.get(target, {}).get('name'), it['target'].split(' (')[0]) or '(' in it['target']:
            notes.append(f'Target as given: {it["target"]}.')
        if it['acquirer'] != it['acquirer'].split(' (')[0]:
            notes.append(f'Acquirer as given: {it["acquirer"]}.')
        if it['deal_type'] and it['deal_type'] != 'acquisition':
            notes.append(f'Deal type: {it["deal_type"]}.')
        qualifier = QUALIFIERS.get(it['qualifier']) if it['price'] is not None else None
        if it['status'] == 'estimated' and qualifier not in ('RANGE', None):
            notes.append(f'The item states the price as an estimate ({it["qualifier"]}).')
            qualifier = 'ESTIMATED'
        elif it['status'] not in ('reported', 'announced'):
            notes.append(f'Status of the item: {it["status"]}.')
        if it.get('note'):
            notes.append(it['note'].rstrip('.') + '.')
        cand = dict(acquirer=acquirer, target=target, announced=it['announced'], completed=it['completed'],
                    status=STATUSES[it['deal_status']], price=it['price'], high=it.get('price_high'),
                    currency=it['currency'] if it['price'] is not None else None, qualifier=qualifier,
                    items=[it], notes=[(it['id'], ' '.join(notes))] if notes else [], tier=it['tier_hint'])
        self.acq_candidates.append(cand)

    def industry_acquisitions(self):
        for aid, spec in FIRST_ACQUISITIONS.items():
            first = self.first[aid]
            item = {'id': aid, 'source': first['source'], 'evidence': first['evidence'], 'tier_hint': None}
            for one in spec if isinstance(spec, list) else [spec]:
                if one.get('terminated_only'):
                    self.acq_candidates.append(dict(acquirer=one['acquirer'], target=one['target'], attach=True,
                                                    items=[item], notes=[], status='ABANDONED'))
                    continue
                notes = []
                for key in ('price', 'announced', 'closed', 'terminated', 'status', 'target'):
                    if key in first and key not in ('target',):
                        notes.append(f'{key.capitalize()} as given: {first[key]}.')
                if '(' in first['target'] or ' and ' in first['target']:
                    notes.append(f'Target as given: {first["target"]}.')
                if one.get('fix'):
                    notes.append(f'Corrected from the item: {one["fix"]}.')
                if one.get('estimated'):
                    notes.append('The range is an estimate.')
                if first.get('note'):
                    notes.append(first['note'].rstrip('.') + '.')
                self.acq_candidates.append(dict(
                    acquirer=one['acquirer'], target=one['target'], announced=one.get('announced'),
                    completed=one.get('completed'), terminated=one.get('terminated'), status=one['status'],
                    price=one.get('price'), high=one.get('high'), currency=one.get('currency'),
                    qualifier=one.get('qualifier'), items=[item], notes=[(aid, ' '.join(notes))] if notes else [],
                    tier=self.known_tiers.get(first['source'])))
            if aid in FIRST_RELATIONS:
                rec = dict(FIRST_RELATIONS[aid])
                rec['sources'], rec['refs'] = [self.cite(item)], [aid]
                self.relations.append(rec)
            if aid in FIGURES:
                fig = FIGURES[aid]
                rec = {'id': self.unique(fig['id']), 'company': fig['company'],
                       'metric': fig['metric'], 'statedMetric': fig['statedMetric'],
                       'period': {'label': fig['label'], 'year': fig['year'], 'fiscal': False},
                       'value': {'amount': full(fig['amount']), 'currency': fig['currency']}, 'valueQualifier': 'EXACT',
                       'basis': 'REPORTED', 'note': fig['note'], 'sources': [], 'refs': []}
                self.add_cite(rec, item)
                self.financials.append(rec)

    def merge_acquisitions(self):
        """Candidates stating the same deal the same way become one record, with all their citations."""
        merged = []
        attach = [c for c in self.acq_candidates if c.get('attach')]
        for c in self.acq_candidates:
            if c.get('attach'):
                continue
            key = (c['acquirer'], c['target'], c['status'], c['price'], c['high'], c['currency'], c['qualifier'])
            for m in merged:
                if m['key'] == key and all(dates_agree(m.get(d), c.get(d)) for d in ('announced', 'completed', 'terminated')):
                    for d in ('announced', 'completed', 'terminated'):
                        m[d] = finer(m.get(d), c.get(d))
                    m['items'] += c['items']
                    m['notes'] += c['notes']
                    m['tiers'].append(c['tier'])
                    break
            else:
                merged.append(dict(c, key=key, tiers=[c['tier']], items=list(c['items']), notes=list(c['notes'])))
        # The break-up terms of an abandoned deal cite its termination, on the record that states it.
        for a in attach:
            for m in merged:
                if m['acquirer'] == a['acquirer'] and m['target'] == a['target'] and m['status'] == 'ABANDONED' and m.get('terminated'):
                    m['items'] += a['items']
        return merged

    def acquisitions(self):
        merged = self.merge_acquisitions()
        by_pair = defaultdict(list)
        for m in merged:
            by_pair[(m['acquirer'], m['target'])].append(m)
        out = []
        for m in merged:
            pair = by_pair[(m['acquirer'], m['target'])]
            base = f'{m["acquirer"]}-acquires-{m["target"]}'
            if len(pair) > 1:
                if m['price'] is not None:
                    label = money_label(m['price'], m['currency'])
                    if m['high']:
                        label += '-to-' + money_label(m['high'], m['currency'])
                    base += '-' + label
                elif m['status'] != 'COMPLETED':
                    base += '-' + m['status'].lower()
                first_item = m['items'][0]
                url = first_item['source']
                if sum(1 for o in pair if o['price'] == m['price'] and o['high'] == m['high']) > 1:
                    base += '-' + source_hint(url)
            rec = {'id': self.unique(base), 'acquirer': m['acquirer'], 'target': m['target']}
            for d in ('announced', 'completed', 'terminated'):
                if m.get(d):
                    rec[d] = m[d]
            if m['price'] is not None:
                rec['price'] = {'amount': full(m['price']), 'currency': m['currency']}
                if m['high']:
                    rec['price']['high'] = full(m['high'])
                if m['qualifier']:
                    rec['priceQualifier'] = m['qualifier']
            rec['status'] = m['status']
            deprecated = [i['id'] for i in m['items'] if i['id'] in DEPRECATED]
            primary = 'primary' in m['tiers']
            others = [o for o in pair if o is not m and o['price'] is not None and o['price'] != m['price']]
            if deprecated:
                rec['rank'] = 'DEPRECATED'
                rec['rankReason'] = DEPRECATED[deprecated[0]]
            elif primary and others and m['price'] is not None and not any('primary' in o['tiers'] for o in others):
                rec['rank'] = 'PREFERRED'
                rec['rankReason'] = "the company's own filing or release; press and mirrors give other prices"
            notes = [f'{iid}: {text}' if len(m['items']) > 1 else text for iid, text in m['notes'] if text]
            if notes:
                rec['note'] = ' '.join(notes)[:5000]
            rec['sources'], rec['refs'] = [], []
            for it in m['items']:
                self.add_cite(rec, it)
            out.append(rec)
        return out

    def investment(self, investor, investee, it, amount, currency, qualifier, announced, note_parts, stake=None):
        notes = [n for n in note_parts if n]
        announced = announced if announced and DATE.match(announced) else None
        for rec in self.investments:
            # The same investment stated by another item: same ends and amount, a qualifier and a date that
            # do not contradict. One record, with both citations.
            if (rec['investor'], rec['investee']) == (investor, investee) and rec.get('amount') == (
                    {'amount': full(amount), 'currency': currency} if amount is not None else None) \
                    and (not qualifier or not rec.get('amountQualifier') or qualifier == rec['amountQualifier']) \
                    and dates_agree(rec.get('announced'), announced):
                if qualifier and amount is not None:
                    rec['amountQualifier'] = qualifier
                if finer(rec.get('announced'), announced):
                    rec['announced'] = finer(rec.get('announced'), announced)
                if stake and not rec.get('stake'):
                    rec['stake'] = stake
                first_ref = rec['refs'][0]
                if rec.get('note') and not rec['note'].startswith(first_ref + ':'):
                    rec['note'] = f'{first_ref}: {rec["note"]}'
                if notes:
                    rec['note'] = '; '.join(filter(None, (rec.get('note'), f'{it["id"]}: ' + '; '.join(notes))))
                self.add_cite(rec, it)
                return
        base = f'{investor}-invests-in-{investee}'
        if amount:
            base += '-' + money_label(amount, currency)
        rec = {'id': self.unique(base), 'investor': investor, 'investee': investee}
        if amount is not None:
            rec['amount'] = {'amount': full(amount), 'currency': currency}
            if qualifier:
                rec['amountQualifier'] = qualifier
        if announced:
            rec['announced'] = announced
        if stake:
            rec['stake'] = stake
        if notes:
            rec['note'] = '; '.join(notes)
        rec['sources'], rec['refs'] = [], []
        self.add_cite(rec, it)
        self.investments.append(rec)

    def relation_item(self, it):
        pred = it['predicate']
        notes = [n for n in (status_note(it), it.get('note')) if n]
        if pred == 'INVESTS_IN':
            if it['subject'] in PEOPLE:
                # A person invests: the relation and the Investment join companies, so it is an attribute
                # of the company invested in.
                to = self.company(it['object'], it)
                self.attribute(to, it, 'investor', it['subject'], 'INVESTS_IN joins companies; the investor is a person')
                self.notes_only[it['id']] = f'{it["subject"]} invests in {to}: kept as an attribute of {to}; INVESTS_IN and Investment join companies'
                return
            frm, to = self.company(it['subject'], it), self.company(it['object'], it)
            if '(' in it['object']:
                notes.insert(0, f'investee as given: {it["object"]}')
            if it.get('amount'):
                detail = (it.get('detail') or '').lower()
                qualifier = 'UP_TO' if 'up to' in detail else 'AT_LEAST' if re.search(r'\b(over|more than|at least)\b', detail) else None
                self.investment(frm, to, it, it['amount'], it['currency'], qualifier, it.get('since'),
                                [it.get('detail')] + notes)
                return
            rec = {'type': 'INVESTS_IN', 'from': frm, 'to': to}
            if it.get('detail'):
                notes.insert(0, it['detail'])
        elif pred == 'CUSTOMER_OF':
            customer = self.company(it['subject'], it)
            for supplier in SEVERAL.get(it['object']) or [self.company(it['object'], it)]:
                rec = {'type': 'SUPPLIES', 'from': supplier, 'to': customer}
                if it.get('what'):
                    rec['what'] = it['what'][:200]
                self.finish_relation(rec, it, [it.get('detail')] + notes if it.get('detail') else notes)
            return
        elif pred == 'FABRICATES':
            company = self.company(it['subject'], it)
            for entry in CHIPS[it['object']]:
                cid = self.chip(entry, it)
                self.chips[cid]['foundry'] = company
            return
        elif pred == 'USES':
            user = self.company(it['subject'], it)
            if it['object'] not in CHIPS:
                self.attribute(user, it, 'uses', it['object'], 'names no single chip of the dataset')
                self.notes_only[it['id']] = f'{user} uses {it["object"]!r}: no single chip by this name; kept as an attribute'
                return
            for entry in CHIPS[it['object']]:
                cid = self.chip(entry, it)
                rec = {'type': 'USES', 'from': user, 'to': cid}
                if it.get('detail'):
                    rec['detail'] = it['detail'][:500]
                self.finish_relation(rec, it, notes)
            return
        else:  # PARTNERS_WITH, SUPPLIES, LICENSES
            rec = {'type': pred, 'from': self.company(it['subject'], it), 'to': self.company(it['object'], it)}
            if it.get('what'):
                rec['what'] = it['what'][:200]
            if it.get('detail'):
                notes.insert(0, it['detail'])
        self.finish_relation(rec, it, notes)

    def finish_relation(self, rec, it, notes):
        for key in ('since', 'until'):
            if it.get(key) and DATE.match(str(it[key])):
                rec[key] = str(it[key])
        if notes:
            rec['note'] = '; '.join(n for n in notes if n)[:5000]
        rec['sources'] = [self.cite(it)]
        rec['refs'] = [it['id']]
        self.relations.append(rec)

    def financial_item(self, it):
        company = self.company(it['company'], it)
        counterparty = it.get('counterparty')
        qualifier = QUALIFIERS.get(it['qualifier']) if it['qualifier'] else None
        notes = [f'period as the source states it: {it["period_label"]}'] if it['metric'] == 'investment' else []
        notes += [n for n in (status_note(it), it.get('note')) if n]
        if it['metric'] == 'investment' and counterparty in COMPANIES:
            investee = self.company(counterparty, it)
            announced = None if re.search(r'as of|cumulative|after|before', f'{it["period_label"]} {it.get("segment") or ""}') else str(it['year'])
            if it.get('segment'):
                notes.insert(0, it['segment'])
            if it['status'] == 'estimated':
                qualifier = 'ESTIMATED'
            self.investment(company, investee, it, it['amount'], it['currency'], qualifier, announced, notes)
            return
        metric = METRICS.get(it['metric'], 'OTHER')
        stated = STATED_METRICS.get(it['metric'])
        amount, high = it['amount'], None
        if it['metric'] == 'operating_income' and amount < 0:
            metric, stated, amount = 'OTHER', 'operating loss', -amount
            notes.append('an operating loss, stated as a positive amount of loss')
        if it['id'] == 'deal-051':
            # Its evidence says "approximately USD 5–6 billion": a range, not 5 billion.
            qualifier, high = 'RANGE', 6e9
        if counterparty:
            notes.insert(0, f'counterparty: {counterparty}')
        period = {'label': it['period_label'][:100], 'year': it['year'], 'fiscal': bool(it['fiscal'])}
        if it.get('quarter'):
            period['quarter'] = it['quarter']
        if it.get('period_end'):
            period['end'] = it['period_end']
        rec = {'id': self.unique(f'{company}-{slug(stated or it["metric"])}-{it["year"]}-{source_hint(it["source"])}'),
               'company': company, 'metric': metric}
        if stated or metric == 'OTHER':
            rec['statedMetric'] = stated or it['metric'].replace('_', ' ')
        if it.get('segment'):
            rec['segment'] = it['segment'][:200]
        rec['period'] = period
        rec['value'] = {'amount': full(amount), 'currency': it['currency']}
        if high:
            rec['value']['high'] = full(high)
        if qualifier:
            rec['valueQualifier'] = qualifier
        rec['basis'] = BASES[it['status']]
        if notes:
            rec['note'] = '; '.join(notes)
        rec['sources'], rec['refs'] = [], []
        self.add_cite(rec, it)
        self.financials.append(rec)

    def claim(self, it, claimant, subject, statement, figure, made, extra_note=None, about=None):
        rec = {'id': self.unique(f'{claimant}-claim-{slug(about or subject or statement, 50)}'), 'claimant': claimant}
        if subject:
            rec['subject'] = subject
        rec['statement'] = statement
        if figure:
            rec['figure'] = str(figure)[:200]
        if made and DATE.match(made):
            rec['made'] = made
        notes = [n for n in (extra_note, status_note(it), it.get('note')) if n]
        if notes:
            rec['note'] = '; '.join(notes)
        rec['sources'] = [self.cite(it)]
        rec['refs'] = [it['id']]
        self.claims.append(rec)

    def claim_item(self, it):
        entry = CLAIMANTS[it['claimant']]
        if entry is None:
            self.not_loaded[it['id']] = f'claimant {it["claimant"]!r} names no one; a claim needs its claimant'
            return
        claimant = self.outlet(entry, it)
        subject = SUBJECTS.get(it['subject'])
        if subject and subject not in self.known_ids and subject not in self.companies and subject not in self.projects:
            name = next(k for k, v in COMPANIES.items() if not isinstance(v, str) and v[0] == subject)
            self.company(name, it)
        self.claim(it, claimant, subject, it['statement'], it.get('figure'), it.get('made'),
                   f'claimant as given: {it["claimant"]}; about: {it["subject"]}', about=it['subject'])

    def role_item(self, it):
        person = self.person(it['person'], it)
        org = self.company(it['organization'], it)
        rec = {'id': self.unique(f'{person}-{slug(it["title"], 40)}-{org}'), 'person': person, 'organization': org,
               'title': it['title']}
        for key in ('since', 'until'):
            if it.get(key):
                rec[key] = it[key]
        notes = [n for n in (status_note(it), it.get('note')) if n]
        if notes:
            rec['note'] = '; '.join(notes)
        rec['sources'] = [self.cite(it)]
        rec['refs'] = [it['id']]
        self.roles.append(rec)

    # --- the run ---

    def run(self):
        items = self.items
        # Entities first, so that records made from them carry their fields.
        for it in items:
            if it['id'] in SKIP:
                self.not_loaded[it['id']] = SKIP[it['id']]
            elif it['kind'] == 'entity':
                self.entity_item(it)
        for it in items:
            if it['id'] in SKIP or it['kind'] == 'entity':
                continue
            if it['status'] == 'claimed' and it['kind'] != 'claim':
                self.claimed(it)
            elif it['kind'] == 'acquisition':
                if COMPANIES.get(it['target']) in ('intel', 'nokia') and it['deal_type'] == 'minority stake':
                    self.stake(it)
                else:
                    self.acquisition_item(it)
            elif it['kind'] == 'relation':
                self.relation_item(it)
            elif it['kind'] == 'financial':
                self.financial_item(it)
            elif it['kind'] == 'claim':
                self.claim_item(it)
            elif it['kind'] == 'role':
                self.role_item(it)
        self.industry_acquisitions()
        acquisitions = self.acquisitions()
        self.write(acquisitions)

    def stake(self, it):
        """A minority stake bought in a listed company: an investment, not an acquisition."""
        investor, investee = self.company(it['acquirer'], it), self.company(it['target'], it)
        stake = re.search(r'\((.*)\)', it['target']).group(1)
        notes = [f'Deal type: {it["deal_type"]}; deal status: {it["deal_status"]}', status_note(it), it.get('note')]
        if it.get('completed'):
            notes.insert(1, f'completed {it["completed"]}')
        self.investment(investor, investee, it, it['price'], it['currency'], QUALIFIERS.get(it['qualifier']),
                        it['announced'], notes, stake=stake)

    def claimed(self, it):
        """An item its source states as a claim: a Claim by the party that makes it."""
        if it['kind'] == 'relation':
            claimant = self.company(it['subject'], it)
            subject = self.company(it['object'], it)
            figure = f'{money_label(it["amount"], it["currency"])} {it["currency"]}' if it.get('amount') else None
            statement = f'{it["subject"]} {it["predicate"].lower().replace("_", " ")} {it["object"]}: {it.get("detail")}'
            self.claim(it, claimant, subject, statement, figure, it.get('since'),
                       about=f'{it["predicate"].lower().replace("_", "-")}-{it["object"]}')
        else:
            raise SystemExit(f'{it["id"]}: a claimed {it["kind"]} has no mapping')

    def write(self, acquisitions):
        source_records = []
        for url, s in self.sources.items():
            tiers = self.source_tiers.get(url) or ['press']
            tier = sorted(set(tiers), key=lambda t: (-tiers.count(t), TIER_ORDER[t]))[0]
            parsed = urlparse(url)
            rec = {'id': s['id'], 'title': s['title'] or PAGE_TITLES.get(url) or (parsed.hostname + parsed.path)[:1000], 'url': url,
                   'publisher': (parsed.hostname or '').removeprefix('www.')}
            if s['published']:
                rec['published'] = s['published']
            rec['tier'] = TIERS[tier]
            if url not in self.source_tiers:
                rec['note'] = 'Read by the first reference collection, which gives no tier; a news page.'
            elif len(set(tiers)) > 1:
                rec['note'] = 'The reference items give this page different tier hints: ' + ', '.join(sorted(set(tiers))) + '.'
            source_records.append(rec)
        source_records.sort(key=lambda r: r['id'])

        def ordered(records, order):
            return [{k: r[k] for k in order if k in r} for r in sorted(records, key=lambda r: r['id'])]

        data = OrderedDict()
        data['sources'] = source_records
        data['companies'] = ordered(self.companies.values(), ('id', 'name', 'aliases', 'kinds', 'founded', 'country', 'description', 'sources', 'refs'))
        data['people'] = ordered(self.people.values(), ('id', 'name', 'sources', 'refs'))
        data['projects'] = ordered(self.projects.values(), ('id', 'name', 'aliases', 'description', 'sources', 'refs'))
        data['chips'] = ordered(self.chips.values(), ('id', 'name', 'aliases', 'foundry', 'sources', 'refs'))
        data['roles'] = ordered(self.roles, ('id', 'person', 'organization', 'title', 'since', 'until', 'note', 'sources', 'refs'))
        data['acquisitions'] = ordered(acquisitions, ('id', 'acquirer', 'target', 'announced', 'completed', 'terminated', 'price', 'priceQualifier', 'status', 'rank', 'rankReason', 'note', 'sources', 'refs'))
        data['investments'] = ordered(self.investments, ('id', 'investor', 'investee', 'amount', 'amountQualifier', 'announced', 'stake', 'form', 'note', 'sources', 'refs'))
        data['financials'] = ordered(self.financials, ('id', 'company', 'metric', 'statedMetric', 'segment', 'period', 'value', 'valueQualifier', 'basis', 'note', 'sources', 'refs'))
        data['claims'] = ordered(self.claims, ('id', 'claimant', 'subject', 'statement', 'figure', 'made', 'note', 'sources', 'refs'))
        data['attributes'] = ordered(self.attributes, ('id', 'entity', 'attribute', 'value', 'note', 'sources', 'refs'))
        data['relations'] = sorted(self.relations, key=lambda r: (r['type'], r['from'], r['to'], r['refs'][0]))
        data = {k: v for k, v in data.items() if v}
        header = ('# yaml-language-server: $schema=../schema/dataset.schema.json\n'
                  '# Acquisitions, investments and deals: the second reference collection (reference/v2/deals.json)\n'
                  '# and the acquisitions of the first (reference/industry-facts.json), as typed records. Written by\n'
                  "# tools/reference-deals.py; every record names its items in refs, and every quote is an item's\n"
                  '# evidence. Items not loaded, and why: NOT-LOADED.md.\n')
        with open(OUT, 'w', encoding='utf-8') as f:
            f.write(header)
            f.write(yaml.safe_dump(json.loads(json.dumps(data)), allow_unicode=True, sort_keys=False, width=110))

        # The acquisitions now live here; the industry file keeps its sources and everything else.
        if 'acquisitions' in self.industry:
            del self.industry['acquisitions']
            with open(INDUSTRY, 'w', encoding='utf-8') as f:
                f.write(json.dumps(self.industry, indent=2, ensure_ascii=False) + '\n')

        loaded = set()
        for group in data.values():
            for r in group:
                loaded.update(r.get('refs', []))
        for it in self.items:
            if it['id'] not in loaded and it['id'] not in self.not_loaded:
                self.not_loaded[it['id']] = 'in no record'
        n = len(self.items)
        lines = [f'<!-- begin {SECTION} -->', '', '## reference/v2/deals.json', '',
                 'Acquisitions, investments and deals (`seeds/deals.yaml`, written by `tools/reference-deals.py`),',
                 'with the acquisitions of `reference/industry-facts.json`.', '',
                 f'{n} items; {n - len(self.not_loaded)} loaded, {len(self.not_loaded)} not loaded.', '',
                 '| item | reason |', '| --- | --- |']
        lines += [f'| {iid} | {reason.replace("|", "/")} |' for iid, reason in self.not_loaded.items()]
        lines += ['', '### Kept as a note or an attribute', '',
                  'Values loaded, but only as a note or an attribute beside a record, and why. The parts of a company',
                  'that a deal names (a stake, a team, a business) are said in the note of the acquisition or',
                  'investment of that company.', '', '| item | what and why |', '| --- | --- |']
        lines += [f'| {iid} | {reason.replace("|", "/")} |' for iid, reason in self.notes_only.items()]
        lines += ['', f'<!-- end {SECTION} -->']
        section = '\n'.join(lines) + '\n'
        text = open(NOT_LOADED, encoding='utf-8').read()
        begin, end = f'<!-- begin {SECTION} -->', f'<!-- end {SECTION} -->'
        if begin in text and end in text:
            text = text[:text.index(begin)] + section.rstrip('\n') + text[text.index(end) + len(end):]
        else:
            text = text.rstrip('\n') + '\n\n' + section
        with open(NOT_LOADED, 'w', encoding='utf-8') as f:
            f.write(text)
        counts = {k: len(v) for k, v in data.items()}
        tiers = defaultdict(int)
        for s in source_records:
            tiers[s['tier']] += 1
        print(f'{counts}; new sources by tier {dict(tiers)}; {len(self.not_loaded)} of {n} not loaded')


def status_note(item):
    return None if item.get('status') in (None, 'reported') else f'status: {item["status"]}'


if __name__ == '__main__':
    Builder().run()
