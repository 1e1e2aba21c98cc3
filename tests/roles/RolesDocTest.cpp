// docs/roles.md is generated from the role table: this test writes it when FRONTDESK_UPDATE_DOCS=1
// and otherwise fails while the committed file says anything else than the table.
#include "engine/Role.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace fd;

namespace {

struct Names
{
    QMap<Permission, QString> permissions;
    QMap<Role, QString> roles;
};

Names namesIn(QTranslator* translator)
{
    if (translator)
        QCoreApplication::installTranslator(translator);
    Names n;
    for (const Roles::Row& row : Roles::table())
        n.permissions.insert(row.permission, Roles::permissionName(row.permission));
    for (Role role : Roles::all())
        n.roles.insert(role, Roles::displayName(role));
    if (translator)
        QCoreApplication::removeTranslator(translator);
    return n;
}

QString rolesMarkdown()
{
    QTranslator chinese;
    if (!chinese.load(u":/i18n/frontdesk_zh_CN.qm"_s))
        return {};
    const Names en = namesIn(nullptr);
    const Names zh = namesIn(&chinese);
    QStringList lines{
        u"# Roles 角色与权限"_s,
        u""_s,
        u"Generated from the role table in `src/engine/Role.cpp` by `tests/roles/RolesDocTest.cpp`"_s,
        u"(`FRONTDESK_UPDATE_DOCS=1 build/dev/tests/roles/roles_tests --gtest_filter='RolesDoc.*'`); do not edit"_s,
        u"by hand. Every service action asks this table before it reads or writes anything"_s,
        u"(`Session::require`), and `tests/roles/RoleTableTest.cpp` calls every public service action as every"_s,
        u"role: the roles marked here do it, the others are refused with nothing written. The program acting on"_s,
        u"its own (the command line's import, the demo site) acts as the administrator."_s,
        u""_s,
    };
    QString header = u"| Permission | What it allows | 允许做什么 |"_s;
    QString rule = u"|---|---|---|"_s;
    for (Role role : Roles::all()) {
        header += u" %1 %2 |"_s.arg(en.roles.value(role), zh.roles.value(role));
        rule += u":-:|"_s;
    }
    lines << header << rule;
    for (const Roles::Row& row : Roles::table()) {
        QString line = u"| `%1` | %2 | %3 |"_s.arg(QString::fromLatin1(row.key), en.permissions.value(row.permission),
                                                    zh.permissions.value(row.permission));
        for (Role role : Roles::all())
            line += row.roles.contains(role) ? u" ✓ |"_s : u" |"_s;
        lines << line;
    }
    lines << u""_s
          << u"Phone and ID numbers: every list, export and log line masks them (138****5678) for everyone;"_s
          << u"the record one opens or prints shows them in full only to the roles holding `personal.see`."_s
          << u"Everyone may change their own password and reads their own reminders."_s << u""_s;
    return lines.join(u'\n');
}

} // namespace

TEST(RolesDoc, DocsRolesMdIsGeneratedFromTheTable)
{
    const QString markdown = rolesMarkdown();
    ASSERT_FALSE(markdown.isEmpty()) << "the Chinese translation is not compiled in";
    const QString path = QString::fromUtf8(FD_SOURCE_DIR) + u"/docs/roles.md"_s;
    if (qEnvironmentVariableIntValue("FRONTDESK_UPDATE_DOCS") == 1) {
        QFile out(path);
        ASSERT_TRUE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(markdown.toUtf8());
    }
    QFile in(path);
    ASSERT_TRUE(in.open(QIODevice::ReadOnly)) << "docs/roles.md is missing: run this test with FRONTDESK_UPDATE_DOCS=1";
    EXPECT_EQ(QString::fromUtf8(in.readAll()), markdown)
        << "docs/roles.md differs from the role table: run this test with FRONTDESK_UPDATE_DOCS=1";
}

TEST(RolesDoc, EveryPermissionHasAChineseName)
{
    QTranslator chinese;
    ASSERT_TRUE(chinese.load(u":/i18n/frontdesk_zh_CN.qm"_s));
    const Names en = namesIn(nullptr);
    const Names zh = namesIn(&chinese);
    for (const Roles::Row& row : Roles::table())
        EXPECT_NE(zh.permissions.value(row.permission), en.permissions.value(row.permission)) << row.key;
}
