-- The registry: one row per patient holding the whole record as JSON (the io PatientJson format), with the
-- columns the patient list filters on copied out of it, and a row version for optimistic locking. Every change is
-- in audit_event (entity 'patient', before and after as the same JSON). Ids are pseudonyms.
create table patient (
    id                varchar(64)  primary key,
    row_version       bigint       not null,
    document          text         not null,
    birth_year        integer      not null,
    histology         varchar(20)  not null,
    genotype_summary  text         not null,
    rair_status       varchar(20)  not null check (rair_status in ('refractory', 'not_refractory', 'not_assessed')),
    synthetic         boolean      not null,
    created_at        timestamp with time zone not null,
    updated_at        timestamp with time zone not null
);

create index patient_histology on patient (histology);
