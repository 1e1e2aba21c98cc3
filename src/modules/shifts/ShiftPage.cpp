#include "modules/shifts/ShiftPage.h"

#include "core/Clock.h"
#include "desk/WorkstationPresence.h"
#include "engine/ChangeFeed.h"
#include "engine/shifts/ShiftService.h"
#include "modules/shifts/HandoverDialog.h"
#include "modules/shifts/HandoverDisplay.h"
#include "modules/shifts/HandoverPrintButton.h"
#include "modules/shifts/HandoverSheetModel.h"
#include "widgets/KeepCurrent.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

ShiftPage::ShiftPage(const Uses& uses, QWidget* parent)
    : QWidget(parent), m_uses(uses), m_model(new HandoverSheetModel(uses.shifts, uses.accounts, uses.rules, this)),
      m_waiting(new QLabel(this)), m_takeOver(new QPushButton(tr("&Take over…"), this)), m_listTitle(new QLabel(this)),
      m_table(new QTableView(this)), m_open(new QPushButton(tr("&Open sheet…"), this)),
      m_print(new HandoverPrintButton(handoverUses(), this)), m_message(new QLabel(this))
{
    setObjectName(u"shiftPage"_s);
    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Handover"), this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setBold(true);
    heading->setFont(font);
    layout->addWidget(heading);
    layout->addWidget(buildShiftBox());

    auto* waitingRow = new QHBoxLayout;
    m_waiting->setObjectName(u"waitingLabel"_s);
    m_waiting->setWordWrap(true);
    m_waiting->setStyleSheet(u"color: #b26a00;"_s);
    m_takeOver->setObjectName(u"takeOverButton"_s);
    m_takeOver->setToolTip(tr("The arriving person answers every line and signs with their own password"));
    waitingRow->addWidget(m_waiting, 1);
    waitingRow->addWidget(m_takeOver);
    layout->addLayout(waitingRow);

    m_listTitle->setObjectName(u"sheetListTitle"_s);
    QFont bold = m_listTitle->font();
    bold.setBold(true);
    m_listTitle->setFont(bold);
    layout->addWidget(m_listTitle);
    m_table->setObjectName(u"sheetTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HandoverSheetModel::People, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_open->setObjectName(u"openSheetButton"_s);
    buttons->addWidget(m_open);
    buttons->addWidget(m_print);
    m_message->setObjectName(u"shiftMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    buttons->addWidget(m_message, 1);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_takeOver, &QPushButton::clicked, this, &ShiftPage::takeOver);
    connect(m_open, &QPushButton::clicked, this, &ShiftPage::openSelectedSheet);
    connect(m_table, &QTableView::activated, this, &ShiftPage::openSelectedSheet);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ShiftPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ShiftPage::updateButtons);
    connect(m_model, &HandoverSheetModel::loadFailed, this, [this](const QString& text) { showMessage(text, true); });
    connect(m_print, &HandoverPrintButton::saved, this,
            [this](const QString& path) { showMessage(tr("Saved as %1.").arg(path), false); });
    updateButtons();
    // A shift left past its end shows as such while the page is open (R-SH-1).
    KeepCurrent* keep = KeepCurrent::follow(this, uses.minuteTick, [this] { refresh(); });
    // Issue 12's change feed: a shift started or a sheet signed at another desk shows at once.
    connect(&uses.changes, &ChangeFeed::changed, keep, [keep](const QList<Change>& changes) {
        if (ChangeFeed::touches(changes, {"shift", "handover_sheet"}))
            keep->poke();
    });
}

QWidget* ShiftPage::buildShiftBox()
{
    auto* box = new QGroupBox(tr("Your shift"), this);
    box->setObjectName(u"shiftBox"_s);
    auto* boxLayout = new QVBoxLayout(box);
    // Two rows of which one shows; not a QStackedWidget, which would not grow for a wrapped second line.
    auto* onDuty = new QWidget(box);
    onDuty->setObjectName(u"onDutyRow"_s);
    auto* onRow = new QHBoxLayout(onDuty);
    onRow->setContentsMargins(0, 0, 0, 0);
    m_onDuty = new QLabel(onDuty);
    m_onDuty->setObjectName(u"shiftStatus"_s);
    m_onDuty->setWordWrap(true);
    m_endShift = new QPushButton(tr("&End shift and hand over…"), onDuty);
    m_endShift->setObjectName(u"endShiftButton"_s);
    onRow->addWidget(m_onDuty, 1);
    onRow->addWidget(m_endShift, 0, Qt::AlignTop);
    boxLayout->addWidget(onDuty);
    m_onDutyRow = onDuty;

    auto* offDuty = new QWidget(box);
    offDuty->setObjectName(u"offDutyRow"_s);
    auto* grid = new QGridLayout(offDuty);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(3, 1);
    auto* offLabel = new QLabel(tr("You are not on a shift. Start one at your post:"), offDuty);
    offLabel->setObjectName(u"offDutyLabel"_s);
    m_post = new QComboBox(offDuty);
    m_post->setObjectName(u"postCombo"_s);
    m_post->setMinimumWidth(160);
    offLabel->setBuddy(m_post);
    m_start = new QPushButton(tr("&Start shift"), offDuty);
    m_start->setObjectName(u"startShiftButton"_s);
    grid->addWidget(offLabel, 0, 0);
    grid->addWidget(m_post, 0, 1);
    grid->addWidget(m_start, 0, 2);
    QLabel* startError = FormErrors::makeLabel(u"startShiftError"_s, offDuty);
    grid->addWidget(startError, 1, 0, 1, 4);
    m_startErrors.bind(u"post"_s, m_post, startError);
    m_startErrors.setFallback(startError);
    boxLayout->addWidget(offDuty);
    m_offDutyRow = offDuty;
    // Who holds each post now: the person, the next one at the post and the supervisor all see a
    // shift left past its end without a handover (R-SH-1).
    m_holders = new QLabel(box);
    m_holders->setObjectName(u"postHolders"_s);
    m_holders->setWordWrap(true);
    m_holders->setTextFormat(Qt::PlainText);
    boxLayout->addWidget(m_holders);

    connect(m_endShift, &QPushButton::clicked, this, &ShiftPage::handOver);
    connect(m_start, &QPushButton::clicked, this, &ShiftPage::startShift);
    connect(m_post, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_shift)
            refresh();
    });
    return box;
}

