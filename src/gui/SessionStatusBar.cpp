#include "gui/SessionStatusBar.h"

#include <QFrame>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace fd {

SessionStatusBar::SessionStatusBar(QWidget* parent) : QStatusBar(parent)
{
    setObjectName(u"statusBar"_s);
    m_user = addPart(u"statusUser"_s);
    m_role = addPart(u"statusRole"_s);
    m_post = addPart(u"statusPost"_s);
    m_shift = addPart(u"statusShift"_s);
    m_database = addPart(u"statusDatabase"_s);
    setPost({});
    setShift({});
}

QLabel* SessionStatusBar::addPart(const QString& name)
{
    if (!findChildren<QLabel*>(Qt::FindDirectChildrenOnly).isEmpty()) {
        auto* line = new QFrame(this);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        addPermanentWidget(line);
    }
    auto* label = new QLabel(this);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setContentsMargins(6, 0, 6, 0);
    addPermanentWidget(label);
    return label;
}

void SessionStatusBar::setSession(const Session& session)
{
    m_user->setText(session.user.displayName);
    m_user->setToolTip(tr("Signed in as %1").arg(session.user.login));
    m_role->setText(Roles::displayName(session.user.role));
}

void SessionStatusBar::setDatabase(const QString& display)
{
    m_database->setText(tr("Database: %1").arg(display));
    m_database->setToolTip(display);
}

void SessionStatusBar::setPost(const QString& post)
{
    m_post->setText(tr("Post: %1").arg(post.isEmpty() ? u"—"_s : post));
}

void SessionStatusBar::setShift(const QString& shift)
{
    m_shift->setText(shift.isEmpty() ? tr("No shift started") : tr("Shift: %1").arg(shift));
}

} // namespace fd
