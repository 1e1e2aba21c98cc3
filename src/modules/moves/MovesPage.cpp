#include "modules/moves/MovesPage.h"

#include "ui_MovesPage.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "engine/ChangeFeed.h"
#include "modules/moves/ArchiveWidget.h"
#include "modules/moves/LiftBookingService.h"
#include "modules/moves/MoveDetailWidget.h"
#include "modules/moves/MovePlanWidget.h"
#include "modules/moves/MoveService.h"
#include "modules/moves/MoveSteps.h"
#include "modules/moves/MoveTerms.h"
#include "modules/moves/NewMoveForm.h"
#include "modules/registry/UnitPickerWidget.h"
#include "widgets/FormErrors.h"
#include "widgets/KeepCurrent.h"

#include <QHeaderView>

using namespace Qt::StringLiterals;

namespace fd {

MovesPage::MovesPage(Uses uses, QWidget* parent) : QWidget(parent), m_ui(std::make_unique<Ui_MovesPage>()), m_uses(uses)
{
    m_ui->setupUi(this);
    m_detail = new MoveDetailWidget(uses.moves, uses.keys, uses.charges, uses.clock, m_ui->rightStack);
    m_form = new NewMoveForm(uses.moves, uses.registry, uses.clock, m_ui->rightStack);
    m_ui->rightStack->addWidget(m_detail);
    m_archive = new ArchiveWidget(uses.archive, uses.keys, uses.moves, uses.clock, m_ui->rightStack);
    m_ui->rightStack->addWidget(m_form);
    m_ui->rightStack->addWidget(m_archive);
    m_plan = new MovePlanWidget(uses.moves, m_ui->rightStack);
    m_ui->rightStack->addWidget(m_plan);
    connect(m_ui->siteSteps, &QPushButton::clicked, this, [this] {
        m_plan->refresh();
        m_ui->rightStack->setCurrentWidget(m_plan);
    });
    connect(m_plan, &MovePlanWidget::backRequested, this, [this] { m_ui->rightStack->setCurrentWidget(m_detail); });
    FormErrors::style(m_ui->movesMessage);
    m_ui->moveTable->setColumnCount(6);
    m_ui->moveTable->setHorizontalHeaderLabels(
        {tr("Number"), tr("Move"), tr("Unit"), tr("Who"), tr("Day"), tr("Waiting for")});
    m_ui->moveTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->moveTable->verticalHeader()->setVisible(false);

    connect(m_ui->showEnded, &QCheckBox::toggled, this, &MovesPage::refresh);
    connect(m_ui->newMove, &QPushButton::clicked, this, &MovesPage::startNewMove);
    connect(m_ui->moveTable, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous, int) {
        if (row != previous)
            selectRow(row);
    });
    connect(m_form, &NewMoveForm::opened, this, [this](const Move& move) {
        refresh();
        showMove(move.id);
    });
    connect(m_form, &NewMoveForm::backRequested, this, [this] { m_ui->rightStack->setCurrentWidget(m_detail); });
    connect(m_detail, &MoveDetailWidget::moveChanged, this, [this](qint64 id) {
        refresh();
        const int row = static_cast<int>(m_ids.indexOf(id));
        if (row >= 0) {
            QSignalBlocker block(m_ui->moveTable);
            m_ui->moveTable->setCurrentCell(row, 0);
        }
    });
    connect(m_detail, &MoveDetailWidget::ticketRequested, this, &MovesPage::ticketRequested);
    connect(m_detail, &MoveDetailWidget::archiveRequested, this,
            [this](qint64 unitId, qint64 residentId, const QString& title) {
                m_archive->showFor(unitId, residentId, title);
                m_ui->rightStack->setCurrentWidget(m_archive);
            });
    connect(m_archive, &ArchiveWidget::backRequested, this, [this] {
        m_ui->rightStack->setCurrentWidget(m_detail);
        if (m_detail->move())
            m_detail->showMove(m_detail->move()->id);
    });
    // A move, a unit's keys or the lift changed on another desk: the list (and its badge, shown or not),
    // today's lift and the move shown again.
    connect(&uses.changes, &ChangeFeed::changed, this, [this](const QList<Change>& changes) {
        if (!ChangeFeed::touches(changes, {"move", "lift_booking", "unit_keys"}))
            return;
        refresh();
        if (isVisible() && m_detail->move() && m_ui->rightStack->currentWidget() == m_detail)
            for (const Change& c : changes)
                if ((c.kind == "move"_L1 && c.id == m_detail->move()->id) ||
                    c.kind == QLatin1StringView(ChangeFeed::everything)) {
                    m_detail->showMove(m_detail->move()->id);
                    break;
                }
    });
    KeepCurrent::follow(this, uses.minuteTick, [this] { refresh(); });
}

