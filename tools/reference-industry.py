#!/usr/bin/env python3
"""
Moves the facts of seeds/industry-reference.json that were kept as text (attributes) into their typed homes:
relations as relation records, chip specs as specs, vendor claims as claims, Project Rainier and the AI
models as projects and products with Project Rainier's chip counts as deployments, and the companies'
kinds, country and founded as their own fields. Reads the first reference collection
(../shared/reference/industry-facts.json) and the company entities of the second (reference/v2/*.json).

Every value comes from a reference item named in the tables below by its id; each record cites the item's
source with the item's evidence as the quote and names the item in refs. What the tables do not move
stays an attribute. The file's people, roles, acquisitions and financials are not touched.
Deterministic: run it on its own output and nothing changes.

    python3 tools/reference-industry.py && npx prettier --write seeds/industry-reference.json seeds/NOT-LOADED.md
"""
import glob
import hashlib
import json
import os
import re
from collections import OrderedDict
from urllib.parse import urlparse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(ROOT, '..', 'shared', 'reference')
OUT = os.path.join(ROOT, 'seeds', 'industry-reference.json')
NOT_LOADED = os.path.join(ROOT, 'seeds', 'NOT-LOADED.md')
TIERS = {'primary': 'PRIMARY', 'press': 'PRESS', 'secondary': 'SECONDARY'}
# The first collection gives no tier hint: the tier of a page of it that no seeds file declares yet.
V1_TIERS = {'rel-035': 'PRIMARY'}  # Stockmark's own model repository

# ---- Companies: (value, [item ids]) per field. Countries as the items state them, ISO codes spelled out.
COUNTRY = {'US': 'USA', 'CN': 'China', 'GB': 'United Kingdom', 'KR': 'South Korea', 'NL': 'Netherlands',
           'CA': 'Canada', 'BM': 'Bermuda'}
COMPANY_FIELDS = {
    'arm': {'country': ('United Kingdom', ['com-021', 'org-119']), 'kinds': [('CHIP_DESIGNER', ['org-119'])],
            'founded': ('1990-11', ['com-023'])},
    'broadcom': {'country': ('USA', ['org-113']), 'kinds': [('CHIP_DESIGNER', ['org-113'])]},
    'broadcom-corporation': {'founded': ('1991', ['com-052'])},
    'cerebras': {'country': ('USA', ['com-034', 'org-118']), 'kinds': [('CHIP_DESIGNER', ['org-118'])],
                 'founded': ('2015', ['com-033', 'org-118'])},
    'graphcore': {'country': ('United Kingdom', ['com-038', 'org-209']),
                  'kinds': [('CHIP_DESIGNER', ['org-209'])], 'founded': ('2016', ['com-040', 'org-209'])},
    'groq': {'country': ('USA', ['com-036', 'org-116', 'deal-019']),
             'kinds': [('CHIP_DESIGNER', ['org-116', 'deal-019'])],
             'founded': ('2016', ['com-035', 'org-116', 'deal-019'])},
    # "maker: Habana Labs" of its chips: a chip designer.
    'habana-labs': {'country': ('Israel', ['com-018', 'com-019']), 'kinds': [('CHIP_DESIGNER', ['chi-010'])],
                    'founded': ('2016', ['com-017'])},
    'marvell': {'country': ('USA', ['com-051', 'org-114']), 'kinds': [('CHIP_DESIGNER', ['org-114'])],
                'founded': ('1995', ['com-049', 'org-114'])},
    'mellanox': {'country': ('Israel', ['com-024', 'deal-235']), 'kinds': [('CHIP_DESIGNER', ['deal-235'])],
                 'founded': ('1999', ['com-024', 'deal-235'])},
    'run-ai': {'country': ('Israel', ['com-030', 'deal-033']), 'kinds': [('SOFTWARE', ['deal-033'])],
               'founded': ('2018', ['com-030', 'deal-033'])},
    'sambanova': {'country': ('USA', ['com-042', 'org-076', 'deal-270']),
                  'kinds': [('CHIP_DESIGNER', ['org-076', 'deal-270'])],
                  'founded': ('2017', ['org-076', 'deal-270'])},
    # "Samsung reported the completion of HBM3E chip development": a memory maker.
    'samsung': {'country': ('South Korea', ['com-084']), 'kinds': [('MEMORY_MAKER', ['rel-033'])],
                'founded': ('1938', ['com-083'])},
    'samsung-electronics': {'founded': ('1969', ['com-085'])},
    'samsung-group': {'founded': ('1938', ['com-086'])},
    'silo-ai': {'country': ('Finland', ['com-029']), 'founded': ('2017', ['com-029'])},
    # "supplying NVIDIA with its ultra-fast HBM3 and new HBM3E memory": a memory maker.
    'sk-hynix': {'country': ('South Korea', ['com-055']), 'kinds': [('MEMORY_MAKER', ['rel-029'])],
                 'founded': ('1983-02-26', ['com-078'])},
    # "world's largest dedicated chip foundry".
    'tsmc': {'country': ('Taiwan', ['com-048']), 'kinds': [('FOUNDRY', ['com-047'])],
             'founded': ('1987', ['com-046'])},
    'vmware': {'founded': ('1998', ['com-031'])},
    # "maker: Xilinx" of the XC2064.
    'xilinx': {'country': ('USA', ['com-088']), 'kinds': [('CHIP_DESIGNER', ['chi-105'])],
               'founded': ('1984', ['com-087'])},
    'zt-systems': {'country': ('USA', ['com-027'])},
    # "the United States Federal Trade Commission filed a lawsuit".
    'ftc': {'country': ('USA', ['rel-013'])},
    # "said analyst G Dan Hutcheson of TechInsights".
    'techinsights': {'kinds': [('ANALYST_FIRM', ['rol-070'])]},
    # "Merged with LG Semiconductor Co., Ltd (founded in 1979)".
    'lg-semiconductor': {'founded': ('1979', ['acq-034'])},
    'alphabet': {'founded': ('2015', ['com-066'])},
}
# The description of a company, stated by an item.
COMPANY_DESCRIPTION = {'tsmc': ('com-047', "The world's largest dedicated chip foundry.")}

