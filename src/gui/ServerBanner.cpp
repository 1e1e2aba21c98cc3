#include "gui/ServerBanner.h"

#include "core/Clock.h"
#include "core/DateTimeText.h"
#include "engine/SiteConnection.h"

#include <QEvent>

using namespace Qt::StringLiterals;

namespace fd {

ServerBanner::ServerBanner(SiteConnection& connection, const Clock& clock, QWidget* parent)
    : QLabel(parent), m_clock(clock)
{
    setObjectName(u"serverBanner"_s);
    setWordWrap(true);
    setMargin(8);
    setStyleSheet(u"QLabel#serverBanner { background: #b3261e; color: white; font-weight: bold; }"_s);
    hide();
    connect(&connection, &SiteConnection::wentOffline, this, [this](const QString& reason) {
        if (m_sinceMs == 0)
            m_sinceMs = m_clock.nowMs();
        m_reason = reason;
        showOffline();
    });
    connect(&connection, &SiteConnection::backOnline, this, [this] {
        m_sinceMs = 0;
        hide();
    });
}

void ServerBanner::showOffline()
{
    setText(tr("The database server cannot be reached since %1. Nothing can be saved until it is back: what you "
               "type stays in the form. The lists show what they read at %1.")
                .arg(DateTimeText::time(m_sinceMs)) +
            (m_reason.isEmpty() ? QString()
                                : u"\n"_s + m_reason + u' ' + tr("Start FrontDesk with --connect to put it right.")));
    show();
}

void ServerBanner::changeEvent(QEvent* event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_sinceMs != 0)
        showOffline();
}

} // namespace fd
