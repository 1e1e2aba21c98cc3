#include "modules/repairs/RepairsPage.h"

#include "engine/SiteSetup.h"
#include "engine/tickets/Departments.h"
#include "engine/tickets/TicketService.h"
#include "modules/repairs/DispatchDialog.h"
#include "modules/repairs/DispatchOrderPrinter.h"
#include "modules/repairs/FeeScheduleDialog.h"
#include "modules/repairs/RepairDisplay.h"
#include "modules/repairs/RepairListModel.h"
#include "modules/repairs/RepairService.h"
#include "modules/repairs/ReturnDialog.h"
#include "widgets/Ask.h"
#include "widgets/TableSelection.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

namespace {
constexpr const char* kUsualTip = "usualToolTip";
} // namespace

RepairsPage::RepairsPage(RepairService& repairs, TicketService& tickets, SiteSetup& site, QWidget* parent)
    : QWidget(parent), m_repairs(repairs), m_tickets(tickets), m_site(site), m_model(new RepairListModel(repairs, this))
{
    setObjectName(u"repairsPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(u"repairCount"_s);
    bar->addWidget(m_count, 1);
    const auto button = [this, bar](const QString& text, const char* name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        b->setToolTip(tip);
        b->setProperty(kUsualTip, tip); // put back when a refusal's reason has stood in its place
        bar->addWidget(b);
        return b;
    };
    m_dispatch = button(tr("&Dispatch…"), "dispatchRepair", tr("Send to a department with a numbered order (F6)"));
    m_return = button(tr("Order &back…"), "returnRepair", tr("The department reports the work done"));
    m_again = button(tr("&Not satisfied…"), "secondDispatch", tr("Unsatisfied callback: dispatch again"));
    m_print = button(tr("&Print order…"), "printOrder", tr("The dispatch order as a PDF (A5)"));
    m_fees = button(tr("Fee &schedule…"), "feeSchedule", tr("Paid services and their prices"));
    layout->addLayout(bar);

    m_table = new QTableView(this);
    m_table->setObjectName(u"repairTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RepairListModel::Description, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_detail = new QLabel(this);
    m_detail->setObjectName(u"repairDetail"_s);
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detail->setMinimumHeight(90);
    m_detail->setFrameShape(QFrame::StyledPanel);
    m_detail->setMargin(6);
    layout->addWidget(m_detail);
    m_message = new QLabel(this);
    m_message->setObjectName(u"repairMessage"_s);
    m_message->setStyleSheet(u"color: #c62828;"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_dispatch, &QPushButton::clicked, this, &RepairsPage::openDispatch);
    connect(m_return, &QPushButton::clicked, this, &RepairsPage::openReturn);
    connect(m_again, &QPushButton::clicked, this, &RepairsPage::openSecondDispatch);
    connect(m_print, &QPushButton::clicked, this, &RepairsPage::printSelectedOrder);
    connect(m_fees, &QPushButton::clicked, this, &RepairsPage::openFeeSchedule);
    connect(new QShortcut(QKeySequence(Qt::Key_F6), this), &QShortcut::activated, this, &RepairsPage::openDispatch);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        showDetail();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RepairsPage::updateActions);
    updateActions();
}

void RepairsPage::setSession(const Session& session)
{
    m_session = session;
    refresh();
}

void RepairsPage::refresh()
{
    const qint64 keep = selectedTicketId();
    m_model->refresh();
    auto total = m_repairs.repairCount();
    m_count->setText(total ? tr("%n repair(s), open ones first", nullptr, static_cast<int>(total.value()))
                           : total.error().message);
    if (keep != 0)
        selectTicket(keep);
    updateActions();
    showDetail();
}

qint64 RepairsPage::selectedTicketId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()).ticketId : 0;
}

bool RepairsPage::selectTicket(qint64 ticketId)
{
    return TableSelection::select(m_table, m_model->fetchUntilFound([&] { return m_model->rowOf(ticketId); }));
}

void RepairsPage::updateActions()
{
    const QModelIndex current = m_table->currentIndex();
    const bool working = m_session.has_value();
    std::optional<TicketStatus> status;
    bool hasOrder = false;
    if (current.isValid()) {
        status = m_model->rowAt(current.row()).status;
        hasOrder = !m_model->rowAt(current.row()).orderNumber.isEmpty();
    }
    const auto is = [&status](std::initializer_list<TicketStatus> any) {
        return status && std::find(any.begin(), any.end(), *status) != any.end();
    };
    // A role that opens this page for the fee schedule only may not work the repairs: the buttons are
    // off and their tooltips say why (the services refuse it anyway).
    const bool mayWork = working && m_session->may(Permission::WorkTickets);
    const QString why = working && !mayWork ? Roles::refusal(m_session->user.role, Permission::WorkTickets) : QString();
    for (QPushButton* button : {m_dispatch, m_return, m_again})
        button->setToolTip(why.isEmpty() ? button->property(kUsualTip).toString() : why);
    m_dispatch->setEnabled(mayWork && is({TicketStatus::New, TicketStatus::Reopened, TicketStatus::Dispatched}));
    m_return->setEnabled(mayWork && is({TicketStatus::Dispatched}));
    m_again->setEnabled(mayWork && is({TicketStatus::Returned}));
    m_print->setEnabled(hasOrder);
    m_fees->setEnabled(working);
}

