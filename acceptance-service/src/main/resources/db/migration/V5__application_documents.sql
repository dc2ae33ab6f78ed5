-- Supporting documents of an acceptance application (验收申请的佐证材料): PDF, Office files and images
-- of at most 20 MiB each (decision 39). Metadata and content are apart, so that listing an application's
-- documents never reads their bytes; both rows, and the acceptance.document-attached event, are written
-- in one transaction, so a refused or failed upload leaves neither.

create table application_document (
    id             uuid          primary key,
    application_id uuid          not null references acceptance_application (id),
    -- The application's park and city, copied: the scope check of a download needs no join.
    park_code      varchar(20)   not null,
    city_code      varchar(6)    not null,
    title          varchar(200),
    category       varchar(30)   not null
        check (category in ('ACCEPTANCE_REPORT', 'MONITORING_DATA', 'PROJECT_EVIDENCE', 'OTHER')),
    file_name      varchar(255)  not null check (length(file_name) between 1 and 255),
    -- Read from the content (DocumentType), never taken from the name or the client's Content-Type.
    media_type     varchar(100)  not null check (media_type in (
        'application/pdf', 'image/png', 'image/jpeg',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        'application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint')),
    size_bytes     bigint        not null check (size_bytes between 1 and 20971520),
    sha256         varchar(64)   not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by    varchar(200)  not null,
    uploaded_at    timestamptz   not null
);
create index application_document_application on application_document (application_id, uploaded_at, id);

-- The bytes, one row per document. A document is never changed: a corrected file is a new document.
create table application_document_content (
    document_id uuid  primary key references application_document (id),
    content     bytea not null check (octet_length(content) between 1 and 20971520)
);

create function application_document_unchanged() returns trigger language plpgsql as $$
begin
    raise exception 'supporting documents are never changed or removed (%)', tg_table_name;
end;
$$;
create trigger application_document_unchanged before update or delete on application_document
    for each row execute function application_document_unchanged();
create trigger application_document_content_unchanged before update or delete on application_document_content
    for each row execute function application_document_unchanged();
