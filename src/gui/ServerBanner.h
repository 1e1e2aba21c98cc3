#pragma once

#include <QLabel>

namespace fd {

class Clock;
class SiteConnection;

// Issue 16: a bar across the top of the window while the site's database server cannot be reached:
// since when, that nothing can be saved meanwhile (the forms keep what is typed), and that every list
// shows what it read before then. It goes when the desk is back online (and every page refreshes).
class ServerBanner : public QLabel
{
    Q_OBJECT

public:
    ServerBanner(SiteConnection& connection, const Clock& clock, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void showOffline();

    const Clock& m_clock;
    qint64 m_sinceMs = 0;
    QString m_reason; // why the server refuses this desk, when it does
};

} // namespace fd
