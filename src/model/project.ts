import { defineNode, f } from './define';

/** A named compute cluster or programme (Project Rainier, Stargate). */
export const Project = defineNode({
  label: 'Project',
  kind: 'entity',
  record: 'projects',
  order: ['nameKey', 'id'],
  computed: ['claims'],
  fields: {
    id: f.id(),
    name: f.name(),
    aliases: f.aliases(),
    operator: f.link({
      type: 'OPERATES',
      direction: 'in',
      target: 'Company',
      field: 'operator',
      inverse: 'projects',
      describe: 'The id of the company that runs it.',
    }),
    location: f.text(500, 'e.g. "New Carlisle, Indiana".'),
    description: f.description(),
    sources: f.sources(),
  },
});
