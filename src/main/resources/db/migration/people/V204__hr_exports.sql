-- HR exports as they really are (issue 14).
-- People without an e-mail are imported: reporting lines need everyone; they cannot be invited until they have one.
alter table person alter column email drop not null;

-- An upload is a CSV or an Excel workbook (one sheet of it, its header on a detected line); the choices made on the
-- mapping screen (columns, name split, date formats, manager key, constants, value tables, e-mail pattern) as JSON;
-- notices about the file itself (header line found lower down, empty or repeated header cells).
alter table import_job add column source_format varchar(10) not null default 'CSV';
alter table import_job add column sheet varchar(100);
alter table import_job add column header_row integer not null default 1;
alter table import_job add column settings text;
alter table import_job add column notices varchar(1000);
alter table import_job add column saved_mapping varchar(100);

-- Mappings saved under a name per source ("Export Workday mensuel"), proposed when a file has their headers.
create table import_saved_mapping (
    name varchar(100) primary key,
    settings text not null,
    updated_at timestamp with time zone not null
);

-- Value tables for departments and sites ("IT/IS" -> "Informatique"), remembered for the next file.
create table import_value_table (
    field varchar(40) not null,
    source_key varchar(200) not null,
    target varchar(100) not null,
    constraint import_value_table_pk primary key (field, source_key)
);
