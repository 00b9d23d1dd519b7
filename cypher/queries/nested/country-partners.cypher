// Country.partners under a country `parent`: the first $limit of its partners (FOREIGN actors) in id
// order. Same rows as countries/partners-page, read from the same index (actor_country_side_id).
MATCH (node:Actor)
WHERE node.country = parent.code AND node.side = 'FOREIGN' AND node.id > ''
WITH node ORDER BY node.country, node.side, node.id LIMIT $limit
