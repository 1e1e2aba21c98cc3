#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace fd {

// One committed change: the kind of record (the audit log's entity: "ticket", "visitor", "shift"…),
// its id and what was done ("dispatched", "created"…). Plain values, so the feed can later be carried
// between workstations as it is.
struct Change
{
    QString kind;
    qint64 id = 0;
    QString action;
};

// Issue 12, "one change feed": every change a service commits is published after the commit, as
// what changed. Every change is audited in its own transaction (AuditLog::append), so the audit log
// collects them and hands them here once the outermost transaction has committed; a rollback
// publishes nothing. `changed` is delivered on the next turn of the event loop, one batch per
// commit, so a page that refreshes never runs inside the service call that saved.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    explicit ChangeFeed(QObject* parent = nullptr);

    // From AuditLog after a commit; queues one delivery.
    void publish(QList<Change> changes);
    // Whether any change in the batch is of one of these kinds.
    [[nodiscard]] static bool touches(const QList<Change>& changes, std::initializer_list<const char*> kinds);

signals:
    void changed(const QList<fd::Change>& changes);
};

} // namespace fd

Q_DECLARE_METATYPE(fd::Change)
