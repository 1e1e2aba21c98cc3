#pragma once

#include "core/Result.h"
#include "engine/Role.h"
#include "modules/registry/ImportReport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fd {

struct Services;
struct Session;

// A believable demo site for trying FrontDesk and for screenshots: 翠湖花园 with staff of every
// role (one shared demo password), two residential towers (1栋, 2栋: 2 entrances × 18 floors ×
// 4 rooms), a row of 12 shops (building S) and their owners and tenants. Everything is generated
// deterministically (a fixed seed) and the units go in through the real CSV import, then its fees
// (DemoFees: two months billed, last month mostly paid). Only an
// empty database is filled: no units, and no site yet or a freshly set-up site with one account.
class DemoSite
{
    Q_DECLARE_TR_FUNCTIONS(DemoSite)

public:
    static constexpr const char* Password = "demo1234";
    static constexpr int Towers = 2;
    static constexpr int Entrances = 2;
    static constexpr int Floors = 18;
    static constexpr int RoomsPerFloor = 4;
    static constexpr int Shops = 12;
    static constexpr int UnitTotal = Towers * Entrances * Floors * RoomsPerFloor + Shops;

    struct Account
    {
        QString login;
        QString displayName;
        Role role = Role::Clerk;
        bool demoPassword = true; // false: an administrator who existed before keeps their own password
    };

    struct Report
    {
        QString siteName;
        QList<Account> accounts; // the administrator first, then staff() in order
        ImportReport import;
    };

    explicit DemoSite(Services& services);

    [[nodiscard]] static QString siteName();
    [[nodiscard]] static QString adminLogin();
    // The staff the demo creates besides the administrator.
    [[nodiscard]] static QList<Account> staff();
    // The units and residents as a UTF-8 CSV file, the same bytes every time.
    [[nodiscard]] static QByteArray unitsCsv();

    // Why this database may not take the demo (it is not empty), or success.
    [[nodiscard]] Status checkEmpty() const;
    // All or nothing: the site, the accounts and the units are written in one transaction, by the
    // administrator: the one the demo creates on a database without a site, or on a site already set
    // up its administrator `signedIn` (accounts.manage), else refused: nobody adds staff with the
    // shared demo password to a real site without signing in.
    Result<Report> fill(const Session* signedIn = nullptr);

private:
    Services& m_services;
};

} // namespace fd
