/** Placeholder: the Reporting view is being built. */
import { Empty } from "../components/States";

export function ReportingView() {
  return <Empty>Reporting</Empty>;
}
