-- Performance figures read decided contacts by the month of their decision.
create index contact_outcome_at on contact (outcome_at);