# ---- Relations: item -> [(type, from, to, qualifiers)]. Records of the same (type, from, to) become one.
REL = {
    'com-003': [('SUBSIDIARY_OF', 'annapurna-labs', 'amazon', {})],
    'com-073': [('SUBSIDIARY_OF', 'annapurna-labs', 'amazon', {})],
    'com-072': [('SUBSIDIARY_OF', 'aws', 'amazon', {})],
    'com-020': [('SUBSIDIARY_OF', 'habana-labs', 'intel', {})],
    'com-022': [('SUBSIDIARY_OF', 'arm', 'softbank', {'since': '2016', 'note': 'majority owner'})],
    'com-025': [('SUBSIDIARY_OF', 'mellanox', 'nvidia', {'since': '2020-04'})],
    'com-026': [('SUBSIDIARY_OF', 'xilinx', 'amd', {})],
    'com-028': [('SUBSIDIARY_OF', 'zt-systems', 'amd', {})],
    'com-032': [('SUBSIDIARY_OF', 'vmware', 'broadcom', {'since': '2023-11'})],
    'com-039': [('SUBSIDIARY_OF', 'graphcore', 'softbank', {'since': '2024-07'})],
    'com-053': [('SUBSIDIARY_OF', 'broadcom-corporation', 'broadcom', {'since': '2016'})],
    'com-056': [('SUBSIDIARY_OF', 'sk-hynix', 'sk-group', {})],
    'com-079': [('SUBSIDIARY_OF', 'sk-hynix', 'sk-group', {'since': '2012'})],
    'com-068': [('SUBSIDIARY_OF', 'google', 'alphabet', {})],
    'rel-009': [('USES', 'project-rainier', 'trainium2', {'detail': 'an AI compute cluster of Trainium2 chips'})],
    'rel-011': [('USES', 'claude', 'trainium2', {'detail': 'Claude runs on Trainium2'})],
    'rel-014': [('SUPPLIES', 'tsmc', 'amd', {'what': 'chip manufacturing'})],
    'rel-015': [('TESTS', 'openai', 'maia-100', {'note': 'for GPT-3.5 Turbo'})],
    'rel-016': [('PARTNERS_WITH', 'anthropic', 'aws', {'note': 'primary training partner (Nov 2024)'})],
    'rel-017': [('SUPPLIES', 'aws', 'anthropic', {'what': 'cloud (primary cloud provider)', 'since': '2023-09'})],
    'rel-018': [('USES', 'anthropic', 'trainium', {'detail': 'training and deployment'}),
                ('USES', 'anthropic', 'inferentia', {'detail': 'training and deployment'})],
    'rel-019': [('PARTNERS_WITH', 'anthropic', 'annapurna-labs', {'note': 'future Trainium generations'})],
    'rel-020': [('INVESTS_IN', 'amazon', 'anthropic', {'note': 'minority interest'})],
    'rel-022': [('SUPPLIES', 'tsmc', c, {'what': 'chip manufacturing'})
                for c in ('nvidia', 'meta', 'amazon', 'apple', 'amd', 'intel')],
    'rel-023': [('PARTNERS_WITH', 'broadcom', 'google', {'note': 'turns TPU designs into manufacturable chips'})],
    'rel-024': [('SUPPLIES', 'tsmc', 'google', {'what': 'TPU fabrication'})],
    'rel-025': [('SUPPLIES', 'marvell', 'aws', {'what': 'custom silicon (its largest customer)'})],
    'rel-026': [('PARTNERS_WITH', 'google', 'broadcom', {'note': 'agreement extending through 2031'})],
    'rel-028': [('SUPPLIES', 'marvell', 'amazon', {'what': 'Trainium ramp'})],
    'rel-029': [('SUPPLIES', 'sk-hynix', 'nvidia', {'what': 'HBM3, HBM3E'})],
    'rel-030': [('SUPPLIES', 'sk-hynix', 'nvidia', {'what': 'HBM3 for H100 (sole supplier)'})],
    'rel-031': [('SUPPLIES', 'sk-hynix', 'nvidia', {'what': 'HBM', 'since': '2019'})],
    'rel-032': [('SUPPLIES', 'tsmc', 'nvidia', {'what': 'HBM integration into GPUs'})],
    'rel-035': [('USES', 'stockmark-13b', 'trainium', {'detail': 'Powered by AWS Trainium'})],
    'rel-036': [('USES', 'aws', 'gaudi-1', {'detail': 'EC2 instances on Habana Gaudi'})],
    'rel-039': [('TESTS', 'apple', 'trainium2', {'note': 'early stages of evaluating, for pre-training'})],
    'rel-040': [('USES', 'apple', 'graviton', {}), ('USES', 'apple', 'inferentia', {'detail': 'ML inference'})],
    'rel-046': [('PARTNERS_WITH', 'openai', 'broadcom', {'note': 'developing a custom chip (reported)'}),
                ('PARTNERS_WITH', 'openai', 'tsmc', {'note': 'developing a custom chip (reported)'})],
    'rel-048': [('PARTNERS_WITH', 'openai', 'broadcom', {'since': '2025-10'})],
    'rel-049': [('USES', 'alexa', 'inferentia', {'detail': 'about 80% of processing on EC2 Inf1 instances'})],
    'rel-050': [('USES', 'aws', 'gaudi-1', {'detail': 'EC2 DL1 instances'})],
}

