/**
 * A small network of actors drawn with Cytoscape. The layout is `concentric` (the actor in the
 * middle, domestic actors on the inner ring, foreign ones on the outer, each in the order given):
 * deterministic, so the same data always gives the same picture. The box grows with the number of
 * actors, so that labels stay readable. Nodes are coloured by side and labelled; a click (or tap) on a
 * node opens that actor. The drawing is a picture for sighted users: the page gives the same
 * content as a list (the text alternative), so the canvas is labelled as an image.
 */
import cytoscape from "cytoscape";
import { useEffect, useRef } from "react";
import { useNavigate } from "react-router";
import { useAppHref } from "../links";
import "./NetworkGraph.css";

export interface GraphNode { id: string; label: string; side: string; center?: boolean }
/** An edge between two actors, `weight` engagements strong. */
export interface GraphEdge { source: string; target: string; weight: number }

/** Colours by side, also used by the legend: domestic green, foreign blue (both readable on white). */
export const SIDE_COLOURS: Record<string, string> = { DOMESTIC: "#15803d", FOREIGN: "#1d4ed8" };

export function NetworkGraph({ nodes, edges, label }: { nodes: GraphNode[]; edges: GraphEdge[]; label: string }) {
  const container = useRef<HTMLDivElement>(null);
  const navigate = useNavigate();
  const href = useAppHref();
  // Redraw only when the graph itself changes, not on every render of the page.
  const key = JSON.stringify([nodes, edges]);
  useEffect(() => {
    if (!container.current) return;
    const graph = cytoscape({
      container: container.current,
      elements: [
        ...nodes.map((n) => ({ data: { id: n.id, label: n.label, colour: SIDE_COLOURS[n.side] ?? "#6b7280", ring: n.center ? 3 : n.side === "DOMESTIC" ? 2 : 1 } })),
        ...edges.map((e) => ({ data: { id: `${e.source}|${e.target}`, source: e.source, target: e.target, width: Math.min(1 + e.weight, 6) } })),
      ],
      style: [
        { selector: "node", style: { label: "data(label)", "background-color": "data(colour)", width: 18, height: 18, "font-size": 11, color: "#1b1f24",
          "text-valign": "bottom", "text-margin-y": 4, "text-wrap": "wrap", "text-max-width": "130px", "text-background-color": "#ffffff", "text-background-opacity": 0.8 } },
        { selector: "node[ring = 3]", style: { width: 30, height: 30, "border-width": 3, "border-color": "#f59e0b", "font-weight": "bold" } },
        { selector: "edge", style: { width: "data(width)", "line-color": "#b6c2cf", "curve-style": "straight" } },
      ],
      layout: { name: "concentric", concentric: (node: cytoscape.NodeSingular) => node.data("ring"), levelWidth: () => 1,
        minNodeSpacing: 50, padding: 20, animate: false },
      // A network of two or three actors would otherwise be blown up to fill the box.
      maxZoom: 1.3,
      userZoomingEnabled: false,
      boxSelectionEnabled: false,
      autoungrabify: true,
    });
    graph.on("tap", "node", (event) => navigate(href(`/actors/${encodeURIComponent(event.target.id())}`)));
    graph.on("mouseover", "node", () => { if (container.current) container.current.style.cursor = "pointer"; });
    graph.on("mouseout", "node", () => { if (container.current) container.current.style.cursor = ""; });
    return () => graph.destroy();
  }, [key]); // eslint-disable-line react-hooks/exhaustive-deps
  const height = Math.min(720, Math.max(360, nodes.length * 24));
  return <div ref={container} className="network-graph" style={{ height }} role="img" aria-label={label} data-nodes={nodes.length} data-edges={edges.length} />;
}

/** What the colours mean, in words. */
export function NetworkLegend({ labels }: { labels: Record<string, string> }) {
  return (
    <ul className="network-legend" aria-hidden="true">
      {Object.entries(labels).map(([side, text]) => (
        <li key={side}><span className="swatch" style={{ background: SIDE_COLOURS[side] }} />{text}</li>
      ))}
    </ul>
  );
}
