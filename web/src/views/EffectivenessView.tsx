/** Placeholder: the Effectiveness view is being built. */
import { Empty } from "../components/States";

export function EffectivenessView() {
  return <Empty>Effectiveness</Empty>;
}
