#include "gui/LockCover.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

LockCover::LockCover(QWidget* parent) : QWidget(parent), m_who(new QLabel(this))
{
    setObjectName(u"lockCover"_s);
    setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(1);
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/lock.svg"_s).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(icon);
    auto* title = new QLabel(tr("FrontDesk is locked"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setTextFormat(Qt::PlainText);
    layout->addWidget(m_who);
    layout->addStretch(1);
}

void LockCover::setSignedIn(const QString& name)
{
    m_who->setText(tr("Signed in: %1").arg(name));
}

} // namespace fd
