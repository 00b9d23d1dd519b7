// Actors whose folded name or Vietnamese name contains every token (docs/analytics.md, "Search").
// `searchText` holds both folded names joined by a tab; tokens never contain whitespace, so a
// token cannot match across the two. The longest token goes first so the TEXT index can serve it.
MATCH (a:Actor)
WHERE a.searchText CONTAINS $longest
  AND all(token IN $tokens WHERE a.searchText CONTAINS token)
  AND ($kinds IS NULL OR a.kind IN $kinds)
WITH a
ORDER BY a.searchText, a.id
LIMIT $limit
RETURN [p IN $properties | a[p]] + [p IN $dates | toString(a[p])] AS node
