// The actors a root list holds (queries/lists/ adds the order and the page): of a side, of any of
// some kinds, of a country, of a country of any of some regions, whose folded name or Vietnamese name holds every folded word given.
MATCH (node:Actor)
WHERE ($side IS NULL OR node.side = $side)
  AND ($kinds IS NULL OR node.kind IN $kinds)
  AND ($country IS NULL OR node.country = $country)
  AND ($nameTokens IS NULL OR all(token IN $nameTokens WHERE node.searchText CONTAINS token))
  AND ($regions IS NULL OR EXISTS { MATCH (c:Country {code: node.country}) WHERE c.region IN $regions })
