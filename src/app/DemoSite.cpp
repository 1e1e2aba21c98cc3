#include "app/DemoSite.h"

#include "app/DemoFees.h"
#include "core/Clock.h"

#include "desk/Services.h"
#include "engine/AccountService.h"
#include "engine/Session.h"
#include "engine/SiteSetup.h"
#include "modules/registry/RegistryService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace fd {

namespace {

// A fixed-seed linear congruential generator (Numerical Recipes constants): the same demo every
// run, on every platform, unlike std::*_distribution.
struct Sequence
{
    quint32 state = 20261123u;
    quint32 next()
    {
        state = state * 1664525u + 1013904223u;
        return state >> 8;
    }
    int below(int n) { return static_cast<int>(next() % static_cast<quint32>(n)); }
    template <typename List> const auto& pick(const List& list)
    {
        return list.at(below(static_cast<int>(list.size())));
    }
};

// Common surnames (more often the first ones) and given names.
const QStringList kSurnames = {
    u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"黄"_s, u"赵"_s, u"吴"_s, u"周"_s, u"徐"_s, u"孙"_s,
    u"马"_s, u"朱"_s, u"胡"_s, u"郭"_s, u"何"_s, u"高"_s, u"林"_s, u"罗"_s, u"郑"_s, u"梁"_s, u"谢"_s, u"宋"_s,
    u"唐"_s, u"许"_s, u"韩"_s, u"冯"_s, u"邓"_s, u"曹"_s, u"彭"_s, u"曾"_s, u"萧"_s, u"田"_s, u"董"_s, u"潘"_s,
    u"袁"_s, u"蔡"_s, u"蒋"_s, u"余"_s, u"于"_s, u"杜"_s, u"叶"_s, u"程"_s, u"魏"_s, u"苏"_s, u"吕"_s, u"丁"_s,
    u"任"_s, u"卢"_s, u"姚"_s, u"沈"_s, u"钟"_s, u"姜"_s, u"崔"_s, u"谭"_s, u"陆"_s, u"范"_s, u"汪"_s, u"廖"_s,
    u"石"_s, u"金"_s, u"贾"_s, u"夏"_s, u"方"_s, u"邹"_s, u"熊"_s, u"白"_s, u"孟"_s, u"秦"_s, u"邱"_s, u"侯"_s,
    u"江"_s, u"薛"_s, u"雷"_s, u"龙"_s, u"黎"_s, u"史"_s, u"陶"_s, u"贺"_s, u"顾"_s, u"龚"_s, u"邵"_s, u"欧阳"_s};
const QStringList kGivenNames = {
    u"伟"_s,   u"芳"_s,   u"娜"_s,   u"敏"_s,   u"静"_s,   u"丽"_s,   u"强"_s,   u"磊"_s,   u"军"_s,   u"洋"_s,
    u"勇"_s,   u"艳"_s,   u"杰"_s,   u"娟"_s,   u"涛"_s,   u"明"_s,   u"超"_s,   u"秀英"_s, u"霞"_s,   u"平"_s,
    u"刚"_s,   u"桂英"_s, u"建华"_s, u"文"_s,   u"华"_s,   u"玉兰"_s, u"红梅"_s, u"志强"_s, u"海燕"_s, u"建国"_s,
    u"晓东"_s, u"思远"_s, u"子涵"_s, u"梓萱"_s, u"浩然"_s, u"雨桐"_s, u"欣怡"_s, u"俊杰"_s, u"嘉怡"_s, u"宇航"_s,
    u"佳琪"_s, u"文博"_s, u"婷婷"_s, u"国庆"_s, u"春梅"_s, u"丽华"_s, u"伟民"_s, u"德明"_s, u"晓燕"_s, u"振华"_s,
    u"立新"_s, u"淑芬"_s, u"家豪"_s, u"一鸣"_s, u"诗涵"_s, u"昊天"_s, u"美玲"_s, u"永红"_s, u"光辉"_s, u"雪梅"_s};
// Mainland mobile prefixes (China Mobile, Unicom, Telecom).
const QStringList kMobilePrefixes = {u"134"_s, u"135"_s, u"136"_s, u"137"_s, u"138"_s, u"139"_s, u"147"_s,
                                     u"150"_s, u"151"_s, u"152"_s, u"157"_s, u"158"_s, u"159"_s, u"178"_s,
                                     u"182"_s, u"183"_s, u"187"_s, u"188"_s, u"130"_s, u"131"_s, u"132"_s,
                                     u"155"_s, u"156"_s, u"166"_s, u"176"_s, u"185"_s, u"186"_s, u"133"_s,
                                     u"153"_s, u"173"_s, u"177"_s, u"180"_s, u"181"_s, u"189"_s, u"199"_s};

// Floor areas in hundredths of m² by tower and position on the floor (end flats are larger).
constexpr qint64 kTowerAreas[DemoSite::Towers][DemoSite::RoomsPerFloor] = {{12856, 8927, 9264, 11835},
                                                                           {13580, 9642, 8915, 14207}};
constexpr qint64 kPenthouseExtra = 4230; // the top floor has a loft
constexpr qint64 kShopAreas[DemoSite::Shops] = {4520, 3875, 6210, 12050, 3875,  4520,
                                                8000, 5634, 3360, 9825,  15000, 7248};

QString area(qint64 centi)
{
    return u"%1.%2"_s.arg(centi / 100).arg(centi % 100, 2, 10, QChar(u'0'));
}

QString personName(Sequence& seq)
{
    return seq.pick(kSurnames) + seq.pick(kGivenNames);
}

QString mobile(Sequence& seq, QSet<QString>& used)
{
    for (;;) {
        const QString number = seq.pick(kMobilePrefixes) + u"%1"_s.arg(seq.next() % 100000000u, 8, 10, QChar(u'0'));
        if (!used.contains(number)) {
            used.insert(number);
            return number;
        }
    }
}

} // namespace

