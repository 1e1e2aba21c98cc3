#include "modules/moves/OwnerArchiveService.h"

#include "core/Clock.h"
#include "engine/AuditLog.h"
#include "engine/Session.h"
#include "modules/moves/MoveTerms.h"
#include "storage/Database.h"
#include "storage/SqlValues.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// What the archive keeps: scans and photos as PDF or pictures.
const QStringList& acceptedTypes()
{
    static const QStringList types{u"application/pdf"_s, u"image/jpeg"_s, u"image/png"_s, u"image/tiff"_s};
    return types;
}

} // namespace

OwnerArchiveService::OwnerArchiveService(Database& db, const Clock& clock, AuditLog& audit)
    : m_db(db), m_clock(clock), m_audit(audit)
{}

QString OwnerArchiveService::maskNumber(const QString& number)
{
    const QString n = number.simplified().remove(u' ');
    if (n.size() <= 4)
        return QString(n.size(), u'*');
    const qsizetype head = n.size() > 8 ? 3 : 0;
    const qsizetype tail = n.size() > 8 ? 4 : 2;
    return n.left(head) + QString(n.size() - head - tail, u'*') + n.right(tail);
}

QString OwnerArchiveService::sha256Hex(const QByteArray& bytes)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(bytes.constData()),
                       static_cast<unsigned long long>(bytes.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

Result<QByteArray> OwnerArchiveService::readFile(const QString& path, ArchiveFile& out) const
{
    const QFileInfo info(path);
    if (path.trimmed().isEmpty())
        return Error{u"moves.file_missing"_s, tr("Choose the file to file."), u"file"_s};
    if (!info.exists() || !info.isFile())
        return Error{u"moves.file_missing"_s, tr("There is no file at %1.").arg(path), u"file"_s};
    if (info.size() > MaxFileBytes)
        return Error{u"moves.file_large"_s,
                     tr("%1 is larger than %2 MB; scan it at a lower resolution.")
                         .arg(info.fileName())
                         .arg(MaxFileBytes / (1024 * 1024)),
                     u"file"_s};
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{u"moves.file_unreadable"_s, tr("%1 cannot be read: %2").arg(info.fileName(), f.errorString()),
                     u"file"_s};
    const QByteArray bytes = f.readAll();
    if (bytes.isEmpty())
        return Error{u"moves.file_empty"_s, tr("%1 is empty.").arg(info.fileName()), u"file"_s};
    const QString mime = QMimeDatabase().mimeTypeForData(bytes).name();
    if (!acceptedTypes().contains(mime))
        return Error{u"moves.file_type"_s, tr("%1 is not a PDF or a picture (JPEG, PNG, TIFF).").arg(info.fileName()),
                     u"file"_s};
    out.fileName = info.fileName();
    out.mime = mime;
    out.sizeBytes = bytes.size();
    out.sha256 = sha256Hex(bytes);
    return bytes;
}

Status OwnerArchiveService::owner(qint64 unitId, qint64 residentId) const
{
    auto unit = m_db.scalar(u"SELECT id FROM units WHERE id = ?"_s, {unitId});
    if (!unit)
        return unit.error();
    if (!unit.value().isValid())
        return Error{u"moves.no_unit"_s, tr("Choose the unit."), u"unit"_s};
    if (residentId == 0)
        return {};
    auto of = m_db.scalar(u"SELECT unit_id FROM residents WHERE id = ?"_s, {residentId});
    if (!of)
        return of.error();
    if (!of.value().isValid() || of.value().toLongLong() != unitId)
        return Error{u"moves.resident"_s, tr("That person is not a resident of this unit."), u"resident"_s};
    return {};
}

Result<ArchiveFile> OwnerArchiveService::store(const Session& who, ArchiveFile f, const QByteArray& bytes)
{
    f.addedMs = m_clock.nowMs();
    f.addedBy = who.user.displayName;
    auto id =
        m_db.insert(u"INSERT INTO archive_files (unit_id, resident_id, kind, title, file_name, mime, size_bytes, "
                    "sha256, content, added_ms, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                    {f.unitId, sql::idOrNull(f.residentId), MoveTerms::key(f.kind), f.title, f.fileName, f.mime,
                     f.sizeBytes, f.sha256, bytes, f.addedMs, who.user.id});
    if (!id)
        return id.error();
    f.id = id.value();
    const QJsonObject after{
        {u"unit_id"_s, f.unitId},       {u"resident_id"_s, f.residentId}, {u"kind"_s, MoveTerms::key(f.kind)},
        {u"title"_s, f.title},          {u"file_name"_s, f.fileName},     {u"mime"_s, f.mime},
        {u"size_bytes"_s, f.sizeBytes}, {u"sha256"_s, f.sha256}};
    if (auto a = m_audit.append(who, u"archive_file"_s, f.id, u"filed"_s, {}, after); !a)
        return a.error();
    return f;
}

