import { defineRelation } from '../define';

export const investsIn = defineRelation({
  type: 'INVESTS_IN',
  from: 'Company',
  to: 'Company',
  symmetric: false,
  qualifiers: {},
  // Stored and exported, traversed by path; investments with amounts are to become facts of their own,
  // so no list field is published for the bare relation.
  read: { from: null, to: null },
  describe: 'from invests in to.',
});
