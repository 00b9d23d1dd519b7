MATCH (c:Country)
RETURN c.code AS code
