// Partnership.commitments: the agreement's quantified commitments, in the order the dataset gave them.
MATCH ({{parent}})-[:HAS_COMMITMENT]->({{node}}:Commitment)
WITH {{node}} ORDER BY {{node}}.position
