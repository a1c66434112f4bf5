/**
 * A small graph drawn with cytoscape.js (loaded on first use, as its own file): nodes are entities, edges
 * are labelled by relation, and clicking a node (or Enter on its entry in the list the page shows beside
 * it) moves on to its page. The canvas is a picture for the eye; the list carries the same data for
 * keyboards and screen readers.
 */
import type cytoscapeFactory from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';
import { entityHref, navigate } from '../router';

export interface GraphNode {
  id: string;
  label: string;
  /** Company, Chip or Person; other kinds are drawn but lead nowhere. */
  kind: string;
  focus?: boolean;
}
export interface GraphEdge {
  source: string;
  target: string;
  label: string;
}

const COLOURS: Record<string, string> = { Company: '#1f5fa8', Chip: '#a8451f', Person: '#2d7a3a' };
const NAVIGABLE = new Set(['Company', 'Chip', 'Person']);

type Cytoscape = typeof cytoscapeFactory;
let cytoscapeModule: Promise<Cytoscape> | undefined;

/** Starts loading cytoscape.js, once; a page calls it early so the drawing need not wait for it after its data. */
export function loadCytoscape(): Promise<Cytoscape> {
  cytoscapeModule ??= import('cytoscape').then((module) => module.default);
  return cytoscapeModule;
}

export function GraphView({
  nodes,
  edges,
  label,
  layout = 'concentric',
}: {
  nodes: GraphNode[];
  edges: GraphEdge[];
  label: string;
  layout?: 'concentric' | 'breadthfirst';
}) {
  const container = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const key = JSON.stringify([nodes, edges, layout]);

  useEffect(() => {
    let destroyed = false;
    let cy: { destroy(): void } | undefined;
    loadCytoscape().then(
      (cytoscape) => {
        if (destroyed || !container.current) return;
        const instance = cytoscape({
          container: container.current,
          elements: [
            ...nodes.map((node) => ({
              data: { id: node.id, label: node.label, kind: node.kind, focus: node.focus ? 1 : 0 },
            })),
            ...edges.map((edge, index) => ({
              data: { id: `e${index}`, source: edge.source, target: edge.target, label: edge.label },
            })),
          ],
          style: [
            {
              selector: 'node',
              style: {
                label: 'data(label)',
                'background-color': (node) => COLOURS[node.data('kind') as string] ?? '#666',
                color: '#1a1a1a',
                'font-size': 11,
                'text-valign': 'bottom',
                'text-margin-y': 3,
                width: 18,
                height: 18,
              },
            },
            { selector: 'node[focus = 1]', style: { width: 30, height: 30, 'font-weight': 'bold' } },
            {
              selector: 'edge',
              style: {
                label: 'data(label)',
                'font-size': 8,
                color: '#444',
                'curve-style': 'bezier',
                'target-arrow-shape': 'triangle',
                width: 1.2,
                'line-color': '#999',
                'target-arrow-color': '#999',
                'text-rotation': 'autorotate',
                'text-background-color': '#fff',
                'text-background-opacity': 0.8,
              },
            },
          ],
          layout:
            layout === 'concentric'
              ? {
                  name: 'concentric',
                  concentric: (node) => (node.data('focus') ? 2 : 1),
                  levelWidth: () => 1,
                  minNodeSpacing: 24,
                  animate: false,
                }
              : { name: 'breadthfirst', directed: false, spacingFactor: 1.1, animate: false },
          minZoom: 0.3,
          maxZoom: 3,
          wheelSensitivity: 0.4,
        });
        instance.on('tap', 'node', (event) => {
          const data = event.target.data() as { id: string; kind: string; focus: number };
          if (!data.focus && NAVIGABLE.has(data.kind)) navigate(entityHref(data.kind, data.id));
        });
        // For the browser tests and the console: where each node is drawn.
        (container.current as HTMLDivElement & { cy?: unknown }).cy = instance;
        container.current.dataset.ready = 'true';
        cy = instance;
      },
      () => setFailed(true),
    );
    return () => {
      destroyed = true;
      cy?.destroy();
    };
  }, [key]);

  if (failed) return <p class="error">The graph drawing could not be loaded; the list has the same data.</p>;
  return (
    <div
      ref={container}
      class="graph"
      role="img"
      aria-label={`${label} (drawing; the list beside it has the same data)`}
    />
  );
}
