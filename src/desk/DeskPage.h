#pragma once

#include "engine/ChangeFeed.h"
#include "engine/Session.h"

#include <QString>
#include <QWidget>

namespace fd {

// What the window knows of one of its pages (issue 12): the widget, and the things the shell
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
    // Records it shows were changed at this or another desk (PageEntry::follows) while it is in front:
    // the lists read again, the selection and anything typed kept.
    virtual void changed(const QList<Change>& changes) = 0;
    // Shows a record this page owns ("visitor" 12, "unit" 7); false when it is not this page's.
    virtual bool openRecord(const QString& source, qint64 id) = 0;
};

} // namespace fd
