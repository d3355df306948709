-- The latest progress on each child's case: the newest chronology entry that is not an escalation (an escalation says
-- nothing moved). Kept by Chronology.record, so the oversight board finds stuck children without reading every chronology.
create table child_progress (
    child_id  varchar(20)   primary key,
    last_at   timestamp     not null,
    last_what varchar(1000) not null
);

insert into child_progress (child_id, last_at, last_what)
select c.child_id, c.occurred_at, c.what from chronology_entry c
where c.entry_type <> 'ESCALATION'
  and c.id = (select max(c2.id) from chronology_entry c2
              where c2.child_id = c.child_id and c2.entry_type <> 'ESCALATION'
                and c2.occurred_at = (select max(c3.occurred_at) from chronology_entry c3
                                      where c3.child_id = c.child_id and c3.entry_type <> 'ESCALATION'));
