#include "modules/visitors/VisitorInsideModel.h"

#include "core/DateTimeText.h"

#include "core/PersonalData.h"
#include "modules/visitors/VisitorService.h"

#include <QBrush>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

VisitorInsideModel::VisitorInsideModel(VisitorService& visitors, QObject* parent)
    : PagedTableModel(DefaultPageSize, parent), m_visitors(visitors)
{}

void VisitorInsideModel::refresh(qint64 nowMs)
{
    reload([this, nowMs] {
        m_nowMs = nowMs;
        m_confirmMs = qint64(m_visitors.confirmMinutes()) * 60'000;
    });
}

void VisitorInsideModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    redrawRows();
}

int VisitorInsideModel::rowOf(qint64 visitId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).id == visitId)
            return row;
    return -1;
}

bool VisitorInsideModel::isDue(const Visit& v) const
{
    // R-VS-3: inside longer than the confirm time since entering or since the last confirmation.
    return m_nowMs - v.confirmedMs.value_or(v.arrivedMs) >= m_confirmMs;
}

int VisitorInsideModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitorInsideModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Visit& v = rows().at(index.row());
    if (role == VisitIdRole)
        return v.id;
    if (role == Qt::ForegroundRole && index.column() == HowLong && isDue(v))
        return QBrush(Qt::darkRed);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case TimeIn:
        return DateTimeText::time(v.arrivedMs);
    case HowLong: {
        const qint64 minutes = qMax<qint64>(0, (m_nowMs - v.arrivedMs) / 60'000);
        const QString stay = tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
        return isDue(v) ? tr("%1 · confirm").arg(stay) : stay;
    }
    case Visitor:
        return v.partySize > 1 ? tr("%1 (%n people)", nullptr, v.partySize).arg(v.visitorName) : v.visitorName;
    case Visiting:
        return v.hostName.isEmpty() ? v.unitCode : u"%1 %2"_s.arg(v.unitCode, v.hostName);
    case Purpose:
        return v.purpose;
    case Phone:
        return v.phone.isEmpty() ? QString() : PersonalData::maskPhone(v.phone);
    case Plate:
        return v.plate;
    default:
        return {};
    }
}

QVariant VisitorInsideModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeIn:
        return tr("In");
    case HowLong:
        return tr("Inside for");
    case Visitor:
        return tr("Visitor");
    case Visiting:
        return tr("Visiting");
    case Purpose:
        return tr("Purpose");
    case Phone:
        return tr("Phone");
    case Plate:
        return tr("Plate");
    default:
        return {};
    }
}

Result<QList<Visit>> VisitorInsideModel::fetchPage(int limit, int offset)
{
    return m_visitors.inside(limit, offset);
}

} // namespace fd