Result<ArchiveFile> OwnerArchiveService::attach(const Session& who, const FileToFile& request)
{
    if (Status s = who.require(Permission::EditRegistry); !s)
        return s.error();
    ArchiveFile f;
    f.unitId = request.unitId;
    f.residentId = request.residentId;
    f.kind = request.kind;
    f.title = request.title.simplified();
    if (f.title.isEmpty())
        return Error{u"moves.file_title"_s, tr("Say what the file is, e.g. 购房合同 第1-3页."), u"title"_s};
    auto bytes = readFile(request.path, f);
    if (!bytes)
        return bytes.error();
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (Status s = owner(f.unitId, f.residentId); !s)
        return s.error();
    auto stored = store(who, f, bytes.value());
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<ArchiveDocument> OwnerArchiveService::recordDocument(const Session& who, const DocumentSeen& seen)
{
    if (Status s = who.require(Permission::EditRegistry); !s)
        return s.error();
    ArchiveDocument d;
    d.unitId = seen.unitId;
    d.residentId = seen.residentId;
    d.kind = seen.kind;
    d.seenOn = seen.seenOn;
    d.note = seen.note.simplified();
    if (seen.number.simplified().isEmpty())
        return Error{u"moves.document_number"_s, tr("Write the document's number."), u"number"_s};
    d.numberMasked = maskNumber(seen.number);
    if (!d.seenOn.isValid() || d.seenOn > m_clock.now().date())
        return Error{u"moves.document_day"_s, tr("The day the document was seen is today or earlier."), u"seen_on"_s};
    ArchiveFile scan;
    QByteArray bytes;
    if (!seen.scanPath.trimmed().isEmpty()) {
        auto read = readFile(seen.scanPath, scan);
        if (!read)
            return read.error();
        bytes = read.value();
    }
    Transaction tx(m_db);
    if (!tx.started())
        return tx.started().error();
    if (Status s = owner(d.unitId, d.residentId); !s)
        return s.error();
    if (!bytes.isEmpty()) {
        scan.unitId = d.unitId;
        scan.residentId = d.residentId;
        scan.kind = ArchiveFileKind::Document;
        scan.title = MoveTerms::displayName(d.kind) + u' ' + d.numberMasked;
        auto stored = store(who, scan, bytes);
        if (!stored)
            return stored.error();
        d.fileId = stored.value().id;
    }
    d.addedMs = m_clock.nowMs();
    d.addedBy = who.user.displayName;
    auto id = m_db.insert(u"INSERT INTO archive_documents (unit_id, resident_id, kind, number_masked, seen_on, note, "
                          "file_id, added_ms, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
                          {d.unitId, sql::idOrNull(d.residentId), MoveTerms::key(d.kind), d.numberMasked,
                           d.seenOn.toString(Qt::ISODate), sql::text(d.note), sql::idOrNull(d.fileId), d.addedMs,
                           who.user.id});
    if (!id)
        return id.error();
    d.id = id.value();
    const QJsonObject after{{u"unit_id"_s, d.unitId},
                            {u"resident_id"_s, d.residentId},
                            {u"kind"_s, MoveTerms::key(d.kind)},
                            {u"number_masked"_s, d.numberMasked},
                            {u"seen_on"_s, d.seenOn.toString(Qt::ISODate)},
                            {u"file_id"_s, d.fileId}};
    if (auto a = m_audit.append(who, u"archive_document"_s, d.id, u"seen"_s, {}, after); !a)
        return a.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return d;
}

Result<QList<ArchiveFile>> OwnerArchiveService::files(const Session& who, qint64 unitId, qint64 residentId) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    auto q = m_db.exec(u"SELECT f.id, COALESCE(f.resident_id, 0), f.kind, f.title, f.file_name, f.mime, f.size_bytes, "
                       "f.sha256, f.added_ms, u.display_name FROM archive_files f JOIN users u ON u.id = f.added_by "
                       "WHERE f.unit_id = ?"_s +
                           (residentId ? u" AND f.resident_id = ?"_s : QString()) + u" ORDER BY f.id"_s,
                       residentId ? QVariantList{unitId, residentId} : QVariantList{unitId});
    if (!q)
        return q.error();
    QList<ArchiveFile> out;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        ArchiveFile f;
        f.id = row.value(0).toLongLong();
        f.unitId = unitId;
        f.residentId = row.value(1).toLongLong();
        f.kind = MoveTerms::fileKindFromKey(row.value(2).toString()).value_or(ArchiveFileKind::Other);
        f.title = row.value(3).toString();
        f.fileName = row.value(4).toString();
        f.mime = row.value(5).toString();
        f.sizeBytes = row.value(6).toLongLong();
        f.sha256 = row.value(7).toString();
        f.addedMs = row.value(8).toLongLong();
        f.addedBy = row.value(9).toString();
        out << f;
    }
    q.value().finish();
    return out;
}

