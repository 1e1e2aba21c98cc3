// Residents kept on the unit's page (issue 11): a new tenant and a changed phone are entered by the
// desk, not by an administrator's CSV import; a move-out keeps the record with its day. Bad input is
// refused next to its field with nothing written; a role that may not has the buttons disabled with why.
#include "GuiTestSupport.h"

#include "core/DateTimeText.h"
#include "modules/registry/RegistryPage.h"
#include "modules/registry/RegistryService.h"
#include "modules/registry/ResidentDialog.h"
#include "modules/registry/ResidentTableModel.h"
#include "modules/registry/UnitDetailWidget.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace fd::test {
namespace {

class UnitResidentsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        importSample(host);
        unitId = host.db().scalar(u"SELECT id FROM units WHERE code = '3-1-502'"_s).value().toLongLong();
        page.resize(1200, 700);
        page.setSession(clerk);
        page.show();
        QApplication::setActiveWindow(&page);
        ASSERT_TRUE(QTest::qWaitForWindowActive(&page));
        page.detail()->showUnit(unitId);
    }

    qint64 rows(const QString& sql) { return host.db().scalar(sql).value().toLongLong(); }

    // Runs `fill` on the resident dialog once it is open, then presses OK as the clerk would.
    void onDialog(const std::function<void(ResidentDialog&)>& fill)
    {
        page.detail()->setBeforeResidentDialog(
            [fill](ResidentDialog& dialog) { QTimer::singleShot(0, &dialog, [&dialog, fill] { fill(dialog); }); });
    }

    void selectResident(const QString& name)
    {
        auto* table = child<QTableView>(page.detail(), "residentTable");
        ResidentTableModel* model = page.detail()->residentModel();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->residentAt(row).name == name)
                table->setCurrentIndex(model->index(row, 0));
    }

    TestHost host;
    Session clerk = host.signedIn(Role::Clerk, u"wang.fang"_s);
    RegistryPage page{host.services().registry, host.services().clock};
    qint64 unitId = 0;
};

TEST_F(UnitResidentsTest, TheClerkAddsANewTenantAndABadPhoneIsRefusedNextToTheFieldFirst)
{
    // R-IN-1: the next call from the new tenant finds the unit and the person by the phone.
    const qint64 before = rows(u"SELECT COUNT(*) FROM residents"_s);
    bool refusedFirst = false;
    onDialog([&](ResidentDialog& dialog) {
        type(child<QLineEdit>(&dialog, "residentNameEdit"), u"王芳"_s);
        auto* relation = child<QComboBox>(&dialog, "residentRelationCombo");
        relation->setCurrentIndex(relation->findData(static_cast<int>(ResidentRelation::Tenant)));
        type(child<QLineEdit>(&dialog, "residentPhonesEdit"), u"139123"_s);
        dialog.accept();
        refusedFirst = dialog.isVisible() && !labelText(&dialog, "residentPhonesError").isEmpty() &&
                       rows(u"SELECT COUNT(*) FROM residents"_s) == before;
        child<QLineEdit>(&dialog, "residentPhonesEdit")->setText(u"139 1234 5678"_s);
        dialog.accept();
    });
    QTest::keyClick(page.detail(), 'a', Qt::AltModifier);
    ASSERT_TRUE(QTest::qWaitFor([&] { return rows(u"SELECT COUNT(*) FROM residents"_s) == before + 1; }, 3000));
    EXPECT_TRUE(refusedFirst);
    EXPECT_TRUE(labelText(page.detail(), "residentSaved").contains(u"王芳"_s));
    bool listed = false;
    for (int row = 0; row < page.detail()->residentModel()->rowCount(); ++row)
        listed = listed || page.detail()->residentModel()->residentAt(row).name == u"王芳"_s;
    EXPECT_TRUE(listed);
    auto found = host.services().registry.search(clerk, u"13912345678"_s);
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found.value().size(), 1);
    EXPECT_EQ(found.value().first().unit.code, u"3-1-502"_s);
}