# ---- Claims: item -> (id, claimant, subject, statement, figure, made).
CLAIMS = {
    'chi-008': ('claim-trn2-price-performance', 'aws', 'trainium2',
                'Trn2 instances offer better price performance than current GPU-based EC2 instances.',
                '30 to 40 % better price performance', None),
    'chi-046': ('claim-gb200-nvl72-30x-inference', 'nvidia', 'gb200-nvl72',
                'GB200 NVL72 could deliver a large performance increase over H100 for trillion-parameter inference.',
                'up to a 30 times performance increase', None),
    'chi-078': ('claim-inferentia2-throughput-latency', 'aws', 'inferentia2',
                'Inferentia2 delivers higher throughput and lower latency than Inferentia.',
                'up to 4x higher throughput and up to 10x lower latency', None),
    'chi-091': ('claim-trainium2-ultracluster-scale', 'aws', 'trainium2',
                'LLM training networks can scale to 100,000 Trainium2 chips.', '65 exa-FLOPS', None),
    'chi-095': ('claim-trainium2-4x-performance', 'aws', 'trainium2',
                'Trainium2 improves performance over the original Trainium.', 'up to four times', None),
    'chi-096': ('claim-inferentia-cost-40-percent-less', 'amazon', 'inferentia',
                'Inferentia chips cost less to operate when generating AI responses.', '40% less', None),
    'chi-097': ('claim-inf1-throughput-cost', 'aws', 'inferentia',
                'Inf1 instances deliver higher throughput and lower cost per inference.',
                'up to 2.3 times higher throughput and up to 70 percent lower cost per inference', None),
    'chi-103': ('claim-trillium-4-7x-peak-compute', 'google', 'tpu-v6e',
                'Trillium increases peak compute per chip over TPU v5e.', '4.7 times', None),
    'chi-112': ('claim-trainium3-doubles-trainium2', 'aws', 'trainium3',
                'Trainium3 doubles the capabilities of the second generation.', 'doubling', None),
    'chi-115': ('claim-trainium2-4x-performance-3x-memory', 'aws', 'trainium2',
                'Trainium2 offers more performance and memory capacity than its predecessor.',
                'four times the performance and three times the memory capacity', None),
    'rel-001': ('claim-andy-jassy-annapurna-acquisition', 'andy-jassy', 'annapurna-labs',
                'The acquisition of Annapurna was one of the most important moments in AWS history.', None, None),
    'rel-037': ('claim-dave-brown-best-place-to-run-nvidia', 'dave-brown', 'aws',
                'AWS wants to be the best place to run Nvidia, but it is healthy to have an alternative.',
                None, None),
    'rel-040': ('claim-apple-aws-chips-efficiency', 'apple', 'inferentia',
                'Apple achieved efficiency gains using AWS chips like Graviton and Inferentia.',
                'more than 40% efficiency gains', None),
    'rel-051': ('claim-daniel-newman-verticalized-stacks', 'daniel-newman', 'aws',
                'Every big cloud provider is moving towards a verticalized, integrated chip stack.', None, None),
    'rel-055': ('claim-zt-systems-30-years-infrastructure', 'zt-systems', 'zt-systems',
                'ZT Systems has provided computing and storage infrastructure for almost 30 years.',
                'almost 30 years', '2024-08'),
}

