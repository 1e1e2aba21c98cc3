#include "modules/queues/QueueTableModel.h"

#include "core/DateTimeText.h"
#include "engine/watches/RecordSources.h"

#include "engine/tickets/Departments.h"
#include "engine/tickets/TicketQueues.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

constexpr qint64 MinuteMs = 60'000;
constexpr int MostDescription = 60;

// The first line, on one line, cut to what a table cell can show; the tooltip has the rest.
QString firstLine(const QString& text)
{
    const QString line = text.section(u'\n', 0, 0).simplified();
    return line.size() <= MostDescription ? line : line.left(MostDescription - 1) + u'…';
}

QString when(qint64 ms)
{
    return DateTimeText::shortDateTime(ms);
}

} // namespace

QueueTableModel::QueueTableModel(TicketQueues& queues, QObject* parent)
    : PagedTableModel(DefaultPageSize, parent), m_queues(queues)
{}

void QueueTableModel::setSession(const Session& session)
{
    if (m_session && m_session->user.id != session.user.id)
        clear();
    m_session = session;
}

void QueueTableModel::clear()
{
    PagedTableModel::reload({}, false);
}

void QueueTableModel::reload(QueueKind kind, const QString& department, qint64 asOfMs)
{
    PagedTableModel::reload(
        [&] {
            m_kind = kind;
            m_department = department;
            m_asOfMs = asOfMs;
            m_dueSoonMs = qint64(m_queues.dueSoonMinutes()) * MinuteMs; // the rule the queues count by
        },
        m_session.has_value());
}

int QueueTableModel::rowOf(qint64 ticketId) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (rowAt(row).ticketId == ticketId)
            return row;
    return -1;
}

QString QueueTableModel::span(qint64 ms)
{
    const qint64 minutes = ms / MinuteMs;
    const int days = int(minutes / (24 * 60));
    const int hours = int(minutes / 60 % 24);
    const int mins = int(minutes % 60);
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return mins > 0 ? tr("%1 h %2 min").arg(hours).arg(mins) : tr("%1 h").arg(hours);
    return tr("%1 min").arg(mins);
}

QString QueueTableModel::clockName(TicketClock clock)
{
    switch (clock) {
    case TicketClock::Respond:
        return tr("Forward or answer");
    case TicketClock::FollowUp:
        return tr("Follow-up");
    case TicketClock::Resolve:
        return tr("Resolution");
    case TicketClock::Reply:
        return tr("Definite reply");
    case TicketClock::Callback:
        return tr("Callback");
    }
    return {};
}

QString QueueTableModel::dueText(const QueueRow& row, qint64 asOfMs)
{
    if (!row.dueMs)
        return u"—"_s;
    const QString clock = row.dueClock ? clockName(*row.dueClock) : tr("Due");
    const qint64 late = asOfMs - *row.dueMs;
    if (late >= MinuteMs)
        return tr("%1 overdue by %2").arg(clock, span(late));
    if (late >= 0)
        return tr("%1 due now").arg(clock);
    // Round up: something due in 9 min 30 s is "in 10 min", never "in 9 min".
    return tr("%1 in %2").arg(clock, span(-late + MinuteMs - 1));
}

int QueueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueTableModel::display(const QueueRow& row, int column) const
{
    if (!row.source.isEmpty()) // a watched record: its title, its module's name, its detail, when due
        switch (column) {
        case Number:
            return row.number;
        case Kind:
            return RecordSources::name(row.source);
        case Person:
            return row.unitCode.isEmpty() ? u"—"_s : row.unitCode;
        case Description:
            return firstLine(row.description);
        case Due:
            return dueText(row, m_asOfMs);
        default:
            return u"—"_s;
        }
    switch (column) {
    case Number:
        return row.number;
    case Kind:
        return TicketTerms::displayName(row.kind);
    case Status:
        return TicketTerms::displayName(row.status);
    case Person: {
        const QString who = QStringList{row.unitCode, row.personName}.join(u' ').trimmed();
        return who.isEmpty() ? u"—"_s : who;
    }
    case Description:
        return firstLine(row.description);
    case Department:
        return row.department.isEmpty() ? tr("not dispatched") : Departments::displayName(row.department);
    case Due:
        return dueText(row, m_asOfMs);
    default:
        return {};
    }
}

QVariant QueueTableModel::foreground(const QueueRow& row) const
{
    if (!row.dueMs)
        return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
    if (*row.dueMs <= m_asOfMs)
        return QBrush(overdueColor());
    if (*row.dueMs <= m_asOfMs + m_dueSoonMs)
        return QBrush(dueSoonColor());
    return {};
}

QString QueueTableModel::toolTip(const QueueRow& row) const
{
    if (!row.source.isEmpty())
        return tr("%1 — %2\n%3 at %4\nEnter: open it")
                   .arg(row.number, RecordSources::name(row.source), dueText(row, m_asOfMs), when(*row.dueMs)) +
               u"\n\n"_s + row.description;
    QString tip =
        tr("%1 — %2\nStatus: %3\nPerson: %4\nDepartment: %5")
            .arg(row.number, TicketTerms::displayName(row.kind), TicketTerms::displayName(row.status), row.personName,
                 row.department.isEmpty() ? tr("not dispatched") : Departments::displayName(row.department));
    if (row.dueMs)
        tip += u'\n' + tr("%1 at %2").arg(dueText(row, m_asOfMs), when(*row.dueMs));
    if (row.dueClock == TicketClock::FollowUp)
        tip += u'\n' + tr("F: record a follow-up");
    return tip + u"\n\n"_s + row.description;
}

QVariant QueueTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueueRow& row = rowAt(index.row());
    switch (role) {
    case TicketIdRole:
        return row.ticketId;
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row);
    case Qt::ForegroundRole:
        return foreground(row);
    default:
        return {};
    }
}

QVariant QueueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Number");
    case Kind:
        return tr("Kind");
    case Status:
        return tr("Status");
    case Person:
        return tr("Unit and person");
    case Description:
        return tr("Description");
    case Department:
        return tr("Department");
    case Due:
        return tr("Due");
    default:
        return {};
    }
}

Result<QList<QueueRow>> QueueTableModel::fetchPage(int limit, int offset)
{
    return m_queues.page(*m_session, m_kind, m_asOfMs, m_department, offset, limit);
}

} // namespace fd
