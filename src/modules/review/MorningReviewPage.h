#pragma once

#include "engine/Session.h"
#include "engine/shifts/ShiftReview.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;
class QTreeWidgetItem;

namespace fd {

class MorningReviewService;
struct Change;

// 早班复核: the supervisor's morning review of the previous shifts (R-SH-4). Starts today's review or
// shows the open one: the stretch it covers, every handover sheet and night call to read (each read
// or unread, with an optional comment), and below them what is unfinished and must be chased.
// "Complete review" is enabled only once every record is read; the service checks that anyway.
// Keys: Enter on a record opens its comment; Enter in the comment marks it read and moves on.
// A person without Permission::ReviewShifts sees one sentence saying so, and none of the controls.
class MorningReviewPage : public QWidget
{
    Q_OBJECT

public:
    // On each row of marksList(): the mark's id, the sheet or call it stands for, and its kind.
    static constexpr int MarkIdRole = Qt::UserRole + 1;
    static constexpr int RefIdRole = Qt::UserRole + 2;
    static constexpr int KindRole = Qt::UserRole + 3;

    explicit MorningReviewPage(MorningReviewService& reviews, QWidget* parent = nullptr);

    void setSession(const Session& session);
    // What another desk changes that this page shows (issue 16): the review and its records' comments,
    // the handover sheets and shifts that make a review due, the control room's calls.
    [[nodiscard]] static QStringList followed();
    // Reads the review again after another desk's change. A comment typed on the chosen record stays,
    // with the comment it was typed over: marking it read meets the other supervisor's comment.
    void followChanges(const QList<Change>& changes);
    [[nodiscard]] const std::optional<ShiftReview>& review() const { return m_review; }
    [[nodiscard]] QTreeWidget* marksList() const { return m_marks; }
    [[nodiscard]] QTreeWidget* chaseList() const { return m_chase; }

public slots:
    // Reads the open review again (or whether one is due) from the service.
    void refresh();
    void startReview();
    // Marks the selected record read, with the comment typed for it, and goes to the next unread one.
    void markSelectedRead();
    // Puts the cursor in the selected record's comment (Enter on a row).
    void editComment();
    void completeReview();

signals:
    // Started, a record read, or completed: the start page's reminder (R-SH-4) has changed.
    void reviewChanged();

private:
    void showReview(const ShiftReview& review);
    void showStart(const QString& text, bool canStart);
    void fillMarks(const ShiftReview& review);
    void fillChase(const ShiftReview& review);
    void updateButtons();
    void showMessage(const QString& text, bool error);
    [[nodiscard]] QTreeWidgetItem* selectedMark() const;
    // Puts the row's comment in the comment field, remembered as the comment shown for that record.
    void showComment(QTreeWidgetItem* row);

    MorningReviewService& m_reviews;
    std::optional<Session> m_session;
    std::optional<ShiftReview> m_review;
    qint64 m_shownMark = 0; // the record whose comment the field was filled with, and that comment
    QString m_shownComment;
    QStackedWidget* m_stack;
    QLabel* m_denied;
    QWidget* m_startPane;
    QLabel* m_startText;
    QPushButton* m_start;
    QWidget* m_reviewPane;
    QLabel* m_cover;
    QLabel* m_progress;
    QTreeWidget* m_marks;
    QLineEdit* m_comment;
    QPushButton* m_markRead;
    QLabel* m_chaseTitle;
    QTreeWidget* m_chase;
    QLabel* m_hint;
    QPushButton* m_complete;
    QLabel* m_message;
};

} // namespace fd