# ---- Specs: item -> [(chip, name, value, unit, extra)]; extra: precision, sparse, variant, note, rank.
SPECS = {
    'chi-012': [('tpu-v6e', 'MEMORY_CAPACITY', 32, 'GB', {'variant': 'per chip'})],
    'chi-013': [('tpu-v6e', 'PEAK_COMPUTE', 918, 'TFLOPs', {'precision': 'BF16', 'variant': 'per chip'})],
    'chi-015': [('tpu-v5e', 'MEMORY_CAPACITY', 16, 'GB', {}), ('tpu-v5e', 'MEMORY_BANDWIDTH', 819, 'GB/s', {})],
    'chi-020': [('maia-100', 'TRANSISTORS', 105, 'billion', {}),
                ('maia-100', 'PROCESS_NODE', 5, 'nm', {'note': 'stated as "5-nanometer"'})],
    'chi-021': [('maia-100', 'PROCESS_NODE', 5, 'nm', {'note': 'stated as "5-nm"'})],
    'chi-022': [('maia-100', 'MEMORY_CAPACITY', 64, 'GB', {}), ('maia-100', 'MEMORY_BANDWIDTH', 1.8, 'TB/s', {})],
    'chi-024': [('mtia-v2', 'PROCESS_NODE', 5, 'nm', {}), ('mtia-v2', 'TDP', 90, 'W', {})],
    'chi-025': [('mtia-v2', 'MEMORY_CAPACITY', 128, 'GB', {'variant': 'per board of two chips'})],
    'chi-027': [('mtia-v1', 'PROCESS_NODE', 7, 'nm', {})],
    'chi-029': [('tpu-v5p', 'MEMORY_CAPACITY', 95, 'GB', {}),
                ('tpu-v5p', 'MEMORY_BANDWIDTH', 2765, 'GB/s', {'note': 'stated as "2765 GBps"'})],
    'chi-030': [('tpu-v5p', 'PEAK_COMPUTE', 459, 'TFLOPs', {'precision': 'BF16', 'variant': 'per chip'})],
    'chi-031': [('tpu-v5p', 'MEMORY_CAPACITY', 95, 'GiB', {'variant': 'per chip',
                 'note': 'another version of the same documentation gives 95 GB'})],
    'chi-032': [('tpu-v4', 'MEMORY_CAPACITY', 32, 'GiB', {}),
                ('tpu-v4', 'MEMORY_BANDWIDTH', 1200, 'GB/s', {'note': 'stated as "1200 GBps"'})],
    'chi-033': [('tpu-v4', 'PEAK_COMPUTE', 275, 'TFLOPS', {'precision': 'BF16', 'variant': 'per chip',
                 'note': 'stated as "275 teraflops (bf16 or int8)"'})],
    'chi-036': [('h100', 'TRANSISTORS', 80, 'billion', {})],
    'chi-037': [('h100', 'MEMORY_CAPACITY', 80, 'GB', {})],
    'chi-038': [('a100', 'TRANSISTORS', 54.2, 'billion', {}),
                ('a100', 'PROCESS_NODE', 7, 'nm', {'note': 'a modified version of TSMC\'s 7nm process'})],
    'chi-040': [('h200', 'MEMORY_CAPACITY', 141, 'GB', {}), ('h200', 'MEMORY_BANDWIDTH', 4.8, 'TB/s', {})],
    'chi-042': [('h200', 'PROCESS_NODE', 4, 'nm', {})],
    'chi-043': [('b200', 'TRANSISTORS', 208, 'billion', {})],
    'chi-044': [('b200', 'MEMORY_CAPACITY', 192, 'GB', {}), ('b200', 'MEMORY_BANDWIDTH', 8, 'TB/s', {})],
    'chi-048': [('mi300x', 'MEMORY_CAPACITY', 192, 'GB', {}), ('mi300x', 'MEMORY_BANDWIDTH', 5.3, 'TB/s', {})],
    'chi-049': [('mi300x', 'TRANSISTORS', 153, 'billion', {})],
    'chi-051': [('mi325x', 'MEMORY_CAPACITY', 256, 'GB', {'rank': 'PREFERRED',
                 'rankReason': 'the shipping specification; 288 GB was the June 2024 announcement'}),
                ('mi325x', 'MEMORY_BANDWIDTH', 6, 'TB/s', {})],
    'chi-053': [('mi325x', 'MEMORY_CAPACITY', 288, 'GB', {'note': 'up to; the initial announcement (Computex June 2024)'})],
    'chi-055': [('gaudi-3', 'MEMORY_CAPACITY', 128, 'GB', {})],
    'chi-056': [('gaudi-3', 'PROCESS_NODE', 5, 'nm', {}), ('gaudi-2', 'PROCESS_NODE', 7, 'nm', {})],
    'chi-057': [('gaudi-3', 'PROCESS_NODE', 5, 'nm', {})],
    'chi-058': [('gaudi-2', 'MEMORY_CAPACITY', 96, 'GB', {'note': 'stated as "96 Gb"'}),
                ('gaudi-2', 'MEMORY_BANDWIDTH', 2.45, 'TB/s', {})],
    'chi-061': [('wse-3', 'TRANSISTORS', 4, 'trillion', {}), ('wse-3', 'PROCESS_NODE', 5, 'nm', {})],
    'chi-062': [('wse-3', 'MEMORY_CAPACITY', 44, 'GB', {'note': 'on-chip SRAM'}),
                ('wse-3', 'PEAK_COMPUTE', 125, 'petaFLOPS', {'note': 'peak AI performance; no precision stated'})],
    'chi-067': [('trainium2', 'MEMORY_CAPACITY', 96, 'GiB', {}),
                ('trainium2', 'MEMORY_BANDWIDTH', 3, 'TB/s', {})],
    'chi-068': [('trainium2', 'MEMORY_CAPACITY', 96, 'GiB', {}),
                ('trainium2', 'MEMORY_BANDWIDTH', 2.9, 'TB/s', {'note': 'another version of the documentation gives 3 TB/s'})],
    'chi-069': [('trainium2', 'PEAK_COMPUTE', 1299, 'TFLOPS', {'precision': 'FP8'}),
                ('trainium2', 'PEAK_COMPUTE', 667, 'TFLOPS', {'precision': 'BF16', 'note': 'stated for BF16/FP16/TF32'})],
    'chi-072': [('trainium', 'MEMORY_CAPACITY', 32, 'GiB', {}), ('trainium', 'MEMORY_BANDWIDTH', 820, 'GiB/s', {})],
    'chi-074': [('inferentia2', 'MEMORY_CAPACITY', 32, 'GiB', {}),
                ('inferentia2', 'MEMORY_BANDWIDTH', 820, 'GiB/s', {})],
    'chi-077': [('trainium3', 'MEMORY_CAPACITY', 144, 'GiB', {}), ('trainium3', 'MEMORY_BANDWIDTH', 4.9, 'TB/s', {})],
    'chi-079': [('graviton', 'PROCESS_NODE', 16, 'nm', {})],
    'chi-092': [('graviton4', 'TRANSISTORS', 73, 'billion', {})],
    'chi-099': [('groq-lpu', 'MEMORY_CAPACITY', 230, 'MB', {'note': 'on-chip SRAM'})],
    'chi-100': [('groq-lpu', 'PEAK_COMPUTE', 750, 'TFLOPS', {'precision': 'FP8', 'note': 'approximately'}),
                ('groq-lpu', 'PROCESS_NODE', 14, 'nm', {}), ('groq-lpu', 'TDP', 300, 'W', {'note': 'approximately'})],
    'chi-101': [('groq-lpu', 'PROCESS_NODE', 14, 'nm', {})],
    'chi-108': [('gaudi-2', 'PROCESS_NODE', 7, 'nm', {}), ('habana-greco', 'PROCESS_NODE', 7, 'nm', {})],
    'chi-109': [('gaudi-1', 'MEMORY_CAPACITY', 32, 'GB', {}), ('gaudi-2', 'MEMORY_CAPACITY', 96, 'GB', {})],
    'chi-110': [('gaudi-2', 'MEMORY_CAPACITY', 96, 'GB', {}), ('gaudi-2', 'MEMORY_BANDWIDTH', 2.4, 'TB/s', {})],
}