Result<QList<ArchiveDocument>> OwnerArchiveService::documents(const Session& who, qint64 unitId,
                                                              qint64 residentId) const
{
    if (Status s = who.require(Permission::ViewRegistry); !s)
        return s.error();
    auto q = m_db.exec(u"SELECT d.id, COALESCE(d.resident_id, 0), d.kind, d.number_masked, d.seen_on, d.note, "
                       "COALESCE(d.file_id, 0), d.added_ms, u.display_name FROM archive_documents d JOIN users u ON "
                       "u.id = d.added_by WHERE d.unit_id = ?"_s +
                           (residentId ? u" AND d.resident_id = ?"_s : QString()) + u" ORDER BY d.id"_s,
                       residentId ? QVariantList{unitId, residentId} : QVariantList{unitId});
    if (!q)
        return q.error();
    QList<ArchiveDocument> out;
    while (q.value().next()) {
        const QSqlQuery& row = q.value();
        ArchiveDocument d;
        d.id = row.value(0).toLongLong();
        d.unitId = unitId;
        d.residentId = row.value(1).toLongLong();
        d.kind = MoveTerms::documentKindFromKey(row.value(2).toString()).value_or(DocumentKind::Other);
        d.numberMasked = row.value(3).toString();
        d.seenOn = QDate::fromString(row.value(4).toString(), Qt::ISODate);
        d.note = row.value(5).toString();
        d.fileId = row.value(6).toLongLong();
        d.addedMs = row.value(7).toLongLong();
        d.addedBy = row.value(8).toString();
        out << d;
    }
    q.value().finish();
    return out;
}

Result<QByteArray> OwnerArchiveService::content(const Session& who, qint64 fileId) const
{
    if (Status s = who.require(Permission::SeePersonalData); !s)
        return s.error();
    auto q = m_db.exec(u"SELECT content, sha256, file_name FROM archive_files WHERE id = ?"_s, {fileId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error{u"moves.no_file"_s, tr("That file is not in the archive."), u"file"_s};
    const QByteArray bytes = q.value().value(0).toByteArray();
    const QString hash = q.value().value(1).toString();
    const QString name = q.value().value(2).toString();
    q.value().finish();
    if (sha256Hex(bytes) != hash)
        return Error{
            u"moves.file_damaged"_s,
            tr("%1 no longer matches what was filed; restore the latest backup and run frontdesk --check.").arg(name),
            u"file"_s};
    return bytes;
}

Result<OwnerArchiveService::Check> OwnerArchiveService::check(Database& db)
{
    Check out;
    qint64 after = 0;
    // One file at a time: an archive of scans does not fit in memory at once.
    for (;;) {
        auto q = db.exec(u"SELECT f.id, f.content, f.sha256, f.file_name, un.code FROM archive_files f JOIN units un "
                         "ON un.id = f.unit_id WHERE f.id > ? ORDER BY f.id LIMIT 1"_s,
                         {after});
        if (!q)
            return q.error();
        if (!q.value().next())
            return out;
        after = q.value().value(0).toLongLong();
        ++out.files;
        if (sha256Hex(q.value().value(1).toByteArray()) != q.value().value(2).toString())
            out.damaged << tr("file %1 (%2 of %3) does not match its hash")
                               .arg(after)
                               .arg(q.value().value(3).toString(), q.value().value(4).toString());
        q.value().finish();
    }
}

} // namespace fd
