#include "modules/controlroom/ControlRoomPage.h"

#include "core/Clock.h"
#include "core/ShiftTimeText.h"
#include "engine/ChangeFeed.h"
#include "engine/shifts/ControlRoomService.h"
#include "engine/shifts/ShiftService.h"
#include "engine/tickets/TicketService.h"
#include "modules/controlroom/NightCallForm.h"
#include "modules/controlroom/NightCallText.h"
#include "modules/controlroom/PendingCallsPanel.h"
#include "widgets/FormEdits.h"
#include "widgets/KeepCurrent.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

enum Column { CallTime, Unit, Caller, What, Dispatched, Returned, Entered };

} // namespace

ControlRoomPage::ControlRoomPage(const Uses& uses, QWidget* parent)
    : QWidget(parent), m_uses(uses), m_none(new QLabel(this)), m_split(new QSplitter(Qt::Vertical, this)),
      m_controlRoom(new QWidget(m_split)), m_form(new NightCallForm(uses.registry, uses.controlRoom, m_controlRoom)),
      m_tonightBox(new QGroupBox(m_controlRoom)), m_tonight(new QTreeWidget(m_tonightBox)),
      m_dispatch(new QPushButton(tr("&Dispatch directly…"), m_tonightBox)),
      m_return(new QPushButton(tr("Record re&turn…"), m_tonightBox)), m_message(new QLabel(m_tonightBox)),
      m_pending(new PendingCallsPanel(uses.controlRoom, uses.registry, m_split))
{
    setObjectName(u"controlRoomPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Night calls"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    m_none->setObjectName(u"controlRoomNone"_s);
    m_none->setWordWrap(true);
    m_none->setText(tr("The control room records the night calls and the front desk enters them as tickets; "
                       "your role does neither."));
    layout->addWidget(m_none);

    auto* control = new QVBoxLayout(m_controlRoom);
    control->setContentsMargins(0, 0, 0, 0);
    control->addWidget(m_form);
    m_tonightBox->setObjectName(u"tonightCallsBox"_s);
    auto* tonight = new QVBoxLayout(m_tonightBox);
    m_tonight->setObjectName(u"tonightCallsList"_s);
    m_tonight->setHeaderLabels(
        {tr("Call"), tr("Unit"), tr("Caller"), tr("What was said"), tr("Dispatched"), tr("Returned"), tr("Ticket")});
    m_tonight->setRootIsDecorated(false);
    m_tonight->setAlternatingRowColors(true);
    m_tonight->setUniformRowHeights(true);
    m_tonight->header()->setStretchLastSection(true);
    tonight->addWidget(m_tonight, 1);
    auto* buttons = new QHBoxLayout;
    m_dispatch->setObjectName(u"dispatchCallButton"_s);
    m_return->setObjectName(u"returnCallButton"_s);
    buttons->addWidget(m_dispatch);
    buttons->addWidget(m_return);
    buttons->addStretch(1);
    tonight->addLayout(buttons);
    m_message->setObjectName(u"controlRoomMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    tonight->addWidget(m_message);
    control->addWidget(m_tonightBox, 1);

    m_split->setObjectName(u"controlRoomSplitter"_s);
    m_split->addWidget(m_controlRoom);
    m_split->addWidget(m_pending);
    m_split->setChildrenCollapsible(false);
    layout->addWidget(m_split, 1);

    // "Call recorded at …" was about the call before: typing the next one takes it away.
    FormEdits::watch(m_form, this, [this] { m_message->clear(); });
    connect(m_form, &NightCallForm::recorded, this, [this](const ControlRoomCall& call) {
        fillTonight();
        for (int i = 0; i < m_tonight->topLevelItemCount(); ++i)
            if (m_tonight->topLevelItem(i)->data(0, CallIdRole).toLongLong() == call.id)
                m_tonight->setCurrentItem(m_tonight->topLevelItem(i));
        showMessage(tr("Call recorded at %1.").arg(ShiftTimeText::dayAndTime(call.callMs)), false);
        m_pending->refresh();
    });
    connect(m_pending, &PendingCallsPanel::entered, this, [this] { fillTonight(); });
    connect(m_tonight, &QTreeWidget::currentItemChanged, this, &ControlRoomPage::updateButtons);
    connect(m_dispatch, &QPushButton::clicked, this, &ControlRoomPage::dispatchSelected);
    connect(m_return, &QPushButton::clicked, this, &ControlRoomPage::recordReturnOfSelected);
    m_controlRoom->hide();
    m_pending->hide();
    // Tonight's calls and the calls waiting to be entered follow the clock (a new night starts at shift C).
    KeepCurrent* keep = KeepCurrent::follow(this, uses.minuteTick, [this] { refresh(); });
    // Issue 12's change feed: a call recorded or entered at another desk shows at once.
    connect(&uses.changes, &ChangeFeed::changed, keep, [keep](const QList<Change>& changes) {
        if (ChangeFeed::touches(changes, {"control_room_call", "ticket"}))
            keep->poke();
    });
}

bool ControlRoomPage::entersNightCalls(const Session& session)
{
    return session.may(Permission::EnterNightCalls); // R-RP-5
}

void ControlRoomPage::setSession(const Session& session)
{
    if (m_session && m_session->user.id != session.user.id)
        showMessage({}, false);
    m_session = session;
    m_form->setSession(session);
    const bool control = session.may(Permission::DirectDispatch); // R-RP-5
    const bool desk = entersNightCalls(session);                  // R-SH-3
    m_controlRoom->setVisible(control);
    m_pending->setVisible(desk);
    m_split->setVisible(control || desk);
    m_none->setVisible(!control && !desk);
    if (desk)
        m_pending->setSession(session);
    refresh();
}

void ControlRoomPage::refresh()
{
    if (!m_session)
        return;
    if (m_controlRoom->isVisibleTo(this))
        fillTonight();
    if (m_pending->isVisibleTo(this))
        m_pending->refresh();
}

void ControlRoomPage::fillTonight()
{
    // Tonight: since the latest start of shift C (R-SH-1), so a call at 02:10 is still tonight's.
    const qint64 now = m_uses.clock.nowMs();
    const qint64 since = m_uses.shifts.calendar().lastStart(u'C', now).startMs;
    m_tonightBox->setTitle(tr("Tonight's calls (since %1)").arg(ShiftTimeText::dayAndTime(since)));
    const qint64 keep = selectedCall() ? selectedCall()->id : 0;
    const QSignalBlocker block(m_tonight);
    m_tonight->clear();
    auto calls = m_uses.controlRoom.callsBetween(since, now + 1);
    m_calls = calls ? calls.value() : QList<ControlRoomCall>();
    if (!calls)
        showMessage(calls.error().message, true);
    for (const ControlRoomCall& c : std::as_const(m_calls)) {
        auto* item = new QTreeWidgetItem(m_tonight);
        item->setData(0, CallIdRole, c.id);
        item->setText(CallTime, ShiftTimeText::dayAndTime(c.callMs));
        item->setText(Unit, NightCallText::unit(m_uses.registry, *m_session, c.unitId));
        item->setText(Caller, NightCallText::caller(c));
        item->setText(What, c.description);
        item->setToolTip(What, c.description);
        item->setText(Dispatched, NightCallText::dispatch(c));
        item->setText(Returned, NightCallText::returned(c));
        item->setToolTip(Returned, item->text(Returned));
        auto ticket = c.enteredTicketId ? m_uses.tickets.find(c.enteredTicketId) : Result<Ticket>(Error{});
        item->setText(Entered, ticket ? ticket.value().number : tr("Not entered yet"));
        if (c.id == keep)
            m_tonight->setCurrentItem(item);
    }
    for (int column = CallTime; column < Entered; ++column)
        m_tonight->resizeColumnToContents(column);
    m_tonight->setColumnWidth(What, qMin(m_tonight->columnWidth(What), 200));
    if (!m_tonight->currentItem() && m_tonight->topLevelItemCount() > 0)
        m_tonight->setCurrentItem(m_tonight->topLevelItem(m_tonight->topLevelItemCount() - 1));
    updateButtons();
}

std::optional<ControlRoomCall> ControlRoomPage::selectedCall() const
{
    const QTreeWidgetItem* row = m_tonight->currentItem();
    if (!row)
        return std::nullopt;
    for (const ControlRoomCall& c : m_calls)
        if (c.id == row->data(0, CallIdRole).toLongLong())
            return c;
    return std::nullopt;
}

void ControlRoomPage::updateButtons()
{
    const std::optional<ControlRoomCall> c = selectedCall();
    const bool open = c && c->enteredTicketId == 0;
    m_dispatch->setEnabled(open && !c->dispatchedMs);
    m_return->setEnabled(open && c->dispatchedMs && !c->returnedMs);
}

void ControlRoomPage::dispatchSelected()
{
    openStep(NightCallDialog::Step::Dispatch);
}

void ControlRoomPage::recordReturnOfSelected()
{
    openStep(NightCallDialog::Step::Return);
}

void ControlRoomPage::openStep(NightCallDialog::Step which)
{
    const std::optional<ControlRoomCall> c = selectedCall();
    if (!m_session || !c)
        return;
    auto* dialog = new NightCallDialog(m_uses.controlRoom, *m_session, *c, which,
                                       NightCallText::unit(m_uses.registry, *m_session, c->unitId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NightCallDialog::saved, this, [this, which](const ControlRoomCall& saved) {
        fillTonight();
        showMessage(which == NightCallDialog::Step::Dispatch
                        ? tr("%1 sent at %2.").arg(saved.department, ShiftTimeText::dayAndTime(*saved.dispatchedMs))
                        : tr("Return recorded at %1.").arg(ShiftTimeText::dayAndTime(*saved.returnedMs)),
                    false);
        m_pending->refresh();
    });
    dialog->open();
}

void ControlRoomPage::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    m_message->setText(text);
}

} // namespace fd