# ---- Chip fields of the chips of this file: item -> {field: value}. Set when empty; cited when equal.
CHIP_FIELDS = {
    'chi-010': {'habana-goya': {'category': 'INFERENCE_ACCELERATOR', 'released': '2018-09'}},
    'chi-011': {'gaudi-1': {'category': 'TRAINING_ACCELERATOR', 'announced': '2019-06'}},
    'chi-019': {'maia-100': {'announced': '2023-11'}},
    'chi-021': {'maia-100': {'foundry': 'tsmc'}},
    'chi-022': {'maia-100': {'memoryType': 'HBM2E'}},
    'chi-023': {'cobalt-100': {'category': 'CPU'}},
    'chi-024': {'mtia-v2': {'foundry': 'tsmc'}},
    'chi-025': {'mtia-v2': {'memoryType': 'LPDDR5'}},
    'chi-027': {'mtia-v1': {'announced': '2023-05'}},
    'chi-029': {'tpu-v5p': {'memoryType': 'HBM2e'}},
    'chi-032': {'tpu-v4': {'memoryType': 'HBM2'}},
    'chi-015': {'tpu-v5e': {'memoryType': 'HBM2'}},
    'chi-035': {'h100': {'announced': '2022-03'}},
    'chi-036': {'h100': {'foundry': 'tsmc'}},
    'chi-037': {'h100': {'memoryType': 'HBM3'}},
    'chi-038': {'a100': {'foundry': 'tsmc'}},
    'chi-040': {'h200': {'memoryType': 'HBM3e'}},
    'chi-041': {'h200': {'announced': '2023-11'}},
    'chi-042': {'h200': {'foundry': 'tsmc'}},
    'chi-043': {'b200': {'announced': '2024-03-18', 'foundry': 'tsmc'}},
    'chi-044': {'b200': {'memoryType': 'HBM3E'}},
    'chi-047': {'mi300x': {'released': '2023-12-06'}},
    'chi-048': {'mi300x': {'memoryType': 'HBM3'}},
    'chi-049': {'mi300x': {'foundry': 'tsmc'}},
    'chi-051': {'mi325x': {'memoryType': 'HBM3E'}},
    'chi-054': {'gaudi-3': {'announced': '2024-04'}},
    'chi-055': {'gaudi-3': {'memoryType': 'HBM2e'}},
    'chi-057': {'gaudi-3': {'foundry': 'tsmc'}},
    'chi-058': {'gaudi-2': {'memoryType': 'HBM2e'}},
    'chi-060': {'gaudi-1': {'released': '2019-07'}},
    'chi-061': {'wse-3': {'announced': '2024-03-13', 'foundry': 'tsmc'}},
    'chi-074': {'inferentia2': {'memoryType': 'HBM'}},
    'chi-075': {'inferentia2': {'category': 'INFERENCE_ACCELERATOR', 'generation': 2}},
    'chi-081': {'graviton2': {'announced': '2019-12', 'generation': 2}},
    'chi-083': {'graviton3': {'released': '2022-05'}},
    'chi-089': {'graviton4': {'foundry': 'tsmc'}},
    'chi-102': {'tpu-v6e': {'announced': '2024-05-14'}},
    'chi-105': {'xilinx-xc2064': {'released': '1985'}},
    'chi-108': {'gaudi-2': {'foundry': 'tsmc'}, 'habana-greco': {'foundry': 'tsmc'}},
    'chi-109': {'gaudi-1': {'memoryType': 'HBM2'}},
    'chi-111': {'habana-greco': {'category': 'INFERENCE_ACCELERATOR', 'predecessor': 'habana-goya'}},
}

# ---- Projects, products and Project Rainier's chip counts.
PROJECTS = {
    'project-rainier': {'name': 'Project Rainier', 'aliases': ['Project Rainer'], 'operator': ('aws', ['rel-053']),
                        'location': ('Pennsylvania, Indiana, Mississippi', ['rel-012']),
                        'note_items': ['rel-009', 'rel-010', 'rel-052'],
                        'description': ('An AI compute cluster that AWS builds for Anthropic.', ['rel-053'])},
}
PRODUCTS = {
    'claude': {'name': 'Claude', 'maker': 'anthropic', 'category': 'large language model',
               'items': ['rel-010', 'rel-011', 'rel-021']},
    'gemini-1-5-pro': {'name': 'Gemini 1.5 Pro', 'maker': 'google', 'category': 'large language model',
                       'items': ['rel-044']},
    'stockmark-13b': {'name': 'stockmark-13b', 'maker': 'stockmark', 'category': 'large language model',
                      'items': ['rel-034', 'rel-035']},
    'alexa': {'name': 'Amazon Alexa', 'aliases': ['Alexa'], 'maker': 'amazon', 'category': 'voice assistant',
              'items': ['rel-049']},
    'private-cloud-compute': {'name': 'Private Cloud Compute', 'maker': 'apple', 'category': 'cloud service',
                              'items': ['rel-042']},
}
# Four counts of Project Rainier's chips: they are of different dates and all kept, the one that counts
# Project Rainier itself most recently preferred.
DEPLOYMENTS = [
    ('project-rainier-trainium2-200k-semianalysis', 'rel-053', 'trainium2', 200000, 'AT_LEAST', '2024-12-03', {}),
    ('project-rainier-trainium-400k-siliconangle', 'rel-052', 'trainium2', 400000, 'EXACT', '2025-06-18',
     {'note': 'the source says "400,000 chips" of the cluster; the reference item counts them as Trainium'}),
    ('project-rainier-trainium2-1m-semafor', 'rel-011', 'trainium2', 1000000, 'EXACT', '2025-10-29',
     {'note': 'the Trainium2 chips Claude runs on; the reference notes it among the counts of Project Rainier'}),
    ('project-rainier-trainium2-500k-datacentremagazine', 'rel-009', 'trainium2', 500000, 'ABOUT', '2025-12',
     {'rank': 'PREFERRED', 'rankReason': 'the latest count that names Project Rainier itself (nearly 500,000 '
      'Trainium2 chips, December 2025); the 1 million of Semafor counts the chips Claude runs on'}),
]

