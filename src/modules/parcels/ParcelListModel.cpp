#include "modules/parcels/ParcelListModel.h"

#include "core/DateTimeText.h"

#include "core/PersonalData.h"
#include "modules/parcels/ParcelService.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

ParcelListModel::ParcelListModel(ParcelService& parcels, QObject* parent)
    : PagedTableModel(DefaultPageSize, parent), m_parcels(parcels)
{}

void ParcelListModel::refresh(ParcelFilter filter, qint64 nowMs)
{
    reload([this, filter, nowMs] {
        m_filter = filter;
        m_nowMs = nowMs;
    });
}

void ParcelListModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    redrawRows();
}

int ParcelListModel::rowOf(qint64 parcelId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).id == parcelId)
            return row;
    return -1;
}

int ParcelListModel::ageDays(const Parcel& p) const
{
    const qint64 until = p.pickedUpMs != 0 ? p.pickedUpMs : m_nowMs;
    return static_cast<int>(qMax<qint64>(0, until - p.receivedMs) / (24 * 3600 * 1000LL));
}

int ParcelListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParcelListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Parcel& p = rows().at(index.row());
    if (role == ParcelIdRole)
        return p.id;
    if (index.column() == Age && p.pickedUpMs == 0 && (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        const int days = ageDays(p); // R-PS-4: an unclaimed parcel ages visibly
        if (days >= RedDays)
            return role == Qt::BackgroundRole ? QVariant(QBrush(QColor(0xd3, 0x2f, 0x2f)))
                                              : QVariant(QBrush(Qt::white));
        if (days >= AmberDays)
            return role == Qt::BackgroundRole ? QVariant(QBrush(QColor(0xff, 0xc1, 0x07)))
                                              : QVariant(QBrush(Qt::black));
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Condition && p.damaged)
        return QBrush(Qt::darkRed);
    if (role == Qt::ToolTipRole && index.column() == Age)
        return tr("Received %1").arg(DateTimeText::dateTime(p.receivedMs));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    return display(p, index.row(), index.column());
}

QVariant ParcelListModel::display(const Parcel& p, int row, int column) const
{
    const bool firstOfUnit = row == 0 || rows().at(row - 1).unitId != p.unitId;
    switch (column) {
    case Unit:
        return firstOfUnit ? p.unitCode : QString();
    case Resident:
        if (!firstOfUnit || p.residentName.isEmpty())
            return QString();
        return p.residentPhone.isEmpty() ? p.residentName
                                         : u"%1 · %2"_s.arg(p.residentName, PersonalData::maskPhone(p.residentPhone));
    case What:
        return tr("%1 × %2").arg(ParcelService::kindName(p.kind)).arg(p.pieces);
    case Carrier:
        return p.carrier;
    case Tracking:
        return p.tracking;
    case Age: {
        const int days = ageDays(p);
        return days == 0 ? tr("today") : tr("%n day(s)", nullptr, days);
    }
    case Notified:
        if (p.pickedUpMs != 0)
            return tr("Picked up %1 by %2").arg(DateTimeText::shortDateTime(p.pickedUpMs), p.collector);
        if (p.notifiedMs == 0)
            return tr("Not yet told");
        return p.notices > 1 ? tr("Told %1 (%2 times)").arg(DateTimeText::shortDateTime(p.notifiedMs)).arg(p.notices)
                             : tr("Told %1").arg(DateTimeText::shortDateTime(p.notifiedMs));
    case Condition:
        return p.damaged ? tr("Damaged: %1").arg(p.damageNote) : tr("Sound");
    default:
        return {};
    }
}

QVariant ParcelListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Unit:
        return tr("Unit");
    case Resident:
        return tr("Resident");
    case What:
        return tr("What");
    case Carrier:
        return tr("Courier");
    case Tracking:
        return tr("Tracking number");
    case Age:
        return tr("Waiting");
    case Notified:
        return tr("Resident told");
    case Condition:
        return tr("Condition");
    default:
        return {};
    }
}

Result<QList<Parcel>> ParcelListModel::fetchPage(int limit, int offset)
{
    return m_parcels.list(m_filter, limit, offset);
}

} // namespace fd
