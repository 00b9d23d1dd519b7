/** Placeholder: the Partnership view is being built. */
import { Empty } from "../components/States";

export function PartnershipView() {
  return <Empty>Partnership</Empty>;
}
