UNWIND $keys AS key
RETURN key, COUNT { MATCH (:Partnership {id: key})<-[:UNDER]-(:Activity) } AS total
