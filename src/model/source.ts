import { defineNode, f } from './define';
import { SOURCE_TIERS } from './vocabulary';

export const Source = defineNode({
  label: 'Source',
  kind: 'source',
  record: 'sources',
  order: ['id'],
  fields: {
    id: f.id(),
    title: f.text(1_000, undefined, { required: true }),
    publisher: f.text(500),
    url: { kind: 'url' },
    published: f.date(),
    tier: f.enum(
      SOURCE_TIERS,
      'PRIMARY: the company itself (release, filing, documentation); PRESS: journalism; SECONDARY: encyclopedias, aggregators, mirrors.',
      { required: true },
    ),
    text: { kind: 'fulltext', describe: 'The full text, against which quotes are checked.' },
    textFile: f.text(1_000, 'A file holding the full text, relative to this dataset file.'),
    note: f.note(),
  },
});
