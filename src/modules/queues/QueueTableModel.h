#pragma once

#include "core/PagedTableModel.h"
#include "engine/Session.h"
#include "engine/tickets/TicketQueue.h"

#include <QColor>

#include <optional>

namespace fd {

class TicketQueues;

// One work queue as a lazy table (PagedTableModel): reload() reads its first page, each fetchMore()
// one more page (TicketQueues::page with limit/offset), so a queue of thousands never loads at once. Rows are
// coloured by their due clock as of the reload: overdue red, due soon amber (as in the reminders
// panel), waiting work (no clock running) grey.
class QueueTableModel : public PagedTableModel<QueueRow>
{
    Q_OBJECT

public:
    enum Column { Number, Kind, Status, Person, Description, Department, Due, ColumnCount };
    static constexpr int TicketIdRole = Qt::UserRole;
    static constexpr int DefaultPageSize = 50;

    explicit QueueTableModel(TicketQueues& queues, QObject* parent = nullptr);

    void setSession(const Session& session);
    // Reads the queue again from its first page, as of `asOfMs` (the Clock's now); `department`
    // empty means every department.
    void reload(QueueKind kind, const QString& department, qint64 asOfMs);
    // Clears the rows (signed out): nothing of the previous person's work stays.
    void clear();

    [[nodiscard]] QueueKind kind() const { return m_kind; }
    [[nodiscard]] QString department() const { return m_department; }
    [[nodiscard]] qint64 asOfMs() const { return m_asOfMs; }
    [[nodiscard]] int rowOf(qint64 ticketId) const;

    // The reminders panel's colours, so a ticket looks the same wherever it shows.
    [[nodiscard]] static QColor overdueColor() { return {0xc6, 0x28, 0x28}; }
    [[nodiscard]] static QColor dueSoonColor() { return {0xb2, 0x6a, 0x00}; }
    // "Follow-up in 10 min", "Forward or answer overdue by 25 min", "—" when no clock runs.
    [[nodiscard]] static QString dueText(const QueueRow& row, qint64 asOfMs);
    // The clock a row is due by, as the Due column names it: "Follow-up", "Forward or answer"…
    [[nodiscard]] static QString clockName(TicketClock clock);
    // "25 min", "2 h 5 min", "3 d 4 h".
    [[nodiscard]] static QString span(qint64 ms);

    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

signals:
    void loadFailed(const QString& message);

protected:
    [[nodiscard]] Result<QList<QueueRow>> fetchPage(int limit, int offset) override;
    void pageFailed(const Error& error) override { emit loadFailed(error.message); }

private:
    [[nodiscard]] QVariant display(const QueueRow& row, int column) const;
    [[nodiscard]] QVariant foreground(const QueueRow& row) const;
    [[nodiscard]] QString toolTip(const QueueRow& row) const;

    TicketQueues& m_queues;
    std::optional<Session> m_session;
    QueueKind m_kind = QueueKind::MyOpen;
    QString m_department;
    qint64 m_asOfMs = 0;
    qint64 m_dueSoonMs = 0;
};

} // namespace fd
