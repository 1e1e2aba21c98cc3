#include "modules/complaints/ComplaintsPage.h"

#include "modules/complaints/ComplaintDetailWidget.h"
#include "modules/complaints/ComplaintListModel.h"
#include "modules/complaints/ComplaintService.h"
#include "widgets/KeepCurrent.h"
#include "widgets/TableSelection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fd {

ComplaintsPage::ComplaintsPage(ComplaintService& complaints, TicketService& tickets, const Clock& clock,
                               MinuteTick& minuteTick, QWidget* parent)
    : QWidget(parent), m_complaints(complaints)
{
    setObjectName(u"complaintsPage"_s);
    m_model = new ComplaintListModel(complaints, clock, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"complaintTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // several: one same-event link
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_detail = new ComplaintDetailWidget(complaints, tickets, clock, this);
    m_detail->setObjectName(u"complaintDetail"_s);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_status = new QLabel(this);
    m_status->setObjectName(u"complaintStatus"_s);
    m_status->setWordWrap(true);
    m_linkSelected = new QPushButton(tr("Link selected to one event"), this);
    m_linkSelected->setObjectName(u"linkSelected"_s);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    auto* statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_linkSelected);
    leftLayout->addLayout(statusRow);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({480, 520}); // the list needs its limit and customer columns in view
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComplaintsPage::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ComplaintsPage::updateLinkButton);
    connect(m_linkSelected, &QPushButton::clicked, this, &ComplaintsPage::linkSelected);
    connect(m_detail, &ComplaintDetailWidget::changed, this, [this](qint64 id) {
        refresh();
        selectTicket(id);
        emit ticketChanged(id);
    });
    auto* focusList = new QShortcut(QKeySequence(u"Ctrl+L"_s), this);
    connect(focusList, &QShortcut::activated, m_table, [this] { m_table->setFocus(); });
    auto* focusDecision = new QShortcut(QKeySequence(u"Ctrl+D"_s), this);
    connect(focusDecision, &QShortcut::activated, this, [this] {
        if (QWidget* w = m_detail->findChild<QWidget*>(u"decisionValid"_s))
            w->setFocus();
    });
    auto* linkKeys = new QShortcut(QKeySequence(u"Ctrl+G"_s), this);
    connect(linkKeys, &QShortcut::activated, this, [this] {
        if (m_linkSelected->isEnabled())
            linkSelected();
    });
    auto* reload = new QShortcut(QKeySequence(QKeySequence::Refresh), this);
    connect(reload, &QShortcut::activated, this, &ComplaintsPage::refresh);
    // The list is read when the page gets its session (in the window: when it is first brought to
    // the front, DeskPageOf), not at start-up.
    // R-CP-5: a complaint passing its limit is marked overdue while the page stays open.
    KeepCurrent::follow(this, minuteTick, [this] { m_model->redrawRows(); });
}

void ComplaintsPage::setSession(const Session& session)
{
    m_session = session;
    m_detail->setSession(session);
    refresh();
}

QList<qint64> ComplaintsPage::selectedTicketIds() const
{
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : std::as_const(rows))
        ids << m_model->rowAt(row).ticketId;
    return ids;
}

void ComplaintsPage::updateLinkButton()
{
    // Disabled with the reason shown: a role that may not work tickets, or fewer than two selected.
    const bool may = m_session.may(Permission::WorkTickets);
    const int selected = int(m_table->selectionModel()->selectedRows().size());
    m_linkSelected->setEnabled(may && selected >= 2);
    m_linkSelected->setToolTip(
        !may ? Roles::refusal(m_session.user.role, Permission::WorkTickets)
             : tr("Select two or more complaints about the same event (Ctrl+click), then link them (Ctrl+G)."));
}

void ComplaintsPage::linkSelected()
{
    const QList<qint64> ids = selectedTicketIds();
    auto root = m_complaints.linkSameEvent(m_session, ids); // R-CP-3: one action, one audit event
    if (!root) {
        m_status->setStyleSheet(u"color: #c62828;"_s);
        m_status->setText(root.error().message);
        return;
    }
    refresh();
    selectTicket(root.value());
    const QString number = m_model->rowAt(qMax(0, m_model->rowOf(root.value()))).number;
    auto size = m_complaints.eventGroupSize(root.value());
    m_status->setStyleSheet(QString());
    m_status->setText(
        tr("Linked to the event of %1: %n complaint(s) about it.", nullptr, size ? size.value() : 0).arg(number));
    for (qint64 id : ids)
        emit ticketChanged(id);
}

qint64 ComplaintsPage::selectedTicketId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()).ticketId : 0;
}

bool ComplaintsPage::selectTicket(qint64 ticketId)
{
    return TableSelection::select(m_table, m_model->fetchUntilFound([&] { return m_model->rowOf(ticketId); }));
}

void ComplaintsPage::refresh()
{
    const qint64 keep = selectedTicketId();
    QList<qint64> chosen; // several chosen for "Link selected" stay chosen
    for (const QModelIndex& i : m_table->selectionModel()->selectedRows())
        chosen << m_model->rowAt(i.row()).ticketId;
    const int loaded = m_model->rowCount();
    m_model->refresh();
    m_model->fetchAtLeast(loaded); // as far down as it was read: what was chosen there is found again
    for (int c = 0; c < ComplaintListModel::Description; ++c)
        m_table->resizeColumnToContents(c);
    m_status->setStyleSheet(QString());
    if (m_model->lastError())
        m_status->setText(m_model->lastError()->message);
    else if (auto count = m_complaints.complaintCount())
        m_status->setText(tr("%n complaint(s)", nullptr, int(count.value())));
    if (keep == 0 || !selectTicket(keep))
        showSelected();
    if (chosen.size() > 1) {
        QList<int> rows;
        for (qint64 id : std::as_const(chosen))
            rows << m_model->rowOf(id);
        TableSelection::addRows(m_table, rows);
    }
    updateLinkButton();
}

void ComplaintsPage::showSelected()
{
    // The complaint shown chosen again (the list read again after a change here or at another desk):
    // what is typed for it stays.
    if (const qint64 id = selectedTicketId(); id != 0 && id == m_detail->ticketId())
        m_detail->showAgain();
    else
        m_detail->showTicket(id);
}

} // namespace fd