# Attributes whose item the tables above do not fully move keep their place; these are renamed to one
# name per kind of statement so that the names say what they are.
RENAME = {
    'founded (alternate)': 'founded', 'founded (as Facebook)': 'founded', 'founding date': 'founded',
    'founded/incorporated': 'founded', 'headquarters (older wiki version)': 'headquarters',
    'headquarters (newer wiki version)': 'headquarters', 'headquarters (as planned in 2015)': 'headquarters',
    'founded/HQ': 'headquarters',
    'founding location': 'founding location', 'original location': 'founding location', 'origin': 'history',
    'parent group': 'parent', 'purpose/launch': 'purpose', 'purpose (glossary)': 'purpose',
    'purpose / instance': 'purpose', 'peak compute / purpose': 'purpose', 'introduced / purpose': 'introduced',
    'process / introduced': 'introduced', 'introduced (alternate date)': 'introduced',
    'first introduced (per AFP)': 'introduced', 'debut (per AFP)': 'introduced', 'launch (AWS whitepaper)': 'launch',
    'launch / foundry': 'launch', 'announced / GA': 'announced', 'announced / availability': 'availability',
    'general availability': 'availability', 'expected release': 'released', 'generation (per arch doc)': 'generation',
    'type / designer': 'designer', 'peak compute / pod': 'pod size', 'compute / instance': 'instance',
    'Trn2 instance': 'instance', 'Trn2 UltraServer': 'instance', 'first instance type': 'instance',
    'deployment / purpose': 'deployment', 'training/inference': 'purpose', 'memory architecture': 'memory type',
    'memory (initial announcement)': 'memory', 'memory / generation': 'generation',
    'foundry (per one source)': 'foundry', 'process / purpose': 'purpose', 'type': 'architecture',
    'core technology': 'architecture', 'composition': 'architecture', 'components': 'architecture',
    'cores / transistors': 'architecture', 'compute': 'architecture', 'system': 'system',
    'memory bandwidth (alternate)': 'memory', 'memory bandwidth (other doc version)': 'memory',
    'memory (alternate doc version)': 'memory', 'memory / process': 'memory',
    'process / transistors': 'process node', 'process / foundry / transistors': 'process node',
    'process / foundry': 'process node', 'process': 'process node',
    'announced / process / transistors': 'announced', 'announced / transistors / process': 'announced',
    'description': 'market share', 'called': 'statement', 'said': 'statement', 'holds': 'market share', 'co develops with': 'partners with',
}
# Items fully moved into the typed records above, beyond those that REL, CLAIMS, SPECS, CHIP_FIELDS and
# COMPANY_FIELDS name: their attribute is removed. An item moved only in part keeps its attribute.
PARTLY = {
    'chi-016', 'chi-017', 'chi-018', 'chi-024', 'chi-033', 'chi-034', 'chi-030', 'chi-042',
    'chi-043', 'chi-049', 'chi-052', 'chi-079',
    'chi-088', 'chi-092', 'chi-101',
    'chi-023', 'com-024', 'com-029', 'com-030', 'com-078', 'com-083', 'com-086', 'com-046', 'com-047',
    'com-052', 'com-023', 'com-066', 'com-087', 'com-010', 'com-033', 'com-049', 'com-017',
}


def slug(text, limit=60):
    return re.sub(r'[^a-z0-9]+', '-', text.lower()).strip('-')[:limit].strip('-')


def source_id(url):
    return 'src-' + hashlib.sha1(url.encode('utf-8')).hexdigest()[:12]


