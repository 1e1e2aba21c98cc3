-- FrontDesk schema 38: move-in and move-out (issue 14), part two: the owner's archive (业主档案, R-MI-2
-- "everything is filed in the owner's archive"). The documents seen at the desk (which kind, its
-- number masked, the day) and the scans, photos and signed agreements filed for a unit or one of its
-- residents. A file is kept in the database itself with its SHA-256, so it moves, backs up and
-- restores with the site and is never lost with a move of the program; `--check` compares every file
-- with its hash. Never changed or deleted: a wrong entry is followed by a right one.
-- @all
CREATE TABLE archive_files (
    id {{ID}},
    unit_id BIGINT NOT NULL REFERENCES units(id),
    resident_id BIGINT REFERENCES residents(id),
    kind TEXT NOT NULL CHECK (kind IN ('document', 'agreement', 'inspection', 'photo', 'other')),
    title TEXT NOT NULL CHECK (title <> ''),
    file_name TEXT NOT NULL,
    mime TEXT NOT NULL,
    size_bytes BIGINT NOT NULL CHECK (size_bytes > 0),
    sha256 TEXT NOT NULL,
    content {{BLOB}} NOT NULL,
    added_ms BIGINT NOT NULL,
    added_by BIGINT NOT NULL REFERENCES users(id)
);
CREATE INDEX archive_files_unit ON archive_files (unit_id, id);

CREATE TABLE archive_documents (
    id {{ID}},
    unit_id BIGINT NOT NULL REFERENCES units(id),
    resident_id BIGINT REFERENCES residents(id),
    kind TEXT NOT NULL CHECK (kind IN ('id_card', 'passport', 'purchase_contract', 'lease', 'property_certificate',
                                       'other')),
    number_masked TEXT NOT NULL CHECK (number_masked <> ''),
    seen_on TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    file_id BIGINT REFERENCES archive_files(id),
    added_ms BIGINT NOT NULL,
    added_by BIGINT NOT NULL REFERENCES users(id)
);
CREATE INDEX archive_documents_unit ON archive_documents (unit_id, id);

-- @sqlite
CREATE TRIGGER archive_files_append_only_update BEFORE UPDATE ON archive_files BEGIN
    SELECT RAISE(ABORT, 'a filed document is never changed');
END;
CREATE TRIGGER archive_files_no_delete BEFORE DELETE ON archive_files BEGIN
    SELECT RAISE(ABORT, 'a filed document is never deleted');
END;
CREATE TRIGGER archive_documents_append_only_update BEFORE UPDATE ON archive_documents BEGIN
    SELECT RAISE(ABORT, 'a document seen is never changed');
END;
CREATE TRIGGER archive_documents_no_delete BEFORE DELETE ON archive_documents BEGIN
    SELECT RAISE(ABORT, 'a document seen is never deleted');
END;

-- @postgres
CREATE TRIGGER archive_files_append_only BEFORE UPDATE OR DELETE ON archive_files
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER archive_documents_append_only BEFORE UPDATE OR DELETE ON archive_documents
    FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
