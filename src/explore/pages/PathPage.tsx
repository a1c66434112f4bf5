/** How X is connected to Y: the API's shortest path, drawn and listed, each step with its sources. */
import { ExplorePathDocument, type ExplorePathNodeFragment } from 'chipgraph-client';
import { useState } from 'preact/hooks';
import { useQuery } from '../api';
import { Cite } from '../components/Cite';
import { GraphView, type GraphNode } from '../components/GraphView';
import { EntityLink, Loaded, Section, humanize } from '../components/ui';
import { navigate } from '../router';

function nodeOf(n: ExplorePathNodeFragment): { id: string; label: string; kind: string } {
  switch (n.__typename) {
    case 'Company':
    case 'Chip':
    case 'Person':
      return { id: n.id, label: n.name, kind: n.__typename };
    case 'Role':
      return { id: n.id, label: n.title, kind: 'Role' };
    case 'FinancialFigure':
      return { id: n.id, label: n.metric, kind: 'FinancialFigure' };
    case 'Claim':
      return { id: n.id, label: n.statement, kind: 'Claim' };
    case 'Attribute':
      return { id: n.id, label: n.attribute, kind: 'Attribute' };
    default:
      return {
        id: 'id' in n ? (n.id as string) : '?',
        label: humanize(n.__typename ?? 'node'),
        kind: n.__typename ?? 'Node',
      };
  }
}

function NodeName({ node }: { node: ExplorePathNodeFragment }) {
  const n = nodeOf(node);
  return ['Company', 'Chip', 'Person'].includes(n.kind) ? (
    <EntityLink kind={n.kind} id={n.id} name={n.label} />
  ) : (
    <span>{n.label}</span>
  );
}

function Result({ from, to }: { from: string; to: string }) {
  const state = useQuery(ExplorePathDocument, { from, to });
  return (
    <Loaded state={state} what="the connection">
      {({ path }) => {
        if (!path)
          return (
            <p class="empty">
              No connection within six steps between “{from}” and “{to}”.
            </p>
          );
        const nodes: GraphNode[] = [];
        for (const step of path.steps) {
          for (const end of [step.from, step.to]) {
            const n = nodeOf(end);
            if (!nodes.some((x) => x.id === n.id)) nodes.push({ ...n, focus: nodes.length === 0 });
          }
        }
        const edges = path.steps.map((s) => {
          const [a, b] = [nodeOf(s.from).id, nodeOf(s.to).id];
          return { source: s.forward ? a : b, target: s.forward ? b : a, label: humanize(s.relation) };
        });
        return (
          <div class="graph-layout">
            <GraphView
              nodes={nodes}
              edges={edges}
              layout="breadthfirst"
              label={`A path of ${path.length} steps`}
            />
            <ol class="steps" aria-label={`The path, ${path.length} steps`}>
              {path.steps.map((step, index) => (
                <li key={index}>
                  <NodeName node={step.from} />{' '}
                  <span class="relation">
                    {step.forward ? '' : '← '}
                    {humanize(step.relation)}
                    {step.forward ? ' →' : ''}
                  </span>{' '}
                  <NodeName node={step.to} />{' '}
                  <Cite
                    citations={step.sources.map((source) => ({ source, quote: null }))}
                    label={`step ${index + 1}: ${humanize(step.relation)}`}
                  />
                </li>
              ))}
            </ol>
          </div>
        );
      }}
    </Loaded>
  );
}

export function PathPage({ from, to }: { from: string; to: string }) {
  const [a, setA] = useState(from);
  const [b, setB] = useState(to);
  const submit = (event: Event) => {
    event.preventDefault();
    if (a.trim() && b.trim())
      navigate(`/explore/path?from=${encodeURIComponent(a.trim())}&to=${encodeURIComponent(b.trim())}`);
  };
  return (
    <article>
      <h1 tabIndex={-1}>How are they connected?</h1>
      <form class="path-form" onSubmit={submit}>
        <label class="field">
          From{' '}
          <input
            name="from"
            value={a}
            required
            placeholder="e.g. Anthropic"
            onInput={(e) => setA((e.target as HTMLInputElement).value)}
          />
        </label>
        <label class="field">
          To{' '}
          <input
            name="to"
            value={b}
            required
            placeholder="e.g. Nvidia"
            onInput={(e) => setB((e.target as HTMLInputElement).value)}
          />
        </label>
        <button type="submit">Find the path</button>
      </form>
      {from && to && (
        <Section title={`From ${from} to ${to}`} id="path">
          <Result from={from} to={to} />
        </Section>
      )}
    </article>
  );
}
