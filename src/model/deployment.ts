import { defineNode, f } from './define';
import { QUALIFIERS } from './vocabulary';

/** How many of a chip a project has, as one source counts them; conflicting counts are separate facts. */
export const Deployment = defineNode({
  label: 'Deployment',
  kind: 'fact',
  record: 'deployments',
  order: ['asOf', 'id'],
  fields: {
    id: f.id(),
    project: f.link({
      type: 'DEPLOYED_IN',
      direction: 'out',
      target: 'Project',
      field: 'project',
      inverse: 'deployments',
      required: true,
      describe: 'The id of the project.',
    }),
    chip: f.link({
      type: 'DEPLOYS',
      direction: 'out',
      target: 'Chip',
      field: 'chip',
      inverse: 'deployments',
      required: true,
      describe: 'The id of the chip deployed.',
    }),
    count: f.int({ min: 0, describe: 'How many chips, e.g. 500000.' }),
    countQualifier: f.enum(QUALIFIERS, 'How the source states the count: "nearly half a million" is ABOUT.'),
    asOf: f.date('When the count was true, as precise as known.'),
    note: f.note(),
    sources: f.sources(),
  },
});
