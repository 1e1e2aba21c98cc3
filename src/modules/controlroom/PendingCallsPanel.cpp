#include "modules/controlroom/PendingCallsPanel.h"

#include "core/ShiftTimeText.h"
#include "engine/shifts/ControlRoomService.h"
#include "modules/controlroom/NightCallText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

enum Column { CallTime, Unit, Caller, What, Dispatched, Returned };

} // namespace

PendingCallsPanel::PendingCallsPanel(ControlRoomService& controlRoom, RegistryService& registry, QWidget* parent)
    : QGroupBox(tr("Night calls to enter (补单)"), parent), m_controlRoom(controlRoom), m_registry(registry),
      m_list(new QTreeWidget(this)), m_kind(new QComboBox(this)), m_category(new QComboBox(this)),
      m_categoryError(new QLabel(this)), m_enter(new QPushButton(tr("&Enter as ticket"), this)),
      m_message(new QLabel(this))
{
    setObjectName(u"pendingCallsPanel"_s);
    auto* layout = new QVBoxLayout(this);
    m_list->setObjectName(u"pendingCallsList"_s);
    m_list->setHeaderLabels(
        {tr("Call"), tr("Unit"), tr("Caller"), tr("What was said"), tr("Dispatched"), tr("Returned")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformRowHeights(true);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    auto* row = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&Kind"), this);
    kindLabel->setBuddy(m_kind);
    row->addWidget(kindLabel);
    m_kind->setObjectName(u"pendingCallKind"_s);
    // R-IN-1: the desk classifies the call; a callback is never what a night call is.
    for (TicketKind kind :
         {TicketKind::Repair, TicketKind::Complaint, TicketKind::Request, TicketKind::Inquiry, TicketKind::Affair})
        m_kind->addItem(TicketTerms::displayName(kind), static_cast<int>(kind));
    row->addWidget(m_kind);
    // R-IN-1: a repair is entered with what needs repairing, as at intake.
    auto* categoryLabel = new QLabel(tr("&Category"), this);
    categoryLabel->setBuddy(m_category);
    row->addWidget(categoryLabel);
    m_category->setObjectName(u"pendingCallCategory"_s);
    m_category->setEditable(true);
    m_category->addItem(QString());
    for (const QString& c : {tr("Water"), tr("Electricity"), tr("Doors and locks"), tr("Lift"), tr("Public area"),
                             tr("Gas"), tr("Walls and ceilings"), tr("Other")})
        m_category->addItem(c);
    m_category->setMinimumContentsLength(8);
    row->addWidget(m_category);
    m_enter->setObjectName(u"enterCallButton"_s);
    m_enter->setToolTip(tr("Opens a retroactive ticket with the call's real times"));
    row->addWidget(m_enter);
    row->addStretch(1);
    layout->addLayout(row);
    m_categoryError->setObjectName(u"pendingCallCategoryError"_s);
    m_categoryError->setStyleSheet(u"color: #c62828;"_s);
    m_categoryError->setWordWrap(true);
    m_categoryError->hide();
    layout->addWidget(m_categoryError);
    m_message->setObjectName(u"pendingCallsMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    layout->addWidget(m_message);

    connect(m_enter, &QPushButton::clicked, this, &PendingCallsPanel::enterSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &PendingCallsPanel::updateButtons);
    connect(m_list, &QTreeWidget::itemActivated, this, [this] { m_kind->setFocus(Qt::OtherFocusReason); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_category->setEnabled(static_cast<TicketKind>(m_kind->currentData().toInt()) == TicketKind::Repair);
        m_categoryError->hide();
    });
    connect(m_category, &QComboBox::currentTextChanged, m_categoryError, &QWidget::hide);
    updateButtons();
}

void PendingCallsPanel::setSession(const Session& session)
{
    if (m_session && m_session->user.id != session.user.id)
        showMessage({}, false);
    m_session = session;
    refresh();
}

void PendingCallsPanel::refresh()
{
    const qint64 keep = m_list->currentItem() ? m_list->currentItem()->data(0, CallIdRole).toLongLong() : 0;
    m_list->clear();
    m_calls.clear();
    auto calls = m_controlRoom.pendingCalls();
    if (!calls) {
        showMessage(calls.error().message, true);
        updateButtons();
        return;
    }
    m_calls = calls.value();
    for (const ControlRoomCall& c : std::as_const(m_calls)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(0, CallIdRole, c.id);
        item->setText(CallTime, ShiftTimeText::dayAndTime(c.callMs));
        item->setText(Unit, m_session ? NightCallText::unit(m_registry, *m_session, c.unitId) : QString());
        item->setText(Caller, NightCallText::caller(c));
        item->setText(What, c.description);
        item->setToolTip(What, c.description);
        item->setText(Dispatched, NightCallText::dispatch(c));
        item->setText(Returned, NightCallText::returned(c));
        item->setToolTip(Returned, item->text(Returned));
        if (c.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    for (int column = CallTime; column < Returned; ++column)
        m_list->resizeColumnToContents(column);
    m_list->setColumnWidth(What, qMin(m_list->columnWidth(What), 240));
    const QString none = tr("No night call waits to be entered.");
    if (m_calls.isEmpty() && m_message->text().isEmpty())
        showMessage(none, false);
    else if (!m_calls.isEmpty() && m_message->text() == none)
        showMessage({}, false);
    setTitle(m_calls.isEmpty() ? tr("Night calls to enter (补单)")
                               : tr("Night calls to enter (补单): %n", nullptr, static_cast<int>(m_calls.size())));
    updateButtons();
}

void PendingCallsPanel::updateButtons()
{
    // Disabled with the reason shown for a role that does not enter night calls (R-RP-5: the desk does).
    const bool may = m_session && m_session->may(Permission::EnterNightCalls);
    m_enter->setEnabled(may && m_list->currentItem());
    m_enter->setToolTip(m_session && !may ? Roles::refusal(m_session->user.role, Permission::EnterNightCalls)
                                          : tr("Opens a retroactive ticket with the call's real times"));
}

void PendingCallsPanel::enterSelected()
{
    QTreeWidgetItem* row = m_list->currentItem();
    if (!m_session || !row)
        return;
    const qint64 callId = row->data(0, CallIdRole).toLongLong();
    const auto kind = static_cast<TicketKind>(m_kind->currentData().toInt());
    const QString category = kind == TicketKind::Repair ? m_category->currentText() : QString();
    auto ticket = m_controlRoom.enterAsTicket(*m_session, callId, kind, category); // R-RP-5
    if (!ticket) {
        if (ticket.error().field == u"category"_s) { // said next to the field, which takes the focus
            m_categoryError->setText(ticket.error().message);
            m_categoryError->show();
            m_category->setFocus(Qt::OtherFocusReason);
            return;
        }
        showMessage(ticket.error().message, true);
        refresh(); // another desk may have entered it meanwhile
        return;
    }
    m_kind->setCurrentIndex(0); // the next call starts clean
    m_category->setCurrentIndex(0);
    m_categoryError->hide();
    showMessage(tr("Entered as ticket %1, retroactive, at the call's real times.").arg(ticket.value().number), false);
    refresh();
    m_list->setFocus(Qt::OtherFocusReason);
    emit entered(ticket.value());
}

void PendingCallsPanel::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    m_message->setText(text);
}

} // namespace fd