TEST_F(UnitResidentsTest, ACorrectionOfAResidentAnotherDeskChangedMeanwhileSaysWhoAndKeepsBothCorrections)
{
    // Issue 16, two desks on one resident: this page read 张三 with one phone; the counter then added
    // a second. This desk corrects the name from its earlier copy: refused naming the counter's clerk
    // and the time, the typed name stays, and "Reload and apply again" saves the name on the resident
    // as they are now, keeping the counter's phone.
    const qint64 zhang = rows(u"SELECT id FROM residents WHERE name = '张三'"_s);
    const Session counter = host.signedIn(Role::Clerk, u"zhao.min"_s);
    host.clock().advanceMinutes(2);
    ASSERT_TRUE(
        host.services()
            .registry
            .editResident(counter, zhang, {u"张三"_s, ResidentRelation::Owner, {u"13800001111"_s, u"13900002222"_s}})
            .ok());
    const qint64 addedAt = host.clock().nowMs();

    selectResident(u"张三"_s);
    QString said;
    bool keptAndOffered = false;
    onDialog([&](ResidentDialog& dialog) {
        child<QLineEdit>(&dialog, "residentNameEdit")->setText(u"张叁"_s);
        dialog.accept();
        said = labelText(&dialog, "residentFormError");
        keptAndOffered = dialog.isVisible() && child<QPushButton>(&dialog, "reloadButton")->isVisible() &&
                         child<QLineEdit>(&dialog, "residentNameEdit")->text() == u"张叁"_s &&
                         rows(u"SELECT COUNT(*) FROM residents WHERE name = '张三'"_s) == 1;
        child<QPushButton>(&dialog, "reloadButton")->click();
    });
    child<QPushButton>(page.detail(), "editResidentButton")->click();
    EXPECT_TRUE(keptAndOffered);
    EXPECT_TRUE(said.contains(u"zhao.min"_s)) << said.toStdString();
    EXPECT_TRUE(said.contains(DateTimeText::dateTime(addedAt))) << said.toStdString();
    EXPECT_EQ(rows(u"SELECT COUNT(*) FROM residents WHERE id = %1 AND name = '张叁'"_s.arg(zhang)), 1);
    EXPECT_EQ(rows(u"SELECT COUNT(*) FROM resident_phones WHERE resident_id = %1 AND ended_ms IS NULL"_s.arg(zhang)), 2)
        << "the counter's phone was ended by the reapplied correction";
}

TEST_F(UnitResidentsTest, TheClerkCorrectsAPhoneAndRecordsAMoveOutWithTheRecordKept)
{
    // R-MO-1: the move-out day is recorded; the resident stays on record, shown as moved out.
    selectResident(u"张三"_s);
    onDialog([](ResidentDialog& dialog) {
        child<QLineEdit>(&dialog, "residentPhonesEdit")->setText(u"13800009999"_s);
        dialog.accept();
    });
    child<QPushButton>(page.detail(), "editResidentButton")->click();
    EXPECT_EQ(rows(u"SELECT COUNT(*) FROM resident_phones WHERE phone = '13800009999' AND ended_ms IS NULL"_s), 1);
    EXPECT_EQ(rows(u"SELECT COUNT(*) FROM resident_phones WHERE phone = '13800001111' AND ended_ms IS NOT NULL"_s), 1);

    selectResident(u"张三"_s);
    onDialog([](ResidentDialog& dialog) { dialog.accept(); }); // today, as the dialog proposes
    child<QPushButton>(page.detail(), "moveOutButton")->click();
    EXPECT_EQ(rows(u"SELECT COUNT(*) FROM residents WHERE name = '张三' AND active = FALSE "
                   u"AND moved_out_ms IS NOT NULL"_s),
              1);
    ResidentTableModel* model = page.detail()->residentModel();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_FALSE(model->residentAt(0).active);
    EXPECT_FALSE(child<QPushButton>(page.detail(), "editResidentButton")->isEnabled());
}

TEST_F(UnitResidentsTest, TheCashierSeesTheButtonsDisabledWithTheReason)
{
    // The role table (registry.edit): the cashier looks residents up but does not keep them.
    page.setSession(host.signedIn(Role::Cashier, u"chen.jing"_s));
    page.detail()->showUnit(unitId);
    auto* add = child<QPushButton>(page.detail(), "addResidentButton");
    EXPECT_FALSE(add->isEnabled());
    EXPECT_EQ(add->toolTip(), Roles::refusal(Role::Cashier, Permission::EditRegistry));
}

} // namespace
} // namespace fd::test