MovesPage::~MovesPage() = default;

void MovesPage::setSession(const Session& session)
{
    m_session = session;
    m_detail->setSession(session);
    m_form->setSession(session);
    m_archive->setSession(session);
    m_plan->setSession(session);
    const bool rules = session.may(Permission::EditSiteRules);
    m_ui->siteSteps->setEnabled(rules);
    m_ui->siteSteps->setToolTip(rules ? QString() : Roles::refusal(session.user.role, Permission::EditSiteRules));
    const bool desk = session.may(Permission::WorkTheDesk);
    m_ui->newMove->setEnabled(desk);
    m_ui->newMove->setToolTip(desk ? QString() : Roles::refusal(session.user.role, Permission::WorkTheDesk));
    refresh();
}

void MovesPage::refresh()
{
    if (!m_session)
        return;
    auto list = m_uses.moves.moves(*m_session, !m_ui->showEnded->isChecked());
    if (!list) {
        m_ui->movesMessage->setText(list.error().message);
        m_ui->movesMessage->show();
        return;
    }
    m_ui->movesMessage->hide();
    const qint64 current = m_detail->move() ? m_detail->move()->id : 0;
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_uses.clock.nowMs()).date();
    int due = 0;
    QSignalBlocker block(m_ui->moveTable);
    m_ids.clear();
    m_ui->moveTable->setRowCount(static_cast<int>(list.value().size()));
    int row = 0;
    for (const Move& m : list.value()) {
        m_ids << m.id;
        const MoveStep* next = m.status == MoveStatus::Open ? m.current() : nullptr;
        QDate day = m.plannedDay;
        if (next)
            for (const MoveStep& s : m.steps)
                if (s.status == StepStatus::Pending && s.dueDay && *s.dueDay < day)
                    day = *s.dueDay;
        if (next && day <= today)
            ++due;
        const QString waiting = next ? MoveSteps::displayName(next->key) : MoveSteps::displayName(m.status);
        const QStringList cells = {m.number,       MoveSteps::displayName(m.kind),   m.unitCode,
                                   m.residentName, DateTimeText::date(m.plannedDay), waiting};
        for (int c = 0; c < cells.size(); ++c)
            m_ui->moveTable->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
    m_ui->moveTable->resizeColumnsToContents();
    // The move shown stays selected; one that left the list (ended) leaves no row selected, so a click on
    // the row it had opens the move now there.
    if (const int at = static_cast<int>(m_ids.indexOf(current)); at >= 0)
        m_ui->moveTable->setCurrentCell(at, 0);
    else
        m_ui->moveTable->setCurrentCell(-1, -1);
    showLiftToday();
    emit dueChanged(due);
}

void MovesPage::showLiftToday()
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_uses.clock.nowMs()).date();
    auto bookings = m_uses.lift.day(*m_session, today);
    if (!bookings) {
        m_ui->liftToday->setText(bookings.error().message);
        return;
    }
    QStringList lines;
    for (const LiftBooking& b : bookings.value())
        lines << tr("%1–%2 %3 (%4)")
                     .arg(DateTimeText::time(b.starts.time()), DateTimeText::time(b.ends.time()), b.unitCode,
                          MoveTerms::displayName(b.purpose));
    m_ui->liftToday->setText(lines.isEmpty() ? tr("Cargo lift today: not booked.")
                                             : tr("Cargo lift today: %1").arg(lines.join(tr("; "))));
}

void MovesPage::selectRow(int row)
{
    if (row < 0 || row >= m_ids.size())
        return;
    m_ui->rightStack->setCurrentWidget(m_detail);
    m_detail->showMove(m_ids.at(row));
}

bool MovesPage::showMove(qint64 moveId)
{
    if (!m_session)
        return false;
    if (!m_detail->showMove(moveId))
        return false;
    m_ui->rightStack->setCurrentWidget(m_detail);
    if (const int row = static_cast<int>(m_ids.indexOf(moveId)); row >= 0) {
        QSignalBlocker block(m_ui->moveTable);
        m_ui->moveTable->setCurrentCell(row, 0);
    }
    return true;
}

void MovesPage::startNewMove()
{
    m_form->start(MoveKind::In);
    m_ui->rightStack->setCurrentWidget(m_form);
    m_form->unitPicker()->setFocus();
}

} // namespace fd
