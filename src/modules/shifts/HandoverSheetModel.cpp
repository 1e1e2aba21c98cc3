#include "modules/shifts/HandoverSheetModel.h"

#include "engine/shifts/ShiftService.h"
#include "modules/shifts/HandoverDisplay.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace fd {

HandoverSheetModel::HandoverSheetModel(ShiftService& shifts, AccountService& accounts, const SiteRules& rules,
                                       QObject* parent)
    : PagedTableModel(DefaultPageSize, parent), m_shifts(shifts), m_accounts(accounts), m_rules(rules)
{}

void HandoverSheetModel::setPost(qint64 postId)
{
    reload(
        [this, postId] {
            m_postId = postId;
            m_people = HandoverDisplay::people(m_accounts); // names of people who arrived since the last time
        },
        postId != 0);
}

void HandoverSheetModel::refresh()
{
    setPost(m_postId);
}

int HandoverSheetModel::rowOf(qint64 sheetId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).sheet.id == sheetId)
            return row;
    return -1;
}

int HandoverSheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HandoverSheetModel::text(const HandoverSummary& row, int column) const
{
    const HandoverSheet& sheet = row.sheet;
    switch (column) {
    case When:
        return HandoverDisplay::instant(sheet.createdMs);
    case Shift:
        return HandoverDisplay::shift(m_rules, row.shiftCode);
    case People: {
        const QString leaving = HandoverDisplay::person(m_people, sheet.leavingUserId);
        //: Who handed over to whom; the arriving person is not known while the sheet is a draft.
        return sheet.arrivingUserId != 0
                   ? tr("%1 → %2").arg(leaving, HandoverDisplay::person(m_people, sheet.arrivingUserId))
                   : tr("%1 → …").arg(leaving);
    }
    case Lines:
        return row.disputeCount > 0
                   ? tr("%n line(s)", nullptr, row.itemCount) + u", "_s + tr("%n disputed", nullptr, row.disputeCount)
                   : tr("%n line(s)", nullptr, row.itemCount);
    case Status:
        return HandoverDisplay::status(sheet);
    default:
        return {};
    }
}

QVariant HandoverSheetModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HandoverSummary& row = rows().at(index.row());
    if (role == SheetIdRole)
        return row.sheet.id;
    if (role == Qt::ForegroundRole) {
        // A sheet waiting for a signature, or with a dispute, is what the desk must look at.
        if (index.column() == Status && row.sheet.status == HandoverStatus::Draft)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        if (index.column() == Lines && row.disputeCount > 0)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    return text(row, index.column());
}

QVariant HandoverSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case When:
        return tr("Handed over");
    case Shift:
        return tr("Shift");
    case People:
        return tr("Leaving → arriving");
    case Lines:
        return tr("Lines");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

Result<QList<HandoverSummary>> HandoverSheetModel::fetchPage(int limit, int offset)
{
    return m_shifts.sheetsOfPost(m_postId, limit, offset);
}

void HandoverSheetModel::pageFailed(const Error& error)
{
    emit loadFailed(error.message);
}

} // namespace fd
