import path from 'node:path';
import { checkDatasets } from '../../../src/seed';

/**
 * An attribute is the last resort (docs/datasets.md, "Where each kind of statement goes"): every attribute
 * name the built-in dataset uses must be one whose statements have no typed home. A new name, or a moved
 * fact that comes back as text, fails here until it is given its typed home or a reason below.
 */
const SEEDS = path.resolve(__dirname, '..', '..', '..', 'seeds');

const ALLOWED: Record<string, string> = {
  // From the deals and financials of the second collection.
  fabricates: 'a foundry making a chip design that names no single chip (a customer design on a process)',
  'invests in': 'a person investing in a company; INVESTS_IN joins companies only',
  // Statements whose claimant is no entity: a Claim needs one (a company, chip or person) as claimant.
  'reported by wiki.gravy.cc (Wikipedia mirror)':
    'a statement by a mirror site, which is no entity of the graph',
  'reported by Forbes (via am1.news)': 'a statement a copy of a magazine reports, with no entity as claimant',
  'reported by industry sources (via smbom.com)': 'a statement by unnamed "industry sources", no entity',
  description:
    'a description of a company declared in another file, from an item of the deals collection that conflicts with the one kept',
  investor: 'a person investing in a company; INVESTS_IN joins companies only',
  country:
    'a country an item of the deals collection states for a company declared in another file, which holds the same country',
  'AI accelerator share of revenue (2024)':
    'a share of revenue in words ("mid-teens percentage"), no amount or percent',
  'HBM sales growth (Q3 2024)':
    'growth rates with no amount; a figure needs an amount or a percent of its own',
  'HBM sales growth forecast (2025)':
    'a forecast growth rate with no amount; a figure needs an amount or a percent',
  // Places and histories in words: the company record holds only the country.
  headquarters: 'a city or campus; Company.country holds only the country',
  'founding location': 'where a company was started; no field holds a place of founding',
  'lab location': 'where a lab of a company is; no field holds a site',
  history: "a company's lineage in words (spin-offs, renames) that no relation states on its own",
  'legal name':
    'the legal name of a company whose record is in trainium2-article.json, which loads on its own',
  business: 'what a company of trainium2-article.json does, in words; its kinds are set on that record',
  hq_country: 'the country of a company of trainium2-article.json, cited by another source than that record',
  founded:
    'founding details in words (by whom, as what), a date of a company of trainium2-article.json, or one that conflicts with Company.founded',
  'co-founders': 'founders are people with no record in this dataset',
  founder: 'a founder who is a person with no record in this dataset',
  'fiscal year convention':
    'in words; Company.fiscalYearEnd needs the exact rule, which the source does not give',
  'market share': 'a share of a market; no metric or field holds it',
  'market value milestones': 'a history of valuations in words, with no period per figure',
  // Events with no typed home.
  'acquired by':
    'an acquisition between companies with no acquisitions record in the files this dataset keeps here',
  'sued to block': 'a regulator suing to block an acquisition; no relation type holds a lawsuit',
  'in talks with': 'talks, not yet a partnership; no relation type holds them',
  completed: 'an investment completed, without the amount and date an investments record needs',
  'completed development':
    'a memory product a company finished developing; there is no record for memory products',
  'presented as customer at': 'an appearance at a conference; no relation type holds it',
  'used for training': 'a family of chips (Google TPUs) that names no single chip',
  uses: 'chips by maker only ("AMD chips"), naming no single chip',
  designs: 'the maker of chips whose records are in trainium2-article.json, which loads on its own',
  designer: 'the maker of a chip whose record is in trainium2-article.json, which loads on its own',
  // Chip statements that are not one typed value.
  purpose: 'what a chip is for, in words beyond its category',
  architecture: 'cores, dies and building blocks in words; no spec name holds them',
  system: 'the system a chip is built into; there is no record for systems',
  instance: 'how many chips a cloud instance or server holds; there is no record for instances',
  'pod size': 'how many chips a pod holds; there is no record for pods',
  deployment: 'where a chip is deployed, with no project to count it in',
  generation: "a chip's generation in words that conflicts with another source's count",
  availability: 'when systems with a chip ship, in words ("from Q1 2025"), not a date',
  introduced: 'an introduction date in words, one that conflicts, or one of a chip of trainium2-article.json',
  launch: 'a launch date with details in words, or one of a chip of trainium2-article.json',
  announced:
    'not a date the model takes ("2022 (re:Invent, Nov/Dec)"), one that conflicts, or one of a chip of trainium2-article.json',
  released:
    'not a date the model takes ("2024-H2"), one that conflicts, or one of a chip of trainium2-article.json',
  category: 'not one ChipCategory ("training_accelerator / inference_accelerator")',
  'process node': 'no single number of nanometres ("TSMC 4N", "5nm + 6nm")',
  memory: 'memory stated with an ambiguous unit or figure, kept in words',
  'memory type':
    'a memory type that conflicts with the one on the chip record, or of a chip of trainium2-article.json',
  interconnect: 'the name of an interconnect; no field holds it',
  foundry: 'a foundry that conflicts with the one on the chip record, or that names no single company',
  maker: 'a maker of a chip whose record is in trainium2-article.json, which loads on its own',
  predecessor:
    'names no single chip, conflicts with the chip record, or is of a chip of trainium2-article.json',
  successor: 'names no single chip of the dataset',
};

describe('the attributes of the built-in dataset', () => {
  let used: Map<string, string[]>;

  beforeAll(async () => {
    const checked = await checkDatasets([SEEDS]);
    expect(checked.issues).toEqual([]);
    used = new Map();
    for (const { file, data } of checked.datasets)
      for (const a of (data.attributes ?? []) as unknown as { id: string; attribute: string }[])
        used.set(a.attribute, [...(used.get(a.attribute) ?? []), `${path.basename(file)}: ${a.id}`]);
  });

  it('uses only attribute names whose statements have no typed home', () => {
    const unlisted = [...used]
      .filter(([name]) => !(name in ALLOWED))
      .map(([name, ids]) => `${name} (${ids[0]})`);
    expect(unlisted).toEqual([]);
  });

  it('keeps the allow-list to names in use, so that a moved fact takes its reason with it', () => {
    expect(Object.keys(ALLOWED).filter((name) => !used.has(name))).toEqual([]);
  });

  it('holds no relation, spec or claim as text any more', () => {
    for (const moved of [
      'parent',
      'supplies hbm to',
      'tested',
      'claimed improvement',
      'claimed performance',
      'called',
    ])
      expect(used.has(moved)).toBe(false);
  });
});
