/** Placeholder: the Actor view is being built. */
import { Empty } from "../components/States";

export function ActorView() {
  return <Empty>Actor</Empty>;
}
