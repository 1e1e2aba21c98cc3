#include "gui/UnavailablePage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

UnavailablePage::UnavailablePage(const PageInfo& page, QWidget* parent) : QWidget(parent)
{
    setObjectName(page.key + u"Page"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(page.icon).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);
    icon->setEnabled(false);
    layout->addWidget(icon);
    auto* title = new QLabel(page.title, this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    auto* text = new QLabel(tr("This module is not available yet."), this);
    text->setObjectName(u"unavailableText"_s);
    text->setAlignment(Qt::AlignCenter);
    layout->addWidget(text);
    auto* more = new QLabel(tr("Keep recording this work the way the desk does today until it arrives."), this);
    more->setAlignment(Qt::AlignCenter);
    more->setWordWrap(true);
    more->setEnabled(false);
    layout->addWidget(more);
    layout->addStretch(3);
}

} // namespace fd