def main():
    v1 = json.load(open(os.path.join(REFERENCE, 'industry-facts.json'), encoding='utf-8'))
    items = {}
    for key in ('companies', 'chips', 'relations', 'people', 'roles', 'acquisitions'):
        for it in v1[key]:
            items[it['id']] = it
    for fn in sorted(glob.glob(os.path.join(REFERENCE, 'v2', '*.json'))):
        for it in json.load(open(fn, encoding='utf-8'))['items']:
            items.setdefault(it['id'], it)
    data = json.load(open(OUT, encoding='utf-8'))

    # Sources by URL across every seeds file: an item's source is reused, never redeclared. A page this file
    # declared for a v2 item (an src- id) that another file now declares too is left to that file.
    elsewhere = {}
    for other in sorted(glob.glob(os.path.join(ROOT, 'seeds', '*'))):
        if other == OUT or not other.endswith(('.json', '.yaml', '.yml')):
            continue
        text = open(other, encoding='utf-8').read()
        if other.endswith('.json'):
            srcs = json.loads(text).get('sources', [])
        else:
            import yaml
            srcs = (yaml.safe_load(text) or {}).get('sources', [])
        for s in srcs:
            elsewhere.setdefault(s.get('url'), s['id'])
    data['sources'] = [
        s for s in data['sources'] if not (s['id'].startswith('src-') and elsewhere.get(s.get('url')) == s['id'])
    ]
    by_url = {}
    for s in data['sources']:
        by_url.setdefault(s.get('url'), s['id'])
    for url, sid in elsewhere.items():
        by_url.setdefault(url, sid)

    def cite(iid):
        it = items[iid]
        url = it['source']
        if url not in by_url:
            # A v2 item's page no seeds file has yet: declared here, as reference-chips.py declares its own.
            parsed = urlparse(url)
            host = (parsed.hostname or '').removeprefix('www.')
            title = it.get('source_title') or f'{host}: {parsed.path.strip("/")}'
            tier = TIERS[it['tier_hint']] if 'tier_hint' in it else V1_TIERS[iid]
            rec = {'id': source_id(url), 'title': title, 'publisher': host, 'tier': tier, 'url': url}
            if it.get('source_date'):
                rec['published'] = it['source_date']
            data['sources'].append(rec)
            by_url[url] = rec['id']
        return {'source': by_url[url], 'quote': it['evidence']}

    def add_cites(rec, iids):
        for iid in iids:
            c = cite(iid)
            if c not in rec.setdefault('sources', []):
                rec['sources'].append(c)
            if iid not in rec.setdefault('refs', []):
                rec['refs'].append(iid)

    moved = set()
    companies = {c['id']: c for c in data['companies']}
    chips = {c['id']: c for c in data['chips']}

    # Companies: kinds, country, founded, description, each cited.
    for cid, fields in sorted(COMPANY_FIELDS.items()):
        rec = companies[cid]
        if 'kinds' in fields:
            rec['kinds'] = [k for k, _ in fields['kinds']]
            for _, iids in fields['kinds']:
                add_cites(rec, iids)
        for key in ('founded', 'country'):
            if key in fields:
                value, iids = fields[key]
                rec[key] = value
                add_cites(rec, iids)
                # A founding date moves; a headquarters item keeps its city as an attribute.
                if key == 'founded':
                    moved.update(i for i in iids if i.startswith('com-'))
    for rec in data['companies']:
        if 'kind' in rec:  # the older spelling, read as a list of one; kinds is the one to write
            rec['kinds'] = [rec.pop('kind')]
    for cid, (iid, text) in COMPANY_DESCRIPTION.items():
        companies[cid]['description'] = text
        add_cites(companies[cid], [iid])
    order = ('id', 'name', 'aliases', 'kinds', 'kind', 'founded', 'country', 'fiscalYearEnd', 'description',
             'sources', 'refs')
    data['companies'] = [{k: c[k] for k in order if k in c} for c in data['companies']]

    # Chip fields of this file's chips: set when empty, cited when they agree; a different value stays text.
    kept_conflicts = {}
    for iid, per_chip in sorted(CHIP_FIELDS.items()):
        agreed = True
        for cid, fields in per_chip.items():
            rec = chips[cid]
            for key, value in fields.items():
                have = rec.get(key)
                if have is None:
                    rec[key] = value
                elif not (str(have).lower().startswith(str(value).lower())
                          or str(value).lower().startswith(str(have).lower())):
                    agreed = False
                    kept_conflicts[iid] = f'{key} {value} conflicts with {key} {have} of {cid}'
                    continue
            add_cites(rec, [iid])
        if agreed:
            moved.add(iid)

    # Relations: records of the same (type, from, to) are one, with every citation.
    symmetric = {'PARTNERS_WITH', 'COMPETES_WITH'}
    relations = OrderedDict()
    for r in data['relations']:
        if r['type'] == 'TESTS' and not r.get('refs'):
            m = re.search(r'Reference item (rel-\d+)', r.get('note', ''))
            if m:
                r['refs'] = [m.group(1)]
        key = (r['type'], r['from'], r['to'])
        relations[key] = r
    for iid, rels in sorted(REL.items()):
        for typ, frm, to, quals in rels:
            if typ in symmetric and (typ, to, frm) in relations:
                frm, to = to, frm
            key = (typ, frm, to)
            rec = relations.setdefault(key, {'type': typ, 'from': frm, 'to': to})
            for q, v in quals.items():
                if q in ('what', 'detail', 'note') and rec.get(q) and v not in rec[q].split('; '):
                    rec[q] = rec[q] + '; ' + v
                elif q == 'since':
                    rec[q] = min(rec.get(q, v), v)
                else:
                    rec.setdefault(q, v)
            add_cites(rec, [iid])
        moved.add(iid)
    rel_order = ('type', 'from', 'to', 'what', 'detail', 'since', 'until', 'note', 'sources', 'refs')
    data['relations'] = [{k: r[k] for k in rel_order if k in r} for r in relations.values()]

    # Claims.
    claims = []
    for iid, (rid, claimant, subject, statement, figure, made) in sorted(CLAIMS.items(), key=lambda kv: kv[1][0]):
        rec = {'id': rid, 'claimant': claimant, 'subject': subject, 'statement': statement}
        if figure:
            rec['figure'] = figure
        if made:
            rec['made'] = made
        it = items[iid]
        if it.get('note'):
            rec['note'] = it['note']
        add_cites(rec, [iid])
        claims.append(rec)
        moved.add(iid)
    data['claims'] = claims

    # Specs: items that state the same value for the same thing are one record citing all of them.
    specs = OrderedDict()
    for iid, rows in sorted(SPECS.items()):
        for cid, name, value, unit, extra in rows:
            key = (cid, name, value, unit, extra.get('precision'), extra.get('variant'))
            rec = specs.get(key)
            if rec is None:
                parts = [cid, slug(name), extra.get('precision', '').lower(), slug(str(value)), slug(unit),
                         slug(extra.get('variant', ''))]
                rec = {'id': '-'.join(p for p in parts if p), 'chip': cid, 'name': name, 'value': value,
                       'unit': unit}
                for k in ('precision', 'sparse', 'variant', 'note', 'rank', 'rankReason'):
                    if k in extra:
                        rec[k] = extra[k]
                specs[key] = rec
            add_cites(rec, [iid])
        moved.add(iid)
    spec_order = ('id', 'chip', 'name', 'value', 'unit', 'precision', 'sparse', 'variant', 'note', 'rank',
                  'rankReason', 'sources', 'refs')
    data['specs'] = sorted(({k: s[k] for k in spec_order if k in s} for s in specs.values()),
                           key=lambda s: s['id'])

    # Projects, products, deployments.
    projects = []
    for pid, p in PROJECTS.items():
        rec = {'id': pid, 'name': p['name'], 'aliases': p['aliases'], 'operator': p['operator'][0],
               'location': p['location'][0], 'description': p['description'][0]}
        add_cites(rec, p['operator'][1] + p['location'][1] + p['description'][1] + p['note_items'])
        projects.append(rec)
        moved.update(['rel-012', 'rel-010'])
    data['projects'] = projects
    products = []
    for pid, p in sorted(PRODUCTS.items()):
        rec = {'id': pid, 'name': p['name']}
        if p.get('aliases'):
            rec['aliases'] = p['aliases']
        rec['maker'] = p['maker']
        rec['category'] = p['category']
        add_cites(rec, p['items'])
        products.append(rec)
    moved.update(['rel-034', 'rel-042'])
    data['products'] = products
    deployments = []
    for did, iid, chip, count, qualifier, as_of, extra in DEPLOYMENTS:
        rec = {'id': did, 'project': 'project-rainier', 'chip': chip, 'count': count,
               'countQualifier': qualifier, 'asOf': as_of}
        rec.update(extra)
        add_cites(rec, [iid])
        deployments.append(rec)
        moved.add(iid)
    data['deployments'] = deployments

    # Attributes: what was moved goes; the rest stays under one name per kind of statement.
    moved -= PARTLY | set(kept_conflicts)
    attributes = []
    for a in data['attributes']:
        m = re.match(r'ref-((?:com|chi|rel|peo)-\d{3})', a['id'])
        iid = m.group(1) if m else None
        if iid in moved:
            continue
        # A person item's career in words is the person's description or profile in seeds/people.yaml
        # (tools/reference-people.py), whose roles and their dates are typed roles there.
        if iid and iid.startswith('peo-'):
            continue
        a['attribute'] = RENAME.get(a['attribute'], a['attribute'])
        if iid and iid not in a.get('refs', []):
            a['refs'] = [iid]
        attributes.append(a)
    data['attributes'] = attributes

    # The file's own lists keep their place (others edit its people, roles, acquisitions and financials);
    # the lists this script adds follow them.
    out = dict(data)
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write(json.dumps(out, indent=2, ensure_ascii=False) + '\n')
    write_not_loaded(v1, data, kept_conflicts)
    print(f'{len(data["companies"])} companies, {len(specs)} specs, {len(claims)} claims, '
          f'{len(data["relations"])} relations, {len(products)} products, {len(projects)} projects, '
          f'{len(deployments)} deployments, {len(attributes)} attributes kept; conflicts kept: {kept_conflicts}')


