#pragma once

#include "desk/PageRegistry.h"

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

    void addPage(const PageEntry& page);
    // The title and tooltip again, in the language now in use.
    void retitle(const PageEntry& page);
    void setPageVisible(const QString& key, bool visible);
    [[nodiscard]] bool isPageVisible(const QString& key) const;
    void setCurrent(const QString& key);
    // Shows `count` beside the page's title ("Queues  5"), red when `urgent` (overdue work);
    // 0 or less clears it. The entry's text stays the title.
    void setBadge(const QString& key, int count, bool urgent);
    // What the badge shows ("5"), empty when there is none.
    [[nodiscard]] QString badgeText(const QString& key) const;
    [[nodiscard]] bool isBadgeUrgent(const QString& key) const;
    [[nodiscard]] QListWidget* list() const { return m_list; }

signals:
    void pageSelected(const QString& key);

private:
    [[nodiscard]] QListWidgetItem* itemFor(const QString& key) const;

    QListWidget* m_list;
};

} // namespace fd
