import { defineRelation } from '../define';

export const manufactures = defineRelation({
  type: 'MANUFACTURES',
  from: 'Company',
  to: 'Chip',
  symmetric: false,
  qualifiers: {},
  // Stored, exported and traversed by path; the chip's own record names who fabricates it.
  read: { from: null, to: null },
  describe: 'A company manufactures a chip.',
});
