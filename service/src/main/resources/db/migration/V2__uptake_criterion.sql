-- The kind of each study's definition of restored uptake (any_increase, dosimetry_threshold, predefined_criteria,
-- post_therapy_scan, not_reported); rows stored before this column read as not_reported until the shipped base
-- (or the user) sets it.
alter table study add column uptake_criterion varchar(40);
