#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace fd {

class MinuteTick;

// Subscribes a page to the shared MinuteTick: `update` runs on each new minute while the page is
// visible (it redraws only what depends on time: ages, stays, due marks; selection and scroll stay),
// and once when a page that missed minutes while hidden is shown again. poke() does the same for a
// change saved elsewhere. Owned by the page.
class KeepCurrent : public QObject
{
    Q_OBJECT

public:
    KeepCurrent(QWidget* page, MinuteTick& tick, std::function<void()> update);

    // Subscribes `page`; the follower is its child.
    static KeepCurrent* follow(QWidget* page, MinuteTick& tick, std::function<void()> update);

    [[nodiscard]] bool isStale() const { return m_stale; }

public slots:
    // Something the page shows changed (a record saved anywhere, issue 12's change feed): updates
    // now when the page is shown, else once when it is shown again.
    void poke();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void minuteChanged(qint64 nowMs);

    QWidget* m_page;
    std::function<void()> m_update;
    bool m_stale = false; // a minute passed while hidden
};

} // namespace fd
