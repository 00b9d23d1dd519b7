UNWIND $keys AS key
MATCH (node:Country {code: key})
RETURN key, [p IN $properties | node[p]] + [p IN $dates | toString(node[p])] AS node
