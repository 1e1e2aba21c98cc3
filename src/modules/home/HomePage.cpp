#include "modules/home/HomePage.h"

#include "engine/ChangeFeed.h"
#include "modules/home/ReviewBanner.h"
#include "modules/intake/IntakeService.h"
#include "widgets/KeepCurrent.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

HomePage::HomePage(QWidget* parent)
    : QWidget(parent), m_draft(new QFrame(this)), m_draftText(new QLabel(m_draft)), m_site(new QLabel(this)),
      m_user(new QLabel(this)), m_review(new ReviewBanner(this))
{
    setObjectName(u"homePage"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 28, 32, 24);
    layout->setSpacing(10);

    m_site->setObjectName(u"homeSiteName"_s);
    m_site->setTextFormat(Qt::PlainText);
    QFont big = m_site->font();
    big.setPointSizeF(big.pointSizeF() * 2.0);
    big.setBold(true);
    m_site->setFont(big);
    layout->addWidget(m_site);
    m_user->setObjectName(u"homeUser"_s);
    m_user->setTextFormat(Qt::PlainText);
    QFont medium = m_user->font();
    medium.setPointSizeF(medium.pointSizeF() * 1.2);
    m_user->setFont(medium);
    layout->addWidget(m_user);
    layout->addSpacing(8);
    layout->addWidget(m_review);
    connect(m_review, &ReviewBanner::openReviewRequested, this, &HomePage::openReviewRequested);
    // An intake begun and not saved (kept as the person's draft, R-IN-1): said here, one key back to it.
    m_draft->setObjectName(u"homeDraft"_s);
    m_draft->setFrameShape(QFrame::StyledPanel);
    m_draft->setStyleSheet(u"#homeDraft { background: #fff8e1; border: 1px solid #ffb300; border-radius: 4px; }"_s);
    auto* draftRow = new QHBoxLayout(m_draft);
    m_draftText->setObjectName(u"homeDraftText"_s);
    m_draftText->setTextFormat(Qt::PlainText);
    m_draftText->setWordWrap(true);
    draftRow->addWidget(m_draftText, 1);
    auto* openDraft = new QPushButton(tr("Back to the &intake form"), m_draft);
    openDraft->setObjectName(u"homeDraftOpen"_s);
    draftRow->addWidget(openDraft);
    connect(openDraft, &QPushButton::clicked, this, &HomePage::openIntakeRequested);
    m_draft->hide();
    layout->addWidget(m_draft);
    layout->addSpacing(10);

    auto* hintsTitle = new QLabel(tr("Keys that save time"), this);
    QFont bold = hintsTitle->font();
    bold.setBold(true);
    hintsTitle->setFont(bold);
    layout->addWidget(hintsTitle);

    const QList<QPair<QString, QString>> hints = {
        {u"Ctrl+F"_s, tr("Find a unit, a ticket or a person: 3-1-502, a ticket number, a name, a phone's last 4 "
                         "digits or any words of what was reported")},
        {u"Ctrl+J"_s, tr("Queues: my open work, what is overdue and what falls due within the hour")},
        {u"Ctrl+7"_s, tr("Visitors: check in, who is inside now, check out")},
        {u"Ctrl+8"_s, tr("Storage and mail: parcels, stored items and tools lent, each signed for")},
        {u"Ctrl+9"_s, tr("Handover: start your shift, hand over with both signatures, print the sheet")},
        {u"Ctrl+1 … Ctrl+0"_s, tr("Go to a page (point at the list on the left to see which key)")},
        {u"Ctrl+L"_s, tr("Lock the screen whenever you leave the desk")},
        {u"Ctrl+Shift+L"_s, tr("Switch user at a change of shift without closing anything")},
    };
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    grid->setVerticalSpacing(8);
    for (int row = 0; row < hints.size(); ++row) {
        auto* key = new QLabel(hints.at(row).first, this);
        key->setStyleSheet(u"border: 1px solid palette(mid); border-radius: 3px; padding: 1px 6px;"_s);
        key->setAlignment(Qt::AlignCenter);
        grid->addWidget(key, row, 0);
        auto* text = new QLabel(hints.at(row).second, this);
        text->setWordWrap(true);
        grid->addWidget(text, row, 1);
    }
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    layout->addStretch(1);
}

void HomePage::setSiteName(const QString& name)
{
    m_site->setText(name);
}

void HomePage::setSession(const Session& session)
{
    m_user->setText(tr("Signed in: %1 (%2)").arg(session.user.displayName, Roles::displayName(session.user.role)));
    m_review->setSession(session);
    m_session = session;
    refreshDraft();
}

void HomePage::setServices(MorningReviewService& reviews, IntakeService& intake, MinuteTick& minuteTick,
                           ChangeFeed& changes)
{
    m_intake = &intake;
    m_review->setReviews(reviews);
    // The morning review falls due at the A shift's start: the page says so without being left.
    KeepCurrent* keep = KeepCurrent::follow(this, minuteTick, [this] { refresh(); });
    // Issue 12's change feed: what the home page counts follows every save.
    connect(&changes, &ChangeFeed::changed, keep, [keep](const QList<Change>& changes) {
        if (ChangeFeed::touches(changes, {"ticket", "intake", "shift_review", "review_mark"}))
            keep->poke();
    });
}

void HomePage::refresh()
{
    m_review->refresh();
    refreshDraft();
}

void HomePage::refreshDraft()
{
    // A role that takes nothing in has no draft (the service refuses): no line.
    auto draft = m_intake && m_session ? m_intake->draft(*m_session) : Result<QJsonObject>(Error{});
    if (!draft || draft.value().isEmpty()) {
        m_draft->hide();
        return;
    }
    const QJsonObject& json = draft.value();
    QStringList what;
    for (const QString& key : {u"unit_text"_s, u"person_name"_s})
        if (const QString value = json.value(key).toString().trimmed(); !value.isEmpty())
            what << value;
    QString said = json.value(u"description"_s).toString().simplified();
    if (said.size() > 40)
        said = said.left(40) + u'…';
    if (!said.isEmpty())
        what << said;
    m_draftText->setText(what.isEmpty() ? tr("An intake form you began is not saved yet.")
                                        : tr("An intake form you began is not saved yet: %1").arg(what.join(u" · "_s)));
    m_draft->show();
}

void HomePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh(); // the review may have moved on another page since
}

} // namespace fd
