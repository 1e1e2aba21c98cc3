-- FrontDesk schema 18: departments as stable keys. Tickets used to store the department as the text
-- the dispatch screen showed, so the same department was saved as 工程部 or as Engineering by the
-- screen's language and the per-department queues split. A department is now a row with a stable key
-- (tickets store the key); the program shows a seeded department's name in the screen's language, a
-- department the site added by the name it was given. Nothing is deleted: a department is switched off.
-- @all
CREATE TABLE departments (
    id {{ID}},
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    position INTEGER NOT NULL DEFAULT 0,
    active BOOLEAN NOT NULL DEFAULT TRUE,
    created_ms BIGINT NOT NULL DEFAULT 0
);
-- The seeded names are the program's source texts; they are shown translated (Departments).
INSERT INTO departments (key, name, position) VALUES ('engineering', 'Engineering', 1);
INSERT INTO departments (key, name, position) VALUES ('cleaning', 'Cleaning', 2);
INSERT INTO departments (key, name, position) VALUES ('landscaping', 'Landscaping', 3);
INSERT INTO departments (key, name, position) VALUES ('security', 'Security', 4);

-- The rows that exist: the Chinese or the English text of a seeded department becomes its key.
UPDATE tickets SET department = 'engineering' WHERE department IN ('工程部', 'Engineering');
UPDATE tickets SET department = 'cleaning' WHERE department IN ('保洁部', '保洁', 'Cleaning');
UPDATE tickets SET department = 'landscaping' WHERE department IN ('绿化部', 'Landscaping');
UPDATE tickets SET department = 'security' WHERE department IN ('秩序维护部', '保安部', 'Security');

-- @sqlite
CREATE TRIGGER departments_no_delete BEFORE DELETE ON departments BEGIN
    SELECT RAISE(ABORT, 'departments are never deleted; they are switched off');
END;

-- @postgres
CREATE TRIGGER departments_no_delete BEFORE DELETE ON departments FOR EACH ROW EXECUTE FUNCTION fd_refuse_change();
CREATE TRIGGER departments_no_truncate BEFORE TRUNCATE ON departments
    FOR EACH STATEMENT EXECUTE FUNCTION fd_refuse_change();
