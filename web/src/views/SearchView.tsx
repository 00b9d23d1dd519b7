/** Placeholder: the Search view is being built. */
import { Empty } from "../components/States";

export function SearchView() {
  return <Empty>Search</Empty>;
}
