#pragma once

#include "engine/Session.h"

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;

namespace fd {

class ReviewBanner;
class ChangeFeed;
class IntakeService;
class MinuteTick;
class MorningReviewService;

// 工作台: where the desk starts. The site, who is signed in and the keys that save time. It shows
// no counts until the modules that produce them exist (an invented number is worse than none).
// Given the services, a supervisor also sees the morning review until it is done (R-SH-4).
class HomePage : public QWidget
{
    Q_OBJECT

public:
    explicit HomePage(QWidget* parent = nullptr);

    void setSiteName(const QString& name);
    void setSession(const Session& session);
    // Without services the page shows no review reminder and no unsaved intake. The minutes and the
    // saved changes keep both current.
    void setServices(MorningReviewService& reviews, IntakeService& intake, MinuteTick& minuteTick, ChangeFeed& changes);

public slots:
    // Reads again whether the morning review is due (also done each time the page is shown).
    void refresh();

signals:
    void openReviewRequested();
    // The clerk asked to go back to the unsaved intake form (Alt+I on the draft line).
    void openIntakeRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void refreshDraft();

    IntakeService* m_intake = nullptr;
    std::optional<Session> m_session;
    QFrame* m_draft;
    QLabel* m_draftText;
    QLabel* m_site;
    QLabel* m_user;
    ReviewBanner* m_review;
};

} // namespace fd
