// The role table (engine/Role.cpp) held by the services: every public service action that takes the
// acting person is called as every role. A role the table allows does it; a role it refuses gets
// "perm.denied" with the table's own words, and nothing is written: not a row, not an audit event.
// A new action without a case here fails EveryPublicServiceActionHasACase. SQLite only: the checks
// are the services' own and do not depend on the database.
#include "RoleWorld.h"

#include <gtest/gtest.h>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace fd;
using namespace fd::test;

namespace {

const QList<RoleCase>& allCases()
{
    static const QList<RoleCase> all = ticketCases() + complaintAndCallbackCases() + deskCases() + shiftCases() +
                                       adminCases() + replyCases() + feeCases() + moveCases() + renovationCases();
    return all;
}

// "TicketService::open (a complaint graded at intake)" → "TicketService::open".
QString methodOf(const QString& caseName)
{
    return caseName.section(u" ("_s, 0, 0);
}

// Public methods of non-widget classes that take `const Session&`: the service actions. Read from
// the headers themselves, so an action added later is found without anyone listing it.
QSet<QString> sessionActionsInHeaders()
{
    static const QRegularExpression classHead(uR"(\b(class|struct)\s+(\w+)([^;{()]*)\{)"_s);
    static const QRegularExpression access(uR"(\b(public|private|protected)(?:\s+slots)?\s*:)"_s);
    static const QRegularExpression method(uR"(\b(\w+)\s*\(([^()]*)\))"_s);
    static const QRegularExpression widgetBase(
        u"public\\s+(Q(Widget|Dialog|Abstract|Frame|GroupBox|Object|Styled)|SearchBox|PagedTableModel)"_s);
    QSet<QString> found;
    for (const QString& folder : {u"/src/engine"_s, u"/src/modules"_s}) {
        QDirIterator it(QString::fromUtf8(FD_SOURCE_DIR) + folder, {u"*.h"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QString text = QString::fromUtf8(file.readAll());
            text.remove(QRegularExpression(u"//[^\n]*"_s));
            for (auto m = classHead.globalMatch(text); m.hasNext();) {
                const auto head = m.next();
                if (widgetBase.match(head.captured(3)).hasMatch())
                    continue;
                qsizetype end = head.capturedEnd();
                for (int depth = 1; depth > 0 && end < text.size(); ++end)
                    depth += text[end] == u'{' ? 1 : text[end] == u'}' ? -1 : 0;
                const QString body = text.mid(head.capturedEnd(), end - head.capturedEnd());
                bool isPublic = head.captured(1) == u"struct"_s;
                qsizetype from = 0;
                auto scan = [&](qsizetype to) {
                    if (!isPublic)
                        return;
                    for (auto f = method.globalMatch(body.mid(from, to - from)); f.hasNext();) {
                        const auto call = f.next();
                        if (call.captured(2).contains(u"const Session&"_s))
                            found.insert(head.captured(2) + u"::"_s + call.captured(1));
                    }
                };
                for (auto a = access.globalMatch(body); a.hasNext();) {
                    const auto label = a.next();
                    scan(label.capturedStart());
                    isPublic = label.captured(1) == u"public"_s;
                    from = label.capturedEnd();
                }
                scan(body.size());
            }
        }
    }
    return found;
}

// Public methods with a Session that are not actions of their own, and why.
const QHash<QString, QString>& notActions()
{
    static const QHash<QString, QString> reasons{
        {u"AuditLog::append"_s, u"the audit chain's writer, called inside every action's transaction"_s},
        {u"ReminderScheduler::setSession"_s, u"tells the scheduler whose reminders to raise; writes nothing"_s},
        {u"ReminderEngine::knowsNoticesOf"_s, u"whether the engine holds this person's last notices; reads nothing"_s},
        {u"ReminderEngine::readNoticesOf"_s, u"reads ahead, for noticesDue (which has its row), when this person was "
                                             u"last told of each reminder; writes nothing"_s},
        {u"DeskPage::setSession"_s, u"hands a page of the window the signed-in person; writes nothing"_s},
        {u"P::setSession"_s, u"DeskPageOf<P> passing the session on to its page; writes nothing"_s},
        {u"NightCallText::unit"_s, u"how a night call's unit reads in the control room's lists; it asks "
                                   u"RegistryService, whose read checks the role"_s},
        {u"ArrearsService::unitFact"_s, u"a line on the unit's card for every role; it holds its own check of who "
                                        u"sees the amount (fees.view, proved by its tests); writes nothing"_s},
        {u"UnitFacts::of"_s, u"asks each module's unit-card source, which holds its own checks; writes nothing"_s},
        {u"IntakeService::takeSetAside"_s, u"names the file draft() (which has its row) set the person's own draft "
                                           u"of this computer aside in; reads and writes nothing"_s},
        {u"DeskPresence::signIn"_s, u"records that a signed-in person's window runs (every role signs in); writes "
                                    u"only that sign-in's presence row, no record of the desk"_s},
    };
    return reasons;
}

std::optional<Permission> firstMissing(const RoleCase& c, Role role)
{
    for (Permission p : c.needs)
        if (!Roles::allows(role, p))
            return p;
    return std::nullopt;
}

QString testName(const QString& caseName)
{
    QString name = caseName;
    name.replace(QRegularExpression(u"[^A-Za-z0-9]+"_s), u"_"_s);
    while (name.endsWith(u'_'))
        name.chop(1);
    return name;
}

class RoleTableTest : public ::testing::TestWithParam<int>
{
};

} // namespace

TEST_P(RoleTableTest, AllowedRolesDoItAndRefusedRolesWriteNothing)
{
    const RoleCase& c = allCases().at(GetParam());
    RoleWorld world;
    for (Role role : Roles::all()) {
        SCOPED_TRACE(QString(c.name + u" as "_s + Roles::key(role)).toStdString());
        const Session actor = world.as(role);
        const auto call = c.arrange(world, actor);
        const qint64 changes = world.changes();
        const qint64 audit = world.auditEvents();
        const Outcome outcome = call(actor);
        const std::optional<Permission> missing = firstMissing(c, role);
        if (!missing) {
            EXPECT_FALSE(outcome.error.has_value()) << outcome.error.value_or(Error{}).message.toStdString();
            continue;
        }
        if (c.quietRefusal && !outcome.error) {
            EXPECT_FALSE(outcome.revealed) << "answered a role the table refuses";
        } else {
            ASSERT_TRUE(outcome.error.has_value()) << "a role the table refuses was let through";
            EXPECT_EQ(outcome.error->code, u"perm.denied"_s) << outcome.error->message.toStdString();
            EXPECT_EQ(outcome.error->message, Roles::refusal(role, *missing));
        }
        EXPECT_EQ(world.changes(), changes) << "a refused action wrote rows";
        EXPECT_EQ(world.auditEvents(), audit) << "a refused action wrote an audit event";
    }
}

INSTANTIATE_TEST_SUITE_P(Actions, RoleTableTest, ::testing::Range(0, int(allCases().size())),
                         [](const ::testing::TestParamInfo<int>& info) {
                             return testName(allCases().at(info.param).name).toStdString();
                         });

TEST(RoleTable, EveryPublicServiceActionHasACase)
{
    const QSet<QString> actions = sessionActionsInHeaders();
    ASSERT_GT(actions.size(), 60) << "the header scan found too little; is FD_SOURCE_DIR right?";
    QSet<QString> covered;
    for (const RoleCase& c : allCases())
        covered.insert(methodOf(c.name));
    QStringList missing;
    for (const QString& action : actions)
        if (!covered.contains(action) && !notActions().contains(action))
            missing << action;
    missing.sort();
    EXPECT_TRUE(missing.isEmpty()) << "service actions without a row in the role test: "
                                   << missing.join(u", "_s).toStdString();
    QStringList stale;
    for (const QString& name : covered)
        if (!actions.contains(name))
            stale << name;
    EXPECT_TRUE(stale.isEmpty()) << "cases for actions that no longer exist: " << stale.join(u", "_s).toStdString();
}

TEST(RoleTable, EveryPermissionIsInTheTableOnceAndHeldBySomeRole)
{
    QSet<QString> keys;
    for (const Roles::Row& row : Roles::table()) {
        EXPECT_FALSE(keys.contains(QString::fromLatin1(row.key))) << row.key;
        keys.insert(QString::fromLatin1(row.key));
        EXPECT_FALSE(row.roles.isEmpty()) << row.key;
        EXPECT_FALSE(Roles::permissionName(row.permission).isEmpty()) << row.key;
    }
}
