RETURN count(node) AS total
