// The state of the named indexes (a uniqueness constraint's backing index carries its name): the
// service is ready when every index and constraint of cypher/schema/ is listed here as ONLINE.
SHOW INDEXES YIELD name, state
WHERE name IN $names
RETURN name, state
