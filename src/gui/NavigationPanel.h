#pragma once

#include "gui/PageCatalog.h"

#include <QWidget>

class QListWidget;
class QListWidgetItem;

namespace fd {

// The left-hand list of procedures. Arrow keys move through it and show each page at once;
// hidden entries (Accounts for non-administrators) are skipped.
class NavigationPanel : public QWidget
{
    Q_OBJECT

public:
    explicit NavigationPanel(QWidget* parent = nullptr);

    void addPage(const PageInfo& page);
    void setPageVisible(PageId id, bool visible);
    [[nodiscard]] bool isPageVisible(PageId id) const;
    void setCurrent(PageId id);
    [[nodiscard]] QListWidget* list() const { return m_list; }

signals:
    void pageSelected(fd::PageId id);

private:
    [[nodiscard]] QListWidgetItem* itemFor(PageId id) const;

    QListWidget* m_list;
};

} // namespace fd
