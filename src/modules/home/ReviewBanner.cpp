#include "modules/home/ReviewBanner.h"

#include "engine/shifts/MorningReviewService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace fd {

ReviewBanner::ReviewBanner(QWidget* parent) : QFrame(parent), m_text(new QLabel(this)), m_open(new QPushButton(this))
{
    setObjectName(u"homeReviewBanner"_s);
    // A fixed amber rather than a palette role: it must read as "to do" in every style.
    setStyleSheet(u"#homeReviewBanner { background: #fff4d6; border: 1px solid #e0b040; border-radius: 4px; }"_s);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(14, 10, 10, 10);
    m_text->setObjectName(u"homeReviewText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    layout->addWidget(m_text, 1);
    m_open->setObjectName(u"homeReviewButton"_s);
    layout->addWidget(m_open);
    connect(m_open, &QPushButton::clicked, this, &ReviewBanner::openReviewRequested);
    hide();
}

void ReviewBanner::setReviews(MorningReviewService& reviews)
{
    m_reviews = &reviews;
    refresh();
}

void ReviewBanner::setSession(const Session& session)
{
    m_session = session;
    refresh();
}

void ReviewBanner::refresh()
{
    if (!m_reviews || !m_session || !m_session->may(Permission::ReviewShifts)) {
        hide();
        return;
    }
    auto pending = m_reviews->pendingReview(*m_session);
    if (pending && pending.value()) {
        int read = 0;
        for (const ReviewMark& mark : pending.value()->marks)
            read += mark.readMs ? 1 : 0;
        //: The start page while the morning review is open (R-SH-4).
        m_text->setText(tr("Morning review in progress: %1 of %2 read.").arg(read).arg(pending.value()->marks.size()));
        m_open->setText(tr("&Continue the review"));
        show();
        return;
    }
    auto due = m_reviews->reviewDue(*m_session);
    if (!pending || !due) {
        m_text->setText(!pending ? pending.error().message : due.error().message);
        m_open->setText(tr("&Open the review"));
        show();
        return;
    }
    if (!due.value()) {
        hide();
        return;
    }
    m_text->setText(tr("Today's review of the previous shifts' records is not started yet."));
    m_open->setText(tr("&Start the review"));
    show();
}

} // namespace fd
