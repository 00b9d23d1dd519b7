UNWIND $rows AS row
MERGE (r:ExchangeRate {currency: row.currency, year: row.year})
SET r.usdPerUnit = row.usdPerUnit
