/** The dataset format as a JSON Schema (draft 2020-12), generated from the zod schema that seed uses. */
import { z } from 'zod';
import { dataset } from './dataset';

export function datasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(dataset, { target: 'draft-2020-12', io: 'input' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    title: 'chipgraph dataset',
    description:
      'Facts about the AI-chip industry with their sources, as chipgraph seeds them. See docs/datasets.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}
