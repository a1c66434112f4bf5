/**
 * The query cookbook: ten useful questions, each as a query. test/integration/cookbook.int.test.ts runs them
 * on the built-in dataset and checks that docs/cookbook.md shows exactly what they answer.
 */
export const COOKBOOK: { title: string; why: string; query: string }[] = [
  {
    title: 'Who makes Trainium 2, and who is testing it?',
    why: 'A chip with its maker, that maker’s parent, its predecessor and the companies testing it.',
    query: `{
  chip(name: "Trainium 2") {
    name
    maker { name parent { name } }
    predecessor { name }
    testers { name }
  }
}`,
  },
  {
    title: 'What does Amazon own, and what do its subsidiaries design?',
    why: 'Two levels of relationships in one request, and in one round trip: a lookup by id or name brings the\nrelationships asked for below it in the same Cypher query.',
    query: `{
  company(name: "Amazon") {
    subsidiaries { name chips { name category } }
  }
}`,
  },
  {
    title: 'Amazon’s capital expenditure: reported and projected',
    why: 'A projected figure is not a reported one: `basis` says which, and each figure has its sources.',
    query: `{
  company(name: "Amazon") {
    financials(metric: CAPITAL_EXPENDITURE, from: 2023, to: 2024) {
      period { label year }
      value { formatted }
      basis
      sources { tier }
    }
  }
}`,
  },
  {
    title: 'How much did Amazon pay for Annapurna Labs?',
    why: 'Sources disagree; every version is kept with its sources, and `support` says which is better supported.',
    query: `{
  company(name: "Annapurna Labs") {
    acquiredBy {
      price { formatted qualifier }
      announced { iso precision }
      sources { publisher tier }
      support { score bestTier }
    }
  }
}`,
  },
  {
    title: 'Nvidia’s quarterly data-center revenue',
    why: 'A filtered, ordered list: fiscal quarters with their labels as the sources give them.',
    query: `{
  financials(
    where: { company: "nvidia", metric: DATA_CENTER_REVENUE, basis: REPORTED }
    orderBy: { field: PERIOD }
    first: 10
  ) {
    totalCount
    edges { node { period { label year quarter fiscal } value { formatted } } }
  }
}`,
  },
  {
    title: 'What is claimed about Inferentia, and by whom?',
    why: 'A claim is not a fact: it is who said what, with the verbatim quote.',
    query: `{
  chip(name: "Inferentia") {
    claims { claimant { name } statement figure quote }
  }
}`,
  },
  {
    title: 'How is Anthropic connected to Nvidia?',
    why: 'The shortest path through relations and facts, each step with its sources.',
    query: `{
  path(from: "anthropic", to: "nvidia") {
    length
    steps {
      from { ... on Company { name } ... on Chip { name } }
      relation
      to { ... on Company { name } ... on Chip { name } }
      sources { id }
    }
  }
}`,
  },
  {
    title: 'Search, typos and all',
    why: 'Full-text search over names, aliases and descriptions.',
    query: `{
  search(query: "graviten", first: 3) {
    entity { __typename name }
  }
}`,
  },
  {
    title: 'Who works at AWS, in what role?',
    why: 'People filtered by the organization of their roles.',
    query: `{
  people(where: { organization: "aws" }, first: 5) {
    totalCount
    edges { node { name roles { title organization { name } } } }
  }
}`,
  },
  {
    title: 'The largest completed acquisitions',
    why: 'Ordered by price in US dollars, largest first (an amount in won or pounds is converted at a sourced exchange rate, Money.usd); prices are full amounts with their currency.',
    query: `{
  acquisitions(where: { status: COMPLETED }, orderBy: { field: PRICE, direction: DESC }, first: 5) {
    edges { node { acquirer { name } target { name } price { formatted usd { formatted } } } }
  }
}`,
  },
];

export function renderCookbook(answers: unknown[]): string {
  const sections = COOKBOOK.map(
    (recipe, i) =>
      `## ${i + 1}. ${recipe.title}\n\n${recipe.why}\n\n\`\`\`graphql\n${recipe.query}\n\`\`\`\n\n` +
      `<details><summary>Answer on the built-in dataset</summary>\n\n\`\`\`json\n${JSON.stringify(answers[i], null, 2)}\n\`\`\`\n\n</details>\n`,
  );
  return [
    '# Query cookbook',
    '',
    'Ten questions chipgraph answers, with what it answers on the built-in dataset (`npm run seed`). Paste any',
    'of them into the playground at <http://localhost:4000/graphql>. The answers below are checked by the',
    'tests (`test/integration/cookbook.int.test.ts`), so they are what the code returns today.',
    '',
    ...sections,
  ].join('\n');
}
