#include "modules/tools/ToolLoanModel.h"

#include "core/DateTimeText.h"

#include "core/PersonalData.h"
#include "modules/tools/ToolService.h"

#include <QBrush>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString shortTime(qint64 ms, qint64 nowMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms);
    const bool today = t.date() == QDateTime::fromMSecsSinceEpoch(nowMs).date();
    return today ? DateTimeText::time(t.time()) : DateTimeText::shortDateTime(t);
}

} // namespace

ToolLoanModel::ToolLoanModel(ToolService& tools, QObject* parent)
    : PagedTableModel(DefaultPageSize, parent), m_tools(tools)
{}

void ToolLoanModel::refresh(qint64 nowMs)
{
    reload([this, nowMs] { m_nowMs = nowMs; });
}

void ToolLoanModel::setNow(qint64 nowMs)
{
    m_nowMs = nowMs;
    redrawRows();
}

int ToolLoanModel::rowOf(qint64 loanId) const
{
    for (int row = 0; row < rows().size(); ++row)
        if (rows().at(row).id == loanId)
            return row;
    return -1;
}

int ToolLoanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ToolLoanModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ToolLoan& l = rows().at(index.row());
    if (role == LoanIdRole)
        return l.id;
    if (role == Qt::ForegroundRole && l.overdueAt(m_nowMs))
        return QBrush(QColor(0xc6, 0x28, 0x28)); // seed 001: not back by the end of the day
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ToolName:
        return l.toolName;
    case Quantity:
        return l.quantity;
    case Unit:
        return l.unitCode;
    case Borrower:
        return l.borrowerName;
    case Phone:
        return PersonalData::maskPhone(l.borrowerPhone);
    case Lent:
        return shortTime(l.lentMs, m_nowMs);
    case Due: {
        const QString due = shortTime(l.dueMs, m_nowMs);
        return l.overdueAt(m_nowMs) ? tr("%1 overdue").arg(due) : due;
    }
    case Calls:
        return l.calls == 0 ? QString() : tr("%n call(s)", nullptr, l.calls);
    default:
        return {};
    }
}

QVariant ToolLoanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ToolName:
        return tr("Tool");
    case Quantity:
        return tr("Qty");
    case Unit:
        return tr("Unit");
    case Borrower:
        return tr("Borrower");
    case Phone:
        return tr("Phone");
    case Lent:
        return tr("Lent");
    case Due:
        return tr("Back by");
    case Calls:
        return tr("Called");
    default:
        return {};
    }
}

Result<QList<ToolLoan>> ToolLoanModel::fetchPage(int limit, int offset)
{
    return m_tools.loansOut(limit, offset);
}

} // namespace fd
