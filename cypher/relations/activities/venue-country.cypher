// Activity.venueCountry: the country of the activity's `venueCountry` code, when recorded.
MATCH ({{node}}:Country {code: {{parent}}.venueCountry})
WITH {{node}}
