#pragma once

#include "engine/Session.h"

#include <QFrame>

#include <optional>

class QLabel;
class QPushButton;

namespace fd {

class MorningReviewService;

// The start page's reminder of the morning review (R-SH-4), for a person with
// Permission::ReviewShifts: "not started yet" or "in progress: 3 of 7 read", with a button that asks
// for the review page. Hidden for everyone else, and once the review is complete.
class ReviewBanner : public QFrame
{
    Q_OBJECT

public:
    explicit ReviewBanner(QWidget* parent = nullptr);

    void setReviews(MorningReviewService& reviews);
    void setSession(const Session& session);

public slots:
    void refresh();

signals:
    void openReviewRequested();

private:
    MorningReviewService* m_reviews = nullptr;
    std::optional<Session> m_session;
    QLabel* m_text;
    QPushButton* m_open;
};

} // namespace fd
