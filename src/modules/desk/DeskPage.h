#pragma once

#include "engine/Session.h"

#include <QPointer>
#include <QString>
#include <QWidget>

#include <functional>

namespace fd {

// What the window knows of one of its pages (issue 12): the widget, and the four things the shell
// asks of every page. A module does not change its page class for it: DeskPageOf<P> calls the
// page's own setSession(const Session&) and refresh() when it has them, and takes the rest as
// functions from the module's registration.
class DeskPage
{
public:
    virtual ~DeskPage() = default;
    [[nodiscard]] virtual QWidget* widget() const = 0;
    // Who is signed in now (at sign-in, switch user and unlock as another person).
    virtual void setSession(const Session& session) = 0;
    // The page was brought to the front: read again what others may have changed, put the cursor
    // where the person will type.
    virtual void activated() = 0;
    // Everything it shows written again (the language changed).
    virtual void refresh() = 0;
    // Shows a record this page owns ("visitor" 12, "unit" 7); false when it is not this page's.
    virtual bool openRecord(const QString& source, qint64 id) = 0;
};

// The optional parts of a page's registration beyond its own methods.
struct DeskPageHooks
{
    std::function<void()> activated;                        // default: refresh(), when the page has one
    std::function<bool(const QString&, qint64)> openRecord; // default: owns no record
};

template <class P> class DeskPageOf final : public DeskPage
{
public:
    DeskPageOf(P* page, DeskPageHooks hooks) : m_page(page), m_hooks(std::move(hooks)) {}

    [[nodiscard]] QWidget* widget() const override { return m_page; }
    void setSession(const Session& session) override
    {
        if constexpr (requires(P & p) { p.setSession(session); })
            if (m_page)
                m_page->setSession(session);
    }
    void activated() override
    {
        if (m_hooks.activated)
            m_hooks.activated();
        else
            refresh();
    }
    void refresh() override
    {
        if constexpr (requires(P & p) { p.refresh(); })
            if (m_page)
                m_page->refresh();
    }
    bool openRecord(const QString& source, qint64 id) override
    {
        return m_hooks.openRecord && m_hooks.openRecord(source, id);
    }

private:
    QPointer<P> m_page;
    DeskPageHooks m_hooks;
};

} // namespace fd