# Why the attributes that stay are attributes, by name: what no typed field of the model holds.
KEPT_WHY = {
    'headquarters': 'a city; the company record holds only the country',
    'founded': 'founding details in words (by whom, as what), or a date of a company whose record is in trainium2-article.json, or one that conflicts with the founded field',
    'co-founders': 'founders are people with no record and no role in this file',
    'founder': 'founders are people with no record and no role in this file',
    'background': "a person's career in words; roles are another file's records",
}


def write_not_loaded(v1, data, kept_conflicts):
    """This file's section of NOT-LOADED.md: items in no record, and the attributes kept and why."""
    mine = [it for key in ('companies', 'chips', 'relations') for it in v1[key]]
    referenced = set()
    for key, records in data.items():
        if isinstance(records, list):
            for r in records:
                if isinstance(r, dict):
                    referenced.update(r.get('refs', []))
    missing = [it['id'] for it in mine if it['id'] not in referenced]
    kept = OrderedDict()
    for a in data['attributes']:
        for iid in a.get('refs', []):
            if iid.startswith(('com-', 'chi-', 'rel-')):
                why = kept_conflicts.get(iid) or KEPT_WHY.get(a['attribute']) or 'no typed field or relation type holds it'
                kept.setdefault(iid, f'{a["attribute"]} of {a["entity"]}: {why}')
    lines = ['<!-- begin industry-facts.json -->', '## reference/industry-facts.json', '',
             'The companies, chips and relations items of the first reference collection, moved into typed records of',
             '`seeds/industry-reference.json` by `tools/reference-industry.py` (its people, roles, acquisitions and',
             'financials are other files\' records).', '',
             f'{len(mine)} items; {len(mine) - len(missing)} loaded, {len(missing)} not loaded.', '',
             '| item | reason |', '| --- | --- |']
    lines += [f'| {iid} | in no record |' for iid in missing]
    lines += ['', '### Kept as attributes', '',
              'Loaded, but as an `attributes` record: the value has no typed home, or it is about a record of',
              '`trainium2-article.json` (which loads on its own), or it conflicts with the typed value kept.', '',
              '| item | reason |', '| --- | --- |']
    lines += [f'| {iid} | {why.replace("|", "/")} |' for iid, why in sorted(kept.items())]
    lines.append('<!-- end industry-facts.json -->')
    section = '\n'.join(lines) + '\n'
    text = open(NOT_LOADED, encoding='utf-8').read() if os.path.exists(NOT_LOADED) else ''
    begin, end = '<!-- begin industry-facts.json -->', '<!-- end industry-facts.json -->\n'
    if begin in text and end in text:
        text = text[:text.index(begin)] + section + text[text.index(end) + len(end):]
    else:
        text = text.rstrip('\n') + '\n\n' + section
    with open(NOT_LOADED, 'w', encoding='utf-8') as f:
        f.write(text)


if __name__ == '__main__':
    main()
