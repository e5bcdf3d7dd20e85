-- Schema version 8: indexes found by benchmarks/run.py (docs/performance.md).
-- Applied inside one transaction (see vault/database.py).

-- Sorting the people list by risk orders by this CASE rank (services/people_query.py,
-- _RISK_RANK, written identically so SQLite matches it): without the index every sort by
-- risk sorted all rows in a temporary B-tree (337 ms at 100 000 people, encrypted).
CREATE INDEX person_risk_rank ON person (
    (CASE risk_level WHEN 'low' THEN 0 WHEN 'medium' THEN 1 WHEN 'high' THEN 2 ELSE 3 END),
    sort_name
);
