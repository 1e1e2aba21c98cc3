#pragma once

#include <QDate>
#include <QString>

namespace fd {

// The owner's archive (业主档案, R-MI-2): documents seen at the desk and files filed for a unit or one
// of its residents.
enum class DocumentKind { IdCard, Passport, PurchaseContract, Lease, PropertyCertificate, Other };
enum class ArchiveFileKind { Document, Agreement, Inspection, Photo, Other };

// A file kept in the archive (its content is read on its own, by who may see personal data).
struct ArchiveFile
{
    qint64 id = 0;
    qint64 unitId = 0;
    qint64 residentId = 0; // 0: the unit's, not one resident's
    ArchiveFileKind kind = ArchiveFileKind::Document;
    QString title;    // "购房合同 第1-3页"
    QString fileName; // as it was on the desk's computer
    QString mime;     // application/pdf, image/jpeg, image/png
    qint64 sizeBytes = 0;
    QString sha256; // hex
    qint64 addedMs = 0;
    QString addedBy;
};

// A file to file: read from `path` when it is filed.
struct FileToFile
{
    qint64 unitId = 0;
    qint64 residentId = 0;
    ArchiveFileKind kind = ArchiveFileKind::Document;
    QString title;
    QString path;
};

// A document the desk has seen (R-MI-1 "documents and agreement checked"); only its number masked is
// kept.
struct ArchiveDocument
{
    qint64 id = 0;
    qint64 unitId = 0;
    qint64 residentId = 0;
    DocumentKind kind = DocumentKind::IdCard;
    QString numberMasked; // 110***********1234
    QDate seenOn;
    QString note;
    qint64 fileId = 0; // its scan, when one was filed with it
    qint64 addedMs = 0;
    QString addedBy;
};

// A document seen, as the clerk enters it: the number in full (it is masked before it is stored) and,
// optionally, the path of its scan.
struct DocumentSeen
{
    qint64 unitId = 0;
    qint64 residentId = 0;
    DocumentKind kind = DocumentKind::IdCard;
    QString number;
    QDate seenOn;
    QString note;
    QString scanPath;
};

} // namespace fd
