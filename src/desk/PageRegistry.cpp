#include "desk/PageRegistry.h"

#include "desk/DeskPage.h"

#include <algorithm>

namespace fd {

void PageRegistry::add(PageEntry entry)
{
    const auto at = std::upper_bound(m_pages.begin(), m_pages.end(), entry.order,
                                     [](int order, const PageEntry& page) { return order < page.order; });
    m_pages.insert(at, std::move(entry));
}

const PageEntry* PageRegistry::find(const QString& key) const
{
    for (const PageEntry& page : m_pages)
        if (page.key == key)
            return &page;
    return nullptr;
}

SearchBox* PageRegistry::makeSearchBox(DeskContext& desk, QWidget* parent) const
{
    return m_searchBox ? m_searchBox(desk, parent) : nullptr;
}

QWidget* PageRegistry::makeTicketWindow(DeskContext& desk, qint64 ticketId, QWidget* parent) const
{
    return m_ticketWindow ? m_ticketWindow(desk, ticketId, parent) : nullptr;
}

QString PageRegistry::pageFor(const QString& recordSource) const
{
    for (const PageEntry& page : m_pages)
        if (page.records.contains(recordSource))
            return page.key;
    return {};
}

QString PageRegistry::toolTip(const PageEntry& page)
{
    return tr("%1 (%2)").arg(page.title(), page.shortcut.toString(QKeySequence::NativeText));
}

} // namespace fd