void ShiftPage::setSession(const Session& session)
{
    if (m_session && m_session->user.id != session.user.id)
        m_message->hide(); // nothing of the previous person's messages stays on screen
    m_session = session;
    refresh();
}

qint64 ShiftPage::shownPostId() const
{
    if (m_shift)
        return m_shift->postId;
    return m_post->currentData().toLongLong();
}

void ShiftPage::loadPosts()
{
    const qint64 keep = m_post->currentData().toLongLong();
    auto posts = m_uses.shifts.posts();
    if (!posts) {
        showMessage(posts.error().message, true);
        return;
    }
    const QSignalBlocker block(m_post);
    m_post->clear();
    for (const Post& p : posts.value())
        m_post->addItem(p.name, p.id);
    // The post chosen last at this workstation (R-SH-1), never one inferred from a handover.
    const int index = m_post->findData(keep != 0 ? keep : WorkstationPresence::rememberedPost());
    m_post->setCurrentIndex(index >= 0 ? index : 0);
}

void ShiftPage::refresh()
{
    if (m_post->count() == 0)
        loadPosts();
    updateShift();
    updateHolders();
    const qint64 post = m_session ? shownPostId() : 0;
    const qint64 keep = selectedSheetId();
    m_model->setPost(post);
    m_listTitle->setText(post != 0 ? tr("Recent handover sheets — %1").arg(m_post->itemText(m_post->findData(post)))
                                   : tr("Recent handover sheets"));
    if (const int row = m_model->rowOf(keep); row >= 0)
        m_table->selectRow(row);
    updateWaiting();
    updateButtons();
}

void ShiftPage::updateShift()
{
    m_shift.reset();
    if (m_session) {
        auto current = m_uses.shifts.currentShift(m_session->user.id);
        if (current)
            m_shift = current.value();
        else
            showMessage(current.error().message, true);
    }
    m_onDutyRow->setVisible(m_shift.has_value());
    m_offDutyRow->setVisible(!m_shift.has_value());
    m_start->setEnabled(m_session.has_value());
    if (!m_shift)
        return;
    const int index = m_post->findData(m_shift->postId);
    QString text = tr("On duty at %1 · shift %2 · since %3")
                       .arg(m_post->itemText(index), HandoverDisplay::shift(m_uses.rules, m_shift->code),
                            HandoverDisplay::instant(m_shift->startedMs));
    if (m_uses.shifts.pastEnd(*m_shift, m_uses.clock.nowMs()))
        text += u'\n' + tr("This shift is past its end and was not handed over: hand it over, or start again to "
                           "begin today's shift.");
    auto drafted = m_uses.shifts.sheetOfShift(m_shift->id);
    const bool hasDraft = drafted && drafted.value().has_value();
    if (hasDraft)
        text += u'\n' + (drafted.value()->leavingSignedMs
                             ? tr("You signed the handover sheet; you stay on duty until the arriving person signs.")
                             : tr("The handover sheet is drafted and waits for your signature."));
    m_onDuty->setText(text);
    m_endShift->setText(hasDraft ? tr("&Continue handover…") : tr("&End shift and hand over…"));
}

