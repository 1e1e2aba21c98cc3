#include "modules/tickets/TicketDialog.h"

#include "core/DateTimeText.h"
#include "core/PersonalData.h"
#include "engine/AccountService.h"
#include "engine/tickets/Departments.h"
#include "engine/tickets/TicketService.h"
#include "modules/registry/RegistryService.h"
#include "modules/tickets/TicketReplyDialog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

QString when(qint64 ms)
{
    return DateTimeText::dateTime(ms);
}

QString row(const QString& label, const QString& value)
{
    return u"<tr><td style='color:#555;padding-right:12px'>%1</td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(),
                                                                                          value.toHtmlEscaped());
}

} // namespace

TicketDialog::TicketDialog(TicketService& tickets, RegistryService& registry, AccountService& accounts,
                           const Clock& clock, const Session& session, qint64 ticketId, QWidget* parent)
    : QDialog(parent), m_tickets(tickets), m_registry(registry), m_accounts(accounts), m_clock(clock),
      m_session(session), m_summary(new QLabel(this)), m_history(new QTableWidget(this))
{
    setObjectName(u"ticketDialog"_s);
    resize(760, 560);
    auto* layout = new QVBoxLayout(this);
    m_summary->setObjectName(u"ticketSummary"_s);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    m_actions = new QHBoxLayout;
    layout->addLayout(m_actions);
    m_history->setObjectName(u"ticketHistory"_s);
    m_history->setColumnCount(5);
    m_history->setHorizontalHeaderLabels({tr("When"), tr("What"), tr("Status"), tr("By"), tr("Note")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->verticalHeader()->hide();
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_history, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    load(ticketId);
}

void TicketDialog::load(qint64 ticketId)
{
    auto found = m_tickets.find(ticketId);
    if (!found) {
        setWindowTitle(tr("Ticket"));
        m_summary->setText(found.error().message.toHtmlEscaped());
        return;
    }
    const Ticket& t = found.value();
    setWindowTitle(tr("Ticket %1").arg(t.number));
    QString unit;
    if (t.unitId != 0)
        if (auto detail = m_registry.unit(m_session, t.unitId); detail)
            unit = detail.value().unit.code;
    QString html = u"<h2 style='margin:0'>%1 · %2</h2><table>"_s.arg(t.number.toHtmlEscaped(),
                                                                     TicketTerms::displayName(t.kind).toHtmlEscaped());
    html += row(tr("Status"), TicketTerms::displayName(t.status));
    html +=
        row(tr("Channel"), t.callerPhone.isEmpty()
                               ? TicketTerms::displayName(t.channel)
                               : tr("%1, caller %2")
                                     .arg(TicketTerms::displayName(t.channel),
                                          m_revealed.isEmpty() ? PersonalData::maskPhone(t.callerPhone) : m_revealed));
    html += row(tr("Unit"), unit.isEmpty() ? tr("none") : unit);
    html += row(tr("Person"), t.personName);
    html += row(tr("Description"), t.description);
    if (!t.department.isEmpty())
        html += row(tr("Department"), Departments::displayName(t.department));
    if (t.kind == TicketKind::Complaint)
        html += row(tr("Grade"), TicketTerms::displayName(t.severity));
    html +=
        row(tr("Happened"), when(t.occurredMs) +
                                (t.retroactive ? tr(" (entered afterwards at %1)").arg(when(t.createdMs)) : QString()));
    const QList<std::pair<QString, std::optional<qint64>>> clocks{
        {tr("Respond by"), t.respondByMs}, {tr("Next follow-up"), t.nextFollowUpMs}, {tr("Resolve by"), t.resolveByMs},
        {tr("Reply by"), t.replyByMs},     {tr("Call back by"), t.callbackByMs},
    };
    for (const auto& [label, due] : clocks)
        if (due)
            html += row(label, when(*due));
    m_summary->setText(html + u"</table>"_s);
    showActions(t);

    QHash<qint64, QString> names;
    if (auto users = m_accounts.users(); users)
        for (const User& u : users.value())
            names.insert(u.id, u.displayName);
    auto events = m_tickets.history(ticketId);
    const QList<TicketEvent> list = events ? events.value() : QList<TicketEvent>{};
    m_history->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const TicketEvent& e = list.at(i);
        QString at = when(e.atMs);
        const qint64 enteredBy = e.data.value(u"entered_by"_s).toInteger(); // R-RP-5: a 补单's clerk
        if (enteredBy != 0)
            at += tr(" (entered %1 by %2)").arg(when(e.recordedMs), names.value(enteredBy));
        else if (e.recordedMs - e.atMs > 60'000)
            at += tr(" (entered %1)").arg(when(e.recordedMs));
        QString note = e.note;
        if (e.kind == u"reply_promised") // R-IN-4: the promise, and what it replaced
            note = tr("Reply due %1 (was %2). %3")
                       .arg(when(e.data.value(u"promised_ms"_s).toInteger()),
                            e.data.value(u"before_ms"_s).isDouble() ? when(e.data.value(u"before_ms"_s).toInteger())
                                                                    : tr("none"),
                            e.note)
                       .trimmed();
        else if (e.kind == u"replied" && e.data.contains(u"head"_s)) // R-IN-5: whose answer was given
            note = tr("%1 (answer of %2)").arg(e.note, e.data.value(u"head"_s).toString());
        else if (e.kind == u"returned" && !e.data.value(u"done_by"_s).toString().isEmpty()) // R-RP-3: who did it
            note = tr("%1 (by %2)").arg(e.note, e.data.value(u"done_by"_s).toString());
        else if (e.kind == u"dispatched" && !e.data.value(u"technician"_s).toString().isEmpty()) // R-RP-5
            note = QString(e.note + u' ' + tr("Sent %1.").arg(e.data.value(u"technician"_s).toString())).trimmed();
        else if (e.kind == u"opened" && e.data.value(u"promised_ms"_s).isDouble())
            note = QString(e.note + u' ' +
                           tr("Reply promised by %1.").arg(when(e.data.value(u"promised_ms"_s).toInteger())))
                       .trimmed();
        const QStringList cells{at, TicketTerms::eventDisplayName(e.kind), TicketTerms::displayName(e.toStatus),
                                names.value(e.actorId), note};
        for (int c = 0; c < cells.size(); ++c)
            m_history->setItem(i, c, new QTableWidgetItem(cells.at(c)));
    }
    m_history->resizeColumnsToContents();
}

void TicketDialog::showActions(const Ticket& ticket)
{
    while (QLayoutItem* item = m_actions->takeAt(0)) {
        if (QWidget* w = item->widget()) { // later: a button's own click may be what reloads
            w->hide();
            w->setObjectName(QString());
            w->deleteLater();
        }
        delete item;
    }
    if (!ticket.callerPhone.isEmpty()) {
        // R-CB-1: the number is masked until the person about to call asks; each reveal is audited.
        auto* reveal = new QPushButton(tr("S&how number"), this);
        reveal->setObjectName(u"revealPhone"_s);
        const bool may = m_session.may(Permission::SeePersonalData);
        reveal->setEnabled(may && m_revealed.isEmpty());
        reveal->setToolTip(may ? tr("Show the caller's number in full to call back (Alt+H). Each time is recorded.")
                               : Roles::refusal(m_session.user.role, Permission::SeePersonalData));
        m_actions->addWidget(reveal);
        connect(reveal, &QPushButton::clicked, this, [this, id = ticket.id] {
            auto shown = m_tickets.revealCallerPhone(m_session, id);
            if (!shown)
                return m_summary->setToolTip(shown.error().message);
            m_revealed = shown.value();
            load(id);
        });
    }
    using Mode = TicketReplyDialog::Mode;
    if (!m_session.may(Permission::WorkTickets))
        return m_actions->addStretch();
    for (Mode mode : {Mode::Promise, Mode::Refer, Mode::HeadAnswer, Mode::HeadAbsent, Mode::Reply}) {
        if (!TicketReplyDialog::applies(mode, ticket))
            continue;
        auto* button = new QPushButton(TicketReplyDialog::actionName(mode) + u"…"_s, this);
        button->setObjectName(u"ticketAction"_s + QString::number(static_cast<int>(mode)));
        m_actions->addWidget(button);
        connect(button, &QPushButton::clicked, this, [this, mode, ticket] {
            TicketReplyDialog dialog(m_tickets, m_clock, m_session, ticket, mode, this);
            if (m_beforeReply)
                m_beforeReply(dialog);
            if (dialog.exec() == QDialog::Accepted)
                load(ticket.id); // the clocks and the history as they are now
        });
    }
    m_actions->addStretch();
}

} // namespace fd
