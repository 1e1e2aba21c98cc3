#pragma once

#include "app/ServiceHost.h"
#include "engine/Session.h"
#include "support/FakeClock.h"
#include "support/TestDatabase.h"

#include <memory>

namespace fd::test {

// A migrated database with every service on it, a FakeClock, and a set-up site with an admin:
// what most service and widget tests start from.
class TestHost
{
public:
    static constexpr const char* AdminPassword = "admin-pass-1";
    static constexpr const char* UserPassword = "user-pass-1";

    explicit TestHost(const QString& backend = QStringLiteral("sqlite"), bool setUpSite = true);
    ~TestHost();

    [[nodiscard]] Services& services() { return m_host->services(); }
    [[nodiscard]] Database& db() { return m_host->db(); }
    [[nodiscard]] FakeClock& clock() { return m_clock; }
    [[nodiscard]] const ConnectionSpec& spec() const { return m_database.spec(); }
    [[nodiscard]] const Session& admin() const { return m_admin; }
    // Creates (once per login) an account with the given role and signs it in.
    Session signedIn(Role role, const QString& login = {});
    // Closes and reopens the database, as a restart of the program would.
    void restart();

private:
    FakeClock m_clock;
    TestDatabase m_database;
    std::unique_ptr<ServiceHost> m_host;
    Session m_admin;
};

} // namespace fd::test
