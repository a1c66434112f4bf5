/** What a benchmark scenario is: the targets it is asked about, its three requests, and its answers. */
export interface Targets {
  /** A company whose subsidiaries design chips that others test: the three-level query has work to do. */
  companyId: string;
  companyName: string;
  kind: string;
  /** A company testing one of those chips: the path scenario's other end. */
  testerId: string;
  /** A word of the company's name, to search for. */
  searchText: string;
  /** Four chips with four or more kinds of spec each, to compare (fewer when the dataset has fewer). */
  compareChipIds: string[];
  /** A company and a metric it reports by quarter, one figure a quarter: its series with growth. */
  series: { companyId: string; metric: string } | null;
  /** A company with roles, and a year inside some role's span: the roles held then. */
  roles: { companyId: string; year: string } | null;
  /** A chip with a foundry whose maker has HBM suppliers: the two-hop supply chain. */
  supplyChipId: string | null;
}

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface CypherRequest {
  text: string;
  params: Record<string, unknown>;
}

export type Data = Record<string, unknown>;
export type Answer = unknown;

/** How the peer expresses a scenario: with its generated queries, or with a hand-written @cypher field. */
export type PeerExpression = 'native' | '@cypher';

export interface Scenario {
  name: string;
  title: string;
  peerExpresses: PeerExpression;
  /** Whether the dataset has what the scenario asks about (a dataset without HBM supplies has no chain). */
  applies?(t: Targets): boolean;
  chipgraph(t: Targets): GraphQLRequest;
  peer(t: Targets): GraphQLRequest;
  cypher(t: Targets): CypherRequest;
  /** The comparable answer in each system's response. */
  answer: { chipgraph(data: Data): Answer; peer(data: Data): Answer; cypher(rows: Data[]): Answer };
}
