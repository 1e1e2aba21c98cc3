#pragma once

#include "storage/ConnectionSpec.h"

#include <QString>
#include <QStringList>

namespace fd {

// The one place where SQLite and PostgreSQL differ. Everything else is written once in SQL that
// runs unchanged on both (RETURNING, ON CONFLICT, BIGINT epoch-ms instants, ? placeholders).
class Dialect
{
public:
    explicit Dialect(Backend backend) : m_backend(backend) {}

    [[nodiscard]] Backend backend() const { return m_backend; }
    [[nodiscard]] QString name() const;
    // Statement that starts a write transaction: SQLite takes the write lock at once (BEGIN IMMEDIATE)
    // so two writers never deadlock half way through.
    [[nodiscard]] QString beginWrite() const;
    // Expands the placeholders migrations use: {{ID}} (auto-numbered primary key), {{BLOB}}.
    [[nodiscard]] QString expand(const QString& sql) const;
    // Whether a migration section marked "-- @sqlite" / "-- @postgres" applies here.
    [[nodiscard]] bool acceptsSection(const QString& section) const;
    // Case-insensitive LIKE: SQLite's LIKE already is for ASCII; PostgreSQL needs ILIKE.
    [[nodiscard]] QString likeCaseInsensitive() const;
    // The smallest of these expressions that is not NULL, or NULL when all are: PostgreSQL's LEAST
    // skips NULLs, SQLite's many-argument min() returns NULL if any argument is NULL.
    [[nodiscard]] QString leastOf(const QStringList& expressions) const;
    // Taken inside each migration's transaction so two workstations starting on one empty
    // PostgreSQL database upgrade it one after the other (empty for SQLite: BEGIN IMMEDIATE already is).
    [[nodiscard]] QString migrationLock() const;

private:
    Backend m_backend;
};

} // namespace fd
