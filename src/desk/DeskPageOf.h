#pragma once

#include "desk/DeskPage.h"

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace fd {

// The optional parts of a page's registration beyond its own methods.
struct DeskPageHooks
{
    std::function<void()> activated;                        // default: refresh(), when the page has one
    std::function<bool(const QString&, qint64)> openRecord; // default: owns no record
    bool sessionRefreshes = false; // the page's setSession reads its lists itself (no refresh after it)
    bool eager = false;            // works while hidden (a navigation badge): gets the session at once
};

// A page that is not in front gets the session when it is next brought to the front: a page reads
// its lists when it gets the session or is refreshed, and a window opens at once only if the pages
// nobody looks at read nothing (issue 12: the repairs list alone took 1.3 s at a million tickets).
template <class P> class DeskPageOf final : public DeskPage
{
public:
    DeskPageOf(P* page, DeskPageHooks hooks) : m_page(page), m_hooks(std::move(hooks)) {}

    [[nodiscard]] QWidget* widget() const override { return m_page; }
    void setSession(const Session& session) override
    {
        m_pending = session;
        if (m_hooks.eager || (m_page && m_page->isVisible()))
            applySession();
    }
    void activated() override
    {
        const bool read = applySession() && m_hooks.sessionRefreshes;
        if (m_hooks.activated)
            m_hooks.activated();
        else if (!read)
            refresh();
    }
    void refresh() override
    {
        if (m_pending)
            return; // it reads everything when it is next in front
        if constexpr (requires(P & p) { p.refresh(); })
            if (m_page)
                m_page->refresh();
    }
    void changed(const QList<Change>& changes) override
    {
        if (m_pending || !m_page)
            return; // it reads everything when it is next in front
        // A page whose refresh would drop what is typed or chosen says how it follows a change.
        if constexpr (requires(P & p) { p.followChanges(changes); })
            m_page->followChanges(changes);
        else if constexpr (requires(P & p) { p.refresh(); })
            m_page->refresh();
    }
    bool openRecord(const QString& source, qint64 id) override
    {
        applySession();
        return m_hooks.openRecord && m_hooks.openRecord(source, id);
    }

private:
    // Gives the page the session waiting for it; whether there was one.
    bool applySession()
    {
        if (!m_pending)
            return false;
        const Session session = *m_pending;
        m_pending.reset();
        if constexpr (requires(P & p) { p.setSession(session); })
            if (m_page)
                m_page->setSession(session);
        return true;
    }

    QPointer<P> m_page;
    DeskPageHooks m_hooks;
    std::optional<Session> m_pending;
};

// A module's page as the window takes it: `return deskPage(new MyPage(...), {hooks});`.
template <class P> std::unique_ptr<DeskPage> deskPage(P* page, DeskPageHooks hooks = {})
{
    return std::make_unique<DeskPageOf<P>>(page, std::move(hooks));
}

} // namespace fd
