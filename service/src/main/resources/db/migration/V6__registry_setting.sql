-- Installation-wide settings shared by every app instance on the database; the first is the secret key behind the
-- researchers' pseudonyms (service.patients.Pseudonyms), created once on first use.
create table registry_setting (
    name           varchar(64)  primary key,
    setting_value  text  not null
);
