#pragma once

#include "engine/Role.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fd {

// One kind of record of the desk's logs, as its module declares it: the key its watches, search
// documents, reminders and pages use ("visitor", "parcel" …), the name people read ("Visitors"),
// and its place in the reports' lists.
struct RecordSource
{
    QString key;
    std::function<QString()> name; // translated when asked
    int order = 0;
    // Who is reminded when one of its watches comes due: empty for the desk (clerks and the control
    // room, the logs'), else only these roles (the cashier's dunning follow-ups).
    QList<Role> audience;
    // Listed among the desk's logs (the handover's and the reports' lists); false for a module's
    // follow-ups that are not a log of the desk.
    bool deskLog = true;
};

// The record sources of the modules in this program (issue 12: the engine names no module; each
// module adds its own, ServiceHost::wireLogs, as it adds its search source).
class RecordSources
{
public:
    // Adds or replaces (by key) a source.
    static void add(RecordSource source);
    // The desk's logs' keys, in the reports' order.
    [[nodiscard]] static QStringList keys();
    // False for a source declared not a desk log; true for the desk's logs and for a key no module
    // declared (an old log still shows in the reports).
    [[nodiscard]] static bool isDeskLog(const QString& key);
    // Who a source's watches remind (empty: the desk).
    [[nodiscard]] static QList<Role> audience(const QString& key);
    // The name of a source; the key itself for one no module declared.
    [[nodiscard]] static QString name(const QString& key);

private:
    static QList<RecordSource>& all();
};

} // namespace fd
