-- A site's own protocol definitions (io ProtocolJson documents), every version kept: enrolments name the version
-- they were made under. Shipped protocols live in the code's resources and are not stored here.
create table site_protocol (
    protocol_id  varchar(64)  not null,
    version      integer      not null,
    document     text         not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(100) not null,
    primary key (protocol_id, version)
);
