#include "storage/Backup.h"

#include "storage/Database.h"
#include "storage/IntegrityCheck.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Result<qint64> auditCount(Database& db)
{
    auto count = db.scalar(u"SELECT COUNT(*) FROM audit_events"_s);
    if (!count)
        return count.error();
    return count.value().toLongLong();
}

} // namespace

Result<Backup::Report> Backup::write(Database& db, const QString& targetPath)
{
    if (db.backend() != Backend::Sqlite)
        return Error{u"backup.pg"_s, tr("This database is on a PostgreSQL server; back it up there with pg_dump.")};
    const QFileInfo target(targetPath);
    if (target.exists())
        return Error{u"backup.exists"_s, tr("%1 already exists; choose a new file name.").arg(targetPath), u"file"_s};
    if (!target.absoluteDir().exists())
        return Error{u"backup.nodir"_s, tr("The folder %1 does not exist.").arg(target.absolutePath()), u"file"_s};

    auto sourceVersion = Migrator::currentVersion(db);
    if (!sourceVersion)
        return sourceVersion.error();
    auto sourceEvents = auditCount(db);
    if (!sourceEvents)
        return sourceEvents.error();

    const QString partial = target.absoluteFilePath() + u".partial"_s;
    QFile::remove(partial);
    QString quoted = partial;
    quoted.replace(u"'"_s, u"''"_s);
    // VACUUM INTO reads one snapshot, so writers on other connections never tear the copy.
    if (auto r = db.exec(u"VACUUM INTO '%1'"_s.arg(quoted)); !r)
        return r.error();
    if (!syncFile(partial)) {
        QFile::remove(partial);
        return Error{u"backup.sync"_s, tr("The copy could not be flushed to disk.")};
    }

    Report report;
    {
        auto copy = Database::open(ConnectionSpec::sqlite(partial), Database::OpenMode::ReadOnly);
        if (!copy) {
            QFile::remove(partial);
            return copy.error();
        }
        auto problems = IntegrityCheck::run(*copy.value(), IntegrityCheck::Depth::Full);
        auto version = Migrator::currentVersion(*copy.value());
        auto events = auditCount(*copy.value());
        if (!problems || !problems.value().isEmpty() || !version || version.value() != sourceVersion.value() ||
            !events || events.value() < sourceEvents.value()) {
            copy.value().reset();
            QFile::remove(partial);
            return Error{u"backup.verify"_s, tr("The copy did not verify, so it was removed. Nothing else changed.")};
        }
        report.schemaVersion = version.value();
        report.auditEvents = events.value();
    }
    if (!QFile::rename(partial, target.absoluteFilePath())) {
        QFile::remove(partial);
        return Error{u"backup.rename"_s, tr("The copy could not be moved to %1.").arg(targetPath)};
    }
    syncFile(target.absolutePath());
    report.path = target.absoluteFilePath();
    report.bytes = QFileInfo(report.path).size();
    return report;
}

} // namespace fd
