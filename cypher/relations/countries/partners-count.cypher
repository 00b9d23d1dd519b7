// Country.partners, counted.
MATCH ({{node}}:Actor {country: {{parent}}.code}) WHERE {{node}}.side = 'FOREIGN'
