#pragma once

#include <QList>
#include <QString>

namespace fd {

// What came in (R-PS-4): a parcel, a letter, or a newspaper / magazine.
enum class ParcelKind { Parcel, Letter, Periodical };

// How the resident was told that something is waiting.
enum class NoticeWay { Phone, Sms, Note };

// One line of a batch as the clerk enters it: a unit, how many pieces, what, and its condition.
struct ParcelLine
{
    qint64 unitId = 0;
    int pieces = 1;
    ParcelKind kind = ParcelKind::Parcel;
    QString tracking;
    bool damaged = false;
    QString damageNote;
};

// What one courier handed over at once.
struct ParcelBatchInput
{
    QString carrier;
    QList<ParcelLine> lines;
};

struct ParcelBatch
{
    qint64 id = 0;
    QString carrier;
    qint64 receivedMs = 0;
    QList<qint64> parcelIds; // in the order of the lines
};

// A parcel as the lists show it, with its unit and the resident to tell.
struct Parcel
{
    qint64 id = 0;
    qint64 batchId = 0;
    qint64 unitId = 0;
    QString unitCode;
    QString residentName; // the unit's resident to tell (a tenant before the owner)
    QString residentPhone;
    QString carrier;
    ParcelKind kind = ParcelKind::Parcel;
    int pieces = 1;
    QString tracking;
    bool damaged = false;
    QString damageNote;
    qint64 receivedMs = 0;
    qint64 notifiedMs = 0; // 0: not yet told
    int notices = 0;
    qint64 pickedUpMs = 0; // 0: waiting
    QString collector;
    qint64 signatureId = 0;
    int version = 1;
};

// Which parcels a list shows.
enum class ParcelFilter { ToNotify, Waiting, All };

} // namespace fd
