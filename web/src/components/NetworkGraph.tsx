/**
 * A small network of actors (Cytoscape, concentric layout: the actor in the middle, its
 * collaborators around it — deterministic, the same picture every time). Domestic actors are
 * green, partners blue. A click on a node opens that actor. The list beside it is the text
 * alternative for screen readers.
 */
import cytoscape from "cytoscape";
import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import { useAppHref } from "../links";

export interface GraphNode { id: string; label: string; side: string; center?: boolean }
export interface GraphEdge { source: string; target: string }

export function NetworkGraph({ nodes, edges, label }: { nodes: GraphNode[]; edges: GraphEdge[]; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const href = useAppHref();
  useEffect(() => {
    if (!container.current) return;
    const graph = cytoscape({
      container: container.current,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: n.label, side: n.side, center: n.center ? 1 : 0 } })),
        ...edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target } })),
      ],
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 10, "text-wrap": "ellipsis", "text-max-width": "110px", "text-valign": "bottom", "text-margin-y": 4, width: 16, height: 16, "background-color": "#2563eb", color: "#1b1f24" } },
        { selector: "node[side = 'DOMESTIC']", style: { "background-color": "#16a34a" } },
        { selector: "node[center = 1]", style: { width: 28, height: 28, "border-width": 3, "border-color": "#f59e0b", "font-weight": "bold" } },
        { selector: "edge", style: { width: 1, "line-color": "#cbd5e1" } },
      ],
      layout: { name: "concentric", concentric: (node: any) => (node.data("center") ? 2 : 1), levelWidth: () => 1, minNodeSpacing: 30, animate: false },
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
    });
    graph.on("tap", "node", (event) => navigate(href(`/actors/${encodeURIComponent(event.target.id())}`)));
    return () => graph.destroy();
  }, [JSON.stringify(nodes), JSON.stringify(edges)]); // eslint-disable-line react-hooks/exhaustive-deps
  return <div ref={container} className="network-graph" role="img" aria-label={label} data-nodes={nodes.length} />;
}
