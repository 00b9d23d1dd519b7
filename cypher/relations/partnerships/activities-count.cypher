// Partnership.activities, counted.
MATCH ({{parent}})<-[:UNDER]-({{node}}:Activity)
