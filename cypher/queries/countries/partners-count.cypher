UNWIND $keys AS key
RETURN key, COUNT { MATCH (node:Actor {country: key}) WHERE node.side = 'FOREIGN' } AS total
