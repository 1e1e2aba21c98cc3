#include "modules/review/MorningReviewPage.h"

#include "core/ShiftTimeText.h"
#include "engine/ChangeFeed.h"
#include "engine/shifts/MorningReviewService.h"
#include "modules/shifts/HandoverDisplay.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

enum MarkColumn { MarkState, MarkTitle, MarkComment };
constexpr int ReadRole = Qt::UserRole + 10;

QLabel* heading(const QString& text, qreal scale, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QTreeWidget* makeList(const QString& name, const QStringList& headers, QWidget* parent)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setHeaderLabels(headers);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(QHeaderView::Interactive);
    return list;
}

} // namespace

MorningReviewPage::MorningReviewPage(MorningReviewService& reviews, QWidget* parent)
    : QWidget(parent), m_reviews(reviews), m_stack(new QStackedWidget(this)), m_denied(new QLabel(m_stack)),
      m_startPane(new QWidget(m_stack)), m_startText(new QLabel(m_startPane)),
      m_start(new QPushButton(tr("&Start today's review"), m_startPane)), m_reviewPane(new QWidget(m_stack)),
      m_cover(new QLabel(m_reviewPane)), m_progress(new QLabel(m_reviewPane)),
      m_marks(makeList(u"reviewMarks"_s, {tr("State"), tr("Record"), tr("Comment")}, m_reviewPane)),
      m_comment(new QLineEdit(m_reviewPane)), m_markRead(new QPushButton(tr("&Mark read"), m_reviewPane)),
      m_chaseTitle(heading(QString(), 1.0, m_reviewPane)),
      m_chase(makeList(u"reviewChase"_s, {tr("To chase"), tr("Details")}, m_reviewPane)),
      m_hint(new QLabel(m_reviewPane)), m_complete(new QPushButton(tr("&Complete review"), m_reviewPane)),
      m_message(new QLabel(m_reviewPane))
{
    setObjectName(u"morningReviewPage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading(tr("Morning review"), 1.4, this));
    layout->addWidget(m_stack, 1);

    m_denied->setObjectName(u"reviewDenied"_s);
    m_denied->setText(tr("Only a supervisor or manager reviews the previous shifts' records. Your role cannot "
                         "start or read the morning review."));
    m_denied->setWordWrap(true);
    m_denied->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_stack->addWidget(m_denied);

    auto* start = new QVBoxLayout(m_startPane);
    m_startText->setObjectName(u"reviewStartText"_s);
    m_startText->setWordWrap(true);
    start->addWidget(m_startText);
    m_start->setObjectName(u"startReviewButton"_s);
    start->addWidget(m_start, 0, Qt::AlignLeft);
    start->addStretch(1);
    m_stack->addWidget(m_startPane);

    auto* pane = new QVBoxLayout(m_reviewPane);
    pane->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    m_cover->setObjectName(u"reviewCover"_s);
    top->addWidget(m_cover, 1);
    m_progress->setObjectName(u"reviewProgress"_s);
    top->addWidget(m_progress);
    pane->addLayout(top);

    auto* split = new QSplitter(Qt::Vertical, m_reviewPane);
    split->setChildrenCollapsible(false);
    auto* marksBox = new QWidget(split);
    auto* marks = new QVBoxLayout(marksBox);
    marks->setContentsMargins(0, 0, 0, 0);
    marks->addWidget(heading(tr("Records to read"), 1.0, marksBox));
    m_marks->setWordWrap(false);
    m_marks->setToolTip(tr("Enter: write a comment on the selected record"));
    marks->addWidget(m_marks, 1);
    auto* commentRow = new QHBoxLayout;
    auto* commentLabel = new QLabel(tr("Comme&nt"), marksBox);
    commentLabel->setBuddy(m_comment);
    commentRow->addWidget(commentLabel);
    m_comment->setObjectName(u"reviewCommentEdit"_s);
    m_comment->setPlaceholderText(tr("Optional: what you noted on the selected record; Enter marks it read"));
    commentRow->addWidget(m_comment, 1);
    m_markRead->setObjectName(u"markReadButton"_s);
    commentRow->addWidget(m_markRead);
    marks->addLayout(commentRow);
    split->addWidget(marksBox);

    auto* chaseBox = new QWidget(split);
    auto* chase = new QVBoxLayout(chaseBox);
    chase->setContentsMargins(0, 0, 0, 0);
    m_chaseTitle->setObjectName(u"reviewChaseTitle"_s);
    chase->addWidget(m_chaseTitle);
    chase->addWidget(m_chase, 1);
    split->addWidget(chaseBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    pane->addWidget(split, 1);

    auto* bottom = new QHBoxLayout;
    m_message->setObjectName(u"reviewMessage"_s);
    m_message->setWordWrap(true);
    bottom->addWidget(m_message, 1);
    m_hint->setObjectName(u"reviewHint"_s);
    m_hint->setEnabled(false);
    bottom->addWidget(m_hint);
    m_complete->setObjectName(u"completeReviewButton"_s);
    bottom->addWidget(m_complete);
    pane->addLayout(bottom);
    m_stack->addWidget(m_reviewPane);

    connect(m_start, &QPushButton::clicked, this, &MorningReviewPage::startReview);
    connect(m_markRead, &QPushButton::clicked, this, &MorningReviewPage::markSelectedRead);
    connect(m_comment, &QLineEdit::returnPressed, this, &MorningReviewPage::markSelectedRead);
    connect(m_complete, &QPushButton::clicked, this, &MorningReviewPage::completeReview);
    connect(m_marks, &QTreeWidget::itemActivated, this, &MorningReviewPage::editComment);
    connect(m_marks, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        showComment(current);
        updateButtons();
    });
    setTabOrder(m_marks, m_comment);
    setTabOrder(m_comment, m_markRead);
    setTabOrder(m_markRead, m_chase);
    setTabOrder(m_chase, m_complete);
    m_stack->setCurrentWidget(m_denied);
}

void MorningReviewPage::setSession(const Session& session)
{
    if (!m_session || m_session->user.id != session.user.id) {
        // Another person: nothing of the previous one's review or comment stays on screen.
        m_review.reset();
        m_comment->clear();
        showMessage({}, false);
    }
    m_session = session;
    refresh();
}

void MorningReviewPage::refresh()
{
    if (!m_session || !m_session->may(Permission::ReviewShifts)) { // R-SH-4
        m_review.reset();
        m_stack->setCurrentWidget(m_denied);
        return;
    }
    auto pending = m_reviews.pendingReview(*m_session);
    if (!pending) {
        showStart(pending.error().message, false);
        return;
    }
    if (pending.value()) {
        showReview(*pending.value());
        return;
    }
    auto due = m_reviews.reviewDue(*m_session);
    if (due && due.value()) {
        m_review.reset();
        showStart(tr("The previous shifts' handover sheets and night calls wait for today's review."), true);
        return;
    }
    if (m_review && m_review->doneMs) { // the review completed here stays readable, for its chase list
        if (auto again = m_reviews.review(m_review->id))
            showReview(again.value());
        return;
    }
    showStart(due ? tr("The previous shifts have been reviewed. The next review is due when shift A starts.")
                  : due.error().message,
              false);
}

void MorningReviewPage::showStart(const QString& text, bool canStart)
{
    m_startText->setText(text);
    m_start->setVisible(canStart);
    m_stack->setCurrentWidget(m_startPane);
}

void MorningReviewPage::startReview()
{
    if (!m_session)
        return;
    auto started = m_reviews.startReview(*m_session);
    if (!started) {
        showStart(started.error().message, false);
        return;
    }
    showMessage({}, false);
    showReview(started.value());
    m_marks->setFocus(Qt::OtherFocusReason);
    emit reviewChanged();
}

void MorningReviewPage::showReview(const ShiftReview& review)
{
    m_review = review;
    m_cover->setText(ShiftTimeText::interval(review.coverFromMs, review.coverToMs));
    fillMarks(review);
    fillChase(review);
    m_stack->setCurrentWidget(m_reviewPane);
    if (review.doneMs)
        showMessage(tr("Review completed at %1.").arg(ShiftTimeText::dayAndTime(*review.doneMs)), false);
    updateButtons();
}

void MorningReviewPage::fillMarks(const ShiftReview& review)
{
    const qint64 keep = selectedMark() ? selectedMark()->data(0, MarkIdRole).toLongLong() : 0;
    const QSignalBlocker block(m_marks);
    m_marks->clear();
    int read = 0;
    for (const ReviewMark& mark : review.marks) {
        auto* row = new QTreeWidgetItem(m_marks);
        row->setData(0, MarkIdRole, mark.id);
        row->setData(0, RefIdRole, mark.refId);
        row->setData(0, KindRole, static_cast<int>(mark.kind));
        row->setData(0, ReadRole, mark.readMs.has_value());
        row->setText(MarkState,
                     mark.readMs ? tr("Read %1").arg(ShiftTimeText::dayAndTime(*mark.readMs)) : tr("Unread"));
        row->setText(MarkTitle, mark.title);
        row->setToolTip(MarkTitle, mark.title);
        row->setText(MarkComment, mark.comment);
        row->setToolTip(MarkComment, mark.comment);
        if (!mark.readMs) {
            QFont bold = row->font(MarkState);
            bold.setBold(true);
            for (int column = 0; column < m_marks->columnCount(); ++column)
                row->setFont(column, bold);
        }
        read += mark.readMs ? 1 : 0;
        if (mark.id == keep)
            m_marks->setCurrentItem(row);
    }
    m_progress->setText(tr("%1 of %2 read").arg(read).arg(review.marks.size()));
    if (review.marks.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_marks, {QString(), tr("No handover sheet or night call in this stretch.")});
        none->setFlags(Qt::NoItemFlags);
    }
    m_marks->resizeColumnToContents(MarkState);
    m_marks->setColumnWidth(MarkTitle, qMax(280, m_marks->viewport()->width() * 3 / 5));
    if (!m_marks->currentItem() && !review.marks.isEmpty())
        m_marks->setCurrentItem(m_marks->topLevelItem(0));
    showComment(m_marks->currentItem());
}

