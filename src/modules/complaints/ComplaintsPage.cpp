#include "modules/complaints/ComplaintsPage.h"

#include "modules/Services.h"
#include "modules/complaints/ComplaintDetailWidget.h"
#include "modules/complaints/ComplaintListModel.h"
#include "modules/complaints/ComplaintService.h"
#include "widgets/KeepCurrent.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

ComplaintsPage::ComplaintsPage(Services& services, ComplaintService& complaints, QWidget* parent)
    : QWidget(parent), m_services(services), m_complaints(complaints)
{
    setObjectName(u"complaintsPage"_s);
    m_model = new ComplaintListModel(complaints, services.clock, this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"complaintTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_detail = new ComplaintDetailWidget(complaints, services.tickets, services.clock, this);
    m_detail->setObjectName(u"complaintDetail"_s);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_detail);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_status = new QLabel(this);
    m_status->setObjectName(u"complaintStatus"_s);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_status);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(scroll);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    split->setSizes({480, 520}); // the list needs its limit and customer columns in view
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ComplaintsPage::showSelected);
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
    auto* reload = new QShortcut(QKeySequence(QKeySequence::Refresh), this);
    connect(reload, &QShortcut::activated, this, &ComplaintsPage::refresh);
    refresh();
    // R-CP-5: a complaint passing its limit is marked overdue while the page stays open.
    KeepCurrent::follow(this, services.minuteTick, [this] { m_model->redrawRows(); });
}

void ComplaintsPage::setSession(const Session& session)
{
    m_detail->setSession(session);
}

qint64 ComplaintsPage::selectedTicketId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()).ticketId : 0;
}

bool ComplaintsPage::selectTicket(qint64 ticketId)
{
    int row = m_model->rowOf(ticketId);
    while (row < 0 && m_model->canFetchMore({})) {
        m_model->fetchMore({});
        row = m_model->rowOf(ticketId);
    }
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
    return true;
}

void ComplaintsPage::refresh()
{
    const qint64 keep = selectedTicketId();
    m_model->refresh();
    for (int c = 0; c < ComplaintListModel::Description; ++c)
        m_table->resizeColumnToContents(c);
    if (m_model->lastError())
        m_status->setText(m_model->lastError()->message);
    else if (auto count = m_complaints.complaintCount())
        m_status->setText(tr("%n complaint(s)", nullptr, int(count.value())));
    if (keep == 0 || !selectTicket(keep))
        m_detail->showTicket(selectedTicketId());
}

void ComplaintsPage::showSelected()
{
    m_detail->showTicket(selectedTicketId());
}

} // namespace fd