DemoSite::DemoSite(Services& services) : m_services(services) {}

QString DemoSite::siteName()
{
    return u"翠湖花园"_s;
}

QString DemoSite::adminLogin()
{
    return u"admin"_s;
}

QList<DemoSite::Account> DemoSite::staff()
{
    return {{u"clerk1"_s, u"王芳"_s, Role::Clerk},          {u"clerk2"_s, u"李娜"_s, Role::Clerk},
            {u"supervisor"_s, u"张伟"_s, Role::Supervisor}, {u"manager"_s, u"刘洋"_s, Role::Manager},
            {u"cashier"_s, u"陈静"_s, Role::Cashier},       {u"control"_s, u"赵磊"_s, Role::ControlRoom}};
}

QByteArray DemoSite::unitsCsv()
{
    Sequence seq;
    QSet<QString> phones;
    QStringList lines{u"楼栋,单元,房号,类型,面积,业主,电话,住户,住户电话,管家"_s};
    // One butler looks after each tower's households; the shops have their own.
    const QStringList towerButlers = {u"黄小丽"_s, u"孙建华"_s};
    const QString shopButler = u"周婷"_s;

    for (int tower = 1; tower <= Towers; ++tower) {
        for (int entrance = 1; entrance <= Entrances; ++entrance) {
            for (int floor = 1; floor <= Floors; ++floor) {
                for (int position = 1; position <= RoomsPerFloor; ++position) {
                    // The second entrance is the mirror image of the first.
                    const int layout = entrance == 1 ? position : RoomsPerFloor + 1 - position;
                    qint64 centi = kTowerAreas[tower - 1][layout - 1];
                    if (floor == Floors)
                        centi += kPenthouseExtra;
                    const QString owner = personName(seq);
                    const QString ownerPhone = mobile(seq, phones);
                    // About one flat in six is let; the tenant lives there, the owner elsewhere.
                    const bool let = seq.below(6) == 0;
                    const QString tenant = let ? personName(seq) : QString();
                    const QString tenantPhone = let ? mobile(seq, phones) : QString();
                    lines << QStringList{QString::number(tower),
                                         QString::number(entrance),
                                         QString::number(floor * 100 + position),
                                         u"住宅"_s,
                                         area(centi),
                                         owner,
                                         ownerPhone,
                                         tenant,
                                         tenantPhone,
                                         towerButlers.at(tower - 1)}
                                 .join(u',');
                }
            }
        }
    }
    for (int shop = 1; shop <= Shops; ++shop) {
        const QString owner = personName(seq);
        const QString ownerPhone = mobile(seq, phones);
        // Most shops are run by a tenant, not by the owner.
        const bool let = seq.below(4) != 0;
        const QString tenant = let ? personName(seq) : QString();
        const QString tenantPhone = let ? mobile(seq, phones) : QString();
        lines << QStringList{u"S"_s,
                             u"1"_s,
                             QString::number(100 + shop),
                             u"商铺"_s,
                             area(kShopAreas[shop - 1]),
                             owner,
                             ownerPhone,
                             tenant,
                             tenantPhone,
                             shopButler}
                     .join(u',');
    }
    return (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

Status DemoSite::checkEmpty() const
{
    auto units = m_services.registry.unitCount();
    if (!units)
        return units.error();
    if (units.value() > 0)
        return Error{u"demo.units"_s, tr("This database already has %n unit(s). The demo only fills an empty "
                                         "database; nothing was changed.",
                                         nullptr, static_cast<int>(units.value()))};
    auto users = m_services.accounts.users();
    if (!users)
        return users.error();
    const bool noSite = m_services.site.siteId() == 0;
    const bool freshSite = m_services.site.isInitialized() && users.value().size() == 1;
    if (!(noSite && users.value().isEmpty()) && !freshSite)
        return Error{u"demo.accounts"_s, tr("This database already has %n account(s). The demo only fills an empty "
                                            "database; nothing was changed.",
                                            nullptr, static_cast<int>(users.value().size()))};
    return {};
}

Result<DemoSite::Report> DemoSite::fill(const Session* signedIn)
{
    if (Status s = checkEmpty(); !s)
        return s.error();
    if (m_services.site.isInitialized()) {
        if (!signedIn || signedIn->isSystem())
            return Error{u"demo.sign_in"_s, tr("%1 is already set up; only its administrator may add the demo "
                                               "staff (--demo --as LOGIN). Nothing was changed.")
                                                .arg(m_services.site.siteName())};
        if (Status s = signedIn->require(Permission::ManageAccounts); !s)
            return s.error();
    }
    const QString password = QString::fromLatin1(Password);

    Transaction tx(m_services.db);
    if (!tx.started())
        return tx.started().error();

    Report report;
    Session creator = Session::system();
    if (!m_services.site.isInitialized()) {
        auto admin = m_services.site.initialize({siteName(), adminLogin(), u"系统管理员"_s, password, password});
        if (!admin)
            return admin.error();
        creator = admin.value(); // the staff accounts are the administrator's first act
        report.accounts.append({admin.value().user.login, admin.value().user.displayName, Role::Admin, true});
    } else {
        creator = *signedIn;
        report.accounts.append({creator.user.login, creator.user.displayName, creator.user.role, false});
    }
    report.siteName = m_services.site.siteName();

    std::optional<Session> manager;
    std::optional<Session> cashier;
    for (const Account& account : staff()) {
        auto created =
            m_services.accounts.createUser(creator, account.login, account.displayName, account.role, password);
        if (!created)
            return created.error();
        report.accounts.append(account);
        if (account.role == Role::Manager && !manager)
            manager = Session{created.value(), m_services.clock.nowMs()};
        if (account.role == Role::Cashier && !cashier)
            cashier = Session{created.value(), m_services.clock.nowMs()};
    }

    report.import = m_services.registry.importUnitsCsv(creator, unitsCsv());
    if (!report.import.accepted) {
        const QString why = report.import.problems.isEmpty() ? QString() : report.import.problems.constFirst().message;
        return Error{u"demo.import"_s, tr("The demo units were refused, so nothing was written: %1").arg(why)};
    }
    if (manager && cashier)
        if (Status s = DemoFees::fill(m_services, *manager, *cashier); !s)
            return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace fd
