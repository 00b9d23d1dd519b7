// Actor.partnerships under an actor `parent`: the partnerships it is a party of, on either side, in
// id order (as actors/partnerships).
MATCH (parent)<-[:DOMESTIC_PARTY|FOREIGN_PARTY]-(node:Partnership)
WITH DISTINCT node ORDER BY node.id
