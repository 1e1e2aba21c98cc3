#include "gui/NavigationPanel.h"

#include "gui/NavigationBadgeDelegate.h"

#include <QIcon>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fd {

NavigationPanel::NavigationPanel(QWidget* parent) : QWidget(parent), m_list(new QListWidget(this))
{
    setObjectName(u"navigationPanel"_s);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(u"navigationList"_s);
    m_list->setIconSize(QSize(20, 20));
    m_list->setSpacing(1);
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setItemDelegate(new NavigationBadgeDelegate(m_list));
    layout->addWidget(m_list);
    setMinimumWidth(170);
    setMaximumWidth(240);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            emit pageSelected(item->data(Qt::UserRole).toString());
    });
}

void NavigationPanel::addPage(const PageEntry& page)
{
    auto* item = new QListWidgetItem(QIcon(page.icon), page.title(), m_list);
    item->setData(Qt::UserRole, page.key);
    item->setToolTip(PageRegistry::toolTip(page));
    item->setSizeHint(QSize(0, 34));
}

void NavigationPanel::retitle(const PageEntry& page)
{
    if (QListWidgetItem* item = itemFor(page.key)) {
        item->setText(page.title());
        item->setToolTip(PageRegistry::toolTip(page));
    }
}

QListWidgetItem* NavigationPanel::itemFor(const QString& key) const
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toString() == key)
            return m_list->item(row);
    return nullptr;
}

void NavigationPanel::setPageVisible(const QString& key, bool visible)
{
    if (QListWidgetItem* item = itemFor(key))
        item->setHidden(!visible);
}

bool NavigationPanel::isPageVisible(const QString& key) const
{
    QListWidgetItem* item = itemFor(key);
    return item && !item->isHidden();
}

void NavigationPanel::setBadge(const QString& key, int count, bool urgent)
{
    QListWidgetItem* item = itemFor(key);
    if (!item)
        return;
    const int shown = count > 0 ? count : 0;
    item->setData(NavigationBadgeDelegate::BadgeCountRole, shown);
    item->setData(NavigationBadgeDelegate::BadgeUrgentRole, shown > 0 && urgent);
    // Screen readers hear the count too; the visible text stays the title.
    const QString title = item->text();
    item->setData(Qt::AccessibleTextRole, shown > 0 ? tr("%1, %n open", nullptr, shown).arg(title) : title);
}

QString NavigationPanel::badgeText(const QString& key) const
{
    QListWidgetItem* item = itemFor(key);
    return item ? NavigationBadgeDelegate::badgeText(item->data(NavigationBadgeDelegate::BadgeCountRole).toInt())
                : QString();
}

bool NavigationPanel::isBadgeUrgent(const QString& key) const
{
    QListWidgetItem* item = itemFor(key);
    return item && item->data(NavigationBadgeDelegate::BadgeUrgentRole).toBool();
}

void NavigationPanel::setCurrent(const QString& key)
{
    QListWidgetItem* item = itemFor(key);
    if (!item || item == m_list->currentItem())
        return;
    const QSignalBlocker block(m_list);
    m_list->setCurrentItem(item);
}

} // namespace fd
