#pragma once

#include <QString>
#include <QTemporaryDir>

namespace fd::test {

// A PostgreSQL server of one test's own (scripts/pg-test-server in a temporary folder, on a free
// loopback port), which the test may stop and start again — the shared test server never goes away.
class PrivateServer
{
public:
    PrivateServer();
    ~PrivateServer();

    [[nodiscard]] bool start();
    [[nodiscard]] bool stop();
    // postgresql://postgres@127.0.0.1:PORT/postgres
    [[nodiscard]] QString address() const;

private:
    [[nodiscard]] bool script(const QString& command);

    QTemporaryDir m_dir;
    int m_port = 0;
    bool m_running = false;
};

} // namespace fd::test
