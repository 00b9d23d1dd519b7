/** Placeholder: the Coverage view is being built. */
import { Empty } from "../components/States";

export function CoverageView() {
  return <Empty>Coverage</Empty>;
}
