#pragma once

#include "core/Result.h"
#include "modules/moves/ArchiveTypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace fd {

class AuditLog;
class Clock;
class Database;
struct Session;

// The owner's archive (业主档案, R-MI-2): the documents seen at the desk (kind, number masked, day) and
// the scans, photos and agreements filed for a unit or one of its residents. A file is read when it
// is filed and kept in the database with its SHA-256 (libsodium), so it backs up and moves with the
// site; a file that is not there, cannot be read, is empty, too large, or not a PDF or a picture is
// refused naming it, and nothing is written. The content is given only to a role that sees personal
// data, and only when it still matches its hash. Nothing is changed or deleted; one transaction and
// one audit event per entry.
class OwnerArchiveService
{
    Q_DECLARE_TR_FUNCTIONS(OwnerArchiveService)

public:
    static constexpr qint64 MaxFileBytes = 20 * 1024 * 1024;

    OwnerArchiveService(Database& db, const Clock& clock, AuditLog& audit);

    // Needs registry.edit. Errors name the field: unit, resident (not of the unit), title, file.
    Result<ArchiveFile> attach(const Session& who, const FileToFile& file);
    // Needs registry.edit. Errors name the field: unit, resident, number, seen_on (not a day, or
    // later than today), file (its scan).
    Result<ArchiveDocument> recordDocument(const Session& who, const DocumentSeen& seen);
    // A unit's archive, or one resident's (residentId), oldest first; numbers masked, no contents.
    [[nodiscard]] Result<QList<ArchiveFile>> files(const Session& who, qint64 unitId, qint64 residentId = 0) const;
    [[nodiscard]] Result<QList<ArchiveDocument>> documents(const Session& who, qint64 unitId,
                                                           qint64 residentId = 0) const;
    // A filed file's content, for a role that sees personal data; refused when it no longer matches its
    // hash (field "file").
    [[nodiscard]] Result<QByteArray> content(const Session& who, qint64 fileId) const;

    // 110101199001011234 → 110***********1234: the first three and last four characters kept (the last
    // two of a short number).
    [[nodiscard]] static QString maskNumber(const QString& number);
    [[nodiscard]] static QString sha256Hex(const QByteArray& bytes);
    // For `--check`: how many files the archive keeps, and one line per file that no longer matches its
    // hash.
    struct Check
    {
        qint64 files = 0;
        QStringList damaged;
    };
    [[nodiscard]] static Result<Check> check(Database& db);

private:
    // The file at `path` read and checked; `out` gets its name, type, size and hash.
    [[nodiscard]] Result<QByteArray> readFile(const QString& path, ArchiveFile& out) const;
    Status owner(qint64 unitId, qint64 residentId) const;
    Result<ArchiveFile> store(const Session& who, ArchiveFile file, const QByteArray& bytes);

    Database& m_db;
    const Clock& m_clock;
    AuditLog& m_audit;
};

} // namespace fd
