import { defineNode, f } from './define';

export const Claim = defineNode({
  label: 'Claim',
  kind: 'fact',
  record: 'claims',
  order: ['made', 'id'],
  sameFact: ['claimant', 'subject', 'statement'],
  fields: {
    id: f.id(),
    claimant: f.link({
      type: 'CLAIMED_BY',
      direction: 'out',
      target: 'Entity',
      field: 'claimant',
      inverse: { name: 'claimsMade', api: false },
      required: true,
      describe: 'The id of the entity that made the claim.',
    }),
    subject: f.link({
      type: 'ABOUT',
      direction: 'out',
      target: 'Entity',
      field: 'subject',
      inverse: { name: 'claimsAbout', api: false },
      describe: 'The id of the entity the claim is about.',
    }),
    statement: f.text(5_000, 'What was claimed, in plain words.', { required: true }),
    figure: f.text(200, 'The figure claimed, as stated, e.g. "40% less expensive".'),
    made: f.date(),
    note: f.note(),
    sources: f.sources(),
  },
});