void RepairsPage::showDetail()
{
    const qint64 id = selectedTicketId();
    if (id == 0) {
        m_detail->setText(tr("Choose a repair to see its dispatch order and return."));
        return;
    }
    const RepairRow& r = m_model->rowAt(m_model->rowOf(id));
    QString html = u"<b>%1</b> %2 · %3<br>%4"_s.arg(r.number.toHtmlEscaped(), r.unitCode.toHtmlEscaped(),
                                                    r.personName.toHtmlEscaped(), r.description.toHtmlEscaped());
    auto order = m_repairs.latestOrder(id);
    if (order && order.value()) {
        const RepairOrder& o = *order.value();
        QStringList lines;
        for (const QuotedLine& l : o.quote.lines)
            lines
                << u"%1 × %2 = %3"_s.arg(l.name.toHtmlEscaped()).arg(l.quantity).arg(RepairDisplay::money(l.amountFen));
        html += u"<br>"_s +
                tr("Order %1 to %2 %3: %4")
                    .arg(o.number, Departments::displayName(o.department).toHtmlEscaped(), o.technician.toHtmlEscaped(),
                         o.paid ? tr("paid, total %1").arg(RepairDisplay::money(o.quote.totalFen)) : tr("free"));
        if (!lines.isEmpty())
            html += u" (%1)"_s.arg(lines.join(u"; "_s));
    }
    auto returns = m_repairs.returns(id);
    if (returns && !returns.value().isEmpty()) {
        const RepairReturn& b = returns.value().last();
        html += u"<br>"_s + tr("Back: %1 by %2, %3 min, charged %4")
                                .arg(b.result.toHtmlEscaped(), b.technician.toHtmlEscaped())
                                .arg(b.minutesSpent)
                                .arg(RepairDisplay::money(b.chargeFen));
    }
    m_detail->setText(html);
}

void RepairsPage::changed(qint64 ticketId)
{
    m_message->hide();
    refresh();
    selectTicket(ticketId);
    emit ticketChanged(ticketId);
}

void RepairsPage::openDispatch()
{
    const qint64 id = selectedTicketId();
    if (!m_session || id == 0 || !m_dispatch->isEnabled())
        return;
    auto ticket = m_tickets.find(id);
    if (!ticket) {
        m_message->setText(ticket.error().message);
        m_message->show();
        return;
    }
    DispatchDialog dialog(m_repairs, *m_session, ticket.value(), m_model->rowAt(m_model->rowOf(id)).unitCode,
                          DispatchDialog::Mode::Dispatch, this);
    dialog.setReload([this](qint64 ticketId) { return m_tickets.find(ticketId); });
    if (dialog.exec() == QDialog::Accepted && dialog.result())
        changed(dialog.result()->ticket.id);
}

void RepairsPage::openSecondDispatch()
{
    const qint64 id = selectedTicketId();
    if (!m_session || id == 0 || !m_again->isEnabled())
        return;
    auto ticket = m_tickets.find(id);
    if (!ticket)
        return;
    DispatchDialog dialog(m_repairs, *m_session, ticket.value(), m_model->rowAt(m_model->rowOf(id)).unitCode,
                          DispatchDialog::Mode::SecondDispatch, this);
    dialog.setReload([this](qint64 ticketId) { return m_tickets.find(ticketId); });
    if (dialog.exec() == QDialog::Accepted && dialog.result())
        changed(dialog.result()->ticket.id);
}

void RepairsPage::openReturn()
{
    const qint64 id = selectedTicketId();
    if (!m_session || id == 0 || !m_return->isEnabled())
        return;
    auto ticket = m_tickets.find(id);
    if (!ticket)
        return;
    ReturnDialog dialog(m_repairs, *m_session, ticket.value(), m_model->rowAt(m_model->rowOf(id)).technician, this);
    dialog.setReload([this](qint64 ticketId) { return m_tickets.find(ticketId); });
    if (dialog.exec() == QDialog::Accepted)
        changed(id);
}

Status RepairsPage::printOrder(qint64 ticketId, const QString& path)
{
    auto ticket = m_tickets.find(ticketId);
    if (!ticket)
        return ticket.error();
    auto order = m_repairs.latestOrder(ticketId);
    if (!order)
        return order.error();
    if (!order.value())
        return Error{u"repair.print"_s, tr("This repair has not been dispatched yet: there is no order to print.")};
    const int row = m_model->rowOf(ticketId);
    Ticket printed = ticket.value();
    if (m_session)
        printed.callerPhone = m_session->shownPhone(printed.callerPhone); // the technician calls (personal.see)
    else
        printed.callerPhone.clear();
    DispatchOrderPrinter::Sheet sheet{m_site.siteName(), printed, row >= 0 ? m_model->rowAt(row).unitCode : QString(),
                                      *order.value()};
    return DispatchOrderPrinter::writePdf(sheet, path);
}

void RepairsPage::printSelectedOrder()
{
    const qint64 id = selectedTicketId();
    if (id == 0 || !m_print->isEnabled())
        return;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u"/"_s +
                              m_model->rowAt(m_model->rowOf(id)).orderNumber + u".pdf"_s;
    const QString path = Ask::saveFileName(this, tr("Save dispatch order"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (Status s = printOrder(id, path); !s) {
        m_message->setText(s.error().message);
        m_message->show();
    }
}

void RepairsPage::openFeeSchedule()
{
    if (!m_session)
        return;
    FeeScheduleDialog dialog(m_repairs, *m_session, this);
    dialog.exec();
}

} // namespace fd