void MorningReviewPage::showComment(QTreeWidgetItem* row)
{
    const bool mark = row && row->data(0, MarkIdRole).toLongLong() != 0;
    m_shownMark = mark ? row->data(0, MarkIdRole).toLongLong() : 0;
    m_shownComment = mark ? row->text(MarkComment) : QString();
    m_comment->setText(m_shownComment);
}

QStringList MorningReviewPage::followed()
{
    return {u"shift_review"_s, u"review_mark"_s, u"handover_sheet"_s, u"shift"_s, u"control_room_call"_s};
}

void MorningReviewPage::followChanges(const QList<Change>&)
{
    const qint64 mark = m_shownMark;
    const QString shown = m_shownComment;
    const QString typed = m_comment->text();
    const int cursor = m_comment->cursorPosition();
    refresh();
    const QTreeWidgetItem* row = selectedMark();
    if (mark == 0 || typed == shown || !row || row->data(0, MarkIdRole).toLongLong() != mark || !m_comment->isEnabled())
        return;
    // What was typed stays over the comment it was typed on, whatever the other desk wrote meanwhile.
    m_comment->setText(typed);
    m_comment->setCursorPosition(cursor);
    m_shownComment = shown;
}

void MorningReviewPage::fillChase(const ShiftReview& review)
{
    m_chase->clear();
    m_chaseTitle->setText(tr("To chase (%n)", nullptr, static_cast<int>(review.chase.size())));
    for (const ChaseItem& item : review.chase) {
        QString kind;
        switch (item.kind) {
        case ChaseItem::Kind::Ticket:
            kind = tr("Open ticket");
            break;
        case ChaseItem::Kind::Dispute:
            kind = tr("Disputed handover line");
            break;
        case ChaseItem::Kind::Call:
            kind = tr("Night call not entered");
            break;
        }
        const QString text = HandoverDisplay::itemText(item.text);
        auto* row = new QTreeWidgetItem(m_chase, {kind, text});
        row->setToolTip(1, text);
    }
    if (review.chase.isEmpty())
        new QTreeWidgetItem(m_chase, {tr("Nothing unfinished was found."), QString()});
    m_chase->resizeColumnToContents(0);
}

