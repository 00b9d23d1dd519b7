// Whether a domestic actor with this id exists: the only units an EDITOR token may name.
RETURN EXISTS { MATCH (a:Actor {id: $unitId}) WHERE a.side = 'DOMESTIC' } AS found
