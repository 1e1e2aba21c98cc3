#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace fd {

// One committed change: the kind of record (the audit log's entity: "ticket", "visitor", "shift"…),
// its id and what was done ("dispatched", "created"…). Plain values, so the feed is carried between
// workstations as it is (issue 16).
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
//
// Issue 16, between workstations: on PostgreSQL the audit log also sends each batch to the server
// (NOTIFY on `channel`, delivered to the other desks at commit) with this feed's origin, and
// ChangeListener publishes what other desks committed here. Notifications are not replayed, so after a
// lost connection the listener publishes one change of kind `everything`: every page refreshes fully.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // The kind of the change that stands for all of them (a refresh after a reconnect).
    static constexpr const char* everything = "*";
    static constexpr const char* channel = "frontdesk_changes";

    explicit ChangeFeed(QObject* parent = nullptr);

    // From AuditLog after a commit, or from ChangeListener; queues one delivery.
    void publish(QList<Change> changes);
    // Whether any change in the batch is of one of these kinds (or stands for all of them).
    [[nodiscard]] static bool touches(const QList<Change>& changes, std::initializer_list<const char*> kinds);
    [[nodiscard]] static bool touches(const QList<Change>& changes, const QStringList& kinds);
    // Whether the batch asks for a full refresh.
    [[nodiscard]] static bool isEverything(const QList<Change>& changes);

    // This feed (this program's connection) among the site's workstations: a random token.
    [[nodiscard]] const QString& origin() const { return m_origin; }
    // A NOTIFY payload for a batch (under PostgreSQL's 8000 bytes: a batch too large to send travels
    // as `everything`), and the batch and origin read back from one.
    [[nodiscard]] static QByteArray encode(const QString& origin, const QList<Change>& changes);
    struct Remote
    {
        QString origin;
        QList<Change> changes;
    };
    [[nodiscard]] static std::optional<Remote> decode(const QString& payload);

signals:
    void changed(const QList<fd::Change>& changes);

private:
    QString m_origin;
};

} // namespace fd

Q_DECLARE_METATYPE(fd::Change)
