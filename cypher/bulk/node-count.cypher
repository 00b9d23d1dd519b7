// Nodes of the whole store, whatever their labels (the audit log too): a bulk import
// (src/dataset/bulk/) writes only into a store that holds none. Read from the count store.
MATCH (n)
RETURN count(n) AS nodes
