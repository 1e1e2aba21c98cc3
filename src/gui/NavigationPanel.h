#pragma once

#include "gui/PageCatalog.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace fd {

// The left-hand list of procedures. Arrow keys move through it and show each page at once;
// hidden entries (Accounts for non-administrators) are skipped. An entry may carry a count
// beside its title (the queues' open work), red when it is urgent.
class NavigationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationPanel(QWidget* parent = nullptr);

    void addPage(const PageInfo& page);
    // The title and tooltip again, in the language now in use.
    void retitle(const PageInfo& page);
    void setPageVisible(PageId id, bool visible);
    [[nodiscard]] bool isPageVisible(PageId id) const;
    void setCurrent(PageId id);
    // Shows `count` beside the page's title ("Queues  5"), red when `urgent` (overdue work);
    // 0 or less clears it. The entry's text stays the title.
    void setBadge(PageId id, int count, bool urgent);
    // What the badge shows ("5"), empty when there is none.
    [[nodiscard]] QString badgeText(PageId id) const;
    [[nodiscard]] bool isBadgeUrgent(PageId id) const;
    [[nodiscard]] QListWidget* list() const { return m_list; }

signals:
    void pageSelected(fd::PageId id);

private:
    [[nodiscard]] QListWidgetItem* itemFor(PageId id) const;

    QListWidget* m_list;
};

} // namespace fd
