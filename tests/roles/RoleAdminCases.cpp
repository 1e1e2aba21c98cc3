// The role table's cases for accounts, the site's settings and rules, the registry, the reports and
// the global search.
#include "RoleWorld.h"

#include "engine/AccountService.h"
#include "engine/SiteSettings.h"
#include "engine/SiteSetup.h"
#include "engine/search/SearchService.h"
#include "engine/tickets/SiteRules.h"
#include "modules/registry/RegistryService.h"
#include "modules/registry/UnitCsvImporter.h"
#include "modules/registry/UnitImportWriter.h"
#include "modules/reports/ReportService.h"
#include "modules/sitesettings/SiteCatalogService.h"

using namespace Qt::StringLiterals;

namespace fd::test {

namespace {

using P = Permission;
using Call = std::function<Outcome(const Session&)>;

} // namespace

QList<RoleCase> adminCases()
{
    QList<RoleCase> c;
    c << RoleCase{u"AccountService::createUser"_s, {P::ManageAccounts}, [](RoleWorld& w, const Session& actor) -> Call {
                      const QString login = u"new.%1"_s.arg(Roles::key(actor.user.role));
                      return [&w, login](const Session& who) {
                          return outcomeOf(
                              w.s().accounts.createUser(who, login, u"新同事"_s, Role::Clerk, u"new-pass-123"_s));
                      };
                  }};
    c << RoleCase{u"AccountService::setActive"_s, {P::ManageAccounts}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = w.host().signedIn(Role::Clerk, u"leaving.%1"_s.arg(w.changes())).user.id;
                      return
                          [&w, id](const Session& who) { return outcomeOf(w.s().accounts.setActive(who, id, false)); };
                  }};
    c << RoleCase{u"AccountService::resetPassword"_s, {P::ResetPasswords}, [](RoleWorld& w, const Session&) -> Call {
                      const qint64 id = w.as(Role::Clerk).user.id;
                      return [&w, id](const Session& who) {
                          return outcomeOf(w.s().accounts.resetPassword(who, id, u"reset-pass-123"_s));
                      };
                  }};
    // One's own password: every signed-in person.
    c << RoleCase{u"AccountService::changeOwnPassword"_s, {}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          const QString old = RoleWorld::passwordOf(who);
                          return outcomeOf(
                              w.s().accounts.changeOwnPassword(who, old, old + u"-new"_s, old + u"-new"_s));
                      };
                  }};
    c << RoleCase{u"AccountService::confirmPassword"_s, {}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().accounts.confirmPassword(who, RoleWorld::passwordOf(who)));
                      };
                  }};

    c << RoleCase{u"SiteSetup::rename"_s, {P::EditSiteRules}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().site.rename(who, u"翠湖花园二期"_s)); };
                  }};
    c << RoleCase{u"SiteSettings::set"_s, {P::EditSiteRules}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(
                              w.s().settings.set(who, QString::fromLatin1(SiteSettings::LockoutAttempts), u"6"_s));
                      };
                  }};
    c << RoleCase{u"SiteRules::set"_s, {P::EditSiteRules}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(
                              w.s().rules.set(who, QString::fromLatin1(SiteRules::FollowUpMinutes), u"20"_s));
                      };
                  }};

    // The site's own lists on the site settings page (站点设置): administrators only.
    using Catalog = SiteCatalogService::Catalog;
    c << RoleCase{u"SiteCatalogService::entries"_s, {P::EditSiteRules}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().siteCatalog.entries(who, Catalog::Departments));
                      };
                  }};
    c << RoleCase{u"SiteCatalogService::add"_s, {P::EditSiteRules}, [](RoleWorld& w, const Session& actor) -> Call {
                      const QString name = u"电梯班 %1"_s.arg(Roles::key(actor.user.role));
                      return [&w, name](const Session& who) {
                          return outcomeOf(w.s().siteCatalog.add(who, Catalog::Departments, name));
                      };
                  }};
    c << RoleCase{u"SiteCatalogService::rename"_s, {P::EditSiteRules}, [](RoleWorld& w, const Session& actor) -> Call {
                      const QString name = u"大堂岗 %1"_s.arg(Roles::key(actor.user.role));
                      return [&w, name](const Session& who) {
                          const auto posts = w.s().siteCatalog.entries(w.as(Role::Admin), Catalog::Posts).value();
                          return outcomeOf(w.s().siteCatalog.rename(who, Catalog::Posts, posts.first(), name));
                      };
                  }};
    c << RoleCase{u"SiteCatalogService::setActive"_s, {P::EditSiteRules}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          const CatalogEntry first =
                              w.s().siteCatalog.entries(w.as(Role::Admin), Catalog::Equipment).value().first();
                          return outcomeOf(w.s().siteCatalog.setActive(who, Catalog::Equipment, first, !first.active));
                      };
                  }};
    c << RoleCase{u"SiteCatalogService::move"_s, {P::EditSiteRules}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          const auto lines = w.s().siteCatalog.entries(w.as(Role::Admin), Catalog::Equipment).value();
                          return outcomeOf(
                              w.s().siteCatalog.move(who, Catalog::Equipment, lines.at(1), -1, lines.at(0).id));
                      };
                  }};

    c << RoleCase{u"RegistryService::search"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().registry.search(who, u"3-1-502"_s)); };
                  }};
    c << RoleCase{u"RegistryService::searchCount"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().registry.searchCount(who, u"张"_s)); };
                  }};
    c << RoleCase{u"RegistryService::unit"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().registry.unit(who, w.unitId())); };
                  }};
    c << RoleCase{u"RegistryService::setUnitNotes"_s, {P::EditRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().registry.setUnitNotes(who, w.unitId(), u"养狗，来访先电话"_s));
                      };
                  }};
    c << RoleCase{u"RegistryService::setResidentNotes"_s, {P::EditRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          return outcomeOf(w.s().registry.setResidentNotes(who, w.residentId(), u"耳背，请大声"_s));
                      };
                  }};
    c << RoleCase{u"RegistryService::resident"_s, {P::EditRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return
                          [&w](const Session& who) { return outcomeOf(w.s().registry.resident(who, w.residentId())); };
                  }};
    c << RoleCase{u"RegistryService::addResident"_s, {P::EditRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          const ResidentChange tenant{
                              u"租户"_s + Roles::key(who.user.role), ResidentRelation::Tenant, {u"13900001111"_s}};
                          return outcomeOf(w.s().registry.addResident(who, w.unitId(), tenant));
                      };
                  }};
    c << RoleCase{u"RegistryService::editResident"_s, {P::EditRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          const ResidentChange next{u"张三"_s,
                                                    ResidentRelation::Owner,
                                                    {u"1390000000"_s + QString::number(int(who.user.role))}};
                          return outcomeOf(w.s().registry.editResident(who, w.residentId(), next));
                      };
                  }};
    c << RoleCase{
        u"RegistryService::endResident"_s, {P::EditRegistry}, [](RoleWorld& w, const Session& actor) -> Call {
            const ResidentChange leaving{u"搬走"_s + Roles::key(actor.user.role), ResidentRelation::Tenant, {}};
            const qint64 id = w.s().registry.addResident(w.as(Role::Clerk), w.unitId(), leaving).value().id;
            return [&w, id](const Session& who) {
                return outcomeOf(w.s().registry.endResident(who, id, w.host().clock().nowMs()));
            };
        }};
    c << RoleCase{u"RegistryService::importUnitsCsv"_s, {P::ImportRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          const ImportReport report = w.s().registry.importUnitsCsv(
                              who,
                              u"楼栋,单元,房号,类型,面积,业主,电话\n9,1,101,住宅,90,新业主,13811112222\n"_s.toUtf8());
                          if (report.refusal)
                              return Outcome{report.refusal};
                          return report.accepted ? Outcome{} : Outcome{Error{u"import.refused"_s, report.text()}};
                      };
                  }};

    c << RoleCase{u"UnitImportWriter::run"_s, {P::ImportRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) {
                          UnitImportWriter writer(w.host().db(), w.host().clock(), w.s().audit);
                          const auto parsed = UnitCsvImporter::parse(
                              u"楼栋,单元,房号,类型,面积,业主,电话\n9,1,102,住宅,90,新业主,13811113333\n"_s.toUtf8());
                          const ImportReport report =
                              writer.run(who, w.s().site.siteId(), parsed, UnitImportWriter::Mode::Write);
                          return report.refusal ? Outcome{report.refusal} : Outcome{};
                      };
                  }};

    c << RoleCase{u"ReportService::week"_s, {P::ViewReports}, [](RoleWorld& w, const Session&) -> Call {
                      return
                          [&w](const Session& who) { return outcomeOf(w.s().reports.week(who, QDate(2026, 11, 23))); };
                  }};
    c << RoleCase{u"ReportService::day"_s, {P::ViewReports}, [](RoleWorld& w, const Session&) -> Call {
                      return
                          [&w](const Session& who) { return outcomeOf(w.s().reports.day(who, QDate(2026, 11, 23))); };
                  }};
    c << RoleCase{u"SearchService::find"_s, {P::ViewRegistry}, [](RoleWorld& w, const Session&) -> Call {
                      return [&w](const Session& who) { return outcomeOf(w.s().search.find(who, u"张三"_s)); };
                  }};
    return c;
}

} // namespace fd::test
