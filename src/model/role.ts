import { defineNode, f } from './define';

export const Role = defineNode({
  label: 'Role',
  kind: 'fact',
  record: 'roles',
  order: ['since', 'id'],
  fields: {
    id: f.id(),
    person: f.link({
      type: 'HELD_BY',
      direction: 'out',
      target: 'Person',
      field: 'person',
      inverse: 'roles',
      required: true,
      describe: 'The id of the person.',
    }),
    organization: f.link({
      type: 'AT',
      direction: 'out',
      target: 'Company',
      field: 'organization',
      inverse: 'roles',
      required: true,
      describe: 'The id of the company.',
    }),
    title: f.text(500, undefined, { required: true }),
    since: f.date(),
    until: f.date(undefined, { notBefore: 'since' }),
    note: f.note(),
    sources: f.sources(),
  },
});
