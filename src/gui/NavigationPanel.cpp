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
            emit pageSelected(static_cast<PageId>(item->data(Qt::UserRole).toInt()));
    });
}

void NavigationPanel::addPage(const PageInfo& page)
{
    auto* item = new QListWidgetItem(QIcon(page.icon), page.title, m_list);
    item->setData(Qt::UserRole, static_cast<int>(page.id));
    item->setToolTip(PageCatalog::toolTip(page));
    item->setSizeHint(QSize(0, 34));
}

void NavigationPanel::retitle(const PageInfo& page)
{
    if (QListWidgetItem* item = itemFor(page.id)) {
        item->setText(page.title);
        item->setToolTip(PageCatalog::toolTip(page));
    }
}

QListWidgetItem* NavigationPanel::itemFor(PageId id) const
{
    for (int row = 0; row < m_list->count(); ++row)
        if (m_list->item(row)->data(Qt::UserRole).toInt() == static_cast<int>(id))
            return m_list->item(row);
    return nullptr;
}

void NavigationPanel::setPageVisible(PageId id, bool visible)
{
    if (QListWidgetItem* item = itemFor(id))
        item->setHidden(!visible);
}

bool NavigationPanel::isPageVisible(PageId id) const
{
    QListWidgetItem* item = itemFor(id);
    return item && !item->isHidden();
}

void NavigationPanel::setBadge(PageId id, int count, bool urgent)
{
    QListWidgetItem* item = itemFor(id);
    if (!item)
        return;
    const int shown = count > 0 ? count : 0;
    item->setData(NavigationBadgeDelegate::BadgeCountRole, shown);
    item->setData(NavigationBadgeDelegate::BadgeUrgentRole, shown > 0 && urgent);
    // Screen readers hear the count too; the visible text stays the title.
    const QString title = item->text();
    item->setData(Qt::AccessibleTextRole, shown > 0 ? tr("%1, %n open", nullptr, shown).arg(title) : title);
}

QString NavigationPanel::badgeText(PageId id) const
{
    QListWidgetItem* item = itemFor(id);
    return item ? NavigationBadgeDelegate::badgeText(item->data(NavigationBadgeDelegate::BadgeCountRole).toInt())
                : QString();
}

bool NavigationPanel::isBadgeUrgent(PageId id) const
{
    QListWidgetItem* item = itemFor(id);
    return item && item->data(NavigationBadgeDelegate::BadgeUrgentRole).toBool();
}

void NavigationPanel::setCurrent(PageId id)
{
    QListWidgetItem* item = itemFor(id);
    if (!item || item == m_list->currentItem())
        return;
    const QSignalBlocker block(m_list);
    m_list->setCurrentItem(item);
}

} // namespace fd
