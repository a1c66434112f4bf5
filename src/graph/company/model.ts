/** What a Company is in chipgraph, as stored on a (:Company) node. */
export interface CompanyRecord {
  id: string;
  name: string;
  aliases: string[];
  kind: string | null;
  country: string | null;
  description: string | null;
}