QTreeWidgetItem* MorningReviewPage::selectedMark() const
{
    QTreeWidgetItem* row = m_marks->currentItem();
    return row && row->data(0, MarkIdRole).toLongLong() != 0 ? row : nullptr;
}

void MorningReviewPage::updateButtons()
{
    const bool open = m_review && !m_review->doneMs;
    int unread = 0;
    for (const ReviewMark& mark : m_review ? m_review->marks : QList<ReviewMark>())
        unread += mark.readMs ? 0 : 1;
    m_markRead->setEnabled(open && selectedMark());
    m_comment->setEnabled(open && selectedMark());
    m_complete->setEnabled(open && unread == 0); // R-SH-4: every record read first
    m_hint->setText(open && unread > 0 ? tr("%n record(s) still unread.", nullptr, unread) : QString());
}

void MorningReviewPage::editComment()
{
    if (!selectedMark() || !m_comment->isEnabled())
        return;
    m_comment->setFocus(Qt::OtherFocusReason);
    m_comment->selectAll();
}

void MorningReviewPage::markSelectedRead()
{
    QTreeWidgetItem* row = selectedMark();
    if (!m_session || !m_review || !row)
        return;
    const qint64 markId = row->data(0, MarkIdRole).toLongLong();
    // The comment this page showed when the typing began: one saved since at another desk is not lost.
    std::optional<QString> shown;
    if (m_shownMark == markId)
        shown = m_shownComment;
    const QString typed = m_comment->text();
    auto read = m_reviews.markRead(*m_session, m_review->id, markId, typed, shown);
    if (!read) {
        if (read.error().code == u"review.mark_stale"_s) {
            // The list shows their comment; the field keeps this one, and Mark read again saves it knowingly.
            refresh();
            m_comment->setText(typed);
            showMessage(read.error().message + u' ' + tr("Mark read again to save yours in its place."), true);
            return;
        }
        showMessage(read.error().message, true);
        return;
    }
    showMessage({}, false);
    showReview(read.value());
    // On to the next unread record, so the whole review is read with Enter, Enter, Enter.
    const int at = m_marks->indexOfTopLevelItem(m_marks->currentItem());
    for (int i = 1; i <= m_marks->topLevelItemCount(); ++i) {
        QTreeWidgetItem* next = m_marks->topLevelItem((at + i) % m_marks->topLevelItemCount());
        if (next->data(0, MarkIdRole).toLongLong() != 0 && !next->data(0, ReadRole).toBool()) {
            m_marks->setCurrentItem(next);
            break;
        }
    }
    m_marks->setFocus(Qt::OtherFocusReason);
    emit reviewChanged();
}

void MorningReviewPage::completeReview()
{
    if (!m_session || !m_review)
        return;
    auto done = m_reviews.complete(*m_session, m_review->id);
    if (!done) {
        showMessage(done.error().message, true);
        return;
    }
    showReview(done.value());
    emit reviewChanged();
}

void MorningReviewPage::showMessage(const QString& text, bool error)
{
    m_message->setStyleSheet(error ? u"color: #c62828;"_s : QString());
    m_message->setText(text);
}

} // namespace fd
