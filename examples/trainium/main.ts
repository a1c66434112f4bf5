/**
 * An app outside chipgraph's source that uses its typed client, the chipgraph-client package: who makes
 * Trainium 2, and who tests it.
 *   CHIPGRAPH_URL=http://localhost:4000/graphql npx tsx examples/trainium/main.ts
 */
import {
  ChipMakerAndTestersDocument,
  GraphQLRequestError,
  NetworkError,
  createClient,
} from 'chipgraph-client';

async function main(): Promise<number> {
  const client = createClient({ url: process.env.CHIPGRAPH_URL ?? 'http://localhost:4000/graphql' });
  try {
    const { chip } = await client.request(ChipMakerAndTestersDocument, { name: 'Trainium 2' });
    if (!chip) {
      console.error('chipgraph does not know Trainium 2; seed the built-in dataset first (npm run seed).');
      return 1;
    }
    // Typed: chip.maker is { id, name } | null, chip.testers an array of { id, name }.
    const testers: string[] = chip.testers.map((tester) => tester.name);
    console.log(
      `${chip.name} (${chip.category ?? 'uncategorised'}) is made by ${chip.maker?.name ?? 'an unknown maker'}.`,
    );
    console.log(`Tested by: ${testers.join(', ')}.`);
    return 0;
  } catch (error) {
    if (error instanceof GraphQLRequestError) console.error(`chipgraph refused the query: ${error.message}`);
    else if (error instanceof NetworkError) console.error(`chipgraph is unreachable: ${error.message}`);
    else throw error;
    return 1;
  }
}

main().then((code) => {
  process.exitCode = code;
});
