-- Finding a child already known (ChildRegister.findKnown, on every contact) compares lower(last_name), which the
-- name index cannot serve, so each contact read every child ever registered. The date of birth narrows it to a handful.
create index child_birth on child (date_of_birth);
create index child_expected_birth on child (expected_date_of_birth);
