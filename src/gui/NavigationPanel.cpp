#include "gui/NavigationPanel.h"

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

void NavigationPanel::setCurrent(PageId id)
{
    QListWidgetItem* item = itemFor(id);
    if (!item || item == m_list->currentItem())
        return;
    const QSignalBlocker block(m_list);
    m_list->setCurrentItem(item);
}

} // namespace fd
