// Engagements whose INVOLVES may change when these partnerships and actors change: activities
// under the partnerships (they involve its foreign parties) and engagements with the actors as
// participants (a participant counts only while it is FOREIGN).
UNWIND $partnershipIds AS pid
MATCH (:Partnership {id: pid})<-[:UNDER]-(a:Activity)
RETURN a.id AS id
UNION
UNWIND $actorIds AS aid
MATCH (:Actor {id: aid})<-[:PARTICIPANT]-(a:Activity)
RETURN a.id AS id