void ShiftPage::updateHolders()
{
    auto duty = m_uses.shifts.onDutyNow();
    if (!duty) {
        m_holders->setText(duty.error().message);
        return;
    }
    QStringList lines;
    for (const ShiftOnDuty& d : duty.value()) {
        QString line = tr("%1: %2, shift %3 since %4")
                           .arg(d.postName, d.personName, HandoverDisplay::shift(m_uses.rules, d.shift.code),
                                HandoverDisplay::instant(d.shift.startedMs));
        if (d.pastEnd)
            line +=
                tr(" — past its end, not handed over; the next person to start at %1 takes it over").arg(d.postName);
        else if (!d.present && !(m_session && d.shift.userId == m_session->user.id)) // the viewer is here
            line += tr(" — not signed in anywhere now");
        lines << line;
    }
    m_holders->setText(lines.isEmpty() ? tr("Nobody is on a shift now.")
                                       : tr("On duty now:") + u'\n' + lines.join(u'\n'));
}

void ShiftPage::updateWaiting()
{
    m_waitingSheetId = 0;
    const qint64 post = m_session ? shownPostId() : 0;
    auto waiting =
        post != 0 ? m_uses.shifts.awaitingArrival(post) : Result<QList<HandoverSheet>>(QList<HandoverSheet>{});
    if (waiting && !waiting.value().isEmpty()) {
        const HandoverSheet& first = waiting.value().first();
        m_waitingSheetId = first.id;
        const QString who = HandoverDisplay::person(HandoverDisplay::people(m_uses.accounts), first.leavingUserId);
        m_waiting->setText(tr("%n handover sheet(s) wait for the arriving person's signature; the first by %1, "
                              "signed %2.",
                              nullptr, static_cast<int>(waiting.value().size()))
                               .arg(who, HandoverDisplay::instant(first.leavingSignedMs.value_or(0))));
    }
    m_waiting->setVisible(m_waitingSheetId != 0);
    m_takeOver->setVisible(m_waitingSheetId != 0);
}

qint64 ShiftPage::selectedSheetId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->rowAt(current.row()).sheet.id : 0;
}

void ShiftPage::updateButtons()
{
    const qint64 id = selectedSheetId();
    m_open->setEnabled(id != 0 && m_session.has_value());
    m_print->setSheet(id);
}

void ShiftPage::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void ShiftPage::startShift()
{
    if (!m_session)
        return;
    m_startErrors.clear();
    auto started = m_uses.shifts.startShift(*m_session, m_post->currentData().toLongLong());
    if (!started) {
        m_startErrors.show(started.error());
        return;
    }
    WorkstationPresence::rememberPost(started.value().postId);
    refresh();
    showMessage(tr("Shift %1 started at %2.")
                    .arg(QString(started.value().code), HandoverDisplay::clockTime(started.value().startedMs)),
                false);
    emit shiftChanged();
}

HandoverPrinter::Uses ShiftPage::handoverUses() const
{
    return {.shifts = m_uses.shifts,
            .accounts = m_uses.accounts,
            .rules = m_uses.rules,
            .site = m_uses.site,
            .clock = m_uses.clock};
}

HandoverDialog* ShiftPage::openDialog(qint64 sheetId, qint64 shiftId)
{
    if (!m_session)
        return nullptr;
    auto* dialog = new HandoverDialog(handoverUses(), *m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const bool ok = sheetId != 0 ? dialog->openSheet(sheetId) : dialog->handOverShift(shiftId);
    connect(dialog, &HandoverDialog::sheetChanged, this, [this] {
        const bool onShift = m_shift.has_value();
        refresh();
        if (onShift != m_shift.has_value())
            emit shiftChanged();
    });
    dialog->open();
    if (!ok)
        showMessage(tr("The handover sheet could not be opened."), true);
    return dialog;
}

HandoverDialog* ShiftPage::handOver()
{
    return m_shift ? openDialog(0, m_shift->id) : nullptr;
}

HandoverDialog* ShiftPage::openSelectedSheet()
{
    const qint64 id = selectedSheetId();
    return id != 0 ? openDialog(id, 0) : nullptr;
}

HandoverDialog* ShiftPage::takeOver()
{
    return m_waitingSheetId != 0 ? openDialog(m_waitingSheetId, 0) : nullptr;
}

} // namespace fd
