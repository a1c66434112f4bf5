/** An entity and its neighbours, drawn and listed; data from one operation, ExploreNeighbourhood. */
import { ExploreNeighbourhoodDocument, type ExploreNeighbourhoodQuery } from 'chipgraph-client';
import { useQuery } from '../api';
import { GraphView, loadCytoscape, type GraphEdge, type GraphNode } from './GraphView';
import { EntityLink, Loaded, Section } from './ui';

interface Neighbour {
  id: string;
  name: string;
  kind: string;
  /** As a phrase from the entity's side: "makes", "subsidiary of", ... */
  relation: string;
  /** True when the edge points from the neighbour to the entity. */
  incoming: boolean;
}

type Ref = { id: string; name: string; __typename?: string };

export function neighboursOf(
  data: ExploreNeighbourhoodQuery,
): { focus: Ref & { kind: string }; neighbours: Neighbour[] } | null {
  const list: Neighbour[] = [];
  const add = (items: (Ref | null | undefined)[], kind: string, relation: string, incoming = false) => {
    for (const item of items) {
      if (item)
        list.push({ id: item.id, name: item.name, kind: item.__typename ?? kind, relation, incoming });
    }
  };
  if (data.company) {
    const c = data.company;
    add([c.parent], 'Company', 'subsidiary of');
    add(c.subsidiaries, 'Company', 'subsidiary of', true);
    add(c.chips, 'Chip', 'makes');
    add(c.competitors, 'Company', 'competes with');
    add(c.partners, 'Company', 'partner of');
    add(
      c.supplies.map((s) => s.customer),
      'Company',
      'supplies',
    );
    add(
      c.suppliers.map((s) => s.supplier),
      'Company',
      'supplies',
      true,
    );
    add(
      c.acquisitions.map((a) => a.target),
      'Company',
      'acquired',
    );
    add(
      c.acquiredBy.map((a) => a.acquirer),
      'Company',
      'acquired',
      true,
    );
    for (const role of c.roles) add([role.person], 'Person', role.title, true);
    return { focus: { ...c, kind: 'Company' }, neighbours: dedupe(list) };
  }
  if (data.chip) {
    const c = data.chip;
    add([c.maker], 'Company', 'makes', true);
    add([c.foundry], 'Company', 'manufactures', true);
    add([c.predecessor], 'Chip', 'succeeds');
    add([c.successor], 'Chip', 'succeeds', true);
    add(c.testers, 'Company', 'tests', true);
    add(c.competitors, 'Chip', 'competes with');
    return { focus: { ...c, kind: 'Chip' }, neighbours: dedupe(list) };
  }
  if (data.person) {
    const p = data.person;
    for (const role of p.roles) add([role.organization], 'Company', role.title);
    return { focus: { ...p, kind: 'Person' }, neighbours: dedupe(list) };
  }
  return null;
}

function dedupe(list: Neighbour[]): Neighbour[] {
  const seen = new Set<string>();
  return list.filter((n) => {
    const key = `${n.id}|${n.relation}|${n.incoming}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function Neighbourhood({ id }: { id: string }) {
  const state = useQuery(ExploreNeighbourhoodDocument, { id });
  void loadCytoscape().catch(() => undefined); // in parallel with the data; GraphView reports a failure
  return (
    <Section title="Neighbourhood" id="neighbourhood">
      <Loaded state={state} what="the neighbourhood">
        {(data) => {
          const result = neighboursOf(data);
          if (!result || result.neighbours.length === 0) {
            return <p class="empty">No connections known.</p>;
          }
          const { focus, neighbours } = result;
          const nodes: GraphNode[] = [{ id: focus.id, label: focus.name, kind: focus.kind, focus: true }];
          for (const n of neighbours) {
            if (!nodes.some((node) => node.id === n.id))
              nodes.push({ id: n.id, label: n.name, kind: n.kind });
          }
          const edges: GraphEdge[] = neighbours.map((n) => ({
            source: n.incoming ? n.id : focus.id,
            target: n.incoming ? focus.id : n.id,
            label: n.relation,
          }));
          return (
            <div class="graph-layout">
              <GraphView
                nodes={nodes}
                edges={edges}
                label={`${focus.name} and its ${neighbours.length} connections`}
              />
              <ul class="neighbours" aria-label={`Connections of ${focus.name}`}>
                {neighbours.map((n) => (
                  <li key={`${n.id}-${n.relation}-${n.incoming}`}>
                    {n.incoming ? (
                      <>
                        <EntityLink kind={n.kind} id={n.id} name={n.name} />{' '}
                        <span class="relation">{n.relation}</span> {focus.name}
                      </>
                    ) : (
                      <>
                        {focus.name} <span class="relation">{n.relation}</span>{' '}
                        <EntityLink kind={n.kind} id={n.id} name={n.name} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          );
        }}
      </Loaded>
    </Section>
  );
}
